#pragma once
/// @file input_paths.h
/// Expands the PATH arguments of `assess`, `validate` and `compare` into project files.

#include <ostream>
#include <string>
#include <vector>

namespace empreinte::cli {

/// The project files named by `paths`: files as given, folders searched recursively for
/// `*.toml` (sorted by path, so a batch is processed in a stable order). Paths that do not
/// exist are returned in `missing`.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths,
                                            std::vector<std::string>& missing);

/// The same for a command: each missing path is reported on `err` ("PATH: error: no such file
/// or folder"), and when the paths name neither a project file nor a missing path it throws a
/// usage error (boost::program_options::error).
std::vector<std::string> project_files(const std::vector<std::string>& paths, std::ostream& err,
                                       std::vector<std::string>& missing);

}  // namespace empreinte::cli
