#pragma once
/// @file figure.h
/// One figure of a report: its central value and what the Monte Carlo draws say of it. Shared by
/// the report and by the quantities the comparison derives (differences, scores).

#include <optional>

namespace empreinte::report {

/// What the Monte Carlo draws say of a figure, in its unit.
struct FigureRange {
  /// Mean of the draws.
  double mean = 0.0;
  /// 5th percentile.
  double p5 = 0.0;
  /// Median.
  double p50 = 0.0;
  /// 95th percentile.
  double p95 = 0.0;
  /// Monte Carlo standard error of the mean.
  double standard_error = 0.0;
};

/// One figure of one criterion.
struct Figure {
  /// Central estimate: every input and factor at its central value, in the criterion's unit.
  double value = 0.0;
  /// The spread of the draws; absent for a point run.
  std::optional<FigureRange> range;
};

}  // namespace empreinte::report
