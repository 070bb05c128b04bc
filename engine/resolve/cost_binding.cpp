#include "engine/resolve/cost_binding.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "engine/core/number_text.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// Years of the carbon-value trajectory (factors/defaults.toml, carbon_value_<year>).
constexpr std::array<int, 4> kCarbonValueYears = {2025, 2030, 2040, 2050};

// A device's owner, rented or owned, and the facts its price depends on.
struct DeviceCostSpec {
  const Located<std::string>* hardware = nullptr;
  Ownership ownership = Ownership::kRented;
  const SiteSpec* site = nullptr;
  const std::optional<Located<double>>* lifetime = nullptr;
  bool bought_whole = false;  // an embodied stage borne whole: nothing left at the end
};

std::string stage_key_of(const OptionSpec& option, const StageSpec& stage) {
  return option.id.value + "/" + stage.id.value;
}

// The accelerators an instance row holds (1 when the row does not say).
double accelerators_of(const FactorRow& row) {
  const std::string_view text = row.field("accelerators");
  double count = 1.0;
  if (!text.empty()) std::from_chars(text.data(), text.data() + text.size(), count);
  return count > 0.0 ? count : 1.0;
}

// The rows of `category` for `device`, ordered by central price per device and id.
std::vector<const FactorRow*> price_rows(const FactorSet& factors, std::string_view category,
                                         std::string_view device, std::string_view quantity) {
  std::vector<const FactorRow*> rows;
  for (const std::string_view id : factors.ids(FactorTable::kPrices)) {
    const FactorRow* row = factors.row(FactorTable::kPrices, id);
    if (row->field("category") == category && row->field("device") == device &&
        row->quantity(quantity) != nullptr) {
      rows.push_back(row);
    }
  }
  std::sort(rows.begin(), rows.end(), [&](const FactorRow* a, const FactorRow* b) {
    const double pa = a->quantity(quantity)->value / accelerators_of(*a);
    const double pb = b->quantity(quantity)->value / accelerators_of(*b);
    return pa != pb ? pa < pb : a->id < b->id;
  });
  return rows;
}

// A price row the stage names, checked to be of the expected category.
const FactorRow* named_price_row(BindingContext& context, const PriceSpec& prices,
                                 std::string_view category) {
  if (!prices.row) return nullptr;
  const FactorRow* row = context.find_row(FactorTable::kPrices, *prices.row, "price row", "prices");
  if (row != nullptr && row->field("category") != category) {
    context.error(prices.row->where, "price row '" + row->id + "' is a " +
                                         std::string(row->field("category")) + " price, not a " +
                                         std::string(category) + " price");
    return nullptr;
  }
  return row;
}

// Price of a rented device-hour: stated, a named rental row, or the median row of the table.
std::optional<CostRate> rental_price(BindingContext& context, const StageSpec& stage,
                                     const FactorRow& hardware, const std::string& stage_key) {
  const PriceSpec& prices = stage.prices;
  if (prices.hourly_price) return context.input<CostRate>(*prices.hourly_price);
  const FactorRow* row = named_price_row(context, prices, "rental");
  BindingContext::AssumptionParams params = stage_params(stage_key);
  params.emplace_back("device", std::string(hardware.field("name")));
  if (row == nullptr && !prices.row) {
    const std::vector<const FactorRow*> rows =
        price_rows(context.factors(), "rental", hardware.id, "instance_hour");
    if (rows.empty()) {
      context.assume("rental-not-priced", stage_key, std::move(params),
                     "No rental price of " + std::string(hardware.field("name")) +
                         " in the prices table and none stated (hourly_price): the rental of "
                         "stage '" +
                         stage.id.value + "' is not counted in its cost.");
      return std::nullopt;
    }
    row = rows[(rows.size() - 1) / 2];
    params.emplace_back("row", row->id);
    params.emplace_back("rows", std::to_string(rows.size()));
    context.assume("rental-price-median", stage_key, std::move(params),
                   "No price stated for the rented " + std::string(hardware.field("name")) +
                       " of stage '" + stage.id.value + "': the median of the " +
                       std::to_string(rows.size()) + " rental rows of the prices table is used (" +
                       row->id + ").");
  }
  if (row == nullptr) return std::nullopt;
  const double per_instance = accelerators_of(*row);
  return CostRate(context.bind<CostRate>(*row->quantity("instance_hour")).samples() / per_instance);
}

