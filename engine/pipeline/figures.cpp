#include "engine/pipeline/figures.h"

#include "engine/uncertainty/statistics.h"

namespace empreinte {

std::optional<report::FigureRange> range_of(const Samples& samples) {
  const std::optional<SampleSummary> summary = summarize(samples);
  if (!summary) return std::nullopt;
  return report::FigureRange{summary->mean, summary->p5, summary->p50, summary->p95,
                             summary->standard_error};
}

report::Figure figure_of(const Samples& samples) { return {samples(0), range_of(samples)}; }

report::ImpactSet figures_of(const Impacts& impacts) {
  report::ImpactSet out;
  for (const Criterion c : kAllCriteria) out[c] = figure_of(impacts.samples(c));
  return out;
}

}  // namespace empreinte
