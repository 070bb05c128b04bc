#pragma once
/// @file network_stage.h
/// The `network` stage model: data moved across networks.

#include "engine/core/units.h"
#include "engine/models/compute_stage.h"

namespace empreinte {

/// Every input of the network model, bound to samples.
struct NetworkInputs {
  /// Data transferred over the horizon.
  Memory transferred;
  /// End-to-end energy per GB (core, metro and access networks).
  NetworkEnergyIntensity energy_intensity;
  /// Grid factors of the zone the traffic crosses (PUE and WUE are not used: the intensity is
  /// already an energy drawn from the grid).
  SiteFactors site;
};

/// The network model:
///   E = transferred × e_network                                       [kWh]
///   GWP = E × CI_grid;  PE = E × PE_grid;  ADPe = E × ADPe_grid;  water = E × W_grid
/// Manufacturing of network equipment is outside this model (stated as an assumption).
StageImpacts network_stage_impacts(const NetworkInputs& inputs);

}  // namespace empreinte
