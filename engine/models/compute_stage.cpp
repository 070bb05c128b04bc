#include "engine/models/compute_stage.h"

namespace empreinte {

Impacts use_phase_impacts(const Energy& it_energy, const SiteFactors& site) {
  const Energy facility_energy = it_energy * site.pue;
  Impacts out;
  out.energy = facility_energy;
  out.gwp = facility_energy * site.grid_gwp;
  out.primary_energy = facility_energy * site.grid_primary_energy;
  out.adpe = facility_energy * site.grid_adpe;
  out.water = it_energy * site.wue + facility_energy * site.grid_water;
  return out;
}

Impacts embodied_impacts(const EmbodiedFactors& per_unit, const Ratio& allocation) {
  Impacts out;
  out.gwp = per_unit.gwp * allocation;
  out.primary_energy = per_unit.primary_energy * allocation;
  out.adpe = per_unit.adpe * allocation;
  out.water = per_unit.water * allocation;
  out.energy = Energy(Samples::Zero(allocation.samples().size()));
  return out;
}

EmbodiedFactors operator+(const EmbodiedFactors& a, const EmbodiedFactors& b) {
  return {a.gwp + b.gwp, a.primary_energy + b.primary_energy, a.adpe + b.adpe, a.water + b.water};
}

Power power_at_utilisation(const Power& idle, const Power& max, const Ratio& utilisation) {
  return idle + (max - idle) * utilisation;
}

StageImpacts compute_stage_impacts(const ComputeInputs& in) {
  const Duration device_hours = in.hours * in.count;
  const Energy it_energy = in.running_power * device_hours * in.share;
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, in.site);
  const Energy& facility_energy = out.use.energy;

  // Share of the devices' manufacturing the project is accountable for (SCI: time reserved over
  // service life, times the share of the device reserved, times the number of devices).
  const Ratio allocation = in.reserved / in.lifetime * in.share * in.count;
  out.embodied = embodied_impacts(in.embodied, allocation);

  out.flows = {
      {"device_hours", device_hours.central(), "h"},
      {"running_power_per_device", in.running_power.central(), "kW"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility_energy.central(), "kWh"},
      {"embodied_allocation", allocation.central(), "device"},
  };
  out.devices = in.count * in.share;
  out.reserved_device_hours = in.reserved * out.devices;
  return out;
}

}  // namespace empreinte
