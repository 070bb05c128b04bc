#include "reports/html/comparison_view.h"

#include <string>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/svg_geometry.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

// Below this share of the draws, the first-ranked option is not the lowest more often than not:
// the page says its rank is not settled.
constexpr double kSettledProbability = 0.5;

// Width of a score's whisker drawing, in user units: 100 points span it.
constexpr double kScoreWidth = 200.0;
constexpr double kScoreHeight = 14.0;
constexpr double kMaxScore = 100.0;

const OptionResult* find_option(const Report& report, const std::string& id) {
  for (const OptionResult& option : report.options) {
    if (option.id == id) return &option;
  }
  return nullptr;
}

std::string title_of(const Report& report, const std::string& id) {
  const OptionResult* option = find_option(report, id);
  if (option == nullptr || option->title.empty()) return id;
  return option->title;
}

std::string criterion_name(Criterion c, const Catalogue& catalogue) {
  return catalogue.text("criteria." + std::string(criterion_id(c)));
}

// A derived quantity of the comparison as a figure of the page, so that it prints like every
// other figure (central value, then its 90 % interval when the draws move it).
Figure as_figure(double value, const std::optional<FigureRange>& draws) {
  return Figure{value, draws};
}

mstch::map ranking_view(const Report& report, const CriterionRanking& ranking,
                        const Catalogue& catalogue) {
  const Criterion c = ranking.criterion;
  mstch::array rows;
  for (const RankedOption& ranked : ranking.options) {
    const OptionResult* option = find_option(report, ranked.option);
    const Figure total = option != nullptr ? (*option).total[c] : Figure{ranked.value, {}};
    const bool best = ranked.rank == 1;
    rows.push_back(mstch::map{
        {"rank", std::to_string(ranked.rank)},
        {"tied", ranked.tied},
        {"best", best},
        {"title", title_of(report, ranked.option)},
        {"id", ranked.option},
        {"total", figure_view(total, catalogue)},
        {"has_difference", !best || ranked.difference != 0.0},
        {"difference",
         figure_view(as_figure(ranked.difference, ranked.difference_range), catalogue)},
        {"has_probability", ranked.probability_lowest.has_value()},
        {"probability", ranked.probability_lowest
                            ? percent_text(*ranked.probability_lowest, catalogue)
                            : std::string()},
    });
  }
  std::string unsettled;
  if (!ranking.options.empty()) {
    const RankedOption& first = ranking.options.front();
    if (first.probability_lowest && *first.probability_lowest < kSettledProbability) {
      unsettled = fill(catalogue.text("ranking.unsettled"),
                       {{"option", title_of(report, first.option)},
                        {"probability", percent_text(*first.probability_lowest, catalogue)}});
    }
  }
  const std::string id(criterion_id(c));
  return mstch::map{
      {"dom_id", "ranking-" + id},
      {"name", criterion_name(c, catalogue)},
      {"unit", std::string(criterion_unit(c))},
      {"rows", rows},
      {"has_unsettled", !unsettled.empty()},
      {"unsettled", unsettled},
  };
}

mstch::array dominated_view(const Report& report, const Catalogue& catalogue) {
  mstch::array out;
  for (const DominatedOption& dominated : report.comparison.dominated) {
    mstch::array by;
    for (const Dominator& dominator : dominated.dominated_by) {
      std::string share;
      if (dominator.share_of_draws) {
        share = fill(catalogue.text(dominator.robust ? "dominated.robust" : "dominated.fragile"),
                     {{"share", percent_text(*dominator.share_of_draws, catalogue)}});
      }
      by.push_back(mstch::map{
          {"title", title_of(report, dominator.option)},
          {"id", dominator.option},
          {"has_share", !share.empty()},
          {"share", share},
          {"robust", dominator.robust},
      });
    }
    out.push_back(mstch::map{
        {"title", title_of(report, dominated.option)},
        {"id", dominated.option},
        {"by", by},
    });
  }
  return out;
}

