#include "engine/resolve/compute_binding.h"

#include "engine/resolve/device_binding.h"

namespace empreinte {

std::optional<ComputeInputs> bind_compute(BindingContext& context, const OptionSpec& option,
                                          const StageSpec& stage, const ComputeStageSpec& spec) {
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  const std::string where_text =
      "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
  std::optional<BoundDevice> device = bind_device(context, spec.device, stage_key, where_text);
  if (!device) return std::nullopt;
  ComputeInputs in;
  in.count = context.constant<Ratio>(static_cast<double>(spec.count.value));
  in.share = context.input<Ratio>(spec.share);
  const double horizon_years = context.project().horizon.value / kHoursPerYear;
  in.hours = spec.hours ? context.input<Duration>(*spec.hours)
                        : context.input<Duration>(spec.hours_per_year) *
                              context.constant<Ratio>(horizon_years);
  in.running_power = device->running_power;
  in.lifetime = device->lifetime;
  in.embodied = device->embodied;
  in.reserved =
      owned_reservation(context, spec.device, *device, stage_key, where_text).value_or(in.hours);
  in.site = std::move(device->site);
  return in;
}

}  // namespace empreinte
