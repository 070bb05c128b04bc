// The API model against EcoLogits' own worked example (peers.md §2.5, computed with the
// v0.9.3 code): a dense 70 B model, 1,000 output tokens, French mix, PUE 1.2, WUE 0.5 →
// 4 GPUs, 86.9 s, 0.658 Wh, 0.029 gCO2e use, 0.050 gCO2e embodied.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/models/api_stage.h"

namespace empreinte {
namespace {

ApiInputs ecologits_70b_example() {
  ApiInputs in;
  in.requests = Ratio::point(1.0);
  in.input_tokens = Ratio::point(0.0);
  in.output_tokens = Ratio::point(1000.0);
  in.active_parameters = Ratio::point(70.0);
  in.total_parameters = Ratio::point(70.0);
  in.batch_size = Ratio::point(64.0);
  in.quantization_bits = Ratio::point(16.0);
  in.memory_overhead = Ratio::point(1.2);
  in.accelerator_memory = Memory::point(80.0);
  in.energy_alpha = Ratio::point(1.1665273170451914e-06);
  in.energy_beta = Ratio::point(-0.011205921025579175);
  in.energy_gamma = Ratio::point(4.052928146734005e-05);
  in.latency_per_parameter = Ratio::point(6.785088e-4);
  in.latency_per_batch = Ratio::point(3.119310e-4);
  in.latency_constant = Ratio::point(0.019473718);
  in.prefill_ratio = Ratio::point(0.1);
  in.host_power = Power::point(0.15);  // 1.2 kW per 8-GPU server
  in.accelerator_embodied = {CarbonMass::point(164.0), PrimaryEnergy::point(1828.0),
                             Adpe::point(5.1e-3), Water::point(0.0)};
  in.host_embodied = {CarbonMass::point(712.5), PrimaryEnergy::point(8750.0), Adpe::point(0.04625),
                      Water::point(0.0)};
  in.lifetime = Duration::point(3.0 * 8760.0);  // EcoLogits' 3 years
  in.site = {Ratio::point(1.2),
             WaterIntensity::point(0.5),
             CarbonIntensity::point(0.04418),
             PrimaryEnergyIntensity::point(9.3135),
             WaterIntensity::point(3.6737),
             AdpeIntensity::point(4.858e-8)};
  return in;
}

TEST(ApiModel, CardsRoundUpToAPowerOfTwo) {
  // Memory 1.2 × P × 16 bits / 8 = 2.4·P GB on 80 GB cards: P sets the cards needed.
  ApiInputs in = ecologits_70b_example();
  const auto cards_for = [&in](double billions) {
    in.total_parameters = Ratio::point(billions);
    return accelerators_needed(in)(0);
  };
  EXPECT_EQ(cards_for(1.0), 1.0);            // 2.4 GB: one card
  EXPECT_EQ(cards_for(100.0 / 3.0), 1.0);    // 80 GB: exactly one card
  EXPECT_EQ(cards_for(200.0 / 3.0), 2.0);    // 160 GB: two, a power of two
  EXPECT_EQ(cards_for(70.0), 4.0);           // 168 GB: three cards, so four
  EXPECT_EQ(cards_for(400.0), 16.0);         // 960 GB: twelve cards, so sixteen
  EXPECT_EQ(cards_for(1600.0 / 3.0), 16.0);  // 1,280 GB: exactly sixteen
}

TEST(ApiModel, ReproducesTheEcoLogitsWorkedExample) {
  const ApiInputs in = ecologits_70b_example();
  EXPECT_EQ(accelerators_needed(in)(0), 4.0);  // 168 GB → 3 cards → 4
  const StageImpacts out = api_stage_impacts(in);
  EXPECT_NEAR(out.flows[2].value, 86.9, 0.05);                   // latency, s
  EXPECT_NEAR(out.use.energy.central() * 1000.0, 0.658, 0.001);  // Wh
  EXPECT_NEAR(out.use.gwp.central() * 1000.0, 0.029, 0.0005);    // g
  // EcoLogits uses 365.25-day years in its lifespan; 8,760-hour years give 0.0503 g.
  EXPECT_NEAR(out.embodied.gwp.central() * 1000.0, 0.050, 0.0006);
}

TEST(ApiModel, WaterFollowsTheDocumentedEquationNotEcoLogitsCode) {
  const StageImpacts out = api_stage_impacts(ecologits_70b_example());
  // Documented: E_IT × WUE_on-site + E × WUE_off-site = 0.548 × 0.5 + 0.658 × 3.6737 mL.
  // EcoLogits' code applies PUE once more (0.658 × (0.5 + 1.2 × 3.6737) = 3.23 mL).
  const double it_wh = 0.658 / 1.2;
  EXPECT_NEAR(out.use.water.central() * 1000.0, it_wh * 0.5 + 0.658 * 3.6737, 0.005);
}

TEST(ApiModel, InputTokensAddPrefillEnergy) {
  ApiInputs in = ecologits_70b_example();
  const double without = api_stage_impacts(in).use.energy.central();
  in.input_tokens = Ratio::point(2000.0);
  const double with = api_stage_impacts(in).use.energy.central();
  // 2,000 input tokens at a tenth of an output token's GPU energy = 200 output tokens' worth.
  in.input_tokens = Ratio::point(0.0);
  in.output_tokens = Ratio::point(1000.0);
  const double gpu_per_token =
      (1.1665273170451914e-06 * std::exp(-0.011205921025579175 * 64.0) * 70.0 +
       4.052928146734005e-05) /
      1000.0 * 4.0 * 1.2;
  EXPECT_NEAR(with - without, 200.0 * gpu_per_token, 1e-9);
}

TEST(ApiModel, TotalsScaleWithRequests) {
  ApiInputs in = ecologits_70b_example();
  const double one = api_stage_impacts(in).use.gwp.central();
  in.requests = Ratio::point(660000.0);
  EXPECT_NEAR(api_stage_impacts(in).use.gwp.central(), 660000.0 * one, 1e-9 * 660000.0 * one);
}

TEST(ApiModel, LargerBatchesLowerTheEnergyPerRequest) {
  ApiInputs in = ecologits_70b_example();
  in.batch_size = Ratio::point(8.0);
  const double small_batch = api_stage_impacts(in).use.energy.central();
  in.batch_size = Ratio::point(128.0);
  EXPECT_LT(api_stage_impacts(in).use.energy.central(), small_batch);
}

}  // namespace
}  // namespace empreinte
