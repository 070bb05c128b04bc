#pragma once
/// @file factor_lint.h
/// `empreinte factors lint`: checks a loaded factor set beyond what loading requires.

#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/factors/factor_loader.h"

namespace empreinte {

/// Adds to `diagnostics`: values outside plausible ranges, a WORLD zone lacking a grid quantity,
/// accelerators without memory or throughput, missing or unknown default parameters, manifest
/// entries whose checksum does not match or that are missing, tables absent from the manifest,
/// and (as warnings) sources no row cites.
void lint_factor_set(const FactorSet& factors, const std::vector<FactorDirectory>& directories,
                     Diagnostics& diagnostics);

}  // namespace empreinte
