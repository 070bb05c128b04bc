#include "engine/uncertainty/statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "engine/core/check.h"

namespace empreinte {
namespace {

// Most buckets of the selection below; it uses about one per four draws, so that each holds a
// few.
constexpr std::size_t kMaxBuckets = 1024;

// The percentiles of definition 7 need, for p in {5 %, 50 %, 95 %}, the order statistics of
// ranks ⌊h⌋ and ⌊h⌋ + 1 with h = (n − 1)·p: six ranks in all.
struct OrderStatistics {
  std::array<std::size_t, 6> ranks{};
  std::array<double, 6> values{};
};

// Reusable memory of the selection.
struct SelectionScratch {
  std::vector<std::uint16_t> bucket;  // bucket of each draw
  std::vector<double> kept;           // the draws of the buckets holding a wanted rank
  std::vector<std::uint8_t> flag;     // whether each draw's bucket holds a wanted rank
};

// The start of every bucket: start[b] is the rank of the first draw of bucket b, start[B] = n.
using BucketStarts = std::array<std::uint32_t, kMaxBuckets + 1>;

// Puts each draw in one of equal-width buckets between `low` and `high` (draws outside fall in
// the first or last), in a loop the compiler vectorises, and counts them; returns the number of
// buckets. No width to cut (an infinite draw, no spread) leaves one bucket for every draw.
std::size_t bucket_draws(const double* draws, std::size_t n, double low, double high,
                         std::vector<std::uint16_t>& bucket_of, BucketStarts& start) {
  const bool width = std::isfinite(high - low) && high > low;
  const std::size_t buckets = width ? std::clamp<std::size_t>(n / 4, 1, kMaxBuckets) : 1;
  bucket_of.resize(n);
  std::uint16_t* const bucket = bucket_of.data();
  if (buckets > 1) {
    const double scale = static_cast<double>(buckets) / (high - low);
    const auto top = static_cast<double>(buckets - 1);
    for (std::size_t i = 0; i < n; ++i) {
      bucket[i] = static_cast<std::uint16_t>(
          static_cast<std::int32_t>(std::max(0.0, std::min((draws[i] - low) * scale, top))));
    }
  } else {
    std::fill_n(bucket, n, 0);
  }
  // Four histograms, so that a run of draws in one bucket does not wait on its own count.
  std::array<std::array<std::uint32_t, kMaxBuckets>, 4> counts;
  for (auto& count : counts) std::fill_n(count.begin(), buckets, 0U);
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    ++counts[0][bucket[i]];
    ++counts[1][bucket[i + 1]];
    ++counts[2][bucket[i + 2]];
    ++counts[3][bucket[i + 3]];
  }
  for (; i < n; ++i) ++counts[0][bucket[i]];
  start[0] = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    start[b + 1] = start[b] + counts[0][b] + counts[1][b] + counts[2][b] + counts[3][b];
  }
  return buckets;
}

// Copies the draws of the `wanted` buckets (at most six) into `kept`, each bucket's from
// `copied_at[b]` on. Each draw is flagged when its bucket is wanted, by comparisons the compiler
// vectorises; eight flags are then read at once, and the draws are collected only where one is
// set (a few blocks in a thousand).
void collect_buckets(const double* draws, std::size_t n, const std::uint16_t* bucket_of,
                     const std::array<std::uint16_t, 6>& wanted,
                     std::array<std::uint32_t, kMaxBuckets> cursor, SelectionScratch& scratch) {
  scratch.flag.resize(n);
  std::uint8_t* const flag = scratch.flag.data();
  for (std::size_t j = 0; j < n; ++j) {
    const std::uint16_t b = bucket_of[j];
    flag[j] = static_cast<std::uint8_t>((b == wanted[0]) | (b == wanted[1]) | (b == wanted[2]) |
                                        (b == wanted[3]) | (b == wanted[4]) | (b == wanted[5]));
  }
  const auto collect = [&](std::size_t j) {
    if (flag[j] == 0) return;
    scratch.kept[cursor[bucket_of[j]]++] = draws[j];
  };
  constexpr std::size_t kBlock = sizeof(std::uint64_t);
  std::size_t j = 0;
  for (; j + kBlock <= n; j += kBlock) {
    std::uint64_t block = 0;
    std::memcpy(&block, flag + j, kBlock);
    if (block == 0) continue;
    for (std::size_t t = 0; t < kBlock; ++t) collect(j + t);
  }
  for (; j < n; ++j) collect(j);
}

