#include <boost/program_options.hpp>
#include <filesystem>
#include <map>
#include <ostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/factor_options.h"
#include "cli/input_paths.h"
#include "engine/core/atomic_file.h"
#include "engine/pipeline/assess_file.h"
#include "engine/pipeline/compare_projects.h"
#include "reports/text/comparison_table.h"
#include "reports/xml/xml_writer.h"

namespace empreinte::cli {
namespace {

namespace po = boost::program_options;

// Name of the XML comparison report in --out.
constexpr const char* kComparisonFile = "comparison.xml";

struct CompareSettings {
  std::vector<std::string> paths;
  std::optional<std::string> out_dir;
  ComparisonBasis basis = ComparisonBasis::kTotal;
  RunOptions run;
  std::optional<std::string> factors;
};

constexpr const char* kCompareUsage =
    "usage: empreinte compare PATH... [--basis total|per-year|per-functional-unit] [--out DIR]\n"
    "                         [--samples N] [--seed S] [--factors DIR]\n\n"
    "Compares every option of every project file (folders are searched recursively for *.toml),\n"
    "each named project-id/option-id, on the same Monte Carlo draws: a factor shared by two\n"
    "projects is drawn alike in both. Prints, per criterion, the options ranked with central\n"
    "value, 90 % interval and difference to the best; the options another one dominates; and the\n"
    "scores when every file gives the same [project.award] weights. --out DIR also writes\n"
    "DIR/comparison.xml (root comparison-report of empreinte-report-1.xsd).\n"
    "A file with errors is reported and left out; the others are still compared.\n"
    "Exit code: 0 all compared, 1 at least one rejected, 2 usage error, 70 internal error.\n\n";

// Returns nullopt after printing help; throws po::error on bad usage.
std::optional<CompareSettings> parse_settings(const std::vector<std::string>& args,
                                              Console console) {
  po::options_description named("options");
  std::string basis = "total";
  std::string out_dir;
  std::string factors;
  CompareSettings settings;
  named.add_options()("help,h", "this text")(
      "basis", po::value(&basis)->default_value("total"),
      "figures compared: total (each project's horizon), per-year or per-functional-unit")(
      "out,o", po::value(&out_dir), "folder for comparison.xml (none written without it)")(
      "samples", po::value(&settings.run.samples)->default_value(kDefaultDraws),
      "Monte Carlo draws (0: central values only)")(
      "seed", po::value(&settings.run.seed)->default_value(kDefaultSeed), "random seed")(
      "factors", po::value(&factors), kFactorsOptionHelp);
  if (parse_command_line(args, named, settings.paths)) {
    console.out << kCompareUsage << named;
    return std::nullopt;
  }
  if (settings.paths.empty()) throw po::error("compare needs at least one PATH");
  if (basis == "per-year") {
    settings.basis = ComparisonBasis::kPerYear;
  } else if (basis == "per-functional-unit") {
    settings.basis = ComparisonBasis::kPerFunctionalUnit;
  } else if (basis != "total") {
    throw po::error("unknown basis '" + basis + "' (use total, per-year or per-functional-unit)");
  }
  if (!out_dir.empty()) settings.out_dir = out_dir;
  if (!factors.empty()) settings.factors = factors;
  return settings;
}

// Writes DIR/comparison.xml; false after printing why it could not.
bool write_xml(const std::string& folder, const report::CrossComparison& comparison,
               Console console) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    console.err << folder << ": error: cannot create the output folder: " << error.message()
                << '\n';
    return false;
  }
  const std::filesystem::path file = std::filesystem::path(folder) / kComparisonFile;
  try {
    write_file_atomically(file, report::XmlWriter().write(comparison));
  } catch (const OutputError& failure) {
    console.err << "error: " << failure.what() << '\n';
    return false;
  }
  console.err << "comparison written to " << file.string() << '\n';
  return true;
}

}  // namespace

int compare_command(const std::vector<std::string>& args, Console console) {
  const std::optional<CompareSettings> settings = parse_settings(args, console);
  if (!settings) return kExitOk;
  std::vector<std::string> missing;
  const std::vector<std::string> files = project_files(settings->paths, console.err, missing);

  SourceCache sources;
  const std::optional<FactorSet> factors = load_factors(settings->factors, console, sources);
  if (!factors) return kExitRejected;

  // Every file runs with the same draws and seed: shared factors get the same draws.
  std::vector<FileAssessment> assessed;
  std::map<std::string, std::string> file_of_project;
  std::size_t rejected = missing.size();
  for (const std::string& file : files) {
    FileAssessment assessment = assess_file(file, *factors, settings->run, sources);
    if (assessment.report) {
      const auto [first, inserted] = file_of_project.emplace(assessment.project_id, file);
      if (!inserted) {
        assessment.diagnostics.error(SourceLocation{file, 0, 0},
                                     "project id '" + assessment.project_id +
                                         "' is already used by " + first->second +
                                         "; its options would have the same names");
        assessment.report.reset();
      }
    }
    console.err << render_all(assessment.diagnostics, sources);
    if (!assessment.report) {
      console.err << file << ": rejected (" << assessment.diagnostics.error_count()
                  << (assessment.diagnostics.error_count() == 1 ? " error" : " errors") << ")\n";
      ++rejected;
      continue;
    }
    assessed.push_back(std::move(assessment));
  }
  if (assessed.empty()) {
    console.err << "error: no project to compare\n";
    return kExitRejected;
  }
  std::vector<AssessedProject> projects;
  projects.reserve(assessed.size());
  for (const FileAssessment& assessment : assessed) {
    projects.push_back({&*assessment.report, &assessment.option_totals});
  }
  const report::CrossComparison comparison = compare_projects(projects, settings->basis);
  console.out << report::comparison_table(comparison);
  if (settings->out_dir && !write_xml(*settings->out_dir, comparison, console)) {
    return kExitRejected;
  }
  return rejected == 0 ? kExitOk : kExitRejected;
}

}  // namespace empreinte::cli
