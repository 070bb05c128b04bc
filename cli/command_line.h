#pragma once
/// @file command_line.h
/// The parsing every sub-command shares: named options, then positional words.

#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace empreinte::cli {

/// Parses `args` against `named` (which must define "help") and collects the positional
/// arguments into `words`. Returns true when --help was asked. Throws
/// boost::program_options::error on bad usage (an exit code 2 in main).
bool parse_command_line(const std::vector<std::string>& args,
                        const boost::program_options::options_description& named,
                        std::vector<std::string>& words);

/// The `--factors DIR` option, as every command that loads factors declares it.
inline constexpr const char* kFactorsOptionHelp =
    "folder of factor tables overriding the bundled ones";

}  // namespace empreinte::cli
