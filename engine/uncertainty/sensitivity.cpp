#include "engine/uncertainty/sensitivity.h"

#include <algorithm>
#include <cmath>

namespace empreinte {
namespace {

// Number of classes for N draws: ⌊√N⌋ within [2, 50].
std::size_t class_count(std::size_t draws) {
  return std::clamp<std::size_t>(
      static_cast<std::size_t>(std::floor(std::sqrt(static_cast<double>(draws)))), 2, 50);
}

}  // namespace

std::vector<Driver> rank_drivers(const Samples& output,
                                 const std::vector<UncertainVariable>& variables,
                                 std::size_t limit) {
  std::vector<Driver> drivers;
  const Eigen::Index count = output.size() - 1;
  if (count < static_cast<Eigen::Index>(kMinDrawsForSensitivity)) return drivers;
  const auto draws = static_cast<std::size_t>(count);
  const auto y = output.tail(count);
  const double mean = y.mean();
  const double total = (y - mean).square().sum();
  // A spread under 1e-12 of the output's size is rounding, not uncertainty: nothing to explain.
  const double spread = std::sqrt(total / static_cast<double>(draws));
  if (!(spread > 1e-12 * y.abs().maxCoeff())) return drivers;

  const std::size_t classes = class_count(draws);
  const double bias = static_cast<double>(classes - 1) / static_cast<double>(draws - 1);  // c above
  const std::uint32_t tenth = static_cast<std::uint32_t>(draws / 10);
  std::vector<double> sums(classes);
  std::vector<std::size_t> sizes(classes);
  for (std::size_t v = 0; v < variables.size(); ++v) {
    const std::vector<std::uint32_t>& strata = variables[v].strata;
    if (strata.size() != draws) continue;
    std::fill(sums.begin(), sums.end(), 0.0);
    std::fill(sizes.begin(), sizes.end(), 0);
    double low_sum = 0.0;
    double high_sum = 0.0;
    for (std::size_t i = 0; i < draws; ++i) {
      const std::uint32_t stratum = strata[i];
      const double value = y(static_cast<Eigen::Index>(i));
      const std::size_t c = static_cast<std::size_t>(stratum) * classes / draws;
      sums[c] += value;
      ++sizes[c];
      if (stratum < tenth) low_sum += value;
      if (stratum >= draws - tenth) high_sum += value;
    }
    double between = 0.0;
    for (std::size_t c = 0; c < classes; ++c) {
      if (sizes[c] == 0) continue;
      const double class_mean = sums[c] / static_cast<double>(sizes[c]);
      between += static_cast<double>(sizes[c]) * (class_mean - mean) * (class_mean - mean);
    }
    const double raw = between / total;
    const double corrected = std::max(0.0, (raw - bias) / (1.0 - bias));
    if (corrected <= 0.0) continue;
    drivers.push_back({v, std::min(corrected, 1.0), low_sum / tenth, high_sum / tenth});
  }
  std::stable_sort(drivers.begin(), drivers.end(),
                   [](const Driver& a, const Driver& b) { return a.first_order > b.first_order; });
  if (drivers.size() > limit) drivers.resize(limit);
  return drivers;
}

}  // namespace empreinte
