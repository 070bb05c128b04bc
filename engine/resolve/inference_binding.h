#pragma once
/// @file inference_binding.h
/// Binds an `inference` stage to its model inputs.

#include <optional>

#include "engine/models/inference_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the inference model for `stage` of `option`, or nullopt after errors.
std::optional<InferenceInputs> bind_inference(BindingContext& context, const OptionSpec& option,
                                              const StageSpec& stage,
                                              const InferenceStageSpec& spec);

}  // namespace empreinte
