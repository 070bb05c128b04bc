#include "reports/html/tornado_chart.h"

#include <algorithm>
#include <cmath>

#include "engine/core/check.h"
#include "reports/html/svg_geometry.h"
#include "reports/html/text_util.h"

namespace empreinte::report::html {
namespace {

// Geometry of a tornado chart, in SVG user units (CSS pixels at 100 % zoom).
constexpr double kSideMargin = 10.0;
constexpr double kTopMargin = 18.0;  // room for the label of the mean line
constexpr double kMeanLabelBaseline = 12.0;
constexpr double kLabelBaseline = 13.0;  // label baseline below the top of a row
constexpr double kLabelToBar = 17.0;     // bar top below the top of a row
constexpr double kBarHeight = 14.0;
constexpr double kRowGap = 9.0;
constexpr double kAxisGap = 6.0;
constexpr double kTickLength = 4.0;
constexpr double kTickLabelDrop = 16.0;
constexpr double kAxisTitleDrop = 30.0;
constexpr double kBottomMargin = 6.0;
constexpr int kTargetTickIntervals = 4;
// Average advance of a bold 12 px character (labels) and of an 11.5 px one (shares, the mean's
// label), to decide what fits on a label line.
constexpr double kLabelCharWidth = 7.8;
constexpr double kShareCharWidth = 6.6;
// A half narrower than this is not drawn: the input moves the total by less than a pixel.
constexpr double kMinimumWidth = 0.5;

}  // namespace

TornadoLayout layout_tornado(const TornadoData& data, double width) {
  TornadoLayout layout;
  layout.width = width;
  layout.plot_left = kSideMargin;
  layout.plot_right = width - kSideMargin;
  layout.bar_height = kBarHeight;
  // The axis covers every bar end and the mean (chart geometry, not a report figure).
  double low = data.mean;
  double high = data.mean;
  for (const TornadoBarInput& bar : data.bars) {
    low = std::min({low, bar.low_mean, bar.high_mean});
    high = std::max({high, bar.low_mean, bar.high_mean});
  }
  const std::vector<double> ticks = axis_ticks(low, high, kTargetTickIntervals);
  const double axis_start = ticks.front();
  const double scale = (layout.plot_right - layout.plot_left) / (ticks.back() - axis_start);
  const auto x_of = [&](double value) { return layout.plot_left + (value - axis_start) * scale; };
  layout.mean_x = x_of(data.mean);
  layout.mean_top = kTopMargin - 2.0;

  double row_top = kTopMargin;
  for (const TornadoBarInput& bar : data.bars) {
    TornadoRow row;
    row.label_y = row_top + kLabelBaseline;
    row.y = row_top + kLabelToBar;
    const auto half = [&](double end, double& x, double& half_width) {
      x = std::min(x_of(end), layout.mean_x);
      half_width = std::abs(x_of(end) - layout.mean_x);
      if (half_width < kMinimumWidth) half_width = 0.0;
    };
    half(bar.low_mean, row.low_x, row.low_width);
    half(bar.high_mean, row.high_x, row.high_width);
    layout.rows.push_back(row);
    row_top += kLabelToBar + kBarHeight + kRowGap;
  }
  layout.axis_y = row_top - kRowGap + kAxisGap;
  for (const double value : ticks) layout.ticks.emplace_back(value, x_of(value));
  layout.height = layout.axis_y + kAxisTitleDrop + kBottomMargin;
  return layout;
}

mstch::map tornado_view(const TornadoData& data, const TornadoLayout& layout,
                        const TornadoText& text, Language language) {
  EMPREINTE_CHECK(layout.rows.size() == data.bars.size(), "tornado layout and data disagree");
  mstch::array bars;
  for (std::size_t b = 0; b < data.bars.size(); ++b) {
    const TornadoBarInput& input = data.bars[b];
    const TornadoRow& row = layout.rows[b];
    // The label shares its line with the share of variance: cut it where it would run into it.
    const double share_width = static_cast<double>(code_point_count(input.share)) * kShareCharWidth;
    const double room = layout.plot_right - layout.plot_left - share_width - 2 * kShareCharWidth;
    const auto max_chars = static_cast<std::size_t>(std::max(8.0, room / kLabelCharWidth));
    bars.push_back(mstch::map{
        {"label", truncate_text(input.label, max_chars)},
        {"full_label", input.label},
        {"share", input.share},
        {"low", format_display(input.low_mean, language)},
        {"high", format_display(input.high_mean, language)},
        {"label_x", coordinate(layout.plot_left)},
        {"share_x", coordinate(layout.plot_right)},
        {"label_y", coordinate(row.label_y)},
        {"y", coordinate(row.y)},
        {"height", coordinate(layout.bar_height)},
        {"has_low", row.low_width > 0.0},
        {"low_x", coordinate(row.low_x)},
        {"low_width", coordinate(row.low_width)},
        {"has_high", row.high_width > 0.0},
        {"high_x", coordinate(row.high_x)},
        {"high_width", coordinate(row.high_width)},
    });
  }
  mstch::array ticks;
  for (std::size_t i = 0; i < layout.ticks.size(); ++i) {
    const bool first = i == 0;
    const bool last = i + 1 == layout.ticks.size();
    ticks.push_back(mstch::map{
        {"x", coordinate(layout.ticks[i].second)},
        {"label", format_display(layout.ticks[i].first, language)},
        {"anchor", std::string(first ? "start" : (last ? "end" : "middle"))},
    });
  }
  // The label of the mean line stays inside the chart.
  const double mean_label_chars = static_cast<double>(code_point_count(text.mean_label));
  const bool mean_on_right = layout.mean_x > (layout.plot_left + layout.plot_right) / 2;
  const bool mean_fits =
      mean_on_right ? layout.mean_x - layout.plot_left > mean_label_chars * kShareCharWidth
                    : layout.plot_right - layout.mean_x > mean_label_chars * kShareCharWidth;
  return mstch::map{
      {"dom_id", text.dom_id},
      {"title", text.title},
      {"desc", text.desc},
      {"unit", text.unit},
      {"low_words", text.low_words},
      {"high_words", text.high_words},
      {"mean_label", text.mean_label},
      {"width", coordinate(layout.width)},
      {"height", coordinate(layout.height)},
      {"mean_x", coordinate(layout.mean_x)},
      {"mean_top", coordinate(layout.mean_top)},
      {"mean_label_y", coordinate(kMeanLabelBaseline)},
      {"mean_anchor", std::string(mean_fits == mean_on_right ? "end" : "start")},
      {"mean_label_x", coordinate(layout.mean_x + (mean_fits == mean_on_right ? -4.0 : 4.0))},
      {"axis_x1", coordinate(layout.plot_left)},
      {"axis_x2", coordinate(layout.plot_right)},
      {"axis_y", coordinate(layout.axis_y)},
      {"tick_y2", coordinate(layout.axis_y + kTickLength)},
      {"tick_label_y", coordinate(layout.axis_y + kTickLabelDrop)},
      {"axis_title_y", coordinate(layout.axis_y + kAxisTitleDrop)},
      {"bars", bars},
      {"ticks", ticks},
  };
}

}  // namespace empreinte::report::html
