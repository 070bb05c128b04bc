#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>
#include <vector>

#include "cli/batch_options.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/factor_options.h"
#include "cli/file_job.h"
#include "cli/input_paths.h"
#include "cli/ordered_work_queue.h"
#include "engine/core/atomic_file.h"
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
  BatchOptions batch;
};

constexpr const char* kAssessUsage =
    "usage: empreinte assess PATH... [--out DIR] [--format xml,html] [--factors DIR] "
    "[--lang en|fr]\n"
    "                        [--jobs N] [--samples N] [--seed S]\n\n"
    "Assesses every project file (folders are searched recursively for *.toml) and writes one\n"
    "XML and one HTML report per project, named after the project id, plus index.html.\n"
    "A file with errors is reported and skipped; the others are still assessed.\n"
    "Files are assessed on --jobs threads; reports and messages are the same, in input order,\n"
    "whatever the number of jobs.\n"
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
  BatchOptionText batch;
  add_jobs_option(named, batch);
  add_run_options(named, batch);
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
  settings.batch = batch_options(batch);
  return settings;
}

// The main thread's side of a batch: in input order, the duplicate-id check, the report files,
// the console and the index. It keeps the index's rendered rows of each file (about 1 kB), never
// a report nor its figures.
class ReportSink {
 public:
  ReportSink(const AssessSettings& settings, std::filesystem::path out_dir, Console console,
             const report::HtmlWriter* index_writer)
      : settings_(settings),
        out_dir_(std::move(out_dir)),
        console_(console),
        index_writer_(index_writer) {
    if (index_writer_ != nullptr) index_rows_.emplace(out_dir_ / "index.html");
  }

  // Writes and prints everything about one file.
  void add(FileOutcome outcome) {
    if (outcome.assessed) {
      const auto [first, inserted] = file_of_project_.emplace(outcome.project_id, outcome.file);
      if (!inserted) {
        Diagnostic duplicate;
        duplicate.where = SourceLocation{outcome.file, 0, 0};
        duplicate.message = "project id '" + outcome.project_id + "' is already used by " +
                            first->second + "; its reports would overwrite those";
        reject_file(outcome, duplicate);
      }
    }
    console_.err << diagnostics_text(outcome);
    report::IndexEntry entry = std::move(outcome.index_entry);
    if (outcome.assessed) {
      try {
        const std::string& id = outcome.project_id;
        if (outcome.xml) {
          write_file_atomically(out_dir_ / (id + ".xml"), *outcome.xml);
          entry.xml_href = id + ".xml";
        }
        if (outcome.html) {
          write_file_atomically(out_dir_ / (id + ".html"), *outcome.html);
          entry.html_href = id + ".html";
        }
        console_.out << "assessed " << outcome.file << " -> " << (out_dir_ / id).string() << ".{"
                     << (settings_.xml ? "xml" : "") << (settings_.xml && settings_.html ? "," : "")
                     << (settings_.html ? "html" : "") << "}\n";
      } catch (const OutputError& failure) {
        console_.err << outcome.file << ": error: " << failure.what() << '\n';
        entry = report::IndexEntry{};
        entry.source_file = outcome.file;
        entry.rejected = true;
        entry.error_count = 1;
        ++rejected_;
      }
    } else {
      console_.err << outcome.file << ": rejected (" << outcome.error_count
                   << (outcome.error_count == 1 ? " error" : " errors") << ")\n";
      ++rejected_;
    }
    ++files_;
    if (entry.rejected) ++rejected_entries_;
    if (index_rows_) index_rows_->append(index_writer_->write_index_entry(entry));
  }

  // Files rejected so far.
  std::size_t rejected() const { return rejected_; }

  // Writes the index page of the files added so far: its rows are copied from the scratch file
  // in pieces, so that no step holds the whole index in memory.
  void write_index(const report::BatchIndex& versions) {
    const auto [before, after] = index_writer_->index_frame(versions, files_, rejected_entries_);
    AtomicFileWriter page(out_dir_ / "index.html");
    page.append(before);
    std::ifstream rows(index_rows_->temporary_path(), std::ios::binary);
    std::vector<char> buffer(1 << 16);
    while (rows.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
           rows.gcount() > 0) {
      page.append(std::string_view(buffer.data(), static_cast<std::size_t>(rows.gcount())));
    }
    page.append(after);
    page.commit();
  }

 private:
  const AssessSettings& settings_;
  std::filesystem::path out_dir_;
  Console console_;
  const report::HtmlWriter* index_writer_;
  // The index's rows as they come, in a scratch file removed at the end.
  std::optional<AtomicFileWriter> index_rows_;
  std::size_t files_ = 0;
  std::size_t rejected_entries_ = 0;
  std::map<std::string, std::string> file_of_project_;
  std::size_t rejected_ = 0;
};

}  // namespace

int assess_command(const std::vector<std::string>& args, Console console) {
  const std::optional<AssessSettings> settings = parse_settings(args, console);
  if (!settings) return kExitOk;
  std::vector<std::string> missing;
  const std::vector<std::string> files = project_files(settings->paths, console.err, missing);

  SourceCache factor_sources;
  const std::optional<FactorSet> factors = load_factors(settings->factors, console, factor_sources);
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
  std::optional<ReportSink> sink_storage;
  try {
    sink_storage.emplace(*settings, out_dir, console, settings->html ? &html_writer : nullptr);
  } catch (const OutputError& failure) {
    console.err << "error: " << failure.what() << '\n';
    return kExitRejected;
  }
  ReportSink& sink = *sink_storage;
  const FileJobSettings job{&*factors,
                            &factor_sources,
                            settings->batch.run,
                            false,
                            settings->xml ? &xml_writer : nullptr,
                            settings->html ? &html_writer : nullptr};
  // Workers assess and render; the main thread writes and prints, in input order. A window of
  // two files per worker keeps them busy while it writes, and bounds the memory in flight.
  const unsigned jobs = settings->batch.jobs;
  run_in_order(
      files.size(), jobs, 2 * std::size_t{jobs},
      [&](std::size_t i) { return run_file_job(files[i], job); },
      [&](std::size_t, FileOutcome outcome) { sink.add(std::move(outcome)); });
  const std::size_t rejected = missing.size() + sink.rejected();
  if (settings->html) {
    try {
      sink.write_index(index);
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
