#pragma once
/// @file award_reader.h
/// Reads `[project.award]`: the weights a tender gives the criteria, in % or between 0 and 1,
/// summing to 100 %, with the environment's weight shared by `environment_split`.

#include <toml++/toml.h>

#include <optional>
#include <string>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"

namespace empreinte {

/// The weights of `table` (the `[project.award]` of `file`); nullopt after errors, which go to
/// `diagnostics`.
std::optional<AwardSpec> read_award(const toml::table& table, const std::string& file,
                                    Diagnostics& diagnostics);

}  // namespace empreinte
