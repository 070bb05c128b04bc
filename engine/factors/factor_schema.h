#pragma once
/// @file factor_schema.h
/// What each factor table may hold: its descriptive fields and its quantities, with the
/// dimension each quantity must have and the range a plausible value falls in (for the lint).

#include <optional>
#include <string_view>
#include <vector>

#include "engine/core/unit_registry.h"
#include "engine/factors/factor_set.h"

namespace empreinte {

/// One quantity a row may carry.
struct FactorQuantitySpec {
  /// Key in the row ("gwp").
  std::string_view key;
  /// Required dimension.
  Dimension dimension;
  /// Whether every row must have it.
  bool required;
  /// Label for reports ("Grid carbon intensity (life-cycle)").
  std::string_view label;
  /// Plausible range, canonical unit: outside it the lint warns.
  double plausible_min;
  /// Plausible range, canonical unit.
  double plausible_max;
};

/// One descriptive field a row may carry.
struct FactorFieldSpec {
  /// Key.
  std::string_view key;
  /// Whether every row must have it.
  bool required;
  /// Whether it is an integer (a year) rather than a string.
  bool integer = false;
};

/// One factor table file.
struct FactorTableSpec {
  /// Which table.
  FactorTable table;
  /// File name in a factor folder.
  std::string_view file;
  /// Value of the file's `table = "…"` key.
  std::string_view name;
  /// Key of the row array ("zone" for [[zone]]).
  std::string_view row_key;
  /// Prefix of factor ids ("electricity" → "electricity/FR/gwp").
  std::string_view id_prefix;
  /// Descriptive fields besides `id`.
  std::vector<FactorFieldSpec> fields;
  /// Quantities.
  std::vector<FactorQuantitySpec> quantities;
  /// Quantities allowed with any dimension (defaults.toml: `value`).
  bool any_dimension = false;
};

/// A kind of row of prices.toml (its `category` field) and what such a row must carry.
struct PriceCategorySpec {
  /// Value of the row's `category` field ("electricity").
  std::string_view name;
  /// First segment of the ids of its rows ("electricity" → "electricity/FR").
  std::string_view id_prefix;
  /// The quantities a row of this category must have; it may have no other quantity.
  std::vector<std::string_view> quantities;
  /// The descriptive fields a row of this category must have besides `name`, `category` and
  /// `price_date`.
  std::vector<std::string_view> fields;
};

/// The row categories of prices.toml: electricity, rental, api, purchase, exchange-rate.
const std::vector<PriceCategorySpec>& price_categories();

/// The category named `name`, or nullptr.
const PriceCategorySpec* find_price_category(std::string_view name);

/// Sanity bounds, in the canonical unit, for a value of a dimension.
struct PlausibleRange {
  /// Lowest plausible value.
  double min;
  /// Highest plausible value.
  double max;
};

/// Plausible bounds for the cost dimensions (money, prices, rates per year), used by the lint
/// for default parameters, whose table gives no range per quantity; nullopt for the other
/// dimensions, whose parameters are checked elsewhere or not at all.
std::optional<PlausibleRange> plausible_range(Dimension dimension);

/// Every factor table, in load order.
const std::vector<FactorTableSpec>& factor_table_specs();

/// The spec of the table stored in file `file_name`, or nullptr.
const FactorTableSpec* find_factor_table_spec(std::string_view file_name);

/// The spec of a table.
const FactorTableSpec& factor_table_spec(FactorTable table);

/// The dimension the model expects of a default parameter, or nullopt for one it does not use.
std::optional<Dimension> parameter_dimension(std::string_view parameter_id);

}  // namespace empreinte
