#pragma once
/// @file figures.h
/// Samples into report figures: the central value (sample 0) and, for a Monte Carlo run, the
/// statistics of the draws. The one place the pipeline summarises samples.

#include <optional>

#include "engine/core/samples.h"
#include "engine/models/impacts.h"
#include "reports/model/report.h"

namespace empreinte {

/// What the draws of `samples` (samples 1…N) say, or nullopt for a point run.
std::optional<report::FigureRange> range_of(const Samples& samples);

/// The figure of `samples`: its central value (sample 0) and its range.
report::Figure figure_of(const Samples& samples);

/// The figure of every criterion of `impacts`.
report::ImpactSet figures_of(const Impacts& impacts);

}  // namespace empreinte
