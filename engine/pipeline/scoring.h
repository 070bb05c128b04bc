#pragma once
/// @file scoring.h
/// The award score of options under a tender's weights: the proportional method French buyers
/// use for a lower-is-better criterion (docs/methodology.md, "Comparison and scoring").

#include <string_view>
#include <vector>

#include "engine/domain/project_spec.h"
#include "engine/pipeline/comparison.h"
#include "reports/model/comparison.h"

namespace empreinte {

/// Method id of the proportional scoring, as the report names it.
inline constexpr std::string_view kProportionalMethod = "proportional";

/// The share of a criterion's weight an option earns under the proportional method: 1 when
/// `value` is the best (lowest) value or equals it, else `best` ÷ `value`; when the best value
/// is zero or below, every worse value earns 0 (the limit of best ÷ value as best falls to 0).
double proportional_mark(double best, double value);

/// The scores of `options` (at least one, every array of the same size) under `award`: central
/// scores ranked highest first, and for a Monte Carlo run the score of each draw, its range and
/// the probability of each option to score highest.
report::Scoring score_options(const std::vector<ComparedOption>& options, const AwardSpec& award);

}  // namespace empreinte
