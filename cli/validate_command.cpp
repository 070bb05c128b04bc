#include <boost/program_options.hpp>
#include <ostream>

#include "cli/batch_options.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/factor_options.h"
#include "cli/file_job.h"
#include "cli/input_paths.h"
#include "cli/ordered_work_queue.h"

namespace empreinte::cli {

int validate_command(const std::vector<std::string>& args, Console console) {
  namespace po = boost::program_options;
  std::vector<std::string> paths;
  std::string factors_folder;
  po::options_description named("options");
  named.add_options()("help,h", "this text")("factors", po::value(&factors_folder),
                                             kFactorsOptionHelp);
  BatchOptionText batch;
  add_jobs_option(named, batch);
  if (parse_command_line(args, named, paths)) {
    console.out << "usage: empreinte validate PATH... [--factors DIR] [--jobs N]\n\n"
                   "Checks project files against the input schema and the factor tables, and\n"
                   "reports every error of every file. Writes nothing.\n"
                   "Exit code: 0 all valid, 1 at least one rejected, 2 usage error.\n\n"
                << named;
    return kExitOk;
  }
  if (paths.empty()) throw po::error("validate needs at least one PATH");
  const BatchOptions options = batch_options(batch);
  std::vector<std::string> missing;
  const std::vector<std::string> files = project_files(paths, console.err, missing);

  SourceCache sources;
  const std::optional<FactorSet> factors = load_factors(
      factors_folder.empty() ? std::nullopt : std::optional(factors_folder), console, sources);
  if (!factors) return kExitRejected;
  std::size_t rejected = missing.size();
  const FileJobSettings job{&*factors, &sources, RunOptions{}, true, nullptr, nullptr};
  run_in_order(
      files.size(), options.jobs, 2 * std::size_t{options.jobs},
      [&](std::size_t i) { return run_file_job(files[i], job); },
      [&](std::size_t, const FileOutcome& checked) {
        console.err << diagnostics_text(checked);
        if (checked.error_count > 0) {
          ++rejected;
          console.out << checked.file << ": rejected (" << checked.error_count
                      << (checked.error_count == 1 ? " error" : " errors") << ")\n";
        } else {
          console.out << checked.file << ": ok\n";
        }
      });
  return rejected == 0 ? kExitOk : kExitRejected;
}

}  // namespace empreinte::cli
