#include "reports/xml/comparison_dom.h"

#include "reports/xml/figure_dom.h"

namespace empreinte::report::xml {
namespace {

using xercesc::DOMElement;

// Score an option best on every weighted criterion gets: weights are points out of 100.
constexpr double kMaxScore = 100.0;

void add_ranking(DomBuilder& b, DOMElement& parent, const CriterionRanking& ranking) {
  DOMElement* element = b.child(parent, u"ranking");
  DomBuilder::attribute(*element, u"criterion", criterion_id(ranking.criterion));
  DomBuilder::attribute(*element, u"unit", criterion_unit(ranking.criterion));
  for (const RankedOption& option : ranking.options) {
    DOMElement* item = b.child(*element, u"ranked");
    DomBuilder::attribute(*item, u"option", option.option);
    DomBuilder::integer_attribute(*item, u"rank", option.rank);
    if (option.tied) DomBuilder::boolean_attribute(*item, u"tied", true);
    DomBuilder::number_attribute(*item, u"value", option.value);
    DomBuilder::number_attribute(*item, u"difference", option.difference);
    if (option.difference_range) add_range_attributes(*item, *option.difference_range);
    if (option.probability_lowest) {
      DomBuilder::number_attribute(*item, u"probability-lowest", *option.probability_lowest);
    }
  }
}

void add_dominated(DomBuilder& b, DOMElement& parent, const DominatedOption& dominated) {
  DOMElement* element = b.child(parent, u"dominated");
  DomBuilder::attribute(*element, u"option", dominated.option);
  for (const Dominator& dominator : dominated.dominated_by) {
    DOMElement* by = b.child(*element, u"by");
    DomBuilder::attribute(*by, u"option", dominator.option);
    if (dominator.share_of_draws) {
      DomBuilder::number_attribute(*by, u"share-of-draws", *dominator.share_of_draws);
      DomBuilder::boolean_attribute(*by, u"robust", dominator.robust);
    }
  }
}

void add_scoring(DomBuilder& b, DOMElement& parent, const Scoring& scoring) {
  DOMElement* element = b.child(parent, u"scoring");
  DomBuilder::attribute(*element, u"method", scoring.method);
  DomBuilder::number_attribute(*element, u"max-score", kMaxScore);
  if (scoring.environment_weight) {
    DomBuilder::number_attribute(*element, u"environment-weight", *scoring.environment_weight);
  }
  b.text_child(*element, u"formula", scoring.formula);
  b.text_child(*element, u"source", scoring.source);
  for (const CriterionWeight& weight : scoring.weights) {
    DOMElement* item = b.child(*element, u"weight");
    DomBuilder::attribute(*item, u"criterion", criterion_id(weight.criterion));
    DomBuilder::number_attribute(*item, u"weight", weight.weight);
    if (!weight.group.empty()) DomBuilder::attribute(*item, u"group", weight.group);
    if (weight.share_of_group) {
      DomBuilder::number_attribute(*item, u"share-of-group", *weight.share_of_group);
    }
    if (!weight.declared_at.file.empty()) {
      DomBuilder::attribute(*item, u"declared-at", weight.declared_at.to_string());
    }
  }
  for (const OptionScore& score : scoring.scores) {
    DOMElement* item = b.child(*element, u"score");
    DomBuilder::attribute(*item, u"option", score.option);
    DomBuilder::integer_attribute(*item, u"rank", score.rank);
    if (score.tied) DomBuilder::boolean_attribute(*item, u"tied", true);
    DomBuilder::number_attribute(*item, u"value", score.value);
    if (score.range) add_range_attributes(*item, *score.range);
    if (score.probability_first) {
      DomBuilder::number_attribute(*item, u"probability-first", *score.probability_first);
    }
  }
}

}  // namespace

void add_comparison_details(DomBuilder& b, DOMElement& comparison, const Comparison& model) {
  for (const CriterionRanking& ranking : model.rankings) add_ranking(b, comparison, ranking);
  for (const DominatedOption& dominated : model.dominated) add_dominated(b, comparison, dominated);
  if (model.scoring) add_scoring(b, comparison, *model.scoring);
}

}  // namespace empreinte::report::xml
