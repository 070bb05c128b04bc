#include "engine/factors/factor_loader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "empreinte_factors_embedded_embedded.h"
#include "engine/core/atomic_file.h"
#include "engine/factors/factor_schema.h"
#include "engine/input/table_reader.h"

namespace empreinte {

/// Accumulates directories into a FactorSet (friend of FactorSet).
class FactorSetBuilder {
 public:
  FactorSetBuilder(Diagnostics& diagnostics, SourceCache& sources)
      : diagnostics_(diagnostics), sources_(sources) {}

  void add(const FactorDirectory& directory) {
    std::string overlay_version;
    for (const FactorFile& file : directory.files) {
      sources_.add(file.path, file.text);
      toml::table root;
      try {
        root = toml::parse(file.text, file.path);
      } catch (const toml::parse_error& error) {
        diagnostics_.error(location_of(error.source(), file.path),
                           "invalid TOML: " + std::string(error.description()));
        continue;
      }
      const std::string name = std::filesystem::path(file.path).filename().string();
      if (name == "manifest.toml") {
        overlay_version = read_manifest(root, file.path);
      } else if (name == "sources.toml") {
        read_sources(root, file.path);
      } else if (const FactorTableSpec* spec = find_factor_table_spec(name)) {
        read_table(root, *spec, file.path);
      } else {
        std::vector<std::string_view> known = {"manifest.toml", "sources.toml"};
        for (const FactorTableSpec& table : factor_table_specs()) known.push_back(table.file);
        const std::string suggestion = closest_match(name, known);
        diagnostics_.error(SourceLocation{file.path, 0, 0}, "unknown factor file '" + name + "'",
                           suggestion.empty() ? "factor files: manifest.toml, sources.toml, "
                                                "electricity.toml, datacentres.toml, "
                                                "hardware.toml, defaults.toml"
                                              : "did you mean '" + suggestion + "'?");
      }
    }
    if (directory.label.empty()) {
      set_.version_ = overlay_version;
    } else {
      set_.version_ += overlay_version.empty() ? " + overrides from " + directory.label
                                               : " + " + overlay_version;
    }
  }

  FactorSet build() && {
    for (auto* table : {&set_.electricity_, &set_.datacentres_, &set_.hardware_, &set_.defaults_,
                        &set_.models_, &set_.providers_, &set_.tasks_, &set_.prices_}) {
      for (auto& [id, row] : *table) {
        for (auto& [key, factor] : row.quantities) resolve_source(factor);
      }
    }
    check_zone_chains();
    return std::move(set_);
  }

 private:
  std::string read_manifest(const toml::table& root, const std::string& path) {
    const std::string set_name = root["factor_set"].value_or(std::string());
    const std::string version = root["version"].value_or(std::string());
    if (set_name.empty() || version.empty()) {
      diagnostics_.error(location_of(root.source(), path),
                         "manifest needs 'factor_set' and 'version' strings");
    }
    return set_name + " " + version;
  }

  void read_sources(const toml::table& root, const std::string& path) {
    const toml::array* entries = root["source"].as_array();
    if (entries == nullptr) {
      diagnostics_.error(SourceLocation{path, 1, 1}, "sources file needs [[source]] entries");
      return;
    }
    for (const toml::node& node : *entries) {
      const toml::table* entry = node.as_table();
      if (entry == nullptr) continue;
      Source source;
      source.where = location_of(entry->source(), path);
      check_keys(*entry, {"id", "title", "publisher", "url", "year", "licence", "note"},
                 "[[source]]", path);
      source.id = required_string(*entry, "id", path);
      source.title = required_string(*entry, "title", path);
      source.licence = required_string(*entry, "licence", path);
      source.publisher = (*entry)["publisher"].value_or(std::string());
      source.url = (*entry)["url"].value_or(std::string());
      source.note = (*entry)["note"].value_or(std::string());
      source.year = static_cast<int>((*entry)["year"].value_or(std::int64_t{0}));
      if (!source.id.empty()) set_.sources_.insert_or_assign(source.id, std::move(source));
    }
  }

