#include "engine/models/embodied_stage.h"

namespace empreinte {

StageImpacts embodied_stage_impacts(const EmbodiedInputs& in) {
  const Samples one = Samples::Ones(in.count.samples().size());
  const Ratio unity(one);
  const EmbodiedFactors& m = in.manufacturing;
  const EmbodiedFactors with_end_of_life{m.gwp * (unity + in.end_of_life.gwp),
                                         m.primary_energy * (unity + in.end_of_life.primary_energy),
                                         m.adpe * (unity + in.end_of_life.adpe),
                                         m.water * (unity + in.end_of_life.water)};
  StageImpacts out;
  out.use = Impacts::zero(one.size());
  const Ratio allocation = in.count * in.borne;
  out.embodied = embodied_impacts(with_end_of_life, allocation);
  out.flows = {
      {"devices", in.count.central(), "device"},
      {"embodied_allocation", allocation.central(), "device"},
  };
  out.devices = in.count;
  out.reserved_device_hours = Duration(Samples::Zero(one.size()));
  return out;
}

}  // namespace empreinte
