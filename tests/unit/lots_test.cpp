// Lots of a tender: the first lot is the project as written; the others scale the volumes of
// the stages that follow the lots, and what each adds is computed draw by draw.
#include "engine/pipeline/lots.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"

namespace empreinte {
namespace {

constexpr const char* kProject = R"(schema_version = 1
[project]
id = "l"
title = "Lots"
functional_unit = "request"
functional_units_per_year = 100000
horizon_years = 1
lot_unit = "team"

[[option]]
id = "api"
title = "API"
[[option.stage]]
id = "requests"
kind = "api"
provider = "openai"
model = "openai-gpt-4o"
requests_per_year = 100000
input_tokens = 800
output_tokens = 350
[[option.stage]]
id = "setup"
kind = "cost"
category = "labour"
person_days = 10
daily_rate = 500
[[option.stage]]
id = "training"
kind = "cost"
category = "labour"
lots = "scale"
person_days = 4
daily_rate = 500

[[project.lot]]
id = "firm"
volume = 10
[[project.lot]]
id = "option-1"
volume = 15
)";

class Lots : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
    project_ = read_project(kProject, "l.toml", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
  }
  FactorSet factors_;
  ProjectSpec project_;
};

TEST_F(Lots, ScalingFollowsTheStagesThatFollowTheLots) {
  const ProjectSpec scaled = scaled_for_lot(project_, 1.5);
  EXPECT_DOUBLE_EQ(scaled.functional_units_per_year.value, 150000.0);
  const auto& api = std::get<ApiStageSpec>(scaled.options[0].stages[0].detail);
  EXPECT_DOUBLE_EQ(api.request.requests.per_year->value, 150000.0);
  // Set-up work is fixed by kind; the training stage says it scales.
  EXPECT_DOUBLE_EQ(std::get<CostStageSpec>(scaled.options[0].stages[1].detail).person_days->value,
                   10.0);
  EXPECT_DOUBLE_EQ(std::get<CostStageSpec>(scaled.options[0].stages[2].detail).person_days->value,
                   6.0);
}

TEST_F(Lots, EachLotGivesItsTotalAndWhatItAdds) {
  Diagnostics diagnostics;
  const std::optional<report::Report> r = run(project_, factors_, {200, 3}, diagnostics);
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->lots.size(), 2U);
  EXPECT_EQ(r->lot_unit, "team");
  const report::LotOption& firm = r->lots[0].options[0];
  const report::LotOption& more = r->lots[1].options[0];
  // The first lot is the project as written; its addition is its total.
  EXPECT_EQ(firm.total[Criterion::kGwp].value, r->options[0].total[Criterion::kGwp].value);
  EXPECT_EQ(firm.added[Criterion::kGwp].value, firm.total[Criterion::kGwp].value);
  // 50 % more requests: the API's carbon grows by half; the added cost is half the fees plus
  // two more days of training.
  EXPECT_NEAR(more.added[Criterion::kGwp].value, 0.5 * firm.total[Criterion::kGwp].value,
              1e-9 * firm.total[Criterion::kGwp].value);
  const double fees = r->options[0].total[Criterion::kCost].value - 14 * 500.0;
  EXPECT_NEAR(more.added[Criterion::kCost].value, 0.5 * fees + 2 * 500.0, 1e-6);
  // Draw by draw on the same seed: the range of the addition is the range of half the fees'
  // carbon, not the spread of a difference of independent runs.
  ASSERT_TRUE(more.added[Criterion::kGwp].range.has_value());
  EXPECT_NEAR(more.added[Criterion::kGwp].range->p95, 0.5 * firm.total[Criterion::kGwp].range->p95,
              1e-6 * firm.total[Criterion::kGwp].range->p95);
}

}  // namespace
}  // namespace empreinte
