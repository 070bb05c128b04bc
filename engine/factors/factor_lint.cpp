#include "engine/factors/factor_lint.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "engine/core/number_text.h"
#include "engine/core/sha256.h"
#include "engine/factors/factor_schema.h"
#include "engine/input/table_reader.h"

namespace empreinte {
namespace {

// The default parameters the models look up (resolver.cpp).
constexpr std::array kRequiredParameters = {
    "hardware_lifetime",          "idle_power_fraction_accelerator",
    "idle_power_fraction_cpu",    "idle_power_fraction_server",
    "model_flops_utilization",    "training_flops_per_parameter_token",
    "host_power_per_accelerator", "host_embodied_gwp_per_accelerator"};

void report_range(const Factor& factor, PlausibleRange range, Diagnostics& diagnostics) {
  if (factor.value >= range.min && factor.value <= range.max) return;
  const std::string unit(canonical_unit(factor.dimension));
  diagnostics.error(
      factor.where,
      "implausible value " + shortest_text(factor.value) + " " + unit + " for '" + factor.id + "'",
      "plausible range: " + shortest_text(range.min) + " to " + shortest_text(range.max) + " " +
          unit);
}

void lint_ranges(const FactorSet& factors, Diagnostics& diagnostics) {
  for (const FactorTableSpec& spec : factor_table_specs()) {
    if (spec.any_dimension) {
      // Default parameters have no range per quantity; the cost dimensions have one per
      // dimension (a discount rate of 320 %/year is a typo for 3.2 %/year).
      for (const auto& [id, row] : factors.rows(spec.table)) {
        for (const auto& [key, factor] : row.quantities) {
          if (const auto range = plausible_range(factor.dimension)) {
            report_range(factor, *range, diagnostics);
          }
        }
      }
      continue;
    }
    for (const auto& [id, row] : factors.rows(spec.table)) {
      for (const FactorQuantitySpec& quantity : spec.quantities) {
        const Factor* factor = row.quantity(quantity.key);
        if (factor == nullptr) continue;
        report_range(*factor, PlausibleRange{quantity.plausible_min, quantity.plausible_max},
                     diagnostics);
      }
    }
  }
}

void lint_completeness(const FactorSet& factors, Diagnostics& diagnostics) {
  if (const FactorRow* world = factors.row(FactorTable::kElectricity, "WORLD")) {
    for (const FactorQuantitySpec& quantity :
         factor_table_spec(FactorTable::kElectricity).quantities) {
      if (world->quantity(quantity.key) == nullptr) {
        diagnostics.error(world->where, "zone WORLD has no '" + std::string(quantity.key) + "'",
                          "every fallback ends at WORLD, so it needs every grid quantity");
      }
    }
  } else {
    diagnostics.error(SourceLocation{"factors/electricity.toml", 0, 0}, "no WORLD zone");
  }
  for (const auto& [id, device] : factors.rows(FactorTable::kHardware)) {
    const std::string_view kind = device.field("kind");
    if (kind != "accelerator" && kind != "cpu" && kind != "server") {
      diagnostics.error(device.where,
                        "device '" + id + "' has unknown kind '" + std::string(kind) + "'",
                        "kinds: accelerator, cpu, server");
    }
    const std::string_view scope = device.field("embodied_scope");
    if (!scope.empty() && scope != "cradle-to-gate" && scope != "cradle-to-grave") {
      diagnostics.error(device.where,
                        "device '" + id + "' has embodied_scope '" + std::string(scope) + "'",
                        "scopes: cradle-to-gate (the default), cradle-to-grave");
    }
    if (kind == "accelerator") {
      for (const char* key : {"memory", "peak_tflops_fp16"}) {
        if (device.quantity(key) == nullptr) {
          diagnostics.error(device.where, "accelerator '" + id + "' has no '" + key + "'");
        }
      }
    }
  }
  for (const auto& [id, provider] : factors.rows(FactorTable::kProviders)) {
    const std::string_view zone = provider.field("zone");
    if (factors.row(FactorTable::kElectricity, zone) == nullptr) {
      diagnostics.error(provider.where,
                        "provider '" + id + "' names unknown zone '" + std::string(zone) + "'");
    }
  }
  for (const auto& [id, model] : factors.rows(FactorTable::kModels)) {
    const auto expect = [&](std::string_view key, std::initializer_list<std::string_view> allowed) {
      const std::string_view value = model.field(key);
      if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
        diagnostics.error(model.where, "model '" + id + "' has " + std::string(key) + " '" +
                                           std::string(value) + "'");
      }
    };
    expect("architecture", {"dense", "moe"});
    expect("disclosure", {"published", "estimated"});
    expect("weights", {"open", "closed"});
    const Factor* total = model.quantity("parameters_total");
    const Factor* active = model.quantity("parameters_active");
    if (total != nullptr && active != nullptr && active->value > total->value) {
      diagnostics.error(active->where, "model '" + id + "' has more active than total parameters");
    }
  }
  for (const auto& [id, task] : factors.rows(FactorTable::kTasks)) {
    const std::string_view unit = task.field("work_unit");
    if (unit != "image" && unit != "page" && unit != "audio_clip" && unit != "audio_second") {
      diagnostics.error(task.where, "task '" + id + "' has work_unit '" + std::string(unit) + "'",
                        "work units: image, page, audio_clip, audio_second");
    }
    // Busy time and the transfer to another accelerator need the measurement device's maximum
    // draw and peak throughput.
    const FactorRow* device = factors.row(FactorTable::kHardware, task.field("measured_on"));
    if (device == nullptr || device->quantity("peak_tflops_fp16") == nullptr) {
      diagnostics.error(task.where, "task '" + id + "' is measured_on '" +
                                        std::string(task.field("measured_on")) +
                                        "', not an accelerator of the hardware table with "
                                        "peak_tflops_fp16");
    }
  }
  for (const char* id : kRequiredParameters) {
    if (factors.parameter(id) == nullptr) {
      diagnostics.error(SourceLocation{"factors/defaults.toml", 0, 0},
                        "missing default parameter '" + std::string(id) + "'");
    }
  }
  for (const auto& [id, row] : factors.rows(FactorTable::kDefaults)) {
    if (!parameter_dimension(id)) {
      diagnostics.warning(row.where, "parameter '" + id + "' is not used by any model");
    }
  }
}

// A price's date: the day it was read (2026-09-26), a month (2026-09), a half-year (2025-S2,
// Eurostat's semesters; 2025-H2) or a year (2025).
bool is_price_date(std::string_view text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    if (text.size() < from + count) return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                       text.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(0, 4)) return false;
  if (text.size() == 4) return true;
  if (text[4] != '-') return false;
  if (text.size() == 7 && (text[5] == 'S' || text[5] == 'H')) {
    return text[6] == '1' || text[6] == '2';
  }
  if (text.size() == 7) return digits(5, 2);
  return text.size() == 10 && digits(5, 2) && text[7] == '-' && digits(8, 2);
}

