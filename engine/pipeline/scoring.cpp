#include "engine/pipeline/scoring.h"

#include <algorithm>
#include <cmath>

#include "engine/core/check.h"
#include "engine/core/criterion_groups.h"
#include "engine/pipeline/figures.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte {
namespace {

// Points of the whole score: weights are written in % of it.
constexpr double kFullScore = 100.0;

constexpr const char* kFormula =
    "Each weighted criterion is marked as in the classic (proportional) method of scoring a "
    "price: mark = weight × lowest total / option's total, where the lowest total is that of "
    "the best option on the criterion and the weight is in points out of 100; the score is the "
    "sum of the marks. An option whose total equals the lowest gets the whole weight; when the "
    "lowest total is zero, every other option gets 0 on that criterion (the limit of the ratio). "
    "The range applies the same formula to each Monte Carlo draw, the lowest total taken within "
    "the draw.";

constexpr const char* kSource =
    "Direction des affaires juridiques (DAJ), French Ministry of the Economy: fiche « Les "
    "méthodes de notation du critère prix dans les marchés publics » (2024), méthode dite "
    "classique, note = barème × prix le plus bas / prix de l'offre; "
    "https://www.economie.gouv.fr/daj/methodes-notation-critere-prix-outil-pratique";

// The score of every option in sample `s`: the sum over weighted criteria of weight × mark.
void score_sample(const std::vector<ComparedOption>& options,
                  const std::vector<report::CriterionWeight>& weights, Eigen::Index s,
                  std::vector<Samples>& scores) {
  for (const report::CriterionWeight& weight : weights) {
    const std::size_t k = index_of(weight.criterion);
    double best = options.front().totals[k](s);
    for (const ComparedOption& option : options) best = std::min(best, option.totals[k](s));
    for (std::size_t i = 0; i < options.size(); ++i) {
      scores[i](s) += weight.weight * proportional_mark(best, options[i].totals[k](s));
    }
  }
}

std::vector<report::CriterionWeight> weights_of(const AwardSpec& award) {
  std::vector<report::CriterionWeight> out;
  for (const CriterionWeightSpec& spec : award.weights) {
    report::CriterionWeight weight;
    weight.criterion = spec.criterion;
    // Weights are decimal figures a tender states; a product such as 40 % × 20 % must print as
    // 8, not as the binary rounding 8.000000000000002.
    weight.weight = std::round(spec.weight.value * kFullScore * 1e9) / 1e9;
    if (spec.share_of_environment) {
      weight.group = kEnvironmentGroup;
      weight.share_of_group = spec.share_of_environment->value * kFullScore;
      weight.declared_at = spec.share_of_environment->where;
    } else {
      weight.declared_at = spec.weight.where;
    }
    out.push_back(std::move(weight));
  }
  return out;
}

}  // namespace

double proportional_mark(double best, double value) {
  if (value <= best || same_value(value, best)) return 1.0;
  if (best <= 0.0) return 0.0;
  return best / value;
}

report::Scoring score_options(const std::vector<ComparedOption>& options, const AwardSpec& award) {
  EMPREINTE_CHECK(!options.empty(), "scoring needs an option");
  report::Scoring out;
  out.method = kProportionalMethod;
  out.formula = kFormula;
  out.source = kSource;
  if (award.environment) out.environment_weight = award.environment->value * kFullScore;
  out.weights = weights_of(award);

  const Eigen::Index size = options.front().totals.front().size();
  std::vector<Samples> scores(options.size(), Samples::Zero(size));
  for (Eigen::Index s = 0; s < size; ++s) score_sample(options, out.weights, s, scores);

  std::vector<double> central;
  std::vector<const Samples*> arrays;
  for (const Samples& score : scores) {
    central.push_back(score(0));
    arrays.push_back(&score);
  }
  const Ranking ranking = rank_values(central, false);
  const std::vector<double> first = probability_extreme(arrays, false);
  for (const std::size_t i : ranking.order) {
    report::OptionScore score;
    score.option = options[i].id;
    score.rank = ranking.rank[i];
    score.tied = ranking.tied[i];
    score.value = central[i];
    score.range = range_of(scores[i]);
    if (!first.empty()) score.probability_first = first[i];
    out.scores.push_back(std::move(score));
  }
  return out;
}

}  // namespace empreinte
