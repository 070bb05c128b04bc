#include "engine/input/schema_v1.h"

#include <array>
#include <string>

#include "engine/core/criterion_groups.h"
#include "engine/input/schema_v1_stage_kinds.h"

namespace empreinte::schema_v1 {

const TableSpec& site() {
  static const TableSpec spec{
      "site",
      "Where a stage runs: the electricity zone, and a data-centre profile or explicit PUE and "
      "WUE. Explicit values override the profile's.",
      {
          {.key = "zone",
           .type = FieldType::kReference,
           .required = true,
           .doc =
               "Electricity zone: ISO 3166 country code (\"FR\"), sub-region, \"EU27\" or "
               "\"WORLD\". Missing factors fall back to the parent zone, and the report says so.",
           .reference_table = "electricity",
           .example = "zone = \"FR\""},
          {.key = "datacentre",
           .type = FieldType::kReference,
           .doc = "Data-centre profile (PUE and WUE). Required unless both pue and "
                  "wue_l_per_kwh are given.",
           .reference_table = "datacentres"},
          {.key = "pue",
           .type = FieldType::kQuantity,
           .doc = "Power usage effectiveness: facility energy ÷ IT energy.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 1.0,
           .max = 4.0},
          {.key = "grid_gco2e_per_kwh",
           .type = FieldType::kQuantity,
           .doc = "Carbon intensity of the electricity, when a contract or a source states it; "
                  "overrides the zone's (whose other grid factors still apply).",
           .dimension = Dimension::kCarbonIntensity,
           .bare_unit = "gCO2e/kWh",
           .min = 0.0,
           .max = 1500.0},
          {.key = "wue_l_per_kwh",
           .type = FieldType::kQuantity,
           .doc = "On-site water usage effectiveness: litres evaporated per kWh of IT energy.",
           .dimension = Dimension::kWaterIntensity,
           .bare_unit = "L/kWh",
           .min = 0.0,
           .max = 20.0},
      }};
  return spec;
}

const std::vector<StageKind>& stage_kinds() {
  using namespace stage_tables;
  static const std::vector<StageKind> kinds = {
      {"compute",
       "Devices running for a number of hours.",
       {&device_fields(), &compute_fields(), &device_price_fields()}},
      {"training",
       "Training a model.",
       {&device_fields(), &training_fields(), &device_price_fields()}},
      {"fine_tuning",
       "Fine-tuning a model.",
       {&device_fields(), &training_fields(), &device_price_fields()}},
      {"storage", "Data kept on a storage tier.", {&storage_fields()}},
      {"network", "Data moved across networks.", {&network_fields()}},
      {"api",
       "Requests to a hosted LLM.",
       {&llm_request_fields(), &api_fields(), &token_price_fields()}},
      {"inference",
       "A model served on reserved accelerators.",
       {&llm_request_fields(), &inference_fields(), &device_price_fields()}},
      {"embodied",
       "Hardware bought for the project.",
       {&embodied_fields(), &device_price_fields()}},
      {"cost", "Spending no other stage carries (labour, licences, hosting).", {&cost_fields()}},
  };
  return kinds;
}

const StageKind* find_stage_kind(std::string_view kind) {
  for (const StageKind& entry : stage_kinds()) {
    if (entry.kind == kind) return &entry;
  }
  return nullptr;
}

namespace {

std::vector<std::string_view> stage_kind_names() {
  std::vector<std::string_view> names;
  for (const StageKind& kind : stage_kinds()) names.push_back(kind.kind);
  return names;
}

}  // namespace

const TableSpec& stage_common() {
  static const TableSpec spec{
      "[[option.stage]]",
      "One stage of an option. `kind` selects the model and the further keys it accepts.",
      {
          {.key = "id",
           .type = FieldType::kIdentifier,
           .required = true,
           .doc = "Stage id, unique within its option.",
           .example = "id = \"gpu\""},
          {.key = "kind",
           .type = FieldType::kChoice,
           .required = true,
           .doc = "Stage model; each kind adds the keys documented below.",
           .choices = stage_kind_names(),
           .example = "kind = \"compute\""},
          {.key = "title", .type = FieldType::kText, .doc = "Human title."},
          {.key = "description", .type = FieldType::kText, .doc = "What the stage covers."},
          {.key = "lots",
           .type = FieldType::kChoice,
           .doc = "Whether the stage's volume follows the lots: \"scale\" (requests, units, "
                  "transfer, capacity, hours, amounts grow with the lot's volume) or \"fixed\". "
                  "Default: scale for api, inference, network and storage; fixed for the others "
                  "(reserved hardware, bought devices, one-off work).",
           .choices = {"scale", "fixed"}},
      }};
  return spec;
}

const TableSpec& option() {
  static const TableSpec spec{
      "[[option]]",
      "One way of meeting the need: a SaaS API, a sovereign host, an on-premises server, no AI.",
      {
          {.key = "id",
           .type = FieldType::kIdentifier,
           .required = true,
           .doc = "Option id, unique within the project.",
           .example = "id = \"sovereign-host\""},
          {.key = "title",
           .type = FieldType::kText,
           .required = true,
           .doc = "Human title.",
           .example = "title = \"Open-weight model at a French host\""},
          {.key = "description", .type = FieldType::kText, .doc = "What the option is."},
          {.key = "stage",
           .type = FieldType::kArrayOfTables,
           .required = true,
           .doc = "The stages of the option ([[option.stage]]), at least one.",
           .table = &stage_common(),
           .example = "[[option.stage]]"},
          {.key = "benefit",
           .type = FieldType::kArrayOfTables,
           .doc = "Impacts the option avoids ([[option.benefit]]).",
           .table = &stage_tables::benefit_fields()},
      }};
  return spec;
}

namespace {

// A weight in %: a bare number is in %, "20 %" too; weights that are all written between 0 and
// 1 are read as fractions (project_reader.cpp).
FieldSpec weight_field(std::string_view key, std::string_view doc) {
  return {.key = key,
          .type = FieldType::kQuantity,
          .doc = doc,
          .dimension = Dimension::kRatio,
          .bare_unit = "%",
          .min = 0.0,
          .max = 100.0};
}

// One weight key per criterion that `keep` accepts, its doc built from `phrase` and the
// criterion's id and unit. The texts live as long as the program.
std::vector<FieldSpec> criterion_weight_fields(bool (*keep)(Criterion), std::string_view phrase,
                                               std::array<std::string, kCriterionCount>& docs) {
  std::vector<FieldSpec> fields;
  for (const Criterion c : kAllCriteria) {
    if (!keep(c)) continue;
    docs[index_of(c)] = std::string(phrase) + " `" + std::string(criterion_id(c)) + "` (" +
                        std::string(criterion_unit(c)) + ").";
    fields.push_back(weight_field(criterion_id(c), docs[index_of(c)]));
  }
  return fields;
}

}  // namespace

const TableSpec& environment_split() {
  static std::array<std::string, kCriterionCount> docs;
  static const TableSpec spec{
      "environment_split",
      "How `environment`'s weight is shared among the environmental criteria, in % of it: the "
      "shares sum to 100 %. A criterion split here is not also weighted directly.",
      criterion_weight_fields([](Criterion c) { return is_environmental(c); },
                              "Share of the environment weight given to", docs)};
  return spec;
}

const TableSpec& award() {
  static std::array<std::string, kCriterionCount> docs;
  static const TableSpec spec = [] {
    TableSpec table{
        "[project.award]",
        "The weights a tender gives the criteria in one score (optional). Every option gets a "
        "score out of 100 by the proportional method (docs/methodology.md, \"Comparison and "
        "scoring\"). Weights are in % (`gwp = 20` or `gwp = \"20 %\"`), or all between 0 and 1; "
        "they sum to 100 %. A criterion not named weighs nothing; weights take no "
        "distribution.",
        criterion_weight_fields([](Criterion) { return true; }, "Weight of", docs)};
    table.fields.push_back(
        weight_field("environment",
                     "Weight of the environment as a whole, shared among environmental criteria "
                     "by `environment_split`."));
    table.fields.push_back(
        {.key = "environment_split",
         .type = FieldType::kTable,
         .doc = "Shares of `environment` per environmental criterion, in % of "
                "it ([project.award.environment_split]).",
         .table = &environment_split(),
         .example = "environment_split = { gwp = 50, energy = 25, water = 25 }"});
    return table;
  }();
  return spec;
}

const TableSpec& project() {
  static const TableSpec spec{
      "[project]",
      "What is assessed, for whom, and per what.",
      {
          {.key = "id",
           .type = FieldType::kIdentifier,
           .required = true,
           .doc = "Project id; names the report files.",
           .example = "id = \"assistant-pilot\""},
          {.key = "title",
           .type = FieldType::kText,
           .required = true,
           .doc = "Human title.",
           .example = "title = \"Writing assistant for admin staff\""},
          {.key = "organisation",
           .type = FieldType::kText,
           .doc = "Organisation carrying the project."},
          {.key = "description", .type = FieldType::kText, .doc = "The need and the context."},
          {.key = "functional_unit",
           .type = FieldType::kText,
           .required = true,
           .doc = "What one unit of service is (\"request\", \"user-year\", \"document\").",
           .example = "functional_unit = \"request\""},
          {.key = "functional_units_per_year",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "How many functional units the project delivers per year.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .example = "functional_units_per_year = 660000"},
          {.key = "horizon_years",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "Period assessed (0.5 for a semester).",
           .dimension = Dimension::kDuration,
           .bare_unit = "year",
           .min = 0.0,
           .min_exclusive = true,
           .max = 50.0,
           .example = "horizon_years = 0.5"},
          {.key = "discount_rate",
           .type = FieldType::kQuantity,
           .doc = "Real discount rate of the net present value; default: France Stratégie's "
                  "rate for public investment (`empreinte factors show default/discount_rate`).",
           .dimension = Dimension::kRatePerYear,
           .bare_unit = "1/year",
           .min = 0.0,
           .max = 0.5},
          {.key = "start_year",
           .type = FieldType::kInteger,
           .doc = "Calendar year the horizon starts; picks the carbon value of the trajectory.",
           .min = 2020.0,
           .max = 2100.0,
           .default_text = "2026"},
          {.key = "carbon_value",
           .type = FieldType::kQuantity,
           .doc = "Shadow price of carbon for the life-cycle cost; default: the French "
                  "\"valeur de l'action pour le climat\" of the start year.",
           .dimension = Dimension::kCarbonPrice,
           .bare_unit = "EUR/tCO2e",
           .min = 0.0},
          {.key = "lot_unit",
           .type = FieldType::kText,
           .doc = "What a lot's volume counts (\"team\", \"site\").",
           .default_text = "unit"},
          {.key = "lot",
           .type = FieldType::kArrayOfTables,
           .doc = "The lots of the tender ([[project.lot]]), the first one described by the file.",
           .table = &stage_tables::lot_fields()},
          {.key = "award",
           .type = FieldType::kTable,
           .doc = "How a tender weighs the criteria in one score ([project.award]).",
           .table = &award(),
           .example = "[project.award]"},
      }};
  return spec;
}

const TableSpec& root() {
  static const TableSpec spec{
      "top level",
      "A project file: the schema version, the project, and the options it weighs.",
      {
          {.key = "schema_version",
           .type = FieldType::kInteger,
           .required = true,
           .doc = "Input schema version; this program reads 1.",
           .example = "schema_version = 1"},
          {.key = "project",
           .type = FieldType::kTable,
           .required = true,
           .doc = "The project.",
           .table = &project(),
           .example = "[project]"},
          {.key = "option",
           .type = FieldType::kArrayOfTables,
           .required = true,
           .doc = "The options weighed ([[option]]), at least one.",
           .table = &option(),
           .example = "[[option]]"},
      }};
  return spec;
}

}  // namespace empreinte::schema_v1
