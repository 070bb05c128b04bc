#include "engine/models/inference_stage.h"

#include <cmath>

namespace empreinte {
namespace {

constexpr double kWhPerKwh = 1000.0;
constexpr double kSecondsPerHour = 3600.0;

// The accelerator energy of the work (kWh) and the accelerator time it keeps busy (GPU-h).
struct Work {
  Samples energy;
  Samples busy;
};

// LLM requests, as the API model counts them, on this hardware.
Work token_work(const InferenceInputs& in, const Samples& per_replica) {
  const ApiInputs& w = in.work;
  const Samples& batch = w.batch_size.samples();
  const Samples& active = w.active_parameters.samples();
  const Samples energy_per_token =
      (w.energy_alpha.samples() * (w.energy_beta.samples() * batch).exp() * active +
       w.energy_gamma.samples()) *
      in.energy_scale.samples();
  const Samples tokens =
      w.output_tokens.samples() + w.prefill_ratio.samples() * w.input_tokens.samples();
  const Samples latency = w.output_tokens.samples() *
                          (w.latency_per_parameter.samples() * active +
                           w.latency_per_batch.samples() * batch + w.latency_constant.samples()) *
                          in.latency_scale.samples();  // s per request
  return {w.requests.samples() * per_replica * tokens * energy_per_token / kWhPerKwh,
          w.requests.samples() * latency / kSecondsPerHour / batch * per_replica};
}

// Units of non-text work: E_units = U × E_u × s_E [kWh]; the measured energy at the measurement
// accelerator's maximum draw is the busy time there, × s_T here: busy = U × E_u ÷ P_ref × s_T
// [GPU-h]. The energy is the whole unit's, whatever the accelerators per replica.
Work measured_unit_work(const InferenceInputs& in) {
  const UnitWorkInputs& u = *in.unit_work;
  const Samples energy = u.units.samples() * u.energy_per_unit.samples();  // kWh at P_ref
  return {energy * in.energy_scale.samples(),
          energy / u.measurement_power.samples() * in.latency_scale.samples()};
}

}  // namespace

StageImpacts inference_stage_impacts(const InferenceInputs& in) {
  const ApiInputs& w = in.work;
  const Samples per_replica =
      in.accelerators_per_replica ? in.accelerators_per_replica->samples() : accelerators_needed(w);
  const Samples gpus = per_replica * in.replicas.samples();
  const Work work = in.unit_work ? measured_unit_work(in) : token_work(in, per_replica);
  const Samples& busy = work.busy;
  const Samples reserved = in.reserved_hours.samples() * gpus;  // GPU-h
  const Samples idle = (reserved - busy).max(0.0);

  const Samples gpu_energy = work.energy + idle * in.accelerator_idle_power.samples();
  const Samples host_energy =
      w.host_power.samples() * (busy + in.host_idle_fraction.samples() * idle);
  const Energy it_energy(gpu_energy + host_energy);
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, w.site);
  const Energy& facility_energy = out.use.energy;

  const Ratio allocation(in.held_hours.samples() / w.lifetime.samples() * gpus);
  out.embodied = embodied_impacts(w.accelerator_embodied, w.host_embodied, allocation);

  const double requests = in.unit_work ? in.unit_work->units.central() : w.requests.central();
  const double facility = facility_energy.central();
  out.flows = {
      {"accelerators", gpus(0), "GPU"},
      {"busy_accelerator_hours", busy(0), "h"},
      {"reserved_accelerator_hours", reserved(0), "h"},
      {"utilisation", reserved(0) > 0.0 ? busy(0) / reserved(0) : 0.0, "1"},
      {in.unit_work ? "energy_per_unit" : "energy_per_request",
       requests > 0.0 ? facility / requests * kWhPerKwh : 0.0, "Wh"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility, "kWh"},
  };
  out.reserved_device_hours = Duration(reserved);
  out.devices = Ratio(gpus);
  return out;
}

}  // namespace empreinte
