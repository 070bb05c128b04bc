#include "engine/models/network_stage.h"

namespace empreinte {

StageImpacts network_stage_impacts(const NetworkInputs& in) {
  const Energy energy = in.transferred * in.energy_intensity;
  // The intensity is energy drawn from the grid: no PUE, no on-site water.
  SiteFactors grid = in.site;
  grid.pue = Ratio(Samples::Ones(energy.samples().size()));
  grid.wue = WaterIntensity(Samples::Zero(energy.samples().size()));
  StageImpacts out;
  out.use = use_phase_impacts(energy, grid);
  out.embodied = Impacts::zero(energy.samples().size());
  out.flows = {
      {"transferred", in.transferred.central(), "GB"},
      {"network_energy", energy.central(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
