// A quantity written with its distribution, e.g. pue = { low = 1.1, mode = 1.3, high = 1.6 }.
// The shape follows from the keys given (mode → triangular, mean and sd → normal, median and gsd
// → lognormal, low and high alone → uniform) or from `distribution`, which must then agree.
// Bounds and central values are read like the plain key (numbers in its unit or quantity
// strings, its range checked); draws of a normal or lognormal are kept inside the key's range.

#include <algorithm>
#include <array>
#include <cmath>

#include "engine/core/diagnostics.h"
#include "engine/input/table_reader.h"

namespace empreinte {
namespace {

constexpr std::array<std::string_view, 8> kDistributionKeys = {
    "distribution", "low", "mode", "high", "mean", "sd", "median", "gsd"};

// The keys a shape takes besides `distribution`.
std::vector<std::string_view> keys_of(DistributionShape shape) {
  switch (shape) {
    case DistributionShape::kFixed:
      return {};
    case DistributionShape::kUniform:
      return {"low", "high"};
    case DistributionShape::kTriangular:
      return {"low", "mode", "high"};
    case DistributionShape::kNormal:
      return {"mean", "sd", "low", "high"};
    case DistributionShape::kLognormal:
      return {"median", "gsd", "low", "high"};
  }
  return {};
}

// The keys a shape cannot do without.
std::vector<std::string_view> required_keys_of(DistributionShape shape) {
  switch (shape) {
    case DistributionShape::kNormal:
      return {"mean", "sd"};
    case DistributionShape::kLognormal:
      return {"median", "gsd"};
    default:
      return keys_of(shape);
  }
}

// The shapes whose own keys `table` uses: mode (triangular), mean or sd (normal), median or gsd
// (lognormal); low and high alone mean uniform.
std::vector<DistributionShape> implied_shapes(const toml::table& table) {
  std::vector<DistributionShape> out;
  if (table.contains("mode")) out.push_back(DistributionShape::kTriangular);
  if (table.contains("mean") || table.contains("sd")) out.push_back(DistributionShape::kNormal);
  if (table.contains("median") || table.contains("gsd")) {
    out.push_back(DistributionShape::kLognormal);
  }
  if (out.empty() && (table.contains("low") || table.contains("high"))) {
    out.push_back(DistributionShape::kUniform);
  }
  return out;
}

}  // namespace

std::optional<Located<double>> TableReader::uncertain_quantity(const FieldSpec& field,
                                                               const toml::table& table) {
  const std::string key(field.key);
  const std::string example = "write, for example, " + key + " = { low = …, mode = …, high = … }";
  bool valid = true;
  for (const auto& [inner, value] : table) {
    bool known = false;
    for (const std::string_view candidate : kDistributionKeys) known |= candidate == inner.str();
    if (known) continue;
    const std::string suggestion = closest_match(
        inner.str(),
        std::vector<std::string_view>(kDistributionKeys.begin(), kDistributionKeys.end()));
    diagnostics_.error(
        location_of(inner.source(), file_),
        "unknown key '" + std::string(inner.str()) + "' in the distribution of '" + key + "'",
        suggestion.empty() ? "a distribution takes: low, mode, high, mean, sd, "
                             "median, gsd and distribution"
                           : "did you mean '" + suggestion + "'?",
        static_cast<std::uint32_t>(inner.str().size()));
    valid = false;
  }
  // A misspelt key is reported once; what it was meant to say cannot be guessed further.
  if (!valid) return std::nullopt;
  const std::vector<DistributionShape> implied = implied_shapes(table);
  std::optional<DistributionShape> shape;
  if (implied.size() == 1) shape = implied.front();
  if (implied.size() > 1 && !table.contains("distribution")) {
    std::string shapes;
    for (const DistributionShape candidate : implied) {
      shapes += std::string(shapes.empty() ? "" : " and ") + "a " +
                std::string(shape_name(candidate)) + " (";
      std::string keys;
      for (const std::string_view k : required_keys_of(candidate)) {
        if (k != "low" && k != "high")
          keys += std::string(keys.empty() ? "" : ", ") + std::string(k);
      }
      shapes += keys + ")";
    }
    diagnostics_.error(location_of(table.source(), file_),
                       "the distribution of '" + key + "' mixes the keys of " + shapes,
                       "keep the keys of one shape, or name it with distribution = \"…\"");
    return std::nullopt;
  }
  if (const toml::node* named = table.get("distribution")) {
    const auto* text = named->as_string();
    const std::optional<DistributionShape> chosen =
        text != nullptr ? shape_from_name(text->get()) : std::nullopt;
    if (!chosen || *chosen == DistributionShape::kFixed) {
      error_at(*named,
               "'distribution' of '" + key +
                   "' must be uniform, triangular, normal or "
                   "lognormal",
               chosen ? "a fixed value is written as a plain number: " + key + " = 1.3" : "");
      return std::nullopt;
    }
    shape = chosen;
  }
  if (!shape) {
    diagnostics_.error(location_of(table.source(), file_),
                       "the distribution of '" + key + "' gives no value", example);
    return std::nullopt;
  }
  const std::vector<std::string_view> allowed = keys_of(*shape);
  for (const auto& [inner, value] : table) {
    const std::string_view name = inner.str();
    if (name == "distribution" ||
        std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
      continue;
    }
    bool known = false;
    for (const std::string_view candidate : kDistributionKeys) known |= candidate == name;
    if (!known) continue;  // reported above
    error_at(
        value,
        "'" + std::string(name) + "' does not apply to a " + std::string(shape_name(*shape)) +
            " distribution of '" + key + "'",
        "a " + std::string(shape_name(*shape)) + " distribution takes: " + [&] {
          std::string list;
          for (const std::string_view k : allowed)
            list += (list.empty() ? "" : ", ") + std::string(k);
          return list;
        }());
    valid = false;
  }
  for (const std::string_view needed : required_keys_of(*shape)) {
    if (table.contains(needed)) continue;
    diagnostics_.error(location_of(table.source(), file_),
                       "the " + std::string(shape_name(*shape)) + " distribution of '" + key +
                           "' needs '" + std::string(needed) + "'",
                       example);
    valid = false;
  }
  if (!valid) return std::nullopt;

  // Each figure is read like the key itself, and named "pue.low" in messages.
  const auto figure = [&](std::string_view inner, bool check_range) -> std::optional<double> {
    const toml::node* value = table.get(inner);
    if (value == nullptr) return std::nullopt;
    const std::string name = key + "." + std::string(inner);
    FieldSpec spec = field;
    spec.key = name;
    if (!check_range) spec.min = spec.max = std::nullopt;
    const std::optional<double> out = convert_quantity(spec, *value);
    valid = valid && out.has_value();
    return out;
  };
  Distribution d;
  d.shape = *shape;
  d.low = figure("low", true);
  d.high = figure("high", true);
  switch (*shape) {
    case DistributionShape::kFixed:
      break;
    case DistributionShape::kUniform:
      if (d.low && d.high) d.central = 0.5 * (*d.low + *d.high);
      break;
    case DistributionShape::kTriangular:
      d.central = figure("mode", true).value_or(0.0);
      break;
    case DistributionShape::kNormal: {
      d.central = figure("mean", true).value_or(0.0);
      const std::optional<double> sd = figure("sd", false);
      if (sd && *sd < 0.0) {
        error_at(*table.get("sd"), "'" + key + ".sd' must be 0 or more");
        valid = false;
      }
      d.spread = sd.value_or(0.0);
      break;
    }
    case DistributionShape::kLognormal: {
      d.central = figure("median", true).value_or(0.0);
      const toml::node* gsd = table.get("gsd");
      const std::optional<double> factor = gsd->value<double>();
      if (!factor || !std::isfinite(*factor) || *factor < 1.0) {
        error_at(*gsd, "'" + key + ".gsd' must be a number of 1 or more",
                 "the geometric standard deviation has no unit: 1.5 spreads the central 68 % "
                 "of draws from median ÷ 1.5 to median × 1.5");
        valid = false;
      }
      d.spread = factor.value_or(1.0);
      break;
    }
  }
  if (!valid) return std::nullopt;
  // Draws of an unbounded shape stay inside the key's allowed range.
  const std::optional<UnitInfo> bare = find_unit(field.bare_unit);
  const bool positive_only = *shape == DistributionShape::kLognormal;
  if (!d.low && field.min && !(positive_only && *field.min <= 0.0)) {
    d.low = to_canonical(*field.min, *bare);
  }
  if (!d.high && field.max) d.high = to_canonical(*field.max, *bare);
  if (const std::string problem = distribution_problem(d); !problem.empty()) {
    diagnostics_.error(location_of(table.source(), file_),
                       "the distribution of '" + key + "' cannot be drawn: " + problem);
    return std::nullopt;
  }
  Located<double> out{d.central, location_of(table.source(), file_)};
  out.spread = d;
  out.key = field.key;
  out.unit = canonical_unit(field.dimension);
  return out;
}

}  // namespace empreinte
