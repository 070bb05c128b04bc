#pragma once
/// @file comparison_table.h
/// The plain-text table `empreinte compare` prints: per criterion the options ranked, each with
/// its central value, 90 % interval and difference to the best; a summary of ranks and
/// dominated options; the scores when the projects give award weights. English, three
/// significant figures (number_format.h). Formatting only.

#include <string>

#include "reports/model/cross_comparison.h"

namespace empreinte::report {

/// The text of the comparison table, lines ending in "\n".
std::string comparison_table(const CrossComparison& comparison);

}  // namespace empreinte::report
