#pragma once
/// @file compare_projects.h
/// Every option of several assessed projects compared on the same draws. A factor's draws
/// depend only on the seed and its id, so projects run with one seed share the draws of every
/// factor they have in common (common random numbers); values drawn from a project file's own
/// distributions are independent between files.

#include <string_view>
#include <vector>

#include "engine/models/impacts.h"
#include "reports/model/cross_comparison.h"

namespace empreinte {

/// What the compared figures are divided by.
enum class ComparisonBasis {
  kTotal,             ///< nothing: each project's total over its horizon.
  kPerYear,           ///< the project's horizon in years.
  kPerFunctionalUnit  ///< the functional units over the horizon.
};

/// "total", "per-year" or "per-functional-unit".
std::string_view basis_name(ComparisonBasis basis);

/// One assessed project.
struct AssessedProject {
  /// Its report.
  const report::Report* report = nullptr;
  /// The samples of each option's total, in the order of report->options.
  const std::vector<Impacts>* option_totals = nullptr;
};

/// Compares every option of `projects` (run with the same draws and seed), named
/// "project-id/option-id", on `basis`. Scores when every project states the same award
/// weights; notes say why figures or scores may not compare.
report::CrossComparison compare_projects(const std::vector<AssessedProject>& projects,
                                         ComparisonBasis basis);

}  // namespace empreinte
