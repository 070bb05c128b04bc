#pragma once
/// @file assess_file.h
/// One input file from disk to a report model: read, check, resolve, run. Used by the command
/// line and by the diagnostics tests, which compare the rendered text.

#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/pipeline/run.h"

namespace empreinte {

/// The outcome for one input file.
struct FileAssessment {
  /// The file as named.
  std::string file;
  /// Everything said about it (errors reject it).
  Diagnostics diagnostics;
  /// The report, when the file was accepted.
  std::optional<report::Report> report;
  /// The project id, when one could be read (even from a rejected file).
  std::string project_id;
  /// The samples of each option's total (report order), when the file was accepted.
  std::vector<Impacts> option_totals;
};

/// Reads and assesses `file`. Its text is added to `sources` so diagnostics can quote it.
/// `check_only` stops after resolution (validate): no model runs and `report` stays empty.
FileAssessment assess_file(const std::string& file, const FactorSet& factors,
                           const RunOptions& options, SourceCache& sources,
                           bool check_only = false);

}  // namespace empreinte