// Price of a bought device: stated, a named purchase row, or the table's row for the device.
std::optional<Money> purchase_price(BindingContext& context, const StageSpec& stage,
                                    const FactorRow& hardware, const std::string& stage_key) {
  const PriceSpec& prices = stage.prices;
  if (prices.purchase_price) return context.input<Money>(*prices.purchase_price);
  const FactorRow* row = named_price_row(context, prices, "purchase");
  if (row == nullptr && !prices.row) {
    const std::vector<const FactorRow*> rows =
        price_rows(context.factors(), "purchase", hardware.id, "unit_price");
    if (rows.empty()) {
      BindingContext::AssumptionParams params = stage_params(stage_key);
      params.emplace_back("device", std::string(hardware.field("name")));
      context.assume("purchase-not-priced", stage_key, std::move(params),
                     "No purchase price of " + std::string(hardware.field("name")) +
                         " in the prices table and none stated (purchase_price): the hardware of "
                         "stage '" +
                         stage.id.value + "' is not counted in its cost.");
      return std::nullopt;
    }
    row = rows[(rows.size() - 1) / 2];
  }
  if (row == nullptr) return std::nullopt;
  return Money(context.bind<Money>(*row->quantity("unit_price")).samples() / accelerators_of(*row));
}

// Price of electricity in the site's zone, or the nearest zone up its parent chain.
std::optional<EnergyPrice> electricity_price(BindingContext& context, const SiteSpec& site,
                                             const std::string& stage_key) {
  const FactorSet& factors = context.factors();
  std::string zone = site.zone.value;
  for (int depth = 0; depth < 8 && !zone.empty(); ++depth) {
    if (const FactorRow* row = factors.row(FactorTable::kPrices, "electricity/" + zone)) {
      if (zone != site.zone.value) {
        context.assume("electricity-price-fallback", site.zone.value,
                       {{"zone", site.zone.value}, {"used", zone}},
                       "No electricity price for zone " + site.zone.value + ": the price of " +
                           zone + " is used.");
      }
      return context.bind<EnergyPrice>(*row->quantity("energy_price"));
    }
    const FactorRow* zone_row = factors.row(FactorTable::kElectricity, zone);
    zone = zone_row != nullptr ? std::string(zone_row->field("parent")) : std::string();
  }
  BindingContext::AssumptionParams params = stage_params(stage_key);
  params.emplace_back("zone", site.zone.value);
  const std::string text = "No electricity price for zone " + site.zone.value +
                           " or the zones it falls back to: the electricity of stage '" +
                           params[1].second + "' is not counted in its cost.";
  context.assume("electricity-not-priced", stage_key, std::move(params), text);
  return std::nullopt;
}

// Rented devices cost their hours; owned ones their purchase, maintenance and electricity, less
// what they are still worth at the end.
std::optional<CostInputs> device_costs(BindingContext& context, const OptionSpec& option,
                                       const StageSpec& stage, const DeviceCostSpec& device) {
  const std::string stage_key = stage_key_of(option, stage);
  CostInputs out;
  const FactorRow* hardware = context.factors().row(FactorTable::kHardware, device.hardware->value);
  if (hardware == nullptr) return out;  // reported by the stage binding
  if (device.ownership == Ownership::kRented) {
    out.rental_price = rental_price(context, stage, *hardware, stage_key);
    return out;
  }
  out.unit_price = purchase_price(context, stage, *hardware, stage_key);
  if (out.unit_price) {
    const double horizon = context.project().horizon.value;
    std::optional<BoundLifetime> life =
        bind_lifetime(context, *device.lifetime, hardware, stage.where);
    if (!life) return std::nullopt;
    // Straight-line depreciation: worth price × max(0, 1 − H / L) at the end of the horizon.
    out.residual_share = device.bought_whole
                             ? context.constant<Ratio>(0.0)
                             : Ratio((1.0 - horizon / life->lifetime.samples()).max(0.0));
    const Factor* maintenance =
        context.required_parameter("maintenance_share_of_capex", stage.where);
    if (maintenance == nullptr) return std::nullopt;
    out.maintenance_share =
        Ratio(context.bind<RatePerYear>(*maintenance).samples() * (horizon / kHoursPerYear));
  }
  if (device.site != nullptr)
    out.electricity_price = electricity_price(context, *device.site, stage_key);
  return out;
}

