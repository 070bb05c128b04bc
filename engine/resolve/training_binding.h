#pragma once
/// @file training_binding.h
/// Binds a `training` or `fine_tuning` stage to its model inputs.

#include <optional>

#include "engine/models/training_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the training model for `stage` of `option`, or nullopt after errors.
std::optional<TrainingInputs> bind_training(BindingContext& context, const OptionSpec& option,
                                            const StageSpec& stage, const TrainingStageSpec& spec);

}  // namespace empreinte
