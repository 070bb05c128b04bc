#include "engine/models/storage_stage.h"

namespace empreinte {

StageImpacts storage_stage_impacts(const StorageInputs& in) {
  const Memory stored = in.capacity * in.replicas;
  const Energy it_energy = (stored * in.kept) * in.energy_intensity;
  const Energy facility_energy = it_energy * in.site.pue;

  StageImpacts out;
  out.use.energy = facility_energy;
  out.use.gwp = facility_energy * in.site.grid_gwp;
  out.use.primary_energy = facility_energy * in.site.grid_primary_energy;
  out.use.adpe = facility_energy * in.site.grid_adpe;
  out.use.water = it_energy * in.site.wue + facility_energy * in.site.grid_water;

  const Samples zero = Samples::Zero(stored.samples().size());
  out.embodied.gwp = (stored * in.embodied_intensity) * (in.kept / in.lifetime);
  out.embodied.energy = Energy(zero);
  out.embodied.primary_energy = PrimaryEnergy(zero);
  out.embodied.adpe = Adpe(zero);
  out.embodied.water = Water(zero);

  out.flows = {
      {"stored_capacity", stored.samples(), "GB"},
      {"kept", in.kept.samples(), "h"},
      {"it_energy", it_energy.samples(), "kWh"},
      {"facility_energy", facility_energy.samples(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
