#include "engine/uncertainty/sensitivity.h"

#include <algorithm>
#include <cmath>

namespace empreinte {

std::size_t sensitivity_class_count(std::size_t draws) {
  return std::clamp<std::size_t>(
      static_cast<std::size_t>(std::floor(std::sqrt(static_cast<double>(draws)))), 2,
      kMaxSensitivityClasses);
}

std::vector<Driver> rank_drivers(const Samples& output,
                                 const std::vector<UncertainVariable>& variables,
                                 const std::vector<std::size_t>& candidates, std::size_t limit) {
  std::vector<Driver> drivers;
  const Eigen::Index count = output.size() - 1;
  if (count < static_cast<Eigen::Index>(kMinDrawsForSensitivity)) return drivers;
  const auto draws = static_cast<std::size_t>(count);
  const double* y = output.data() + 1;  // the draws, sample 0 being the central value
  const double mean = output.tail(count).mean();
  const double total = (output.tail(count) - mean).square().sum();
  // A spread under 1e-12 of the output's size is rounding, not uncertainty: nothing to explain.
  const double spread = std::sqrt(total / static_cast<double>(draws));
  if (!(spread > 1e-12 * output.tail(count).abs().maxCoeff())) return drivers;

  const std::size_t classes = sensitivity_class_count(draws);
  const double bias = static_cast<double>(classes - 1) / static_cast<double>(draws - 1);
  const std::size_t tenth = draws / 10;
  // For an input of no effect, Ŝ·(N − 1)/(1 − S) is close to a χ² of B − 1 degrees of freedom,
  // so Ŝ spreads by √(2(B − 1))/(N − 1) around c: indices within three such spreads of zero
  // cannot be told from noise and are not reported.
  const double noise = 3.0 * std::sqrt(2.0 * static_cast<double>(classes - 1)) /
                       static_cast<double>(draws - 1) / (1.0 - bias);
  for (const std::size_t v : candidates) {
    const std::vector<std::uint32_t>& order = variables[v].draw_of_stratum;
    if (order.size() != draws) continue;
    // Classes are runs of consecutive strata: class c holds strata [c·N/B, (c+1)·N/B).
    double between = 0.0;
    std::size_t k = 0;
    for (std::size_t c = 0; c < classes; ++c) {
      const std::size_t end = (c + 1) * draws / classes;
      const std::size_t begin = k;
      double sum = 0.0;
      for (; k < end; ++k) sum += y[order[k]];
      const double size = static_cast<double>(end - begin);
      const double deviation = sum / size - mean;
      between += size * deviation * deviation;
    }
    const double raw = between / total;
    const double corrected = std::max(0.0, (raw - bias) / (1.0 - bias));
    if (corrected <= noise) continue;
    double low_sum = 0.0;
    double high_sum = 0.0;
    for (std::size_t j = 0; j < tenth; ++j) {
      low_sum += y[order[j]];
      high_sum += y[order[draws - 1 - j]];
    }
    const auto n = static_cast<double>(tenth);
    drivers.push_back({v, std::min(corrected, 1.0), low_sum / n, high_sum / n});
  }
  std::stable_sort(drivers.begin(), drivers.end(),
                   [](const Driver& a, const Driver& b) { return a.first_order > b.first_order; });
  if (drivers.size() > limit) drivers.resize(limit);
  return drivers;
}

}  // namespace empreinte
