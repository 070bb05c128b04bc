#pragma once
/// @file resolver.h
/// Binds a checked ProjectSpec to a FactorSet: unknown hardware, zones and profiles become
/// diagnostics at the key that names them; defaults and fallbacks are recorded.

#include <cstdint>

#include "engine/core/diagnostics.h"
#include "engine/resolve/resolved_project.h"
#include "engine/uncertainty/sampler.h"

namespace empreinte {

/// Resolves `project` against `factors`, drawing uncertain factors and inputs from `sampler`.
/// Errors go to `diagnostics`; when any is added the result must not be assessed. `project` and
/// `factors` must outlive the result.
ResolvedProject resolve_project(const ProjectSpec& project, const FactorSet& factors,
                                Sampler& sampler, Diagnostics& diagnostics);

}  // namespace empreinte
