// The uncertainty layer: quantile functions, Latin-hypercube draws, summaries and the
// sensitivity estimator, each against values computed independently.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "engine/core/distribution.h"
#include "engine/uncertainty/sampler.h"
#include "engine/uncertainty/sensitivity.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte {
namespace {

Distribution triangular(double low, double mode, double high) {
  return {DistributionShape::kTriangular, mode, low, high, 0.0};
}

TEST(StandardNormal, QuantileMatchesTabulatedValues) {
  // Φ⁻¹ at 0.975, 0.95, 0.5 and 1e-10 (Abramowitz & Stegun 26.2; R qnorm).
  EXPECT_NEAR(standard_normal_quantile(0.975), 1.959963984540054, 1e-14);
  EXPECT_NEAR(standard_normal_quantile(0.95), 1.6448536269514722, 1e-14);
  EXPECT_DOUBLE_EQ(standard_normal_quantile(0.5), 0.0);
  EXPECT_NEAR(standard_normal_quantile(1e-10), -6.361340902404056, 1e-12);
}

TEST(StandardNormal, QuantileInvertsTheDistributionFunction) {
  for (const double p : {1e-6, 0.01, 0.2, 0.5, 0.77, 0.999}) {
    EXPECT_NEAR(standard_normal_cdf(standard_normal_quantile(p)), p, 1e-13 + 1e-12 * p);
  }
}

TEST(Quantile, TriangularInvertsItsDistributionFunction) {
  const Distribution d = triangular(1.0, 2.0, 5.0);
  // F(2) = (2 − 1)² / (4 × 1) = 0.25; F(4) = 1 − (5 − 4)² / (4 × 3) = 11/12.
  EXPECT_NEAR(quantile(d, 0.25), 2.0, 1e-12);
  EXPECT_NEAR(quantile(d, 11.0 / 12.0), 4.0, 1e-12);
  EXPECT_NEAR(quantile(d, 1e-12), 1.0, 1e-5);
}

TEST(Quantile, UniformIsLinear) {
  const Distribution d{DistributionShape::kUniform, 3.0, 2.0, 4.0, 0.0};
  EXPECT_DOUBLE_EQ(quantile(d, 0.25), 2.5);
}

TEST(Quantile, TruncatedNormalStaysWithinItsBounds) {
  const Distribution d{DistributionShape::kNormal, 1.0, 0.9, 1.5, 0.5};
  EXPECT_GE(quantile(d, 1e-9), 0.9);
  EXPECT_LE(quantile(d, 1.0 - 1e-9), 1.5);
  // The median of the kept interval: Φ⁻¹((Φ(−0.2) + Φ(1)) / 2) × 0.5 + 1.
  const double kept = 0.5 * (standard_normal_cdf(-0.2) + standard_normal_cdf(1.0));
  EXPECT_NEAR(quantile(d, 0.5), 1.0 + 0.5 * standard_normal_quantile(kept), 1e-12);
}

TEST(Quantile, LognormalMedianAndGeometricSpread) {
  const Distribution d{DistributionShape::kLognormal, 10.0, std::nullopt, std::nullopt, 2.0};
  EXPECT_NEAR(quantile(d, 0.5), 10.0, 1e-12);
  // One standard normal deviate above the median multiplies it by the gsd.
  EXPECT_NEAR(quantile(d, standard_normal_cdf(1.0)), 20.0, 1e-9);
}

TEST(Distribution, ProblemsAreNamed) {
  EXPECT_EQ(distribution_problem(triangular(1, 3, 2)), "mode must lie between low and high");
  EXPECT_EQ(distribution_problem(triangular(2, 2, 1)), "low must not exceed high");
  EXPECT_EQ(
      distribution_problem({DistributionShape::kLognormal, 1.0, std::nullopt, std::nullopt, 0.5}),
      "gsd must be 1 or more");
  EXPECT_EQ(distribution_problem({DistributionShape::kNormal, 0.0, 50.0, 60.0, 1.0}),
            "mean must lie between low and high");
  EXPECT_EQ(distribution_problem(triangular(1, 2, 3)), "");
}

TEST(Sampler, SampleZeroIsTheCentralValueAndEachStratumIsDrawnOnce) {
  Sampler sampler(1000, 42);
  const Samples s = *sampler.draw("x", "x", VariableOrigin::kFactor, "1", triangular(0, 0.3, 1));
  ASSERT_EQ(s.size(), 1001);
  EXPECT_EQ(s(0), 0.3);
  // Latin hypercube: exactly one draw below each (k + 1)/N quantile boundary band.
  const UncertainVariable& v = sampler.variables().front();
  std::set<std::uint32_t> strata(v.strata.begin(), v.strata.end());
  EXPECT_EQ(strata.size(), 1000U);
  for (std::uint32_t i = 0; i < 1000; ++i) {
    const double draw = s(i + 1);
    EXPECT_GE(draw, quantile(v.distribution, std::max(1e-12, v.strata[i] / 1000.0)) - 1e-12);
    EXPECT_LE(draw,
              quantile(v.distribution, std::min(1 - 1e-12, (v.strata[i] + 1) / 1000.0)) + 1e-12);
    EXPECT_EQ(v.draw_of_stratum[v.strata[i]], i);
  }
  // The mean of a triangular is (a + b + c) / 3.
  EXPECT_NEAR(s.tail(1000).mean(), 1.3 / 3.0, 1e-3);
}

TEST(Sampler, SameIdSameDrawsAndSeedReproducible) {
  Sampler a(500, 7);
  Sampler b(500, 7);
  const Distribution d = triangular(1, 2, 4);
  // Order of first use must not matter: b draws another variable first.
  b.draw("other", "other", VariableOrigin::kFactor, "1", d);
  const Samples first = *a.draw("grid", "grid", VariableOrigin::kFactor, "1", d);
  EXPECT_TRUE((first == *a.draw("grid", "grid", VariableOrigin::kFactor, "1", d)).all());
  EXPECT_TRUE((first == *b.draw("grid", "grid", VariableOrigin::kFactor, "1", d)).all());
  EXPECT_EQ(a.variables().size(), 1U);
  Sampler c(500, 8);
  EXPECT_FALSE((first == *c.draw("grid", "grid", VariableOrigin::kFactor, "1", d)).all());
}

TEST(Sampler, FixedValuesAndPointRunsDrawNothing) {
  Sampler point(0, 1);
  EXPECT_EQ(point.draw("x", "x", VariableOrigin::kFactor, "1", triangular(1, 2, 3))->size(), 1);
  EXPECT_TRUE(point.variables().empty());
  Sampler mc(100, 1);
  const Samples s = *mc.draw("y", "y", VariableOrigin::kFactor, "1", Distribution::fixed(5));
  EXPECT_TRUE((s == 5.0).all());
  EXPECT_TRUE(mc.variables().empty());
}

TEST(Summary, PercentilesFollowDefinitionSeven) {
  // Draws 1, 2, …, 101 (sample 0 is the central value and is left out): h = 100·p.
  Samples s(102);
  s(0) = -1000.0;
  for (int i = 1; i <= 101; ++i) s(i) = 102 - i;  // in decreasing order on purpose
  const SampleSummary summary = *summarize(s);
  EXPECT_DOUBLE_EQ(summary.mean, 51.0);
  EXPECT_DOUBLE_EQ(summary.p5, 6.0);
  EXPECT_DOUBLE_EQ(summary.p50, 51.0);
  EXPECT_DOUBLE_EQ(summary.p95, 96.0);
  // Sample standard deviation of 1…101 is √(101 × 102 / 12) = 29.3; over √101.
  EXPECT_NEAR(summary.standard_error, std::sqrt(101.0 * 102.0 / 12.0) / std::sqrt(101.0), 1e-12);
}

TEST(Summary, InterpolatesBetweenOrderStatistics) {
  // Ten draws 0, 10, …, 90: h = 9 × 0.05 = 0.45 → 4.5; 9 × 0.95 = 8.55 → 85.5; median 45.
  Samples s(11);
  s(0) = 0;
  for (int i = 0; i < 10; ++i) s(i + 1) = 10.0 * ((i * 7) % 10);
  const SampleSummary summary = *summarize(s);
  EXPECT_NEAR(summary.p5, 4.5, 1e-12);
  EXPECT_NEAR(summary.p50, 45.0, 1e-12);
  EXPECT_NEAR(summary.p95, 85.5, 1e-12);
}

// Expects the percentiles of summarize() to be those of a full sort of the draws, exactly.
void expect_full_sort_percentiles(const Samples& s) {
  std::vector<double> sorted(s.data() + 1, s.data() + s.size());
  std::sort(sorted.begin(), sorted.end());
  const SampleSummary summary = *summarize(s);
  const auto at = [&](double p) {
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto k = static_cast<std::size_t>(std::floor(h));
    return sorted[k] + (h - static_cast<double>(k)) * (sorted[k + 1] - sorted[k]);
  };
  EXPECT_DOUBLE_EQ(summary.p5, at(0.05));
  EXPECT_DOUBLE_EQ(summary.p50, at(0.5));
  EXPECT_DOUBLE_EQ(summary.p95, at(0.95));
}

TEST(Summary, AgreesWithAFullSortOnSkewedDraws) {
  Sampler sampler(9999, 3);
  expect_full_sort_percentiles(
      *sampler.draw("z", "z", VariableOrigin::kFactor, "1",
                    {DistributionShape::kLognormal, 1.0, std::nullopt, std::nullopt, 4.0}));
}

TEST(Summary, AgreesWithAFullSortWhenOutliersCrowdTheOtherDrawsTogether) {
  // One draw in ten is a million, the others lie in [0, 1): the 5th percentile and the median
  // come from a crowd of 9,000 draws that the selection's buckets cannot tell apart.
  Sampler sampler(10000, 9);
  Samples s = *sampler.draw("u", "u", VariableOrigin::kFactor, "1",
                            {DistributionShape::kUniform, 0.5, 0.0, 1.0, 0.0});
  for (Eigen::Index i = 1; i < s.size(); i += 10) s(i) = 1e6;
  expect_full_sort_percentiles(s);
}

TEST(Summary, PointRunHasNoSummaryAndConstantDrawsCollapse) {
  EXPECT_FALSE(summarize(Samples::Constant(1, 3.0)).has_value());
  const SampleSummary flat = *summarize(Samples::Constant(50, 3.0));
  EXPECT_EQ(flat.p5, 3.0);
  EXPECT_EQ(flat.p95, 3.0);
  EXPECT_EQ(flat.standard_error, 0.0);
}

TEST(Summary, InfiniteDrawsStillGiveOrderStatistics) {
  // A payback that never comes is infinite: the percentiles below it stay exact.
  Samples s(21);
  s(0) = 1.0;
  for (Eigen::Index i = 1; i <= 20; ++i) s(i) = static_cast<double>(i);
  s(20) = std::numeric_limits<double>::infinity();
  const SampleSummary summary = *summarize(s);
  EXPECT_DOUBLE_EQ(summary.p5, 1.95);   // h = 19 × 0.05 = 0.95, between 1 and 2
  EXPECT_DOUBLE_EQ(summary.p50, 10.5);  // h = 9.5
  EXPECT_EQ(summary.p95, std::numeric_limits<double>::infinity());
}

TEST(Comparison, ProbabilityLowerCountsTiesAsHalf) {
  Samples a(5);
  Samples b(5);
  a << 9, 1, 2, 3, 4;
  b << 0, 2, 2, 1, 5;  // a < b in draws 1 and 4, a tie in draw 2
  EXPECT_DOUBLE_EQ(probability_lower(a, b), 2.5 / 4.0);
  EXPECT_DOUBLE_EQ(probability_lower(b, a), 1.5 / 4.0);
}

// The drivers of `output` alone, at most 8.
std::vector<Driver> drivers_of_one(const Samples& output,
                                   const std::vector<UncertainVariable>& variables,
                                   const std::vector<std::size_t>& candidates) {
  const std::array<const Samples*, 1> outputs = {&output};
  return rank_drivers(outputs, variables, candidates, 8)[0];
}

TEST(Sensitivity, DominantInputComesFirstWithItsShareOfVariance) {
  // y = 4·x1 + x2 with x1, x2 uniform on [0, 1]: S1 = 16/17, S2 = 1/17.
  Sampler sampler(4000, 11);
  const Distribution u{DistributionShape::kUniform, 0.5, 0.0, 1.0, 0.0};
  const Samples x1 = *sampler.draw("x1", "x1", VariableOrigin::kInput, "1", u);
  const Samples x2 = *sampler.draw("x2", "x2", VariableOrigin::kInput, "1", u);
  sampler.draw("unused", "unused", VariableOrigin::kInput, "1", u);
  const Samples y = 4.0 * x1 + x2;
  const std::vector<Driver> drivers = drivers_of_one(y, sampler.variables(), {0, 1, 2});
  ASSERT_GE(drivers.size(), 2U);
  EXPECT_EQ(drivers[0].variable, 0U);
  EXPECT_NEAR(drivers[0].first_order, 16.0 / 17.0, 0.01);
  EXPECT_EQ(drivers[1].variable, 1U);
  EXPECT_NEAR(drivers[1].first_order, 1.0 / 17.0, 0.01);
  // x1 in its lowest tenth: y ≈ 4 × 0.05 + 0.5 = 0.7; highest tenth: 4 × 0.95 + 0.5 = 4.3.
  EXPECT_NEAR(drivers[0].low_mean, 0.7, 0.03);
  EXPECT_NEAR(drivers[0].high_mean, 4.3, 0.03);
  // An input the output does not depend on is below the noise threshold: not reported.
  EXPECT_EQ(drivers.size(), 2U);
}

TEST(Sensitivity, TooFewDrawsOrNoVarianceGiveNoDrivers) {
  Sampler sampler(50, 1);
  const Samples x = *sampler.draw("x", "x", VariableOrigin::kInput, "1", triangular(0, 1, 2));
  EXPECT_TRUE(drivers_of_one(x, sampler.variables(), {0}).empty());
  Sampler enough(500, 1);
  enough.draw("x", "x", VariableOrigin::kInput, "1", triangular(0, 1, 2));
  const Samples constant = Samples::Constant(501, 2.0);
  EXPECT_TRUE(drivers_of_one(constant, enough.variables(), {0}).empty());
}

TEST(Sensitivity, OutputsRankedTogetherGetTheirOwnDrivers) {
  // Three outputs in one pass, the middle one without variance: each gets what it gets alone.
  Sampler sampler(2000, 5);
  const Distribution u{DistributionShape::kUniform, 0.5, 0.0, 1.0, 0.0};
  const Samples x1 = *sampler.draw("x1", "x1", VariableOrigin::kInput, "1", u);
  const Samples x2 = *sampler.draw("x2", "x2", VariableOrigin::kInput, "1", u);
  const Samples first = x1 + 0.1 * x2;
  const Samples flat = Samples::Constant(2001, 3.0);
  const Samples last = x2.square() + 0.5 * x1;
  const std::array<const Samples*, 3> outputs = {&first, &flat, &last};
  const std::vector<std::vector<Driver>> together =
      rank_drivers(outputs, sampler.variables(), {0, 1}, 8);
  ASSERT_EQ(together.size(), 3U);
  EXPECT_TRUE(together[1].empty());
  for (const std::size_t o : {0U, 2U}) {
    const std::vector<Driver> alone = drivers_of_one(*outputs[o], sampler.variables(), {0, 1});
    ASSERT_EQ(together[o].size(), alone.size()) << o;
    ASSERT_FALSE(alone.empty());
    for (std::size_t d = 0; d < alone.size(); ++d) {
      EXPECT_EQ(together[o][d].variable, alone[d].variable);
      EXPECT_EQ(together[o][d].first_order, alone[d].first_order);
      EXPECT_EQ(together[o][d].low_mean, alone[d].low_mean);
    }
  }
  EXPECT_EQ(together[0][0].variable, 0U);  // x1 drives the first output
  EXPECT_EQ(together[2][0].variable, 1U);  // x2 the last
}

}  // namespace
}  // namespace empreinte
