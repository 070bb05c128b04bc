#pragma once
/// @file sensitivity_view.h
/// The "what drives the figures" section of a Monte Carlo report: per option, the top drivers
/// of its climate-change total in words and as a tornado chart, and the top drivers of the other
/// criteria in a table. Shares of variance are the report model's first-order indices.

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// How a driver is named in a sentence: its label in quotes for a factor ("“Grid carbon
/// intensity, France”"), "the value of pue at file.toml:12:7" for a user input.
std::string driver_name(const Driver& driver, const Catalogue& catalogue);

/// The top drivers of one figure in words, as phrase parts (labels of factors are English):
/// "This figure depends most on … — 45% of its variance — then on … (20%)."
mstch::array driver_sentence(const std::vector<Driver>& drivers, const Catalogue& catalogue);

/// True when the listed drivers, each taken alone, explain less than the share under which the
/// page says that interactions or unlisted inputs carry the rest.
bool drivers_explain_little(const std::vector<Driver>& drivers);

/// One entry per option: its title, the sentence, the tornado chart of its climate-change total
/// and the table of the top drivers of the other criteria. Empty for a point run.
mstch::array sensitivity_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
