#pragma once
/// @file statistics.h
/// Summaries of Monte Carlo samples: mean, percentiles and the standard error of the mean, over
/// the draws (samples 1…N; sample 0 is the central value and is left out).

#include <optional>

#include "engine/core/samples.h"

namespace empreinte {

/// What the report prints beside a central value.
struct SampleSummary {
  /// Mean of the draws.
  double mean = 0.0;
  /// 5th percentile.
  double p5 = 0.0;
  /// Median.
  double p50 = 0.0;
  /// 95th percentile.
  double p95 = 0.0;
  /// Standard error of the mean: sample standard deviation ÷ √N.
  double standard_error = 0.0;
};

/// The summary of the draws of `samples`, or nullopt for a point run (one sample). Percentiles
/// interpolate linearly between order statistics (Hyndman & Fan 1996, definition 7, the default
/// of R and NumPy). Thread-safe: the memory it works in is per thread, and kept between calls.
std::optional<SampleSummary> summarize(const Samples& samples);

/// The share of draws where `a` is below `b`, ties counting one half: P(a < b).
double probability_lower(const Samples& a, const Samples& b);

}  // namespace empreinte
