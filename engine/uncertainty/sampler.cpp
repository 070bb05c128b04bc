#include "engine/uncertainty/sampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace empreinte {
namespace {

// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): a
// 64-bit state advanced by a Weyl step and scrambled; passes BigCrush, and is enough for the
// few thousand draws of a variable.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t state) : state_(state) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

  // A double in (0, 1): the top 53 bits, centred in their interval so that 0 never comes out.
  double open_unit() { return (static_cast<double>(next() >> 11U) + 0.5) * 0x1.0p-53; }

  // An integer in [0, bound): the high half of a 32-bit draw times the bound (Lemire 2019,
  // "Fast random integer generation in an interval"), without a division; its bias, under
  // bound / 2³², is negligible for the shuffle of a few thousand strata.
  std::uint32_t below(std::uint32_t bound) {
    return static_cast<std::uint32_t>(((next() >> 32U) * bound) >> 32U);
  }

 private:
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

Samples Sampler::draw(const std::string& id, const std::string& label, VariableOrigin origin,
                      std::string_view unit, const Distribution& d) {
  if (draws_ == 0 || !d.varies()) return constant(d.central);
  if (const auto found = index_.find(id); found != index_.end()) {
    return variables_[found->second].samples;
  }
  UncertainVariable variable{id, label, origin, d, std::string(unit), Samples(size()), {}, {}};
  SplitMix64 random(seed_ ^ fnv1a(id));
  // Strata in a random order (Fisher–Yates), then one uniform draw inside each stratum.
  variable.strata.resize(draws_);
  std::iota(variable.strata.begin(), variable.strata.end(), 0U);
  for (std::uint32_t i = draws_ - 1; i > 0; --i) {
    std::swap(variable.strata[i], variable.strata[random.below(i + 1)]);
  }
  variable.samples(0) = d.central;
  const double width = 1.0 / static_cast<double>(draws_);
  const double below_one = std::nextafter(1.0, 0.0);
  double* const drawn = variable.samples.data() + 1;
  for (std::uint32_t i = 0; i < draws_; ++i) {
    // Rounding can carry the top stratum's draw to exactly 1, which has no quantile.
    drawn[i] =
        std::min((static_cast<double>(variable.strata[i]) + random.open_unit()) * width, below_one);
  }
  quantiles_in_place(d, drawn, draws_);
  variable.draw_of_stratum.resize(draws_);
  for (std::uint32_t i = 0; i < draws_; ++i) variable.draw_of_stratum[variable.strata[i]] = i;
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
