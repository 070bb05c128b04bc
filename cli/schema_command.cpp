#include <ostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "engine/input/schema_doc.h"

namespace empreinte::cli {

int schema_command(const std::vector<std::string>& args, Console console) {
  if (!args.empty() && (args.front() == "--help" || args.front() == "-h")) {
    console.out << "usage: empreinte schema\n\n"
                   "Prints the input reference (Markdown) generated from the field table the\n"
                   "validator uses; docs/input.md is this output.\n";
    return kExitOk;
  }
  if (!args.empty()) {
    console.err << "empreinte: schema takes no arguments\n";
    return kExitUsage;
  }
  console.out << input_reference_markdown();
  return kExitOk;
}

}  // namespace empreinte::cli
