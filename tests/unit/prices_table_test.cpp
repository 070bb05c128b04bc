// The price table (factors/prices.toml) and the cost defaults: the bundled rows checked against
// the schema that will load them, and, once the loader reads the table, the loaded set itself.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "engine/factors/factor_lint.h"
#include "engine/factors/factor_loader.h"
#include "engine/factors/factor_schema.h"

namespace empreinte {
namespace {

const std::filesystem::path kFactors = std::filesystem::path(EMPREINTE_SOURCE_DIR) / "factors";

toml::table parse_factor_file(const std::string& name) {
  return toml::parse_file((kFactors / name).string());
}

// The `id` of every entry of `root[key]`.
std::set<std::string> ids_of(const toml::table& root, const char* key) {
  std::set<std::string> ids;
  if (const toml::array* rows = root[key].as_array()) {
    for (const toml::node& row : *rows) {
      if (const auto* table = row.as_table()) ids.insert((*table)["id"].value_or(std::string()));
    }
  }
  return ids;
}

double number(const toml::table& table, const char* key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return 0.0;
  if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
  return node->value_or(0.0);
}

TEST(PricesSchema, DeclaresThePricesTable) {
  const FactorTableSpec* spec = find_factor_table_spec("prices.toml");
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->table, FactorTable::kPrices);
  EXPECT_EQ(spec->row_key, "price");
  const auto dimension_of = [&](std::string_view key) {
    for (const FactorQuantitySpec& quantity : spec->quantities) {
      if (quantity.key == key) return quantity.dimension;
    }
    ADD_FAILURE() << "no quantity " << key;
    return Dimension::kRatio;
  };
  EXPECT_EQ(dimension_of("energy_price"), Dimension::kEnergyPrice);
  EXPECT_EQ(dimension_of("instance_hour"), Dimension::kCostRate);
  EXPECT_EQ(dimension_of("input_tokens"), Dimension::kTokenPrice);
  EXPECT_EQ(dimension_of("output_tokens"), Dimension::kTokenPrice);
  EXPECT_EQ(dimension_of("unit_price"), Dimension::kMoney);
  for (const PriceCategorySpec& category : price_categories()) {
    for (const std::string_view quantity : category.quantities) dimension_of(quantity);
  }
}

TEST(PricesSchema, CostDefaultsHaveCostDimensions) {
  EXPECT_EQ(parameter_dimension("discount_rate"), Dimension::kRatePerYear);
  EXPECT_EQ(parameter_dimension("electricity_price_escalation"), Dimension::kRatePerYear);
  EXPECT_EQ(parameter_dimension("maintenance_share_of_capex"), Dimension::kRatePerYear);
  EXPECT_EQ(parameter_dimension("residual_value_share_at_end_of_life"), Dimension::kRatio);
  EXPECT_EQ(parameter_dimension("carbon_value_2030"), Dimension::kCarbonPrice);
  ASSERT_TRUE(plausible_range(Dimension::kRatePerYear).has_value());
  EXPECT_FALSE(plausible_range(Dimension::kEnergy).has_value());
}

// Every bundled price row, read as the loader will read it: known category and its keys, units
// of the schema's dimensions, plausible values, a cited source, a year matching price_date, and
// joins that resolve in the other bundled tables.
TEST(PricesTable, BundledRowsFollowTheSchema) {
  const toml::table prices = parse_factor_file("prices.toml");
  EXPECT_EQ(prices["table"].value_or(std::string()), "prices");
  const std::set<std::string> sources = ids_of(parse_factor_file("sources.toml"), "source");
  const std::set<std::string> zones = ids_of(parse_factor_file("electricity.toml"), "zone");
  const std::set<std::string> devices = ids_of(parse_factor_file("hardware.toml"), "device");
  const std::set<std::string> models = ids_of(parse_factor_file("models.toml"), "model");
  const std::set<std::string> providers = ids_of(parse_factor_file("providers.toml"), "provider");
  const FactorTableSpec& spec = factor_table_spec(FactorTable::kPrices);

  std::map<std::string, int> per_category;
  std::set<std::string> seen;
  const toml::array* rows = prices["price"].as_array();
  ASSERT_NE(rows, nullptr);
  for (const toml::node& node : *rows) {
    const toml::table& row = *node.as_table();
    const std::string id = row["id"].value_or(std::string());
    SCOPED_TRACE(id);
    EXPECT_TRUE(seen.insert(id).second) << "duplicate id";
    const std::string category_name = row["category"].value_or(std::string());
    const PriceCategorySpec* category = find_price_category(category_name);
    ASSERT_NE(category, nullptr) << category_name;
    ++per_category[category_name];
    EXPECT_TRUE(id.starts_with(std::string(category->id_prefix) + "/"));
    for (const std::string_view field : category->fields) {
      EXPECT_TRUE(row.contains(field)) << "missing " << field;
    }
    const std::string date = row["price_date"].value_or(std::string());
    ASSERT_GE(date.size(), 4U);
    for (const auto& [key, value] : row) {
      const auto quantity = std::find_if(
          spec.quantities.begin(), spec.quantities.end(),
          [&](const FactorQuantitySpec& candidate) { return candidate.key == key.str(); });
      if (quantity == spec.quantities.end()) {
        const bool known_field =
            std::any_of(spec.fields.begin(), spec.fields.end(),
                        [&](const FactorFieldSpec& field) { return field.key == key.str(); });
        EXPECT_TRUE(known_field || key.str() == "id") << "unknown key " << key.str();
        continue;
      }
      EXPECT_NE(std::find(category->quantities.begin(), category->quantities.end(), key.str()),
                category->quantities.end())
          << key.str() << " does not belong to " << category_name;
      const toml::table& factor = *value.as_table();
      const auto unit = find_unit(factor["unit"].value_or(std::string()));
      ASSERT_TRUE(unit.has_value()) << key.str();
      EXPECT_EQ(unit->dimension, quantity->dimension) << key.str();
      const double canonical = to_canonical(number(factor, "value"), *unit);
      EXPECT_GE(canonical, quantity->plausible_min) << key.str();
      EXPECT_LE(canonical, quantity->plausible_max) << key.str();
      if (factor.contains("low")) {
        EXPECT_LE(number(factor, "low"), number(factor, "value")) << key.str();
        EXPECT_LE(number(factor, "value"), number(factor, "high")) << key.str();
      }
      EXPECT_EQ(sources.count(factor["source"].value_or(std::string())), 1U) << key.str();
      EXPECT_EQ(std::to_string(factor["year"].value_or(std::int64_t{0})), date.substr(0, 4));
    }
    const auto joins = [&](const char* key, const std::set<std::string>& targets) {
      if (const auto target = row[key].value<std::string>()) {
        EXPECT_EQ(targets.count(*target), 1U) << key << " " << *target;
      }
    };
    joins("zone", zones);
    joins("device", devices);
    joins("model", models);
    joins("provider", providers);
  }
  // Every EU member state, the EU average and a few others; the hosts and clouds of the brief.
  EXPECT_GE(per_category["electricity"], 30);
  for (const char* zone :
       {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "EU27"}) {
    EXPECT_EQ(seen.count("electricity/" + std::string(zone)), 1U) << zone;
  }
  EXPECT_GE(per_category["rental"], 30);
  EXPECT_GE(per_category["api"], 15);
  EXPECT_GE(per_category["purchase"], 5);
  EXPECT_GE(per_category["exchange-rate"], 1);
}

TEST(PricesTable, CostDefaultsLoadWithTheirUnits) {
  Diagnostics diagnostics;
  SourceCache sources;
  const FactorSet factors = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
  ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
  const Factor* discount = factors.parameter("discount_rate");
  ASSERT_NE(discount, nullptr);
  EXPECT_EQ(discount->dimension, Dimension::kRatePerYear);
  EXPECT_DOUBLE_EQ(discount->value, 0.032);
  const Factor* carbon = factors.parameter("carbon_value_2030");
  ASSERT_NE(carbon, nullptr);
  EXPECT_EQ(carbon->dimension, Dimension::kCarbonPrice);
  EXPECT_DOUBLE_EQ(carbon->value, 0.3);  // 300 EUR/tCO2e, canonical EUR/kgCO2e
  EXPECT_EQ(carbon->as_written.unit, "EUR/tCO2e");
  for (const char* id : {"electricity_price_escalation", "maintenance_share_of_capex",
                         "residual_value_share_at_end_of_life", "carbon_value_2025",
                         "carbon_value_2040", "carbon_value_2050"}) {
    EXPECT_NE(factors.parameter(id), nullptr) << id;
  }
}

// The loaded table. factor_loader.cpp does not read prices.toml yet (the wiring is pending, see
// factors/README.md); until it does, this test reports itself skipped rather than passing empty.
TEST(PricesTable, BundledSetCarriesPrices) {
  Diagnostics diagnostics;
  SourceCache sources;
  const std::vector<FactorDirectory> directories = {bundled_factor_directory()};
  const FactorSet factors = load_factor_set(directories, diagnostics, sources);
  if (factors.rows(FactorTable::kPrices).empty()) {
    GTEST_SKIP() << "the loader does not read prices.toml yet";
  }
  lint_factor_set(factors, directories, diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);

  const Factor* france = factors.find("price/electricity/FR/energy_price");
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->dimension, Dimension::kEnergyPrice);
  EXPECT_DOUBLE_EQ(france->value, 0.1534);  // written 153.4 EUR/MWh
  EXPECT_EQ(france->as_written.unit, "EUR/MWh");
  EXPECT_EQ(france->year, 2025);
  EXPECT_EQ(factors.row(FactorTable::kPrices, "electricity/FR")->field("price_date"), "2025-S2");

