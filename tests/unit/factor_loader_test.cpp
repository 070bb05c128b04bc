// load_factor_set and lint_factor_set on small in-memory factor folders.
#include "engine/factors/factor_loader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/factors/factor_lint.h"

namespace empreinte {
namespace {

// A self-contained factor folder: one source and a three-zone chain XX → EU27 → WORLD.
constexpr const char* kSources = R"toml([[source]]
id = "test-source"
title = "Test figures"
licence = "CC0"
)toml";

constexpr const char* kZones = R"toml(table = "electricity"

[[zone]]
id = "WORLD"
name = "World"
kind = "world"
gwp = { value = 0.5, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }
primary_energy = { value = 9.0, unit = "MJ/kWh", source = "test-source", year = 2023 }
water = { value = 3.9, unit = "L/kWh", source = "test-source", year = 2023 }
adpe = { value = 7e-8, unit = "kgSbeq/kWh", source = "test-source", year = 2023 }

[[zone]]
id = "EU27"
name = "European Union"
kind = "region"
parent = "WORLD"
gwp = { value = 0.25, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }
primary_energy = { value = 8.5, unit = "MJ/kWh", source = "test-source", year = 2023 }

[[zone]]
id = "XX"
name = "Test country"
kind = "country"
parent = "EU27"
gwp = { value = 56, unit = "gCO2e/kWh", low = 18, high = 105, source = "test-source", year = 2023 }
)toml";

// The text of a one-zone electricity table whose row holds `row` below its id.
std::string electricity_with(const std::string& row) {
  return "table = \"electricity\"\n\n[[zone]]\n" + row;
}

FactorDirectory test_directory(std::string zones = kZones) {
  return FactorDirectory{"test",
                         {{"test/sources.toml", kSources}, {"test/electricity.toml", zones}}};
}

struct Loaded {
  FactorSet factors;
  Diagnostics diagnostics;
  SourceCache sources;
  std::string text;
};

