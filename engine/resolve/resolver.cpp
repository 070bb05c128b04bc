#include "engine/resolve/resolver.h"

#include <algorithm>
#include <map>

#include "engine/core/check.h"
#include "engine/core/number_text.h"
#include "engine/core/unit_registry.h"

namespace empreinte {
namespace {

constexpr double kHoursPerYear = 8760.0;  // the year of unit_registry.cpp

std::string years_text(double hours) { return shortest_text(hours / kHoursPerYear); }

class Resolver {
 public:
  Resolver(const ProjectSpec& project, const FactorSet& factors, SampleShape shape,
           Diagnostics& diagnostics)
      : project_(project), factors_(factors), shape_(shape), diagnostics_(diagnostics) {}

  ResolvedProject resolve() {
    ResolvedProject out;
    out.spec = &project_;
    for (const OptionSpec& option : project_.options) {
      ResolvedOption resolved{&option, {}};
      for (const StageSpec& stage : option.stages) {
        current_ids_.clear();
        std::optional<ComputeInputs> inputs;
        if (const auto* compute = std::get_if<ComputeStageSpec>(&stage.detail)) {
          inputs = resolve_compute(option, stage, *compute);
        }
        if (inputs) resolved.stages.push_back({&stage, std::move(*inputs), current_ids_});
      }
      out.options.push_back(std::move(resolved));
    }
    out.factors = std::move(lookups_);
    out.assumptions = std::move(assumptions_);
    return out;
  }

 private:
  // Samples of a factor. A point run holds its central value; the uncertainty work draws here.
  template <class Q>
  Q bind(const Factor& factor, std::string fallback_note = {}) {
    record(factor, std::move(fallback_note));
    return Q(constant_samples(shape_.count, factor.value));
  }

  // Samples of a user input (already in canonical unit).
  template <class Q>
  Q input(double value) const {
    return Q(constant_samples(shape_.count, value));
  }

  void record(const Factor& factor, std::string fallback_note) {
    if (std::find(current_ids_.begin(), current_ids_.end(), factor.id) == current_ids_.end()) {
      current_ids_.push_back(factor.id);
    }
    const auto [position, inserted] = recorded_.emplace(factor.id, lookups_.size());
    if (inserted) {
      lookups_.push_back({&factor, std::move(fallback_note)});
      return;
    }
    // The same factor reached from another zone: keep every distinct fallback.
    std::string& notes = lookups_[position->second].fallback_note;
    if (!fallback_note.empty() && notes.find(fallback_note) == std::string::npos) {
      notes += (notes.empty() ? "" : "; ") + fallback_note;
    }
  }

  void assume(std::string id, std::string text) {
    for (const AppliedAssumption& existing : assumptions_) {
      if (existing.id == id) return;
    }
    assumptions_.push_back({std::move(id), std::move(text)});
  }

  const FactorRow* find_row(FactorTable table, const Located<std::string>& reference,
                            std::string_view what, std::string_view list_hint) {
    if (reference.value.empty()) return nullptr;  // already reported as missing
    const FactorRow* row = factors_.row(table, reference.value);
    if (row != nullptr) return row;
    const std::string suggestion = suggestion_hint(reference.value, factors_.ids(table));
    diagnostics_.error(
        reference.where, "unknown " + std::string(what) + " '" + reference.value + "'",
        suggestion.empty() ? "see `empreinte factors list " + std::string(list_hint) + "`"
                           : suggestion,
        static_cast<std::uint32_t>(reference.value.size() + 2));
    return nullptr;
  }

  const Factor* required_parameter(std::string_view id, const SourceLocation& where) {
    const Factor* factor = factors_.parameter(id);
    if (factor == nullptr) {
      diagnostics_.error(where, "the factor set has no default parameter '" + std::string(id) + "'",
                         "add it to defaults.toml of the --factors folder");
    }
    return factor;
  }

  std::optional<SiteFactors> resolve_site(const SiteSpec& site) {
    const FactorRow* zone = find_row(FactorTable::kElectricity, site.zone, "zone", "electricity");
    const FactorRow* profile = site.datacentre
                                   ? find_row(FactorTable::kDatacentres, *site.datacentre,
                                              "data-centre profile", "datacentres")
                                   : nullptr;
    if (zone == nullptr || (site.datacentre && profile == nullptr)) return std::nullopt;
    // Without a profile, PUE and WUE must both come from the project (the reader reported it
    // when they do not; a value out of range is also absent here).
    if (profile == nullptr && (!site.pue || !site.wue)) return std::nullopt;
    SiteFactors out;
    if (site.pue) {
      out.pue = input<Ratio>(site.pue->value);
    } else {
      out.pue = bind<Ratio>(*profile->quantity("pue"));
    }
    if (site.wue) {
      out.wue = input<WaterIntensity>(site.wue->value);
    } else {
      out.wue = bind<WaterIntensity>(*profile->quantity("wue"));
    }
    const auto grid = [&](std::string_view quantity, auto& target) {
      const ZoneFactor found = factors_.zone_factor(zone->id, quantity);
      if (found.factor == nullptr) {
        diagnostics_.error(site.zone.where, "no '" + std::string(quantity) + "' factor for zone '" +
                                                zone->id + "' or any zone it falls back to");
        return false;
      }
      std::string note;
      if (found.used_zone != found.requested_zone) {
        note = "no " + std::string(quantity) + " factor for zone " + found.requested_zone +
               "; used " + found.used_zone;
      }
      target = bind<std::decay_t<decltype(target)>>(*found.factor, std::move(note));
      return true;
    };
    const bool complete = grid("gwp", out.grid_gwp) &&
                          grid("primary_energy", out.grid_primary_energy) &&
                          grid("water", out.grid_water) && grid("adpe", out.grid_adpe);
    if (!complete) return std::nullopt;
    return out;
  }

