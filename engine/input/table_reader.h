#pragma once
/// @file table_reader.h
/// Reads the keys of one TOML table according to its field specs: typed reads (an integer is
/// not a float, "12" is not a number), units, ranges, defaults, unknown keys with "did you
/// mean …?". Every problem becomes a diagnostic; reading goes on so that a file's errors are all
/// reported in one run.

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"
#include "engine/input/field_spec.h"

namespace empreinte {

/// Where a toml++ node or key starts, in `file`.
SourceLocation location_of(const toml::source_region& region, const std::string& file);

/// Typed, checked access to one TOML table.
class TableReader {
 public:
  /// Checks `table` for keys outside `specs` (unless `check_unknown_keys` is false, used when a
  /// bad `kind` already makes the key set unknowable).
  TableReader(const toml::table& table, std::vector<const TableSpec*> specs, std::string file,
              Diagnostics& diagnostics, bool check_unknown_keys = true);

  /// An integer key; nullopt when absent without default or invalid.
  std::optional<Located<std::int64_t>> integer(std::string_view key);
  /// A quantity key in the canonical unit of its dimension: a number, a quantity string, or an
  /// inline table giving its distribution (table_reader_distribution.cpp).
  std::optional<Located<double>> quantity(std::string_view key);
  /// A text, identifier, choice or reference key.
  std::optional<Located<std::string>> text(std::string_view key);
  /// A sub-table key.
  const toml::table* table(std::string_view key);
  /// An array-of-tables key; empty when absent or invalid (an error says which).
  std::vector<const toml::table*> array_of_tables(std::string_view key);
  /// Whether the key is present (whatever its value).
  bool has(std::string_view key) const { return table_.contains(key); }
  /// Where the table starts.
  SourceLocation where() const { return location_of(table_.source(), file_); }
  /// Where the key's value starts (the table when absent).
  SourceLocation where(std::string_view key) const;
  /// Reports an error at the value of `key`, which must be present.
  void error_at_key(std::string_view key, std::string message, std::string hint = {});
  /// Whether an unknown key of the table was reported as a likely misspelling of `key`.
  bool misspelled(std::string_view key) const { return misspelled_.count(key) != 0; }
  /// How the table is named in messages ("[[option.stage]]").
  std::string_view name() const { return specs_.front()->name; }

 private:
  const FieldSpec& spec(std::string_view key) const;
  const toml::node* node(std::string_view key) const { return table_.get(key); }
  void report_missing(const FieldSpec& field);
  void error_at(const toml::node& node, std::string message, std::string hint = {});
  std::optional<double> convert_quantity(const FieldSpec& field, const toml::node& node);
  std::optional<Located<double>> uncertain_quantity(const FieldSpec& field,
                                                    const toml::table& table);
  bool check_range(const FieldSpec& field, const toml::node& node, double value_in_bare_unit,
                   std::string_view as_written);

  const toml::table& table_;
  std::vector<const TableSpec*> specs_;
  std::string file_;
  Diagnostics& diagnostics_;
  std::set<std::string, std::less<>> misspelled_;
};

}  // namespace empreinte
