#include "engine/models/network_stage.h"

namespace empreinte {

StageImpacts network_stage_impacts(const NetworkInputs& in) {
  const Energy energy = in.transferred * in.energy_intensity;
  StageImpacts out;
  out.use.energy = energy;
  out.use.gwp = energy * in.site.grid_gwp;
  out.use.primary_energy = energy * in.site.grid_primary_energy;
  out.use.adpe = energy * in.site.grid_adpe;
  out.use.water = energy * in.site.grid_water;
  const Samples zero = Samples::Zero(energy.samples().size());
  out.embodied = {CarbonMass(zero), Energy(zero), PrimaryEnergy(zero), Water(zero), Adpe(zero)};
  out.flows = {
      {"transferred", in.transferred.samples(), "GB"},
      {"network_energy", energy.samples(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
