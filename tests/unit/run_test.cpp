// End to end through run(): a project read from TOML, the bundled factors, the report model.
#include "engine/pipeline/run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"

namespace empreinte {
namespace {

constexpr const char* kProject = R"(schema_version = 1
[project]
id = "p"
title = "Pipeline check"
functional_unit = "request"
functional_units_per_year = 1000
horizon_years = 2

[[option]]
id = "rented"
title = "Rented GPU in Croatia"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-h100-sxm5-80gb"
hours = 100
ownership = "rented"
site = { zone = "HR", datacentre = "colocation" }
[[option.stage]]
id = "host"
kind = "compute"
hardware = "server-2s-amd-epyc"
hours = 100
utilisation = 0.5
share = 0.25
ownership = "rented"
site = { zone = "HR", datacentre = "colocation" }

[[option]]
id = "owned"
title = "Same GPU, owned"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-h100-sxm5-80gb"
hours = 100
ownership = "owned"
site = { zone = "HR", datacentre = "colocation" }

[[option]]
id = "south-africa"
title = "Rented GPU in South Africa"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-h100-sxm5-80gb"
hours = 100
ownership = "rented"
site = { zone = "ZA", datacentre = "hyperscale" }
)";

class RunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
    ASSERT_FALSE(diagnostics.has_errors());
    project_ = read_project(kProject, "p.toml", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
    auto result = run(project_, factors_, RunOptions{}, diagnostics);
    ASSERT_TRUE(result.has_value());
    report_ = std::move(*result);
  }

  const report::FactorUse* factor(std::string_view id) const {
    for (const auto& use : report_.factors) {
      if (use.id == id) return &use;
    }
    return nullptr;
  }

  FactorSet factors_;
  ProjectSpec project_;
  report::Report report_;
};

TEST_F(RunTest, OptionTotalsAreTheSumOfTheirStages) {
  for (const report::OptionResult& option : report_.options) {
    for (const Criterion c : kAllCriteria) {
      double sum = 0.0;
      for (const report::StageResult& stage : option.stages) {
        sum += stage.total[c].value;
        EXPECT_NEAR(stage.total[c].value, stage.use[c].value + stage.embodied[c].value,
                    1e-12 * std::max(1.0, stage.total[c].value));
      }
      EXPECT_NEAR(option.total[c].value, sum, 1e-12 * std::max(1.0, sum));
    }
  }
}

TEST_F(RunTest, PerYearAndPerFunctionalUnitDivideTheTotal) {
  const report::OptionResult& option = report_.options.front();
  const double total = option.total[Criterion::kGwp].value;
  EXPECT_DOUBLE_EQ(option.per_year[Criterion::kGwp].value, total / 2.0);
  EXPECT_DOUBLE_EQ(option.per_functional_unit[Criterion::kGwp].value, total / 2000.0);
}

TEST_F(RunTest, MissingGridFactorsFallBackAndTheReportSaysSo) {
  // Croatia has no off-site water factor, nor does EU27: the lookup ends at WORLD.
  const report::FactorUse* water = factor("electricity/WORLD/water");
  ASSERT_NE(water, nullptr);
  // South Africa falls back to the same factor: both fallbacks are kept.
  EXPECT_EQ(water->fallback_note,
            "no water factor for zone HR; used WORLD; no water factor for zone ZA; used WORLD");
  const report::FactorUse* gwp = factor("electricity/HR/gwp");
  ASSERT_NE(gwp, nullptr);
  EXPECT_EQ(gwp->fallback_note, "");
  EXPECT_EQ(gwp->unit, "kgCO2e/kWh");
  EXPECT_FALSE(gwp->source_title.empty());
  EXPECT_FALSE(gwp->licence.empty());
}

TEST_F(RunTest, DefaultsAreStatedAsAssumptions) {
  const auto has = [&](std::string_view id) {
    return std::any_of(report_.assumptions.begin(), report_.assumptions.end(),
                       [&](const auto& a) { return a.id == id; });
  };
  EXPECT_TRUE(has("utilisation-default/rented/gpu"));
  EXPECT_FALSE(has("utilisation-default/rented/host"));
  EXPECT_TRUE(has("allocation-rented/rented/gpu"));
  EXPECT_TRUE(has("allocation-owned/owned/gpu"));
}

