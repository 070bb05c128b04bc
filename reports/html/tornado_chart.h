#pragma once
/// @file tornado_chart.h
/// Tornado charts in inline SVG: for one option and one criterion, one horizontal bar per
/// uncertain input, from the mean total when the input is in its lowest tenth to the mean total
/// when it is in its highest tenth, around the mean of all draws. Inputs come in the report
/// model's order (largest first-order index first). Layout is chart geometry only; the figures
/// come from the report model and are printed with format_display. The markup is
/// templates/tornado.svg.mustache.

#include <mstch/mstch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "reports/model/number_format.h"

namespace empreinte::report::html {

/// One input of the chart.
struct TornadoBarInput {
  /// What the input is (the driver label).
  std::string label;
  /// Its share of the variance, already worded ("46.3% of the variance").
  std::string share;
  /// Mean total when the input is in its lowest tenth, in the chart's unit.
  double low_mean = 0.0;
  /// Mean total when the input is in its highest tenth.
  double high_mean = 0.0;
};

/// Everything a tornado chart shows, before layout.
struct TornadoData {
  /// Mean of all draws of the total, where the bars meet.
  double mean = 0.0;
  /// Inputs from top to bottom.
  std::vector<TornadoBarInput> bars;
};

/// Words and identity of one tornado chart.
struct TornadoText {
  /// Unique element id within the page, e.g. "tornado-api-gwp".
  std::string dom_id;
  /// Accessible title.
  std::string title;
  /// Opening sentence of the accessible description.
  std::string desc;
  /// Unit symbol of the figures.
  std::string unit;
  /// Words for the half of a bar where the input is in its lowest tenth.
  std::string low_words;
  /// Words for the half where it is in its highest tenth.
  std::string high_words;
  /// Label of the line at the mean, with its figure ("mean 300 kgCO2e").
  std::string mean_label;
};

/// A drawn input row, in SVG user units.
struct TornadoRow {
  /// Baseline of the label line above the bar.
  double label_y = 0.0;
  /// Top of the bar.
  double y = 0.0;
  /// Left edge and width of the lowest-tenth half (width 0: not drawn).
  double low_x = 0.0;
  /// Width of the lowest-tenth half.
  double low_width = 0.0;
  /// Left edge of the highest-tenth half.
  double high_x = 0.0;
  /// Width of the highest-tenth half.
  double high_width = 0.0;
};

/// Geometry of a whole tornado chart.
struct TornadoLayout {
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
  /// Horizontal position of the mean.
  double mean_x = 0.0;
  /// Top of the line at the mean.
  double mean_top = 0.0;
  /// Vertical position of the value axis.
  double axis_y = 0.0;
  /// Rows, in TornadoData order.
  std::vector<TornadoRow> rows;
  /// Ticks covering every bar end and the mean, evenly spaced at a 1, 2, 2.5 or 5 × 10ⁿ step:
  /// value and horizontal position.
  std::vector<std::pair<double, double>> ticks;
};

/// Lays out `data` in an SVG `width` units wide.
TornadoLayout layout_tornado(const TornadoData& data, double width);

/// The mustache view of a laid-out tornado chart (for templates/tornado.svg.mustache).
mstch::map tornado_view(const TornadoData& data, const TornadoLayout& layout,
                        const TornadoText& text, Language language);

}  // namespace empreinte::report::html