  void read_table(const toml::table& root, const FactorTableSpec& spec, const std::string& path) {
    const std::string declared = root["table"].value_or(std::string());
    if (declared != spec.name) {
      diagnostics_.error(SourceLocation{path, 1, 1},
                         "table file must declare table = \"" + std::string(spec.name) + "\"");
    }
    std::vector<std::string_view> root_keys = {"table", spec.row_key};
    check_keys(root, root_keys, "factor table", path);
    const toml::array* rows = root[spec.row_key].as_array();
    if (rows == nullptr) {
      diagnostics_.error(SourceLocation{path, 1, 1},
                         "table needs [[" + std::string(spec.row_key) + "]] rows");
      return;
    }
    auto& target = table_rows(spec.table);
    std::set<std::string> ids_in_file;
    for (const toml::node& node : *rows) {
      const toml::table* entry = node.as_table();
      if (entry == nullptr) continue;
      FactorRow row = read_row(*entry, spec, path);
      if (row.id.empty()) continue;
      if (!ids_in_file.insert(row.id).second) {
        diagnostics_.error(row.where, "duplicate " + std::string(spec.row_key) + " id '" + row.id +
                                          "' in " + path);
        continue;
      }
      target.insert_or_assign(row.id, std::move(row));
    }
  }

  FactorRow read_row(const toml::table& entry, const FactorTableSpec& spec,
                     const std::string& path) {
    FactorRow row;
    row.where = location_of(entry.source(), path);
    std::vector<std::string_view> keys = {"id"};
    for (const FactorFieldSpec& field : spec.fields) keys.push_back(field.key);
    for (const FactorQuantitySpec& quantity : spec.quantities) keys.push_back(quantity.key);
    const std::string row_name = "[[" + std::string(spec.row_key) + "]]";
    check_keys(entry, keys, row_name, path);
    row.id = required_string(entry, "id", path);
    for (const FactorFieldSpec& field : spec.fields) {
      const toml::node* value = entry.get(field.key);
      if (value == nullptr) {
        if (field.required) {
          diagnostics_.error(row.where, "missing required key '" + std::string(field.key) +
                                            "' in " + row_name + " '" + row.id + "'");
        }
        continue;
      }
      if (field.integer && value->is_integer()) {
        row.fields.emplace(field.key, std::to_string(value->as_integer()->get()));
      } else if (!field.integer && value->is_string()) {
        row.fields.emplace(field.key, value->as_string()->get());
      } else {
        diagnostics_.error(location_of(value->source(), path),
                           "'" + std::string(field.key) + "' must be " +
                               (field.integer ? "an integer" : "a string"));
      }
    }
    const std::string display_name = row.fields.count("name") != 0 ? row.fields.at("name") : row.id;
    for (const FactorQuantitySpec& quantity : spec.quantities) {
      const toml::node* value = entry.get(quantity.key);
      if (value == nullptr) {
        if (quantity.required) {
          diagnostics_.error(row.where, "missing required factor '" + std::string(quantity.key) +
                                            "' in " + row_name + " '" + row.id + "'");
        }
        continue;
      }
      std::optional<Dimension> dimension = quantity.dimension;
      if (spec.any_dimension) dimension = parameter_dimension(row.id);
      const std::string id =
          spec.table == FactorTable::kDefaults
              ? std::string(spec.id_prefix) + "/" + row.id
              : std::string(spec.id_prefix) + "/" + row.id + "/" + std::string(quantity.key);
      const std::string label = spec.table == FactorTable::kDefaults
                                    ? display_name
                                    : std::string(quantity.label) + ", " + display_name;
      if (auto factor = read_factor(*value, id, label, dimension, path)) {
        if (const auto date = row.fields.find("price_date"); date != row.fields.end()) {
          factor->price_date = date->second;
        }
        row.quantities.emplace(quantity.key, std::move(*factor));
      }
    }
    return row;
  }

