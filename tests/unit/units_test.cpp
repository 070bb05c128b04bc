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
