#include "cli/file_job.h"

#include <algorithm>
#include <tuple>

#include "engine/core/check.h"
#include "engine/pipeline/assess_file.h"
#include "reports/html/html_writer.h"
#include "reports/xml/xml_writer.h"

namespace empreinte::cli {
namespace {

// The order of Diagnostics::sorted(): file, line, column.
bool sorts_before(const SourceLocation& a, const SourceLocation& b) {
  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

report::IndexEntry rejected_entry(const std::string& file, std::size_t error_count) {
  report::IndexEntry entry;
  entry.source_file = file;
  entry.rejected = true;
  entry.error_count = error_count;
  return entry;
}

report::IndexEntry assessed_entry(const std::string& file, const report::Report& r) {
  report::IndexEntry entry;
  entry.source_file = file;
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

FileOutcome run_file_job(const std::string& file, const FileJobSettings& settings) {
  // A cache of this file's text only: jobs share nothing they write, and the text is dropped
  // with the job instead of staying for the whole batch.
  SourceCache own_source;
  const FileAssessment assessment =
      assess_file(file, *settings.factors, settings.run_options, own_source, settings.check_only);
  FileOutcome out;
  out.file = file;
  out.error_count = assessment.diagnostics.error_count();
  for (const Diagnostic& diagnostic : assessment.diagnostics.sorted()) {
    const SourceCache& sources =
        diagnostic.where.file == file ? own_source : *settings.factor_sources;
    out.diagnostics.push_back({diagnostic.where, render(diagnostic, sources)});
  }
  if (!assessment.report) {
    out.index_entry = rejected_entry(file, out.error_count);
    return out;
  }
  out.assessed = true;
  out.project_id = assessment.report->project.id;
  if (settings.xml != nullptr) out.xml = settings.xml->write(*assessment.report);
  if (settings.html != nullptr) out.html = settings.html->write_report(*assessment.report);
  out.index_entry = assessed_entry(file, *assessment.report);
  return out;
}

void reject_file(FileOutcome& outcome, const Diagnostic& error) {
  EMPREINTE_CHECK(error.where.line == 0, "the file's text is gone: nothing left to quote");
  // After every diagnostic that does not sort after it: sorted() is a stable sort and the
  // error is the last one added.
  const auto place =
      std::upper_bound(outcome.diagnostics.begin(), outcome.diagnostics.end(), error.where,
                       [](const SourceLocation& where, const RenderedDiagnostic& d) {
                         return sorts_before(where, d.where);
                       });
  outcome.diagnostics.insert(place, {error.where, render(error, SourceCache{})});
  if (error.severity == Severity::kError) ++outcome.error_count;
  outcome.assessed = false;
  outcome.xml.reset();
  outcome.html.reset();
  outcome.index_entry = rejected_entry(outcome.file, outcome.error_count);
}

std::string diagnostics_text(const FileOutcome& outcome) {
  std::string out;
  for (const RenderedDiagnostic& diagnostic : outcome.diagnostics) out += diagnostic.text;
  return out;
}

}  // namespace empreinte::cli
