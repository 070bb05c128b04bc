#pragma once
/// @file cross_comparison.h
/// Options of several project files compared on the same draws (`empreinte compare`): every
/// option named "project-id/option-id", its figures on one basis, and the comparison.

#include <cstdint>
#include <string>
#include <vector>

#include "reports/model/report.h"

namespace empreinte::report {

/// A project whose options are compared.
struct ComparedProject {
  /// Project id.
  std::string id;
  /// Title.
  std::string title;
  /// The input file, as named on the command line.
  std::string source_file;
  /// Functional unit name.
  std::string functional_unit;
  /// Functional units per year.
  double functional_units_per_year = 0.0;
  /// Horizon in years.
  double horizon_years = 0.0;
};

/// One option compared across projects.
struct CrossOption {
  /// "project-id/option-id".
  std::string id;
  /// Project id.
  std::string project;
  /// Option title.
  std::string title;
  /// Its figures on the comparison's basis, central value and range.
  ImpactSet figures;
};

/// Every option of several projects, compared draw by draw.
struct CrossComparison {
  /// Program version.
  std::string engine_version;
  /// Methodology version.
  std::string methodology_version;
  /// Factor set version.
  std::string factor_set_version;
  /// Monte Carlo draws of every project (0 for a point run).
  std::uint32_t draws = 0;
  /// The seed every project was run with.
  std::uint64_t seed = 0;
  /// What the figures cover: "total" (each project's horizon), "per-year" or
  /// "per-functional-unit".
  std::string basis;
  /// The projects, in the order of the command line.
  std::vector<ComparedProject> projects;
  /// Their options, project by project in input order.
  std::vector<CrossOption> options;
  /// Every pair of options, per criterion P(first < second); empty for a point run.
  std::vector<OptionPair> pairs;
  /// Rankings, dominated options and, when every project states the same weights, scores.
  Comparison comparison;
  /// What the reader must know to read the comparison (figures that do not compare, weights
  /// not shared), in English.
  std::vector<std::string> notes;
};

}  // namespace empreinte::report
