#include <gtest/gtest.h>

#include "engine/models/embodied_stage.h"

namespace empreinte {
namespace {

EmbodiedInputs ten_laptops(double borne) {
  EmbodiedInputs in;
  in.count = Ratio::point(10.0);
  in.borne = Ratio::point(borne);
  in.manufacturing = {CarbonMass::point(181.0), PrimaryEnergy::point(2000.0), Adpe::point(0.01),
                      Water::point(0.0)};
  in.end_of_life = {Ratio::point(0.02), Ratio::point(0.0), Ratio::point(0.0), Ratio::point(0.0)};
  return in;
}

TEST(EmbodiedModel, ManufacturingAndEndOfLifeAreAmortisedOverTheHorizon) {
  // Half a year of a 5-year life: a tenth of each device.
  const StageImpacts out = embodied_stage_impacts(ten_laptops(0.1));
  EXPECT_NEAR(out.embodied.gwp.central(), 181.0 * 1.02 * 10.0 * 0.1, 1e-9);
  EXPECT_NEAR(out.embodied.primary_energy.central(), 2000.0 * 10.0 * 0.1, 1e-9);
  EXPECT_EQ(out.use.energy.central(), 0.0);
  EXPECT_EQ(out.embodied.energy.central(), 0.0);
}

TEST(EmbodiedModel, BorneWholeCountsEverything) {
  const StageImpacts out = embodied_stage_impacts(ten_laptops(1.0));
  EXPECT_NEAR(out.embodied.gwp.central(), 181.0 * 1.02 * 10.0, 1e-9);
}

}  // namespace
}  // namespace empreinte
