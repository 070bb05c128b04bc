#include "engine/resolve/inference_binding.h"

#include <algorithm>

#include "engine/core/number_text.h"
#include "engine/resolve/api_binding.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// The accelerator EcoLogits' energy and latency fits were measured on (ML.ENERGY, H100 80 GB).
constexpr const char* kFitHardware = "nvidia-h100-sxm5-80gb";

}  // namespace

std::optional<InferenceInputs> bind_inference(BindingContext& context, const OptionSpec& option,
                                              const StageSpec& stage,
                                              const InferenceStageSpec& spec) {
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  const FactorRow* hardware =
      context.find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
  std::optional<SiteFactors> site = context.site(spec.site);
  if (hardware == nullptr || !site) return std::nullopt;
  const SourceLocation& where = spec.hardware.where;
  std::optional<ApiInputs> work =
      bind_llm_work(context, spec.request, *hardware, std::move(*site), where);
  if (!work) return std::nullopt;

  InferenceInputs in;
  in.work = std::move(*work);
  std::optional<BoundLifetime> life = bind_lifetime(context, spec.lifetime, hardware, where);
  if (!life) return std::nullopt;
  in.work.lifetime = life->lifetime;  // the stage's when it states one, not also the default
  const double lifetime_hours = life->hours;
  if (spec.accelerators_per_replica) {
    in.accelerators_per_replica =
        context.constant<Ratio>(static_cast<double>(spec.accelerators_per_replica->value));
  }
  in.replicas = context.constant<Ratio>(static_cast<double>(spec.replicas.value));
  const double years = context.project().horizon.value / kHoursPerYear;
  in.reserved_hours = context.input<Duration>(spec.hours_per_year) * context.constant<Ratio>(years);
  const std::string where_text =
      "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
  if (spec.ownership.value == Ownership::kOwned) {
    in.held_hours = owned_for_horizon(context, lifetime_hours, stage_key, where_text);
  } else {
    in.held_hours = in.reserved_hours;
    BindingContext::AssumptionParams params = stage_params(stage_key);
    params.emplace_back("lifetime_years", years_text(lifetime_hours));
    context.assume("allocation-reserved", stage_key, std::move(params),
                   "Rented capacity (stage '" + stage.id.value + "' of option '" + option.id.value +
                       "'): its manufacturing impact is allocated over the hours reserved, busy "
                       "or not, out of a " +
                       years_text(lifetime_hours) + "-year service life.");
  }

  // Idle draws: the accelerator's own when published, else the default share of its maximum.
  const Factor* power_max = hardware->quantity("power_max");
  if (const Factor* idle = hardware->quantity("power_idle")) {
    in.accelerator_idle_power = context.bind<Power>(*idle);
  } else {
    const Factor* fraction = context.required_parameter("idle_power_fraction_accelerator", where);
    if (fraction == nullptr) return std::nullopt;
    in.accelerator_idle_power = context.bind<Power>(*power_max) * context.bind<Ratio>(*fraction);
  }
  const Factor* host_idle = context.required_parameter("idle_power_fraction_server", where);
  if (host_idle == nullptr) return std::nullopt;
  in.host_idle_fraction = context.bind<Ratio>(*host_idle);

  // The fits were measured on H100s: scale energy per token by this device's energy per peak
  // FLOP relative to the H100's, and time per token by the H100's peak over this one's.
  const FactorRow* reference = context.factors().row(FactorTable::kHardware, kFitHardware);
  const Factor* peak = hardware->quantity("peak_tflops_fp16");
  if (reference == nullptr || peak == nullptr) {
    context.error(where,
                  "hardware '" + hardware->id +
                      "' has no peak throughput to scale the "
                      "per-token model to",
                  "add peak_tflops_fp16 to the device in the hardware table");
    return std::nullopt;
  }
  const Ratio reference_peak(
      context.bind<ComputeRate>(*reference->quantity("peak_tflops_fp16")).samples());
  const Ratio reference_power(context.bind<Power>(*reference->quantity("power_max")).samples());
  const Ratio device_peak(context.bind<ComputeRate>(*peak).samples());
  const Ratio device_power(context.bind<Power>(*power_max).samples());
  in.energy_scale = Ratio(device_power.samples() / device_peak.samples() /
                          (reference_power.samples() / reference_peak.samples()));
  in.latency_scale = Ratio(reference_peak.samples() / device_peak.samples());
  if (hardware->id != kFitHardware) {
    context.assume("inference-hardware-scaling", hardware->id,
                   {{"device", std::string(hardware->field("name"))}},
                   "The per-token energy and latency fits were measured on H100 GPUs: for " +
                       std::string(hardware->field("name")) +
                       " they are scaled by its power per peak FLOP and its peak throughput.");
  }
  return in;
}

}  // namespace empreinte
