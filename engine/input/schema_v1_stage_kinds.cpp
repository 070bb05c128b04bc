#include "engine/input/schema_v1_stage_kinds.h"

#include "engine/input/schema_v1.h"

namespace empreinte::schema_v1::stage_tables {
namespace {

// Keys several stage kinds share, written once.
FieldSpec site_field() {
  return {.key = "site",
          .type = FieldType::kTable,
          .required = true,
          .doc = "Hosting site (zone and data-centre profile).",
          .table = &site(),
          .example = "site = { zone = \"FR\", datacentre = \"colocation\" }"};
}

FieldSpec lifetime_field(std::string_view doc) {
  return {.key = "lifetime_years",
          .type = FieldType::kQuantity,
          .doc = doc,
          .dimension = Dimension::kDuration,
          .bare_unit = "year",
          .min = 0.0,
          .min_exclusive = true,
          .max = 30.0};
}

}  // namespace

// Keys of every stage that runs devices of the hardware table at a site.
const TableSpec& device_fields() {
  static const TableSpec spec{
      "[[option.stage]] kinds compute, training, fine_tuning",
      "The devices a stage runs on, how hard they run, who owns them, and where.",
      {
          {.key = "hardware",
           .type = FieldType::kReference,
           .required = true,
           .doc = "Device id from the hardware table (`empreinte factors list`).",
           .reference_table = "hardware",
           .example = "hardware = \"nvidia-l40s-48gb\""},
          {.key = "utilisation",
           .type = FieldType::kQuantity,
           .doc = "Average load while running, 0 to 1 (or \"35 %\"). Draw = idle + "
                  "utilisation × (max − idle). The default, full load, is an upper bound.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .max = 1.0,
           .default_text = "1"},
          {.key = "power_w",
           .type = FieldType::kQuantity,
           .doc = "Measured average draw per device while running; replaces the utilisation "
                  "model.",
           .dimension = Dimension::kPower,
           .bare_unit = "W",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1e6},
          {.key = "ownership",
           .type = FieldType::kChoice,
           .required = true,
           .doc = "\"owned\": bought for the project, its manufacturing impact is allocated over "
                  "the whole horizon; \"rented\": allocated over the hours used.",
           .choices = {"owned", "rented"},
           .example = "ownership = \"rented\"",
           .aliases = {{"location", "rented"},
                       {"loue", "rented"},
                       {"loué", "rented"},
                       {"leased", "rented"},
                       {"rent", "rented"},
                       {"achat", "owned"},
                       {"achete", "owned"},
                       {"acheté", "owned"},
                       {"propriete", "owned"},
                       {"propriété", "owned"},
                       {"bought", "owned"},
                       {"own", "owned"}}},
          lifetime_field(
              "Service life of the devices; overrides the hardware table and the default."),
          site_field(),
      }};
  return spec;
}

const TableSpec& compute_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"compute\"",
      "Devices of the hardware table running for a number of hours: a GPU server, a CPU "
      "server, a classic ML job.",
      {
          {.key = "count",
           .type = FieldType::kInteger,
           .doc = "Number of devices.",
           .min = 1.0,
           .max = 1e6,
           .default_text = "1"},
          {.key = "hours",
           .type = FieldType::kQuantity,
           .doc = "Hours each device runs over the whole horizon (wall-clock, per device). "
                  "Give this or hours_per_year.",
           .dimension = Dimension::kDuration,
           .bare_unit = "h",
           .min = 0.0},
          {.key = "hours_per_year",
           .type = FieldType::kQuantity,
           .doc = "Hours each device runs per year of the horizon. Give this or hours.",
           .dimension = Dimension::kDuration,
           .bare_unit = "h",
           .min = 0.0,
           .max = 8760.0},
          {.key = "share",
           .type = FieldType::kQuantity,
           .doc = "Share of each device reserved for the project (a slice of a shared server).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1.0,
           .default_text = "1"},
      }};
  return spec;
}

