#include "engine/core/units.h"

#include <gtest/gtest.h>

#include "engine/core/unit_registry.h"

namespace empreinte {
namespace {

TEST(Units, PowerTimesDurationIsEnergyInKilowattHours) {
  const Energy energy = Power::point(0.4) * Duration::point(1000.0);
  EXPECT_DOUBLE_EQ(energy.central(), 400.0);
}

TEST(Units, EnergyTimesIntensitiesGiveEachCriterion) {
  const Energy energy = Energy::point(1000.0);
  EXPECT_DOUBLE_EQ((energy * CarbonIntensity::point(0.057)).central(), 57.0);
  EXPECT_DOUBLE_EQ((energy * WaterIntensity::point(3.5)).central(), 3500.0);
  EXPECT_DOUBLE_EQ((energy * PrimaryEnergyIntensity::point(9.3)).central(), 9300.0);
  EXPECT_DOUBLE_EQ((energy * AdpeIntensity::point(5e-8)).central(), 5e-5);
}

TEST(Units, RatiosScaleWithoutChangingKind) {
  const Energy it = Energy::point(100.0);
  const Energy facility = it * Ratio::point(1.5);
  EXPECT_DOUBLE_EQ(facility.central(), 150.0);
  EXPECT_DOUBLE_EQ((facility / it).central(), 1.5);
}

TEST(Units, OperationsWorkSampleBySample) {
  Samples a(3);
  a << 1.0, 2.0, 3.0;
  Samples b(3);
  b << 10.0, 20.0, 30.0;
  const Energy energy = Power(a) * Duration(b);
  EXPECT_DOUBLE_EQ(energy.samples()(2), 90.0);
  EXPECT_DOUBLE_EQ(energy.central(), 10.0);
}

TEST(UnitRegistry, ConvertsToCanonicalUnitsExactly) {
  EXPECT_EQ(to_canonical(700.0, *find_unit("W")), 0.7);
  EXPECT_EQ(to_canonical(57.0, *find_unit("gCO2e/kWh")), 0.057);
  EXPECT_EQ(to_canonical(0.5, *find_unit("year")), 4380.0);
  EXPECT_EQ(to_canonical(2.0, *find_unit("d")), 48.0);
  EXPECT_EQ(to_canonical(35.0, *find_unit("%")), 0.35);
  EXPECT_EQ(from_canonical(0.7, *find_unit("W")), 700.0);
}

TEST(UnitRegistry, ConvertsPricesToCanonicalUnits) {
  EXPECT_DOUBLE_EQ(to_canonical(153.4, *find_unit("EUR/MWh")), 0.1534);
  EXPECT_EQ(to_canonical(730.0, *find_unit("EUR/month")), 1.0);
  EXPECT_EQ(to_canonical(8760.0, *find_unit("EUR/year")), 1.0);
  EXPECT_EQ(to_canonical(2.5, *find_unit("kEUR")), 2500.0);
  EXPECT_DOUBLE_EQ(to_canonical(0.002, *find_unit("EUR/ktoken")), 2.0);
  EXPECT_EQ(to_canonical(300.0, *find_unit("EUR/tCO2e")), 0.3);
  EXPECT_EQ(to_canonical(10.0, *find_unit("%/year")), 0.1);
  EXPECT_EQ(canonical_unit(Dimension::kMoney), "EUR");
  EXPECT_EQ(canonical_unit(Dimension::kEnergyPrice), "EUR/kWh");
  EXPECT_EQ(canonical_unit(Dimension::kCostRate), "EUR/h");
  EXPECT_EQ(canonical_unit(Dimension::kTokenPrice), "EUR/Mtoken");
  EXPECT_EQ(canonical_unit(Dimension::kCarbonPrice), "EUR/kgCO2e");
  EXPECT_EQ(canonical_unit(Dimension::kRatePerYear), "1/year");
}

TEST(UnitRegistry, KeepsLabourDaysApartFromHoursOfUse) {
  // A person-day is a working day, not 24 hours of rental: the two never convert.
  EXPECT_EQ(find_unit("EUR/day")->dimension, Dimension::kLabourRate);
  EXPECT_EQ(find_unit("EUR/h")->dimension, Dimension::kCostRate);
  EXPECT_NE(find_unit("EUR/day")->dimension, find_unit("EUR/h")->dimension);
  // Only euros: a dollar price is converted, with its dated rate, before it enters a table.
  EXPECT_FALSE(find_unit("USD").has_value());
  EXPECT_FALSE(find_unit("USD/h").has_value());
}

TEST(UnitRegistry, ParsesPriceQuantityStrings) {
  QuantityParseError error{};
  std::string unit;
  const auto hourly = parse_quantity("2.8665 EUR/h", error, unit);
  ASSERT_TRUE(hourly.has_value());
  EXPECT_EQ(hourly->unit.dimension, Dimension::kCostRate);
  const auto rate = parse_quantity("3.2%/year", error, unit);
  ASSERT_TRUE(rate.has_value());
  EXPECT_DOUBLE_EQ(to_canonical(rate->value, rate->unit), 0.032);
}

TEST(UnitRegistry, SymbolsAreCaseSensitive) {
  EXPECT_TRUE(find_unit("MW").has_value());
  EXPECT_FALSE(find_unit("mw").has_value());
  EXPECT_FALSE(find_unit("hours").has_value());
}

TEST(UnitRegistry, ParsesQuantityStrings) {
  QuantityParseError error{};
  std::string unit;
  const auto parsed = parse_quantity("3.3e6 h", error, unit);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->value, 3.3e6);
  EXPECT_EQ(parsed->unit.symbol, "h");
  ASSERT_TRUE(parse_quantity("35%", error, unit).has_value());
  EXPECT_FALSE(parse_quantity("12", error, unit).has_value());
  EXPECT_EQ(error, QuantityParseError::kNoUnit);
  EXPECT_FALSE(parse_quantity("twelve h", error, unit).has_value());
  EXPECT_EQ(error, QuantityParseError::kNoNumber);
  EXPECT_FALSE(parse_quantity("12 hrs", error, unit).has_value());
  EXPECT_EQ(error, QuantityParseError::kUnknownUnit);
  EXPECT_EQ(unit, "hrs");
}

}  // namespace
}  // namespace empreinte
