#include "engine/pipeline/lots.h"

#include <cmath>

#include "engine/pipeline/figures.h"

namespace empreinte {
namespace {

void scale(Located<double>& value, double factor) {
  value.value *= factor;
  if (!value.spread) return;
  Distribution& d = *value.spread;
  d.central *= factor;
  if (d.low) *d.low *= factor;
  if (d.high) *d.high *= factor;
  if (d.shape == DistributionShape::kNormal) d.spread *= factor;  // a gsd has no unit
}

void scale(std::optional<Located<double>>& value, double factor) {
  if (value) scale(*value, factor);
}

void scale(Located<std::int64_t>& count, double factor) {
  count.value = static_cast<std::int64_t>(std::ceil(static_cast<double>(count.value) * factor));
}

void scale(WorkVolumeSpec& volume, double factor) {
  scale(volume.total, factor);
  scale(volume.per_year, factor);
  scale(volume.per_day, factor);
}

void scale_stage(StageDetail& detail, double factor) {
  std::visit(
      [factor](auto& spec) {
        using T = std::decay_t<decltype(spec)>;
        if constexpr (std::is_same_v<T, ApiStageSpec>) {
          scale(spec.request.requests, factor);
        } else if constexpr (std::is_same_v<T, InferenceStageSpec>) {
          scale(spec.request.requests, factor);
          if (spec.unit_work) scale(spec.unit_work->units, factor);
        } else if constexpr (std::is_same_v<T, NetworkStageSpec>) {
          scale(spec.transfer, factor);
          scale(spec.transfer_per_year, factor);
        } else if constexpr (std::is_same_v<T, StorageStageSpec>) {
          scale(spec.capacity, factor);
        } else if constexpr (std::is_same_v<T, ComputeStageSpec>) {
          scale(spec.hours, factor);
          scale(spec.hours_per_year, factor);
        } else if constexpr (std::is_same_v<T, TrainingStageSpec>) {
          scale(spec.accelerator_hours, factor);
          scale(spec.flops, factor);
          scale(spec.tokens, factor);
        } else if constexpr (std::is_same_v<T, EmbodiedStageSpec>) {
          scale(spec.count, factor);
        } else if constexpr (std::is_same_v<T, CostStageSpec>) {
          scale(spec.amount, factor);
          scale(spec.amount_per_year, factor);
          scale(spec.person_days, factor);
          scale(spec.person_days_per_year, factor);
          if (spec.seats) scale(*spec.seats, factor);
        }
      },
      detail);
}

}  // namespace

bool scales_with_lots(const StageSpec& stage) {
  if (stage.scales_with_lots) return stage.scales_with_lots->value;
  return std::holds_alternative<ApiStageSpec>(stage.detail) ||
         std::holds_alternative<InferenceStageSpec>(stage.detail) ||
         std::holds_alternative<NetworkStageSpec>(stage.detail) ||
         std::holds_alternative<StorageStageSpec>(stage.detail);
}

ProjectSpec scaled_for_lot(const ProjectSpec& project, double factor) {
  ProjectSpec out = project;
  scale(out.functional_units_per_year, factor);
  for (OptionSpec& option : out.options) {
    for (StageSpec& stage : option.stages) {
      if (scales_with_lots(stage)) scale_stage(stage.detail, factor);
    }
    for (BenefitSpec& benefit : option.benefits) scale(benefit.quantity_per_year, factor);
  }
  return out;
}

std::vector<report::LotResult> lot_results(const ProjectSpec& project,
                                           const std::vector<std::vector<Impacts>>& totals,
                                           const report::Report& first) {
  std::vector<report::LotResult> out;
  for (std::size_t k = 0; k < project.lots.size() && k < totals.size(); ++k) {
    const LotSpec& lot = project.lots[k];
    report::LotResult result{lot.id.value,
                             lot.title,
                             lot.volume.value,
                             lot.volume.value / project.lots.front().volume.value,
                             {}};
    for (std::size_t o = 0; o < totals[k].size() && o < first.options.size(); ++o) {
      const Impacts& total = totals[k][o];
      // What this lot adds, draw by draw: the same seed draws the same factors in both runs.
      const Impacts added = k > 0 ? total - totals[k - 1][o] : total;
      result.options.push_back({first.options[o].id, figures_of(total), figures_of(added)});
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace empreinte
