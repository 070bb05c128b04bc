#include "engine/models/compute_stage.h"

#include <utility>

namespace empreinte {

Impacts grid_impacts(Energy drawn, const SiteFactors& site) {
  Impacts out;
  out.gwp = drawn * site.grid_gwp;
  out.primary_energy = drawn * site.grid_primary_energy;
  out.adpe = drawn * site.grid_adpe;
  out.water = drawn * site.grid_water;
  out.energy = std::move(drawn);
  return out;
}

Impacts use_phase_impacts(const Energy& it_energy, const SiteFactors& site) {
  Impacts out = grid_impacts(it_energy * site.pue, site);
  out.water += it_energy * site.wue;
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

Impacts embodied_impacts(const EmbodiedFactors& a, const EmbodiedFactors& b,
                         const Ratio& allocation) {
  const Samples& share = allocation.samples();
  Impacts out;
  out.gwp = CarbonMass((a.gwp.samples() + b.gwp.samples()) * share);
  out.primary_energy =
      PrimaryEnergy((a.primary_energy.samples() + b.primary_energy.samples()) * share);
  out.adpe = Adpe((a.adpe.samples() + b.adpe.samples()) * share);
  out.water = Water((a.water.samples() + b.water.samples()) * share);
  out.energy = Energy(Samples::Zero(share.size()));
  return out;
}

Power power_at_utilisation(const Power& idle, const Power& max, const Ratio& utilisation) {
  return idle + (max - idle) * utilisation;
}

StageImpacts compute_stage_impacts(const ComputeInputs& in) {
  return compute_stage_impacts(in, in.hours, in.reserved, in.running_power, in.embodied);
}

StageImpacts compute_stage_impacts(const ComputeInputs& in, const Duration& hours,
                                   const Duration& reserved, const Power& running_power,
                                   const EmbodiedFactors& embodied) {
  const Duration device_hours = hours * in.count;
  const Energy it_energy = running_power * device_hours * in.share;
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, in.site);
  const Energy& facility_energy = out.use.energy;

  // Share of the devices' manufacturing the project is accountable for (SCI: time reserved over
  // service life, times the share of the device reserved, times the number of devices).
  const Ratio allocation = reserved / in.lifetime * in.share * in.count;
  out.embodied = embodied_impacts(embodied, allocation);

  out.flows = {
      {"device_hours", device_hours.central(), "h"},
      {"running_power_per_device", running_power.central(), "kW"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility_energy.central(), "kWh"},
      {"embodied_allocation", allocation.central(), "device"},
  };
  out.devices = in.count * in.share;
  out.reserved_device_hours = reserved * out.devices;
  return out;
}

}  // namespace empreinte
