#pragma once
/// @file factor_options.h
/// The `--factors DIR` option shared by the commands, and loading the factor set it names.

#include <optional>
#include <string>

#include "cli/commands.h"
#include "engine/core/diagnostics.h"
#include "engine/factors/factor_set.h"

namespace empreinte::cli {

/// Loads the bundled factors, overlaid by `user_folder` when given. Prints diagnostics to
/// `console.err`; returns nullopt when the set has errors.
std::optional<FactorSet> load_factors(const std::optional<std::string>& user_folder,
                                      Console console, SourceCache& sources);

}  // namespace empreinte::cli
