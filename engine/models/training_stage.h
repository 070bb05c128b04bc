#pragma once
/// @file training_stage.h
/// The `training` and `fine_tuning` stage model: runs of a job on accelerators, from
/// accelerator-hours or from FLOPs, with the hosts the accelerators sit in.

#include <optional>

#include "engine/core/units.h"
#include "engine/models/compute_stage.h"

namespace empreinte {

/// Every input of the training model, bound to samples.
struct TrainingInputs {
  /// Accelerator-hours of one run, when the project gives them.
  std::optional<Duration> accelerator_hours;
  /// FLOPs of one run (given, or 6 × active parameters × tokens), used without hours.
  ComputeAmount flops;
  /// Peak dense FP16/BF16 throughput of one accelerator.
  ComputeRate peak;
  /// Model FLOPs utilisation.
  Ratio mfu;
  /// Number of runs (trials, restarts).
  Ratio runs;
  /// The accelerators: draw, share, lifetime, manufacturing, site. Their hours and reserved
  /// time are set by the model.
  ComputeInputs accelerators;
  /// Time reserved when the accelerators are owned (the horizon × their count, capped at the
  /// service life); unset when rented (reserved = hours used).
  std::optional<Duration> owned_reserved;
  /// Accelerators the stage holds (the `count` of the stage).
  Ratio devices;
  /// Host draw per accelerator (CPUs, memory, network of the server it sits in).
  Power host_power;
  /// Host manufacturing impacts per accelerator.
  EmbodiedFactors host_embodied;
};

/// The training model:
///   h_run  = accelerator_hours, or FLOPs ÷ (peak × MFU)            [h]
///   h      = h_run × runs                                            [accelerator-hours]
/// then the compute model twice over h: once for the accelerators, once for their hosts
/// (host draw and manufacturing per accelerator), so that
///   E_IT = (P_accelerator + P_host) × h × share,  E = E_IT × PUE, and so on.
StageImpacts training_stage_impacts(const TrainingInputs& inputs);

}  // namespace empreinte
