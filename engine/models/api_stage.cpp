#include "engine/models/api_stage.h"

#include <cmath>

namespace empreinte {
namespace {

constexpr double kWhPerKwh = 1000.0;
constexpr double kSecondsPerHour = 3600.0;
constexpr double kBitsPerByte = 8.0;

}  // namespace

Samples accelerators_needed(const ApiInputs& in) {
  // Billions of parameters × bytes per parameter = GB.
  const Samples memory = in.memory_overhead.samples() * in.total_parameters.samples() *
                         in.quantization_bits.samples() / kBitsPerByte;
  const Samples cards = (memory / in.accelerator_memory.samples()).ceil();
  return cards.unaryExpr(
      [](double n) { return std::exp2(std::ceil(std::log2(std::max(n, 1.0)))); });
}

StageImpacts api_stage_impacts(const ApiInputs& in) {
  const Samples gpus = accelerators_needed(in);
  const Samples& batch = in.batch_size.samples();
  const Samples& active = in.active_parameters.samples();
  const Samples energy_per_token =  // Wh per token per GPU
      in.energy_alpha.samples() * (in.energy_beta.samples() * batch).exp() * active +
      in.energy_gamma.samples();
  const Samples tokens =
      in.output_tokens.samples() + in.prefill_ratio.samples() * in.input_tokens.samples();
  const Samples gpu_energy = gpus * tokens * energy_per_token / kWhPerKwh;  // kWh per request
  const Samples latency =                                                   // s per request
      in.output_tokens.samples() *
      (in.latency_per_parameter.samples() * active + in.latency_per_batch.samples() * batch +
       in.latency_constant.samples());
  const Samples busy_hours = latency / kSecondsPerHour;
  const Samples host_energy = busy_hours * in.host_power.samples() * gpus / batch;

  const Ratio& requests = in.requests;
  const Samples per_request = gpu_energy + host_energy;  // kWh of IT energy per request
  Energy it_energy = Energy(per_request) * requests;
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, in.site);
  const Energy& facility_energy = out.use.energy;

  // Hardware held for the request's share of the batch, over the hardware's life.
  const Ratio allocation(busy_hours / (batch * in.lifetime.samples()) * gpus * requests.samples());
  out.embodied = embodied_impacts(in.accelerator_embodied + in.host_embodied, allocation);

  out.flows = {
      {"accelerators_per_replica", gpus(0), "GPU"},
      {"energy_per_request", per_request(0) * (in.site.pue.central() * kWhPerKwh), "Wh"},
      {"latency_per_request", latency(0), "s"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility_energy.central(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