  std::optional<Factor> read_factor(const toml::node& node, const std::string& id,
                                    const std::string& label, std::optional<Dimension> dimension,
                                    const std::string& path) {
    const SourceLocation where = location_of(node.source(), path);
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      diagnostics_.error(where, "factor '" + id +
                                    "' must be an inline table { value = …, unit = "
                                    "…, source = …, year = … }");
      return std::nullopt;
    }
    check_keys(*table,
               {"value", "unit", "low", "high", "distribution", "sd", "gsd", "source", "year",
                "licence", "note"},
               "factor '" + id + "'", path);
    Factor factor;
    factor.id = id;
    factor.label = label;
    factor.where = where;
    const std::optional<double> value = number(*table, "value");
    const std::string unit_text = required_string(*table, "unit", path);
    factor.source_id = required_string(*table, "source", path);
    factor.licence = (*table)["licence"].value_or(std::string());
    factor.note = (*table)["note"].value_or(std::string());
    const std::optional<std::int64_t> year = (*table)["year"].value_exact<std::int64_t>();
    if (!year) diagnostics_.error(where, "factor '" + id + "' needs an integer 'year'");
    factor.year = static_cast<int>(year.value_or(0));
    if (!value) {
      diagnostics_.error(where, "factor '" + id + "' needs a numeric 'value'");
      return std::nullopt;
    }
    const std::optional<UnitInfo> unit = find_unit(unit_text);
    if (!unit) {
      diagnostics_.error(location_of((*table)["unit"].node()->source(), path),
                         "unknown unit '" + unit_text + "' in factor '" + id + "'");
      return std::nullopt;
    }
    if (dimension && unit->dimension != *dimension) {
      diagnostics_.error(location_of((*table)["unit"].node()->source(), path),
                         "factor '" + id + "' must be a " +
                             std::string(dimension_name(*dimension)) + ", but '" + unit_text +
                             "' is a unit of " + std::string(dimension_name(unit->dimension)),
                         "use one of: " + join_units(*dimension));
      return std::nullopt;
    }
    factor.dimension = unit->dimension;
    const std::optional<double> low = number(*table, "low");
    const std::optional<double> high = number(*table, "high");
    factor.value = to_canonical(*value, *unit);
    factor.as_written = {*value, std::string(unit->symbol), low, high, std::nullopt};
    if (low.has_value() != high.has_value()) {
      diagnostics_.error(where, "factor '" + id + "' gives only one of 'low' and 'high'");
    } else if (low && high) {
      if (!(*low <= *value && *value <= *high)) {
        diagnostics_.error(where, "factor '" + id + "' must satisfy low <= value <= high");
      }
      factor.low = to_canonical(*low, *unit);
      factor.high = to_canonical(*high, *unit);
    }
    read_distribution(*table, *unit, factor, path);
    return factor;
  }

