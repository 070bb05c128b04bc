#include <gtest/gtest.h>

#include "engine/models/inference_stage.h"

namespace empreinte {
namespace {

// A 24 B model at 8 bits on one reserved 350 W accelerator (H100-like scaling = 1), with the
// per-token fits of EcoLogits.
InferenceInputs reserved_gpu(double requests) {
  InferenceInputs in;
  ApiInputs& w = in.work;
  w.requests = Ratio::point(requests);
  w.input_tokens = Ratio::point(0.0);
  w.output_tokens = Ratio::point(350.0);
  w.active_parameters = Ratio::point(24.0);
  w.total_parameters = Ratio::point(24.0);
  w.batch_size = Ratio::point(64.0);
  w.quantization_bits = Ratio::point(8.0);
  w.memory_overhead = Ratio::point(1.2);
  w.accelerator_memory = Memory::point(48.0);
  w.energy_alpha = Ratio::point(1.1665273170451914e-06);
  w.energy_beta = Ratio::point(-0.011205921025579175);
  w.energy_gamma = Ratio::point(4.052928146734005e-05);
  w.latency_per_parameter = Ratio::point(6.785088e-4);
  w.latency_per_batch = Ratio::point(3.119310e-4);
  w.latency_constant = Ratio::point(0.019473718);
  w.prefill_ratio = Ratio::point(0.21);
  w.host_power = Power::point(0.15);
  w.accelerator_embodied = {CarbonMass::point(200.0), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                            Water::point(0.0)};
  w.host_embodied = {CarbonMass::point(712.5), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                     Water::point(0.0)};
  w.lifetime = Duration::point(5.0 * 8760.0);
  w.site = {Ratio::point(1.4),
            WaterIntensity::point(1.0),
            CarbonIntensity::point(0.056),
            PrimaryEnergyIntensity::point(11.0),
            WaterIntensity::point(3.7),
            AdpeIntensity::point(5e-8)};
  in.replicas = Ratio::point(1.0);
  in.reserved_hours = Duration::point(4380.0);
  in.held_hours = Duration::point(4380.0);
  in.accelerator_idle_power = Power::point(0.0525);  // 15 % of 350 W
  in.host_idle_fraction = Ratio::point(0.211);
  in.energy_scale = Ratio::point(1.0);
  in.latency_scale = Ratio::point(1.0);
  return in;
}

TEST(InferenceModel, ReservedButIdleCapacityStillDrawsItsIdlePower) {
  const StageImpacts idle = inference_stage_impacts(reserved_gpu(0.0));
  // No request: 4,380 h of idle accelerator and idle host, × PUE.
  const double expected = 4380.0 * (0.0525 + 0.15 * 0.211) * 1.4;
  EXPECT_NEAR(idle.use.energy.central(), expected, 1e-9);
  // Manufacturing is allocated over the reserved time whatever the load.
  EXPECT_NEAR(idle.embodied.gwp.central(), 4380.0 / 43800.0 * (200.0 + 712.5), 1e-9);
}

TEST(InferenceModel, RequestsAddTheirWorkAndRaiseUtilisation) {
  const StageImpacts light = inference_stage_impacts(reserved_gpu(330000.0));
  const StageImpacts idle = inference_stage_impacts(reserved_gpu(0.0));
  EXPECT_GT(light.use.energy.central(), idle.use.energy.central());
  const double utilisation = light.flows[3].value;
  EXPECT_STREQ(light.flows[3].id, "utilisation");
  EXPECT_GT(utilisation, 0.0);
  EXPECT_LT(utilisation, 1.0);
  // Busy GPU-hours: requests × latency ÷ 3600 ÷ batch.
  const double latency = 350.0 * (6.785088e-4 * 24.0 + 3.119310e-4 * 64.0 + 0.019473718);
  EXPECT_NEAR(light.flows[1].value, 330000.0 * latency / 3600.0 / 64.0, 1e-6);
}

TEST(InferenceModel, MemoryDecidesTheAcceleratorsPerReplica) {
  InferenceInputs in = reserved_gpu(0.0);
  EXPECT_EQ(inference_stage_impacts(in).flows[0].value, 1.0);  // 28.8 GB on 48 GB
  in.work.quantization_bits = Ratio::point(16.0);              // 57.6 GB → 2
  EXPECT_EQ(inference_stage_impacts(in).flows[0].value, 2.0);
  in.replicas = Ratio::point(3.0);
  EXPECT_EQ(inference_stage_impacts(in).flows[0].value, 6.0);
}

}  // namespace
}  // namespace empreinte
