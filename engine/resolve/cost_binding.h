#pragma once
/// @file cost_binding.h
/// Binds what each stage costs: prices from the prices table (or stated by the project) joined
/// to the stage's devices, tokens and site, and the project's discount rate, price escalation
/// and carbon value. Missing prices are stated as assumptions, never invented.

#include <optional>

#include "engine/domain/project_spec.h"
#include "engine/models/cost_stage.h"
#include "engine/resolve/binding_context.h"
#include "engine/resolve/resolved_project.h"

namespace empreinte {

/// The cost inputs of `stage`, whose model inputs are `inputs`; nullopt after an error.
std::optional<CostInputs> bind_stage_costs(BindingContext& context, const OptionSpec& option,
                                           const StageSpec& stage, const StageInputs& inputs);

/// What `benefit` avoids over the horizon: units per year × years × figures per unit.
Impacts bind_benefit(BindingContext& context, const BenefitSpec& benefit);

/// The discount rate, price escalation and carbon value of the project.
ProjectCostInputs bind_project_costs(BindingContext& context);

}  // namespace empreinte
