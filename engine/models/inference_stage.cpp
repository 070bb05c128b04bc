#include "engine/models/inference_stage.h"

#include <cmath>

namespace empreinte {
namespace {

constexpr double kWhPerKwh = 1000.0;
constexpr double kSecondsPerHour = 3600.0;

}  // namespace

StageImpacts inference_stage_impacts(const InferenceInputs& in) {
  const ApiInputs& w = in.work;
  const Samples per_replica =
      in.accelerators_per_replica ? in.accelerators_per_replica->samples() : accelerators_needed(w);
  const Samples gpus = per_replica * in.replicas.samples();
  const Samples& batch = w.batch_size.samples();
  const Samples& active = w.active_parameters.samples();

  // The requests' work, as the API model counts it, on this hardware.
  const Samples energy_per_token =
      (w.energy_alpha.samples() * (w.energy_beta.samples() * batch).exp() * active +
       w.energy_gamma.samples()) *
      in.energy_scale.samples();
  const Samples tokens =
      w.output_tokens.samples() + w.prefill_ratio.samples() * w.input_tokens.samples();
  const Samples token_energy =
      w.requests.samples() * per_replica * tokens * energy_per_token / kWhPerKwh;  // kWh
  const Samples latency = w.output_tokens.samples() *
                          (w.latency_per_parameter.samples() * active +
                           w.latency_per_batch.samples() * batch + w.latency_constant.samples()) *
                          in.latency_scale.samples();  // s per request
  const Samples busy = w.requests.samples() * latency / kSecondsPerHour / batch * per_replica;
  const Samples reserved = in.reserved_hours.samples() * gpus;  // GPU-h
  const Samples idle = (reserved - busy).max(0.0);

  const Samples gpu_energy = token_energy + idle * in.accelerator_idle_power.samples();
  const Samples host_energy =
      w.host_power.samples() * (busy + in.host_idle_fraction.samples() * idle);
  const Energy it_energy(gpu_energy + host_energy);
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, w.site);
  const Energy& facility_energy = out.use.energy;

  const Ratio allocation(in.held_hours.samples() / w.lifetime.samples() * gpus);
  out.embodied = embodied_impacts(w.accelerator_embodied + w.host_embodied, allocation);

  const Samples& requests = w.requests.samples();
  const Samples none = Samples::Zero(gpus.size());
  out.flows = {
      {"accelerators", gpus, "GPU"},
      {"busy_accelerator_hours", busy, "h"},
      {"reserved_accelerator_hours", reserved, "h"},
      {"utilisation", (reserved > 0.0).select(busy / reserved, none), "1"},
      {"energy_per_request",
       (requests > 0.0).select(facility_energy.samples() / requests * kWhPerKwh, none), "Wh"},
      {"it_energy", it_energy.samples(), "kWh"},
      {"facility_energy", facility_energy.samples(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
