#pragma once
/// @file uncertainty_view.h
/// The Monte Carlo parts of a report page besides sensitivity: the pairwise comparison of the
/// options, worded for a committee, and the method box (draws, seed, sampling, fixed factors,
/// warnings, every value drawn). Both are empty for a point run.

#include <mstch/mstch.hpp>
#include <optional>
#include <string>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// Catalogue key of the words for P(first option lower) = `probability`: "almost certainly
/// lower" from 95 %, "likely lower" from 80 %, the same for "higher" at 5 % and 20 %, else "no
/// clear difference".
std::string verdict_key(double probability);

/// The comparison view: the thresholds sentence and, per pair of options, one row per criterion
/// with the probability and its words.
mstch::map comparison_view(const Report& report, const Catalogue& catalogue);

/// The method box: how the ranges were drawn and the table of drawn values.
mstch::map method_view(const Report& report, const Catalogue& catalogue);

/// The distribution of a factor or drawn value in words: "triangular", "lognormal, gsd 1.5".
std::string distribution_text(const std::string& shape, const std::optional<double>& spread,
                              const Catalogue& catalogue);

}  // namespace empreinte::report::html
