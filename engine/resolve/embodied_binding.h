#pragma once
/// @file embodied_binding.h
/// Binds an `embodied` stage to its model inputs.

#include <optional>

#include "engine/models/embodied_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the embodied model for `stage` of `option`, or nullopt after errors.
std::optional<EmbodiedInputs> bind_embodied_stage(BindingContext& context, const OptionSpec& option,
                                                  const StageSpec& stage,
                                                  const EmbodiedStageSpec& spec);

}  // namespace empreinte