  const FactorRow* h100 = factors.row(FactorTable::kPrices, "rental/scaleway/h100-1-80g/fr-par-2");
  ASSERT_NE(h100, nullptr);
  EXPECT_EQ(h100->field("accelerators"), "1");
  EXPECT_EQ(h100->field("device"), "nvidia-h100-pcie-80gb");
  ASSERT_NE(h100->quantity("instance_hour"), nullptr);
  EXPECT_EQ(h100->quantity("instance_hour")->dimension, Dimension::kCostRate);
  EXPECT_DOUBLE_EQ(h100->quantity("instance_hour")->value, 2.8665);

  const FactorRow* gpt4o = factors.row(FactorTable::kPrices, "api/openai/openai-gpt-4o");
  ASSERT_NE(gpt4o, nullptr);
  EXPECT_NE(factors.row(FactorTable::kProviders, gpt4o->field("provider")), nullptr);
  EXPECT_NE(factors.row(FactorTable::kModels, gpt4o->field("model")), nullptr);
  ASSERT_NE(gpt4o->quantity("output_tokens"), nullptr);
  EXPECT_EQ(gpt4o->quantity("output_tokens")->dimension, Dimension::kTokenPrice);
  EXPECT_FALSE(gpt4o->quantity("output_tokens")->licence.empty());
}

}  // namespace
}  // namespace empreinte
