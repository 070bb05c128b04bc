#include "engine/resolve/inference_binding.h"

#include <algorithm>

#include "engine/core/number_text.h"
#include "engine/core/unit_registry.h"
#include "engine/resolve/api_binding.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// The accelerator EcoLogits' energy and latency fits were measured on (ML.ENERGY, H100 80 GB).
constexpr const char* kFitHardware = "nvidia-h100-sxm5-80gb";

// How a unit of work is written in the input and in the tasks table.
std::string unit_name(WorkUnit unit) {
  switch (unit) {
    case WorkUnit::kImage:
      return "image";
    case WorkUnit::kPage:
      return "page";
    case WorkUnit::kAudioClip:
      return "audio_clip";
    case WorkUnit::kAudioSecond:
      return "audio_second";
  }
  return "image";
}

// Scales a figure measured on `reference` to `device`: energy by the device's maximum power per
// peak FLOP relative to the reference's, time by the reference's peak over the device's. False
// after an error at `where` when either lacks a peak throughput; `what` names the figure.
bool scale_to_device(BindingContext& context, const FactorRow* reference, const FactorRow& device,
                     const SourceLocation& where, std::string_view what, InferenceInputs& in) {
  const Factor* peak = device.quantity("peak_tflops_fp16");
  const Factor* reference_peak_factor =
      reference == nullptr ? nullptr : reference->quantity("peak_tflops_fp16");
  if (peak == nullptr || reference_peak_factor == nullptr) {
    const std::string missing = peak == nullptr || reference == nullptr ? device.id : reference->id;
    context.error(where,
                  "hardware '" + missing + "' has no peak throughput to scale the " +
                      std::string(what) + " to",
                  "add peak_tflops_fp16 to the device in the hardware table");
    return false;
  }
  const Ratio reference_peak(context.bind<ComputeRate>(*reference_peak_factor).samples());
  const Ratio reference_power(context.bind<Power>(*reference->quantity("power_max")).samples());
  const Ratio device_peak(context.bind<ComputeRate>(*peak).samples());
  const Ratio device_power(context.bind<Power>(*device.quantity("power_max")).samples());
  in.energy_scale = Ratio(device_power.samples() / device_peak.samples() /
                          (reference_power.samples() / reference_peak.samples()));
  in.latency_scale = Ratio(reference_peak.samples() / device_peak.samples());
  return true;
}

// LLM text requests: the per-token model, its fits measured on H100s.
bool bind_token_work(BindingContext& context, const InferenceStageSpec& spec,
                     const FactorRow& hardware, SiteFactors site, const std::string& stage_key,
                     InferenceInputs& in) {
  const SourceLocation& where = spec.hardware.where;
  std::optional<ApiInputs> work =
      bind_llm_work(context, spec.request, hardware, std::move(site), where, stage_key);
  if (!work) return false;
  in.work = std::move(*work);
  if (spec.accelerators_per_replica) {
    in.accelerators_per_replica =
        context.constant<Ratio>(static_cast<double>(spec.accelerators_per_replica->value));
  }
  return true;
}

// The same scaling, for the per-token fits, and its assumption.
bool scale_token_work(BindingContext& context, const FactorRow& hardware,
                      const SourceLocation& where, InferenceInputs& in) {
  const FactorRow* reference = context.factors().row(FactorTable::kHardware, kFitHardware);
  if (!scale_to_device(context, reference, hardware, where, "per-token model", in)) return false;
  if (hardware.id != kFitHardware) {
    context.assume("inference-hardware-scaling", hardware.id,
                   {{"device", std::string(hardware.field("name"))}},
                   "The per-token energy and latency fits were measured on H100 GPUs: for " +
                       std::string(hardware.field("name")) +
                       " they are scaled by its power per peak FLOP and its peak throughput.");
  }
  return true;
}

