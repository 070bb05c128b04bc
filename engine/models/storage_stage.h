#pragma once
/// @file storage_stage.h
/// The `storage` stage model: data kept on a storage tier for some time, with its replicas.

#include "engine/core/units.h"
#include "engine/models/compute_stage.h"

namespace empreinte {

/// Every input of the storage model, bound to samples.
struct StorageInputs {
  /// Capacity of one copy.
  Memory capacity;
  /// Copies kept (replication, backups).
  Ratio replicas;
  /// How long the data is kept within the horizon.
  Duration kept;
  /// Energy of the tier per GB stored for a year (drives, controllers, servers; IT level).
  StorageEnergyIntensity energy_intensity;
  /// Manufacturing carbon of the tier's capacity, per GB.
  DataCarbonIntensity embodied_intensity;
  /// Service life of the storage hardware.
  Duration lifetime;
  /// Site factors.
  SiteFactors site;
};

/// The storage model:
///   S      = capacity × replicas                                    [GB]
///   E_IT   = S × kept ÷ 8,760 h × e_tier                              [kWh]
///   E      = E_IT × PUE; grid impacts and water as the compute model
///   GWP_em = S × c_tier × kept ÷ lifetime                             (SCI: capacity reserved)
StageImpacts storage_stage_impacts(const StorageInputs& inputs);

}  // namespace empreinte
