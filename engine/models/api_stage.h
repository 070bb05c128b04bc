#pragma once
/// @file api_stage.h
/// The `api` stage model: requests to a hosted LLM, per request as EcoLogits models them
/// (mlco2/ecologits, docs/methodology/llm_inference.md), with input (prefill) tokens counted.

#include "engine/core/units.h"
#include "engine/models/compute_stage.h"

namespace empreinte {

/// Every input of the API model, bound to samples. Regression coefficients are plain ratios
/// whose units the comments give.
struct ApiInputs {
  /// Requests over the horizon.
  Ratio requests;
  /// Input (prompt) tokens per request.
  Ratio input_tokens;
  /// Output (generated) tokens per request.
  Ratio output_tokens;
  /// Active parameters, billions.
  Ratio active_parameters;
  /// Total parameters, billions.
  Ratio total_parameters;
  /// Requests served together (batch size).
  Ratio batch_size;
  /// Bits per parameter of the served weights.
  Ratio quantization_bits;
  /// Memory needed ÷ weight bytes (KV cache, activations).
  Ratio memory_overhead;
  /// Memory of one accelerator of the provider.
  Memory accelerator_memory;
  /// f_E = alpha · exp(beta · B) · P_active + gamma: Wh per output token per GPU per B-param.
  Ratio energy_alpha;
  /// Per unit of batch size.
  Ratio energy_beta;
  /// Wh per output token per GPU.
  Ratio energy_gamma;
  /// Latency per output token: s per B-param.
  Ratio latency_per_parameter;
  /// Latency per output token: s per unit of batch size.
  Ratio latency_per_batch;
  /// Latency per output token: s.
  Ratio latency_constant;
  /// Energy of an input token ÷ energy of an output token.
  Ratio prefill_ratio;
  /// Host (non-accelerator) draw per accelerator.
  Power host_power;
  /// Manufacturing of one accelerator.
  EmbodiedFactors accelerator_embodied;
  /// Manufacturing of the host, per accelerator.
  EmbodiedFactors host_embodied;
  /// Service life of the serving hardware.
  Duration lifetime;
  /// The provider's PUE and WUE, and the grid of its zone.
  SiteFactors site;
};

/// Accelerators a model needs: memory = overhead × P_total × bits ÷ 8 (GB, P in billions),
/// GPUs = 2^ceil(log2(ceil(memory ÷ accelerator memory))) — servers hold 1, 2, 4, 8… GPUs.
Samples accelerators_needed(const ApiInputs& inputs);

/// The API model, per request, then × requests:
///   f_E    = alpha · exp(beta · B) · P_active + gamma                     [Wh/token/GPU]
///   E_gpu  = GPUs · (T_out + r_prefill · T_in) · f_E ÷ 1000               [kWh]
///   ΔT     = T_out · (a · P_active + b · B + c)                            [s]
///   E_host = ΔT ÷ 3600 · P_host · GPUs ÷ B                                 [kWh]
///   E      = (E_gpu + E_host) · PUE;  grid impacts and water as compute
///   embodied = ΔT ÷ 3600 ÷ (B · lifetime_h) · GPUs · (M_gpu + M_host)
/// EcoLogits counts no input token (r_prefill = 0 reproduces it).
StageImpacts api_stage_impacts(const ApiInputs& inputs);

}  // namespace empreinte
