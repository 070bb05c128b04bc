#pragma once
/// @file toml_syntax_error.h
/// Turns toml++ parse errors into diagnostics in the project's voice: lower case, the usual
/// slips named for what they are (a missing quote, a duplicate key, a decimal comma), the caret
/// on the cause rather than where the parser gave up, and a hint.

#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "engine/core/diagnostics.h"

namespace empreinte {

/// The diagnostic for `error`, raised while parsing `text` (the content of `file`).
Diagnostic describe_toml_error(const toml::parse_error& error, const std::string& file,
                               std::string_view text);

}  // namespace empreinte
