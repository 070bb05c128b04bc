#pragma once
/// @file api_binding.h
/// Binds an `api` stage to its model inputs.

#include <optional>

#include "engine/models/api_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// The per-request inputs of an LLM served on `hardware` at `site` (model size, tokens, batch,
/// fits, host, manufacturing), shared by api and inference stages; the caller sets the service
/// life. Nullopt after errors.
std::optional<ApiInputs> bind_llm_work(BindingContext& context, const LlmRequestSpec& spec,
                                       const FactorRow& hardware, SiteFactors site,
                                       const SourceLocation& where);

/// The inputs of the API model for `stage` of `option`, or nullopt after errors.
std::optional<ApiInputs> bind_api(BindingContext& context, const OptionSpec& option,
                                  const StageSpec& stage, const ApiStageSpec& spec);

}  // namespace empreinte
