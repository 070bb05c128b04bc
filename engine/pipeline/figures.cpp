#include "engine/pipeline/figures.h"

#include "engine/uncertainty/statistics.h"

namespace empreinte {

report::Figure figure_of(const Samples& samples, std::vector<double>& scratch) {
  report::Figure out;
  out.value = samples(0);
  if (const std::optional<SampleSummary> summary = summarize(samples, scratch)) {
    out.range = report::FigureRange{summary->mean, summary->p5, summary->p50, summary->p95,
                                    summary->standard_error};
  }
  return out;
}

report::ImpactSet figures_of(const Impacts& impacts, std::vector<double>& scratch) {
  report::ImpactSet out;
  for (const Criterion c : kAllCriteria) out[c] = figure_of(impacts.samples(c), scratch);
  return out;
}

}  // namespace empreinte
