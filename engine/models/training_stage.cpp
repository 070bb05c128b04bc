#include "engine/models/training_stage.h"

namespace empreinte {

StageImpacts training_stage_impacts(const TrainingInputs& in) {
  const Duration hours_per_run =
      in.accelerator_hours ? *in.accelerator_hours : in.flops / (in.peak * in.mfu);
  const Duration accelerator_hours = hours_per_run * in.runs;

  ComputeInputs accelerators = in.accelerators;
  accelerators.hours = accelerator_hours;
  accelerators.reserved = in.owned_reserved.value_or(accelerator_hours);
  ComputeInputs hosts = accelerators;
  hosts.running_power = in.host_power;
  hosts.embodied = in.host_embodied;

  const StageImpacts accelerator_part = compute_stage_impacts(accelerators);
  const StageImpacts host_part = compute_stage_impacts(hosts);
  StageImpacts out;
  out.use = accelerator_part.use + host_part.use;
  out.embodied = accelerator_part.embodied + host_part.embodied;
  const Energy accelerator_it =
      in.accelerators.running_power * accelerator_hours * in.accelerators.share;
  out.flows = {
      {"accelerator_hours", accelerator_hours.central(), "h"},
      {"running_power_per_device", in.accelerators.running_power.central(), "kW"},
      {"host_power_per_accelerator", in.host_power.central(), "kW"},
      {"accelerator_it_energy", accelerator_it.central(), "kWh"},
      {"facility_energy", out.use.energy.central(), "kWh"},
  };
  out.reserved_device_hours = accelerator_part.reserved_device_hours;
  out.devices = in.devices;
  return out;
}

}  // namespace empreinte
