#include "engine/uncertainty/statistics.h"

#include <algorithm>
#include <cmath>

#include "engine/core/check.h"

namespace empreinte {
namespace {

// The p-quantile of `values` (definition 7): with h = (n − 1)·p, x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ −
// x₍⌊h⌋₎). `values[from, end)` is partially reordered; the order statistics below `from` are
// already in place from earlier calls with smaller p.
double percentile(std::vector<double>& values, double p, std::size_t& from) {
  const double h = static_cast<double>(values.size() - 1) * p;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const auto begin = values.begin();
  std::nth_element(begin + static_cast<std::ptrdiff_t>(from),
                   begin + static_cast<std::ptrdiff_t>(below), values.end());
  const double lower = values[below];
  from = below + 1;
  if (below + 1 >= values.size()) return lower;
  // The next order statistic is the smallest value above position `below`.
  const double upper =
      *std::min_element(begin + static_cast<std::ptrdiff_t>(below + 1), values.end());
  return lower + (h - static_cast<double>(below)) * (upper - lower);
}

}  // namespace

std::optional<SampleSummary> summarize(const Samples& samples, std::vector<double>& scratch) {
  const Eigen::Index draws = samples.size() - 1;
  if (draws <= 0) return std::nullopt;
  const auto tail = samples.tail(draws);
  SampleSummary out;
  out.mean = tail.mean();
  const double lowest = tail.minCoeff();
  const double highest = tail.maxCoeff();
  if (lowest == highest) {
    out.p5 = out.p50 = out.p95 = lowest;
    return out;
  }
  if (draws > 1) {
    const double variance = (tail - out.mean).square().sum() / static_cast<double>(draws - 1);
    out.standard_error = std::sqrt(variance / static_cast<double>(draws));
  }
  scratch.assign(tail.begin(), tail.end());
  std::size_t from = 0;
  out.p5 = percentile(scratch, 0.05, from);
  out.p50 = percentile(scratch, 0.50, from);
  out.p95 = percentile(scratch, 0.95, from);
  // Interpolation can round a hair outside the draws' range; the order must hold exactly.
  out.p5 = std::clamp(out.p5, lowest, highest);
  out.p50 = std::clamp(out.p50, out.p5, highest);
  out.p95 = std::clamp(out.p95, out.p50, highest);
  return out;
}

double probability_lower(const Samples& a, const Samples& b) {
  EMPREINTE_CHECK(a.size() == b.size() && a.size() > 1, "two runs of the same draws");
  const Eigen::Index draws = a.size() - 1;
  const auto left = a.tail(draws);
  const auto right = b.tail(draws);
  const double lower = (left < right).cast<double>().sum();
  const double ties = (left == right).cast<double>().sum();
  return (lower + 0.5 * ties) / static_cast<double>(draws);
}

}  // namespace empreinte