const TableSpec& training_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"training\" or \"fine_tuning\"",
      "Training or fine-tuning a model: the compute is given as accelerator-hours, as FLOPs, or "
      "as parameters × tokens (6 FLOPs per active parameter and token, dense transformers), "
      "divided by the accelerator's peak throughput × model FLOPs utilisation. Runs multiply "
      "everything (hyper-parameter trials, failed and restarted runs).",
      {
          {.key = "accelerator_hours",
           .type = FieldType::kQuantity,
           .doc = "Accelerator-hours of one run (all devices together). Give this, flops, or "
                  "model size and tokens.",
           .dimension = Dimension::kDuration,
           .bare_unit = "h",
           .min = 0.0,
           .min_exclusive = true},
          {.key = "flops",
           .type = FieldType::kQuantity,
           .doc = "Floating-point operations of one run.",
           .dimension = Dimension::kComputeAmount,
           .bare_unit = "FLOP",
           .min = 0.0,
           .min_exclusive = true},
          {.key = "model",
           .type = FieldType::kReference,
           .doc = "Model of the catalogue being trained: its active parameters give the FLOPs "
                  "with tokens.",
           .reference_table = "models"},
          {.key = "parameters_b",
           .type = FieldType::kQuantity,
           .doc = "Active parameters, in billions (for a model not in the catalogue).",
           .dimension = Dimension::kParameterCount,
           .bare_unit = "B",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1e4},
          {.key = "tokens",
           .type = FieldType::kQuantity,
           .doc = "Training tokens of one run (e.g. 2e12), with model or parameters_b.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true},
          {.key = "mfu",
           .type = FieldType::kQuantity,
           .doc = "Model FLOPs utilisation: achieved ÷ peak throughput. Default from the factor "
                  "set (default/model_flops_utilization).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1.0},
          {.key = "runs",
           .type = FieldType::kQuantity,
           .doc = "Number of runs: trials, failed and restarted runs (may be fractional).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1e5,
           .default_text = "1"},
          {.key = "count",
           .type = FieldType::kInteger,
           .doc = "Accelerators working in parallel. Owned hardware is allocated over the "
                  "horizon for each of them.",
           .min = 1.0,
           .max = 1e7,
           .default_text = "1"},
          {.key = "host_power_w",
           .type = FieldType::kQuantity,
           .doc =
               "Draw of the host (CPUs, memory, network) per accelerator. Default from the "
               "factor set (default/host_power_per_accelerator); 0 leaves hosts out, manufacturing "
               "included.",
           .dimension = Dimension::kPower,
           .bare_unit = "W",
           .min = 0.0,
           .max = 1e5},
      }};
  return spec;
}

const TableSpec& storage_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"storage\"",
      "Data kept on a storage tier (hot: SSD, cold: HDD) for some time, with its copies, at a "
      "site.",
      {
          {.key = "capacity_tb",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "Capacity of one copy of the data.",
           .dimension = Dimension::kMemory,
           .bare_unit = "TB",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1e6,
           .example = "capacity_tb = 2"},
          {.key = "tier",
           .type = FieldType::kChoice,
           .doc = "\"hot\": SSD-backed, always on; \"cold\": HDD-backed archive.",
           .default_text = "hot",
           .choices = {"hot", "cold"}},
          {.key = "replicas",
           .type = FieldType::kQuantity,
           .doc = "Copies kept (replication, backups). Default from the factor set "
                  "(default/storage_replication_default).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 1.0,
           .max = 20.0},
          {.key = "retention_years",
           .type = FieldType::kQuantity,
           .doc = "How long the data is kept within the horizon. Default: the whole horizon.",
           .dimension = Dimension::kDuration,
           .bare_unit = "year",
           .min = 0.0,
           .min_exclusive = true,
           .max = 50.0},
          lifetime_field("Service life of the storage hardware; default from the factor set."),
          site_field(),
      }};
  return spec;
}

const TableSpec& network_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"network\"",
      "Data moved across networks (to users, between sites), counted with an end-to-end energy "
      "per GB in the electricity zone the traffic crosses.",
      {
          {.key = "transfer_gb",
           .type = FieldType::kQuantity,
           .doc = "Data transferred over the whole horizon. Give this or transfer_gb_per_year.",
           .dimension = Dimension::kMemory,
           .bare_unit = "GB",
           .min = 0.0},
          {.key = "transfer_gb_per_year",
           .type = FieldType::kQuantity,
           .doc = "Data transferred per year of the horizon.",
           .dimension = Dimension::kMemory,
           .bare_unit = "GB",
           .min = 0.0},
          {.key = "zone",
           .type = FieldType::kReference,
           .required = true,
           .doc = "Electricity zone the traffic crosses (usually the users' country).",
           .reference_table = "electricity",
           .example = "zone = \"FR\""},
      }};
  return spec;
}

