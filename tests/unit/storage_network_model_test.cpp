#include <gtest/gtest.h>

#include "engine/core/unit_registry.h"
#include "engine/models/network_stage.h"
#include "engine/models/storage_stage.h"

namespace empreinte {
namespace {

SiteFactors french_colocation() {
  return {Ratio::point(1.5),
          WaterIntensity::point(1.0),
          CarbonIntensity::point(0.056),
          PrimaryEnergyIntensity::point(11.0),
          WaterIntensity::point(3.7),
          AdpeIntensity::point(5e-8)};
}

TEST(StorageModel, EnergyFollowsCapacityCopiesAndTimeKept) {
  StorageInputs in;
  in.capacity = Memory::point(2000.0);  // 2 TB
  in.replicas = Ratio::point(3.0);
  in.kept = Duration::point(4380.0);                                        // half a year
  in.energy_intensity = StorageEnergyIntensity::point(1.2 * 8760.0 / 1e6);  // CCF SSD
  in.embodied_intensity = DataCarbonIntensity::point(0.11);                 // 110 kgCO2e/TB
  in.lifetime = Duration::point(5.0 * 8760.0);
  in.site = french_colocation();
  const StageImpacts out = storage_stage_impacts(in);
  // 6 TB × 0.5 year × 10.512 kWh/TB/year = 31.536 kWh IT; × PUE 1.5.
  EXPECT_NEAR(out.use.energy.central(), 31.536 * 1.5, 1e-9);
  EXPECT_NEAR(out.use.water.central(), 31.536 * 1.0 + 31.536 * 1.5 * 3.7, 1e-9);
  // 6,000 GB × 0.11 kg/GB × 0.5 / 5 years.
  EXPECT_NEAR(out.embodied.gwp.central(), 6000.0 * 0.11 * 0.1, 1e-9);
}

TEST(NetworkModel, EnergyIsVolumeTimesIntensityWithoutPue) {
  NetworkInputs in;
  in.transferred = Memory::point(6.6);
  in.energy_intensity = NetworkEnergyIntensity::point(0.00265);
  in.site = french_colocation();  // PUE and WUE must not apply
  const StageImpacts out = network_stage_impacts(in);
  EXPECT_NEAR(out.use.energy.central(), 6.6 * 0.00265, 1e-12);
  EXPECT_NEAR(out.use.gwp.central(), 6.6 * 0.00265 * 0.056, 1e-12);
  EXPECT_NEAR(out.use.water.central(), 6.6 * 0.00265 * 3.7, 1e-12);
  EXPECT_EQ(out.embodied.gwp.central(), 0.0);
}

TEST(StorageUnits, CcfCoefficientConvertsToKilowattHoursPerGigabyteYear) {
  // 1.2 Wh per TB and hour = 1.2 × 8760 / 10^6 kWh per GB and year.
  EXPECT_DOUBLE_EQ(to_canonical(1.2, *find_unit("Wh/TB/h")), 1.2 * 8760.0 / 1e6);
  EXPECT_DOUBLE_EQ(to_canonical(10.512, *find_unit("kWh/TB/year")), 0.010512);
}

}  // namespace
}  // namespace empreinte
