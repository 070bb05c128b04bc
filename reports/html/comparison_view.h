#pragma once
/// @file comparison_view.h
/// The decision part of the "Comparing options" section: per criterion the options ranked with
/// their difference to the best one and P(lowest), the Pareto-dominated options, and the award
/// scores with their weights, formula and source. The pairwise probabilities of the same section
/// come from uncertainty_view.h. Point runs show ranks and differences without ranges.

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// Mustache view of `report.comparison`: `rankings` (one table per criterion, with `unsettled`
/// when the first-ranked option is lowest in under half of the draws), `has_dominated` and
/// `dominated`, `has_scoring` and `scoring` (weights, scores with whiskers, formula, source).
mstch::map decision_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
