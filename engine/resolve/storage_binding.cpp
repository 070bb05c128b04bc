#include "engine/resolve/storage_binding.h"

#include "engine/core/number_text.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {

std::optional<StorageInputs> bind_storage(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const StorageStageSpec& spec) {
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  std::optional<SiteFactors> site = context.site(spec.site);
  if (!site) return std::nullopt;
  const SourceLocation& where = stage.where;
  const bool hot = spec.tier.value == StorageTier::kHot;
  const Factor* energy = context.required_parameter(
      hot ? "storage_energy_ssd_per_tb_year" : "storage_energy_hdd_per_tb_year", where);
  const Factor* embodied = context.required_parameter(
      hot ? "storage_embodied_gwp_ssd_per_tb" : "storage_embodied_gwp_hdd_per_tb", where);
  if (energy == nullptr || embodied == nullptr) return std::nullopt;

  StorageInputs in;
  in.site = std::move(*site);
  in.capacity = context.input<Memory>(spec.capacity);
  in.energy_intensity = context.bind<StorageEnergyIntensity>(*energy);
  in.embodied_intensity = context.bind<DataCarbonIntensity>(*embodied);
  if (spec.replicas) {
    in.replicas = context.input<Ratio>(*spec.replicas);
  } else {
    const Factor* replicas = context.required_parameter("storage_replication_default", where);
    if (replicas == nullptr) return std::nullopt;
    in.replicas = context.bind<Ratio>(*replicas);
    context.assume("replicas-default", stage_key,
                   {{"option", option.id.value},
                    {"stage", stage.id.value},
                    {"replicas", shortest_text(replicas->value)},
                    {"parameter", replicas->id}},
                   "No replica count given for stage '" + stage.id.value + "' of option '" +
                       option.id.value + "': " + shortest_text(replicas->value) +
                       " copies are assumed (" + replicas->id + ").");
  }
  const double horizon = context.project().horizon.value;
  // Data kept longer than the horizon counts for the horizon only.
  in.kept = spec.retention
                ? Duration(context.input<Duration>(*spec.retention).samples().min(horizon))
                : context.constant<Duration>(horizon);
  std::optional<BoundLifetime> life = bind_lifetime(context, spec.lifetime, nullptr, where);
  if (!life) return std::nullopt;
  in.lifetime = life->lifetime;
  context.assume("storage-embodied-gwp-only", "", {},
                 "Storage hardware manufacturing is counted for climate change only: no sourced "
                 "primary energy, abiotic depletion or water figure per TB.");
  return in;
}

std::optional<NetworkInputs> bind_network(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const NetworkStageSpec& spec) {
  std::optional<SiteFactors> grid = context.grid_only(spec.zone);
  const Factor* energy = context.required_parameter("network_energy_per_gb", stage.where);
  if (!grid || energy == nullptr) return std::nullopt;
  NetworkInputs in;
  in.site = std::move(*grid);
  in.energy_intensity = context.bind<NetworkEnergyIntensity>(*energy);
  const double years = context.project().horizon.value / kHoursPerYear;
  in.transferred = spec.transfer ? context.input<Memory>(*spec.transfer)
                                 : context.input<Memory>(spec.transfer_per_year) *
                                       context.constant<Ratio>(years);
  context.assume("network-use-only", option.id.value + "/" + stage.id.value,
                 {{"option", option.id.value}, {"stage", stage.id.value}},
                 "Network stage '" + stage.id.value + "' of option '" + option.id.value +
                     "': the energy per GB covers operation only; the manufacturing of network "
                     "equipment is not counted.");
  return in;
}

}  // namespace empreinte
