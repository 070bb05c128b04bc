#include "reports/xml/figure_dom.h"

namespace empreinte::report::xml {

using xercesc::DOMElement;

void add_range_attributes(DOMElement& element, const FigureRange& range) {
  DomBuilder::number_attribute(element, u"mean", range.mean);
  DomBuilder::number_attribute(element, u"p5", range.p5);
  DomBuilder::number_attribute(element, u"p50", range.p50);
  DomBuilder::number_attribute(element, u"p95", range.p95);
  DomBuilder::number_attribute(element, u"standard-error", range.standard_error);
}

void add_figure_attributes(DOMElement& element, const Figure& figure) {
  DomBuilder::number_attribute(element, u"value", figure.value);
  if (figure.range) add_range_attributes(element, *figure.range);
}

void add_impact_set(DomBuilder& b, DOMElement& parent, const char16_t* name,
                    const ImpactSet& impacts) {
  DOMElement* set = b.child(parent, name);
  for (const Criterion criterion : kAllCriteria) {
    DOMElement* impact = b.child(*set, u"impact");
    DomBuilder::attribute(*impact, u"criterion", criterion_id(criterion));
    DomBuilder::attribute(*impact, u"unit", criterion_unit(criterion));
    add_figure_attributes(*impact, impacts[criterion]);
  }
}

void add_option_pairs(DomBuilder& b, DOMElement& parent, const std::vector<OptionPair>& pairs) {
  for (const OptionPair& pair : pairs) {
    DOMElement* item = b.child(parent, u"pair");
    DomBuilder::attribute(*item, u"first", pair.first);
    DomBuilder::attribute(*item, u"second", pair.second);
    for (const Criterion criterion : kAllCriteria) {
      DOMElement* probability = b.child(*item, u"probability");
      DomBuilder::attribute(*probability, u"criterion", criterion_id(criterion));
      DomBuilder::number_attribute(*probability, u"first-lower",
                                   pair.probability_first_lower[index_of(criterion)]);
    }
  }
}

}  // namespace empreinte::report::xml
