#include "engine/models/training_stage.h"

#include <utility>

namespace empreinte {

StageImpacts training_stage_impacts(const TrainingInputs& in) {
  const Duration hours_per_run =
      in.accelerator_hours ? *in.accelerator_hours : in.flops / (in.peak * in.mfu);
  const Duration accelerator_hours = hours_per_run * in.runs;

  const ComputeInputs& accelerators = in.accelerators;
  const Duration& reserved = in.owned_reserved ? *in.owned_reserved : accelerator_hours;
  StageImpacts accelerator_part = compute_stage_impacts(
      accelerators, accelerator_hours, reserved, accelerators.running_power, accelerators.embodied);
  const StageImpacts host_part = compute_stage_impacts(accelerators, accelerator_hours, reserved,
                                                       in.host_power, in.host_embodied);
  StageImpacts out;
  out.use = std::move(accelerator_part.use);
  out.use += host_part.use;
  out.embodied = std::move(accelerator_part.embodied);
  out.embodied += host_part.embodied;
  const Energy accelerator_it =
      in.accelerators.running_power * accelerator_hours * in.accelerators.share;
  out.flows = {
      {"accelerator_hours", accelerator_hours.central(), "h"},
      {"running_power_per_device", in.accelerators.running_power.central(), "kW"},
      {"host_power_per_accelerator", in.host_power.central(), "kW"},
      {"accelerator_it_energy", accelerator_it.central(), "kWh"},
      {"facility_energy", out.use.energy.central(), "kWh"},
  };
  out.reserved_device_hours = std::move(accelerator_part.reserved_device_hours);
  out.devices = in.devices;
  return out;
}

}  // namespace empreinte
