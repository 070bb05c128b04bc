#pragma once
/// @file units.h
/// Strong quantity types. Each type stores its samples in one canonical unit, chosen so that
/// every product below needs no conversion coefficient:
///
///   Power [kW] × Duration [h] → Energy [kWh]
///   Energy [kWh] × CarbonIntensity [kgCO2e/kWh] → CarbonMass [kgCO2e]
///   Energy [kWh] × WaterIntensity [L/kWh] → Water [L]
///   Energy [kWh] × PrimaryEnergyIntensity [MJ/kWh] → PrimaryEnergy [MJ]
///   Energy [kWh] × AdpeIntensity [kgSbeq/kWh] → Adpe [kgSbeq]
///
/// Only these products, same-type sums and scaling by a dimensionless Ratio compile, so
/// `CarbonMass + Energy` is a compile error (tests/compile_fail proves it). Boost.Units is
/// avoided on purpose: kgCO2e and kg of hardware share a dimension there, and it fights Eigen.

#include <memory>
#include <utility>

#include "engine/core/samples.h"

namespace empreinte {

/// A quantity of kind `Tag` held as samples in the tag's canonical unit.
template <class Tag>
class Quantity {
 public:
  /// No samples yet: a quantity to be assigned (allocates nothing, unlike a zero array).
  Quantity() = default;
  /// Wraps samples already expressed in the canonical unit `Tag::kUnit`.
  explicit Quantity(Samples samples) : samples_(std::move(samples)) {}
  /// Shares read-only samples with their owner (the sampler's draws of a factor, a constant):
  /// copying the quantity then copies a pointer, not the samples.
  explicit Quantity(std::shared_ptr<const Samples> shared) : shared_(std::move(shared)) {}
  /// A single-sample quantity in the canonical unit.
  static Quantity point(double canonical_value) {
    return Quantity(Samples::Constant(1, canonical_value));
  }

  /// The samples, in the canonical unit.
  const Samples& samples() const { return shared_ ? *shared_ : samples_; }
  /// The first sample: the central estimate of a point run.
  double central() const { return samples()(0); }

  Quantity& operator+=(const Quantity& other) {
    if (shared_) {  // shared samples are read-only: sum into samples of its own
      samples_ = *shared_ + other.samples();
      shared_.reset();
    } else {
      samples_ += other.samples();
    }
    return *this;
  }
  /// Sum in one pass into a new array (copying `a` first and adding would make two).
  friend Quantity operator+(const Quantity& a, const Quantity& b) {
    return Quantity(a.samples() + b.samples());
  }
  /// Sum into the storage of a temporary `a`.
  friend Quantity operator+(Quantity&& a, const Quantity& b) {
    a += b;
    return std::move(a);
  }
  friend Quantity operator-(const Quantity& a, const Quantity& b) {
    return Quantity(a.samples() - b.samples());
  }