  // The distribution the Monte Carlo draws for `factor` (docs/methodology.md, "Uncertainty"):
  // fixed without bounds; triangular (low, value, high) with bounds unless the row names another
  // shape; a normal needs `sd`, a lognormal `gsd`, and both are truncated to the bounds.
  void read_distribution(const toml::table& table, const UnitInfo& unit, Factor& factor,
                         const std::string& path) {
    Distribution& d = factor.distribution;
    d = Distribution::fixed(factor.value);
    // Bounds that do not hold the value were reported above: the factor is drawn as fixed.
    if (factor.low && !(*factor.low <= factor.value && factor.value <= *factor.high)) return;
    d.low = factor.low;
    d.high = factor.high;
    const std::optional<std::string> named = table["distribution"].value<std::string>();
    std::optional<DistributionShape> shape;
    if (named) {
      shape = shape_from_name(*named);
      if (!shape) {
        diagnostics_.error(location_of(table["distribution"].node()->source(), path),
                           "unknown distribution '" + *named + "' in factor '" + factor.id + "'",
                           "use fixed, uniform, triangular, normal or lognormal");
        return;
      }
    } else if (table.contains("distribution")) {
      diagnostics_.error(location_of(table["distribution"].node()->source(), path),
                         "'distribution' of factor '" + factor.id + "' must be a string");
      return;
    }
    const std::optional<double> sd = number(table, "sd");
    const std::optional<double> gsd = number(table, "gsd");
    d.shape =
        shape.value_or(factor.low ? DistributionShape::kTriangular : DistributionShape::kFixed);
    const auto require = [&](bool present, std::string_view key) {
      if (present) return true;
      diagnostics_.error(factor.where, "factor '" + factor.id + "' has a " +
                                           std::string(shape_name(d.shape)) +
                                           " distribution but no '" + std::string(key) + "'");
      return false;
    };
    const auto refuse = [&](bool present, std::string_view key) {
      if (!present) return true;
      diagnostics_.error(factor.where, "'" + std::string(key) + "' of factor '" + factor.id +
                                           "' only applies to a " +
                                           (key == "sd" ? "normal" : "lognormal") +
                                           " distribution");
      return false;
    };
    bool complete = true;
    switch (d.shape) {
      case DistributionShape::kFixed:
        complete = refuse(sd.has_value(), "sd") && refuse(gsd.has_value(), "gsd");
        break;
      case DistributionShape::kUniform:
      case DistributionShape::kTriangular:
        complete = require(factor.low.has_value(), "low") && refuse(sd.has_value(), "sd") &&
                   refuse(gsd.has_value(), "gsd");
        break;
      case DistributionShape::kNormal:
        complete = require(sd.has_value(), "sd") && refuse(gsd.has_value(), "gsd");
        if (complete) {
          d.spread = to_canonical(*sd, unit);
          factor.as_written.spread = *sd;
        }
        break;
      case DistributionShape::kLognormal:
        complete = require(gsd.has_value(), "gsd") && refuse(sd.has_value(), "sd");
        if (complete) d.spread = *gsd;
        if (complete) factor.as_written.spread = *gsd;
        break;
    }
    if (!complete) {
      d = Distribution::fixed(factor.value);
      return;
    }
    if (const std::string problem = distribution_problem(d); !problem.empty()) {
      diagnostics_.error(factor.where, "the distribution of factor '" + factor.id +
                                           "' cannot be drawn: " + problem);
      d = Distribution::fixed(factor.value);
    }
  }

  void resolve_source(Factor& factor) {
    const Source* source = set_.source(factor.source_id);
    if (source == nullptr) {
      std::vector<std::string_view> known;
      for (const auto& [id, entry] : set_.sources_) known.push_back(id);
      const std::string suggestion = closest_match(factor.source_id, known);
      diagnostics_.error(
          factor.where,
          "factor '" + factor.id + "' cites unknown source '" + factor.source_id + "'",
          suggestion.empty() ? "add it to sources.toml" : "did you mean '" + suggestion + "'?");
      return;
    }
    if (factor.licence.empty()) factor.licence = source->licence;
  }

  // Every zone's own link is checked: a known parent, no parent only for WORLD, and no cycle
  // through the zone. Fallback lookups can then always end at WORLD.
  void check_zone_chains() {
    for (const auto& [id, zone] : set_.electricity_) {
      const std::string_view parent = zone.field("parent");
      if (parent.empty()) {
        if (id != "WORLD") {
          diagnostics_.error(zone.where, "zone '" + id + "' has no parent",
                             "every fallback chain must end at WORLD");
        }
        continue;
      }
      if (set_.row(FactorTable::kElectricity, parent) == nullptr) {
        diagnostics_.error(zone.where,
                           "zone '" + id + "' names unknown parent '" + std::string(parent) + "'");
        continue;
      }
      std::set<std::string_view> visited = {id};
      for (const FactorRow* current = set_.row(FactorTable::kElectricity, parent);
           current != nullptr;
           current = set_.row(FactorTable::kElectricity, current->field("parent"))) {
        if (current->id == id) {
          diagnostics_.error(zone.where, "zone '" + id + "' is its own ancestor");
          break;
        }
        if (!visited.insert(current->id).second) break;  // a cycle elsewhere, reported there
      }
    }
  }

