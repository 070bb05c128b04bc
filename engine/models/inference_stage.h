#pragma once
/// @file inference_stage.h
/// The `inference` stage model: a model served on reserved accelerators. The work of the
/// requests follows the per-token model of the API stage; the reserved capacity that the
/// requests leave idle still draws its idle power and carries its manufacturing.

#include <optional>

#include "engine/core/units.h"
#include "engine/models/api_stage.h"

namespace empreinte {

/// Non-text work measured per unit (an image generated, an audio clip transcribed…).
struct UnitWorkInputs {
  /// Units of work over the horizon.
  Ratio units;
  /// Accelerator energy of one unit on the accelerator it was measured on.
  Energy energy_per_unit;
  /// Maximum draw of that accelerator: the energy at this draw gives the busy time.
  Power measurement_power;
};

/// Every input of the inference model, bound to samples.
struct InferenceInputs {
  /// The per-request model (requests, tokens, model size, batch, fits, host, manufacturing,
  /// site), as for an API; its accelerator figures are those of the served hardware. With
  /// unit_work, only its host, manufacturing, service life and site are used.
  ApiInputs work;
  /// The units of non-text work, when the stage serves images, pages or audio, not tokens.
  std::optional<UnitWorkInputs> unit_work;
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
  /// Energy per token and latency of the fits (measured on H100), or energy and busy time of a
  /// unit of work (measured on its task's accelerator), scaled to this hardware by its energy
  /// per peak FLOP relative to the measurement accelerator's, and by that one's peak over its
  /// own.
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
/// with E_tokens and ΔT the API model's, scaled to the hardware. For non-text work measured per
/// unit (energy E_u on an accelerator of maximum draw P_ref), the work and its busy time are
///   E_units = U × E_u × s_E                                                 [kWh]
///   busy    = U × E_u ÷ P_ref × s_T                                         [GPU-h]
/// (s_E, s_T: energy_scale and latency_scale), one accelerator per replica unless stated, and
/// the idle, host, PUE and manufacturing terms as above (AI Energy Score / Luccioni et al.
/// 2024 measurements, factors/tasks.toml).
StageImpacts inference_stage_impacts(const InferenceInputs& inputs);

}  // namespace empreinte
