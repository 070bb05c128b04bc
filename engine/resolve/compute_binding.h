#pragma once
/// @file compute_binding.h
/// Binds a `compute` stage to its model inputs.

#include <optional>

#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the compute model for `stage` of `option`, or nullopt after errors.
std::optional<ComputeInputs> bind_compute(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const ComputeStageSpec& spec);

}  // namespace empreinte
