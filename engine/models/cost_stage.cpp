#include "engine/models/cost_stage.h"

#include <array>
#include <cmath>

namespace empreinte {
namespace {

// (1/H) ∫₀ᴴ gᵗ dt = (g^H − 1) / (H · ln g), with its limit 1 as g → 1.
Samples mean_growth(const Samples& growth, double years) {
  Samples out(growth.size());
  for (Eigen::Index i = 0; i < growth.size(); ++i) {
    const double log_growth = std::log(growth(i));
    out(i) =
        std::abs(log_growth) < 1e-12 ? 1.0 : std::expm1(log_growth * years) / (years * log_growth);
  }
  return out;
}

}  // namespace

std::string_view cost_category_id(CostCategory category) {
  constexpr std::array<std::string_view, kCostCategoryCount> kIds = {
      "capex",   "residual_value", "rental", "api_fees",    "electricity",
      "hosting", "licences",       "labour", "maintenance", "other"};
  return kIds[static_cast<std::size_t>(category)];
}

std::vector<CostLine> stage_cost_lines(const CostInputs& in, const StageImpacts& impacts) {
  std::vector<CostLine> out = in.lines;
  if (in.rental_price) {
    out.push_back({CostCategory::kRental, CostTiming::kSpread,
                   impacts.reserved_device_hours * *in.rental_price, false});
  }
  if (in.unit_price) {
    const Money capex = *in.unit_price * impacts.devices;
    out.push_back({CostCategory::kCapex, CostTiming::kStart, capex, false});
    out.push_back({CostCategory::kResidualValue, CostTiming::kEnd,
                   Money(-(capex * in.residual_share).samples()), false});
    out.push_back(
        {CostCategory::kMaintenance, CostTiming::kSpread, capex * in.maintenance_share, false});
  }
  if (in.electricity_price) {
    out.push_back({CostCategory::kElectricity, CostTiming::kSpread,
                   impacts.use.energy * *in.electricity_price, true});
  }
  return out;
}

Samples escalation_factor(const Samples& escalation, double years) {
  return mean_growth(1.0 + escalation, years);
}

Samples present_value_factor(CostTiming timing, bool escalates, const Samples& rate,
                             const Samples& escalation, double years) {
  switch (timing) {
    case CostTiming::kStart:
      return Samples::Ones(rate.size());
    case CostTiming::kEnd:
      return (1.0 + rate).pow(-years);
    case CostTiming::kSpread:
      break;
  }
  if (!escalates) return mean_growth(1.0 / (1.0 + rate), years);
  return mean_growth((1.0 + escalation) / (1.0 + rate), years);
}

CostFactors::CostFactors(const Samples& rate, const Samples& escalation, double years)
    : start_(present_value_factor(CostTiming::kStart, false, rate, escalation, years)),
      end_(present_value_factor(CostTiming::kEnd, false, rate, escalation, years)),
      spread_(present_value_factor(CostTiming::kSpread, false, rate, escalation, years)),
      spread_escalating_(present_value_factor(CostTiming::kSpread, true, rate, escalation, years)),
      escalation_(escalation_factor(escalation, years)) {}

const Samples& CostFactors::present_value(CostTiming timing, bool escalates) const {
  switch (timing) {
    case CostTiming::kStart:
      return start_;
    case CostTiming::kEnd:
      return end_;
    case CostTiming::kSpread:
      break;
  }
  return escalates ? spread_escalating_ : spread_;
}

}  // namespace empreinte
