/// @file main.cpp
/// `empreinte`: a thin front end over the engine library. Dispatches to a sub-command and maps
/// failures to exit codes: 0 all assessed, 1 an input rejected, 2 usage, 70 internal error.

#include <boost/program_options/errors.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "engine/core/allocator_tuning.h"
#include "engine/core/check.h"

namespace {

constexpr const char* kUsage =
    "usage: empreinte <command> [options]\n"
    "\n"
    "Estimates what an AI project will cost the planet and the budget: energy, carbon, water,\n"
    "primary energy, abiotic resources and cost of every option weighed, with Monte Carlo\n"
    "ranges and the inputs that drive them, as XML and HTML reports.\n"
    "\n"
    "commands:\n"
    "  assess PATH...       assess project files or folders into reports\n"
    "  compare PATH...      compare the options of several project files on the same draws\n"
    "  validate PATH...     check project files, write nothing\n"
    "  factors list|show|lint\n"
    "                       inspect and check the factor tables\n"
    "  schema               print the input reference (Markdown)\n"
    "\n"
    "  --help               this text; `empreinte <command> --help` for a command\n"
    "  --version            program, methodology and factor-set versions\n";

int dispatch(const std::vector<std::string>& args, empreinte::cli::Console console) {
  using namespace empreinte::cli;
  if (args.empty()) {
    console.err << kUsage;
    return kExitUsage;
  }
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    console.out << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    console.out << version_text();
    return kExitOk;
  }
  if (command == "assess") return assess_command(rest, console);
  if (command == "compare") return compare_command(rest, console);
  if (command == "validate") return validate_command(rest, console);
  if (command == "factors") return factors_command(rest, console);
  if (command == "schema") return schema_command(rest, console);
  console.err << "empreinte: unknown command '" << command << "'\n\n" << kUsage;
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  empreinte::keep_freed_memory_for_samples();
  const std::vector<std::string> args(argv + 1, argv + argc);
  empreinte::cli::Console console{std::cout, std::cerr};
  try {
    return dispatch(args, console);
  } catch (const boost::program_options::error& error) {
    std::cerr << "empreinte: " << error.what() << "\n(see `empreinte --help`)\n";
    return empreinte::cli::kExitUsage;
  } catch (const empreinte::InternalError& error) {
    std::cerr << "empreinte: internal error, please report it: " << error.what() << '\n';
    return empreinte::cli::kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "empreinte: internal error, please report it: " << error.what() << '\n';
    return empreinte::cli::kExitInternal;
  }
}
