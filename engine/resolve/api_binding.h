#pragma once
/// @file api_binding.h
/// Binds an `api` stage to its model inputs.

#include <optional>

#include "engine/models/api_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the API model for `stage` of `option`, or nullopt after errors.
std::optional<ApiInputs> bind_api(BindingContext& context, const OptionSpec& option,
                                  const StageSpec& stage, const ApiStageSpec& spec);

}  // namespace empreinte
