#pragma once
/// @file figure_text.h
/// A figure of the report model as page text: its central value and, for a Monte Carlo run, its
/// 90 % interval (5th to 95th percentile) and mean. Every number goes through format_display.

#include <mstch/mstch.hpp>
#include <string>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// `fraction` (0–1, a share or a probability) as a percentage in the page's language
/// ("46.3%", "46,3 %"), three significant figures like every figure of the page.
std::string percent_text(double fraction, const Catalogue& catalogue);

/// A rate the project or the factor tables state (0.032 for 3.2 %) as a percentage, exact rather
/// than rounded to three figures ("3.2%", "3,2 %"): the decimal point of its exact text is moved
/// two places, so no product of doubles adds digits the source never had.
std::string rate_percent_text(double rate, const Catalogue& catalogue);

/// The 90 % interval of `figure` as "low–high" ("156–545", "-15,700 – -7,140" with thin spaces
/// when a bound is negative); empty for a point figure and for a figure the draws do not move at
/// the page's precision (5th and 95th percentiles print alike).
std::string interval_text(const Figure& figure, Language language);

/// Mustache view of one figure: `value`, and `has_range`, `interval` ("156–545"), its bounds
/// `low` and `high`, the `dash` between them and `mean` ("mean 300") when the figure has a range
/// that shows.
mstch::map figure_view(const Figure& figure, const Catalogue& catalogue);

/// `figure` in one sentence part: "188 kgCO2e (90% interval 156–545; mean 300)", or "188 kgCO2e"
/// for a point figure or one the draws do not move.
std::string figure_with_range(const Figure& figure, const std::string& unit,
                              const Catalogue& catalogue);

}  // namespace empreinte::report::html
