#include "engine/models/compute_stage.h"

namespace empreinte {

Power power_at_utilisation(const Power& idle, const Power& max, const Ratio& utilisation) {
  return idle + (max - idle) * utilisation;
}

StageImpacts compute_stage_impacts(const ComputeInputs& in) {
  const Duration device_hours = in.hours * in.count;
  const Energy it_energy = in.running_power * device_hours * in.share;
  const Energy facility_energy = it_energy * in.site.pue;

  StageImpacts out;
  out.use.energy = facility_energy;
  out.use.gwp = facility_energy * in.site.grid_gwp;
  out.use.primary_energy = facility_energy * in.site.grid_primary_energy;
  out.use.adpe = facility_energy * in.site.grid_adpe;
  out.use.water = it_energy * in.site.wue + facility_energy * in.site.grid_water;

  // Share of the devices' manufacturing the project is accountable for (SCI: time reserved over
  // service life, times the share of the device reserved, times the number of devices).
  const Ratio allocation = in.reserved / in.lifetime * in.share * in.count;
  out.embodied.gwp = in.embodied.gwp * allocation;
  out.embodied.primary_energy = in.embodied.primary_energy * allocation;
  out.embodied.adpe = in.embodied.adpe * allocation;
  out.embodied.water = in.embodied.water * allocation;
  out.embodied.energy = Energy(Samples::Zero(allocation.samples().size()));

  out.flows = {
      {"device_hours", device_hours.samples(), "h"},
      {"running_power_per_device", in.running_power.samples(), "kW"},
      {"it_energy", it_energy.samples(), "kWh"},
      {"facility_energy", facility_energy.samples(), "kWh"},
      {"embodied_allocation", allocation.samples(), "device"},
  };
  return out;
}

}  // namespace empreinte