// Images, pages or audio clips: a task's measured energy per unit, or the project's own.
bool bind_unit_work(BindingContext& context, const UnitWorkSpec& spec, const FactorRow& hardware,
                    SiteFactors site, const std::string& stage_key, const std::string& where_text,
                    InferenceInputs& in) {
  // Without a task or a stated energy and its unit, the reader has reported the error.
  if (!spec.task && (!spec.energy_per_unit || !spec.unit)) return false;
  const SourceLocation& where = spec.task ? spec.task->where : spec.energy_per_unit->where;
  in.work.site = std::move(site);
  if (!bind_serving_hardware(context, hardware, in.work, where)) return false;
  UnitWorkInputs work;
  const FactorRow* reference = &hardware;  // where the energy per unit was measured
  std::string unit = spec.unit ? unit_name(spec.unit->value) : "";
  if (spec.task) {
    const FactorRow* task = context.find_row(FactorTable::kTasks, *spec.task, "task", "tasks");
    if (task == nullptr) return false;
    const std::string task_unit(task->field("work_unit"));
    if (spec.unit && unit != task_unit) {
      context.error(spec.unit->where,
                    "unit \"" + unit + "\" does not match task '" + task->id +
                        "', which counts \"" + task_unit + "\"",
                    "count the task's unit, or remove 'unit'");
      return false;
    }
    unit = task_unit;
    reference = context.factors().row(FactorTable::kHardware, task->field("measured_on"));
    if (reference == nullptr) {
      context.error(spec.task->where, "task '" + task->id + "' is measured on unknown hardware '" +
                                          std::string(task->field("measured_on")) + "'");
      return false;
    }
    const Factor& energy = *task->quantity("energy_per_unit");
    work.energy_per_unit = context.bind<Energy>(energy);
    const std::string wh = shortest_text(energy.as_written.value);
    context.assume(
        "task-measurement", task->id,
        {{"task", task->id},
         {"unit", unit},
         {"energy", wh + " " + energy.as_written.unit},
         {"device", std::string(reference->field("name"))},
         {"conditions", std::string(task->field("conditions"))}},
        "Task " + task->id + ": " + wh + " " + energy.as_written.unit +
            " of accelerator energy per " + unit + ", measured on " +
            std::string(reference->field("name")) + " (" + std::string(task->field("conditions")) +
            "). Its busy time is that energy at the accelerator's maximum draw, a lower bound; "
            "serving several units at once would take less energy per unit.");
  } else {
    work.energy_per_unit = context.input<Energy>(*spec.energy_per_unit);
    BindingContext::AssumptionParams params = stage_params(stage_key);
    const std::string wh =
        shortest_text(from_canonical(spec.energy_per_unit->value, *find_unit("Wh")));
    params.emplace_back("energy", wh + " Wh");
    params.emplace_back("unit", unit);
    params.emplace_back("device", std::string(hardware.field("name")));
    context.assume("unit-energy-stated", stage_key, std::move(params),
                   "The project states " + wh + " Wh of accelerator energy per " + unit + " for " +
                       where_text + ", taken as measured on its " +
                       std::string(hardware.field("name")) + " at its maximum draw.");
  }
  const Factor* reference_power = reference->quantity("power_max");
  work.measurement_power = context.bind<Power>(*reference_power);
  work.units = bind_work_volume(context, spec.units, stage_key, unit);
  in.unit_work = std::move(work);
  if (reference == &hardware) {
    in.energy_scale = context.constant<Ratio>(1.0);
    in.latency_scale = context.constant<Ratio>(1.0);
  } else {
    if (!scale_to_device(context, reference, hardware, where, "task's measurement", in)) {
      return false;
    }
    context.assume("task-hardware-scaling", spec.task->value + "/" + hardware.id,
                   {{"task", spec.task->value},
                    {"reference", std::string(reference->field("name"))},
                    {"device", std::string(hardware.field("name"))}},
                   "Task " + spec.task->value + " was measured on " +
                       std::string(reference->field("name")) + ": for " +
                       std::string(hardware.field("name")) +
                       " its energy per unit is scaled by the two accelerators' power per peak "
                       "FLOP, and its busy time by their peak throughputs.");
  }
  return true;
}

}  // namespace

std::optional<InferenceInputs> bind_inference(BindingContext& context, const OptionSpec& option,
                                              const StageSpec& stage,
                                              const InferenceStageSpec& spec) {
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  const std::string where_text =
      "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
  const FactorRow* hardware =
      context.find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
  std::optional<SiteFactors> site = context.site(spec.site);
  if (hardware == nullptr || !site) return std::nullopt;
  const SourceLocation& where = spec.hardware.where;

  InferenceInputs in;
  if (spec.unit_work) {
    if (!bind_unit_work(context, *spec.unit_work, *hardware, std::move(*site), stage_key,
                        where_text, in)) {
      return std::nullopt;
    }
    // The measurements ran each model on one accelerator.
    const double per_replica = spec.accelerators_per_replica
                                   ? static_cast<double>(spec.accelerators_per_replica->value)
                                   : 1.0;
    in.accelerators_per_replica = context.constant<Ratio>(per_replica);
    if (!spec.accelerators_per_replica) {
      context.assume("unit-work-one-accelerator", stage_key, stage_params(stage_key),
                     "No accelerators_per_replica given for " + where_text +
                         ": each copy of the model runs on one accelerator, as measured.");
    }
  } else if (!bind_token_work(context, spec, *hardware, std::move(*site), stage_key, in)) {
    return std::nullopt;
  }

  std::optional<BoundLifetime> life = bind_lifetime(context, spec.lifetime, hardware, where);
  if (!life) return std::nullopt;
  in.work.lifetime = life->lifetime;  // the stage's when it states one, not also the default
  const double lifetime_hours = life->hours;
  in.replicas = context.constant<Ratio>(static_cast<double>(spec.replicas.value));
  const double years = context.project().horizon.value / kHoursPerYear;
  in.reserved_hours = context.input<Duration>(spec.hours_per_year) * context.constant<Ratio>(years);
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

  // The per-token fits were measured on H100s: scale energy per token by this device's energy
  // per peak FLOP relative to the H100's, and time per token by the H100's peak over this one's.
  if (!spec.unit_work && !scale_token_work(context, *hardware, where, in)) return std::nullopt;
  return in;
}

}  // namespace empreinte
