#include "bench/bench_inputs.h"

#include <cstdlib>
#include <iostream>

#include "engine/core/allocator_tuning.h"
#include "engine/core/atomic_file.h"
#include "engine/core/diagnostics.h"
#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"

namespace empreinte::bench {
namespace {

// The benchmarks measure the engine as the command line runs it, with freed sample arrays kept
// in the process (engine/core/allocator_tuning.h).
[[maybe_unused]] const bool kAllocatorTuned = [] {
  keep_freed_memory_for_samples();
  return true;
}();

// Prints `diagnostics` and stops: a benchmark of a rejected input measures nothing.
void stop_on_errors(const Diagnostics& diagnostics, const SourceCache& sources) {
  if (!diagnostics.has_errors()) return;
  std::cerr << render_all(diagnostics, sources);
  std::exit(EXIT_FAILURE);
}

}  // namespace

const FactorSet& bundled_factors() {
  static const FactorSet factors = [] {
    Diagnostics diagnostics;
    SourceCache sources;
    FactorSet loaded = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
    stop_on_errors(diagnostics, sources);
    return loaded;
  }();
  return factors;
}

std::string bench_file_text(const std::string& name) {
  return read_text_file(std::string(EMPREINTE_SOURCE_DIR) + "/bench/" + name);
}

ProjectSpec bench_project(const std::string& name) {
  const std::string file = "bench/" + name;
  const std::string text = bench_file_text(name);
  Diagnostics diagnostics;
  SourceCache sources;
  sources.add(file, text);
  ProjectSpec project = read_project(text, file, diagnostics);
  stop_on_errors(diagnostics, sources);
  return project;
}

}  // namespace empreinte::bench
