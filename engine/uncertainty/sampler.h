#pragma once
/// @file sampler.h
/// Draws the samples of every uncertain factor and input of one run. Sample 0 of every array is
/// the central value, so the point estimate comes out of the same evaluation as the draws;
/// samples 1…N are a Latin hypercube: each variable's range of probability is cut into N equal
/// strata and each stratum is drawn once, in an order shuffled per variable.
///
/// The draws of a variable depend only on the seed and the variable's id, never on the order of
/// lookups or on threads: a factor used by several options has the same draws in each (common
/// random numbers), and the same seed gives the same reports whatever the thread count.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/core/distribution.h"
#include "engine/core/samples.h"

namespace empreinte {

/// Where an uncertain variable comes from.
enum class VariableOrigin {
  kFactor,  ///< a row of a factor table.
  kInput    ///< a value of the project file.
};

/// One uncertain quantity of a run and its draws.
struct UncertainVariable {
  /// Factor id ("electricity/FR/gwp") or input id ("pue@project.toml:12:7").
  std::string id;
  /// What it is, in words.
  std::string label;
  /// Factor or input.
  VariableOrigin origin = VariableOrigin::kFactor;
  /// Its distribution, in `unit`.
  Distribution distribution;
  /// Canonical unit of the quantity.
  std::string unit;
  /// Samples: the central value, then the N draws; shared with the quantities bound to them.
  std::shared_ptr<const Samples> samples;
  /// Stratum (0 … N − 1, in increasing probability) of draw i, for i = 0 … N − 1.
  std::vector<std::uint32_t> strata;
  /// The draw (0 … N − 1) that fell in each stratum: the inverse of `strata`, so that the
  /// draws of a range of strata are read in order.
  std::vector<std::uint32_t> draw_of_stratum;
};

/// The random draws of one run.
class Sampler {
 public:
  /// A sampler of `draws` draws (0: a point run) from `seed`.
  Sampler(std::uint32_t draws, std::uint64_t seed) : draws_(draws), seed_(seed) {}

  /// Monte Carlo draws (0 for a point run).
  std::uint32_t draws() const { return draws_; }
  /// Length of every sample array: the central value plus the draws.
  Eigen::Index size() const { return static_cast<Eigen::Index>(draws_) + 1; }
  /// The seed.
  std::uint64_t seed() const { return seed_; }

  /// `value` in every sample, shared: every constant of one value is one array in a run.
  std::shared_ptr<const Samples> constant(double value);

  /// The samples of variable `id` with distribution `d`: drawn at the first call, the same
  /// samples at every later call with that id. A distribution without spread is not recorded as
  /// a variable.
  std::shared_ptr<const Samples> draw(const std::string& id, const std::string& label,
                                      VariableOrigin origin, std::string_view unit,
                                      const Distribution& d);

  /// Every variable drawn, in the order first met.
  const std::vector<UncertainVariable>& variables() const { return variables_; }
  /// The position in variables() of the variable `id`, if it was drawn.
  std::optional<std::size_t> find(std::string_view id) const;

 private:
  std::uint32_t draws_;
  std::uint64_t seed_;
  std::vector<UncertainVariable> variables_;
  std::map<std::string, std::size_t, std::less<>> index_;  // id → position in variables_
  // Constants made so far, by the bits of their value (so that −0 and +0 stay apart).
  std::unordered_map<std::uint64_t, std::shared_ptr<const Samples>> constants_;
};

}  // namespace empreinte
