#pragma once
/// @file resolver.h
/// Binds a checked ProjectSpec to a FactorSet: unknown hardware, zones and profiles become
/// diagnostics at the key that names them; defaults and fallbacks are recorded.

#include <cstdint>

#include "engine/core/diagnostics.h"
#include "engine/resolve/resolved_project.h"

namespace empreinte {

/// Number of Monte Carlo samples every quantity carries (1 for a point run).
struct SampleShape {
  /// Samples per quantity.
  std::int64_t count = 1;
};

/// Resolves `project` against `factors`. Errors go to `diagnostics`; when any is added the
/// result must not be assessed. `project` and `factors` must outlive the result.
ResolvedProject resolve_project(const ProjectSpec& project, const FactorSet& factors,
                                SampleShape shape, Diagnostics& diagnostics);

}  // namespace empreinte
