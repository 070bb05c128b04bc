#pragma once
/// @file scatter_chart.h
/// Scatter plots in inline SVG: one numbered point per option, a criterion across and another
/// up (cost against climate change), and for a Monte Carlo run error bars from the 5th to the
/// 95th percentile on both axes. Each point is labelled with its option beside it where the label
/// fits without covering another; the number always names it. Layout is chart geometry only
/// (scales, ticks, positions); the figures come from the report model and are printed with
/// format_display. The markup is templates/scatter.svg.mustache.

#include <cstddef>
#include <mstch/mstch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "reports/model/number_format.h"

namespace empreinte::report::html {

/// One figure of a point on one axis, with its 90 % interval when it shows.
struct ScatterValue {
  /// Central value, in the axis unit.
  double value = 0.0;
  /// 5th percentile (Monte Carlo run, when the draws move the figure).
  std::optional<double> p5;
  /// 95th percentile.
  std::optional<double> p95;
};

/// One point to draw: an option.
struct ScatterPointInput {
  /// Option title.
  std::string label;
  /// Across (x).
  ScatterValue x;
  /// Up (y).
  ScatterValue y;
  /// Drawn as an open marker and said so: one of its figures is known to be understated.
  bool understated = false;
};

/// Words and identity of one scatter plot.
struct ScatterText {
  /// Unique element id within the page, e.g. "scatter-cost-gwp".
  std::string dom_id;
  /// Accessible title.
  std::string title;
  /// Opening sentence of the accessible description.
  std::string desc;
  /// Name of the criterion across, for the axis title and the description.
  std::string x_name;
  /// Its unit.
  std::string x_unit;
  /// Name of the criterion up.
  std::string y_name;
  /// Its unit.
  std::string y_unit;
  /// Title of the axis across ("Climate change (GWP), in kgCO2e").
  std::string x_title;
  /// Title of the axis up.
  std::string y_title;
  /// Words before an interval in the accessible text ("90% interval").
  std::string interval;
  /// Words for a point drawn open ("cost understated: some costs have no price").
  std::string understated;
};

/// A drawn point, in SVG user units.
struct ScatterPointBox {
  /// Centre across.
  double cx = 0.0;
  /// Centre up (SVG y grows downwards).
  double cy = 0.0;
  /// Whether the point has a horizontal error bar, and its ends.
  bool has_x_whisker = false;
  /// Left end of the horizontal error bar.
  double x_low = 0.0;
  /// Right end of the horizontal error bar.
  double x_high = 0.0;
  /// Whether the point has a vertical error bar, and its ends.
  bool has_y_whisker = false;
  /// Bottom end of the vertical error bar (5th percentile, larger SVG y).
  double y_low = 0.0;
  /// Top end of the vertical error bar (95th percentile).
  double y_high = 0.0;
  /// Whether the option's label is drawn beside the point.
  bool has_label = false;
  /// Code points of the label kept (the rest cut with "…").
  std::size_t label_chars = 0;
  /// Label anchor position.
  double label_x = 0.0;
  /// Label baseline.
  double label_y = 0.0;
  /// SVG text-anchor of the label: "start", "middle" or "end".
  std::string label_anchor;
};

/// An axis tick: its value and its position along the axis.
struct ScatterTick {
  /// Value at the tick, in the axis unit.
  double value = 0.0;
  /// Position (x for the axis across, y for the axis up).
  double position = 0.0;
};

/// Geometry of a whole scatter plot.
struct ScatterLayout {
  /// SVG width.
  double width = 0.0;
  /// SVG height.
  double height = 0.0;
  /// Plot area: left edge.
  double plot_left = 0.0;
  /// Plot area: right edge.
  double plot_right = 0.0;
  /// Plot area: top edge.
  double plot_top = 0.0;
  /// Plot area: bottom edge (the axis across).
  double plot_bottom = 0.0;
  /// Points, in input order.
  std::vector<ScatterPointBox> points;
  /// Ticks across, evenly spaced at a 1, 2, 2.5 or 5 × 10ⁿ step, from zero or below.
  std::vector<ScatterTick> x_ticks;
  /// Ticks up.
  std::vector<ScatterTick> y_ticks;
};

/// Radius of a point's marker, in SVG user units.
inline constexpr double kScatterMarkerRadius = 9.0;

/// Lays out `points` in an SVG `width` by `height` units; both axes start at zero (or below it
/// for a negative figure) and reach every central value and every 95th percentile. Tick labels
/// are sized in `language` to leave room for them.
ScatterLayout layout_scatter(const std::vector<ScatterPointInput>& points, double width,
                             double height, Language language);

/// The mustache view of a laid-out scatter plot (for templates/scatter.svg.mustache).
mstch::map scatter_view(const std::vector<ScatterPointInput>& points, const ScatterLayout& layout,
                        const ScatterText& text, Language language);

}  // namespace empreinte::report::html