// Finds the order statistics of `ranks` among the draws in linear passes instead of a sort: the
// draws are counted into buckets between `low` and `high`, and only the buckets holding a
// wanted rank are collected and partially sorted. Each draw's bucket is worked out once and kept
// for the later passes, so the result is exact whatever the bounds; they only decide how many
// draws are sorted at the end.
void select(const double* draws, std::size_t n, double low, double high, OrderStatistics& wanted,
            SelectionScratch& scratch) {
  BucketStarts start;
  const std::size_t buckets = bucket_draws(draws, n, low, high, scratch.bucket, start);
  const auto first_rank = start.begin() + 1;
  const auto last_rank = start.begin() + static_cast<std::ptrdiff_t>(buckets) + 1;
  // The bucket of each wanted rank, and where its draws go in `kept` (others are skipped).
  constexpr std::uint32_t kSkipped = ~0U;
  std::array<std::uint32_t, kMaxBuckets> copied_at;
  std::fill_n(copied_at.begin(), buckets, kSkipped);
  std::array<std::uint16_t, 6> wanted_bucket{};
  std::uint32_t total = 0;
  for (std::size_t k = 0; k < wanted.ranks.size(); ++k) {
    const std::size_t b = static_cast<std::size_t>(
        std::upper_bound(first_rank, last_rank, wanted.ranks[k]) - first_rank);
    wanted_bucket[k] = static_cast<std::uint16_t>(b);
    if (copied_at[b] != kSkipped) continue;
    copied_at[b] = total;
    total += start[b + 1] - start[b];
  }
  scratch.kept.resize(total);
  collect_buckets(draws, n, scratch.bucket.data(), wanted_bucket, copied_at, scratch);
  for (std::size_t k = 0; k < wanted.ranks.size(); ++k) {
    const std::size_t b = wanted_bucket[k];
    const auto first = scratch.kept.begin() + copied_at[b];
    const auto last = first + (start[b + 1] - start[b]);
    const auto nth = first + static_cast<std::ptrdiff_t>(wanted.ranks[k] - start[b]);
    std::nth_element(first, nth, last);
    wanted.values[k] = *nth;
  }
}

}  // namespace

std::optional<SampleSummary> summarize(const Samples& samples) {
  const Eigen::Index draws = samples.size() - 1;
  if (draws <= 0) return std::nullopt;
  const auto tail = samples.tail(draws);
  SampleSummary out;
  out.mean = tail.mean();
  const auto n = static_cast<std::size_t>(draws);
  // Draws all equal (a value without uncertainty): no spread, and every percentile is the value
  // (the least, so that a −0 among +0 is told as the minimum would tell it).
  const double first = tail(0);
  if (std::all_of(tail.data(), tail.data() + n, [first](double x) { return x == first; })) {
    out.p5 = out.p50 = out.p95 = tail.minCoeff();
    return out;
  }
  double variance = 0.0;
  if (n > 1) {
    variance = (tail - out.mean).square().sum() / static_cast<double>(n - 1);
    out.standard_error = std::sqrt(variance / static_cast<double>(n));
  }
  // Definition 7: with h = (n − 1)·p, x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), ranks from 0.
  constexpr std::array<double, 3> kProbabilities = {0.05, 0.50, 0.95};
  std::array<double, 3> position{};
  OrderStatistics wanted;
  for (std::size_t q = 0; q < kProbabilities.size(); ++q) {
    position[q] = static_cast<double>(n - 1) * kProbabilities[q];
    const auto below = static_cast<std::size_t>(std::floor(position[q]));
    wanted.ranks[2 * q] = below;
    wanted.ranks[2 * q + 1] = std::min(below + 1, n - 1);
  }
  // Buckets over the mean ± 4 standard deviations, where nearly all draws lie (at least 15 in 16
  // of them, by Chebyshev's inequality): the bounds need no pass for the minimum and maximum.
  thread_local SelectionScratch selection;
  const double spread = 4.0 * std::sqrt(variance);
  select(tail.data(), n, out.mean - spread, out.mean + spread, wanted, selection);
  std::array<double, 3> percentile{};
  for (std::size_t q = 0; q < kProbabilities.size(); ++q) {
    const double lower = wanted.values[2 * q];
    const double upper = wanted.values[2 * q + 1];
    // Interpolation can round a hair outside its two order statistics.
    percentile[q] =
        std::clamp(lower + (position[q] - std::floor(position[q])) * (upper - lower), lower, upper);
  }
  // The order must hold exactly.
  out.p5 = percentile[0];
  out.p50 = std::max(percentile[1], out.p5);
  out.p95 = std::max(percentile[2], out.p50);
  return out;
}

double probability_lower(const Samples& a, const Samples& b) {
  EMPREINTE_CHECK(a.size() == b.size() && a.size() > 1, "two runs of the same draws");
  const auto draws = static_cast<std::size_t>(a.size() - 1);
  const double* left = a.data() + 1;
  const double* right = b.data() + 1;
  std::size_t lower = 0;
  std::size_t ties = 0;
  for (std::size_t i = 0; i < draws; ++i) {
    lower += left[i] < right[i] ? 1 : 0;
    ties += left[i] == right[i] ? 1 : 0;
  }
  return (static_cast<double>(lower) + 0.5 * static_cast<double>(ties)) /
         static_cast<double>(draws);
}

}  // namespace empreinte
