#pragma once
/// @file comparison.h
/// The comparison a committee decides on: per criterion the options ranked, each with its
/// difference to the best one and the range of that difference; the options another option
/// Pareto-dominates; and, when the project states award weights, one score per option with the
/// scoring method. Computed by engine/pipeline/comparison.cpp; writers only format it.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/criteria.h"
#include "engine/core/source_location.h"
#include "reports/model/figure.h"

namespace empreinte::report {

/// Two options compared draw by draw (common random numbers).
struct OptionPair {
  /// Id of the first option (input order).
  std::string first;
  /// Id of the second option.
  std::string second;
  /// Per criterion, P(first's total < second's), ties counting one half.
  std::array<double, kCriterionCount> probability_first_lower{};
};

/// One option in the ranking of one criterion.
struct RankedOption {
  /// Option id.
  std::string option;
  /// 1 for the lowest central total; tied options share the rank of the first of them
  /// (1, 1, 3).
  std::size_t rank = 0;
  /// True when another option has the same central total.
  bool tied = false;
  /// Central total, in the criterion's unit.
  double value = 0.0;
  /// Central total minus the best option's, ≥ 0, in the criterion's unit.
  double difference = 0.0;
  /// The difference to the best option draw by draw (common random numbers); absent for a
  /// point run and for the best option itself.
  std::optional<FigureRange> difference_range;
  /// Share of the draws in which this option's total is the lowest, ties shared; absent for a
  /// point run.
  std::optional<double> probability_lowest;
};

/// The options ranked on one criterion, best first (input order among ties).
struct CriterionRanking {
  /// The criterion.
  Criterion criterion = kAllCriteria.front();
  /// Every option, best first.
  std::vector<RankedOption> options;
};

/// An option that Pareto-dominates another.
struct Dominator {
  /// Option id.
  std::string option;
  /// Share of the draws in which the domination holds; absent for a point run.
  std::optional<double> share_of_draws;
  /// True when `share_of_draws` reaches kRobustDominationShare.
  bool robust = false;
};

/// An option that another is at least as good as on every criterion and strictly better on one,
/// on central totals.
struct DominatedOption {
  /// Option id.
  std::string option;
  /// The options that dominate it, in input order.
  std::vector<Dominator> dominated_by;
};

/// One criterion's weight in the award score.
struct CriterionWeight {
  /// The criterion.
  Criterion criterion = kAllCriteria.front();
  /// Points out of 100 the criterion can bring.
  double weight = 0.0;
  /// "environment" when the weight is a share of the environment weight, else empty.
  std::string group;
  /// The criterion's share of its group's weight, in %; absent without a group.
  std::optional<double> share_of_group;
  /// Where the weight is written in the input (the first project's, across projects).
  SourceLocation declared_at;
};

/// One option's award score.
struct OptionScore {
  /// Option id.
  std::string option;
  /// 1 for the highest central score; tied options share a rank.
  std::size_t rank = 0;
  /// True when another option has the same central score.
  bool tied = false;
  /// Score of the central totals, points out of 100.
  double value = 0.0;
  /// The score computed draw by draw; absent for a point run.
  std::optional<FigureRange> range;
  /// Share of the draws in which this option scores highest, ties shared; absent for a point
  /// run.
  std::optional<double> probability_first;
};

/// The weighted score of the options, as a tender's award rules would compute it.
struct Scoring {
  /// Method id ("proportional").
  std::string method;
  /// The method in words, with its formula and its rule for zero values.
  std::string formula;
  /// Where the method comes from.
  std::string source;
  /// Points given to the environment as a whole, when the input splits it over criteria.
  std::optional<double> environment_weight;
  /// The weighted criteria, in kAllCriteria order.
  std::vector<CriterionWeight> weights;
  /// Every option, highest central score first.
  std::vector<OptionScore> scores;
};

/// The comparison of a report's options.
struct Comparison {
  /// One ranking per criterion, in kAllCriteria order; empty without options.
  std::vector<CriterionRanking> rankings;
  /// The Pareto-dominated options, in input order.
  std::vector<DominatedOption> dominated;
  /// The award score, when the input gives weights.
  std::optional<Scoring> scoring;
};

}  // namespace empreinte::report
