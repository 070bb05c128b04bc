// Whole-project benchmarks on bench/project-4x6.toml (4 options × 6 stages, every stage kind):
// run() as a point estimate (0 draws), at 1,000 and 10,000 samples, and the phases around it timed
// apart (parsing, the writers), so that a batch's time can be read as the sum of its parts.
// docs/performance.md.
#include <benchmark/benchmark.h>

#include "bench/allocation_counter.h"
#include "bench/bench_inputs.h"
#include "engine/input/project_reader.h"
#include "engine/pipeline/run.h"
#include "reports/html/html_writer.h"
#include "reports/xml/xml_writer.h"

namespace empreinte::bench {
namespace {

constexpr const char* kProjectFile = "project-4x6.toml";

const ProjectSpec& bench_4x6() {
  static const ProjectSpec project = bench_project(kProjectFile);
  return project;
}

report::Report point_report() {
  Diagnostics diagnostics;
  std::optional<report::Report> out =
      run(bench_4x6(), bundled_factors(), RunOptions{}, diagnostics);
  if (!out) std::abort();
  return *out;
}

// run(): resolution (binding every factor, drawing the samples) + the stage models + the
// report model. Parsing is excluded (BM_ProjectParse), and so are the writers.
void BM_ProjectMonteCarlo(benchmark::State& state) {
  const ProjectSpec& project = bench_4x6();
  const FactorSet& factors = bundled_factors();
  RunOptions options;
  options.samples = static_cast<decltype(options.samples)>(state.range(0));
  const std::size_t before = allocations();
  for (auto _ : state) {
    Diagnostics diagnostics;
    std::optional<report::Report> report = run(project, factors, options, diagnostics);
    if (!report) state.SkipWithError("the bench project was rejected");
    benchmark::DoNotOptimize(report);
  }
  state.counters["samples"] = static_cast<double>(options.samples);
  if (allocations_counted()) {
    state.counters["allocs_per_run"] = benchmark::Counter(
        static_cast<double>(allocations() - before), benchmark::Counter::kAvgIterations);
  }
}
BENCHMARK(BM_ProjectMonteCarlo)->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// read_project(): TOML parsing and the schema checks of one 4 × 6 project.
void BM_ProjectParse(benchmark::State& state) {
  const std::string text = bench_file_text(kProjectFile);
  const std::string file = std::string("bench/") + kProjectFile;
  for (auto _ : state) {
    Diagnostics diagnostics;
    ProjectSpec project = read_project(text, file, diagnostics);
    benchmark::DoNotOptimize(project);
  }
}
BENCHMARK(BM_ProjectParse)->Unit(benchmark::kMicrosecond);

// The XML writer: DOM, serialisation and the XSD check of the point report.
void BM_XmlReport(benchmark::State& state) {
  const report::Report report = point_report();
  const report::XmlWriter writer;
  for (auto _ : state) benchmark::DoNotOptimize(writer.write(report));
}
BENCHMARK(BM_XmlReport)->Unit(benchmark::kMicrosecond);

// The HTML writer (mstch templates, inline SVG) on the point report.
void BM_HtmlReport(benchmark::State& state) {
  const report::Report report = point_report();
  const report::HtmlWriter writer(report::Language::kEnglish);
  for (auto _ : state) benchmark::DoNotOptimize(writer.write_report(report));
}
BENCHMARK(BM_HtmlReport)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace empreinte::bench

BENCHMARK_MAIN();
