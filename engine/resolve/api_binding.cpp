#include "engine/resolve/api_binding.h"

#include "engine/core/number_text.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// A default parameter of the factor set, or nullopt after an error at `where`.
std::optional<Ratio> parameter(BindingContext& context, std::string_view id,
                               const SourceLocation& where) {
  const Factor* factor = context.required_parameter(id, where);
  if (factor == nullptr) return std::nullopt;
  return context.bind<Ratio>(*factor);
}

// A ratio the stage gives, else the default parameter.
std::optional<Ratio> stage_or_default(BindingContext& context,
                                      const std::optional<Located<double>>& given,
                                      std::string_view id, const SourceLocation& where) {
  if (given) return context.input<Ratio>(*given);
  return parameter(context, id, where);
}

}  // namespace

Ratio bind_work_volume(BindingContext& context, const WorkVolumeSpec& volume,
                       const std::string& stage_key, const std::string& unit) {
  const double years = context.project().horizon.value / kHoursPerYear;
  if (volume.total) return context.input<Ratio>(*volume.total);
  if (volume.per_year)
    return context.input<Ratio>(*volume.per_year) * context.constant<Ratio>(years);
  if (!volume.per_day) return context.constant<Ratio>(0.0);  // missing: already reported
  // A year of use = per day × days of use a year (365 unless the project states it).
  const double days = volume.days_per_year.value;
  const double per_year = volume.per_day->value * days;
  const std::string what = unit.empty() ? "requests" : "units of work (" + unit + ")";
  BindingContext::AssumptionParams params = stage_params(stage_key);
  params.emplace_back("per_day", shortest_text(volume.per_day->value));
  params.emplace_back("days", shortest_text(days));
  params.emplace_back("per_year", shortest_text(per_year));
  if (!unit.empty()) params.emplace_back("unit", unit);
  const std::string option = params[0].second;
  const std::string stage = params[1].second;
  context.assume(unit.empty() ? "requests-per-day" : "units-per-day", stage_key, params,
                 "Stage '" + stage + "' of option '" + option +
                     "': " + shortest_text(volume.per_day->value) + " " + what + " a day × " +
                     shortest_text(days) + " days of use a year = " + shortest_text(per_year) +
                     " a year.");
  if (volume.days_per_year.defaulted) {
    context.assume("days-per-year-default", stage_key, stage_params(stage_key),
                   "No days_per_year given for stage '" + stage + "' of option '" + option +
                       "': the service is taken as used every day of the year (365 days); an "
                       "administration open on weekdays uses it about 220 days.");
  }
  return context.input<Ratio>(*volume.per_day) * context.input<Ratio>(volume.days_per_year) *
         context.constant<Ratio>(years);
}

bool bind_serving_hardware(BindingContext& context, const FactorRow& hardware, ApiInputs& in,
                           const SourceLocation& where) {
  // Manufacturing of the accelerators and of their hosts, over the hardware's life.
  const Factor* host_power = context.required_parameter("host_power_per_accelerator", where);
  if (host_power == nullptr) return false;
  in.host_power = context.bind<Power>(*host_power);
  in.accelerator_embodied = bind_embodied(context, hardware);
  std::optional<EmbodiedFactors> host = bind_host_embodied(context, where);
  if (!host) return false;
  in.host_embodied = std::move(*host);
  return true;
}

