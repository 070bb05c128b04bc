#include <boost/program_options.hpp>
#include <filesystem>
#include <map>
#include <ostream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/factor_options.h"
#include "cli/input_paths.h"
#include "engine/core/atomic_file.h"
#include "engine/pipeline/assess_file.h"
#include "reports/html/html_writer.h"
#include "reports/model/batch_index.h"
#include "reports/xml/xml_writer.h"

namespace empreinte::cli {
namespace {

namespace po = boost::program_options;

struct AssessSettings {
  std::vector<std::string> paths;
  std::string out_dir = "out";
  bool xml = true;
  bool html = true;
  report::Language language = report::Language::kEnglish;
  std::optional<std::string> factors;
};

constexpr const char* kAssessUsage =
    "usage: empreinte assess PATH... [--out DIR] [--format xml,html] [--factors DIR] "
    "[--lang en|fr]\n\n"
    "Assesses every project file (folders are searched recursively for *.toml) and writes one\n"
    "XML and one HTML report per project, named after the project id, plus index.html.\n"
    "A file with errors is reported and skipped; the others are still assessed.\n"
    "Exit code: 0 all assessed, 1 at least one rejected, 2 usage error, 70 internal error.\n\n";

// Returns nullopt after printing help; throws po::error on bad usage.
std::optional<AssessSettings> parse_settings(const std::vector<std::string>& args,
                                             Console console) {
  po::options_description named("options");
  std::string format = "xml,html";
  std::string language = "en";
  std::string factors;
  AssessSettings settings;
  named.add_options()("help,h", "this text")(
      "out,o", po::value(&settings.out_dir)->default_value("out"), "folder for the reports")(
      "format,f", po::value(&format)->default_value("xml,html"), "report formats: xml, html")(
      "factors", po::value(&factors), kFactorsOptionHelp)(
      "lang", po::value(&language)->default_value("en"), "language of the HTML: en or fr");
  if (parse_command_line(args, named, settings.paths)) {
    console.out << kAssessUsage << named;
    return std::nullopt;
  }
  if (settings.paths.empty()) throw po::error("assess needs at least one PATH");
  settings.xml = settings.html = false;
  std::stringstream formats(format);
  for (std::string item; std::getline(formats, item, ',');) {
    if (item == "xml") {
      settings.xml = true;
    } else if (item == "html") {
      settings.html = true;
    } else {
      throw po::error("unknown format '" + item + "' (use xml, html or xml,html)");
    }
  }
  if (language == "fr") {
    settings.language = report::Language::kFrench;
  } else if (language != "en") {
    throw po::error("unknown language '" + language + "' (use en or fr)");
  }
  if (!factors.empty()) settings.factors = factors;
  return settings;
}

report::IndexEntry index_entry(const FileAssessment& assessment) {
  report::IndexEntry entry;
  entry.source_file = assessment.file;
  if (!assessment.report) {
    entry.rejected = true;
    entry.error_count = assessment.diagnostics.error_count();
    return entry;
  }
  const report::Report& r = *assessment.report;
  entry.project_id = r.project.id;
  entry.title = r.project.title;
  entry.organisation = r.project.organisation;
  entry.functional_unit = r.project.functional_unit;
  for (const report::OptionResult& option : r.options) {
    entry.options.push_back({option.id, option.title, option.total, option.per_functional_unit});
  }
  return entry;
}

}  // namespace

int assess_command(const std::vector<std::string>& args, Console console) {
  const std::optional<AssessSettings> settings = parse_settings(args, console);
  if (!settings) return kExitOk;
  std::vector<std::string> missing;
  const std::vector<std::string> files = expand_input_paths(settings->paths, missing);
  for (const std::string& path : missing)
    console.err << path << ": error: no such file or folder\n";
  if (files.empty() && missing.empty())
    throw po::error("no *.toml project file found in the PATHs");

  SourceCache sources;
  const std::optional<FactorSet> factors = load_factors(settings->factors, console, sources);
  if (!factors) return kExitRejected;

  std::error_code error;
  std::filesystem::create_directories(settings->out_dir, error);
  if (error) {
    console.err << settings->out_dir
                << ": error: cannot create the output folder: " << error.message() << '\n';
    return kExitRejected;
  }
  const std::filesystem::path out_dir(settings->out_dir);
  const report::XmlWriter xml_writer;
  const report::HtmlWriter html_writer(settings->language);
  report::BatchIndex index{
      EMPREINTE_VERSION, EMPREINTE_METHODOLOGY_VERSION, factors->version(), {}};
  std::map<std::string, std::string> file_of_project;
  std::size_t rejected = missing.size();
  for (const std::string& file : files) {
    FileAssessment assessment = assess_file(file, *factors, RunOptions{}, sources);
    if (assessment.report) {
      const auto [first, inserted] = file_of_project.emplace(assessment.project_id, file);
      if (!inserted) {
        assessment.diagnostics.error(SourceLocation{file, 0, 0},
                                     "project id '" + assessment.project_id +
                                         "' is already used by " + first->second +
                                         "; its reports would overwrite those");
        assessment.report.reset();
      }
    }
    console.err << render_all(assessment.diagnostics, sources);
    report::IndexEntry entry = index_entry(assessment);
    if (assessment.report) {
      try {
        const std::string& id = assessment.report->project.id;
        if (settings->xml) {
          write_file_atomically(out_dir / (id + ".xml"), xml_writer.write(*assessment.report));
          entry.xml_href = id + ".xml";
        }
        if (settings->html) {
          write_file_atomically(out_dir / (id + ".html"),
                                html_writer.write_report(*assessment.report));
          entry.html_href = id + ".html";
        }
        console.out << "assessed " << file << " -> " << (out_dir / id).string() << ".{"
                    << (settings->xml ? "xml" : "") << (settings->xml && settings->html ? "," : "")
                    << (settings->html ? "html" : "") << "}\n";
      } catch (const OutputError& failure) {
        console.err << file << ": error: " << failure.what() << '\n';
        entry = report::IndexEntry{};
        entry.source_file = file;
        entry.rejected = true;
        entry.error_count = 1;
        ++rejected;
      }
    } else {
      console.err << file << ": rejected (" << assessment.diagnostics.error_count()
                  << (assessment.diagnostics.error_count() == 1 ? " error" : " errors") << ")\n";
      ++rejected;
    }
    index.entries.push_back(std::move(entry));
  }
  if (settings->html) {
    try {
      write_file_atomically(out_dir / "index.html", html_writer.write_index(index));
    } catch (const OutputError& failure) {
      console.err << "error: " << failure.what() << '\n';
      return kExitRejected;
    }
  }
  const std::size_t total = files.size() + missing.size();
  console.out << (total - rejected) << " of " << total << " project" << (total == 1 ? "" : "s")
              << " assessed";
  if (rejected > 0) console.out << ", " << rejected << " rejected";
  console.out << "; reports in " << out_dir.string() << "\n";
  return rejected == 0 ? kExitOk : kExitRejected;
}

}  // namespace empreinte::cli
