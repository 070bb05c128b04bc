#include "engine/input/project_reader.h"

#include <algorithm>
#include <map>

#include "engine/core/number_text.h"
#include "engine/input/award_reader.h"
#include "engine/input/cost_readers.h"
#include "engine/input/schema_v1.h"
#include "engine/input/schema_v1_stage_kinds.h"
#include "engine/input/table_reader.h"
#include "engine/input/toml_syntax_error.h"

namespace empreinte {
namespace {

// Reports ids seen twice within one scope ("option", "stage in option 'api'").
class DuplicateIds {
 public:
  DuplicateIds(std::string what, Diagnostics& diagnostics)
      : what_(std::move(what)), diagnostics_(diagnostics) {}

  void add(const Located<std::string>& id) {
    const auto [first, inserted] = seen_.emplace(id.value, id.where);
    if (inserted) return;
    diagnostics_.error(id.where, "duplicate " + what_ + " id '" + id.value + "'",
                       "first defined at " + first->second.to_string(),
                       static_cast<std::uint32_t>(id.value.size() + 2));
  }

 private:
  std::string what_;
  Diagnostics& diagnostics_;
  std::map<std::string, SourceLocation> seen_;
};

class ProjectReader {
 public:
  ProjectReader(std::string file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  ProjectSpec read(const toml::table& root) {
    ProjectSpec project;
    project.source_file = file_;
    TableReader reader(root, {&schema_v1::root()}, file_, diagnostics_);
    if (!reader.has("schema_version")) {
      diagnostics_.error(SourceLocation{file_, 1, 1}, "missing required key 'schema_version'",
                         "add 'schema_version = " + std::to_string(schema_v1::kVersion) +
                             "' at the top of the file");
    } else if (const auto version = reader.integer("schema_version")) {
      if (version->value != schema_v1::kVersion) {
        diagnostics_.error(version->where,
                           "unsupported schema_version " + std::to_string(version->value) +
                               "; this program reads schema_version " +
                               std::to_string(schema_v1::kVersion),
                           "check `empreinte --version`: the file may need a newer empreinte");
        return project;  // another version: its other keys cannot be checked against v1
      }
    } else {
      return project;  // not an integer (reported): the version is unknown
    }
    if (const toml::table* table = reader.table("project")) read_project_table(*table, project);
    DuplicateIds option_ids("option", diagnostics_);
    for (const toml::table* table : reader.array_of_tables("option")) {
      project.options.push_back(read_option(*table, project));
      option_ids.add(project.options.back().id);
    }
    return project;
  }

 private:
  void read_project_table(const toml::table& table, ProjectSpec& project) {
    TableReader reader(table, {&schema_v1::project()}, file_, diagnostics_);
    if (auto id = reader.text("id")) project.id = *id;
    if (auto title = reader.text("title")) project.title = title->value;
    if (auto organisation = reader.text("organisation")) project.organisation = organisation->value;
    if (auto description = reader.text("description")) project.description = description->value;
    if (auto unit = reader.text("functional_unit")) project.functional_unit = unit->value;
    if (auto volume = reader.quantity("functional_units_per_year")) {
      project.functional_units_per_year = *volume;
    }
    if (auto horizon = reader.quantity("horizon_years")) project.horizon = *horizon;
    project.discount_rate = reader.quantity("discount_rate");
    if (auto year = reader.integer("start_year")) project.start_year = *year;
    project.carbon_value = reader.quantity("carbon_value");
    if (const toml::table* award = reader.table("award")) {
      project.award = read_award(*award, file_, diagnostics_);
    }
    if (auto unit = reader.text("lot_unit")) project.lot_unit = unit->value;
    DuplicateIds lot_ids("lot", diagnostics_);
    for (const toml::table* lot_table : reader.array_of_tables("lot")) {
      TableReader lot_reader(*lot_table, {&schema_v1::stage_tables::lot_fields()}, file_,
                             diagnostics_);
      LotSpec lot;
      if (auto id = lot_reader.text("id")) lot.id = *id;
      lot.title = lot.id.value;
      if (auto title = lot_reader.text("title")) lot.title = title->value;
      if (auto volume = lot_reader.quantity("volume")) lot.volume = *volume;
      if (lot.volume.spread) {
        lot_reader.error_at_key("volume", "a lot's volume is a number, not a distribution",
                                "the tender fixes it; write, for example, volume = 15");
      }
      lot_ids.add(lot.id);
      project.lots.push_back(std::move(lot));
    }
    for (std::size_t k = 1; k < project.lots.size(); ++k) {
      if (project.lots[k].volume.value < project.lots[k - 1].volume.value) {
        diagnostics_.error(project.lots[k].volume.where,
                           "lot volumes are cumulative and must not decrease: " +
                               shortest_text(project.lots[k].volume.value) + " after " +
                               shortest_text(project.lots[k - 1].volume.value),
                           "write each lot's total volume (10, then 15 for 5 more)");
      }
    }
  }

  OptionSpec read_option(const toml::table& table, const ProjectSpec& project) {
    OptionSpec option;
    TableReader reader(table, {&schema_v1::option()}, file_, diagnostics_);
    option.where = reader.where();
    if (auto id = reader.text("id")) option.id = *id;
    if (auto title = reader.text("title")) option.title = title->value;
    if (auto description = reader.text("description")) option.description = description->value;
    DuplicateIds stage_ids("stage", diagnostics_);
    for (const toml::table* stage_table : reader.array_of_tables("stage")) {
      if (std::optional<StageSpec> stage = read_stage(*stage_table, project)) {
        stage_ids.add(stage->id);
        option.stages.push_back(std::move(*stage));
      }
    }
    DuplicateIds benefit_ids("benefit", diagnostics_);
    for (const toml::table* benefit_table : reader.array_of_tables("benefit")) {
      BenefitSpec benefit = read_benefit(*benefit_table, file_, diagnostics_);
      benefit_ids.add(benefit.id);
      option.benefits.push_back(std::move(benefit));
    }
    return option;
  }

  std::optional<StageSpec> read_stage(const toml::table& table, const ProjectSpec& project) {
    // The kind decides which keys are allowed, so it is read before the unknown-key check.
    const toml::node* kind_node = table.get("kind");
    const schema_v1::StageKind* kind =
        kind_node != nullptr && kind_node->is_string()
            ? schema_v1::find_stage_kind(kind_node->as_string()->get())
            : nullptr;
    std::vector<const TableSpec*> specs = {&schema_v1::stage_common()};
    if (kind != nullptr) specs.insert(specs.end(), kind->fields.begin(), kind->fields.end());
    TableReader reader(table, specs, file_, diagnostics_, kind != nullptr);
    StageSpec stage;
    stage.where = reader.where();
    if (auto id = reader.text("id")) stage.id = *id;
    if (auto kind_value = reader.text("kind")) stage.kind = *kind_value;
    if (auto title = reader.text("title")) stage.title = title->value;
    if (auto description = reader.text("description")) stage.description = description->value;
    if (kind == nullptr) return std::nullopt;
    if (kind->kind == "compute") {
      stage.detail = read_compute(reader, project);
    } else if (kind->kind == "storage") {
      stage.detail = read_storage(reader);
    } else if (kind->kind == "network") {
      stage.detail = read_network(reader);
    } else if (kind->kind == "api") {
      stage.detail = read_api(reader);
    } else if (kind->kind == "inference") {
      stage.detail = read_inference(reader);
    } else if (kind->kind == "embodied") {
      stage.detail = read_embodied(reader);
    } else if (kind->kind == "cost") {
      stage.detail = read_cost_stage(reader, diagnostics_);
    } else {
      stage.detail = read_training(reader);
    }
    stage.prices = read_price_keys(reader, *kind);
    if (auto lots = reader.text("lots")) {
      stage.scales_with_lots = Located<bool>{lots->value == "scale", lots->where, false};
    }
    return stage;
  }

  StorageStageSpec read_storage(TableReader& reader) {
    StorageStageSpec storage;
    if (auto capacity = reader.quantity("capacity_tb")) storage.capacity = *capacity;
    if (auto tier = reader.text("tier")) {
      storage.tier = {tier->value == "cold" ? StorageTier::kCold : StorageTier::kHot, tier->where,
                      tier->defaulted};
    }
    storage.replicas = reader.quantity("replicas");
    storage.retention = reader.quantity("retention_years");
    storage.lifetime = reader.quantity("lifetime_years");
    if (const toml::table* site = reader.table("site")) storage.site = read_site(*site);
    return storage;
  }

  NetworkStageSpec read_network(TableReader& reader) {
    NetworkStageSpec network;
    network.transfer = reader.quantity("transfer_gb");
    network.transfer_per_year = reader.quantity("transfer_gb_per_year");
    if (auto zone = reader.text("zone")) network.zone = *zone;
    require_one_of(reader, "transfer_gb", "transfer_gb_per_year", "",
                   "add, for example: transfer_gb_per_year = 1200");
    return network;
  }

  ApiStageSpec read_api(TableReader& reader) {
    ApiStageSpec api;
    api.request = read_llm_request(reader);
    if (auto provider = reader.text("provider")) api.provider = *provider;
    if (auto hardware = reader.text("hardware")) api.hardware = *hardware;
    api.zone = reader.text("zone");
    return api;
  }

  EmbodiedStageSpec read_embodied(TableReader& reader) {
    EmbodiedStageSpec embodied;
    if (auto hardware = reader.text("hardware")) embodied.hardware = *hardware;
    if (auto count = reader.integer("count")) embodied.count = *count;
    if (auto amortisation = reader.text("amortisation")) {
      embodied.whole = {amortisation->value == "whole", amortisation->where,
                        amortisation->defaulted};
    }
    embodied.lifetime = reader.quantity("lifetime_years");
    return embodied;
  }

  InferenceStageSpec read_inference(TableReader& reader) {
    InferenceStageSpec inference;
    // Non-text work (images, pages, audio) is told by its own keys; LLM keys are then out.
    bool non_text = false;
    for (const std::string_view key :
         {"task", "unit", "energy_per_unit_wh", "units", "units_per_year", "units_per_day"}) {
      non_text = non_text || reader.has(key);
    }
    if (non_text) {
      inference.unit_work = read_unit_work(reader);
    } else {
      inference.request = read_llm_request(reader);
    }
    if (auto hardware = reader.text("hardware")) inference.hardware = *hardware;
    inference.accelerators_per_replica = reader.integer("accelerators_per_replica");
    if (auto replicas = reader.integer("replicas")) inference.replicas = *replicas;
    if (auto hours = reader.quantity("hours_per_year")) inference.hours_per_year = *hours;
    if (auto ownership = reader.text("ownership")) {
      inference.ownership = {ownership->value == "owned" ? Ownership::kOwned : Ownership::kRented,
                             ownership->where, ownership->defaulted};
    }
    inference.lifetime = reader.quantity("lifetime_years");
    if (const toml::table* site = reader.table("site")) inference.site = read_site(*site);
    return inference;
  }

  LlmRequestSpec read_llm_request(TableReader& reader) {
    LlmRequestSpec api;
    if (auto model = reader.text("model")) api.model = *model;
    api.requests = read_volume(reader, "requests", "add, for example: requests_per_year = 660000");
    if (auto tokens = reader.quantity("input_tokens")) api.input_tokens = *tokens;
    if (auto tokens = reader.quantity("output_tokens")) api.output_tokens = *tokens;
    api.batch_size = reader.quantity("batch_size");
    api.quantization_bits = reader.quantity("quantization_bits");
    return api;
  }

  // Images, pages or audio clips served by an inference stage, each with a measured energy.
  UnitWorkSpec read_unit_work(TableReader& reader) {
    UnitWorkSpec work;
    work.task = reader.text("task");
    if (auto unit = reader.text("unit")) {
      const WorkUnit kind = unit->value == "image"          ? WorkUnit::kImage
                            : unit->value == "page"         ? WorkUnit::kPage
                            : unit->value == "audio_second" ? WorkUnit::kAudioSecond
                                                            : WorkUnit::kAudioClip;
      work.unit = Located<WorkUnit>{kind, unit->where};
    }
    work.energy_per_unit = reader.quantity("energy_per_unit_wh");
    work.units = read_volume(reader, "units", "add, for example: units_per_year = 12000");
    if (reader.has("task") && reader.has("energy_per_unit_wh")) {
      reader.error_at_key("energy_per_unit_wh",
                          "give either 'task' or 'energy_per_unit_wh', not both",
                          "a task brings its measured energy per unit; energy_per_unit_wh states "
                          "your own, measured on this stage's hardware");
    } else if (!reader.has("task") && !reader.has("energy_per_unit_wh") &&
               !reader.misspelled("task") && !reader.misspelled("energy_per_unit_wh")) {
      diagnostics_.error(reader.where(),
                         "missing 'task' or 'energy_per_unit_wh' in " + std::string(reader.name()),
                         "add, for example: task = \"image-generation-sdxl\" (`empreinte factors "
                         "list tasks`)");
    } else if (reader.has("energy_per_unit_wh") && !reader.has("unit") &&
               !reader.misspelled("unit")) {
      diagnostics_.error(reader.where(),
                         "'energy_per_unit_wh' needs 'unit' in " + std::string(reader.name()),
                         "add, for example: unit = \"page\"");
    }
    // LLM keys have no meaning for this work: say so rather than ignore them.
    for (const std::string_view key :
         {"model", "requests", "requests_per_year", "requests_per_day", "input_tokens",
          "output_tokens", "batch_size", "quantization_bits"}) {
      if (!reader.has(key)) continue;
      reader.error_at_key(
          key,
          "'" + std::string(key) + "' is a key of LLM text requests, not of units of non-text work",
          "an inference stage serves either LLM requests or units of work "
          "(task, unit, units…); describe each in its own stage");
    }
    return work;
  }

  // A volume of work given exactly one way: `<name>` over the horizon, `<name>_per_year`, or
  // `<name>_per_day` with `days_per_year`. A misspelling, already reported, is not also
  // "missing"; days_per_year without the daily key is an error, not silently ignored: a user
  // who writes it with a yearly figure expects it to change that figure, and it would not.
  WorkVolumeSpec read_volume(TableReader& reader, std::string_view name, std::string missing_hint) {
    const std::string total(name);
    const std::string yearly = total + "_per_year";
    const std::string daily = total + "_per_day";
    WorkVolumeSpec volume;
    volume.total = reader.quantity(total);
    volume.per_year = reader.quantity(yearly);
    volume.per_day = reader.quantity(daily);
    if (auto days = reader.quantity("days_per_year")) volume.days_per_year = *days;
    const std::vector<std::string> keys = {total, yearly, daily};
    std::vector<std::string> given;
    bool misspelled = false;
    for (const std::string& key : keys) {
      if (reader.has(key)) given.push_back(key);
      misspelled = misspelled || reader.misspelled(key);
    }
    const std::string three = "'" + total + "', '" + yearly + "' or '" + daily + "'";
    if (given.size() > 1) {
      for (std::size_t i = 1; i < given.size(); ++i) {
        std::string hint = total;
        hint += " counts the whole horizon, " + yearly + " a year, ";
        hint += daily + " a day of use: keep one";
        reader.error_at_key(given[i], "give only one of " + three, std::move(hint));
      }
    } else if (given.empty() && !misspelled) {
      diagnostics_.error(reader.where(), "missing " + three + " in " + std::string(reader.name()),
                         std::move(missing_hint));
    }
    if (reader.has("days_per_year") && !reader.has(daily)) {
      reader.error_at_key("days_per_year", "'days_per_year' applies only with '" + daily + "'",
                          total + " and " + yearly +
                              " already count every day of use: remove days_per_year, or give " +
                              daily);
    }
    return volume;
  }

  DeviceUseSpec read_device(TableReader& reader) {
    DeviceUseSpec device;
    if (auto hardware = reader.text("hardware")) device.hardware = *hardware;
    if (auto utilisation = reader.quantity("utilisation")) device.utilisation = *utilisation;
    device.measured_power = reader.quantity("power_w");
    if (auto ownership = reader.text("ownership")) {
      device.ownership = {ownership->value == "owned" ? Ownership::kOwned : Ownership::kRented,
                          ownership->where, ownership->defaulted};
    }
    device.lifetime = reader.quantity("lifetime_years");
    if (const toml::table* site = reader.table("site")) device.site = read_site(*site);
    return device;
  }

  TrainingStageSpec read_training(TableReader& reader) {
    TrainingStageSpec training;
    training.device = read_device(reader);
    training.accelerator_hours = reader.quantity("accelerator_hours");
    training.flops = reader.quantity("flops");
    training.model = reader.text("model");
    training.parameters = reader.quantity("parameters_b");
    training.tokens = reader.quantity("tokens");
    training.mfu = reader.quantity("mfu");
    if (auto runs = reader.quantity("runs")) training.runs = *runs;
    if (auto count = reader.integer("count")) training.count = *count;
    training.host_power = reader.quantity("host_power_w");

    // Exactly one way of giving the compute of a run.
    const bool by_hours = reader.has("accelerator_hours");
    const bool by_flops = reader.has("flops");
    const bool by_size = reader.has("model") || reader.has("parameters_b") || reader.has("tokens");
    const int ways = int{by_hours} + int{by_flops} + int{by_size};
    if (ways > 1) {
      diagnostics_.error(reader.where(),
                         "give the compute of a run one way: 'accelerator_hours', 'flops', or "
                         "model size and 'tokens'",
                         "keep the figure you have from the source; the others follow from it");
    } else if (ways == 0 && !reader.misspelled("accelerator_hours") &&
               !reader.misspelled("flops")) {
      diagnostics_.error(reader.where(),
                         "missing the compute of a run in " + std::string(reader.name()),
                         "give accelerator_hours = 1200, flops = \"3e21 FLOP\", or model (or "
                         "parameters_b) and tokens");
    } else if (by_size) {
      if (reader.has("model") && reader.has("parameters_b")) {
        reader.error_at_key("parameters_b", "give either 'model' or 'parameters_b', not both");
      } else if (!reader.has("model") && !reader.has("parameters_b")) {
        diagnostics_.error(reader.where(), "'tokens' needs 'model' or 'parameters_b'",
                           "the FLOPs of a run are 6 × active parameters × tokens");
      } else if (!reader.has("tokens")) {
        diagnostics_.error(reader.where(),
                           "the model size needs 'tokens' to give the compute of a run",
                           "add, for example: tokens = 2e12");
      }
    }
    if (reader.has("mfu") && by_hours) {
      reader.error_at_key("mfu", "'mfu' has no effect with 'accelerator_hours'",
                          "model FLOPs utilisation converts FLOPs into accelerator-hours");
    }
    return training;
  }

  ComputeStageSpec read_compute(TableReader& reader, const ProjectSpec& project) {
    ComputeStageSpec compute;
    compute.device = read_device(reader);
    if (auto count = reader.integer("count")) compute.count = *count;
    compute.hours = reader.quantity("hours");
    compute.hours_per_year = reader.quantity("hours_per_year");
    if (auto share = reader.quantity("share")) compute.share = *share;

    require_one_of(reader, "hours", "hours_per_year",
                   "hours counts the whole horizon, hours_per_year each year: keep one",
                   "hours: total per device over the horizon; hours_per_year: per device and per "
                   "year");
    const double horizon_hours = project.horizon.value;
    if (compute.hours && horizon_hours > 0.0 && compute.hours->value > horizon_hours) {
      reader.error_at_key("hours",
                          "'hours' (" + shortest_text(compute.hours->value) +
                              " h per device) exceeds the project horizon (" +
                              shortest_text(horizon_hours) + " h)",
                          "hours counts wall-clock hours of each device; use 'count' for more "
                          "devices");
    }
    return compute;
  }

  // A quantity given either over the whole horizon (`total`) or per year (`yearly`): exactly
  // one of the two keys. A misspelling of either, already reported, is not also "missing".
  void require_one_of(TableReader& reader, std::string_view total, std::string_view yearly,
                      std::string both_hint, std::string missing_hint) {
    const std::string a(total);
    const std::string b(yearly);
    if (reader.has(total) && reader.has(yearly)) {
      reader.error_at_key(yearly, "give either '" + a + "' or '" + b + "', not both",
                          std::move(both_hint));
    } else if (!reader.has(total) && !reader.has(yearly) && !reader.misspelled(total) &&
               !reader.misspelled(yearly)) {
      diagnostics_.error(reader.where(),
                         "missing '" + a + "' or '" + b + "' in " + std::string(reader.name()),
                         std::move(missing_hint));
    }
  }

  SiteSpec read_site(const toml::table& table) {
    SiteSpec site;
    TableReader reader(table, {&schema_v1::site()}, file_, diagnostics_);
    site.where = reader.where();
    if (auto zone = reader.text("zone")) site.zone = *zone;
    site.datacentre = reader.text("datacentre");
    site.pue = reader.quantity("pue");
    site.wue = reader.quantity("wue_l_per_kwh");
    site.grid_gwp = reader.quantity("grid_gco2e_per_kwh");
    // A key reported as misspelled ("wue") counts as given: one error for one mistake.
    const auto given = [&](std::string_view key) {
      return reader.has(key) || reader.misspelled(key);
    };
    if (!given("datacentre") && !(given("pue") && given("wue_l_per_kwh"))) {
      diagnostics_.error(site.where,
                         "site needs a 'datacentre' profile, or both 'pue' and "
                         "'wue_l_per_kwh'",
                         "profiles: `empreinte factors list datacentres`");
    }
    return site;
  }

  std::string file_;
  Diagnostics& diagnostics_;
};

}  // namespace

ProjectSpec read_project(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  toml::table root;
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& error) {
    const Diagnostic described = describe_toml_error(error, file, text);
    diagnostics.error(described.where, described.message, described.hint, described.span);
    ProjectSpec empty;
    empty.source_file = file;
    return empty;
  }
  return ProjectReader(file, diagnostics).read(root);
}

}  // namespace empreinte