std::optional<ApiInputs> bind_llm_work(BindingContext& context, const LlmRequestSpec& spec,
                                       const FactorRow& hardware_row, SiteFactors site,
                                       const SourceLocation& where, const std::string& stage_key) {
  const FactorRow* model = context.find_row(FactorTable::kModels, spec.model, "model", "models");
  if (model == nullptr) return std::nullopt;
  const FactorRow* hardware = &hardware_row;
  ApiInputs in;
  in.site = std::move(site);
  in.requests = bind_work_volume(context, spec.requests, stage_key, "");
  in.input_tokens = context.input<Ratio>(spec.input_tokens);
  in.output_tokens = context.input<Ratio>(spec.output_tokens);
  in.active_parameters = context.bind<Ratio>(*model->quantity("parameters_active"));
  in.total_parameters = context.bind<Ratio>(*model->quantity("parameters_total"));
  if (model->field("disclosure") == "estimated") {
    context.assume("model-size-estimated", model->id,
                   {{"model", std::string(model->field("name"))},
                    {"active_b", shortest_text(model->quantity("parameters_active")->value)}},
                   "The parameter count of " + std::string(model->field("name")) +
                       " is not published: the catalogue's estimate of " +
                       shortest_text(model->quantity("parameters_active")->value) +
                       " billion active parameters is used.");
  }
  const Factor* memory = hardware->quantity("memory");
  if (memory == nullptr) {
    context.error(where, "hardware '" + hardware->id + "' has no memory in the factor table",
                  "serving an LLM needs an accelerator with its memory");
    return std::nullopt;
  }
  in.accelerator_memory = context.bind<Memory>(*memory);

  std::optional<Ratio> batch =
      stage_or_default(context, spec.batch_size, "llm_inference_batch_size", where);
  std::optional<Ratio> bits =
      stage_or_default(context, spec.quantization_bits, "llm_quantization_bits", where);
  std::optional<Ratio> overhead = parameter(context, "llm_memory_overhead", where);
  std::optional<Ratio> alpha = parameter(context, "llm_energy_alpha", where);
  std::optional<Ratio> beta = parameter(context, "llm_energy_beta", where);
  std::optional<Ratio> gamma = parameter(context, "llm_energy_gamma", where);
  std::optional<Ratio> per_parameter = parameter(context, "llm_latency_per_parameter", where);
  std::optional<Ratio> per_batch = parameter(context, "llm_latency_per_batch", where);
  std::optional<Ratio> constant = parameter(context, "llm_latency_constant", where);
  std::optional<Ratio> prefill = parameter(context, "llm_prefill_energy_ratio", where);
  if (!batch || !bits || !overhead || !alpha || !beta || !gamma || !per_parameter || !per_batch ||
      !constant || !prefill) {
    return std::nullopt;
  }
  in.batch_size = *batch;
  in.quantization_bits = *bits;
  in.memory_overhead = *overhead;
  in.energy_alpha = *alpha;
  in.energy_beta = *beta;
  in.energy_gamma = *gamma;
  in.latency_per_parameter = *per_parameter;
  in.latency_per_batch = *per_batch;
  in.latency_constant = *constant;
  in.prefill_ratio = *prefill;

  if (!bind_serving_hardware(context, *hardware, in, where)) return std::nullopt;
  return in;
}

std::optional<ApiInputs> bind_api(BindingContext& context, const OptionSpec& option,
                                  const StageSpec& stage, const ApiStageSpec& spec) {
  const FactorRow* provider =
      context.find_row(FactorTable::kProviders, spec.provider, "API provider", "providers");
  const FactorRow* hardware =
      context.find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
  if (provider == nullptr || hardware == nullptr) return std::nullopt;
  // The provider's zone unless the contract names another; its PUE and WUE.
  SiteSpec site;
  site.zone = spec.zone
                  ? *spec.zone
                  : Located<std::string>{std::string(provider->field("zone")), spec.provider.where};
  std::optional<SiteFactors> factors = context.site_with_facility(site, provider);
  if (!factors) return std::nullopt;
  std::optional<ApiInputs> in = bind_llm_work(context, spec.request, *hardware, std::move(*factors),
                                              stage.where, option.id.value + "/" + stage.id.value);
  std::optional<BoundLifetime> life = bind_lifetime(context, std::nullopt, hardware, stage.where);
  if (!in || !life) return std::nullopt;
  in->lifetime = life->lifetime;
  context.assume("api-share-of-servers", option.id.value + "/" + stage.id.value,
                 {{"option", option.id.value}, {"stage", stage.id.value}},
                 "API stage '" + stage.id.value + "' of option '" + option.id.value +
                     "': the provider's servers are allocated to the project by request "
                     "latency and batch size (EcoLogits); idle capacity of the provider is not "
                     "counted.");
  return in;
}

}  // namespace empreinte
