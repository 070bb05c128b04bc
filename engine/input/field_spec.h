#pragma once
/// @file field_spec.h
/// The one field table of the input schema: name, type, unit, range, default and doc of every
/// key. It drives validation, "did you mean …?" hints and the generated docs/input.md.

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/unit_registry.h"

namespace empreinte {

/// Type of a key's value.
enum class FieldType {
  kInteger,       ///< TOML integer.
  kQuantity,      ///< number in the key's unit, or a string "<number> <unit>".
  kText,          ///< free text.
  kIdentifier,    ///< letters, digits, '-', '_', '.'; safe in a file name.
  kChoice,        ///< one string out of a fixed list.
  kReference,     ///< id of a row of a factor table, checked when factors are bound.
  kTable,         ///< a sub-table.
  kArrayOfTables  ///< an array of tables ([[name]]).
};

struct TableSpec;

/// One key of a table.
struct FieldSpec {
  /// Key as written in TOML.
  std::string_view key;
  /// Value type.
  FieldType type;
  /// Whether the key must be present.
  bool required = false;
  /// One-line description for docs and hints.
  std::string_view doc;
  /// Quantities: kind of quantity.
  Dimension dimension = Dimension::kRatio;
  /// Quantities: unit of a bare number (the unit named by the key, e.g. "W" for power_w).
  std::string_view bare_unit = {};
  /// Inclusive lower bound, in `bare_unit` (integers: plain).
  std::optional<double> min = std::nullopt;
  /// Whether `min` itself is excluded.
  bool min_exclusive = false;
  /// Inclusive upper bound, in `bare_unit`.
  std::optional<double> max = std::nullopt;
  /// Default applied when absent, as documented ("1", "rented"); empty when none.
  std::string_view default_text = {};
  /// Choices: the allowed strings.
  std::vector<std::string_view> choices = {};
  /// References: which factor table the id must name ("hardware", "zone", "datacentre").
  std::string_view reference_table = {};
  /// Tables and arrays of tables: the spec of the sub-table.
  const TableSpec* table = nullptr;
  /// A line that sets the key, shown when it is missing ("ownership = \"rented\"").
  std::string_view example = {};
  /// Choices: words users write for a choice, mapped to it (French: "location" → "rented").
  std::vector<std::pair<std::string_view, std::string_view>> aliases = {};
};

/// The keys of one TOML table.
struct TableSpec {
  /// How the table is written in TOML, for messages and docs: "[project]", "[[option.stage]]".
  std::string_view name;
  /// What the table describes.
  std::string_view doc;
  /// Its keys, in documentation order.
  std::vector<FieldSpec> fields;

  /// The field named `key`, or nullptr.
  const FieldSpec* find(std::string_view key) const {
    for (const FieldSpec& field : fields) {
      if (field.key == key) return &field;
    }
    return nullptr;
  }
};

}  // namespace empreinte
