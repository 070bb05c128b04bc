// The comparison a committee decides on: rankings with the range of each difference to the best,
// Pareto domination, and the proportional award score, computed from per-draw samples.
#include "engine/pipeline/comparison.h"

#include <gtest/gtest.h>

#include <numeric>

#include "engine/core/criterion_groups.h"
#include "engine/pipeline/scoring.h"

namespace empreinte {
namespace {

// An option whose total is `central` (then the draws `draws`) on every criterion.
ComparedOption option(const std::string& id, double central, const std::vector<double>& draws) {
  ComparedOption out;
  out.id = id;
  Samples samples(static_cast<Eigen::Index>(draws.size()) + 1);
  samples(0) = central;
  for (std::size_t i = 0; i < draws.size(); ++i)
    samples(static_cast<Eigen::Index>(i) + 1) = draws[i];
  for (Samples& total : out.totals) total = samples;
  return out;
}

// Sets criterion `c` of `o` to a point value (no draws beyond those already there: every draw
// takes the value).
void set(ComparedOption& o, Criterion c, double value) { o.totals[index_of(c)].setConstant(value); }

Located<double> located(double value) { return Located<double>{value, {"award.toml", 3, 7}}; }

AwardSpec award_of(const std::vector<std::pair<Criterion, double>>& weights) {
  AwardSpec award;
  for (const auto& [criterion, weight] : weights) {
    award.weights.push_back({criterion, located(weight), std::nullopt});
  }
  return award;
}

TEST(RankValues, LowestFirstWithCompetitionRanksForTies) {
  const Ranking ranking = rank_values({3.0, 1.0, 3.0, 2.0}, true);
  EXPECT_EQ(ranking.order, (std::vector<std::size_t>{1, 3, 0, 2}));
  EXPECT_EQ(ranking.rank, (std::vector<std::size_t>{3, 1, 3, 2}));
  EXPECT_EQ(ranking.tied, (std::vector<bool>{true, false, true, false}));
}

TEST(RankValues, ValuesEqualUpToRoundingAreTiedInInputOrder) {
  const Ranking ranking = rank_values({0.1 + 0.2, 0.3, 0.5}, false);
  EXPECT_EQ(ranking.order, (std::vector<std::size_t>{2, 0, 1}));
  EXPECT_EQ(ranking.rank, (std::vector<std::size_t>{2, 2, 1}));
  EXPECT_TRUE(ranking.tied[0] && ranking.tied[1] && !ranking.tied[2]);
}

TEST(Comparison, RanksEveryCriterionBestFirst) {
  const report::Comparison comparison =
      compare_options({option("b", 20, {}), option("a", 10, {}), option("c", 30, {})}, {});
  ASSERT_EQ(comparison.rankings.size(), kCriterionCount);
  for (const Criterion c : kAllCriteria) {
    const report::CriterionRanking& ranking = comparison.rankings[index_of(c)];
    EXPECT_EQ(ranking.criterion, c);
    ASSERT_EQ(ranking.options.size(), 3u);
    EXPECT_EQ(ranking.options[0].option, "a");
    EXPECT_EQ(ranking.options[0].difference, 0.0);
    EXPECT_EQ(ranking.options[1].option, "b");
    EXPECT_EQ(ranking.options[1].difference, 10.0);
    EXPECT_EQ(ranking.options[2].rank, 3u);
    EXPECT_EQ(ranking.options[2].difference, 20.0);
    // A point run has no ranges.
    EXPECT_FALSE(ranking.options[1].difference_range);
    EXPECT_FALSE(ranking.options[1].probability_lowest);
  }
}

TEST(Comparison, DifferenceRangeComesFromTheDrawsNotFromTheSummaries) {
  // B is A plus 2 in every draw: the difference is exactly 2 although each spreads widely.
  std::vector<double> draws(400);
  std::iota(draws.begin(), draws.end(), 1.0);
  std::vector<double> shifted = draws;
  for (double& x : shifted) x += 2.0;
  const report::Comparison comparison =
      compare_options({option("a", 200, draws), option("b", 202, shifted)}, {});
  const report::RankedOption& b = comparison.rankings.front().options[1];
  ASSERT_TRUE(b.difference_range);
  EXPECT_DOUBLE_EQ(b.difference_range->p5, 2.0);
  EXPECT_DOUBLE_EQ(b.difference_range->p50, 2.0);
  EXPECT_DOUBLE_EQ(b.difference_range->p95, 2.0);
  EXPECT_DOUBLE_EQ(b.difference_range->mean, 2.0);
  EXPECT_FALSE(comparison.rankings.front().options[0].difference_range) << "best vs itself";
  ASSERT_TRUE(b.probability_lowest);
  EXPECT_EQ(*b.probability_lowest, 0.0);
  EXPECT_EQ(*comparison.rankings.front().options[0].probability_lowest, 1.0);
}

TEST(Comparison, ProbabilityLowestSharesTiedDraws) {
  const report::Comparison comparison =
      compare_options({option("a", 1, {1, 2, 3, 5}), option("b", 2, {1, 3, 2, 4})}, {});
  const auto& options = comparison.rankings.front().options;
  // Draw 1 tied (½ each), draw 2 a, draw 3 b, draw 4 b.
  EXPECT_DOUBLE_EQ(*options[0].probability_lowest, 1.5 / 4);
  EXPECT_DOUBLE_EQ(*options[1].probability_lowest, 2.5 / 4);
}

TEST(Comparison, TiedCentralValuesShareTheirRank) {
  const report::Comparison comparison =
      compare_options({option("a", 5, {}), option("b", 5, {}), option("c", 7, {})}, {});
  const auto& options = comparison.rankings.front().options;
  EXPECT_EQ(options[0].rank, 1u);
  EXPECT_EQ(options[1].rank, 1u);
  EXPECT_TRUE(options[0].tied && options[1].tied);
  EXPECT_EQ(options[2].rank, 3u);
  EXPECT_FALSE(options[2].tied);
  // Neither of two equal options dominates the other; both dominate c.
  ASSERT_EQ(comparison.dominated.size(), 1u);
  EXPECT_EQ(comparison.dominated[0].option, "c");
  ASSERT_EQ(comparison.dominated[0].dominated_by.size(), 2u);
  EXPECT_EQ(comparison.dominated[0].dominated_by[0].option, "a");
  EXPECT_EQ(comparison.dominated[0].dominated_by[1].option, "b");
}

TEST(Comparison, ParetoDominationNeedsEveryCriterionAtLeastAsGood) {
  ComparedOption a = option("a", 10, {});
  ComparedOption b = option("b", 10, {});
  ComparedOption c = option("c", 10, {});
  set(b, kAllCriteria.front(), 12);
  set(c, kAllCriteria.front(), 12);
  set(c, kAllCriteria.back(), 8);
  const report::Comparison comparison = compare_options({a, b, c}, {});
  // b is dominated by a (better on one, equal elsewhere) and by c (equal on the first,
  // better on the last); c, worse than a on one criterion, is not.
  ASSERT_EQ(comparison.dominated.size(), 1u);
  EXPECT_EQ(comparison.dominated[0].option, "b");
  ASSERT_EQ(comparison.dominated[0].dominated_by.size(), 2u);
  EXPECT_EQ(comparison.dominated[0].dominated_by[0].option, "a");
  EXPECT_EQ(comparison.dominated[0].dominated_by[1].option, "c");
  EXPECT_FALSE(comparison.dominated[0].dominated_by[0].share_of_draws);
}

TEST(Comparison, DominationSaysInWhichShareOfDrawsItHolds) {
  // b is above a in the centre and in 19 of 20 draws.
  std::vector<double> a_draws(20, 10.0);
  std::vector<double> b_draws(20, 11.0);
  b_draws[7] = 9.0;
  const report::Comparison comparison =
      compare_options({option("a", 10, a_draws), option("b", 11, b_draws)}, {});
  ASSERT_EQ(comparison.dominated.size(), 1u);
  const report::Dominator& by = comparison.dominated[0].dominated_by[0];
  ASSERT_TRUE(by.share_of_draws);
  EXPECT_DOUBLE_EQ(*by.share_of_draws, 0.95);
  EXPECT_TRUE(by.robust);
  b_draws[8] = 9.0;
  const report::Comparison weaker =
      compare_options({option("a", 10, a_draws), option("b", 11, b_draws)}, {});
  EXPECT_DOUBLE_EQ(*weaker.dominated[0].dominated_by[0].share_of_draws, 0.9);
  EXPECT_FALSE(weaker.dominated[0].dominated_by[0].robust);
}

TEST(ProportionalMark, BestOverValueWithZeroHandled) {
  EXPECT_DOUBLE_EQ(proportional_mark(10, 10), 1.0);
  EXPECT_DOUBLE_EQ(proportional_mark(10, 40), 0.25);
  EXPECT_DOUBLE_EQ(proportional_mark(0, 0), 1.0) << "an option at the zero best gets it all";
  EXPECT_DOUBLE_EQ(proportional_mark(0, 1e-9), 0.0) << "limit of best / value as best → 0";
}

TEST(Scoring, ProportionalScoreOutOf100) {
  const Criterion first = kAllCriteria.front();
  const Criterion last = kAllCriteria.back();
  ComparedOption a = option("a", 10, {});
  ComparedOption b = option("b", 10, {});
  set(a, first, 10);
  set(b, first, 40);
  set(a, last, 30);
  set(b, last, 15);
  const report::Scoring scoring = score_options({a, b}, award_of({{first, 0.6}, {last, 0.4}}));
  EXPECT_EQ(scoring.method, kProportionalMethod);
  EXPECT_NE(scoring.source.find("DAJ"), std::string::npos);
  ASSERT_EQ(scoring.weights.size(), 2u);
  EXPECT_DOUBLE_EQ(scoring.weights[0].weight, 60.0);
  EXPECT_EQ(scoring.weights[0].declared_at.line, 3u);
  ASSERT_EQ(scoring.scores.size(), 2u);
  // a: 60 × 1 + 40 × 15/30 = 80; b: 60 × 10/40 + 40 × 1 = 55.
  EXPECT_EQ(scoring.scores[0].option, "a");
  EXPECT_DOUBLE_EQ(scoring.scores[0].value, 80.0);
  EXPECT_EQ(scoring.scores[0].rank, 1u);
  EXPECT_EQ(scoring.scores[1].option, "b");
  EXPECT_DOUBLE_EQ(scoring.scores[1].value, 55.0);
  EXPECT_EQ(scoring.scores[1].rank, 2u);
  EXPECT_FALSE(scoring.scores[0].range);
}

TEST(Scoring, EnvironmentSplitIsStatedWithItsShares) {
  AwardSpec award;
  award.environment = located(0.4);
  for (const Criterion c : kAllCriteria) {
    if (!is_environmental(c)) continue;
    award.weights.push_back({c, located(0.4 / 5), located(0.2)});
  }
  const report::Scoring scoring = score_options({option("a", 1, {}), option("b", 2, {})}, award);
  ASSERT_TRUE(scoring.environment_weight);
  EXPECT_DOUBLE_EQ(*scoring.environment_weight, 40.0);
  EXPECT_EQ(scoring.weights.front().group, "environment");
  EXPECT_DOUBLE_EQ(*scoring.weights.front().share_of_group, 20.0);
}

TEST(Scoring, DrawByDrawScoresGiveARangeAndTheChanceToComeFirst) {
  const Criterion first = kAllCriteria.front();
  // a is best in the centre and in 3 draws of 4; b in the other.
  const report::Scoring scoring =
      score_options({option("a", 10, {10, 10, 10, 30}), option("b", 20, {20, 20, 20, 15})},
                    award_of({{first, 1.0}}));
  ASSERT_TRUE(scoring.scores[0].range);
  EXPECT_EQ(scoring.scores[0].option, "a");
  EXPECT_DOUBLE_EQ(*scoring.scores[0].probability_first, 0.75);
  EXPECT_DOUBLE_EQ(*scoring.scores[1].probability_first, 0.25);
  const report::FigureRange& b = *scoring.scores[1].range;
  EXPECT_LE(b.p5, b.p50);
  EXPECT_LE(b.p50, b.p95);
  // b's draws score 50, 50, 50, 100: percentiles interpolate between them.
  EXPECT_DOUBLE_EQ(b.p5, 50.0);
  EXPECT_DOUBLE_EQ(b.p95, 92.5);
}

}  // namespace
}  // namespace empreinte