// Keys of every stage that serves LLM requests (api, inference).
const TableSpec& llm_request_fields() {
  static const TableSpec spec{
      "[[option.stage]] kinds api, inference",
      "The requests an LLM serves: the model, how many requests, how many tokens each. An "
      "inference stage that serves images, pages or audio instead gives `task` or `unit` and "
      "counts `units` (see its own keys): model and tokens are then not asked for.",
      {
          {.key = "model",
           .type = FieldType::kReference,
           .required = true,
           .doc = "Model of the catalogue (`empreinte factors list models`); estimated sizes "
                  "of closed models are flagged in the report.",
           .reference_table = "models",
           .example = "model = \"mistral-small-24b-2501\""},
          {.key = "requests",
           .type = FieldType::kQuantity,
           .doc = "Requests over the whole horizon. Give exactly one of requests, "
                  "requests_per_year and requests_per_day.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "requests_per_year",
           .type = FieldType::kQuantity,
           .doc = "Requests per year of the horizon.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "requests_per_day",
           .type = FieldType::kQuantity,
           .doc = "Requests per day of use; × days_per_year gives the requests of a year.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "days_per_year",
           .type = FieldType::kQuantity,
           .doc = "Days a year the service is used, with requests_per_day or units_per_day only "
                  "(about 220 working days for an administration open on weekdays; 365: every "
                  "day).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .min_exclusive = true,
           .max = 366.0,
           .default_text = "365"},
          {.key = "input_tokens",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "Input (prompt and context) tokens per request.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .max = 1e7,
           .example = "input_tokens = 800"},
          {.key = "output_tokens",
           .type = FieldType::kQuantity,
           .required = true,
           .doc = "Output (generated) tokens per request.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0,
           .max = 1e6,
           .example = "output_tokens = 300"},
          {.key = "batch_size",
           .type = FieldType::kQuantity,
           .doc = "Requests served together; default from the factor set "
                  "(default/llm_inference_batch_size).",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 1.0,
           .max = 4096.0},
          {.key = "quantization_bits",
           .type = FieldType::kQuantity,
           .doc = "Bits per parameter of the served weights; default from the factor set.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 1.0,
           .max = 32.0},
      }};
  return spec;
}

const TableSpec& api_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"api\"",
      "Requests to a hosted LLM: the provider gives the site (zone, PUE, WUE), the model "
      "catalogue the size, and the energy per token follows EcoLogits with input tokens "
      "counted.",
      {
          {.key = "provider",
           .type = FieldType::kReference,
           .required = true,
           .doc = "API provider (`empreinte factors list providers`).",
           .reference_table = "providers",
           .example = "provider = \"mistral-ai\""},
          {.key = "hardware",
           .type = FieldType::kReference,
           .doc = "Accelerator the provider serves on.",
           .default_text = "nvidia-h100-sxm5-80gb",
           .reference_table = "hardware"},
          {.key = "zone",
           .type = FieldType::kReference,
           .doc = "Electricity zone, when the contract names a region other than the "
                  "provider's default (e.g. an EU region).",
           .reference_table = "electricity"},
      }};
  return spec;
}

