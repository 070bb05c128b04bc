#pragma once
/// @file criteria.h
/// The impact criteria every stage, option and project reports, with their report units.

#include <array>
#include <cstddef>
#include <string_view>

namespace empreinte {

/// An impact criterion. The order is the order of every report.
enum class Criterion : std::size_t { kGwp, kEnergy, kPrimaryEnergy, kWater, kAdpe, kCost };

/// Number of criteria.
inline constexpr std::size_t kCriterionCount = 6;

/// All criteria, in report order.
inline constexpr std::array<Criterion, kCriterionCount> kAllCriteria = {
    Criterion::kGwp,   Criterion::kEnergy, Criterion::kPrimaryEnergy,
    Criterion::kWater, Criterion::kAdpe,   Criterion::kCost};

/// Identifier used in XML `criterion="…"` attributes and in factor tables.
constexpr std::string_view criterion_id(Criterion c) {
  constexpr std::array<std::string_view, kCriterionCount> kIds = {
      "gwp", "energy", "primary_energy", "water", "adpe", "cost"};
  return kIds[static_cast<std::size_t>(c)];
}

/// Report unit of the criterion (the canonical unit of its quantity type in units.h).
constexpr std::string_view criterion_unit(Criterion c) {
  constexpr std::array<std::string_view, kCriterionCount> kUnits = {"kgCO2e", "kWh",    "MJ",
                                                                    "L",      "kgSbeq", "EUR"};
  return kUnits[static_cast<std::size_t>(c)];
}

/// Index of a criterion into per-criterion arrays.
constexpr std::size_t index_of(Criterion c) { return static_cast<std::size_t>(c); }

}  // namespace empreinte
