#include "engine/resolve/resolver.h"

#include "engine/resolve/api_binding.h"
#include "engine/resolve/binding_context.h"
#include "engine/resolve/compute_binding.h"
#include "engine/resolve/cost_binding.h"
#include "engine/resolve/embodied_binding.h"
#include "engine/resolve/inference_binding.h"
#include "engine/resolve/storage_binding.h"
#include "engine/resolve/training_binding.h"

namespace empreinte {

ResolvedProject resolve_project(const ProjectSpec& project, const FactorSet& factors,
                                Sampler& sampler, Diagnostics& diagnostics) {
  BindingContext context(project, factors, sampler, diagnostics);
  ResolvedProject out;
  out.spec = &project;
  for (const OptionSpec& option : project.options) {
    ResolvedOption resolved{&option, {}, {}};
    for (const StageSpec& stage : option.stages) {
      context.begin_stage();
      std::optional<StageInputs> inputs = std::visit(
          [&](const auto& detail) -> std::optional<StageInputs> {
            using T = std::decay_t<decltype(detail)>;
            if constexpr (std::is_same_v<T, ComputeStageSpec>) {
              return bind_compute(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, TrainingStageSpec>) {
              return bind_training(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, StorageStageSpec>) {
              return bind_storage(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, ApiStageSpec>) {
              return bind_api(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, InferenceStageSpec>) {
              return bind_inference(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, EmbodiedStageSpec>) {
              return bind_embodied_stage(context, option, stage, detail);
            } else if constexpr (std::is_same_v<T, CostStageSpec>) {
              return CostOnlyInputs{};
            } else {
              return bind_network(context, option, stage, detail);
            }
          },
          stage.detail);
      if (!inputs) continue;
      std::optional<CostInputs> costs = bind_stage_costs(context, option, stage, *inputs);
      if (!costs) continue;
      resolved.stages.push_back({&stage, std::move(*inputs), context.stage_factor_ids(),
                                 context.stage_variables(), std::move(*costs)});
    }
    for (const BenefitSpec& benefit : option.benefits) {
      context.begin_stage();
      resolved.benefits.push_back({&benefit, bind_benefit(context, benefit)});
    }
    out.options.push_back(std::move(resolved));
  }
  out.costs = bind_project_costs(context);
  out.factors = context.take_lookups();
  out.assumptions = context.take_assumptions();
  return out;
}

}  // namespace empreinte
