#pragma once
/// @file commands.h
/// The sub-commands of `empreinte`. Each takes the arguments after its name and returns an
/// exit code (exit_codes.h). Output goes to the given streams, never to globals.

#include <iosfwd>
#include <string>
#include <vector>

namespace empreinte::cli {

/// Streams a command writes to.
struct Console {
  /// Results.
  std::ostream& out;
  /// Diagnostics and progress.
  std::ostream& err;
};

/// `empreinte assess PATH... [--out DIR] [--format xml,html] [--factors DIR] [--lang en|fr]
/// [--jobs N] [--samples N] [--seed S]`. Files run on --jobs threads; output is in input order.
int assess_command(const std::vector<std::string>& args, Console console);
/// `empreinte compare PATH... [--basis B] [--out DIR] [--samples N] [--seed S] [--factors DIR]`:
/// every option of every project file compared on the same draws.
int compare_command(const std::vector<std::string>& args, Console console);
/// `empreinte validate PATH... [--factors DIR] [--jobs N]`.
int validate_command(const std::vector<std::string>& args, Console console);
/// `empreinte factors list [TABLE] | show ID | lint` with `--factors DIR`.
int factors_command(const std::vector<std::string>& args, Console console);
/// `empreinte schema`: the input reference (docs/input.md) generated from the field table.
int schema_command(const std::vector<std::string>& args, Console console);

/// The text of `--version`.
std::string version_text();

}  // namespace empreinte::cli
