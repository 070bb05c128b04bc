#pragma once
/// @file storage_binding.h
/// Binds `storage` and `network` stages to their model inputs.

#include <optional>

#include "engine/models/network_stage.h"
#include "engine/models/storage_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The inputs of the storage model for `stage` of `option`, or nullopt after errors.
std::optional<StorageInputs> bind_storage(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const StorageStageSpec& spec);

/// The inputs of the network model for `stage` of `option`, or nullopt after errors.
std::optional<NetworkInputs> bind_network(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const NetworkStageSpec& spec);

}  // namespace empreinte
