#include "engine/models/api_stage.h"

#include <cmath>

namespace empreinte {
namespace {

constexpr double kWhPerKwh = 1000.0;
constexpr double kSecondsPerHour = 3600.0;
constexpr double kBitsPerByte = 8.0;

// The least power of two at or above `cards` (a whole number): 2^⌈log₂ n⌉, read from the binary
// exponent rather than through a logarithm and a power.
double power_of_two_at_least(double cards) {
  int exponent = 0;
  const double mantissa = std::frexp(std::max(cards, 1.0), &exponent);  // n = m·2^e, ½ ≤ m < 1
  return std::ldexp(1.0, mantissa == 0.5 ? exponent - 1 : exponent);
}

}  // namespace

Samples accelerators_needed(const ApiInputs& in) {
  // Billions of parameters × bytes per parameter = GB, over the memory of one card, rounded up
  // to a whole card and then to a power of two.
  const auto memory = in.memory_overhead.samples() * in.total_parameters.samples() *
                      in.quantization_bits.samples() / kBitsPerByte;
  return (memory / in.accelerator_memory.samples()).ceil().unaryExpr(&power_of_two_at_least);
}

// One sample array per quantity the model reports or reuses; the terms in between are Eigen
// expressions, evaluated in the same loop: a point estimate allocates no array it does not keep.
StageImpacts api_stage_impacts(const ApiInputs& in) {
  const Samples gpus = accelerators_needed(in);
  const Samples& batch = in.batch_size.samples();
  const Samples& active = in.active_parameters.samples();
  const auto energy_per_token =  // Wh per token per GPU
      in.energy_alpha.samples() * (in.energy_beta.samples() * batch).exp() * active +
      in.energy_gamma.samples();
  const auto tokens =
      in.output_tokens.samples() + in.prefill_ratio.samples() * in.input_tokens.samples();
  const Samples latency =  // s per request
      in.output_tokens.samples() *
      (in.latency_per_parameter.samples() * active + in.latency_per_batch.samples() * batch +
       in.latency_constant.samples());
  const auto busy_hours = latency / kSecondsPerHour;
  // kWh of IT energy per request: the GPUs' energy for the tokens, and the host's for the time.
  const auto per_request = gpus * tokens * energy_per_token / kWhPerKwh +
                           busy_hours * in.host_power.samples() * gpus / batch;
  const Samples& requests = in.requests.samples();
  const Energy it_energy(per_request * requests);
  StageImpacts out;
  out.use = use_phase_impacts(it_energy, in.site);
  const Energy& facility_energy = out.use.energy;

  // Hardware held for the request's share of the batch, over the hardware's life.
  const Ratio allocation(busy_hours / (batch * in.lifetime.samples()) * gpus * requests);
  out.embodied = embodied_impacts(in.accelerator_embodied, in.host_embodied, allocation);

  out.flows = {
      {"accelerators_per_replica", gpus(0), "GPU"},
      {"energy_per_request", per_request.coeff(0) * (in.site.pue.central() * kWhPerKwh), "Wh"},
      {"latency_per_request", latency(0), "s"},
      {"it_energy", it_energy.central(), "kWh"},
      {"facility_energy", facility_energy.central(), "kWh"},
  };
  return out;
}

}  // namespace empreinte
