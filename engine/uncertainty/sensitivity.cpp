#include "engine/uncertainty/sensitivity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "engine/core/check.h"

namespace empreinte {

std::size_t sensitivity_class_count(std::size_t draws) {
  return std::clamp<std::size_t>(
      static_cast<std::size_t>(std::floor(std::sqrt(static_cast<double>(draws)))), 2,
      kMaxSensitivityClasses);
}

namespace {

// The most outputs ranked in one pass: the criteria of one option.
constexpr std::size_t kMaxOutputs = 8;

// An output that varies, and what its index needs besides its draws.
struct OutputMoments {
  std::size_t output = 0;  // its position among the outputs ranked
  double mean = 0.0;
  double total = 0.0;  // Σ (y − ȳ)²
};

// Σ_c n_c (ȳ_c − ȳ)² of each of `Width` outputs, the draws of output j being column j of the
// row-major `table`, for the classes of one input (`order`: the draw of each stratum). The
// width is a template argument so that the class sums stay in registers.
template <std::size_t Width>
std::array<double, kMaxOutputs> between_classes(const double* table, const std::uint32_t* order,
                                                std::size_t draws, std::size_t classes,
                                                const std::vector<OutputMoments>& moments) {
  std::array<double, kMaxOutputs> between{};
  std::size_t k = 0;
  for (std::size_t c = 0; c < classes; ++c) {
    const std::size_t end = (c + 1) * draws / classes;
    const std::size_t begin = k;
    std::array<double, Width> sum{};
    for (; k < end; ++k) {
      const double* y = table + std::size_t{order[k]} * Width;
      for (std::size_t j = 0; j < Width; ++j) sum[j] += y[j];
    }
    const double size = static_cast<double>(end - begin);
    for (std::size_t j = 0; j < Width; ++j) {
      const double deviation = sum[j] / size - moments[j].mean;
      between[j] += size * deviation * deviation;
    }
  }
  return between;
}

// between_classes() for a width known at run time.
std::array<double, kMaxOutputs> between_classes(const double* table, const std::uint32_t* order,
                                                std::size_t draws, std::size_t classes,
                                                const std::vector<OutputMoments>& moments) {
  using Kernel =
      std::array<double, kMaxOutputs> (*)(const double*, const std::uint32_t*, std::size_t,
                                          std::size_t, const std::vector<OutputMoments>&);
  static constexpr auto kKernels = []<std::size_t... W>(std::index_sequence<W...>) {
    return std::array<Kernel, kMaxOutputs>{&between_classes<W + 1>...};
  }
  (std::make_index_sequence<kMaxOutputs>{});
  return kKernels[moments.size() - 1](table, order, draws, classes, moments);
}

}  // namespace

std::vector<std::vector<Driver>> rank_drivers(std::span<const Samples* const> outputs,
                                              const std::vector<UncertainVariable>& variables,
                                              const std::vector<std::size_t>& candidates,
                                              std::size_t limit) {
  EMPREINTE_CHECK(outputs.size() <= kMaxOutputs, std::to_string(outputs.size()));
  std::vector<std::vector<Driver>> drivers(outputs.size());
  if (outputs.empty()) return drivers;
  const Eigen::Index count = outputs.front()->size() - 1;
  if (count < static_cast<Eigen::Index>(kMinDrawsForSensitivity)) return drivers;
  const auto draws = static_cast<std::size_t>(count);

  // The outputs that vary, the draws of each (sample 0 is the central value) side by side, so
  // that reading the draws of one stratum of an input brings every output's in one cache line.
  std::vector<OutputMoments> varying;
  for (std::size_t o = 0; o < outputs.size(); ++o) {
    const auto y = outputs[o]->tail(count);
    const double mean = y.mean();
    const double total = (y - mean).square().sum();
    // A spread under 1e-12 of the output's size is rounding, not uncertainty: nothing to explain.
    const double spread = std::sqrt(total / static_cast<double>(draws));
    if (!(spread > 1e-12 * y.abs().maxCoeff())) continue;
    varying.push_back({o, mean, total});
  }
  const std::size_t width = varying.size();
  if (width == 0) return drivers;
  Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> table(count, width);
  for (std::size_t j = 0; j < width; ++j) {
    table.col(static_cast<Eigen::Index>(j)) = outputs[varying[j].output]->tail(count).matrix();
  }
  const auto row = [&table](std::uint32_t draw) { return table.data() + draw * table.cols(); };

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
    const std::array<double, kMaxOutputs> between =
        between_classes(table.data(), order.data(), draws, classes, varying);
    for (std::size_t j = 0; j < width; ++j) {
      const double raw = between[j] / varying[j].total;
      const double corrected = std::max(0.0, (raw - bias) / (1.0 - bias));
      if (corrected <= noise) continue;
      double low_sum = 0.0;
      double high_sum = 0.0;
      for (std::size_t i = 0; i < tenth; ++i) {
        low_sum += row(order[i])[j];
        high_sum += row(order[draws - 1 - i])[j];
      }
      const auto n = static_cast<double>(tenth);
      drivers[varying[j].output].push_back(
          {v, std::min(corrected, 1.0), low_sum / n, high_sum / n});
    }
  }
  for (std::vector<Driver>& ranked : drivers) {
    std::stable_sort(ranked.begin(), ranked.end(), [](const Driver& a, const Driver& b) {
      return a.first_order > b.first_order;
    });
    if (ranked.size() > limit) ranked.resize(limit);
  }
  return drivers;
}

}  // namespace empreinte