  std::map<std::string, FactorRow, std::less<>>& table_rows(FactorTable table) {
    switch (table) {
      case FactorTable::kElectricity:
        return set_.electricity_;
      case FactorTable::kDatacentres:
        return set_.datacentres_;
      case FactorTable::kHardware:
        return set_.hardware_;
      case FactorTable::kDefaults:
        return set_.defaults_;
      case FactorTable::kModels:
        return set_.models_;
      case FactorTable::kProviders:
        return set_.providers_;
      case FactorTable::kTasks:
        return set_.tasks_;
      case FactorTable::kPrices:
        return set_.prices_;
    }
    return set_.defaults_;
  }

  void check_keys(const toml::table& table, const std::vector<std::string_view>& allowed,
                  const std::string& where_name, const std::string& path) {
    for (const auto& [key, value] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      const std::string suggestion = closest_match(key.str(), allowed);
      diagnostics_.error(location_of(key.source(), path),
                         "unknown key '" + std::string(key.str()) + "' in " + where_name,
                         suggestion.empty() ? std::string() : "did you mean '" + suggestion + "'?",
                         static_cast<std::uint32_t>(key.str().size()));
    }
  }

  std::string required_string(const toml::table& table, std::string_view key,
                              const std::string& path) {
    const toml::node* value = table.get(key);
    if (value != nullptr && value->is_string() && !value->as_string()->get().empty()) {
      return value->as_string()->get();
    }
    diagnostics_.error(location_of(value != nullptr ? value->source() : table.source(), path),
                       "'" + std::string(key) + "' must be a non-empty string");
    return {};
  }

  static std::optional<double> number(const toml::table& table, std::string_view key) {
    const toml::node* value = table.get(key);
    if (value == nullptr) return std::nullopt;
    if (value->is_integer()) return static_cast<double>(value->as_integer()->get());
    if (value->is_floating_point()) return value->as_floating_point()->get();
    return std::nullopt;
  }

  static std::string join_units(Dimension dimension) {
    std::string out;
    for (const std::string_view symbol : unit_symbols(dimension)) {
      out += (out.empty() ? "" : ", ") + std::string(symbol);
    }
    return out;
  }

  Diagnostics& diagnostics_;
  SourceCache& sources_;
  FactorSet set_;
};

FactorDirectory bundled_factor_directory() {
  return FactorDirectory{
      "",
      {
          {"factors/manifest.toml", std::string(embedded_factors::manifest)},
          {"factors/sources.toml", std::string(embedded_factors::sources)},
          {"factors/electricity.toml", std::string(embedded_factors::electricity)},
          {"factors/datacentres.toml", std::string(embedded_factors::datacentres)},
          {"factors/hardware.toml", std::string(embedded_factors::hardware)},
          {"factors/defaults.toml", std::string(embedded_factors::defaults)},
          {"factors/models.toml", std::string(embedded_factors::models)},
          {"factors/providers.toml", std::string(embedded_factors::providers)},
          {"factors/tasks.toml", std::string(embedded_factors::tasks)},
          {"factors/prices.toml", std::string(embedded_factors::prices)},
      }};
}

FactorDirectory read_factor_directory(const std::filesystem::path& folder,
                                      Diagnostics& diagnostics) {
  FactorDirectory directory{folder.string(), {}};
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    diagnostics.error(SourceLocation{folder.string(), 0, 0}, "factor folder not found");
    return directory;
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml")
      paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::filesystem::path& path : paths) {
    try {
      directory.files.push_back({path.string(), read_text_file(path)});
    } catch (const std::exception& failure) {
      diagnostics.error(SourceLocation{path.string(), 0, 0}, failure.what());
    }
  }
  return directory;
}

FactorSet load_factor_set(const std::vector<FactorDirectory>& directories, Diagnostics& diagnostics,
                          SourceCache& sources) {
  FactorSetBuilder builder(diagnostics, sources);
  for (const FactorDirectory& directory : directories) builder.add(directory);
  return std::move(builder).build();
}

}  // namespace empreinte
