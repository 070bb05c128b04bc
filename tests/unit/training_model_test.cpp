#include <gtest/gtest.h>

#include "engine/models/training_stage.h"

namespace empreinte {
namespace {

// BLOOM's final run as Luccioni et al. (2023) account for its dynamic energy: 1,082,990
// A100-hours at 400 W, no PUE, no hosts, grid at 57 gCO2e/kWh.
TrainingInputs bloom_like() {
  TrainingInputs in;
  in.accelerator_hours = Duration::point(1082990.0);
  in.runs = Ratio::point(1.0);
  in.accelerators.count = Ratio::point(1.0);
  in.accelerators.share = Ratio::point(1.0);
  in.accelerators.running_power = Power::point(0.4);
  in.accelerators.lifetime = Duration::point(6.0 * 8760.0);
  in.accelerators.embodied = {CarbonMass::point(150.0), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                              Water::point(0.0)};
  in.accelerators.site = {Ratio::point(1.0),
                          WaterIntensity::point(0.0),
                          CarbonIntensity::point(0.057),
                          PrimaryEnergyIntensity::point(10.0),
                          WaterIntensity::point(0.0),
                          AdpeIntensity::point(0.0)};
  in.host_power = Power::point(0.0);
  in.host_embodied = {CarbonMass::point(0.0), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                      Water::point(0.0)};
  return in;
}

TEST(TrainingModel, AcceleratorHoursTimesPowerGivesTheDynamicEnergy) {
  const StageImpacts out = training_stage_impacts(bloom_like());
  EXPECT_NEAR(out.use.energy.central(), 433196.0, 1.0);       // kWh, Table 1
  EXPECT_NEAR(out.use.gwp.central() / 1000.0, 24.69, 0.005);  // tCO2e, §4.2
}

TEST(TrainingModel, FlopsAreConvertedWithPeakThroughputAndUtilisation) {
  TrainingInputs in = bloom_like();
  in.accelerator_hours.reset();
  // 6 × 7e9 parameters × 1e12 tokens = 4.2e22 FLOP on 312 TFLOPS at 40 % MFU.
  in.flops = ComputeAmount::point(4.2e22);
  in.peak = ComputeRate::point(312.0);
  in.mfu = Ratio::point(0.4);
  const StageImpacts out = training_stage_impacts(in);
  const double hours = 4.2e22 / (312e12 * 0.4 * 3600.0);
  EXPECT_NEAR(out.flows[0].value, hours, 1e-6 * hours);
  EXPECT_STREQ(out.flows[0].id, "accelerator_hours");
}

TEST(TrainingModel, RunsMultiplyEverything) {
  TrainingInputs in = bloom_like();
  const double one = training_stage_impacts(in).use.gwp.central();
  in.runs = Ratio::point(3.0);
  const StageImpacts three = training_stage_impacts(in);
  EXPECT_NEAR(three.use.gwp.central(), 3.0 * one, 1e-9 * one);
}

TEST(TrainingModel, HostsAddTheirDrawAndManufacturing) {
  TrainingInputs in = bloom_like();
  in.host_power = Power::point(0.15);  // 1.2 kW per 8-GPU server
  in.host_embodied.gwp = CarbonMass::point(712.5);
  const StageImpacts out = training_stage_impacts(in);
  EXPECT_NEAR(out.use.energy.central(), 1082990.0 * 0.55, 1.0);
  const double allocation = 1082990.0 / (6.0 * 8760.0);
  EXPECT_NEAR(out.embodied.gwp.central(), (150.0 + 712.5) * allocation, 1e-6);
}

TEST(TrainingModel, OwnedAcceleratorsCarryTheirReservedTime) {
  TrainingInputs in = bloom_like();
  in.owned_reserved = Duration::point(384.0 * 8760.0);  // 384 GPUs held a year
  const StageImpacts out = training_stage_impacts(in);
  EXPECT_NEAR(out.embodied.gwp.central(), 150.0 * 384.0 / 6.0, 1e-6);
}

}  // namespace
}  // namespace empreinte
