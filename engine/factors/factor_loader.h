#pragma once
/// @file factor_loader.h
/// Loads factor tables (bundled, then `--factors DIR` overlays) into a FactorSet, reporting every
/// problem as a diagnostic pointing at the table row.

#include <filesystem>
#include <string>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/factors/factor_set.h"

namespace empreinte {

/// One factor file: the path used in messages and its text.
struct FactorFile {
  /// Path as shown to the user ("factors/hardware.toml").
  std::string path;
  /// File content.
  std::string text;
};

/// The files of one factor folder, bundled or the user's.
struct FactorDirectory {
  /// How the folder is named in the factor-set version ("" for the bundled set).
  std::string label;
  /// Its files (manifest.toml, sources.toml, electricity.toml, datacentres.toml, hardware.toml,
  /// defaults.toml; a user folder may hold any subset).
  std::vector<FactorFile> files;
};

/// The factor tables compiled into the program from factors/.
FactorDirectory bundled_factor_directory();

/// The *.toml files of a user folder, sorted by name. Unreadable folders are diagnostics.
FactorDirectory read_factor_directory(const std::filesystem::path& folder,
                                      Diagnostics& diagnostics);

/// Loads `directories` in order: a later row with the same id replaces an earlier one, a later
/// source entry replaces an earlier one. Every file's text is added to `sources` for quoting.
FactorSet load_factor_set(const std::vector<FactorDirectory>& directories, Diagnostics& diagnostics,
                          SourceCache& sources);

}  // namespace empreinte
