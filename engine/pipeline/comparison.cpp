#include "engine/pipeline/comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "engine/core/check.h"
#include "engine/pipeline/figures.h"
#include "engine/pipeline/scoring.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte {
namespace {

// Relative tolerance of same_value().
constexpr double kRelativeTolerance = 1e-9;

// The ranking of one criterion: central totals ranked, each option's difference to the best
// draw by draw.
report::CriterionRanking rank_criterion(const std::vector<ComparedOption>& options, Criterion c) {
  const std::size_t k = index_of(c);
  std::vector<double> central;
  std::vector<const Samples*> samples;
  for (const ComparedOption& option : options) {
    central.push_back(option.totals[k](0));
    samples.push_back(&option.totals[k]);
  }
  const Ranking ranking = rank_values(central, true);
  const std::vector<double> lowest = probability_extreme(samples, true);
  const std::size_t best = ranking.order.front();
  report::CriterionRanking out;
  out.criterion = c;
  for (const std::size_t i : ranking.order) {
    report::RankedOption ranked;
    ranked.option = options[i].id;
    ranked.rank = ranking.rank[i];
    ranked.tied = ranking.tied[i];
    ranked.value = central[i];
    ranked.difference = central[i] - central[best];
    if (i != best) {
      // The difference of each draw, not the difference of two summaries: the options share
      // their draws, so the spread of the difference is narrower than either spread.
      ranked.difference_range = range_of(*samples[i] - *samples[best]);
    }
    if (!lowest.empty()) ranked.probability_lowest = lowest[i];
    out.options.push_back(std::move(ranked));
  }
  return out;
}

// Whether `a` is at least as good as `b` on every criterion and strictly better on one, in
// sample `s`.
bool dominates(const ComparedOption& a, const ComparedOption& b, Eigen::Index s) {
  bool strictly_better = false;
  for (const Criterion c : kAllCriteria) {
    const double x = a.totals[index_of(c)](s);
    const double y = b.totals[index_of(c)](s);
    if (same_value(x, y)) continue;
    if (x > y) return false;
    strictly_better = true;
  }
  return strictly_better;
}

std::vector<report::DominatedOption> dominated_options(const std::vector<ComparedOption>& options) {
  std::vector<report::DominatedOption> out;
  for (const ComparedOption& candidate : options) {
    report::DominatedOption dominated{candidate.id, {}};
    for (const ComparedOption& other : options) {
      if (&other == &candidate || !dominates(other, candidate, 0)) continue;
      report::Dominator dominator{other.id, std::nullopt, false};
      const Eigen::Index size = candidate.totals.front().size();
      if (size > 1) {
        Eigen::Index holds = 0;
        for (Eigen::Index s = 1; s < size; ++s) holds += dominates(other, candidate, s) ? 1 : 0;
        const double share = static_cast<double>(holds) / static_cast<double>(size - 1);
        dominator.share_of_draws = share;
        dominator.robust = share >= kRobustDominationShare;
      }
      dominated.dominated_by.push_back(std::move(dominator));
    }
    if (!dominated.dominated_by.empty()) out.push_back(std::move(dominated));
  }
  return out;
}

}  // namespace

std::array<Samples, kCriterionCount> criterion_samples(const Impacts& total, double divisor) {
  std::array<Samples, kCriterionCount> out;
  for (const Criterion c : kAllCriteria) out[index_of(c)] = total.samples(c) / divisor;
  return out;
}

bool same_value(double a, double b) {
  return std::abs(a - b) <= kRelativeTolerance * std::max(std::abs(a), std::abs(b));
}

Ranking rank_values(const std::vector<double>& values, bool lowest_first) {
  Ranking out;
  out.order.resize(values.size());
  std::iota(out.order.begin(), out.order.end(), std::size_t{0});
  const auto better = [&](std::size_t a, std::size_t b) {
    if (same_value(values[a], values[b])) return a < b;
    return lowest_first ? values[a] < values[b] : values[a] > values[b];
  };
  std::stable_sort(out.order.begin(), out.order.end(), better);
  out.rank.assign(values.size(), 0);
  out.tied.assign(values.size(), false);
  std::size_t first = 0;  // position in `order` of the first value of the current group
  for (std::size_t position = 0; position < out.order.size(); ++position) {
    const std::size_t i = out.order[position];
    if (!same_value(values[i], values[out.order[first]])) first = position;
    out.rank[i] = first + 1;
    if (position != first) out.tied[i] = out.tied[out.order[first]] = true;
  }
  return out;
}

std::vector<double> probability_extreme(const std::vector<const Samples*>& samples,
                                        bool lowest_first) {
  if (samples.empty() || samples.front()->size() <= 1) return {};
  const Eigen::Index size = samples.front()->size();
  for (const Samples* array : samples) {
    EMPREINTE_CHECK(array->size() == size, "compared options share their draws");
  }
  // The extreme of each draw over the options, then each option's share of the draws where it
  // holds it (a draw held by k options counts 1/k for each).
  Samples extreme = samples.front()->tail(size - 1);
  for (const Samples* array : samples) {
    if (lowest_first) {
      extreme = extreme.min(array->tail(size - 1));
    } else {
      extreme = extreme.max(array->tail(size - 1));
    }
  }

  std::vector<std::uint32_t> holders(static_cast<std::size_t>(size - 1), 0);
  std::vector<std::vector<std::uint8_t>> holds(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const double* x = samples[i]->data() + 1;
    holds[i].resize(holders.size());
    for (std::size_t s = 0; s < holders.size(); ++s) {
      holds[i][s] = same_value(x[s], extreme(static_cast<Eigen::Index>(s))) ? 1 : 0;
      holders[s] += holds[i][s];
    }
  }
  // Each option's sum runs over the draws in order; the options' sums advance side by side, so
  // that each addition need not wait for the one before it.
  std::vector<double> out(samples.size(), 0.0);
  for (std::size_t s = 0; s < holders.size(); ++s) {
    const double share = 1.0 / static_cast<double>(holders[s]);
    for (std::size_t i = 0; i < samples.size(); ++i) {
      if (holds[i][s] != 0) out[i] += share;
    }
  }
  for (double& probability : out) probability /= static_cast<double>(size - 1);
  return out;
}

report::Comparison compare_options(const std::vector<ComparedOption>& options,
                                   const std::optional<AwardSpec>& award) {
  report::Comparison out;
  if (options.empty()) return out;
  for (const Criterion c : kAllCriteria) out.rankings.push_back(rank_criterion(options, c));
  out.dominated = dominated_options(options);
  if (award) out.scoring = score_options(options, *award);
  return out;
}

std::vector<report::OptionPair> option_pairs(const std::vector<ComparedOption>& options) {
  std::vector<report::OptionPair> out;
  if (options.empty() || options.front().totals[0].size() < 2) return out;
  for (std::size_t a = 0; a < options.size(); ++a) {
    for (std::size_t b = a + 1; b < options.size(); ++b) {
      report::OptionPair pair{options[a].id, options[b].id, {}};
      for (const Criterion c : kAllCriteria) {
        pair.probability_first_lower[index_of(c)] =
            probability_lower(options[a].totals[index_of(c)], options[b].totals[index_of(c)]);
      }
      out.push_back(std::move(pair));
    }
  }
  return out;
}

}  // namespace empreinte
