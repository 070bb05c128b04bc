#pragma once
/// @file svg_geometry.h
/// Geometry shared by the inline SVG charts: readable axis steps and coordinates as text. Chart
/// geometry only; the figures a chart shows are printed with format_display.

#include <string>
#include <vector>

namespace empreinte::report::html {

/// The smallest 1, 2, 2.5 or 5 × 10ⁿ at least `raw` (> 0): the step of a readable axis.
double nice_step(double raw);

/// A coordinate as SVG text: one decimal, trailing ".0" dropped, never "-0".
std::string coordinate(double value);

/// Tick values of a readable axis covering [`low`, `high`] with about `intervals` steps: the
/// first tick at or below `low`, the last at or above `high`, evenly spaced.
std::vector<double> axis_ticks(double low, double high, int intervals);

}  // namespace empreinte::report::html
