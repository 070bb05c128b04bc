#pragma once
/// @file run.h
/// The whole assessment of one project as a pure function: no globals, the sample count and
/// seed passed in, so many projects can run on many threads.

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"
#include "engine/models/impacts.h"
#include "reports/model/report.h"

namespace empreinte {

/// Monte Carlo draws of a run when the user does not say: enough for the 5th and 95th
/// percentiles to rest on 50 draws each (docs/methodology.md, "Uncertainty").
inline constexpr std::uint32_t kDefaultDraws = 1000;
/// Seed of a run when the user does not say.
inline constexpr std::uint64_t kDefaultSeed = 1;
/// Fewest draws for percentiles to rest on 10 draws beyond the 5th and the 95th: below it the
/// report warns.
inline constexpr std::uint32_t kMinDrawsForPercentiles = 200;

/// What a run needs besides the project and the factors.
struct RunOptions {
  /// Monte Carlo draws; 0 for a point estimate only (every factor at its central value).
  std::uint32_t samples = kDefaultDraws;
  /// Random seed of the draws.
  std::uint64_t seed = kDefaultSeed;
};

/// Assesses `project` with `factors`. Reference errors (unknown hardware, zone, profile) are
/// added to `diagnostics` and the result is then empty.
std::optional<report::Report> run(const ProjectSpec& project, const FactorSet& factors,
                                  const RunOptions& options, Diagnostics& diagnostics);

/// A run's report and the samples of each option's total, for comparisons across projects.
struct RunOutcome {
  /// The report.
  report::Report report;
  /// The samples of each option's total, in the order of `report.options`.
  std::vector<Impacts> option_totals;
};

/// run(), keeping the samples of each option's total.
std::optional<RunOutcome> run_with_samples(const ProjectSpec& project, const FactorSet& factors,
                                           const RunOptions& options, Diagnostics& diagnostics);

}  // namespace empreinte
