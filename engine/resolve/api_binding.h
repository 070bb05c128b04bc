#pragma once
/// @file api_binding.h
/// Binds an `api` stage to its model inputs.

#include <optional>

#include "engine/models/api_stage.h"
#include "engine/resolve/binding_context.h"

namespace empreinte {

/// Work over the horizon from a volume given over the horizon, per year, or per day of use
/// (× days_per_year); a daily volume is stated as an assumption about the stage `stage_key`
/// ("option/stage"). `unit` is empty for LLM requests, else the unit of work ("image").
Ratio bind_work_volume(BindingContext& context, const WorkVolumeSpec& volume,
                       const std::string& stage_key, const std::string& unit);

/// The host draw and the manufacturing of `hardware` and of its host, per accelerator, into
/// `inputs`. False after an error at `where`.
bool bind_serving_hardware(BindingContext& context, const FactorRow& hardware, ApiInputs& inputs,
                           const SourceLocation& where);

/// The per-request inputs of an LLM served on `hardware` at `site` (model size, tokens, batch,
/// fits, host, manufacturing), shared by api and inference stages of `stage_key`; the caller
/// sets the service life. Nullopt after errors.
std::optional<ApiInputs> bind_llm_work(BindingContext& context, const LlmRequestSpec& spec,
                                       const FactorRow& hardware, SiteFactors site,
                                       const SourceLocation& where, const std::string& stage_key);

/// The inputs of the API model for `stage` of `option`, or nullopt after errors.
std::optional<ApiInputs> bind_api(BindingContext& context, const OptionSpec& option,
                                  const StageSpec& stage, const ApiStageSpec& spec);

}  // namespace empreinte
