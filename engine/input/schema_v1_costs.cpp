// Keys of the cost model: what a stage's devices or tokens cost, and the `cost` stage for the
// spending no other stage carries (labour, licences, hosting).

#include "engine/input/schema_v1_stage_kinds.h"

namespace empreinte::schema_v1::stage_tables {

const TableSpec& device_price_fields() {
  static const TableSpec spec{
      "[[option.stage]] device prices",
      "What the stage's devices cost (compute, training, fine_tuning, inference, embodied). "
      "Without these keys, a rented device is priced at the median instance-hour of the price "
      "table for it, a bought one at the purchase price of the table, and the report says so.",
      {
          {.key = "price",
           .type = FieldType::kReference,
           .doc = "A row of the prices table: a `rental/…` row for rented devices, a "
                  "`purchase/…` row for bought ones (`empreinte factors list prices`).",
           .reference_table = "prices"},
          {.key = "hourly_price",
           .type = FieldType::kQuantity,
           .doc = "Price of one device-hour when rented, excluding VAT (a quote, a contract).",
           .dimension = Dimension::kCostRate,
           .bare_unit = "EUR/h",
           .min = 0.0},
          {.key = "purchase_price",
           .type = FieldType::kQuantity,
           .doc = "Price of one device when bought, excluding VAT.",
           .dimension = Dimension::kMoney,
           .bare_unit = "EUR",
           .min = 0.0},
      }};
  return spec;
}

const TableSpec& token_price_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"api\" prices",
      "What the requests cost. Without these keys, the prices table row of the provider and "
      "model is used (`api/<provider>/<model>`).",
      {
          {.key = "price",
           .type = FieldType::kReference,
           .doc = "An `api/…` row of the prices table.",
           .reference_table = "prices"},
          {.key = "input_token_price",
           .type = FieldType::kQuantity,
           .doc = "Price of input tokens, excluding VAT.",
           .dimension = Dimension::kTokenPrice,
           .bare_unit = "EUR/Mtoken",
           .min = 0.0},
          {.key = "output_token_price",
           .type = FieldType::kQuantity,
           .doc = "Price of output tokens, excluding VAT.",
           .dimension = Dimension::kTokenPrice,
           .bare_unit = "EUR/Mtoken",
           .min = 0.0},
      }};
  return spec;
}

const TableSpec& cost_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"cost\"",
      "Spending no other stage carries: labour (specification, integration, testing, staff "
      "training, change management, run), licences and subscriptions, hosting or colocation, "
      "maintenance contracts. Give exactly one of amount, amount_per_year, person_days, "
      "person_days_per_year and seats. No environmental impact is counted for it.",
      {
          {.key = "category",
           .type = FieldType::kChoice,
           .required = true,
           .doc = "What is paid for.",
           .choices = {"labour", "licences", "hosting", "maintenance", "other"},
           .example = "category = \"labour\"",
           .aliases = {{"main-d-oeuvre", "labour"},
                       {"licences-abonnements", "licences"},
                       {"hebergement", "hosting"},
                       {"autre", "other"}}},
          {.key = "amount",
           .type = FieldType::kQuantity,
           .doc = "Paid once, at the start of the horizon.",
           .dimension = Dimension::kMoney,
           .bare_unit = "EUR",
           .min = 0.0},
          {.key = "amount_per_year",
           .type = FieldType::kQuantity,
           .doc = "Paid every year of the horizon (pro rata for a part year).",
           .dimension = Dimension::kCostRate,
           .bare_unit = "EUR/year",
           .min = 0.0},
          {.key = "person_days",
           .type = FieldType::kQuantity,
           .doc = "Work done once, at the start (with daily_rate).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "person_days_per_year",
           .type = FieldType::kQuantity,
           .doc = "Work every year of the horizon (run, maintenance, support; with daily_rate).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "daily_rate",
           .type = FieldType::kQuantity,
           .doc = "Cost of a person-day (loaded salary or the contract's daily rate), excluding "
                  "VAT. No default: no public reference figure was found.",
           .dimension = Dimension::kLabourRate,
           .bare_unit = "EUR/day",
           .min = 0.0},
          {.key = "seats",
           .type = FieldType::kInteger,
           .doc = "Licences or subscriptions paid per seat (with price_per_seat).",
           .min = 1.0},
          {.key = "price_per_seat",
           .type = FieldType::kQuantity,
           .doc = "Yearly price of one seat, excluding VAT.",
           .dimension = Dimension::kCostRate,
           .bare_unit = "EUR/year",
           .min = 0.0},
      }};
  return spec;
}

const TableSpec& lot_fields() {
  static const TableSpec spec{
      "[[project.lot]]",
      "The volumes a tender is written for: a firm lot, then optional lots (10 teams, then 5 "
      "more per optional lot). The file describes the first lot; every other lot scales the "
      "volumes of the stages that follow it (`lots = \"scale\"`) by its volume over the "
      "first's, and the report gives each lot's total and what it adds to the one before.",
      {
          {.key = "id",
           .type = FieldType::kIdentifier,
           .required = true,
           .doc = "Lot id, unique within the project.",
           .example = "id = \"tranche-ferme\""},
          {.key = "title", .type = FieldType::kText, .doc = "What the lot covers."},
          {.key = "volume",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "The lot's volume, cumulative (10 teams, then 15): in the unit of `lot_unit`.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .example = "volume = 10"},
      }};
  return spec;
}

const TableSpec& benefit_fields() {
  static const TableSpec spec{
      "[[option.benefit]]",
      "An impact the option avoids (trips, paper, staff time saved…), with its own figures per "
      "unit avoided: the report sets what the option induces against what it avoids, and says "
      "when, or whether, it pays back its own footprint. Give the figures per unit you can "
      "source; those left out count as zero.",
      {
          {.key = "id",
           .type = FieldType::kIdentifier,
           .required = true,
           .doc = "Benefit id, unique within the option.",
           .example = "id = \"trajets-evites\""},
          {.key = "title", .type = FieldType::kText, .doc = "What is avoided, in words."},
          {.key = "unit",
           .type = FieldType::kText,
           .required = true,
           .doc = "The unit avoided (\"km by car\", \"printed page\", \"staff hour\").",
           .example = "unit = \"km en voiture\""},
          {.key = "quantity_per_year",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "Units avoided per year of the horizon.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .example = "quantity_per_year = 12000"},
          {.key = "gwp_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Climate change avoided per unit, with its source in a comment.",
           .dimension = Dimension::kCarbonMass,
           .bare_unit = "kgCO2e",
           .min = 0.0},
          {.key = "energy_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Final energy avoided per unit.",
           .dimension = Dimension::kEnergy,
           .bare_unit = "kWh",
           .min = 0.0},
          {.key = "primary_energy_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Primary energy avoided per unit.",
           .dimension = Dimension::kPrimaryEnergy,
           .bare_unit = "MJ",
           .min = 0.0},
          {.key = "water_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Water avoided per unit.",
           .dimension = Dimension::kWater,
           .bare_unit = "L",
           .min = 0.0},
          {.key = "adpe_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Abiotic depletion avoided per unit.",
           .dimension = Dimension::kAdpe,
           .bare_unit = "kgSbeq",
           .min = 0.0},
          {.key = "cost_per_unit",
           .type = FieldType::kQuantity,
           .doc = "Money saved per unit (a staff hour at its loaded cost), EUR excluding VAT.",
           .dimension = Dimension::kMoney,
           .bare_unit = "EUR",
           .min = 0.0},
      }};
  return spec;
}

}  // namespace empreinte::schema_v1::stage_tables
