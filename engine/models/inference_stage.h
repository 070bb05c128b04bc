#pragma once
/// @file inference_stage.h
/// The `inference` stage model: a model served on reserved accelerators. The work of the
/// requests follows the per-token model of the API stage; the reserved capacity that the
/// requests leave idle still draws its idle power and carries its manufacturing.

#include <optional>

#include "engine/core/units.h"
#include "engine/models/api_stage.h"

namespace empreinte {

/// Every input of the inference model, bound to samples.
struct InferenceInputs {
  /// The per-request model (requests, tokens, model size, batch, fits, host, manufacturing,
  /// site), as for an API; its accelerator figures are those of the served hardware.
  ApiInputs work;
  /// Accelerators per replica when the project states it (else the memory rule).
  std::optional<Ratio> accelerators_per_replica;
  /// Replicas (copies of the model served in parallel).
  Ratio replicas;
  /// Hours each replica is reserved over the horizon.
  Duration reserved_hours;
  /// Time the hardware is held for manufacturing allocation: the reserved hours when rented,
  /// the horizon (capped at the service life) when owned.
  Duration held_hours;
  /// Idle draw of one accelerator.
  Power accelerator_idle_power;
  /// Share of the host's draw when idle.
  Ratio host_idle_fraction;
  /// Energy per token and latency of the fits (measured on H100) scaled to this hardware by
  /// its energy per peak FLOP relative to the H100's, and by the H100's peak over its own.
  Ratio energy_scale;
  /// See energy_scale.
  Ratio latency_scale;
};

/// The inference model:
///   GPUs   = accelerators per replica × replicas
///   busy   = requests × ΔT ÷ 3600 ÷ B × GPUs per replica                   [GPU-h]
///   u      = busy ÷ (reserved × GPUs)                                       (reported)
///   E_GPU  = E_tokens + (reserved × GPUs − busy) × P_idle                   [kWh]
///   E_host = P_host × (busy + f_idle · (reserved × GPUs − busy))            [kWh]
///   E      = (E_GPU + E_host) × PUE; grid impacts and water as compute
///   embodied = held ÷ lifetime × GPUs × (M_GPU + M_host)
/// with E_tokens and ΔT the API model's, scaled to the hardware.
StageImpacts inference_stage_impacts(const InferenceInputs& inputs);

}  // namespace empreinte
