#pragma once
/// @file cost_stage.h
/// What a stage costs, in euros excluding VAT, by category and by when it is paid, so that the
/// run can total it undiscounted and as a net present value (docs/methodology.md, "Cost").

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/core/units.h"
#include "engine/models/impacts.h"

namespace empreinte {

/// What a cost pays for.
enum class CostCategory : std::size_t {
  kCapex,          ///< hardware bought.
  kResidualValue,  ///< what the bought hardware is still worth at the end (negative).
  kRental,         ///< rented device-hours.
  kApiFees,        ///< tokens of an LLM API.
  kElectricity,    ///< electricity the project pays for (owned hardware).
  kHosting,        ///< hosting or colocation.
  kLicences,       ///< licences and subscriptions.
  kLabour,         ///< person-days.
  kMaintenance,    ///< maintenance of bought hardware.
  kOther           ///< anything else a cost stage states.
};

/// Number of cost categories.
inline constexpr std::size_t kCostCategoryCount = 10;

/// The id of a category in reports ("residual_value").
std::string_view cost_category_id(CostCategory category);

/// When a cost is paid, for discounting.
enum class CostTiming {
  kStart,   ///< once, at the start of the horizon.
  kSpread,  ///< evenly over the horizon.
  kEnd      ///< once, at its end.
};

/// One cost of a stage over the whole horizon, undiscounted, at the prices' year.
struct CostLine {
  /// What it pays for.
  CostCategory category = CostCategory::kOther;
  /// When it is paid.
  CostTiming timing = CostTiming::kSpread;
  /// Amount, EUR (negative for a residual value).
  Money amount;
  /// Whether it follows the electricity price escalation.
  bool escalates = false;
};

/// Prices a stage's cost needs, bound from the prices table or the project.
struct CostInputs {
  /// Rented devices: price of a device-hour (× the stage's reserved device-hours).
  std::optional<CostRate> rental_price;
  /// Bought devices: price of a device (× the devices the stage holds).
  std::optional<Money> unit_price;
  /// Share of the purchase price still worth at the end of the horizon, 0–1.
  Ratio residual_share;
  /// Maintenance over the horizon, as a share of the purchase price (yearly share × years).
  Ratio maintenance_share;
  /// Electricity paid by the project: price of a kWh at the site (× facility energy).
  std::optional<EnergyPrice> electricity_price;
  /// Costs already known when binding (API fees, cost stages).
  std::vector<CostLine> lines;
};

/// The cost lines of a stage from its prices and its inventory.
std::vector<CostLine> stage_cost_lines(const CostInputs& in, const StageImpacts& impacts);

/// Present value of one euro of a line's amount (at the prices' year) paid with `timing` over a
/// horizon of H = `years`, at the real discount rate r (samples):
///   start: 1;  end: (1 + r)^−H;
///   spread: (1/H) ∫₀ᴴ qᵗ dt = (q^H − 1) / (H · ln q), with q = 1/(1 + r), or
///   q = (1 + e)/(1 + r) for an escalating line whose price changes by e a year.
Samples present_value_factor(CostTiming timing, bool escalates, const Samples& rate,
                             const Samples& escalation, double years);

/// Undiscounted total of an escalating line relative to its amount at constant prices:
/// (1/H) ∫₀ᴴ (1 + e)ᵗ dt = ((1 + e)^H − 1) / (H · ln(1 + e)), 1 when e = 0.
Samples escalation_factor(const Samples& escalation, double years);

/// present_value_factor() for every timing and escalation_factor(), worked out once for a
/// project's rate, escalation and horizon: every cost line of every stage shares them.
class CostFactors {
 public:
  /// The factors for the discount `rate` and electricity `escalation` (samples) over `years`.
  CostFactors(const Samples& rate, const Samples& escalation, double years);
  /// present_value_factor(timing, escalates, rate, escalation, years).
  const Samples& present_value(CostTiming timing, bool escalates) const;
  /// escalation_factor(escalation, years).
  const Samples& escalation() const { return escalation_; }

 private:
  Samples start_;
  Samples end_;
  Samples spread_;
  Samples spread_escalating_;
  Samples escalation_;
};

}  // namespace empreinte
