#include "engine/pipeline/figures.h"

#include "engine/uncertainty/statistics.h"

namespace empreinte {

std::optional<report::FigureRange> range_of(const Samples& samples, std::vector<double>& scratch) {
  const std::optional<SampleSummary> summary = summarize(samples, scratch);
  if (!summary) return std::nullopt;
  return report::FigureRange{summary->mean, summary->p5, summary->p50, summary->p95,
                             summary->standard_error};
}

report::Figure figure_of(const Samples& samples, std::vector<double>& scratch) {
  return {samples(0), range_of(samples, scratch)};
}

report::ImpactSet figures_of(const Impacts& impacts, std::vector<double>& scratch) {
  report::ImpactSet out;
  for (const Criterion c : kAllCriteria) out[c] = figure_of(impacts.samples(c), scratch);
  return out;
}

}  // namespace empreinte
