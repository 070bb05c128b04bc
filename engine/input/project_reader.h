#pragma once
/// @file project_reader.h
/// Parses a project file (TOML, schema v1) into a ProjectSpec, reporting every problem of the
/// file as a diagnostic. References to factor tables are checked later, when factors are bound.

#include <string>
#include <string_view>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"

namespace empreinte {

/// Reads `text`, the content of `file`. Returns what could be read; when `diagnostics` holds
/// errors afterwards, the project is rejected and the returned spec must not be assessed.
ProjectSpec read_project(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace empreinte