Loaded load(const std::vector<FactorDirectory>& directories) {
  Loaded out;
  out.factors = load_factor_set(directories, out.diagnostics, out.sources);
  out.text = render_all(out.diagnostics, out.sources);
  return out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(FactorLoader, BundledSetLoadsWithoutError) {
  const Loaded loaded = load({bundled_factor_directory()});
  EXPECT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  EXPECT_GE(loaded.factors.rows(FactorTable::kHardware).size(), 15U);
  for (const char* zone : {"WORLD", "EU27", "FR", "US", "CN"}) {
    EXPECT_NE(loaded.factors.row(FactorTable::kElectricity, zone), nullptr) << zone;
  }
  EXPECT_FALSE(loaded.factors.rows(FactorTable::kDatacentres).empty());
  EXPECT_NE(loaded.factors.parameter("hardware_lifetime"), nullptr);
  EXPECT_TRUE(loaded.factors.version().starts_with("empreinte-factors "))
      << loaded.factors.version();
}

TEST(FactorLoader, EveryBundledFactorCitesAKnownSource) {
  const Loaded loaded = load({bundled_factor_directory()});
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  for (const FactorTable table :
       {FactorTable::kElectricity, FactorTable::kDatacentres, FactorTable::kHardware,
        FactorTable::kDefaults, FactorTable::kTasks}) {
    for (const auto& [id, row] : loaded.factors.rows(table)) {
      for (const auto& [key, factor] : row.quantities) {
        EXPECT_NE(loaded.factors.source(factor.source_id), nullptr) << factor.id;
        EXPECT_FALSE(factor.licence.empty()) << factor.id;
      }
    }
  }
}

TEST(FactorLoader, AnOverlayRowReplacesTheBundledRow) {
  FactorDirectory overlay{"./mes-facteurs",
                          {{"mes-facteurs/electricity.toml", electricity_with(R"toml(id = "FR"
name = "France (contrat d'électricité de la ville)"
kind = "country"
parent = "EU27"
gwp = { value = 0.021, unit = "kgCO2e/kWh", source = "ember-yearly-electricity", year = 2024 }
)toml")}}};
  const Loaded loaded = load({bundled_factor_directory(), overlay});
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  const FactorRow* france = loaded.factors.row(FactorTable::kElectricity, "FR");
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->field("name"), "France (contrat d'électricité de la ville)");
  ASSERT_NE(france->quantity("gwp"), nullptr);
  EXPECT_DOUBLE_EQ(france->quantity("gwp")->value, 0.021);
  EXPECT_EQ(france->quantity("gwp")->where.file, "mes-facteurs/electricity.toml");
  EXPECT_EQ(france->quantity("gwp")->where.line, 8U);
  // The whole row is replaced: the bundled French water figure is gone, EU27 has none either,
  // so the lookup falls back to WORLD.
  EXPECT_EQ(france->quantity("water"), nullptr);
  const ZoneFactor water = loaded.factors.zone_factor("FR", "water");
  ASSERT_NE(water.factor, nullptr);
  EXPECT_EQ(water.requested_zone, "FR");
  EXPECT_EQ(water.used_zone, "WORLD");
  // Other rows are untouched.
  const FactorRow* germany = loaded.factors.row(FactorTable::kElectricity, "DE");
  ASSERT_NE(germany, nullptr);
  EXPECT_EQ(germany->quantity("gwp")->where.file, "factors/electricity.toml");
}

TEST(FactorLoader, ZoneLookupsWalkTheParentChainAndSayWhereTheyEnded) {
  const Loaded loaded = load({test_directory()});
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  const FactorSet& factors = loaded.factors;

  const ZoneFactor own = factors.zone_factor("XX", "gwp");
  ASSERT_NE(own.factor, nullptr);
  EXPECT_EQ(own.requested_zone, "XX");
  EXPECT_EQ(own.used_zone, "XX");
  EXPECT_EQ(own.factor->id, "electricity/XX/gwp");

  const ZoneFactor parent = factors.zone_factor("XX", "primary_energy");
  ASSERT_NE(parent.factor, nullptr);
  EXPECT_EQ(parent.used_zone, "EU27");
  EXPECT_DOUBLE_EQ(parent.factor->value, 8.5);

  const ZoneFactor world = factors.zone_factor("XX", "water");
  ASSERT_NE(world.factor, nullptr);
  EXPECT_EQ(world.requested_zone, "XX");
  EXPECT_EQ(world.used_zone, "WORLD");
  EXPECT_DOUBLE_EQ(world.factor->value, 3.9);

  EXPECT_EQ(factors.zone_factor("XX", "no_such_quantity").factor, nullptr);
  EXPECT_EQ(factors.zone_factor("ZZ", "gwp").factor, nullptr);
}

TEST(FactorLoader, ConvertsToTheCanonicalUnitAndKeepsTheFigureAsWritten) {
  const Loaded loaded = load({test_directory()});
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  const Factor* gwp = loaded.factors.find("electricity/XX/gwp");
  ASSERT_NE(gwp, nullptr);
  EXPECT_EQ(gwp->dimension, Dimension::kCarbonIntensity);
  EXPECT_DOUBLE_EQ(gwp->value, 0.056);  // 56 gCO2e/kWh in kgCO2e/kWh
  ASSERT_TRUE(gwp->low && gwp->high);
  EXPECT_DOUBLE_EQ(*gwp->low, 0.018);
  EXPECT_DOUBLE_EQ(*gwp->high, 0.105);
  EXPECT_DOUBLE_EQ(gwp->as_written.value, 56.0);
  EXPECT_EQ(gwp->as_written.unit, "gCO2e/kWh");
  ASSERT_TRUE(gwp->as_written.low && gwp->as_written.high);
  EXPECT_DOUBLE_EQ(*gwp->as_written.low, 18.0);
  EXPECT_DOUBLE_EQ(*gwp->as_written.high, 105.0);
  EXPECT_EQ(gwp->source_id, "test-source");
  EXPECT_EQ(gwp->year, 2023);
  EXPECT_EQ(gwp->licence, "CC0");  // inherited from the source
  EXPECT_EQ(gwp->where.file, "test/electricity.toml");
  EXPECT_EQ(gwp->where.line, 25U);
}

TEST(FactorLoader, UnknownSourceIsAnErrorWithAHint) {
  const Loaded loaded = load({test_directory(electricity_with(R"toml(id = "WORLD"
name = "World"
kind = "world"
gwp = { value = 0.5, unit = "kgCO2e/kWh", source = "test-sourse", year = 2023 }
)toml"))});
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:7:7: error: factor "
                       "'electricity/WORLD/gwp' cites unknown source 'test-sourse'"))
      << loaded.text;
  EXPECT_TRUE(contains(loaded.text, "did you mean 'test-source'?")) << loaded.text;
}

TEST(FactorLoader, AUnitOfTheWrongDimensionIsAnError) {
  const Loaded loaded = load({test_directory(electricity_with(R"toml(id = "WORLD"
name = "World"
kind = "world"
gwp = { value = 0.5, unit = "kWh", source = "test-source", year = 2023 }
)toml"))});
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:7:29: error: factor "
                       "'electricity/WORLD/gwp' must be a carbon intensity, but "
                       "'kWh' is a unit of energy"))
      << loaded.text;
  EXPECT_TRUE(contains(loaded.text, "hint: use one of: kgCO2e/kWh, gCO2e/kWh")) << loaded.text;
  EXPECT_EQ(loaded.factors.find("electricity/WORLD/gwp"), nullptr);
}

TEST(FactorLoader, LowAboveValueIsAnError) {
  const Loaded loaded = load({test_directory(electricity_with(R"toml(id = "WORLD"
name = "World"
kind = "world"
gwp = { value = 0.5, unit = "kgCO2e/kWh", low = 0.6, high = 0.7, source = "test-source", year = 2023 }
)toml"))});
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:7:7: error: factor "
                       "'electricity/WORLD/gwp' must satisfy low <= value <= high"))
      << loaded.text;
}

TEST(FactorLoader, AZoneNamingAnUnknownParentIsAnError) {
  const Loaded loaded = load({test_directory(std::string(kZones) + R"toml(
[[zone]]
id = "YY"
name = "Orphan"
kind = "country"
parent = "EU28"
gwp = { value = 0.1, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }
)toml")});
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:27:1: error: zone 'YY' names unknown "
                       "parent 'EU28'"))
      << loaded.text;
}

TEST(FactorLoader, ACycleInParentsIsAnError) {
  const Loaded loaded = load({test_directory(std::string(kZones) + R"toml(
[[zone]]
id = "AA"
name = "A"
kind = "region"
parent = "BB"
gwp = { value = 0.1, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }

[[zone]]
id = "BB"
name = "B"
kind = "region"
parent = "AA"
gwp = { value = 0.1, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }
)toml")});
  EXPECT_TRUE(loaded.diagnostics.has_errors());
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:27:1: error: zone 'AA' is its own "
                       "ancestor"))
      << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:34:1: error: zone 'BB' is its own "
                       "ancestor"))
      << loaded.text;
}

TEST(FactorLoader, AnUnknownKeyInARowIsAnErrorWithAHint) {
  const Loaded loaded = load({test_directory(electricity_with(R"toml(id = "WORLD"
name = "World"
kind = "world"
gwp = { value = 0.5, unit = "kgCO2e/kWh", source = "test-source", year = 2023 }
water_intensity = { value = 3.9, unit = "L/kWh", source = "test-source", year = 2023 }
)toml"))});
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << loaded.text;
  EXPECT_TRUE(contains(loaded.text,
                       "test/electricity.toml:8:1: error: unknown key "
                       "'water_intensity' in [[zone]]"))
      << loaded.text;
  EXPECT_TRUE(contains(loaded.text, "^~~~~~~~~~~~~~~")) << loaded.text;
}

TEST(FactorLoader, TheVersionNamesTheOverlay) {
  const FactorDirectory bundled = bundled_factor_directory();
  const std::string bundled_version = load({bundled}).factors.version();
  ASSERT_FALSE(bundled_version.empty());

  const FactorDirectory without_manifest{"./mes-facteurs",
                                         {{"mes-facteurs/sources.toml", kSources}}};
  const Loaded plain = load({bundled, without_manifest});
  ASSERT_FALSE(plain.diagnostics.has_errors()) << plain.text;
  EXPECT_EQ(plain.factors.version(), bundled_version + " + overrides from ./mes-facteurs");

  const FactorDirectory with_manifest{
      "./mes-facteurs",
      {{"mes-facteurs/manifest.toml", "factor_set = \"facteurs-ville\"\nversion = \"1.2\"\n"},
       {"mes-facteurs/sources.toml", kSources}}};
  const Loaded named = load({bundled, with_manifest});
  ASSERT_FALSE(named.diagnostics.has_errors()) << named.text;
  EXPECT_EQ(named.factors.version(), bundled_version + " + facteurs-ville 1.2");
}

TEST(FactorLint, TheBundledSetPassesItsLint) {
  const std::vector<FactorDirectory> directories = {bundled_factor_directory()};
  Loaded loaded = load(directories);
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  lint_factor_set(loaded.factors, directories, loaded.diagnostics);
  EXPECT_FALSE(loaded.diagnostics.has_errors()) << render_all(loaded.diagnostics, loaded.sources);
}

TEST(FactorLint, AnEditedTableNoLongerMatchesItsManifestChecksum) {
  FactorDirectory edited = bundled_factor_directory();
  for (FactorFile& file : edited.files) {
    if (file.path == "factors/hardware.toml") file.text += "\n# edited by hand\n";
  }
  const std::vector<FactorDirectory> directories = {edited};
  Loaded loaded = load(directories);
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  lint_factor_set(loaded.factors, directories, loaded.diagnostics);
  const std::string text = render_all(loaded.diagnostics, loaded.sources);
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << text;
  EXPECT_TRUE(contains(text, "error: checksum of 'hardware.toml' does not match the manifest"))
      << text;
  EXPECT_TRUE(contains(text, "hint: after editing a table, run factors/update-manifest.sh"))
      << text;
}

TEST(FactorLint, AnImplausibleValueIsReported) {
  const FactorDirectory overlay{"./mes-facteurs",
                                {{"mes-facteurs/electricity.toml", electricity_with(R"toml(id = "FR"
name = "France"
kind = "country"
parent = "EU27"
gwp = { value = 56, unit = "kgCO2e/kWh", source = "ember-yearly-electricity", year = 2023 }
)toml")}}};
  const std::vector<FactorDirectory> directories = {bundled_factor_directory(), overlay};
  Loaded loaded = load(directories);
  ASSERT_FALSE(loaded.diagnostics.has_errors()) << loaded.text;
  lint_factor_set(loaded.factors, directories, loaded.diagnostics);
  const std::string text = render_all(loaded.diagnostics, loaded.sources);
  EXPECT_EQ(loaded.diagnostics.error_count(), 1U) << text;
  EXPECT_TRUE(contains(text,
                       "mes-facteurs/electricity.toml:8:7: error: implausible value 56 "
                       "kgCO2e/kWh for 'electricity/FR/gwp'"))
      << text;
  EXPECT_TRUE(contains(text, "hint: plausible range: 0 to 1.5 kgCO2e/kWh")) << text;
}

}  // namespace
}  // namespace empreinte
