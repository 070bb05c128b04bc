#pragma once
/// @file samples.h
/// The numeric carrier of every quantity: an array of Monte Carlo samples. A point estimate is
/// an array of one sample, so point runs and uncertainty runs share one code path (DESIGN.md).

#include <Eigen/Core>

namespace empreinte {

/// Samples of one scalar quantity, one entry per Monte Carlo draw (N = 1 for a point run).
using Samples = Eigen::ArrayXd;

/// An array of `count` samples that all hold `value`.
inline Samples constant_samples(Eigen::Index count, double value) {
  return Samples::Constant(count, value);
}

}  // namespace empreinte
