#include "engine/models/storage_stage.h"

namespace empreinte {

StageImpacts storage_stage_impacts(const StorageInputs& in) {
  const Memory stored = in.capacity * in.replicas;
  const Energy it_energy = (stored * in.kept) * in.energy_intensity;
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, in.site);
  const Energy& facility_energy = out.use.energy;

  // Manufacturing of the capacity held, carbon only (no sourced PE, ADPe or water per TB).
  const Samples zero = Samples::Zero(stored.samples().size());
  const EmbodiedFactors capacity{stored * in.embodied_intensity, PrimaryEnergy(zero), Adpe(zero),
                                 Water(zero)};
  out.embodied = embodied_impacts(capacity, in.kept / in.lifetime);

  out.flows = {
      {"stored_capacity", stored.central(), "GB"},
      {"kept", in.kept.central(), "h"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility_energy.central(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
