// The cost model: discount and escalation factors against their closed forms, and costs through
// run() against the prices they were computed from.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"
#include "engine/models/cost_stage.h"
#include "engine/pipeline/run.h"

namespace empreinte {
namespace {

TEST(PresentValue, StartEndAndSpreadAgreeWithTheirClosedForms) {
  const Samples rate = Samples::Constant(1, 0.032);
  const Samples none = Samples::Zero(1);
  EXPECT_DOUBLE_EQ(present_value_factor(CostTiming::kStart, false, rate, none, 2.0)(0), 1.0);
  EXPECT_NEAR(present_value_factor(CostTiming::kEnd, false, rate, none, 2.0)(0),
              std::pow(1.032, -2.0), 1e-15);
  // (1/H) ∫₀ᴴ 1.032^−t dt = (1 − 1.032^−H) / (H ln 1.032).
  EXPECT_NEAR(present_value_factor(CostTiming::kSpread, false, rate, none, 2.0)(0),
              (1.0 - std::pow(1.032, -2.0)) / (2.0 * std::log(1.032)), 1e-14);
  // No discounting: a spread euro is worth a euro.
  EXPECT_NEAR(present_value_factor(CostTiming::kSpread, false, none, none, 3.0)(0), 1.0, 1e-15);
}

TEST(PresentValue, EscalationGrowsTheUndiscountedTotalAndOffsetsDiscounting) {
  const Samples e = Samples::Constant(1, 0.02);
  EXPECT_NEAR(escalation_factor(e, 2.0)(0), (1.02 * 1.02 - 1.0) / (2.0 * std::log(1.02)), 1e-14);
  EXPECT_DOUBLE_EQ(escalation_factor(Samples::Zero(1), 2.0)(0), 1.0);
  // A price rising as fast as the discount rate has a present value equal to its amount.
  EXPECT_NEAR(present_value_factor(CostTiming::kSpread, true, e, e, 4.0)(0), 1.0, 1e-14);
}

class CostRun : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
    ASSERT_FALSE(diagnostics.has_errors());
  }

  report::Report assess(const std::string& stages) {
    const std::string text = R"(schema_version = 1
[project]
id = "c"
title = "Costs"
functional_unit = "request"
functional_units_per_year = 1000
horizon_years = 2
discount_rate = 0.04
carbon_value = 100

[[option]]
id = "o"
title = "O"
)" + stages;
    Diagnostics diagnostics;
    const ProjectSpec project = read_project(text, "c.toml", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    std::optional<report::Report> out = run(project, factors_, {0, 1}, diagnostics);
    EXPECT_TRUE(out.has_value());
    return out.value_or(report::Report{});
  }

  static double category(const report::Report& r, const std::string& id, bool present) {
    for (const auto& c : r.options.front().cost.categories) {
      if (c.category == id) return present ? c.present_value.value : c.undiscounted.value;
    }
    return std::nan("");
  }

  FactorSet factors_;
};

TEST_F(CostRun, ApiFeesAreTokensTimesTheTablePrices) {
  const report::Report r = assess(R"(
[[option.stage]]
id = "api"
kind = "api"
provider = "openai"
model = "openai-gpt-4o"
requests_per_year = 100000
input_tokens = 800
output_tokens = 350
)");
  const FactorRow* row = factors_.row(FactorTable::kPrices, "api/openai/openai-gpt-4o");
  ASSERT_NE(row, nullptr);
  const double expected =
      2 * 100000.0 *
      (800 * row->quantity("input_tokens")->value + 350 * row->quantity("output_tokens")->value) /
      1e6;
  EXPECT_NEAR(category(r, "api_fees", false), expected, 1e-9 * expected);
  EXPECT_NEAR(r.options.front().total[Criterion::kCost].value, expected, 1e-9 * expected);
  // Spread over two years at 4 %: (1 − 1.04⁻²) / (2 ln 1.04) of the amount.
  EXPECT_NEAR(category(r, "api_fees", true),
              expected * (1.0 - std::pow(1.04, -2.0)) / (2.0 * std::log(1.04)), 1e-9 * expected);
}

