#pragma once
/// @file lots_view.h
/// The "Lots" section: for each lot of the tender, what each option totals and what the lot adds
/// to the one before, with ranges. Climate change and cost get full tables (intervals under each
/// figure); the other criteria a compact one.

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// Mustache view of `report.lots`: `has_lots`, `lots` (the column heads), `main` (one table per
/// criterion with intervals: climate change, cost) and `compact` (the other criteria, central
/// values only).
mstch::map lots_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
