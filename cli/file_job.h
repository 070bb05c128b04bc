#pragma once
/// @file file_job.h
/// One input file of a batch as a worker thread handles it: read, check, assess, render the
/// reports and the diagnostics to text, keep the index summary, and drop the report model. What
/// must happen in input order (the duplicate-id check, writing files, printing) is left to the
/// caller, on one thread.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/factors/factor_set.h"
#include "engine/pipeline/run.h"
#include "reports/model/batch_index.h"

namespace empreinte::report {
class HtmlWriter;
class XmlWriter;
}  // namespace empreinte::report

namespace empreinte::cli {

/// What every file job of a batch shares. Everything is read-only and safe to share between
/// threads; nothing here may be mutated while jobs run.
struct FileJobSettings {
  /// The loaded factor set.
  const FactorSet* factors = nullptr;
  /// The text of the factor files, to quote a diagnostic that points into them.
  const SourceCache* factor_sources = nullptr;
  /// Samples and seed.
  RunOptions run_options;
  /// Stop after resolution and write nothing (validate).
  bool check_only = false;
  /// Writes the XML report when set.
  const report::XmlWriter* xml = nullptr;
  /// Writes the HTML report when set.
  const report::HtmlWriter* html = nullptr;
};

/// One diagnostic, already rendered, with the position it sorts by.
struct RenderedDiagnostic {
  /// Where it points.
  SourceLocation where;
  /// Its text as render() gives it.
  std::string text;
};

/// Everything a worker hands back for one file: small, and no report model.
struct FileOutcome {
  /// The file as named.
  std::string file;
  /// Its diagnostics in Diagnostics::sorted() order.
  std::vector<RenderedDiagnostic> diagnostics;
  /// Number of errors among them.
  std::size_t error_count = 0;
  /// True when the file was assessed (never set by check-only jobs).
  bool assessed = false;
  /// The project id of an assessed file.
  std::string project_id;
  /// The XML report, when assessed and asked for.
  std::optional<std::string> xml;
  /// The HTML report, when assessed and asked for.
  std::optional<std::string> html;
  /// The file's line of index.html (links not set: they exist once the files are written).
  report::IndexEntry index_entry;
};

/// Handles `file` with `settings`. Safe to call from several threads at once with the same
/// settings. Throws what the engine and writers throw on internal errors (InternalError).
FileOutcome run_file_job(const std::string& file, const FileJobSettings& settings);

/// Adds an error found after the job (for instance a duplicate project id) to `outcome`, at the
/// place Diagnostics::sorted() would have given it, and marks the file rejected. The error must
/// not quote a source line (line 0): the file's text is no longer kept.
void reject_file(FileOutcome& outcome, const Diagnostic& error);

/// The diagnostics of `outcome` as render_all() prints them.
std::string diagnostics_text(const FileOutcome& outcome);

}  // namespace empreinte::cli
