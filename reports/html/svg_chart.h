#pragma once
/// @file svg_chart.h
/// Stacked horizontal bar charts in inline SVG: one bar per option, one segment per stage, and
/// for a Monte Carlo run an error bar from the 5th to the 95th percentile of the option total.
/// Layout is chart geometry only (scale, ticks, positions); the figures it shows come from the
/// report model and are printed with format_display. The markup is templates/chart.svg.mustache.

#include <cstddef>
#include <mstch/mstch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "reports/model/number_format.h"

namespace empreinte::report::html {

/// A series of the chart (a stage id shared by the bars that have it).
struct ChartSeries {
  /// Legend text.
  std::string label;
};

/// One segment to draw: the figure of one series in one bar.
struct ChartSegmentInput {
  /// Index into ChartData::series.
  std::size_t series = 0;
  /// The figure, in the chart's unit; zero and negative figures get no segment.
  double value = 0.0;
};

/// One bar to draw: an option.
struct ChartBarInput {
  /// Bar label (option title).
  std::string label;
  /// The option total from the report model, printed beside the bar.
  double total = 0.0;
  /// 5th percentile of the total (Monte Carlo run), drawn as the left end of the error bar.
  std::optional<double> p5;
  /// 95th percentile of the total, the right end of the error bar.
  std::optional<double> p95;
  /// Segments in stacking order.
  std::vector<ChartSegmentInput> segments;
};

/// Everything a chart shows, before layout.
struct ChartData {
  /// Series in legend order.
  std::vector<ChartSeries> series;
  /// Bars from top to bottom.
  std::vector<ChartBarInput> bars;
};

/// Words and identity of one chart.
struct ChartText {
  /// Unique element id within the page, e.g. "chart-gwp".
  std::string dom_id;
  /// Accessible title.
  std::string title;
  /// Opening sentence of the accessible description.
  std::string desc;
  /// Unit symbol of the figures.
  std::string unit;
  /// Words before an interval in the accessible text ("90% interval"); used when bars have one.
  std::string interval;
};

/// A drawn segment, in SVG user units.
struct SegmentBox {
  /// Index into ChartData::series.
  std::size_t series = 0;
  /// The figure it stands for.
  double value = 0.0;
  /// Left edge.
  double x = 0.0;
  /// Width (always > 0).
  double width = 0.0;
};

/// A drawn bar.
struct BarBox {
  /// Baseline of the label line above the bar.
  double label_y = 0.0;
  /// Top of the bar.
  double y = 0.0;
  /// Segments with a positive figure, left to right.
  std::vector<SegmentBox> segments;
  /// Whether the bar has an error bar.
  bool has_whisker = false;
  /// Left end of the error bar (5th percentile).
  double whisker_left = 0.0;
  /// Right end of the error bar (95th percentile).
  double whisker_right = 0.0;
  /// Vertical position of the error bar, just under the bar.
  double whisker_y = 0.0;
};

/// An axis tick.
struct AxisTick {
  /// Value at the tick, in the chart's unit.
  double value = 0.0;
  /// Horizontal position.
  double x = 0.0;
};

/// Geometry of a whole chart.
struct ChartLayout {
  /// SVG width.
  double width = 0.0;
  /// SVG height.
  double height = 0.0;
  /// Left end of the value axis.
  double plot_left = 0.0;
  /// Right end of the value axis.
  double plot_right = 0.0;
  /// Height of every bar.
  double bar_height = 0.0;
  /// Vertical position of the value axis.
  double axis_y = 0.0;
  /// Bars, in ChartData order.
  std::vector<BarBox> bars;
  /// Ticks from zero to the axis end, evenly spaced at a 1, 2, 2.5 or 5 × 10ⁿ step.
  std::vector<AxisTick> ticks;
};

/// Lays out `data` in an SVG `width` units wide; the axis reaches the longest stack or the
/// highest 95th percentile.
ChartLayout layout_stacked_bars(const ChartData& data, double width);

/// The mustache view of a laid-out chart (for templates/chart.svg.mustache).
mstch::map chart_view(const ChartData& data, const ChartLayout& layout, const ChartText& text,
                      Language language);

/// Colour class index ("series-N" in report.css) of the `series`-th series.
std::size_t series_colour(std::size_t series);

}  // namespace empreinte::report::html
