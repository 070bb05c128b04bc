#pragma once
/// @file benefits_view.h
/// The "Benefits" section: for each option that declares benefits, what each benefit avoids,
/// the impacts induced against those avoided, the net balance, and when (if ever) the option
/// pays back each footprint, said in words.

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// Mustache view of the benefits of every option that has some: `has_benefits` and `options`,
/// each with its benefits, one row per criterion (induced, avoided, net, payback) and the
/// payback of its carbon footprint and of its cost in sentences.
mstch::map benefits_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
