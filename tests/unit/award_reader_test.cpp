// [project.award] as a tender writes it: weights in % or between 0 and 1, an environment weight
// split among environmental criteria, keys generated from the criteria the engine knows.
#include <gtest/gtest.h>

#include <string>

#include "engine/core/criterion_groups.h"
#include "engine/input/project_reader.h"
#include "engine/input/schema_v1.h"

namespace empreinte {
namespace {

// A valid project whose [project.award] table is `award` (starting on line 10).
std::string project_with(const std::string& award) {
  return R"toml(schema_version = 1
[project]
id = "appel-offres"
title = "Offres comparées"
functional_unit = "request"
functional_units_per_year = 1000
horizon_years = 1

[project.award]
)toml" + award +
         R"toml(
[[option]]
id = "a"
title = "A"
[[option.stage]]
id = "gpu"
kind = "compute"
hardware = "nvidia-l4-24gb"
hours = 10
utilisation = 0.5
ownership = "rented"
site = { zone = "FR", datacentre = "colocation" }
)toml";
}

AwardSpec read_award(const std::string& award) {
  Diagnostics diagnostics;
  const ProjectSpec project = read_project(project_with(award), "offres.toml", diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_TRUE(project.award.has_value());
  return project.award.value_or(AwardSpec{});
}

TEST(AwardReader, WeightsInPercentAreFractionsOfTheScore) {
  const AwardSpec award = read_award("water = \"40 %\"\ngwp = 60\n");
  ASSERT_EQ(award.weights.size(), 2u);
  // In criterion order, whatever the file order.
  EXPECT_EQ(award.weights[0].criterion, Criterion::kGwp);
  EXPECT_DOUBLE_EQ(award.weights[0].weight.value, 0.6);
  EXPECT_EQ(award.weights[0].weight.where.to_string(), "offres.toml:11:7");
  EXPECT_EQ(award.weights[1].criterion, Criterion::kWater);
  EXPECT_DOUBLE_EQ(award.weights[1].weight.value, 0.4);
  EXPECT_FALSE(award.environment);
}

TEST(AwardReader, WeightsAllBetweenZeroAndOneAreFractions) {
  const AwardSpec award = read_award("gwp = 0.25\nenergy = 0.75\n");
  ASSERT_EQ(award.weights.size(), 2u);
  EXPECT_DOUBLE_EQ(award.weights[0].weight.value, 0.25);
  EXPECT_DOUBLE_EQ(award.weights[1].weight.value, 0.75);
}

TEST(AwardReader, EnvironmentWeightIsSplitAmongItsCriteria) {
  const AwardSpec award = read_award(
      "adpe = 60\nenvironment = 40\nenvironment_split = { gwp = 50, energy = \"25 %\", water = 25 "
      "}\n");
  ASSERT_TRUE(award.environment);
  EXPECT_DOUBLE_EQ(award.environment->value, 0.4);
  ASSERT_EQ(award.weights.size(), 4u);
  EXPECT_EQ(award.weights[0].criterion, Criterion::kGwp);
  EXPECT_DOUBLE_EQ(award.weights[0].weight.value, 0.2);
  ASSERT_TRUE(award.weights[0].share_of_environment);
  EXPECT_DOUBLE_EQ(award.weights[0].share_of_environment->value, 0.5);
  EXPECT_EQ(award.weights[1].criterion, Criterion::kEnergy);
  EXPECT_DOUBLE_EQ(award.weights[1].weight.value, 0.1);
  EXPECT_EQ(award.weights[3].criterion, Criterion::kAdpe);
  EXPECT_DOUBLE_EQ(award.weights[3].weight.value, 0.6);
  EXPECT_FALSE(award.weights[3].share_of_environment);
}

TEST(AwardReader, MixedScalesAreAnError) {
  Diagnostics diagnostics;
  const ProjectSpec project =
      read_project(project_with("gwp = 0.5\nenergy = 50\n"), "offres.toml", diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_FALSE(project.award);
}

TEST(AwardReader, NoAwardTableNoScore) {
  Diagnostics diagnostics;
  std::string text = project_with("");
  text.erase(text.find("[project.award]"), std::string("[project.award]\n").size());
  const ProjectSpec project = read_project(text, "offres.toml", diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_FALSE(project.award);
}

TEST(AwardSchema, EveryCriterionHasItsWeightKey) {
  for (const Criterion c : kAllCriteria) {
    const FieldSpec* weight = schema_v1::award().find(criterion_id(c));
    ASSERT_NE(weight, nullptr) << criterion_id(c);
    EXPECT_EQ(weight->bare_unit, "%");
    EXPECT_EQ(schema_v1::environment_split().find(criterion_id(c)) != nullptr, is_environmental(c))
        << criterion_id(c);
  }
}

}  // namespace
}  // namespace empreinte
