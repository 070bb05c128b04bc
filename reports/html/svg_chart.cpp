#include "reports/html/svg_chart.h"

#include <algorithm>
#include <cmath>

#include "engine/core/check.h"
#include "reports/html/svg_geometry.h"
#include "reports/html/text_util.h"

namespace empreinte::report::html {
namespace {

// Geometry of a chart, in SVG user units (CSS pixels at 100 % zoom).
constexpr double kSideMargin = 10.0;
constexpr double kTopMargin = 4.0;
constexpr double kLabelBaseline = 13.0;  // label baseline below the top of a bar row
constexpr double kLabelToBar = 18.0;     // bar top below the top of a bar row
constexpr double kBarHeight = 18.0;
constexpr double kRowGap = 12.0;
constexpr double kWhiskerDrop = 5.0;  // error bar below the bottom of its bar
constexpr double kWhiskerRoom = 8.0;  // extra row gap when bars have an error bar
constexpr double kCapHalfHeight = 3.5;
constexpr double kAxisGap = 8.0;
constexpr double kTickLength = 4.0;
constexpr double kTickLabelDrop = 16.0;
constexpr double kAxisTitleDrop = 30.0;
constexpr double kBottomMargin = 6.0;
constexpr int kTargetTickIntervals = 4;
// Average advance of a 12 px character, of a bold 12 px one (bar labels) and of a 10.5 px bold
// letter, to decide what fits.
constexpr double kLabelCharWidth = 7.0;
constexpr double kBoldCharWidth = 7.8;
constexpr double kLetterWidth = 8.0;
constexpr double kLetterPadding = 6.0;
// Number of colours in the report.css palette.
constexpr std::size_t kPaletteSize = 8;

}  // namespace

std::size_t series_colour(std::size_t series) { return series % kPaletteSize; }

ChartLayout layout_stacked_bars(const ChartData& data, double width) {
  ChartLayout layout;
  layout.width = width;
  layout.plot_left = kSideMargin;
  layout.plot_right = width - kSideMargin;
  layout.bar_height = kBarHeight;
  // The axis spans the longest stack of positive segments (chart geometry, not a report figure).
  double longest = 0.0;
  for (const ChartBarInput& bar : data.bars) {
    double stack = 0.0;
    for (const ChartSegmentInput& segment : bar.segments) stack += std::max(segment.value, 0.0);
    longest = std::max(longest, stack);
    if (bar.p95) longest = std::max(longest, *bar.p95);
  }
  const bool any_interval = std::any_of(data.bars.begin(), data.bars.end(),
                                        [](const ChartBarInput& bar) { return bar.p5 && bar.p95; });
  const double row_gap = kRowGap + (any_interval ? kWhiskerRoom : 0.0);
  const double step = nice_step(longest > 0.0 ? longest / kTargetTickIntervals : 0.25);
  const int intervals = std::max(1, static_cast<int>(std::ceil(longest / step - 1e-9)));
  const double axis_end = step * intervals;
  const double scale = (layout.plot_right - layout.plot_left) / axis_end;

  double row_top = kTopMargin;
  for (const ChartBarInput& bar : data.bars) {
    BarBox box;
    box.label_y = row_top + kLabelBaseline;
    box.y = row_top + kLabelToBar;
    double offset = 0.0;
    for (const ChartSegmentInput& segment : bar.segments) {
      if (!(segment.value > 0.0)) continue;
      box.segments.push_back({segment.series, segment.value, layout.plot_left + offset * scale,
                              segment.value * scale});
      offset += segment.value;
    }
    if (bar.p5 && bar.p95) {
      box.has_whisker = true;
      box.whisker_left = layout.plot_left + std::max(*bar.p5, 0.0) * scale;
      box.whisker_right = layout.plot_left + std::max(*bar.p95, 0.0) * scale;
      box.whisker_y = box.y + kBarHeight + kWhiskerDrop;
    }
    layout.bars.push_back(std::move(box));
    row_top += kLabelToBar + kBarHeight + row_gap;
  }
  layout.axis_y = row_top - row_gap + (any_interval ? kWhiskerRoom : 0.0) + kAxisGap;
  for (int i = 0; i <= intervals; ++i) {
    const double value = step * i;
    layout.ticks.push_back({value, layout.plot_left + value * scale});
  }
  layout.height = layout.axis_y + kAxisTitleDrop + kBottomMargin;
  return layout;
}

mstch::map chart_view(const ChartData& data, const ChartLayout& layout, const ChartText& text,
                      Language language) {
  EMPREINTE_CHECK(layout.bars.size() == data.bars.size(), "chart layout and data disagree");
  mstch::array bars;
  for (std::size_t b = 0; b < data.bars.size(); ++b) {
    const ChartBarInput& input = data.bars[b];
    const BarBox& box = layout.bars[b];
    const std::string total = format_display(input.total, language);
    // The label shares its line with the total: cut it where it would run into it.
    const double total_width =
        static_cast<double>(code_point_count(total) + 1 + code_point_count(text.unit)) *
        kLabelCharWidth;
    const double room = layout.plot_right - layout.plot_left - total_width - 2 * kLabelCharWidth;
    const auto max_chars = static_cast<std::size_t>(std::max(4.0, room / kBoldCharWidth));
    mstch::array segments;
    for (std::size_t s = 0; s < box.segments.size(); ++s) {
      const SegmentBox& segment = box.segments[s];
      const std::string letter = series_letter(segment.series);
      const double letter_room = kLetterWidth * static_cast<double>(letter.size()) + kLetterPadding;
      const bool inside = segment.width >= letter_room;
      const bool last = s + 1 == box.segments.size();
      // A segment too thin for its letter at the end of a bar gets the letter just after it.
      const double letter_x =
          inside ? segment.x + segment.width / 2 : segment.x + segment.width + kLetterPadding / 2;
      segments.push_back(mstch::map{
          {"x", coordinate(segment.x)},
          {"y", coordinate(box.y)},
          {"width", coordinate(segment.width)},
          {"height", coordinate(layout.bar_height)},
          {"colour", std::to_string(series_colour(segment.series))},
          {"letter", letter},
          {"series_label", data.series.at(segment.series).label},
          {"value", format_display(segment.value, language)},
          {"show_letter", inside},
          {"outside_letter", !inside && last},
          {"letter_x", coordinate(letter_x)},
          {"letter_y", coordinate(box.y + layout.bar_height / 2 + 4)},
          {"last", last},
      });
    }
    const bool has_interval = box.has_whisker;
    const std::string interval = has_interval ? format_display(*input.p5, language) + "–" +
                                                    format_display(*input.p95, language)
                                              : std::string();
    bars.push_back(mstch::map{
        {"label", truncate_text(input.label, max_chars)},
        {"full_label", input.label},
        {"total", total},
        {"label_x", coordinate(layout.plot_left)},
        {"total_x", coordinate(layout.plot_right)},
        {"label_y", coordinate(box.label_y)},
        {"has_segments", !segments.empty()},
        {"segments", segments},
        {"has_interval", has_interval},
        {"interval", interval},
        {"whisker_x1", coordinate(box.whisker_left)},
        {"whisker_x2", coordinate(box.whisker_right)},
        {"whisker_y", coordinate(box.whisker_y)},
        {"cap_y1", coordinate(box.whisker_y - kCapHalfHeight)},
        {"cap_y2", coordinate(box.whisker_y + kCapHalfHeight)},
    });
  }
  mstch::array ticks;
  for (std::size_t i = 0; i < layout.ticks.size(); ++i) {
    const bool first = i == 0;
    const bool last = i + 1 == layout.ticks.size();
    ticks.push_back(mstch::map{
        {"x", coordinate(layout.ticks[i].x)},
        {"y1", coordinate(0.0)},
        {"y2", coordinate(layout.axis_y)},
        {"label", format_display(layout.ticks[i].value, language)},
        {"anchor", std::string(first ? "start" : (last ? "end" : "middle"))},
    });
  }
  return mstch::map{
      {"dom_id", text.dom_id},
      {"title", text.title},
      {"desc", text.desc},
      {"unit", text.unit},
      {"interval_words", text.interval},
      {"width", coordinate(layout.width)},
      {"height", coordinate(layout.height)},
      {"axis_x1", coordinate(layout.plot_left)},
      {"axis_x2", coordinate(layout.plot_right)},
      {"axis_y", coordinate(layout.axis_y)},
      {"tick_y2", coordinate(layout.axis_y + kTickLength)},
      {"label_y", coordinate(layout.axis_y + kTickLabelDrop)},
      {"axis_title_y", coordinate(layout.axis_y + kAxisTitleDrop)},
      {"bars", bars},
      {"ticks", ticks},
  };
}

}  // namespace empreinte::report::html
