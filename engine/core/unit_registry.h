#pragma once
/// @file unit_registry.h
/// The units users and factor tables may write, and their conversion to the canonical units of
/// units.h. One registry serves project files ("350 W", "3.3e6 h") and factor tables.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace empreinte {

/// Physical kind of a quantity; each has one canonical unit (see units.h).
enum class Dimension {
  kRatio,
  kPower,
  kDuration,
  kEnergy,
  kPrimaryEnergy,
  kCarbonMass,
  kWater,
  kAdpe,
  kCarbonIntensity,
  kWaterIntensity,
  kPrimaryEnergyIntensity,
  kAdpeIntensity,
  kMemory,
  kComputeRate,
  kParameterCount,
  kComputeAmount,
  kStorageEnergyIntensity,
  kNetworkEnergyIntensity,
  kStorageCarbonIntensity,
  /// Money, canonical EUR. Prices carry their price year in their factor's `year`.
  kMoney,
  /// Price of electricity, canonical EUR/kWh (Energy [kWh] × price → EUR).
  kEnergyPrice,
  /// Cost per hour of elapsed time (instance rental, hosting), canonical EUR/h.
  kCostRate,
  /// Price of LLM tokens, canonical EUR per million tokens.
  kTokenPrice,
  /// Price of a person-day of work, canonical EUR/day. Not a cost rate: a working day is not
  /// 24 hours, so EUR/day never converts to EUR/h.
  kLabourRate,
  /// Price of emitting (or value of avoiding) greenhouse gases, canonical EUR/kgCO2e
  /// (CarbonMass [kgCO2e] × price → EUR).
  kCarbonPrice,
  /// A rate per year (discount, price escalation, maintenance share of capex), canonical 1/year.
  kRatePerYear,
};

/// A unit symbol and how to convert it: canonical = value × multiplier ÷ divisor. Sub-units
/// divide (700 W = 700 ÷ 1000 kW = 0.7 exactly, where × 0.001 would give 0.7000000000000001).
struct UnitInfo {
  /// Symbol as written, e.g. "MWh".
  std::string_view symbol;
  /// Kind of quantity it measures.
  Dimension dimension;
  /// Factor to the canonical unit, for larger units.
  double multiplier = 1.0;
  /// Divisor to the canonical unit, for smaller units.
  double divisor = 1.0;
};

/// `value`, written in `unit`, in the canonical unit of its dimension.
inline double to_canonical(double value, const UnitInfo& unit) {
  return value * unit.multiplier / unit.divisor;
}

/// `canonical`, in the canonical unit, expressed in `unit`.
inline double from_canonical(double canonical, const UnitInfo& unit) {
  return canonical * unit.divisor / unit.multiplier;
}

/// The unit with this exact symbol (case-sensitive: "mW" is not "MW"), if known.
std::optional<UnitInfo> find_unit(std::string_view symbol);

/// Canonical unit symbol of a dimension ("kWh" for energy).
std::string_view canonical_unit(Dimension dimension);

/// Name of a dimension in words ("energy", "carbon intensity").
std::string_view dimension_name(Dimension dimension);

/// Every symbol of a dimension, canonical first (for hints: "use one of: h, min, s, d, year").
std::vector<std::string_view> unit_symbols(Dimension dimension);

/// Every known symbol (for "did you mean" on unknown units).
std::vector<std::string_view> all_unit_symbols();

/// A number with its unit, parsed from text such as "350 W", "3.3e6 h" or "35 %".
struct ParsedQuantity {
  /// The number as written.
  double value;
  /// The unit written after it.
  UnitInfo unit;
};

/// Why a quantity string could not be parsed.
enum class QuantityParseError { kNoNumber, kNoUnit, kUnknownUnit };

/// Parses "<number> <unit>" (one or more spaces, or none before "%"). On failure returns the
/// error kind; `unit_text` receives the unit as written when there is one.
std::optional<ParsedQuantity> parse_quantity(std::string_view text, QuantityParseError& error,
                                             std::string& unit_text);

}  // namespace empreinte
