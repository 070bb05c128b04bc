#pragma once
/// @file bench_inputs.h
/// What the benchmarks share: the bundled factor set, loaded once, and the bench/ projects read
/// and checked once, outside the timed loops.

#include <string>

#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"

namespace empreinte::bench {

/// The bundled factor set, loaded on first use. Aborts the benchmark run if it has errors.
const FactorSet& bundled_factors();

/// The text of `name`, a file of bench/.
std::string bench_file_text(const std::string& name);

/// The project of bench/`name`, read and checked. Aborts with the diagnostics if it has errors.
ProjectSpec bench_project(const std::string& name);

}  // namespace empreinte::bench