  std::optional<ComputeInputs> resolve_compute(const OptionSpec& option, const StageSpec& stage,
                                               const ComputeStageSpec& spec) {
    const FactorRow* device =
        find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
    std::optional<SiteFactors> site = resolve_site(spec.site);
    if (device == nullptr || !site) return std::nullopt;
    const std::string where_text =
        "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
    const std::string device_name(device->field("name"));
    ComputeInputs in;
    in.site = std::move(*site);
    in.count = input<Ratio>(static_cast<double>(spec.count.value));
    in.share = input<Ratio>(spec.share.value);

    const double horizon_hours = project_.horizon.value;
    const double hours =
        spec.hours
            ? spec.hours->value
            : (spec.hours_per_year ? spec.hours_per_year->value * horizon_hours / kHoursPerYear
                                   : 0.0);
    in.hours = input<Duration>(hours);

    // Draw while running: measured when given, else linear between idle and maximum.
    if (spec.measured_power) {
      in.running_power = input<Power>(spec.measured_power->value);
    } else {
      const Power power_max = bind<Power>(*device->quantity("power_max"));
      Power power_idle;
      if (const Factor* idle = device->quantity("power_idle")) {
        power_idle = bind<Power>(*idle);
      } else {
        const std::string parameter = "idle_power_fraction_" + std::string(device->field("kind"));
        const Factor* fraction = required_parameter(parameter, spec.hardware.where);
        if (fraction == nullptr) return std::nullopt;
        power_idle = power_max * bind<Ratio>(*fraction);
        assume("idle-power-default/" + device->id,
               "The idle draw of " + device_name +
                   " is not in the hardware table: " + shortest_text(fraction->value) +
                   " × its maximum draw is used (" + fraction->id + ").");
      }
      in.running_power =
          power_at_utilisation(power_idle, power_max, input<Ratio>(spec.utilisation.value));
      if (spec.utilisation.defaulted) {
        assume("utilisation-default/" + option.id.value + "/" + stage.id.value,
               "No utilisation given for " + where_text +
                   ": full load is assumed, an upper bound on the draw.");
      }
    }

    // Service life: the stage's, else the device's, else the default.
    double lifetime_hours = 0.0;
    if (spec.lifetime) {
      lifetime_hours = spec.lifetime->value;
      in.lifetime = input<Duration>(lifetime_hours);
    } else if (const Factor* device_lifetime = device->quantity("lifetime")) {
      lifetime_hours = device_lifetime->value;
      in.lifetime = bind<Duration>(*device_lifetime);
    } else {
      const Factor* lifetime = required_parameter("hardware_lifetime", spec.hardware.where);
      if (lifetime == nullptr) return std::nullopt;
      lifetime_hours = lifetime->value;
      in.lifetime = bind<Duration>(*lifetime);
      assume("lifetime-default/" + device->id,
             "The service life of " + device_name + " is not in the hardware table: the default " +
                 years_text(lifetime_hours) + " years is used (" + lifetime->id + ").");
    }

    // SCI: what is reserved counts. Rented: the hours used; owned: the whole horizon, at most
    // the service life.
    if (spec.ownership.value == Ownership::kOwned) {
      const double reserved = std::min(horizon_hours, lifetime_hours);
      in.reserved = input<Duration>(reserved);
      assume("allocation-owned/" + option.id.value + "/" + stage.id.value,
             "Owned hardware (" + where_text +
                 "): its manufacturing impact is allocated over the " + years_text(reserved) +
                 "-year horizon out of a " + years_text(lifetime_hours) +
                 "-year service life, whether the devices are busy or not.");
    } else {
      in.reserved = in.hours;
      assume("allocation-rented/" + option.id.value + "/" + stage.id.value,
             "Rented hardware (" + where_text +
                 "): its manufacturing impact is allocated over the " + "hours used out of a " +
                 years_text(lifetime_hours) + "-year service life.");
    }

    in.embodied.gwp = bind<CarbonMass>(*device->quantity("embodied_gwp"));
    in.embodied.primary_energy =
        optional_embodied<PrimaryEnergy>(*device, "embodied_pe", "primary energy");
    in.embodied.adpe = optional_embodied<Adpe>(*device, "embodied_adpe", "abiotic depletion");
    in.embodied.water = optional_embodied<Water>(*device, "embodied_water", "water");
    return in;
  }

  template <class Q>
  Q optional_embodied(const FactorRow& device, std::string_view key, std::string_view what) {
    if (const Factor* factor = device.quantity(key)) return bind<Q>(*factor);
    assume("embodied-not-sourced/" + device.id + "/" + std::string(key),
           "No sourced manufacturing " + std::string(what) + " figure for " +
               std::string(device.field("name")) +
               ": it is counted as zero, so this criterion is underestimated.");
    return input<Q>(0.0);
  }

  const ProjectSpec& project_;
  const FactorSet& factors_;
  SampleShape shape_;
  Diagnostics& diagnostics_;
  std::vector<FactorLookup> lookups_;
  std::map<std::string, std::size_t> recorded_;  // factor id → index in lookups_
  std::vector<std::string> current_ids_;
  std::vector<AppliedAssumption> assumptions_;
};

}  // namespace

ResolvedProject resolve_project(const ProjectSpec& project, const FactorSet& factors,
                                SampleShape shape, Diagnostics& diagnostics) {
  return Resolver(project, factors, shape, diagnostics).resolve();
}

}  // namespace empreinte