// Tokens × price per million tokens, for input and output.
std::optional<CostInputs> api_costs(BindingContext& context, const OptionSpec& option,
                                    const StageSpec& stage, const ApiStageSpec& spec,
                                    const ApiInputs& work) {
  const std::string stage_key = stage_key_of(option, stage);
  const PriceSpec& prices = stage.prices;
  std::optional<TokenPrice> input;
  std::optional<TokenPrice> output;
  if (prices.input_token_price && prices.output_token_price) {
    input = context.input<TokenPrice>(*prices.input_token_price);
    output = context.input<TokenPrice>(*prices.output_token_price);
  } else {
    const FactorRow* row = named_price_row(context, prices, "api");
    if (row == nullptr && !prices.row) {
      row = context.factors().row(FactorTable::kPrices,
                                  "api/" + spec.provider.value + "/" + spec.request.model.value);
    }
    if (row == nullptr) {
      if (!prices.row) {
        BindingContext::AssumptionParams params = stage_params(stage_key);
        params.emplace_back("provider", spec.provider.value);
        params.emplace_back("model", spec.request.model.value);
        context.assume("api-not-priced", stage_key, std::move(params),
                       "No price of model " + spec.request.model.value + " at provider " +
                           spec.provider.value +
                           " in the prices table and none stated (input_token_price, "
                           "output_token_price): the fees of stage '" +
                           stage.id.value + "' are not counted in its cost.");
      }
      return CostInputs{};
    }
    input = context.bind<TokenPrice>(*row->quantity("input_tokens"));
    output = context.bind<TokenPrice>(*row->quantity("output_tokens"));
  }
  // EUR = requests × (tokens in × EUR/Mtoken in + tokens out × EUR/Mtoken out) / 10⁶.
  constexpr double kTokensPerMillion = 1e6;
  const Samples fees = work.requests.samples() *
                       (work.input_tokens.samples() * input->samples() +
                        work.output_tokens.samples() * output->samples()) /
                       kTokensPerMillion;
  CostInputs out;
  out.lines.push_back({CostCategory::kApiFees, CostTiming::kSpread, Money(fees), false});
  return out;
}

CostCategory category_of(CostCategoryName name) {
  switch (name) {
    case CostCategoryName::kLabour:
      return CostCategory::kLabour;
    case CostCategoryName::kLicences:
      return CostCategory::kLicences;
    case CostCategoryName::kHosting:
      return CostCategory::kHosting;
    case CostCategoryName::kMaintenance:
      return CostCategory::kMaintenance;
    case CostCategoryName::kOther:
      break;
  }
  return CostCategory::kOther;
}

// The one amount a cost stage states, over the horizon.
CostInputs stated_costs(BindingContext& context, const CostStageSpec& spec) {
  const double horizon = context.project().horizon.value;
  const Duration over_horizon = context.constant<Duration>(horizon);
  const CostCategory category = category_of(spec.category.value);
  CostInputs out;
  const auto add = [&](CostTiming timing, const Money& amount) {
    out.lines.push_back({category, timing, amount, false});
  };
  if (spec.amount) add(CostTiming::kStart, context.input<Money>(*spec.amount));
  if (spec.amount_per_year) {
    add(CostTiming::kSpread, over_horizon * context.input<CostRate>(*spec.amount_per_year));
  }
  if (spec.daily_rate) {
    const LabourRate rate = context.input<LabourRate>(*spec.daily_rate);
    if (spec.person_days) {
      add(CostTiming::kStart,
          Money(context.input<Ratio>(*spec.person_days).samples() * rate.samples()));
    }
    if (spec.person_days_per_year) {
      add(CostTiming::kSpread, Money(context.input<Ratio>(*spec.person_days_per_year).samples() *
                                     rate.samples() * (horizon / kHoursPerYear)));
    }
  }
  if (spec.seats && spec.price_per_seat) {
    add(CostTiming::kSpread, over_horizon * context.input<CostRate>(*spec.price_per_seat) *
                                 context.constant<Ratio>(static_cast<double>(spec.seats->value)));
  }
  return out;
}

}  // namespace

