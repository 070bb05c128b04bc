#pragma once
/// @file distribution.h
/// The probability distribution of one uncertain scalar (a factor or an input), in the canonical
/// unit of its quantity, and its quantile function, from which the sampler draws.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace empreinte {

/// Shape of a distribution.
enum class DistributionShape {
  kFixed,       ///< no spread: every draw is the central value.
  kUniform,     ///< flat between low and high.
  kTriangular,  ///< low, mode, high.
  kNormal,      ///< mean and standard deviation, truncated to [low, high] when given.
  kLognormal    ///< median and geometric standard deviation, truncated to [low, high].
};

/// The TOML word of a shape ("triangular").
std::string_view shape_name(DistributionShape shape);
/// The shape a TOML word names, if any.
std::optional<DistributionShape> shape_from_name(std::string_view name);

/// An uncertain scalar. `central` is the value of a point run: the stated value of a factor, the
/// mode of a triangular, the mean of a normal, the median of a lognormal, and the midpoint of a
/// uniform written by a user.
struct Distribution {
  /// Shape.
  DistributionShape shape = DistributionShape::kFixed;
  /// Value of a point run, canonical unit.
  double central = 0.0;
  /// Lower bound: the support of uniform and triangular, a truncation of normal and lognormal.
  std::optional<double> low;
  /// Upper bound, as `low`.
  std::optional<double> high;
  /// Normal: standard deviation (canonical unit). Lognormal: geometric standard deviation (≥ 1,
  /// no unit). Unused otherwise.
  double spread = 0.0;

  /// A value without spread.
  static Distribution fixed(double value) { return {DistributionShape::kFixed, value, {}, {}, 0}; }
  /// Whether draws can differ from the central value.
  bool varies() const;
};

/// Why `d` cannot be sampled ("low must be below high"), or empty when it can.
std::string distribution_problem(const Distribution& d);

/// The value below which a share `probability` (0 < p < 1) of draws falls: the inverse of the
/// cumulative distribution function, truncation included. `d` must have no problem.
double quantile(const Distribution& d, double probability);

/// quantile() of each of the `count` probabilities at `values` (each 0 < p < 1, unchecked),
/// written over them: the distribution's constants are worked out once for the whole array.
void quantiles_in_place(const Distribution& d, double* values, std::size_t count);

/// The standard normal quantile Φ⁻¹(p), 0 < p < 1, to about 1e-15 relative accuracy
/// (Wichura 1988, algorithm AS 241, PPND16).
double standard_normal_quantile(double probability);

/// The standard normal cumulative distribution Φ(x) = erfc(−x/√2) / 2.
double standard_normal_cdf(double x);

}  // namespace empreinte
