#include "engine/models/network_stage.h"

#include <utility>

namespace empreinte {

StageImpacts network_stage_impacts(const NetworkInputs& in) {
  Energy energy = in.transferred * in.energy_intensity;
  const Eigen::Index samples = energy.samples().size();
  StageImpacts out;
  out.flows = {
      {"transferred", in.transferred.central(), "GB"},
      {"network_energy", energy.central(), "kWh"},
  };
  // The intensity is energy drawn from the grid: no PUE, no on-site water.
  out.use = grid_impacts(std::move(energy), in.site);
  out.embodied = Impacts::zero(samples);
  return out;
}

}  // namespace empreinte
