#include "engine/pipeline/run.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "engine/core/check.h"
#include "engine/core/number_text.h"
#include "engine/models/api_stage.h"
#include "engine/models/compute_stage.h"
#include "engine/models/embodied_stage.h"
#include "engine/models/inference_stage.h"
#include "engine/models/network_stage.h"
#include "engine/models/storage_stage.h"
#include "engine/models/training_stage.h"
#include "engine/resolve/resolver.h"

namespace empreinte {
namespace {

constexpr double kHoursPerYear = 8760.0;  // the year of unit_registry.cpp

// The central value of each criterion: the first sample (a point run has only that one).
report::ImpactSet central_values(const Impacts& impacts, double divisor) {
  report::ImpactSet out;
  out[Criterion::kGwp].value = impacts.gwp.central() / divisor;
  out[Criterion::kEnergy].value = impacts.energy.central() / divisor;
  out[Criterion::kPrimaryEnergy].value = impacts.primary_energy.central() / divisor;
  out[Criterion::kWater].value = impacts.water.central() / divisor;
  out[Criterion::kAdpe].value = impacts.adpe.central() / divisor;
  return out;
}

Impacts zero_impacts(std::uint32_t samples) {
  const Samples zero = Samples::Zero(samples);
  return Impacts{CarbonMass(zero), Energy(zero), PrimaryEnergy(zero), Water(zero), Adpe(zero)};
}

StageImpacts stage_impacts(const ResolvedStage& stage) {
  return std::visit(
      [](const auto& inputs) -> StageImpacts {
        using T = std::decay_t<decltype(inputs)>;
        if constexpr (std::is_same_v<T, ComputeInputs>) {
          return compute_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, TrainingInputs>) {
          return training_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, StorageInputs>) {
          return storage_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, ApiInputs>) {
          return api_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, InferenceInputs>) {
          return inference_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, EmbodiedInputs>) {
          return embodied_stage_impacts(inputs);
        } else {
          return network_stage_impacts(inputs);
        }
      },
      stage.inputs);
}

report::StageResult stage_result(const ResolvedStage& stage, const StageImpacts& impacts) {
  report::StageResult out;
  out.id = stage.spec->id.value;
  out.kind = stage.spec->kind.value;
  out.title = stage.spec->title.empty() ? out.id : stage.spec->title;
  out.use = central_values(impacts.use, 1.0);
  out.embodied = central_values(impacts.embodied, 1.0);
  out.total = central_values(impacts.use + impacts.embodied, 1.0);
  for (const InventoryFlow& flow : impacts.flows) {
    out.flows.push_back({flow.id, flow.value(0), flow.unit});
  }
  out.factor_ids = stage.factor_ids;
  out.declared_at = stage.spec->where;
  return out;
}

// A served model whose requests need more accelerator time than is reserved cannot be run as
// described: the figures would understate the hardware. Said at the stage, as a warning.
void warn_if_overloaded(const ResolvedStage& stage, const StageImpacts& impacts,
                        Diagnostics& diagnostics) {
  for (const InventoryFlow& flow : impacts.flows) {
    if (std::string_view(flow.id) != "utilisation" || flow.value(0) <= 1.0) continue;
    diagnostics.warning(stage.spec->where,
                        "the requests of stage '" + stage.spec->id.value + "' need " +
                            shortest_text(std::round(flow.value(0) * 100.0)) +
                            " % of the reserved accelerator time",
                        "add replicas or reserve more hours_per_year; the figures assume the "
                        "reserved hardware serves them");
  }
}

report::FactorUse factor_use(const FactorLookup& lookup, const FactorSet& factors) {
  const Factor& factor = *lookup.factor;
  report::FactorUse out;
  out.id = factor.id;
  out.label = factor.label;
  // As the table writes it, so that a reader can check it against the source.
  out.value = factor.as_written.value;
  out.unit = factor.as_written.unit;
  out.low = factor.as_written.low;
  out.high = factor.as_written.high;
  out.source_id = factor.source_id;
  if (const Source* source = factors.source(factor.source_id)) {
    out.source_title = source->title;
    out.source_url = source->url;
  }
  out.year = factor.year;
  out.licence = factor.licence;
  out.fallback_note = lookup.fallback_note;
  return out;
}

// What this methodology version counts and leaves out (docs/methodology.md, "Boundary").
const std::vector<report::BoundaryItem>& boundary_included() {
  static const std::vector<report::BoundaryItem> items = {
      {"use-electricity",
       "Electricity drawn by the devices of each stage, raised by the data-centre PUE"},
      {"grid-life-cycle",
       "Life-cycle impacts of that electricity in the grid zone of the site (carbon, primary "
       "energy, abiotic depletion, off-site water)"},
      {"onsite-water", "Water evaporated on site for cooling (WUE × IT energy)"},
      {"device-manufacturing",
       "Manufacturing of the devices, allocated by reserved time over service life and by "
       "share of device (SCI)"},
  };
  return items;
}

const std::vector<report::BoundaryItem>& boundary_excluded() {
  static const std::vector<report::BoundaryItem> items = {
      {"user-terminals", "End-user terminals and the network between users and the service"},
      {"building", "Data-centre building and non-IT equipment manufacturing"},
      {"transport-end-of-life", "Transport and end of life of the devices"},
      {"staff", "Staff travel and office energy"},
      {"rebound", "Rebound effects and avoided impacts"},
  };
  return items;
}

}  // namespace

std::optional<report::Report> run(const ProjectSpec& project, const FactorSet& factors,
                                  const RunOptions& options, Diagnostics& diagnostics) {
  Diagnostics resolution;
  const ResolvedProject resolved =
      resolve_project(project, factors, SampleShape{options.samples}, resolution);
  diagnostics.append(resolution);
  if (resolution.has_errors()) return std::nullopt;

  report::Report out;
  out.engine_version = EMPREINTE_VERSION;
  out.methodology_version = EMPREINTE_METHODOLOGY_VERSION;
  out.factor_set_version = factors.version();
  out.project = {project.id.value,
                 project.title,
                 project.organisation,
                 project.description,
                 project.functional_unit,
                 project.functional_units_per_year.value,
                 project.horizon.value / kHoursPerYear,
                 project.source_file};
  out.boundary_included = boundary_included();
  out.boundary_excluded = boundary_excluded();
  out.samples = options.samples;
  out.seed = options.seed;

  const double years = out.project.horizon_years;
  const double functional_units = out.project.functional_units_per_year * years;
  EMPREINTE_CHECK(years > 0.0 && functional_units > 0.0, "the input schema bounds both above 0");
  for (const ResolvedOption& option : resolved.options) {
    report::OptionResult result;
    result.id = option.spec->id.value;
    result.title = option.spec->title;
    result.description = option.spec->description;
    // Options are summed on samples, not on summaries, so that ranges stay correct.
    Impacts total = zero_impacts(options.samples);
    for (const ResolvedStage& stage : option.stages) {
      const StageImpacts impacts = stage_impacts(stage);
      warn_if_overloaded(stage, impacts, diagnostics);
      total += impacts.use + impacts.embodied;
      result.stages.push_back(stage_result(stage, impacts));
    }
    result.total = central_values(total, 1.0);
    result.per_year = central_values(total, years);
    result.per_functional_unit = central_values(total, functional_units);
    out.options.push_back(std::move(result));
  }
  for (const FactorLookup& lookup : resolved.factors)
    out.factors.push_back(factor_use(lookup, factors));
  std::sort(out.factors.begin(), out.factors.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const AppliedAssumption& assumption : resolved.assumptions) {
    out.assumptions.push_back({assumption.id, assumption.text, assumption.kind, assumption.params});
  }
  return out;
}

}  // namespace empreinte