mstch::map score_whisker(const OptionScore& score) {
  const auto x = [](double points) { return coordinate(points / kMaxScore * kScoreWidth); };
  const bool has_range = score.range.has_value();
  return mstch::map{
      {"width", coordinate(kScoreWidth)},
      {"height", coordinate(kScoreHeight)},
      {"bar", x(score.value)},
      {"has_range", has_range},
      {"p5", has_range ? x(score.range->p5) : std::string()},
      {"p95", has_range ? x(score.range->p95) : std::string()},
  };
}

mstch::map scoring_view(const Report& report, const Scoring& scoring, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  mstch::array weights;
  for (const CriterionWeight& weight : scoring.weights) {
    std::string share;
    if (weight.share_of_group) {
      share = fill(catalogue.text_or("scoring.share_" + weight.group, weight.group),
                   {{"share", fill(catalogue.text("figure.percent"),
                                   {{"value", format_input(*weight.share_of_group, language)}})}});
    }
    weights.push_back(mstch::map{
        {"name", criterion_name(weight.criterion, catalogue)},
        // Weights are the buyer's own figures: printed as written.
        {"weight", format_input(weight.weight, language)},
        {"has_share", !share.empty()},
        {"share", share},
    });
  }
  mstch::array scores;
  for (const OptionScore& score : scoring.scores) {
    scores.push_back(mstch::map{
        {"rank", std::to_string(score.rank)},
        {"tied", score.tied},
        {"title", title_of(report, score.option)},
        {"id", score.option},
        {"score", figure_view(as_figure(score.value, score.range), catalogue)},
        {"whisker", score_whisker(score)},
        {"has_probability", score.probability_first.has_value()},
        {"probability", score.probability_first ? percent_text(*score.probability_first, catalogue)
                                                : std::string()},
    });
  }
  // The method and its source in the page's language when the catalogue words the method; else
  // the engine's English.
  const std::string* formula = catalogue.find("scoring.formula_" + scoring.method);
  const std::string* source = catalogue.find("scoring.source_" + scoring.method);
  return mstch::map{
      {"has_environment", scoring.environment_weight.has_value()},
      {"environment", scoring.environment_weight
                          ? fill(catalogue.text("scoring.environment"),
                                 {{"points", format_input(*scoring.environment_weight, language)}})
                          : std::string()},
      {"weights", weights},
      {"scores", scores},
      {"has_ranges", !scoring.scores.empty() && scoring.scores.front().range.has_value()},
      {"method", catalogue.text_or("scoring.method_" + scoring.method, scoring.method)},
      {"formula", formula != nullptr ? *formula : scoring.formula},
      {"formula_en", formula == nullptr && language != Language::kEnglish},
      {"source", source != nullptr ? *source : scoring.source},
      {"source_en", source == nullptr && language != Language::kEnglish},
  };
}

}  // namespace

mstch::map decision_view(const Report& report, const Catalogue& catalogue) {
  mstch::array rankings;
  for (const CriterionRanking& ranking : report.comparison.rankings) {
    rankings.push_back(ranking_view(report, ranking, catalogue));
  }
  const mstch::array dominated = dominated_view(report, catalogue);
  const bool monte_carlo = report.uncertainty.draws > 0;
  const std::optional<Scoring>& scoring = report.comparison.scoring;
  return mstch::map{
      {"has_rankings", !rankings.empty()},
      {"rankings", rankings},
      {"ranking_intro",
       catalogue.text(monte_carlo ? "ranking.intro_monte_carlo" : "ranking.intro")},
      {"has_dominated", !dominated.empty()},
      {"dominated", dominated},
      {"has_scoring", scoring.has_value()},
      {"scoring", scoring ? scoring_view(report, *scoring, catalogue) : mstch::map{}},
  };
}

}  // namespace empreinte::report::html