void lint_prices(const FactorSet& factors, Diagnostics& diagnostics) {
  const FactorTableSpec& spec = factor_table_spec(FactorTable::kPrices);
  for (const auto& [id, row] : factors.rows(FactorTable::kPrices)) {
    const std::string_view category_name = row.field("category");
    const PriceCategorySpec* category = find_price_category(category_name);
    if (category == nullptr) {
      diagnostics.error(
          row.where, "price '" + id + "' has unknown category '" + std::string(category_name) + "'",
          "categories: electricity, rental, api, purchase, exchange-rate");
      continue;
    }
    if (!id.starts_with(std::string(category->id_prefix) + "/")) {
      diagnostics.error(row.where, "price '" + id + "' of category '" +
                                       std::string(category->name) + "' must have an id '" +
                                       std::string(category->id_prefix) + "/…'");
    }
    const std::string_view date = row.field("price_date");
    if (!is_price_date(date)) {
      diagnostics.error(row.where, "price '" + id + "' has price_date '" + std::string(date) + "'",
                        "write the day the price was read (2026-09-26), a month (2026-09), a "
                        "half-year (2025-S2) or a year (2025)");
    }
    for (const std::string_view field : category->fields) {
      if (row.field(field).empty()) {
        diagnostics.error(row.where, "price '" + id + "' of category '" +
                                         std::string(category->name) + "' needs '" +
                                         std::string(field) + "'");
      }
    }
    for (const FactorQuantitySpec& quantity : spec.quantities) {
      const bool expected = std::find(category->quantities.begin(), category->quantities.end(),
                                      quantity.key) != category->quantities.end();
      const Factor* factor = row.quantity(quantity.key);
      if (expected && factor == nullptr) {
        diagnostics.error(row.where, "price '" + id + "' of category '" +
                                         std::string(category->name) + "' needs '" +
                                         std::string(quantity.key) + "'");
      } else if (!expected && factor != nullptr) {
        diagnostics.error(factor->where, "price '" + id + "' of category '" +
                                             std::string(category->name) + "' cannot have '" +
                                             std::string(quantity.key) + "'");
      }
      if (factor != nullptr && date.size() >= 4 &&
          std::to_string(factor->year) != date.substr(0, 4)) {
        diagnostics.error(factor->where,
                          "factor '" + factor->id + "' has year " + std::to_string(factor->year) +
                              " but price_date '" + std::string(date) + "'",
                          "the year of a price is the year of its price_date");
      }
    }
    const auto check_join = [&](std::string_view key, FactorTable table, std::string_view what) {
      const std::string_view target = row.field(key);
      if (!target.empty() && factors.row(table, target) == nullptr) {
        diagnostics.error(row.where, "price '" + id + "' names unknown " + std::string(what) +
                                         " '" + std::string(target) + "'");
      }
    };
    check_join("zone", FactorTable::kElectricity, "zone");
    check_join("provider", FactorTable::kProviders, "provider");
    check_join("model", FactorTable::kModels, "model");
    check_join("device", FactorTable::kHardware, "device");
    if (const std::string_view count = row.field("accelerators");
        count == "0" || count.starts_with('-')) {
      diagnostics.error(row.where, "price '" + id + "' has " + std::string(count) + " accelerators",
                        "count the accelerators of the instance");
    }
  }
}

