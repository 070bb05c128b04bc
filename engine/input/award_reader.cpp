#include "engine/input/award_reader.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/criterion_groups.h"
#include "engine/core/number_text.h"
#include "engine/input/schema_v1.h"
#include "engine/input/table_reader.h"

namespace empreinte {
namespace {

class AwardReader {
 public:
  AwardReader(const std::string& file, Diagnostics& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  // A weight of [project.award] or of its environment_split. `valid` turns false when a weight
  // is written but cannot be read (already reported): sums are then not checked.
  std::optional<Located<double>> read_weight(TableReader& reader, std::string_view key,
                                             bool& valid) {
    std::optional<Located<double>> weight = reader.quantity(key);
    if (reader.has(key) && !weight) valid = false;
    if (weight && weight->spread) {
      reader.error_at_key(
          key, "a weight is a number, not a distribution",
          "the tender fixes its weights; write, for example, " + std::string(key) + " = 20");
      valid = false;
      return std::nullopt;
    }
    return weight;
  }

  // The factor that turns `weights` (fractions: "20" and "20 %" are 0.2) into fractions summing
  // to 1: 1 when they sum to 100 %, 100 when every weight is written between 0 and 1 and they
  // sum to 1. Otherwise reports at `where` and returns nullopt.
  // `table` and `noun` name them in messages: "[project.award]", "weight".
  std::optional<double> weight_scale(
      const std::vector<std::pair<std::string_view, double>>& weights, const SourceLocation& where,
      const std::string& table, const std::string& noun) {
    constexpr double kTolerance = 1e-6;
    if (weights.empty()) {
      diagnostics_.error(where, table + " gives no " + noun, "add, for example: gwp = 100");
      return std::nullopt;
    }
    double sum = 0.0;
    bool all_fractions = true;  // every weight written between 0 and 1
    for (const auto& [key, weight] : weights) {
      sum += weight;
      all_fractions = all_fractions && weight <= 0.01;
    }
    if (std::abs(sum - 1.0) <= kTolerance) return 1.0;
    if (all_fractions && std::abs(sum * 100.0 - 1.0) <= kTolerance) return 100.0;
    // The weights as written: a bare number is in % (the keys' unit), shown bare when every
    // weight is between 0 and 1.
    const std::string unit = all_fractions ? "" : " %";
    std::string read;
    for (const auto& [key, weight] : weights) {
      read += (read.empty() ? "read: " : ", ") + std::string(key) + " " +
              rounded_text(weight * 100.0) + unit;
    }
    diagnostics_.error(where,
                       "the " + noun + "s of " + table + " sum to " + rounded_text(sum * 100.0) +
                           unit +
                           (all_fractions ? "; written between 0 and 1, they must sum to 1"
                                          : "; they must sum to 100 %"),
                       read);
    return std::nullopt;
  }

  // A number for messages, rounded to a millionth (weights are read in binary floating point).
  static std::string rounded_text(double value) {
    return shortest_text(std::round(value * 1e6) / 1e6);
  }

  // [project.award]: a weight per criterion, and the environment's weight shared among
  // environmental criteria by environment_split. Nullopt when anything is wrong (reported).
  std::optional<AwardSpec> read(const toml::table& table) {
    TableReader reader(table, {&schema_v1::award()}, file_, diagnostics_);
    AwardSpec award;
    award.where = reader.where();
    bool valid = true;
    std::vector<std::pair<std::string_view, double>> top;
    for (const Criterion c : kAllCriteria) {
      if (auto weight = read_weight(reader, criterion_id(c), valid)) {
        award.weights.push_back({c, *weight, std::nullopt});
        top.emplace_back(criterion_id(c), weight->value);
      }
    }
    award.environment = read_weight(reader, "environment", valid);
    if (award.environment) top.emplace_back("environment", award.environment->value);

    std::vector<CriterionWeightSpec> split;
    if (const toml::table* split_table = reader.table("environment_split")) {
      TableReader split_reader(*split_table, {&schema_v1::environment_split()}, file_,
                               diagnostics_);
      std::vector<std::pair<std::string_view, double>> shares;
      for (const Criterion c : kAllCriteria) {
        if (!is_environmental(c)) continue;
        const std::string_view key = criterion_id(c);
        std::optional<Located<double>> share = read_weight(split_reader, key, valid);
        if (!share) continue;
        if (reader.has(key)) {
          split_reader.error_at_key(key,
                                    "'" + std::string(key) +
                                        "' is weighted twice: directly in [project.award] and "
                                        "in environment_split",
                                    "keep one: environment_split shares the environment weight");
          valid = false;
        }
        CriterionWeightSpec weight;
        weight.criterion = c;
        weight.share_of_environment = *share;
        split.push_back(std::move(weight));
        shares.emplace_back(key, share->value);
      }
      for (const FieldSpec& field : schema_v1::environment_split().fields) {
        valid = valid && !split_reader.misspelled(field.key);
      }
      if (!award.environment && !reader.misspelled("environment")) {
        reader.error_at_key("environment_split",
                            "'environment_split' needs 'environment', the weight it shares",
                            "add, for example: environment = 40");
        valid = false;
      } else if (valid) {
        if (const std::optional<double> scale = weight_scale(
                shares, reader.where("environment_split"), "environment_split", "share")) {
          for (CriterionWeightSpec& weight : split) weight.share_of_environment->value *= *scale;
        } else {
          valid = false;
        }
      }
    } else if (award.environment && !reader.has("environment_split") &&
               !reader.misspelled("environment_split")) {
      reader.error_at_key("environment",
                          "'environment' needs 'environment_split' to share it among criteria",
                          "add, for example: environment_split = { gwp = 50, energy = 25, water "
                          "= 25 }");
      valid = false;
    }
    // A misspelt key, already reported, would make the sums wrong too: one error is enough.
    for (const FieldSpec& field : schema_v1::award().fields) {
      valid = valid && !reader.misspelled(field.key);
    }
    if (!valid) return std::nullopt;
    const std::optional<double> scale = weight_scale(top, award.where, "[project.award]", "weight");
    if (!scale) return std::nullopt;
    for (CriterionWeightSpec& weight : award.weights) weight.weight.value *= *scale;
    if (award.environment) {
      award.environment->value *= *scale;
      for (CriterionWeightSpec& weight : split) {
        weight.weight = *award.environment;
        weight.weight.value *= weight.share_of_environment->value;
        award.weights.push_back(weight);
      }
    }
    std::stable_sort(award.weights.begin(), award.weights.end(), [](const auto& a, const auto& b) {
      return index_of(a.criterion) < index_of(b.criterion);
    });
    return award;
  }

 private:
  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<AwardSpec> read_award(const toml::table& table, const std::string& file,
                                    Diagnostics& diagnostics) {
  return AwardReader(file, diagnostics).read(table);
}

}  // namespace empreinte
