#include "engine/core/unit_registry.h"

#include <array>
#include <charconv>
#include <cmath>

namespace empreinte {
namespace {

// Hours in a year of the calendar used for all duration conversions: 365 days. Energy
// accounting (ADEME, Eurostat) uses the 8,760-hour year; leap days are below every other
// uncertainty of these estimates.
constexpr double kHoursPerYear = 8760.0;

// A month of the same calendar: a twelfth of the 8,760-hour year (730 h), the convention cloud
// providers use to turn hourly prices into monthly ones.
constexpr double kHoursPerMonth = kHoursPerYear / 12.0;

// Canonical units first within each dimension.
constexpr std::array kUnits = {
    UnitInfo{"1", Dimension::kRatio, 1.0, 1.0},
    UnitInfo{"%", Dimension::kRatio, 1.0, 100.0},
    UnitInfo{"kW", Dimension::kPower, 1.0, 1.0},
    UnitInfo{"W", Dimension::kPower, 1.0, 1e3},
    UnitInfo{"MW", Dimension::kPower, 1e3, 1.0},
    UnitInfo{"h", Dimension::kDuration, 1.0, 1.0},
    UnitInfo{"min", Dimension::kDuration, 1.0, 60.0},
    UnitInfo{"s", Dimension::kDuration, 1.0, 3600.0},
    UnitInfo{"d", Dimension::kDuration, 24.0, 1.0},
    UnitInfo{"year", Dimension::kDuration, kHoursPerYear, 1.0},
    UnitInfo{"kWh", Dimension::kEnergy, 1.0, 1.0},
    UnitInfo{"Wh", Dimension::kEnergy, 1.0, 1e3},
    UnitInfo{"MWh", Dimension::kEnergy, 1e3, 1.0},
    UnitInfo{"GWh", Dimension::kEnergy, 1e6, 1.0},
    UnitInfo{"MJ", Dimension::kPrimaryEnergy, 1.0, 1.0},
    UnitInfo{"kJ", Dimension::kPrimaryEnergy, 1.0, 1e3},
    UnitInfo{"GJ", Dimension::kPrimaryEnergy, 1e3, 1.0},
    UnitInfo{"kgCO2e", Dimension::kCarbonMass, 1.0, 1.0},
    UnitInfo{"gCO2e", Dimension::kCarbonMass, 1.0, 1e3},
    UnitInfo{"tCO2e", Dimension::kCarbonMass, 1e3, 1.0},
    UnitInfo{"L", Dimension::kWater, 1.0, 1.0},
    UnitInfo{"mL", Dimension::kWater, 1.0, 1e3},
    UnitInfo{"m3", Dimension::kWater, 1e3, 1.0},
    UnitInfo{"kgSbeq", Dimension::kAdpe, 1.0, 1.0},
    UnitInfo{"gSbeq", Dimension::kAdpe, 1.0, 1e3},
    UnitInfo{"kgCO2e/kWh", Dimension::kCarbonIntensity, 1.0, 1.0},
    UnitInfo{"gCO2e/kWh", Dimension::kCarbonIntensity, 1.0, 1e3},
    UnitInfo{"L/kWh", Dimension::kWaterIntensity, 1.0, 1.0},
    UnitInfo{"MJ/kWh", Dimension::kPrimaryEnergyIntensity, 1.0, 1.0},
    UnitInfo{"kgSbeq/kWh", Dimension::kAdpeIntensity, 1.0, 1.0},
    UnitInfo{"GB", Dimension::kMemory, 1.0, 1.0},
    UnitInfo{"TB", Dimension::kMemory, 1e3, 1.0},
    UnitInfo{"MB", Dimension::kMemory, 1.0, 1e3},
    UnitInfo{"PB", Dimension::kMemory, 1e6, 1.0},
    UnitInfo{"TFLOPS", Dimension::kComputeRate, 1.0, 1.0},
    UnitInfo{"PFLOPS", Dimension::kComputeRate, 1e3, 1.0},
    UnitInfo{"B", Dimension::kParameterCount, 1.0, 1.0},
    UnitInfo{"M", Dimension::kParameterCount, 1.0, 1e3},
    UnitInfo{"FLOP", Dimension::kComputeAmount, 1.0, 1.0},
    UnitInfo{"PFLOP", Dimension::kComputeAmount, 1e15, 1.0},
    UnitInfo{"EFLOP", Dimension::kComputeAmount, 1e18, 1.0},
    UnitInfo{"ZFLOP", Dimension::kComputeAmount, 1e21, 1.0},
    // Storage: energy per GB stored for a year (canonical), per TB-year, or as CCF writes it,
    // Wh per TB and hour (× 8,760 h ÷ 10⁶ to kWh per GB-year).
    UnitInfo{"kWh/GB/year", Dimension::kStorageEnergyIntensity, 1.0, 1.0},
    UnitInfo{"kWh/TB/year", Dimension::kStorageEnergyIntensity, 1.0, 1e3},
    UnitInfo{"Wh/TB/h", Dimension::kStorageEnergyIntensity, kHoursPerYear, 1e6},
    UnitInfo{"kWh/GB", Dimension::kNetworkEnergyIntensity, 1.0, 1.0},
    UnitInfo{"Wh/GB", Dimension::kNetworkEnergyIntensity, 1.0, 1e3},
    UnitInfo{"kgCO2e/GB", Dimension::kStorageCarbonIntensity, 1.0, 1.0},
    UnitInfo{"kgCO2e/TB", Dimension::kStorageCarbonIntensity, 1.0, 1e3},
    // Money is euros only. A price published in another currency is converted when it enters a
    // table, at the rate its note states (factors/prices.toml keeps the rates as rows): an
    // exchange rate is data with a date, never a constant of this registry.
    UnitInfo{"EUR", Dimension::kMoney, 1.0, 1.0},
    UnitInfo{"kEUR", Dimension::kMoney, 1e3, 1.0},
    UnitInfo{"MEUR", Dimension::kMoney, 1e6, 1.0},
    UnitInfo{"EUR/kWh", Dimension::kEnergyPrice, 1.0, 1.0},
    UnitInfo{"EUR/MWh", Dimension::kEnergyPrice, 1.0, 1e3},
    UnitInfo{"EUR/h", Dimension::kCostRate, 1.0, 1.0},
    UnitInfo{"EUR/month", Dimension::kCostRate, 1.0, kHoursPerMonth},
    UnitInfo{"EUR/year", Dimension::kCostRate, 1.0, kHoursPerYear},
    UnitInfo{"EUR/Mtoken", Dimension::kTokenPrice, 1.0, 1.0},
    UnitInfo{"EUR/ktoken", Dimension::kTokenPrice, 1e3, 1.0},
    UnitInfo{"EUR/day", Dimension::kLabourRate, 1.0, 1.0},
    UnitInfo{"EUR/kgCO2e", Dimension::kCarbonPrice, 1.0, 1.0},
    UnitInfo{"EUR/tCO2e", Dimension::kCarbonPrice, 1.0, 1e3},
    UnitInfo{"1/year", Dimension::kRatePerYear, 1.0, 1.0},
    UnitInfo{"%/year", Dimension::kRatePerYear, 1.0, 100.0},
};

constexpr bool is_space(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::optional<UnitInfo> find_unit(std::string_view symbol) {
  for (const UnitInfo& unit : kUnits) {
    if (unit.symbol == symbol) return unit;
  }
  return std::nullopt;
}

std::string_view canonical_unit(Dimension dimension) {
  for (const UnitInfo& unit : kUnits) {
    if (unit.dimension == dimension) return unit.symbol;
  }
  return "1";
}

std::string_view dimension_name(Dimension dimension) {
  switch (dimension) {
    case Dimension::kRatio:
      return "dimensionless ratio";
    case Dimension::kPower:
      return "power";
    case Dimension::kDuration:
      return "duration";
    case Dimension::kEnergy:
      return "energy";
    case Dimension::kPrimaryEnergy:
      return "primary energy";
    case Dimension::kCarbonMass:
      return "carbon mass";
    case Dimension::kWater:
      return "water volume";
    case Dimension::kAdpe:
      return "abiotic depletion";
    case Dimension::kCarbonIntensity:
      return "carbon intensity";
    case Dimension::kWaterIntensity:
      return "water intensity";
    case Dimension::kPrimaryEnergyIntensity:
      return "primary energy intensity";
    case Dimension::kAdpeIntensity:
      return "abiotic depletion intensity";
    case Dimension::kMemory:
      return "data size";
    case Dimension::kComputeRate:
      return "compute rate";
    case Dimension::kParameterCount:
      return "parameter count";
    case Dimension::kComputeAmount:
      return "amount of computation";
    case Dimension::kStorageEnergyIntensity:
      return "storage energy intensity";
    case Dimension::kNetworkEnergyIntensity:
      return "network energy intensity";
    case Dimension::kStorageCarbonIntensity:
      return "manufacturing carbon per TB";
    case Dimension::kMoney:
      return "amount of money";
    case Dimension::kEnergyPrice:
      return "electricity price";
    case Dimension::kCostRate:
      return "cost per hour";
    case Dimension::kTokenPrice:
      return "price per million tokens";
    case Dimension::kLabourRate:
      return "price per person-day";
    case Dimension::kCarbonPrice:
      return "carbon price";
    case Dimension::kRatePerYear:
      return "rate per year";
  }
  return "quantity";
}

std::vector<std::string_view> unit_symbols(Dimension dimension) {
  std::vector<std::string_view> out;
  for (const UnitInfo& unit : kUnits) {
    if (unit.dimension == dimension) out.push_back(unit.symbol);
  }
  return out;
}

std::vector<std::string_view> all_unit_symbols() {
  std::vector<std::string_view> out;
  out.reserve(kUnits.size());
  for (const UnitInfo& unit : kUnits) out.push_back(unit.symbol);
  return out;
}

std::optional<ParsedQuantity> parse_quantity(std::string_view text, QuantityParseError& error,
                                             std::string& unit_text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  double value = 0.0;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (status != std::errc() || end == text.data() || !std::isfinite(value)) {
    error = QuantityParseError::kNoNumber;
    return std::nullopt;
  }
  std::string_view rest = text.substr(static_cast<std::size_t>(end - text.data()));
  while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  if (rest.empty()) {
    error = QuantityParseError::kNoUnit;
    return std::nullopt;
  }
  unit_text = std::string(rest);
  const std::optional<UnitInfo> unit = find_unit(rest);
  if (!unit) {
    error = QuantityParseError::kUnknownUnit;
    return std::nullopt;
  }
  return ParsedQuantity{value, *unit};
}

}  // namespace empreinte
