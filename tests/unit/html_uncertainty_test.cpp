// Tests of the pieces the HTML writer uses for a Monte Carlo run: the comparison words and their
// thresholds, the drivers in words, phrase parts marked as English, the tornado chart geometry
// and the axis ticks.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reports/html/catalogue.h"
#include "reports/html/sensitivity_view.h"
#include "reports/html/svg_geometry.h"
#include "reports/html/text_util.h"
#include "reports/html/tornado_chart.h"
#include "reports/html/uncertainty_view.h"

namespace empreinte::report::html {
namespace {

TEST(ComparisonWords, FollowTheThresholdsStatedInThePage) {
  EXPECT_EQ(verdict_key(1.0), "almost_certainly_lower");
  EXPECT_EQ(verdict_key(0.95), "almost_certainly_lower");
  EXPECT_EQ(verdict_key(0.949), "likely_lower");
  EXPECT_EQ(verdict_key(0.80), "likely_lower");
  EXPECT_EQ(verdict_key(0.799), "no_clear_difference");
  EXPECT_EQ(verdict_key(0.5), "no_clear_difference");
  EXPECT_EQ(verdict_key(0.201), "no_clear_difference");
  EXPECT_EQ(verdict_key(0.20), "likely_higher");
  EXPECT_EQ(verdict_key(0.051), "likely_higher");
  EXPECT_EQ(verdict_key(0.05), "almost_certainly_higher");
  EXPECT_EQ(verdict_key(0.0), "almost_certainly_higher");
}

TEST(DriverWords, NameFactorsByLabelAndInputsByPlace) {
  const Catalogue english = Catalogue::load(Language::kEnglish);
  const Catalogue french = Catalogue::load(Language::kFrench);
  const Driver factor{"electricity/FR/gwp", "Grid carbon intensity, France", "factor", 0.4, 1, 2};
  const Driver input{"pue@site.toml:12:7", "pue (site.toml:12:7)", "input", 0.2, 1, 2};
  EXPECT_EQ(driver_name(factor, english), "“Grid carbon intensity, France”");
  EXPECT_EQ(driver_name(input, english), "the value of pue at site.toml:12:7");
  EXPECT_EQ(driver_name(input, french), "la valeur de pue en site.toml:12:7");
}

TEST(DriverWords, SayWhenTheDriversExplainLittle) {
  EXPECT_FALSE(drivers_explain_little({}));
  EXPECT_FALSE(
      drivers_explain_little({{"a", "A", "factor", 0.5, 0, 1}, {"b", "B", "factor", 0.25, 0, 1}}));
  EXPECT_TRUE(
      drivers_explain_little({{"a", "A", "factor", 0.4, 0, 1}, {"b", "B", "factor", 0.2, 0, 1}}));
}

TEST(PhraseParts, MarkTheNamedValuesAndKeepWordsTogether) {
  const std::vector<PhrasePart> parts = fill_parts(
      "dépend de {first} — {share}, puis de {second}.",
      {{"first", "« Grid »"}, {"share", "45 %"}, {"second", "la valeur de pue"}}, {"first"});
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].text, "dépend de ");
  EXPECT_FALSE(parts[0].english);
  EXPECT_EQ(parts[1].text, "« Grid »");
  EXPECT_TRUE(parts[1].english);
  EXPECT_EQ(parts[2].text, " — 45 %, puis de la valeur de pue.");
  EXPECT_FALSE(parts[2].english);
}

TEST(AxisTicks, CoverTheRangeWithAReadableStep) {
  const std::vector<double> ticks = axis_ticks(156.0, 545.0, 4);
  ASSERT_GE(ticks.size(), 2u);
  EXPECT_LE(ticks.front(), 156.0);
  EXPECT_GE(ticks.back(), 545.0);
  EXPECT_DOUBLE_EQ(ticks.front(), 100.0);
  EXPECT_DOUBLE_EQ(ticks[1] - ticks[0], 100.0);
  const std::vector<double> flat = axis_ticks(3.0, 3.0, 4);
  EXPECT_LT(flat.front(), flat.back());
}

TEST(TornadoLayout, BarsRunFromTheLowTenthToTheHighTenthAroundTheMean) {
  TornadoData data;
  data.mean = 300.0;
  data.bars = {{"Batch size", "46% of the variance", 512.0, 228.0},
               {"Parameters", "11% of the variance", 221.0, 394.0},
               {"Noise", "1% of the variance", 300.1, 299.9}};
  const TornadoLayout layout = layout_tornado(data, 800.0);
  ASSERT_EQ(layout.rows.size(), 3u);
  const auto x_of = [&](double value) {
    const auto& [first_value, first_x] = layout.ticks.front();
    const auto& [last_value, last_x] = layout.ticks.back();
    return first_x + (value - first_value) * (last_x - first_x) / (last_value - first_value);
  };
  EXPECT_NEAR(layout.mean_x, x_of(300.0), 1e-9);
  // First input: low tenth to the right of the mean, high tenth to the left.
  EXPECT_NEAR(layout.rows[0].low_x, layout.mean_x, 1e-9);
  EXPECT_NEAR(layout.rows[0].low_x + layout.rows[0].low_width, x_of(512.0), 1e-9);
  EXPECT_NEAR(layout.rows[0].high_x, x_of(228.0), 1e-9);
  EXPECT_NEAR(layout.rows[0].high_x + layout.rows[0].high_width, layout.mean_x, 1e-9);
  // Second: the other way round.
  EXPECT_NEAR(layout.rows[1].low_x, x_of(221.0), 1e-9);
  EXPECT_NEAR(layout.rows[1].high_x + layout.rows[1].high_width, x_of(394.0), 1e-9);
  // A half under half a pixel is not drawn.
  EXPECT_EQ(layout.rows[2].low_width, 0.0);
  EXPECT_EQ(layout.rows[2].high_width, 0.0);
  // Rows go down the chart, inside it, above the axis.
  EXPECT_LT(layout.rows[0].y, layout.rows[1].y);
  EXPECT_LT(layout.rows[2].y + layout.bar_height, layout.axis_y);
  EXPECT_LT(layout.axis_y, layout.height);
  for (const auto& [value, x] : layout.ticks) {
    EXPECT_GE(x, layout.plot_left - 1e-9);
    EXPECT_LE(x, layout.plot_right + 1e-9);
  }
}

}  // namespace
}  // namespace empreinte::report::html
