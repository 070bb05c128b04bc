// Monte Carlo through run(): properties every report must have (P5 ≤ P50 ≤ P95, additivity of
// the means, seed reproducibility, common random numbers, monotonicity in the drawn inputs)
// and user-written distributions in the project file.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"
#include "engine/pipeline/run.h"

namespace empreinte {
namespace {

std::string project_text(const std::string& hours, const std::string& pue) {
  return R"(schema_version = 1
[project]
id = "p"
title = "Monte Carlo check"
functional_unit = "request"
functional_units_per_year = 1000
horizon_years = 2

[[option]]
id = "a"
title = "A"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-h100-sxm5-80gb"
hours = )" +
         hours +
         R"(
ownership = "rented"
site = { zone = "FR", pue = )" +
         pue + R"(, wue_l_per_kwh = 0.5 }

[[option]]
id = "same-as-a"
title = "The same as A"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-h100-sxm5-80gb"
hours = 100
ownership = "rented"
site = { zone = "FR", pue = 1.3, wue_l_per_kwh = 0.5 }
)";
}

class MonteCarlo : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
    ASSERT_FALSE(diagnostics.has_errors());
  }

  report::Report assess(const std::string& text, RunOptions options = {}) {
    Diagnostics diagnostics;
    const ProjectSpec project = read_project(text, "p.toml", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    std::optional<report::Report> out = run(project, factors_, options, diagnostics);
    EXPECT_TRUE(out.has_value());
    return out.value_or(report::Report{});
  }

  FactorSet factors_;
};

void expect_ordered(const report::ImpactSet& set, const std::string& where) {
  for (const Criterion c : kAllCriteria) {
    ASSERT_TRUE(set[c].range.has_value()) << where;
    const report::FigureRange& r = *set[c].range;
    EXPECT_LE(r.p5, r.p50) << where << " " << criterion_id(c);
    EXPECT_LE(r.p50, r.p95) << where << " " << criterion_id(c);
    EXPECT_GE(r.standard_error, 0.0);
  }
}

TEST_F(MonteCarlo, EveryFigureOfEveryExampleHasOrderedPercentiles) {
  for (const char* file :
       {"examples/universite-assistant-redactionnel.toml", "examples/ville-prevision-trafic.toml",
        "examples/ministere-classification-courriers.toml"}) {
    const report::Report r = assess(read_text_file(file));
    for (const report::OptionResult& option : r.options) {
      expect_ordered(option.total, option.id);
      expect_ordered(option.per_functional_unit, option.id);
      for (const report::StageResult& stage : option.stages) {
        expect_ordered(stage.total, stage.id);
        expect_ordered(stage.use, stage.id);
        expect_ordered(stage.embodied, stage.id);
      }
    }
  }
}

TEST_F(MonteCarlo, MeansAddUpOverStagesLikeTheDraws) {
  const report::Report r =
      assess(read_text_file("examples/universite-assistant-redactionnel.toml"));
  for (const report::OptionResult& option : r.options) {
    for (const Criterion c : kAllCriteria) {
      double sum = 0.0;
      for (const report::StageResult& stage : option.stages) sum += stage.total[c].range->mean;
      EXPECT_NEAR(option.total[c].range->mean, sum, 1e-9 * std::max(1.0, std::abs(sum)));
    }
  }
}

TEST_F(MonteCarlo, SameSeedSameReportOtherSeedOtherDraws) {
  const std::string text = read_text_file("examples/ville-prevision-trafic.toml");
  const report::Report first = assess(text, {1000, 99});
  const report::Report again = assess(text, {1000, 99});
  const report::Report other = assess(text, {1000, 100});
  const auto& gwp = [](const report::Report& r) {
    return *r.options.front().total[Criterion::kGwp].range;
  };
  EXPECT_EQ(gwp(first).mean, gwp(again).mean);
  EXPECT_EQ(gwp(first).p95, gwp(again).p95);
  EXPECT_NE(gwp(first).mean, gwp(other).mean);
  // The central value does not depend on the draws.
  EXPECT_EQ(first.options.front().total[Criterion::kGwp].value,
            other.options.front().total[Criterion::kGwp].value);
}

