#pragma once
/// @file embodied_stage.h
/// The `embodied` stage model: hardware bought for the project, its manufacturing and end of
/// life amortised over the horizon against its service life (or borne whole).

#include "engine/core/units.h"
#include "engine/models/compute_stage.h"

namespace empreinte {

/// End-of-life impacts as shares of manufacturing impacts, per criterion.
struct EndOfLifeShares {
  /// GWP share.
  Ratio gwp;
  /// Primary energy share.
  Ratio primary_energy;
  /// ADPe share.
  Ratio adpe;
  /// Water share.
  Ratio water;
};

/// Every input of the embodied model, bound to samples.
struct EmbodiedInputs {
  /// Devices bought.
  Ratio count;
  /// Share of their life the project bears: min(horizon, life) ÷ life, or 1 when borne whole.
  Ratio borne;
  /// Manufacturing impacts of one device.
  EmbodiedFactors manufacturing;
  /// End of life, as shares of manufacturing.
  EndOfLifeShares end_of_life;
};

/// The embodied model:
///   X = M_X × (1 + s_X,end-of-life) × count × borne      for X in GWP, PE, ADPe, water
/// No use phase: the devices' electricity is counted by the stages that run them.
StageImpacts embodied_stage_impacts(const EmbodiedInputs& inputs);

}  // namespace empreinte
