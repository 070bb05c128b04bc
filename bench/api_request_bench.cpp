// The point estimate of one LLM API request: api_stage_impacts() on inputs bound once, every
// array of one sample. Target < 1 µs (docs/performance.md). The heap allocations per call are
// counted beside the time, since with one sample they, not the arithmetic, are the cost.
#include <benchmark/benchmark.h>

#include <variant>

#include "bench/allocation_counter.h"
#include "bench/bench_inputs.h"
#include "engine/models/api_stage.h"
#include "engine/resolve/resolver.h"

namespace empreinte::bench {
namespace {

// The inputs of the one stage of bench/api-request.toml, bound as run() binds them.
ApiInputs api_request_inputs() {
  static const ProjectSpec project = bench_project("api-request.toml");
  Diagnostics diagnostics;
  Sampler point_run(0, 0);
  const ResolvedProject resolved =
      resolve_project(project, bundled_factors(), point_run, diagnostics);
  if (diagnostics.has_errors()) std::abort();
  return std::get<ApiInputs>(resolved.options.at(0).stages.at(0).inputs);
}

void BM_ApiRequestPoint(benchmark::State& state) {
  const ApiInputs inputs = api_request_inputs();
  const std::size_t before = allocations();
  for (auto _ : state) {
    StageImpacts impacts = api_stage_impacts(inputs);
    benchmark::DoNotOptimize(impacts);
  }
  if (allocations_counted()) {
    state.counters["allocs_per_call"] = benchmark::Counter(
        static_cast<double>(allocations() - before), benchmark::Counter::kAvgIterations);
  }
}
BENCHMARK(BM_ApiRequestPoint);

// The cost of one heap allocation and release of one double, as an Eigen one-sample array
// makes: the unit that BM_ApiRequestPoint's time is mostly made of.
void BM_OneSampleArray(benchmark::State& state) {
  for (auto _ : state) {
    Samples one = Samples::Constant(1, 1.0);
    benchmark::DoNotOptimize(one.data());
  }
}
BENCHMARK(BM_OneSampleArray);

}  // namespace
}  // namespace empreinte::bench

BENCHMARK_MAIN();
