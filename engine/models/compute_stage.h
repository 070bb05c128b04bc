#pragma once
/// @file compute_stage.h
/// The `compute` stage model: devices running for some hours at a site.

#include "engine/core/units.h"
#include "engine/models/impacts.h"

namespace empreinte {

/// Grid and facility factors of a site, already bound to samples.
struct SiteFactors {
  /// Power usage effectiveness (facility ÷ IT energy).
  Ratio pue;
  /// On-site water per kWh of IT energy.
  WaterIntensity wue;
  /// Grid carbon intensity.
  CarbonIntensity grid_gwp;
  /// Grid primary energy per kWh.
  PrimaryEnergyIntensity grid_primary_energy;
  /// Grid (off-site) water per kWh.
  WaterIntensity grid_water;
  /// Grid abiotic depletion per kWh.
  AdpeIntensity grid_adpe;
};

/// Manufacturing impacts of one device.
struct EmbodiedFactors {
  /// GWP of manufacturing one device.
  CarbonMass gwp;
  /// Primary energy of manufacturing one device (zero when not sourced).
  PrimaryEnergy primary_energy;
  /// ADPe of manufacturing one device (zero when not sourced).
  Adpe adpe;
  /// Water of manufacturing one device (zero when not sourced).
  Water water;
};

/// Every input of the compute model, bound to samples.
struct ComputeInputs {
  /// Number of devices.
  Ratio count;
  /// Hours each device runs over the horizon.
  Duration hours;
  /// Draw of one device while running (measured, or idle + utilisation × (max − idle)).
  Power running_power;
  /// Share of each device allocated to the project.
  Ratio share;
  /// Time the hardware is reserved for the project: the hours used when rented, the horizon
  /// (capped at the lifetime) when owned.
  Duration reserved;
  /// Service life of a device.
  Duration lifetime;
  /// Manufacturing impacts of one device.
  EmbodiedFactors embodied;
  /// Site factors.
  SiteFactors site;
};

/// Impacts of the electricity `drawn` from the grid of `site`, PUE and on-site water aside:
///   GWP = E × CI;  PE = E × PE_grid;  ADPe = E × ADPe_grid;  water = E × W_grid
Impacts grid_impacts(Energy drawn, const SiteFactors& site);

/// Use-phase impacts of `it_energy` drawn at `site`:
///   E = E_IT × PUE (criterion energy);  GWP = E × CI;  PE = E × PE_grid;  ADPe = E × ADPe_grid;
///   water = E_IT × WUE_on-site + E × W_grid   (Li et al. 2023, as EcoLogits documents it)
Impacts use_phase_impacts(const Energy& it_energy, const SiteFactors& site);

/// Manufacturing impacts of `per_unit` (one device, or one device and its host share) times
/// `allocation` (the devices' share held by the project). Final energy is not tracked.
Impacts embodied_impacts(const EmbodiedFactors& per_unit, const Ratio& allocation);

/// Manufacturing impacts of two footprints held together (an accelerator and its host) times
/// `allocation`: (a + b) × allocation, criterion by criterion, without an array for the sum.
Impacts embodied_impacts(const EmbodiedFactors& a, const EmbodiedFactors& b,
                         const Ratio& allocation);

/// Draw of a device at average utilisation u, linear between idle and maximum:
/// P(u) = P_idle + u × (P_max − P_idle)   [kW]
Power power_at_utilisation(const Power& idle, const Power& max, const Ratio& utilisation);

/// The compute model:
///   E_IT  = P_run × hours × count × share                       [kWh]
///   E     = E_IT × PUE                                          [kWh]  (energy criterion)
///   GWP   = E × CI_grid;  PE = E × PE_grid;  ADPe = E × ADPe_grid
///   water = E_IT × WUE_on-site + E × W_grid                     [L]    (Li et al. 2023; EcoLogits)
///   embodied_X = M_X × count × share × reserved ÷ lifetime      (SCI, ISO/IEC 21031:2024)
StageImpacts compute_stage_impacts(const ComputeInputs& inputs);

/// The compute model for devices that run `hours`, are reserved for `reserved`, draw
/// `running_power` and embody `embodied`, the other inputs (count, share, lifetime, site) taken
/// from `inputs`: the training model runs it for accelerators and hosts without copying them.
StageImpacts compute_stage_impacts(const ComputeInputs& inputs, const Duration& hours,
                                   const Duration& reserved, const Power& running_power,
                                   const EmbodiedFactors& embodied);

}  // namespace empreinte
