#pragma once
/// @file source_location.h
/// Where a value came from: kept from parsing to the report, so that every finding and warning
/// can point at the key that caused it.

#include <cstdint>
#include <string>

namespace empreinte {

/// A position in a user or factor file; line and column are 1-based, 0 means "unknown".
struct SourceLocation {
  /// Path of the file as the user named it (or the factor table's path inside factors/).
  std::string file;
  /// 1-based line, 0 when unknown.
  std::uint32_t line = 0;
  /// 1-based column in characters (UTF-8 code points), 0 when unknown.
  std::uint32_t column = 0;

  /// "file:line:col", or just "file" when the position is unknown.
  std::string to_string() const {
    if (line == 0) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

}  // namespace empreinte
