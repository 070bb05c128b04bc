#include "engine/resolve/device_binding.h"

#include <algorithm>

#include "engine/core/criteria.h"
#include "engine/core/number_text.h"

namespace empreinte {
namespace {

template <class Q>
Q optional_embodied(BindingContext& context, const FactorRow& device, std::string_view key,
                    Criterion criterion, std::string_view what) {
  if (const Factor* factor = device.quantity(key)) return context.bind<Q>(*factor);
  context.assume("embodied-not-sourced", device.id + "/" + std::string(key),
                 {{"device", std::string(device.field("name"))},
                  {"criterion", std::string(criterion_id(criterion))}},
                 "No sourced manufacturing figure of " + std::string(device.field("name")) +
                     " for the criterion \"" + std::string(what) +
                     "\": it is counted as zero, so this criterion is underestimated.");
  return context.constant<Q>(0.0);
}

}  // namespace

std::optional<BoundDevice> bind_device(BindingContext& context, const DeviceUseSpec& spec,
                                       const std::string& stage_key,
                                       const std::string& where_text) {
  BoundDevice device;
  device.row = context.find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
  std::optional<SiteFactors> site = context.site(spec.site);
  if (device.row == nullptr || !site) return std::nullopt;
  device.site = std::move(*site);
  const std::string device_name(device.row->field("name"));
  // Draw while running: measured when given, else linear between idle and maximum.
  if (spec.measured_power) {
    device.running_power = context.input<Power>(*spec.measured_power);
  } else {
    const Power power_max = context.bind<Power>(*device.row->quantity("power_max"));
    Power power_idle;
    if (const Factor* idle = device.row->quantity("power_idle")) {
      power_idle = context.bind<Power>(*idle);
    } else {
      const std::string parameter = "idle_power_fraction_" + std::string(device.row->field("kind"));
      const Factor* fraction = context.required_parameter(parameter, spec.hardware.where);
      if (fraction == nullptr) return std::nullopt;
      power_idle = power_max * context.bind<Ratio>(*fraction);
      context.assume("idle-power-default", device.row->id,
                     {{"device", device_name},
                      {"fraction", shortest_text(fraction->value)},
                      {"parameter", fraction->id}},
                     "The idle draw of " + device_name +
                         " is not in the hardware table: " + shortest_text(fraction->value) +
                         " × its maximum draw is used (" + fraction->id + ").");
    }
    device.running_power =
        power_at_utilisation(power_idle, power_max, context.input<Ratio>(spec.utilisation));
    if (spec.utilisation.defaulted) {
      context.assume("utilisation-default", stage_key, stage_params(stage_key),
                     "No utilisation given for " + where_text +
                         ": full load is assumed, an upper bound on the draw.");
    }
  }

  std::optional<BoundLifetime> life =
      bind_lifetime(context, spec.lifetime, device.row, spec.hardware.where);
  if (!life) return std::nullopt;
  device.lifetime = life->lifetime;
  device.lifetime_hours = life->hours;
  if (const Factor* fallback = life->default_used) {
    context.assume(
        "lifetime-default", device.row->id,
        {{"device", device_name},
         {"years", years_text(device.lifetime_hours)},
         {"parameter", fallback->id}},
        "The service life of " + device_name + " is not in the hardware table: the default " +
            years_text(device.lifetime_hours) + " years is used (" + fallback->id + ").");
  }
  device.embodied = bind_embodied(context, *device.row);
  return device;
}

std::optional<BoundLifetime> bind_lifetime(BindingContext& context,
                                           const std::optional<Located<double>>& stated,
                                           const FactorRow* device, const SourceLocation& where) {
  if (stated) return BoundLifetime{context.input<Duration>(*stated), stated->value, nullptr};
  if (const Factor* own = device != nullptr ? device->quantity("lifetime") : nullptr) {
    return BoundLifetime{context.bind<Duration>(*own), own->value, nullptr};
  }
  const Factor* fallback = context.required_parameter("hardware_lifetime", where);
  if (fallback == nullptr) return std::nullopt;
  return BoundLifetime{context.bind<Duration>(*fallback), fallback->value, fallback};
}

std::optional<EmbodiedFactors> bind_host_embodied(BindingContext& context,
                                                  const SourceLocation& where) {
  const Factor* gwp = context.required_parameter("host_embodied_gwp_per_accelerator", where);
  if (gwp == nullptr) return std::nullopt;
  const Factor* pe = context.factors().parameter("host_embodied_pe_per_accelerator");
  const Factor* adpe = context.factors().parameter("host_embodied_adpe_per_accelerator");
  return EmbodiedFactors{
      context.bind<CarbonMass>(*gwp),
      pe != nullptr ? context.bind<PrimaryEnergy>(*pe) : context.constant<PrimaryEnergy>(0.0),
      adpe != nullptr ? context.bind<Adpe>(*adpe) : context.constant<Adpe>(0.0),
      context.constant<Water>(0.0)};
}

EmbodiedFactors bind_embodied(BindingContext& context, const FactorRow& row) {
  EmbodiedFactors embodied;
  embodied.gwp = context.bind<CarbonMass>(*row.quantity("embodied_gwp"));
  embodied.primary_energy = optional_embodied<PrimaryEnergy>(
      context, row, "embodied_pe", Criterion::kPrimaryEnergy, "primary energy");
  embodied.adpe =
      optional_embodied<Adpe>(context, row, "embodied_adpe", Criterion::kAdpe, "abiotic depletion");
  embodied.water =
      optional_embodied<Water>(context, row, "embodied_water", Criterion::kWater, "water");
  return embodied;
}

Duration owned_for_horizon(BindingContext& context, double lifetime_hours,
                           const std::string& stage_key, const std::string& where_text) {
  const double reserved = std::min(context.project().horizon.value, lifetime_hours);
  BindingContext::AssumptionParams params = stage_params(stage_key);
  params.emplace_back("horizon_years", years_text(reserved));
  params.emplace_back("lifetime_years", years_text(lifetime_hours));
  context.assume("allocation-owned", stage_key, std::move(params),
                 "Owned hardware (" + where_text +
                     "): its manufacturing impact is allocated over the " + years_text(reserved) +
                     "-year horizon out of a " + years_text(lifetime_hours) +
                     "-year service life, whether the devices are busy or not.");
  return context.constant<Duration>(reserved);
}

std::optional<Duration> owned_reservation(BindingContext& context, const DeviceUseSpec& spec,
                                          const BoundDevice& device, const std::string& stage_key,
                                          const std::string& where_text) {
  // SCI: what is reserved counts. Rented: the hours used; owned: the whole horizon, at most
  // the service life.
  if (spec.ownership.value == Ownership::kOwned) {
    return owned_for_horizon(context, device.lifetime_hours, stage_key, where_text);
  }
  BindingContext::AssumptionParams params = stage_params(stage_key);
  params.emplace_back("lifetime_years", years_text(device.lifetime_hours));
  context.assume("allocation-rented", stage_key, std::move(params),
                 "Rented hardware (" + where_text +
                     "): its manufacturing impact is allocated over the hours used out of a " +
                     years_text(device.lifetime_hours) + "-year service life.");
  return std::nullopt;
}

}  // namespace empreinte