void lint_sources(const FactorSet& factors, Diagnostics& diagnostics) {
  std::set<std::string_view> cited;
  for (const FactorTableSpec& spec : factor_table_specs()) {
    for (const auto& [id, row] : factors.rows(spec.table)) {
      for (const auto& [key, factor] : row.quantities) cited.insert(factor.source_id);
    }
  }
  for (const auto& [id, source] : factors.sources()) {
    if (cited.count(id) == 0) diagnostics.warning(source.where, "source '" + id + "' is not cited");
  }
}

void lint_manifest(const FactorDirectory& directory, Diagnostics& diagnostics) {
  const FactorFile* manifest = nullptr;
  for (const FactorFile& file : directory.files) {
    if (std::filesystem::path(file.path).filename() == "manifest.toml") manifest = &file;
  }
  if (manifest == nullptr) {
    if (directory.label.empty()) {
      diagnostics.error(SourceLocation{"factors/manifest.toml", 0, 0}, "no manifest");
    }
    return;
  }
  toml::table root;
  try {
    root = toml::parse(manifest->text, manifest->path);
  } catch (const toml::parse_error&) {
    return;  // reported by the loader
  }
  std::set<std::string> listed;
  if (const toml::array* tables = root["table"].as_array()) {
    for (const toml::node& node : *tables) {
      const toml::table* entry = node.as_table();
      if (entry == nullptr) continue;
      const std::string name = (*entry)["file"].value_or(std::string());
      const std::string expected = (*entry)["sha256"].value_or(std::string());
      const SourceLocation where = location_of(entry->source(), manifest->path);
      listed.insert(name);
      if ((*entry)["licence"].value_or(std::string()).empty()) {
        diagnostics.error(where, "manifest entry '" + name + "' has no licence");
      }
      const FactorFile* table = nullptr;
      for (const FactorFile& file : directory.files) {
        if (std::filesystem::path(file.path).filename() == name) table = &file;
      }
      if (table == nullptr) {
        diagnostics.error(where, "manifest lists '" + name + "', which is not in the folder");
      } else if (sha256_hex(table->text) != expected) {
        diagnostics.error(where, "checksum of '" + name + "' does not match the manifest",
                          "after editing a table, run factors/update-manifest.sh");
      }
    }
  }
  for (const FactorFile& file : directory.files) {
    const std::string name = std::filesystem::path(file.path).filename().string();
    if (name != "manifest.toml" && listed.count(name) == 0) {
      diagnostics.error(SourceLocation{file.path, 0, 0}, "'" + name + "' is not in the manifest");
    }
  }
}

}  // namespace

void lint_factor_set(const FactorSet& factors, const std::vector<FactorDirectory>& directories,
                     Diagnostics& diagnostics) {
  lint_ranges(factors, diagnostics);
  lint_completeness(factors, diagnostics);
  lint_prices(factors, diagnostics);
  lint_sources(factors, diagnostics);
  for (const FactorDirectory& directory : directories) lint_manifest(directory, diagnostics);
}

}  // namespace empreinte
