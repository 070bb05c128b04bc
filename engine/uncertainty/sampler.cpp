#include "engine/uncertainty/sampler.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <utility>

namespace empreinte {
namespace {

// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): a
// 64-bit state advanced by a Weyl step and scrambled; passes BigCrush, and is enough for the
// few thousand draws of a variable.
// The generator is counter-based: its k-th output depends only on the starting state and k, so
// a stream can be read from any point (at()).
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t state) : state_(state) {}

  std::uint64_t next() { return mix(state_ += kGamma); }

  // The k-th output (k ≥ 1) of a generator started at `state`.
  static std::uint64_t at(std::uint64_t state, std::uint64_t k) { return mix(state + k * kGamma); }

  // A double in (0, 1) from a 64-bit output: its top 53 bits, centred in their interval so that
  // 0 never comes out.
  static double open_unit(std::uint64_t bits) {
    return (static_cast<double>(bits >> 11U) + 0.5) * 0x1.0p-53;
  }

  // An integer in [0, bound): the high half of a 32-bit draw times the bound (Lemire 2019,
  // "Fast random integer generation in an interval"), without a division; its bias, under
  // bound / 2³², is negligible for the shuffle of a few thousand strata.
  std::uint32_t below(std::uint32_t bound) {
    return static_cast<std::uint32_t>(((next() >> 32U) * bound) >> 32U);
  }

 private:
  static constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ULL;

  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

  std::uint64_t state_;
};

// FNV-1a, 64 bits: the variable's id folded into its stream's starting state.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

}  // namespace

std::shared_ptr<const Samples> Sampler::constant(double value) {
  std::shared_ptr<const Samples>& shared = constants_[std::bit_cast<std::uint64_t>(value)];
  if (!shared) shared = std::make_shared<const Samples>(constant_samples(size(), value));
  return shared;
}

std::shared_ptr<const Samples> Sampler::draw(const std::string& id, const std::string& label,
                                             VariableOrigin origin, std::string_view unit,
                                             const Distribution& d) {
  if (draws_ == 0 || !d.varies()) return constant(d.central);
  if (const auto found = index_.find(id); found != index_.end()) {
    return variables_[found->second].samples;
  }
  auto samples = std::make_shared<Samples>(size());
  UncertainVariable variable{id, label, origin, d, std::string(unit), samples, {}, {}};
  // The variable's stream: its first N − 1 outputs shuffle the strata (Fisher–Yates), the next
  // N place draw i inside its stratum (output N + i).
  // (Locals, not members: the compiler would reload members after every store to the arrays.)
  const std::uint32_t n = draws_;
  const std::uint64_t start = seed_ ^ fnv1a(id);
  SplitMix64 shuffle(start);
  variable.strata.resize(n);
  std::uint32_t* const strata = variable.strata.data();
  std::iota(strata, strata + n, 0U);
  variable.draw_of_stratum.resize(n);
  std::uint32_t* const draw_of_stratum = variable.draw_of_stratum.data();
  (*samples)(0) = d.central;
  double* const drawn = samples->data() + 1;
  const double width = 1.0 / static_cast<double>(n);
  const double below_one = std::nextafter(1.0, 0.0);
  // Draw i in `stratum`; rounding can carry the top stratum's to exactly 1, which has no
  // quantile.
  const auto place = [&](std::uint32_t i, std::uint32_t stratum) {
    const double inside = SplitMix64::open_unit(SplitMix64::at(start, std::uint64_t{n} + i));
    drawn[i] = std::min((static_cast<double>(stratum) + inside) * width, below_one);
    draw_of_stratum[stratum] = i;
  };
  // Position i holds its final stratum once the shuffle has passed it: each draw is placed in
  // the same loop, which keeps the processor busy while the shuffle waits on memory.
  for (std::uint32_t i = n - 1; i > 0; --i) {
    const std::uint32_t j = shuffle.below(i + 1);
    const std::uint32_t stratum = strata[j];
    strata[j] = strata[i];
    strata[i] = stratum;
    place(i, stratum);
  }
  place(0, strata[0]);
  quantiles_in_place(d, drawn, n);
  index_.emplace(id, variables_.size());
  variables_.push_back(std::move(variable));
  return variables_.back().samples;
}

std::optional<std::size_t> Sampler::find(std::string_view id) const {
  const auto found = index_.find(id);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

}  // namespace empreinte