 private:
  Samples samples_;  // the samples, unless shared
  std::shared_ptr<const Samples> shared_;
};

/// Tags: one per physical kind, with its canonical unit as printed in reports.
namespace unit_tag {
struct Ratio {
  static constexpr const char* kUnit = "1";
};
struct Power {
  static constexpr const char* kUnit = "kW";
};
struct Duration {
  static constexpr const char* kUnit = "h";
};
struct Energy {
  static constexpr const char* kUnit = "kWh";
};
struct PrimaryEnergy {
  static constexpr const char* kUnit = "MJ";
};
struct CarbonMass {
  static constexpr const char* kUnit = "kgCO2e";
};
struct Water {
  static constexpr const char* kUnit = "L";
};
struct Adpe {
  static constexpr const char* kUnit = "kgSbeq";
};
struct CarbonIntensity {
  static constexpr const char* kUnit = "kgCO2e/kWh";
};
struct WaterIntensity {
  static constexpr const char* kUnit = "L/kWh";
};
struct PrimaryEnergyIntensity {
  static constexpr const char* kUnit = "MJ/kWh";
};
struct AdpeIntensity {
  static constexpr const char* kUnit = "kgSbeq/kWh";
};
struct Memory {
  static constexpr const char* kUnit = "GB";
};
struct ComputeRate {
  static constexpr const char* kUnit = "TFLOPS";
};
struct ComputeAmount {
  static constexpr const char* kUnit = "FLOP";
};
struct StoredData {
  static constexpr const char* kUnit = "GB-year";
};
struct StorageEnergyIntensity {
  static constexpr const char* kUnit = "kWh/GB/year";
};
struct NetworkEnergyIntensity {
  static constexpr const char* kUnit = "kWh/GB";
};
struct DataCarbonIntensity {
  static constexpr const char* kUnit = "kgCO2e/GB";
};
struct Money {
  static constexpr const char* kUnit = "EUR";
};
struct EnergyPrice {
  static constexpr const char* kUnit = "EUR/kWh";
};
struct CostRate {
  static constexpr const char* kUnit = "EUR/h";
};
struct TokenPrice {
  static constexpr const char* kUnit = "EUR/Mtoken";
};
struct LabourRate {
  static constexpr const char* kUnit = "EUR/day";
};
struct CarbonPrice {
  static constexpr const char* kUnit = "EUR/kgCO2e";
};
struct RatePerYear {
  static constexpr const char* kUnit = "1/year";
};
}  // namespace unit_tag

/// Dimensionless factor (utilisation, PUE, share of a device), canonical unit 1.
using Ratio = Quantity<unit_tag::Ratio>;
/// Electric power, kW.
using Power = Quantity<unit_tag::Power>;
/// Time, hours.
using Duration = Quantity<unit_tag::Duration>;
/// Final (electric) energy, kWh.
using Energy = Quantity<unit_tag::Energy>;
/// Primary energy, MJ.
using PrimaryEnergy = Quantity<unit_tag::PrimaryEnergy>;
/// Global warming potential, kgCO2e.
using CarbonMass = Quantity<unit_tag::CarbonMass>;
/// Water consumption, litres.
using Water = Quantity<unit_tag::Water>;
/// Abiotic depletion potential (elements), kgSbeq.
using Adpe = Quantity<unit_tag::Adpe>;
/// Grid or supply carbon intensity, kgCO2e per kWh.
using CarbonIntensity = Quantity<unit_tag::CarbonIntensity>;
/// Water consumed per kWh (on-site WUE or off-site grid water), L per kWh.
using WaterIntensity = Quantity<unit_tag::WaterIntensity>;
/// Primary energy per kWh of final electricity, MJ per kWh.
using PrimaryEnergyIntensity = Quantity<unit_tag::PrimaryEnergyIntensity>;
/// Abiotic depletion per kWh, kgSbeq per kWh.
using AdpeIntensity = Quantity<unit_tag::AdpeIntensity>;
/// Data size: memory of a device, capacity stored, volume transferred, GB.
using Memory = Quantity<unit_tag::Memory>;
/// Peak arithmetic throughput, TFLOPS.
using ComputeRate = Quantity<unit_tag::ComputeRate>;
/// Amount of computation, FLOP.
using ComputeAmount = Quantity<unit_tag::ComputeAmount>;
/// Data kept over time, GB-year.
using StoredData = Quantity<unit_tag::StoredData>;
/// Energy to keep one GB stored for a year, kWh/GB/year.
using StorageEnergyIntensity = Quantity<unit_tag::StorageEnergyIntensity>;
/// Energy to move one GB across networks, kWh/GB.
using NetworkEnergyIntensity = Quantity<unit_tag::NetworkEnergyIntensity>;
/// Manufacturing carbon per GB of storage capacity, kgCO2e/GB.
using DataCarbonIntensity = Quantity<unit_tag::DataCarbonIntensity>;

/// An amount of money, EUR (excluding VAT; the price year is the factor's).
using Money = Quantity<unit_tag::Money>;
/// Price of electricity, EUR/kWh.
using EnergyPrice = Quantity<unit_tag::EnergyPrice>;
/// Cost per hour of elapsed time (an instance, hosting), EUR/h.
using CostRate = Quantity<unit_tag::CostRate>;
/// Price of LLM tokens, EUR per million tokens.
using TokenPrice = Quantity<unit_tag::TokenPrice>;
/// Price of a person-day of work, EUR/day.
using LabourRate = Quantity<unit_tag::LabourRate>;
/// Price of a kgCO2e emitted, EUR/kgCO2e.
using CarbonPrice = Quantity<unit_tag::CarbonPrice>;
/// A rate per year (discount, escalation, maintenance share), 1/year.
using RatePerYear = Quantity<unit_tag::RatePerYear>;

/// Scaling by a dimensionless ratio keeps the kind: Energy × PUE is still Energy.
template <class Tag>
Quantity<Tag> operator*(const Quantity<Tag>& q, const Ratio& r) {
  return Quantity<Tag>(q.samples() * r.samples());
}
/// Ratio × Quantity, same as Quantity × Ratio.
template <class Tag>
Quantity<Tag> operator*(const Ratio& r, const Quantity<Tag>& q) {
  return q * r;
}
/// Ratio × Ratio is a Ratio (the generic overloads above would be ambiguous).
inline Ratio operator*(const Ratio& a, const Ratio& b) { return Ratio(a.samples() * b.samples()); }
/// Ratio of two quantities of one kind (e.g. reserved time ÷ lifetime).
template <class Tag>
Ratio operator/(const Quantity<Tag>& a, const Quantity<Tag>& b) {
  return Ratio(a.samples() / b.samples());
}

/// kW × h → kWh.
inline Energy operator*(const Power& p, const Duration& t) {
  return Energy(p.samples() * t.samples());
}
/// kWh × kgCO2e/kWh → kgCO2e.
inline CarbonMass operator*(const Energy& e, const CarbonIntensity& f) {
  return CarbonMass(e.samples() * f.samples());
}
/// kWh × L/kWh → L.
inline Water operator*(const Energy& e, const WaterIntensity& f) {
  return Water(e.samples() * f.samples());
}
/// kWh × MJ/kWh → MJ.
inline PrimaryEnergy operator*(const Energy& e, const PrimaryEnergyIntensity& f) {
  return PrimaryEnergy(e.samples() * f.samples());
}
/// FLOP ÷ TFLOPS → h, with 1 TFLOPS sustained for one hour = 10¹² × 3,600 FLOP.
inline Duration operator/(const ComputeAmount& work, const ComputeRate& rate) {
  constexpr double kFlopPerTflopsHour = 1e12 * 3600.0;
  return Duration(work.samples() / (rate.samples() * kFlopPerTflopsHour));
}

/// GB × h → GB-year, with a year of 8,760 h.
inline StoredData operator*(const Memory& size, const Duration& time) {
  constexpr double kHoursPerYear = 8760.0;
  return StoredData(size.samples() * time.samples() / kHoursPerYear);
}
/// GB-year × kWh/GB/year → kWh.
inline Energy operator*(const StoredData& stored, const StorageEnergyIntensity& intensity) {
  return Energy(stored.samples() * intensity.samples());
}
/// GB × kWh/GB → kWh.
inline Energy operator*(const Memory& moved, const NetworkEnergyIntensity& intensity) {
  return Energy(moved.samples() * intensity.samples());
}
/// GB × kgCO2e/GB → kgCO2e.
inline CarbonMass operator*(const Memory& capacity, const DataCarbonIntensity& intensity) {
  return CarbonMass(capacity.samples() * intensity.samples());
}

/// kWh × EUR/kWh → EUR.
inline Money operator*(const Energy& e, const EnergyPrice& p) {
  return Money(e.samples() * p.samples());
}
/// h × EUR/h → EUR.
inline Money operator*(const Duration& t, const CostRate& p) {
  return Money(t.samples() * p.samples());
}
/// kgCO2e × EUR/kgCO2e → EUR.
inline Money operator*(const CarbonMass& m, const CarbonPrice& p) {
  return Money(m.samples() * p.samples());
}

/// kWh × kgSbeq/kWh → kgSbeq.
inline Adpe operator*(const Energy& e, const AdpeIntensity& f) {
  return Adpe(e.samples() * f.samples());
}

}  // namespace empreinte
