#include "engine/resolve/binding_context.h"

#include <algorithm>

#include "engine/core/number_text.h"

namespace empreinte {

std::string years_text(double hours) { return shortest_text(hours / kHoursPerYear); }

std::vector<std::pair<std::string, std::string>> stage_params(const std::string& stage_key) {
  const std::size_t slash = stage_key.find('/');
  return {{"option", stage_key.substr(0, slash)},
          {"stage", slash == std::string::npos ? "" : stage_key.substr(slash + 1)}};
}

void BindingContext::record(const Factor& factor, std::string fallback_note) {
  if (std::find(stage_factor_ids_.begin(), stage_factor_ids_.end(), factor.id) ==
      stage_factor_ids_.end()) {
    stage_factor_ids_.push_back(factor.id);
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

void BindingContext::note_variable(std::string_view id) {
  const std::optional<std::size_t> position = sampler_.find(id);
  if (!position) return;  // drawn as a constant
  if (std::find(stage_variables_.begin(), stage_variables_.end(), *position) ==
      stage_variables_.end()) {
    stage_variables_.push_back(*position);
  }
}

void BindingContext::assume(const std::string& kind, const std::string& scope,
                            AssumptionParams params, std::string text) {
  std::string id = scope.empty() ? kind : kind + "/" + scope;
  for (const AppliedAssumption& existing : assumptions_) {
    if (existing.id == id) return;
  }
  assumptions_.push_back({std::move(id), std::move(text), kind, std::move(params)});
}

const FactorRow* BindingContext::find_row(FactorTable table, const Located<std::string>& reference,
                                          std::string_view what, std::string_view list_hint) {
  if (reference.value.empty()) return nullptr;  // already reported as missing
  const FactorRow* row = factors_.row(table, reference.value);
  if (row != nullptr) return row;
  const std::string suggestion = suggestion_hint(reference.value, factors_.ids(table));
  diagnostics_.error(reference.where, "unknown " + std::string(what) + " '" + reference.value + "'",
                     suggestion.empty()
                         ? "see `empreinte factors list " + std::string(list_hint) + "`"
                         : suggestion,
                     static_cast<std::uint32_t>(reference.value.size() + 2));
  return nullptr;
}

const Factor* BindingContext::required_parameter(std::string_view id, const SourceLocation& where) {
  const Factor* factor = factors_.parameter(id);
  if (factor == nullptr) {
    diagnostics_.error(where, "the factor set has no default parameter '" + std::string(id) + "'",
                       "add it to defaults.toml of the --factors folder");
  }
  return factor;
}

std::optional<SiteFactors> BindingContext::site(const SiteSpec& site) {
  const FactorRow* profile = site.datacentre ? find_row(FactorTable::kDatacentres, *site.datacentre,
                                                        "data-centre profile", "datacentres")
                                             : nullptr;
  std::optional<SiteFactors> out = site_with_facility(site, profile);
  if (site.datacentre && profile == nullptr) return std::nullopt;
  return out;
}

std::optional<SiteFactors> BindingContext::site_with_facility(const SiteSpec& site,
                                                              const FactorRow* profile) {
  const FactorRow* zone = find_row(FactorTable::kElectricity, site.zone, "zone", "electricity");
  if (zone == nullptr) return std::nullopt;
  // Without a profile, PUE and WUE must both come from the project (the reader reported it
  // when they do not; a value out of range is also absent here).
  if (profile == nullptr && (!site.pue || !site.wue)) return std::nullopt;
  SiteFactors out;
  if (site.pue) {
    out.pue = input<Ratio>(*site.pue);
  } else {
    out.pue = bind<Ratio>(*profile->quantity("pue"));
  }
  if (site.wue) {
    out.wue = input<WaterIntensity>(*site.wue);
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
  // A carbon intensity stated by the project (a contract, a paper) replaces the zone's.
  bool complete = true;
  if (site.grid_gwp) {
    out.grid_gwp = input<CarbonIntensity>(*site.grid_gwp);
    const std::string grams = shortest_text(site.grid_gwp->value * 1000.0);
    assume("grid-gwp-stated", site.grid_gwp->where.to_string(),
           {{"value", grams}, {"where", site.grid_gwp->where.to_string()}, {"zone", zone->id}},
           "The project states a grid carbon intensity of " + grams + " gCO2e/kWh at " +
               site.grid_gwp->where.to_string() + "; it replaces the factor of zone " + zone->id +
               ".");
  } else {
    complete = grid("gwp", out.grid_gwp);
  }
  complete = complete && grid("primary_energy", out.grid_primary_energy) &&
             grid("water", out.grid_water) && grid("adpe", out.grid_adpe);
  if (!complete) return std::nullopt;
  return out;
}

std::optional<SiteFactors> BindingContext::grid_only(const Located<std::string>& zone) {
  SiteSpec site;
  site.zone = zone;
  site.pue = Located<double>{1.0, zone.where};
  site.wue = Located<double>{0.0, zone.where};
  return this->site(site);
}

}  // namespace empreinte
