#pragma once
/// @file comparison.h
/// Compares options draw by draw: per criterion the options ranked with the range of their
/// difference to the best, the Pareto-dominated options, and the award score (scoring.h). As
/// everywhere in the engine, sample 0 of an array is the central value and samples 1…N are the
/// Monte Carlo draws, the same draws for every option (common random numbers).

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/criteria.h"
#include "engine/core/samples.h"
#include "engine/domain/project_spec.h"
#include "engine/models/impacts.h"
#include "reports/model/comparison.h"

namespace empreinte {

/// One option as the comparison sees it: a name and the samples of its total.
struct ComparedOption {
  /// Its name in the comparison: the option id in a report, "project-id/option-id" across
  /// projects.
  std::string id;
  /// Per criterion, in kAllCriteria order, the samples of the total in the criterion's unit.
  std::array<Samples, kCriterionCount> totals;
};

/// Share of the draws from which a Pareto domination is called robust.
inline constexpr double kRobustDominationShare = 0.95;

/// Per criterion, the samples of `total` divided by `divisor` (per year, per functional unit).
std::array<Samples, kCriterionCount> criterion_samples(const Impacts& total, double divisor = 1.0);

/// Whether two values count as equal: within a relative 1e-9, which absorbs the rounding of
/// sums taken in another order; two zeros are equal.
bool same_value(double a, double b);

/// Ranks of values, best first.
struct Ranking {
  /// Indices of the values, best first; input order among equal values.
  std::vector<std::size_t> order;
  /// Rank of each value (by input index): 1 for the best, equal values share the rank of the
  /// first of them (1, 1, 3).
  std::vector<std::size_t> rank;
  /// Whether each value (by input index) shares its rank with another.
  std::vector<bool> tied;
};

/// The ranking of `values`, the lowest best when `lowest_first`, else the highest.
Ranking rank_values(const std::vector<double>& values, bool lowest_first);

/// Per array, the share of the draws (samples 1…N) in which it holds the lowest value (or the
/// highest when `lowest_first` is false), a draw's equal values sharing it. Empty for a point
/// run. Every array has the same size.
std::vector<double> probability_extreme(const std::vector<const Samples*>& samples,
                                        bool lowest_first);

/// The rankings and dominated options of `options` (every array of the same size), and the
/// award score when `award` is given. Empty for no option.
report::Comparison compare_options(const std::vector<ComparedOption>& options,
                                   const std::optional<AwardSpec>& award);

/// Every pair of `options` (in their order) compared draw by draw: per criterion, P(first's total
/// < second's), ties counting one half. Empty for a point run.
std::vector<report::OptionPair> option_pairs(const std::vector<ComparedOption>& options);

}  // namespace empreinte