TEST_F(RunTest, OwnedHardwareCarriesTheWholeHorizonOfManufacturing) {
  const double rented = report_.options[0].stages[0].embodied[Criterion::kGwp].value;
  const double owned = report_.options[1].stages[0].embodied[Criterion::kGwp].value;
  // Rented: 100 h of the service life; owned: the 2-year horizon (17,520 h).
  EXPECT_NEAR(owned / rented, 17520.0 / 100.0, 1e-9);
  // Same hours, same draw: the use phase is identical.
  EXPECT_DOUBLE_EQ(report_.options[0].stages[0].use[Criterion::kEnergy].value,
                   report_.options[1].stages[0].use[Criterion::kEnergy].value);
}

TEST_F(RunTest, FactorsAreListedOnceSortedById) {
  EXPECT_TRUE(std::is_sorted(report_.factors.begin(), report_.factors.end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; }));
  EXPECT_TRUE(std::adjacent_find(report_.factors.begin(), report_.factors.end(),
                                 [](const auto& a, const auto& b) { return a.id == b.id; }) ==
              report_.factors.end());
}

TEST_F(RunTest, ReportNamesItsVersions) {
  EXPECT_EQ(report_.methodology_version, EMPREINTE_METHODOLOGY_VERSION);
  EXPECT_EQ(report_.factor_set_version.rfind("empreinte-factors ", 0), 0U);
  EXPECT_EQ(report_.project.horizon_years, 2.0);
}

}  // namespace
}  // namespace empreinte

namespace empreinte {
namespace {

// kind = "embodied": end of life is added to cradle-to-gate figures only.
TEST(EmbodiedStage, AddsEndOfLifeOnlyWhereTheFiguresStopAtTheFactoryGate) {
  constexpr const char* kBought = R"(schema_version = 1
[project]
id = "bought"
title = "Bought hardware"
functional_unit = "user-year"
functional_units_per_year = 10
horizon_years = 1
[[option]]
id = "o"
title = "Laptops and a GPU"
[[option.stage]]
id = "laptops"
kind = "embodied"
hardware = "laptop-pro-negaoctet"
count = 10
[[option.stage]]
id = "gpu"
kind = "embodied"
hardware = "nvidia-l40s-48gb"
amortisation = "whole"
)";
  Diagnostics diagnostics;
  SourceCache sources;
  const FactorSet factors = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
  const ProjectSpec project = read_project(kBought, "bought.toml", diagnostics);
  const auto report = run(project, factors, RunOptions{}, diagnostics);
  ASSERT_TRUE(report.has_value()) << render_all(diagnostics, sources);
  const auto& stages = report->options.front().stages;
  const FactorRow& laptop_row = *factors.row(FactorTable::kHardware, "laptop-pro-negaoctet");
  const double laptop = laptop_row.quantity("embodied_gwp")->value;
  // The device's own service life when the table has one (4 years here), else the default.
  const Factor* own_life = laptop_row.quantity("lifetime");
  const double lifetime =
      (own_life != nullptr ? own_life->value : factors.parameter("hardware_lifetime")->value) /
      8760.0;
  const double share = factors.parameter("end_of_life_share_gwp")->value;
  EXPECT_NEAR(stages[0].embodied[Criterion::kGwp].value,
              laptop * (1.0 + share) * 10.0 * std::min(1.0, lifetime) / lifetime, 1e-9);
  // The L40S figure is cradle-to-grave (ADEME GPU study): borne whole, no share added.
  const double gpu =
      factors.row(FactorTable::kHardware, "nvidia-l40s-48gb")->quantity("embodied_gwp")->value;
  EXPECT_NEAR(stages[1].embodied[Criterion::kGwp].value, gpu, 1e-9);
  EXPECT_EQ(stages[1].use[Criterion::kEnergy].value, 0.0);
}

}  // namespace
}  // namespace empreinte
