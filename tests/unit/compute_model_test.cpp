#include <gtest/gtest.h>

#include "engine/models/compute_stage.h"

namespace empreinte {
namespace {

// Inputs chosen so that every figure can be checked by hand.
ComputeInputs hand_checked_inputs() {
  ComputeInputs in;
  in.count = Ratio::point(2.0);
  in.hours = Duration::point(1000.0);
  in.running_power = Power::point(0.4);  // 400 W
  in.share = Ratio::point(1.0);
  in.reserved = Duration::point(1000.0);
  in.lifetime = Duration::point(43800.0);  // 5 years
  in.embodied = {CarbonMass::point(150.0), PrimaryEnergy::point(1800.0), Adpe::point(5e-3),
                 Water::point(0.0)};
  in.site = {Ratio::point(1.2),
             WaterIntensity::point(0.5),
             CarbonIntensity::point(0.057),
             PrimaryEnergyIntensity::point(11.0),
             WaterIntensity::point(3.7),
             AdpeIntensity::point(5e-8)};
  return in;
}

TEST(ComputeModel, UsePhaseFollowsTheDocumentedEquations) {
  const StageImpacts out = compute_stage_impacts(hand_checked_inputs());
  // E_IT = 0.4 kW × 1000 h × 2 = 800 kWh; E = 800 × 1.2 = 960 kWh.
  EXPECT_DOUBLE_EQ(out.use.energy.central(), 960.0);
  EXPECT_DOUBLE_EQ(out.use.gwp.central(), 960.0 * 0.057);
  EXPECT_DOUBLE_EQ(out.use.primary_energy.central(), 960.0 * 11.0);
  EXPECT_DOUBLE_EQ(out.use.adpe.central(), 960.0 * 5e-8);
  // Water: on-site on IT energy, off-site on facility energy.
  EXPECT_DOUBLE_EQ(out.use.water.central(), 800.0 * 0.5 + 960.0 * 3.7);
}

TEST(ComputeModel, EmbodiedIsAllocatedByReservedTimeShareAndCount) {
  ComputeInputs in = hand_checked_inputs();
  in.share = Ratio::point(0.5);
  const StageImpacts out = compute_stage_impacts(in);
  const double allocation = 1000.0 / 43800.0 * 0.5 * 2.0;
  EXPECT_DOUBLE_EQ(out.embodied.gwp.central(), 150.0 * allocation);
  EXPECT_DOUBLE_EQ(out.embodied.primary_energy.central(), 1800.0 * allocation);
  EXPECT_DOUBLE_EQ(out.embodied.adpe.central(), 5e-3 * allocation);
  EXPECT_DOUBLE_EQ(out.embodied.energy.central(), 0.0);
}

TEST(ComputeModel, PowerIsLinearBetweenIdleAndMaximum) {
  const Power p = power_at_utilisation(Power::point(0.05), Power::point(0.4), Ratio::point(0.3));
  EXPECT_DOUBLE_EQ(p.central(), 0.05 + 0.3 * 0.35);
}

TEST(ComputeModel, MoreHoursNeverMeanLessCarbon) {
  double previous = -1.0;
  for (double hours : {0.0, 1.0, 10.0, 100.0, 5000.0}) {
    ComputeInputs in = hand_checked_inputs();
    in.hours = Duration::point(hours);
    in.reserved = Duration::point(hours);
    const StageImpacts out = compute_stage_impacts(in);
    const double total = (out.use.gwp + out.embodied.gwp).central();
    EXPECT_GE(total, previous) << hours;
    previous = total;
  }
}

TEST(ComputeModel, FlowsExplainTheFigures) {
  const StageImpacts out = compute_stage_impacts(hand_checked_inputs());
  ASSERT_EQ(out.flows.size(), 5U);
  EXPECT_STREQ(out.flows[0].id, "device_hours");
  EXPECT_DOUBLE_EQ(out.flows[0].value, 2000.0);
  EXPECT_STREQ(out.flows[2].id, "it_energy");
  EXPECT_DOUBLE_EQ(out.flows[2].value, 800.0);
}

}  // namespace
}  // namespace empreinte
