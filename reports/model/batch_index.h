#pragma once
/// @file batch_index.h
/// The model of a batch's index.html: one entry per input file, assessed or rejected.

#include <string>
#include <vector>

#include "reports/model/report.h"

namespace empreinte::report {

/// Headline figures of one option for the index.
struct IndexOption {
  /// Option id.
  std::string id;
  /// Option title.
  std::string title;
  /// Total over the horizon, per criterion.
  ImpactSet total;
  /// Per functional unit, per criterion.
  ImpactSet per_functional_unit;
};

/// One input file of the batch.
struct IndexEntry {
  /// The input file as named on the command line.
  std::string source_file;
  /// True when the file was rejected (then only `source_file` and `error_count` are set).
  bool rejected = false;
  /// Number of errors that rejected the file.
  std::size_t error_count = 0;
  /// Project id, title and organisation (assessed files only).
  std::string project_id;
  /// Project title.
  std::string title;
  /// Organisation.
  std::string organisation;
  /// Functional unit name.
  std::string functional_unit;
  /// Relative link to the HTML report ("" when not written).
  std::string html_href;
  /// Relative link to the XML report ("" when not written).
  std::string xml_href;
  /// Options with headline figures.
  std::vector<IndexOption> options;
};

/// The whole index, entries in the order the inputs were given (folders sorted by path).
struct BatchIndex {
  /// Program version.
  std::string engine_version;
  /// Methodology version.
  std::string methodology_version;
  /// Factor set version.
  std::string factor_set_version;
  /// Entries.
  std::vector<IndexEntry> entries;
};

}  // namespace empreinte::report