TEST_F(CostRun, BoughtHardwareCostsItsPriceLessWhatItIsWorthAtTheEnd) {
  const report::Report r = assess(R"(
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-l40s-48gb"
count = 2
hours = 1000
ownership = "owned"
lifetime_years = 5
purchase_price = 8000
site = { zone = "FR", datacentre = "on-premises-server-room" }
)");
  EXPECT_DOUBLE_EQ(category(r, "capex", false), 16000.0);
  // Straight line over 5 years: after 2, 3/5 of the price remains, recovered at the end.
  EXPECT_NEAR(category(r, "residual_value", false), -16000.0 * 0.6, 1e-9);
  EXPECT_NEAR(category(r, "residual_value", true), -16000.0 * 0.6 * std::pow(1.04, -2.0), 1e-9);
  const Factor* maintenance = factors_.parameter("maintenance_share_of_capex");
  EXPECT_NEAR(category(r, "maintenance", false), 16000.0 * maintenance->value * 2.0, 1e-6);
  // The electricity the project pays: the stage's facility energy at the French price.
  const Factor* price =
      factors_.row(FactorTable::kPrices, "electricity/FR")->quantity("energy_price");
  EXPECT_NEAR(category(r, "electricity", false),
              r.options.front().total[Criterion::kEnergy].value * price->value, 1e-9);
  // Hardware costs are the embodied part of the stage's cost.
  const report::StageResult& stage = r.options.front().stages.front();
  EXPECT_NEAR(stage.embodied[Criterion::kCost].value,
              16000.0 * (1.0 - 0.6 + maintenance->value * 2.0), 1e-6);
  // Carbon at 100 EUR/t: GWP (kg) × 0.1 EUR/kg.
  EXPECT_NEAR(r.options.front().cost.carbon_value.value,
              r.options.front().total[Criterion::kGwp].value * 0.1, 1e-9);
}

TEST_F(CostRun, CostStagesAndUnpricedDevicesAreStated) {
  const report::Report r = assess(R"(
[[option.stage]]
id = "vm"
kind = "compute"
hardware = "server-1s-small-vm-host"
hours = 100
ownership = "rented"
site = { zone = "FR", datacentre = "colocation" }

[[option.stage]]
id = "run"
kind = "cost"
category = "labour"
person_days_per_year = 10
daily_rate = 500

[[option.stage]]
id = "licences"
kind = "cost"
category = "licences"
seats = 15
price_per_seat = 240
)");
  EXPECT_NEAR(category(r, "labour", false), 2 * 10 * 500.0, 1e-9);
  EXPECT_NEAR(category(r, "licences", false), 2 * 15 * 240.0, 1e-6);
  bool stated = false;
  for (const report::Assumption& a : r.assumptions) stated |= a.id == "rental-not-priced/o/vm";
  EXPECT_TRUE(stated);
  EXPECT_TRUE(std::isnan(category(r, "rental", false)));
}

}  // namespace
}  // namespace empreinte

namespace empreinte {
namespace {

TEST_F(CostRun, BenefitsAreSetAgainstTheFootprintWithTheirPayback) {
  const report::Report r = assess(R"(
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-l40s-48gb"
hours = 1000
ownership = "owned"
lifetime_years = 5
purchase_price = 8000
site = { zone = "FR", datacentre = "on-premises-server-room" }

[[option.benefit]]
id = "trajets"
unit = "km en voiture"
quantity_per_year = 2000
gwp_per_unit = 0.2
cost_per_unit = 0.3
)");
  ASSERT_TRUE(r.options.front().balance.has_value());
  const report::BenefitBalance& balance = *r.options.front().balance;
  // 2 years × 2,000 km × 0.2 kgCO2e and × 0.3 EUR.
  EXPECT_NEAR(balance.avoided[Criterion::kGwp].value, 800.0, 1e-9);
  EXPECT_NEAR(balance.avoided[Criterion::kCost].value, 1200.0, 1e-9);
  const double induced = r.options.front().total[Criterion::kGwp].value;
  EXPECT_NEAR(balance.net[Criterion::kGwp].value, induced - 800.0, 1e-9);
  // Payback: the one-off part (embodied) over the yearly margin (avoided − use, per year).
  const double once = r.options.front().stages.front().embodied[Criterion::kGwp].value;
  const double use = induced - once;
  const double margin = (800.0 - use) / 2.0;
  ASSERT_GT(margin, 0.0);
  ASSERT_TRUE(balance.payback[index_of(Criterion::kGwp)].years.has_value());
  EXPECT_NEAR(*balance.payback[index_of(Criterion::kGwp)].years, once / margin, 1e-9);
  // Cost: the 8,000 EUR purchase is paid at the start; the rest (maintenance, electricity, less
  // the resale value at the end) recurs, against 600 EUR saved a year.
  const auto& cost_payback = balance.payback[index_of(Criterion::kCost)];
  const double recurring = r.options.front().total[Criterion::kCost].value - 8000.0;
  const double cost_margin = (1200.0 - recurring) / 2.0;
  if (cost_margin > 0.0) {
    ASSERT_TRUE(cost_payback.years.has_value());
    EXPECT_NEAR(*cost_payback.years, 8000.0 / cost_margin, 1e-9);
  } else {
    EXPECT_FALSE(cost_payback.years.has_value());
  }
  // Nothing avoided on water: it never pays back there, and the report says so.
  EXPECT_FALSE(balance.payback[index_of(Criterion::kWater)].years.has_value());
}

}  // namespace
}  // namespace empreinte
