#pragma once
/// @file input_paths.h
/// Expands the PATH arguments of `assess` and `validate` into project files.

#include <string>
#include <vector>

namespace empreinte::cli {

/// The project files named by `paths`: files as given, folders searched recursively for
/// `*.toml` (sorted by path, so a batch is processed in a stable order). Paths that do not
/// exist are returned in `missing`.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths,
                                            std::vector<std::string>& missing);

}  // namespace empreinte::cli
