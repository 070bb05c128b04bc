#pragma once
/// @file run.h
/// The whole assessment of one project as a pure function: no globals, the sample count and
/// seed passed in, so many projects can run on many threads.

#include <cstdint>
#include <optional>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"
#include "reports/model/report.h"

namespace empreinte {

/// What a run needs besides the project and the factors.
struct RunOptions {
  /// Monte Carlo samples (1: a point estimate with every factor at its central value).
  std::uint32_t samples = 1;
  /// Random seed for samples > 1.
  std::uint64_t seed = 0;
};

/// Assesses `project` with `factors`. Reference errors (unknown hardware, zone, profile) are
/// added to `diagnostics` and the result is then empty.
std::optional<report::Report> run(const ProjectSpec& project, const FactorSet& factors,
                                  const RunOptions& options, Diagnostics& diagnostics);

}  // namespace empreinte