const TableSpec& inference_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"inference\"",
      "A model served on accelerators reserved for the project (a rented GPU instance, an "
      "owned server): the requests' work follows the per-token model, or, for images, pages "
      "or audio, a measured energy per unit of work; the reserved capacity the work leaves "
      "idle still draws its idle power and carries its manufacturing.",
      {
          {.key = "hardware",
           .type = FieldType::kReference,
           .required = true,
           .doc = "Accelerator serving the model (`empreinte factors list hardware`).",
           .reference_table = "hardware",
           .example = "hardware = \"nvidia-l40s-48gb\""},
          {.key = "task",
           .type = FieldType::kReference,
           .doc = "Non-text work measured per unit (`empreinte factors list tasks`): images "
                  "generated, pages read, audio clips transcribed. Replaces model and tokens; "
                  "count the work with units, units_per_year or units_per_day.",
           .reference_table = "tasks",
           .example = "task = \"image-generation-sdxl\""},
          {.key = "unit",
           .type = FieldType::kChoice,
           .doc = "What one unit of non-text work is. Required with energy_per_unit_wh; with a "
                  "task, it must be the task's own unit.",
           .choices = {"image", "page", "audio_clip", "audio_second"},
           .example = "unit = \"image\"",
           .aliases = {{"images", "image"},
                       {"pages", "page"},
                       {"clip", "audio_clip"},
                       {"audio", "audio_clip"},
                       {"second", "audio_second"},
                       {"seconds", "audio_second"}}},
          {.key = "energy_per_unit_wh",
           .type = FieldType::kQuantity,
           .doc = "Accelerator energy of one unit measured on this stage's hardware (your own "
                  "measurement, a vendor's); give this and unit instead of a task.",
           .dimension = Dimension::kEnergy,
           .bare_unit = "Wh",
           .min = 0.0,
           .min_exclusive = true,
           .max = 1e6},
          {.key = "units",
           .type = FieldType::kQuantity,
           .doc = "Units of non-text work over the whole horizon. Give exactly one of units, "
                  "units_per_year and units_per_day.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "units_per_year",
           .type = FieldType::kQuantity,
           .doc = "Units of non-text work per year of the horizon.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "units_per_day",
           .type = FieldType::kQuantity,
           .doc = "Units of non-text work per day of use; × days_per_year gives a year's.",
           .dimension = Dimension::kRatio,
           .bare_unit = "1",
           .min = 0.0},
          {.key = "accelerators_per_replica",
           .type = FieldType::kInteger,
           .doc = "Accelerators per copy of the model; default for text: enough memory for the "
                  "weights (overhead × parameters × bits ÷ 8), rounded up to 1, 2, 4, 8…; for "
                  "non-text work: 1, as measured.",
           .min = 1.0,
           .max = 1024.0},
          {.key = "replicas",
           .type = FieldType::kInteger,
           .doc = "Copies of the model served in parallel.",
           .min = 1.0,
           .max = 1e5,
           .default_text = "1"},
          {.key = "hours_per_year",
           .type = FieldType::kQuantity,
           .doc = "Hours per year the accelerators are reserved (8,760: around the clock).",
           .dimension = Dimension::kDuration,
           .bare_unit = "h",
           .min = 0.0,
           .max = 8760.0,
           .default_text = "8760"},
          {.key = "ownership",
           .type = FieldType::kChoice,
           .required = true,
           .doc = "\"owned\": manufacturing allocated over the whole horizon; \"rented\": over "
                  "the hours reserved.",
           .choices = {"owned", "rented"},
           .example = "ownership = \"rented\""},
          lifetime_field("Service life of the hardware; default from the factor set."),
          site_field(),
      }};
  return spec;
}

const TableSpec& embodied_fields() {
  static const TableSpec spec{
      "[[option.stage]] kind = \"embodied\"",
      "Hardware bought for the project (user devices, a server, GPUs) when no other stage "
      "runs it: its manufacturing and end of life, amortised over the horizon against its "
      "service life, or borne whole.",
      {
          {.key = "hardware",
           .type = FieldType::kReference,
           .required = true,
           .doc = "Device id from the hardware table (`empreinte factors list hardware`).",
           .reference_table = "hardware",
           .example = "hardware = \"laptop-professional\""},
          {.key = "count",
           .type = FieldType::kInteger,
           .doc = "Number of devices bought.",
           .min = 1.0,
           .max = 1e7,
           .default_text = "1"},
          {.key = "amortisation",
           .type = FieldType::kChoice,
           .doc = "\"horizon\": the project bears horizon ÷ service life of the devices; "
                  "\"whole\": it bears all of it (bought for the project, not reused after).",
           .default_text = "horizon",
           .choices = {"horizon", "whole"}},
          lifetime_field("Service life of the devices; overrides the hardware table and the "
                         "default."),
      }};
  return spec;
}

}  // namespace empreinte::schema_v1::stage_tables
