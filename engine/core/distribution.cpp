#include "engine/core/distribution.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include "engine/core/check.h"

namespace empreinte {
namespace {

constexpr std::array<std::pair<DistributionShape, std::string_view>, 5> kShapeNames = {{
    {DistributionShape::kFixed, "fixed"},
    {DistributionShape::kUniform, "uniform"},
    {DistributionShape::kTriangular, "triangular"},
    {DistributionShape::kNormal, "normal"},
    {DistributionShape::kLognormal, "lognormal"},
}};

// c[0] + c[1]·x + … + c[7]·x⁷, by Horner's rule.
double polynomial(const std::array<double, 8>& c, double x) {
  double value = c[7];
  for (int i = 6; i >= 0; --i) value = value * x + c[static_cast<std::size_t>(i)];
  return value;
}

double lower_or(const Distribution& d, double otherwise) { return d.low.value_or(otherwise); }
double upper_or(const Distribution& d, double otherwise) { return d.high.value_or(otherwise); }

// The probability interval [Φ(a), Φ(b)] a truncation keeps, for a standard normal variable whose
// bounds are a and b in standard units (±∞ when absent).
std::pair<double, double> kept_probabilities(double a, double b) {
  return {std::isfinite(a) ? standard_normal_cdf(a) : 0.0,
          std::isfinite(b) ? standard_normal_cdf(b) : 1.0};
}

// Standard-unit bounds of a normal (x − μ)/σ, or of a lognormal (ln x − ln m)/ln g.
std::pair<double, double> standard_bounds(const Distribution& d) {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  if (d.shape == DistributionShape::kNormal) {
    return {d.low ? (*d.low - d.central) / d.spread : -kInfinity,
            d.high ? (*d.high - d.central) / d.spread : kInfinity};
  }
  const double log_gsd = std::log(d.spread);
  return {d.low ? (std::log(*d.low) - std::log(d.central)) / log_gsd : -kInfinity,
          d.high ? (std::log(*d.high) - std::log(d.central)) / log_gsd : kInfinity};
}

}  // namespace

std::string_view shape_name(DistributionShape shape) {
  for (const auto& [candidate, name] : kShapeNames) {
    if (candidate == shape) return name;
  }
  return "fixed";
}

std::optional<DistributionShape> shape_from_name(std::string_view name) {
  for (const auto& [shape, candidate] : kShapeNames) {
    if (candidate == name) return shape;
  }
  return std::nullopt;
}

bool Distribution::varies() const {
  switch (shape) {
    case DistributionShape::kFixed:
      return false;
    case DistributionShape::kUniform:
    case DistributionShape::kTriangular:
      return *low < *high;
    case DistributionShape::kNormal:
      return spread > 0.0;
    case DistributionShape::kLognormal:
      return spread > 1.0;
  }
  return false;
}

std::string distribution_problem(const Distribution& d) {
  if (d.low && d.high && *d.low > *d.high) return "low must not exceed high";
  switch (d.shape) {
    case DistributionShape::kFixed:
      return {};
    case DistributionShape::kUniform:
    case DistributionShape::kTriangular:
      if (!d.low || !d.high) return "needs both low and high";
      if (d.central < *d.low || d.central > *d.high) {
        return d.shape == DistributionShape::kTriangular ? "mode must lie between low and high"
                                                         : "value must lie between low and high";
      }
      return {};
    case DistributionShape::kNormal:
      if (!(d.spread >= 0.0) || !std::isfinite(d.spread)) return "sd must be 0 or more";
      break;
    case DistributionShape::kLognormal:
      if (!(d.central > 0.0)) return "median must be greater than 0";
      if (!(d.spread >= 1.0) || !std::isfinite(d.spread)) return "gsd must be 1 or more";
      if (d.low && *d.low <= 0.0) return "low of a lognormal must be greater than 0";
      break;
  }
  if ((d.low && d.central < *d.low) || (d.high && d.central > *d.high)) {
    return d.shape == DistributionShape::kNormal ? "mean must lie between low and high"
                                                 : "median must lie between low and high";
  }
  if (d.varies()) {
    const auto [a, b] = standard_bounds(d);
    const auto [p_low, p_high] = kept_probabilities(a, b);
    if (!(p_high > p_low)) return "low and high leave no probability to draw from";
  }
  return {};
}

double quantile(const Distribution& d, double probability) {
  EMPREINTE_CHECK(probability > 0.0 && probability < 1.0, std::to_string(probability));
  quantiles_in_place(d, &probability, 1);
  return probability;
}

void quantiles_in_place(const Distribution& d, double* values, std::size_t count) {
  const auto each = [values, count](auto&& quantile_of) {
    for (std::size_t i = 0; i < count; ++i) values[i] = quantile_of(values[i]);
  };
  if (!d.varies() || d.shape == DistributionShape::kFixed) {
    std::fill_n(values, count, d.central);
    return;
  }
  switch (d.shape) {
    case DistributionShape::kFixed:
      return;
    case DistributionShape::kUniform:
      each([&d](double p) { return *d.low + p * (*d.high - *d.low); });
      return;
    case DistributionShape::kTriangular: {
      // F(x) = (x − a)² / ((b − a)(c − a)) below the mode c, 1 − (b − x)² / ((b − a)(b − c))
      // above it; inverted piecewise. Written without a branch (the side of the mode is as likely
      // as not), in two loops: the square for the side first, then one root of it. In one loop,
      // GCC takes the root of both sides and keeps one, twice the square roots.
      const double a = *d.low;
      const double b = *d.high;
      const double c = d.central;
      const double width = b - a;
      const double mode_probability = (c - a) / width;
      thread_local std::vector<double> squares;
      squares.resize(count);
      for (std::size_t i = 0; i < count; ++i) {
        const double p = values[i];
        squares[i] = p < mode_probability ? p * width * (c - a) : (1.0 - p) * width * (b - c);
      }
      for (std::size_t i = 0; i < count; ++i) {
        const double root = std::sqrt(squares[i]);
        values[i] = values[i] < mode_probability ? a + root : b - root;
      }
      return;
    }
    case DistributionShape::kNormal:
    case DistributionShape::kLognormal: {
      // Truncation by inversion: draw p′ uniformly in [Φ(a), Φ(b)], then z = Φ⁻¹(p′).
      const auto [a, b] = standard_bounds(d);
      const auto [p_low, p_high] = kept_probabilities(a, b);
      const bool normal = d.shape == DistributionShape::kNormal;
      const double log_gsd = normal ? 0.0 : std::log(d.spread);
      each([&, p_low = p_low, p_high = p_high](double p) {
        const double kept = p_low + p * (p_high - p_low);
        const double z = standard_normal_quantile(std::clamp(kept, 1e-300, 1.0 - 1e-16));
        const double value = normal ? d.central + d.spread * z : d.central * std::exp(log_gsd * z);
        // Rounding at the edge of a truncation must not step outside the bounds.
        return std::clamp(value, lower_or(d, value), upper_or(d, value));
      });
      return;
    }
  }
}

double standard_normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double standard_normal_quantile(double probability) {
  EMPREINTE_CHECK(probability > 0.0 && probability < 1.0, std::to_string(probability));
  // Wichura (1988), "The percentage points of the normal distribution", Applied Statistics 37(3),
  // 477–484, algorithm AS 241 (PPND16): three rational approximations, for the centre
  // |p − ½| ≤ 0.425, the near tail r = √(−ln min(p, 1 − p)) ≤ 5 and the far tail.
  static constexpr std::array<double, 8> kCentreNumerator = {
      3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
      1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
      3.3430575583588128105e4, 2.5090809287301226727e3};
  static constexpr std::array<double, 8> kCentreDenominator = {1.0,
                                                               4.2313330701600911252e1,
                                                               6.8718700749205790830e2,
                                                               5.3941960214247511077e3,
                                                               2.1213794301586595867e4,
                                                               3.9307895800092710610e4,
                                                               2.8729085735721942674e4,
                                                               5.2264952788528545610e3};
  static constexpr std::array<double, 8> kNearNumerator = {
      1.42343711074968357734e0,  4.63033784615654529590e0, 5.76949722146069140550e0,
      3.64784832476320460504e0,  1.27045825245236838258e0, 2.41780725177450611770e-1,
      2.27238449892691845833e-2, 7.74545014278341407640e-4};
  static constexpr std::array<double, 8> kNearDenominator = {1.0,
                                                             2.05319162663775882187e0,
                                                             1.67638483018380384940e0,
                                                             6.89767334985100004550e-1,
                                                             1.48103976427480074590e-1,
                                                             1.51986665636164571966e-2,
                                                             5.47593808499534494600e-4,
                                                             1.05075007164441684324e-9};
  static constexpr std::array<double, 8> kFarNumerator = {
      6.65790464350110377720e0,  5.46378491116411436990e0,  1.78482653991729133580e0,
      2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
      2.71155556874348757815e-5, 2.01033439929228813265e-7};
  static constexpr std::array<double, 8> kFarDenominator = {1.0,
                                                            5.99832206555887937690e-1,
                                                            1.36929880922735805310e-1,
                                                            1.48753612908506148525e-2,
                                                            7.86869131145613259100e-4,
                                                            1.84631831751005468180e-5,
                                                            1.42151175831644588870e-7,
                                                            2.04426310338993978564e-15};
  const double q = probability - 0.5;
  if (std::abs(q) <= 0.425) {
    const double r = 0.180625 - q * q;
    return q * polynomial(kCentreNumerator, r) / polynomial(kCentreDenominator, r);
  }
  double r = std::sqrt(-std::log(q < 0.0 ? probability : 1.0 - probability));
  double value = 0.0;
  if (r <= 5.0) {
    r -= 1.6;
    value = polynomial(kNearNumerator, r) / polynomial(kNearDenominator, r);
  } else {
    r -= 5.0;
    value = polynomial(kFarNumerator, r) / polynomial(kFarDenominator, r);
  }
  return q < 0.0 ? -value : value;
}

}  // namespace empreinte
