#include "engine/input/cost_readers.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <vector>

#include "engine/input/schema_v1_stage_kinds.h"

namespace empreinte {

// The price keys of the kind, when it has any.
PriceSpec read_price_keys(TableReader& reader, const schema_v1::StageKind& kind) {
  PriceSpec prices;
  const auto has_table = [&](const TableSpec& table) {
    return std::find(kind.fields.begin(), kind.fields.end(), &table) != kind.fields.end();
  };
  if (has_table(schema_v1::stage_tables::device_price_fields())) {
    prices.row = reader.text("price");
    prices.hourly_price = reader.quantity("hourly_price");
    prices.purchase_price = reader.quantity("purchase_price");
    if (prices.row && (prices.hourly_price || prices.purchase_price)) {
      reader.error_at_key("price", "give either a 'price' row or the price itself, not both");
    }
  } else if (has_table(schema_v1::stage_tables::token_price_fields())) {
    prices.row = reader.text("price");
    prices.input_token_price = reader.quantity("input_token_price");
    prices.output_token_price = reader.quantity("output_token_price");
    if (prices.input_token_price.has_value() != prices.output_token_price.has_value()) {
      reader.error_at_key(prices.input_token_price ? "input_token_price" : "output_token_price",
                          "give both 'input_token_price' and 'output_token_price'",
                          "a provider prices input and output tokens apart");
    }
    if (prices.row && prices.input_token_price) {
      reader.error_at_key("price", "give either a 'price' row or the token prices, not both");
    }
  }
  return prices;
}

CostStageSpec read_cost_stage(TableReader& reader, Diagnostics& diagnostics) {
  CostStageSpec cost;
  if (auto category = reader.text("category")) {
    static const std::map<std::string, CostCategoryName, std::less<>> names = {
        {"labour", CostCategoryName::kLabour},
        {"licences", CostCategoryName::kLicences},
        {"hosting", CostCategoryName::kHosting},
        {"maintenance", CostCategoryName::kMaintenance},
        {"other", CostCategoryName::kOther}};
    const auto found = names.find(category->value);
    if (found != names.end()) cost.category = {found->second, category->where, false};
  }
  cost.amount = reader.quantity("amount");
  cost.amount_per_year = reader.quantity("amount_per_year");
  cost.person_days = reader.quantity("person_days");
  cost.person_days_per_year = reader.quantity("person_days_per_year");
  cost.daily_rate = reader.quantity("daily_rate");
  cost.seats = reader.integer("seats");
  cost.price_per_seat = reader.quantity("price_per_seat");
  // Exactly one way of stating the amount, with what it needs.
  std::vector<std::string_view> given;
  for (const std::string_view key :
       {"amount", "amount_per_year", "person_days", "person_days_per_year", "seats"}) {
    if (reader.has(key)) given.push_back(key);
  }
  if (given.size() > 1) {
    reader.error_at_key(given[1],
                        "give one of amount, amount_per_year, person_days, "
                        "person_days_per_year and seats; '" +
                            std::string(given[0]) + "' is already given",
                        "write one cost stage per amount");
  } else if (given.empty()) {
    diagnostics.error(reader.where(), "missing the amount of the cost stage",
                      "add, for example: amount_per_year = 12000, or person_days = 40 with "
                      "daily_rate = 600");
  }
  const bool days = reader.has("person_days") || reader.has("person_days_per_year");
  if (days && !reader.has("daily_rate")) {
    diagnostics.error(reader.where(), "person-days need a 'daily_rate'",
                      "add, for example: daily_rate = 600 (EUR per person-day, excluding VAT)");
  }
  if (!days && reader.has("daily_rate")) {
    reader.error_at_key("daily_rate",
                        "'daily_rate' applies to person_days or "
                        "person_days_per_year only");
  }
  if (reader.has("seats") != reader.has("price_per_seat")) {
    diagnostics.error(reader.where(), "'seats' and 'price_per_seat' go together",
                      "add, for example: seats = 15 and price_per_seat = 240 (EUR a year)");
  }
  return cost;
}

BenefitSpec read_benefit(const toml::table& table, const std::string& file,
                         Diagnostics& diagnostics) {
  TableReader reader(table, {&schema_v1::stage_tables::benefit_fields()}, file, diagnostics);
  BenefitSpec benefit;
  benefit.where = reader.where();
  if (auto id = reader.text("id")) benefit.id = *id;
  benefit.title = benefit.id.value;
  if (auto title = reader.text("title")) benefit.title = title->value;
  if (auto unit = reader.text("unit")) benefit.unit = unit->value;
  if (auto quantity = reader.quantity("quantity_per_year")) benefit.quantity_per_year = *quantity;
  constexpr std::array<std::string_view, 6> kKeys = {
      "gwp_per_unit",   "energy_per_unit", "primary_energy_per_unit",
      "water_per_unit", "adpe_per_unit",   "cost_per_unit"};
  for (std::size_t c = 0; c < kKeys.size(); ++c) benefit.per_unit[c] = reader.quantity(kKeys[c]);
  return benefit;
}

}  // namespace empreinte