TEST_F(MonteCarlo, IdenticalOptionsShareTheirDraws) {
  const report::Report r = assess(project_text("100", "1.3"));
  ASSERT_EQ(r.pairs.size(), 1U);
  for (const Criterion c : kAllCriteria) {
    // Common random numbers: the same factors draw the same values in both options, so every
    // draw is a tie.
    EXPECT_EQ(r.pairs.front().probability_first_lower[index_of(c)], 0.5);
    EXPECT_EQ(r.options[0].total[c].range->p95, r.options[1].total[c].range->p95);
  }
}

TEST_F(MonteCarlo, MoreHoursNeverLessCarbonOnTheSameDraws) {
  const report::Report fewer = assess(project_text("100", "1.3"));
  const report::Report more = assess(project_text("150", "1.3"));
  const auto& a = *fewer.options.front().total[Criterion::kGwp].range;
  const auto& b = *more.options.front().total[Criterion::kGwp].range;
  EXPECT_GT(b.p5, a.p5);
  EXPECT_GT(b.p50, a.p50);
  EXPECT_GT(b.p95, a.p95);
  // And the first option, now longer, is almost never lower than the unchanged second.
  EXPECT_EQ(more.pairs.front().probability_first_lower[index_of(Criterion::kGwp)], 0.0);
}

TEST_F(MonteCarlo, UserDistributionIsDrawnAndNamedAsADriver) {
  const report::Report r = assess(project_text("100", "{ low = 1.1, mode = 1.3, high = 2.5 }"));
  // The central estimate uses the mode: it equals the run with pue = 1.3.
  const report::Report plain = assess(project_text("100", "1.3"));
  EXPECT_EQ(r.options[0].total[Criterion::kEnergy].value,
            plain.options[0].total[Criterion::kEnergy].value);
  const report::UncertainInput* pue = nullptr;
  for (const report::UncertainInput& input : r.uncertainty.inputs) {
    if (input.origin == "input") pue = &input;
  }
  ASSERT_NE(pue, nullptr);
  EXPECT_EQ(pue->shape, "triangular");
  EXPECT_EQ(pue->central, 1.3);
  EXPECT_EQ(pue->id.rfind("pue@p.toml:", 0), 0U) << pue->id;
  // Energy = IT energy × PUE: the wide PUE drives it more than anything else.
  const auto& drivers = r.options[0].drivers[index_of(Criterion::kEnergy)];
  ASSERT_FALSE(drivers.empty());
  EXPECT_EQ(drivers.front().input_id, pue->id);
  EXPECT_LT(drivers.front().low_mean, drivers.front().high_mean);
  // The mean follows the triangular's mean (1.1 + 1.3 + 2.5) / 3 = 1.633, not its mode.
  const auto& energy = r.options[0].total[Criterion::kEnergy];
  EXPECT_NEAR(energy.range->mean / energy.value, (1.1 + 1.3 + 2.5) / 3.0 / 1.3, 0.02);
}

TEST_F(MonteCarlo, PointRunHasNoRangesAndFewDrawsWarn) {
  const std::string text = project_text("100", "1.3");
  const report::Report point = assess(text, {0, 1});
  EXPECT_FALSE(point.options[0].total[Criterion::kGwp].range.has_value());
  EXPECT_TRUE(point.pairs.empty());
  EXPECT_TRUE(point.uncertainty.inputs.empty());

  Diagnostics diagnostics;
  const ProjectSpec project = read_project(text, "p.toml", diagnostics);
  const auto few = run(project, factors_, {50, 1}, diagnostics);
  ASSERT_TRUE(few.has_value());
  ASSERT_EQ(few->uncertainty.warnings.size(), 1U);
  EXPECT_EQ(few->uncertainty.warnings.front(),
            "with 50 draws the 5th and 95th percentiles rest on fewer than 10 draws each");
  EXPECT_EQ(diagnostics.sorted().size(), 1U);
}

}  // namespace
}  // namespace empreinte
