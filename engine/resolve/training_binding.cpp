#include "engine/resolve/training_binding.h"

#include <algorithm>

#include "engine/core/number_text.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// Parameter counts are kept in billions (unit "B").
constexpr double kParametersPerBillion = 1e9;

// FLOPs of one run: given, or (FLOPs per active parameter and token) × parameters × tokens.
std::optional<ComputeAmount> bind_flops(BindingContext& context, const TrainingStageSpec& spec,
                                        const SourceLocation& where) {
  if (spec.flops) return context.input<ComputeAmount>(*spec.flops);
  if (!spec.tokens) return std::nullopt;
  double active_billions = 0.0;
  Ratio parameters;
  if (spec.model) {
    const FactorRow* model = context.find_row(FactorTable::kModels, *spec.model, "model", "models");
    if (model == nullptr) return std::nullopt;
    const Factor* active = model->quantity("parameters_active");
    active_billions = active->value;
    parameters = context.bind<Ratio>(*active) * context.constant<Ratio>(kParametersPerBillion);
    if (model->field("disclosure") == "estimated") {
      context.assume("model-size-estimated", model->id,
                     {{"model", std::string(model->field("name"))},
                      {"active_b", shortest_text(active_billions)}},
                     "The parameter count of " + std::string(model->field("name")) +
                         " is not published: the catalogue's estimate of " +
                         shortest_text(active_billions) + " B active parameters is used.");
    }
  } else if (spec.parameters) {
    parameters =
        context.input<Ratio>(*spec.parameters) * context.constant<Ratio>(kParametersPerBillion);
  } else {
    return std::nullopt;
  }
  const Factor* per_token = context.required_parameter("training_flops_per_parameter_token", where);
  if (per_token == nullptr) return std::nullopt;
  const Ratio flops =
      context.bind<Ratio>(*per_token) * parameters * context.input<Ratio>(*spec.tokens);
  return ComputeAmount(flops.samples());
}

}  // namespace

std::optional<TrainingInputs> bind_training(BindingContext& context, const OptionSpec& option,
                                            const StageSpec& stage, const TrainingStageSpec& spec) {
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  const std::string where_text =
      "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
  std::optional<BoundDevice> device = bind_device(context, spec.device, stage_key, where_text);
  if (!device) return std::nullopt;
  const SourceLocation& where = spec.device.hardware.where;
  TrainingInputs in;
  in.devices = context.constant<Ratio>(static_cast<double>(spec.count.value));
  in.runs = context.input<Ratio>(spec.runs);
  if (spec.accelerator_hours) {
    in.accelerator_hours = context.input<Duration>(*spec.accelerator_hours);
  } else {
    std::optional<ComputeAmount> flops = bind_flops(context, spec, where);
    if (!flops) return std::nullopt;
    in.flops = std::move(*flops);
    const Factor* peak = device->row->quantity("peak_tflops_fp16");
    if (peak == nullptr) {
      context.error(where,
                    "hardware '" + device->row->id + "' has no peak throughput in the factor table",
                    "give accelerator_hours, or add peak_tflops_fp16 to the device");
      return std::nullopt;
    }
    in.peak = context.bind<ComputeRate>(*peak);
    if (spec.mfu) {
      in.mfu = context.input<Ratio>(*spec.mfu);
    } else {
      const Factor* mfu = context.required_parameter("model_flops_utilization", where);
      if (mfu == nullptr) return std::nullopt;
      in.mfu = context.bind<Ratio>(*mfu);
      BindingContext::AssumptionParams params = stage_params(stage_key);
      params.emplace_back("mfu", shortest_text(mfu->value));
      params.emplace_back("parameter", mfu->id);
      context.assume("mfu-default", stage_key, std::move(params),
                     "No model FLOPs utilisation given for " + where_text + ": " +
                         shortest_text(mfu->value) + " is assumed (" + mfu->id + ").");
    }
  }

  in.accelerators.count = context.constant<Ratio>(1.0);
  in.accelerators.share = context.constant<Ratio>(1.0);
  in.accelerators.running_power = device->running_power;
  in.accelerators.lifetime = device->lifetime;
  in.accelerators.embodied = device->embodied;
  in.accelerators.site = device->site;
  // Owned accelerators are held for the horizon, every one of them.
  if (std::optional<Duration> held =
          owned_reservation(context, spec.device, *device, stage_key, where_text)) {
    in.owned_reserved = *held * context.constant<Ratio>(static_cast<double>(spec.count.value));
  }

  // Accelerators sit in hosts (CPUs, memory, network); CPUs and servers are their own host,
  // and host_power_w = 0 leaves hosts out (a published figure that counts GPUs only).
  const bool needs_host = device->row->field("kind") == "accelerator" &&
                          !(spec.host_power && spec.host_power->value == 0.0);
  if (!needs_host) {
    in.host_power = context.constant<Power>(0.0);
    in.host_embodied = {context.constant<CarbonMass>(0.0), context.constant<PrimaryEnergy>(0.0),
                        context.constant<Adpe>(0.0), context.constant<Water>(0.0)};
    return in;
  }
  if (spec.host_power) {
    in.host_power = context.input<Power>(*spec.host_power);
  } else {
    const Factor* host = context.required_parameter("host_power_per_accelerator", where);
    if (host == nullptr) return std::nullopt;
    in.host_power = context.bind<Power>(*host);
  }
  std::optional<EmbodiedFactors> host = bind_host_embodied(context, where);
  if (!host) return std::nullopt;
  in.host_embodied = std::move(*host);
  const bool host_pe = context.factors().parameter("host_embodied_pe_per_accelerator") != nullptr;
  const bool host_adpe =
      context.factors().parameter("host_embodied_adpe_per_accelerator") != nullptr;
  context.assume("host-embodied-partial", "", {},
                 "Host servers' manufacturing is counted per accelerator for climate change" +
                     std::string(host_pe ? ", primary energy" : "") +
                     (host_adpe ? ", abiotic depletion" : "") +
                     "; no sourced figure for the other criteria, counted as zero.");
  return in;
}

}  // namespace empreinte
