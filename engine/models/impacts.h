#pragma once
/// @file impacts.h
/// The five impact criteria of one stage part, as sample arrays.

#include "engine/core/criteria.h"
#include "engine/core/units.h"

namespace empreinte {

/// GWP, final energy, primary energy, water and ADPe of one thing, over the project horizon.
struct Impacts {
  /// Global warming potential.
  CarbonMass gwp;
  /// Final energy drawn from the grid (facility level).
  Energy energy;
  /// Primary energy.
  PrimaryEnergy primary_energy;
  /// Water consumed (on-site + off-site + embodied where sourced).
  Water water;
  /// Abiotic depletion, elements.
  Adpe adpe;
  /// Cost, EUR excluding VAT, undiscounted (set by the run from the stage's cost lines).
  Money cost;

  /// Zero on every criterion, in `samples` samples.
  static Impacts zero(Eigen::Index samples) {
    return {CarbonMass(Samples::Zero(samples)),    Energy(Samples::Zero(samples)),
            PrimaryEnergy(Samples::Zero(samples)), Water(Samples::Zero(samples)),
            Adpe(Samples::Zero(samples)),          Money(Samples::Zero(samples))};
  }

  /// Criterion-wise sum.
  Impacts& operator+=(const Impacts& other) {
    gwp += other.gwp;
    energy += other.energy;
    primary_energy += other.primary_energy;
    water += other.water;
    adpe += other.adpe;
    cost += other.cost;
    return *this;
  }
  /// Criterion-wise sum.
  friend Impacts operator+(const Impacts& a, const Impacts& b) {
    return {a.gwp + b.gwp,     a.energy + b.energy, a.primary_energy + b.primary_energy,
            a.water + b.water, a.adpe + b.adpe,     a.cost + b.cost};
  }
  /// Criterion-wise difference (what one lot adds to the one before).
  friend Impacts operator-(const Impacts& a, const Impacts& b) {
    return {a.gwp - b.gwp,     a.energy - b.energy, a.primary_energy - b.primary_energy,
            a.water - b.water, a.adpe - b.adpe,     a.cost - b.cost};
  }
  /// The samples of criterion `c`, in its unit.
  const Samples& samples(Criterion c) const {
    switch (c) {
      case Criterion::kGwp:
        return gwp.samples();
      case Criterion::kEnergy:
        return energy.samples();
      case Criterion::kPrimaryEnergy:
        return primary_energy.samples();
      case Criterion::kWater:
        return water.samples();
      case Criterion::kAdpe:
        return adpe.samples();
      case Criterion::kCost:
        break;
    }
    return cost.samples();
  }
};

/// A physical flow the inventory computed, shown in the report.
struct InventoryFlow {
  /// Identifier ("device_hours", "it_energy", "facility_energy").
  const char* id;
  /// Central value (the point estimate, sample 0), in `unit`. Reports list flows at the point
  /// estimate, so a flow keeps no draws: copying them was a tenth of a 10,000-draw run.
  double value = 0.0;
  /// Unit symbol.
  const char* unit;
};

/// What a stage model returns: use and embodied impacts, and the flows behind them.
struct StageImpacts {
  /// Use phase (electricity drawn, water evaporated).
  Impacts use;
  /// Manufacturing, allocated to the project.
  Impacts embodied;
  /// Flows, in a fixed order per stage kind.
  std::vector<InventoryFlow> flows;
  /// Device-hours the stage reserves (what a rental bills); one sample of 0 for stages without
  /// devices.
  Duration reserved_device_hours;
  /// Devices the stage holds (what a purchase buys); one sample of 0 without devices.
  Ratio devices;
};

}  // namespace empreinte