std::optional<CostInputs> bind_stage_costs(BindingContext& context, const OptionSpec& option,
                                           const StageSpec& stage, const StageInputs& inputs) {
  return std::visit(
      [&](const auto& detail) -> std::optional<CostInputs> {
        using T = std::decay_t<decltype(detail)>;
        if constexpr (std::is_same_v<T, ComputeStageSpec> || std::is_same_v<T, TrainingStageSpec>) {
          return device_costs(context, option, stage,
                              {&detail.device.hardware, detail.device.ownership.value,
                               &detail.device.site, &detail.device.lifetime, false});
        } else if constexpr (std::is_same_v<T, InferenceStageSpec>) {
          return device_costs(
              context, option, stage,
              {&detail.hardware, detail.ownership.value, &detail.site, &detail.lifetime, false});
        } else if constexpr (std::is_same_v<T, EmbodiedStageSpec>) {
          return device_costs(
              context, option, stage,
              {&detail.hardware, Ownership::kOwned, nullptr, &detail.lifetime, detail.whole.value});
        } else if constexpr (std::is_same_v<T, ApiStageSpec>) {
          return api_costs(context, option, stage, detail, std::get<ApiInputs>(inputs));
        } else if constexpr (std::is_same_v<T, CostStageSpec>) {
          return stated_costs(context, detail);
        } else {
          // Storage and network: their price is in the hosting or the API, or a cost stage.
          context.assume("storage-network-not-priced", "", {},
                         "Storage and network stages carry no cost of their own: state what "
                         "they cost in a cost stage (category hosting) when it is billed apart.");
          return CostInputs{};
        }
      },
      stage.detail);
}

Impacts bind_benefit(BindingContext& context, const BenefitSpec& benefit) {
  const double years = context.project().horizon.value / kHoursPerYear;
  const Samples units = context.input<Ratio>(benefit.quantity_per_year).samples() * years;
  const auto avoided = [&](Criterion c) -> Samples {
    return context.input<Ratio>(benefit.per_unit[index_of(c)]).samples() * units;
  };
  return Impacts{CarbonMass(avoided(Criterion::kGwp)),
                 Energy(avoided(Criterion::kEnergy)),
                 PrimaryEnergy(avoided(Criterion::kPrimaryEnergy)),
                 Water(avoided(Criterion::kWater)),
                 Adpe(avoided(Criterion::kAdpe)),
                 Money(avoided(Criterion::kCost))};
}

ProjectCostInputs bind_project_costs(BindingContext& context) {
  const ProjectSpec& project = context.project();
  ProjectCostInputs out;
  const SourceLocation& where = project.horizon.where;
  if (project.discount_rate) {
    out.discount_rate = context.input<RatePerYear>(*project.discount_rate);
  } else if (const Factor* rate = context.required_parameter("discount_rate", where)) {
    out.discount_rate = context.bind<RatePerYear>(*rate);
  }
  if (const Factor* escalation =
          context.required_parameter("electricity_price_escalation", where)) {
    out.electricity_escalation = context.bind<RatePerYear>(*escalation);
  }
  if (project.carbon_value) {
    out.carbon_value = context.input<CarbonPrice>(*project.carbon_value);
    return out;
  }
  // The trajectory's value in the start year, interpolated geometrically between its published
  // years (it grows at a constant rate between them) and held flat outside them. The trajectory
  // grows at the discount rate (Hotelling's rule), so this is also the present value of a tonne
  // emitted later in the horizon: carbon costs are not discounted again.
  const auto year = static_cast<double>(project.start_year.value);
  std::size_t upper = 0;
  while (upper + 1 < kCarbonValueYears.size() && kCarbonValueYears[upper] < year) ++upper;
  const std::size_t lower = upper == 0 ? 0 : upper - 1;
  const Factor* low =
      context.required_parameter("carbon_value_" + std::to_string(kCarbonValueYears[lower]), where);
  const Factor* high =
      context.required_parameter("carbon_value_" + std::to_string(kCarbonValueYears[upper]), where);
  if (low == nullptr || high == nullptr) return out;
  const double span = kCarbonValueYears[upper] - kCarbonValueYears[lower];
  const double weight =
      span > 0.0 ? std::clamp((year - kCarbonValueYears[lower]) / span, 0.0, 1.0) : 0.0;
  const Samples a = context.bind<CarbonPrice>(*low).samples();
  const Samples b = context.bind<CarbonPrice>(*high).samples();
  out.carbon_value = CarbonPrice(a.pow(1.0 - weight) * b.pow(weight));
  const std::string per_tonne = shortest_text(std::round(out.carbon_value.central() * 1e3));
  context.assume("carbon-value", "", {{"year", shortest_text(year)}, {"value", per_tonne}},
                 "Carbon is valued at " + per_tonne +
                     " EUR/tCO2e, the French reference trajectory (valeur de l'action pour le "
                     "climat) in " +
                     shortest_text(year) +
                     ", the start year; it grows at the discount rate, so later tonnes are not "
                     "discounted. Set carbon_value in [project] to use another value.");
  return out;
}

}  // namespace empreinte
