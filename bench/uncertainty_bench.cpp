// The parts of a Monte Carlo run that work on whole sample arrays, timed apart at 10,000 draws:
// drawing a variable, summarising an array (mean, percentiles, standard error) and ranking the
// drivers of an output. BM_ProjectMonteCarlo/10000 spends most of its time in these; this is
// where their cost per array is read. docs/performance.md.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/criteria.h"
#include "engine/uncertainty/sampler.h"
#include "engine/uncertainty/sensitivity.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte::bench {
namespace {

constexpr std::uint32_t kDraws = 10000;

Distribution triangular(double low, double mode, double high) {
  return {DistributionShape::kTriangular, mode, low, high, 0.0};
}

// `count` triangular variables drawn on one sampler, and an output that is their product.
struct Drawn {
  Sampler sampler{kDraws, 1};
  Samples output = Samples::Ones(kDraws + 1);

  explicit Drawn(std::size_t count) {
    for (std::size_t v = 0; v < count; ++v) {
      const auto spread = 0.1 * static_cast<double>(v + 1);
      output *= *sampler.draw("v" + std::to_string(v), "", VariableOrigin::kFactor, "1",
                              triangular(1.0 - spread / 2, 1.0, 1.0 + spread));
    }
  }
};

// One variable's draws: the stratum shuffle, the uniform draws and the quantile function.
void BM_SamplerDraw(benchmark::State& state) {
  const Distribution d = triangular(0.5, 1.0, 3.0);
  for (auto _ : state) {
    Sampler sampler(kDraws, 1);
    benchmark::DoNotOptimize(sampler.draw("x", "", VariableOrigin::kFactor, "1", d));
  }
}
BENCHMARK(BM_SamplerDraw)->Unit(benchmark::kMicrosecond);

// summarize() of one array: what every figure of a report costs.
void BM_Summarize(benchmark::State& state) {
  const Drawn drawn(4);
  for (auto _ : state) benchmark::DoNotOptimize(summarize(drawn.output));
}
BENCHMARK(BM_Summarize)->Unit(benchmark::kMicrosecond);

// rank_drivers() of the six criteria of an option among 20 candidate inputs.
void BM_RankDrivers(benchmark::State& state) {
  const Drawn drawn(20);
  std::array<Samples, kCriterionCount> criteria;
  std::array<const Samples*, kCriterionCount> outputs{};
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    criteria[c] = drawn.output * static_cast<double>(c + 1) + *drawn.sampler.variables()[c].samples;
    outputs[c] = &criteria[c];
  }
  std::vector<std::size_t> candidates(20);
  for (std::size_t v = 0; v < candidates.size(); ++v) candidates[v] = v;
  for (auto _ : state) {
    benchmark::DoNotOptimize(rank_drivers(outputs, drawn.sampler.variables(), candidates, 8));
  }
}
BENCHMARK(BM_RankDrivers)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace empreinte::bench

BENCHMARK_MAIN();
