#include "engine/resolve/embodied_binding.h"

#include <algorithm>

#include "engine/core/criteria.h"
#include "engine/resolve/device_binding.h"

namespace empreinte {
namespace {

// The end-of-life share of one criterion (`default/end_of_life_share_<suffix>`), or zero,
// stated, when the factor set has none.
Ratio end_of_life_share(BindingContext& context, Criterion criterion, std::string_view suffix) {
  const std::string id = "end_of_life_share_" + std::string(suffix);
  if (const Factor* share = context.factors().parameter(id)) return context.bind<Ratio>(*share);
  const std::string name(criterion_id(criterion));
  context.assume("end-of-life-not-sourced", name, {{"criterion", name}},
                 "No sourced end-of-life share for the criterion '" + name +
                     "': the end of life of bought hardware counts as zero for it.");
  return context.constant<Ratio>(0.0);
}

}  // namespace

std::optional<EmbodiedInputs> bind_embodied_stage(BindingContext& context, const OptionSpec& option,
                                                  const StageSpec& stage,
                                                  const EmbodiedStageSpec& spec) {
  const FactorRow* device =
      context.find_row(FactorTable::kHardware, spec.hardware, "hardware", "hardware");
  if (device == nullptr) return std::nullopt;
  const std::string stage_key = option.id.value + "/" + stage.id.value;
  const std::string where_text =
      "stage '" + stage.id.value + "' of option '" + option.id.value + "'";
  EmbodiedInputs in;
  in.count = context.constant<Ratio>(static_cast<double>(spec.count.value));
  in.manufacturing = bind_embodied(context, *device);
  if (device->field("embodied_scope") == "cradle-to-grave") {
    // The device's figures already include its end of life: adding a share would count it twice.
    const Ratio none = context.constant<Ratio>(0.0);
    in.end_of_life = {none, none, none, none};
    context.assume("end-of-life-included", device->id,
                   {{"device", std::string(device->field("name"))}},
                   "The manufacturing figures of " + std::string(device->field("name")) +
                       " are cradle-to-grave: they already include its end of life.");
  } else {
    in.end_of_life = {end_of_life_share(context, Criterion::kGwp, "gwp"),
                      end_of_life_share(context, Criterion::kPrimaryEnergy, "pe"),
                      end_of_life_share(context, Criterion::kAdpe, "adpe"),
                      end_of_life_share(context, Criterion::kWater, "water")};
  }
  if (spec.whole.value) {
    in.borne = context.constant<Ratio>(1.0);
    context.assume("allocation-whole", stage_key, stage_params(stage_key),
                   "Hardware bought for " + where_text +
                       " and not reused after it: the project bears its whole manufacturing and "
                       "end of life.");
    return in;
  }
  std::optional<BoundLifetime> life =
      bind_lifetime(context, spec.lifetime, device, spec.hardware.where);
  if (!life) return std::nullopt;
  const Duration held = owned_for_horizon(context, life->hours, stage_key, where_text);
  in.borne = held / context.constant<Duration>(life->hours);
  return in;
}

}  // namespace empreinte
