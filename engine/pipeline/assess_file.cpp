#include "engine/pipeline/assess_file.h"

#include "engine/core/atomic_file.h"
#include "engine/input/project_reader.h"
#include "engine/resolve/resolver.h"

namespace empreinte {

FileAssessment assess_file(const std::string& file, const FactorSet& factors,
                           const RunOptions& options, SourceCache& sources, bool check_only) {
  FileAssessment out;
  out.file = file;
  std::string text;
  try {
    text = read_text_file(file);
  } catch (const std::exception& failure) {
    out.diagnostics.error(SourceLocation{file, 0, 0}, failure.what());
    return out;
  }
  sources.add(file, text);
  const ProjectSpec project = read_project(text, file, out.diagnostics);
  out.project_id = project.id.value;
  // References are checked even when the file has schema errors, so that one run reports
  // every error of the file.
  if (check_only || out.diagnostics.has_errors()) {
    Sampler point_run(0, 0);
    resolve_project(project, factors, point_run, out.diagnostics);
    return out;
  }
  if (std::optional<RunOutcome> outcome =
          run_with_samples(project, factors, options, out.diagnostics)) {
    out.report = std::move(outcome->report);
    out.option_totals = std::move(outcome->option_totals);
  }
  return out;
}

}  // namespace empreinte
