#include "reports/xml/cross_comparison_dom.h"

#include "reports/xml/comparison_dom.h"
#include "reports/xml/dom_builder.h"

namespace empreinte::report::xml {
namespace {

using xercesc::DOMElement;

void add_figures(DomBuilder& b, DOMElement& parent, const ImpactSet& figures) {
  DOMElement* set = b.child(parent, u"figures");
  for (const Criterion criterion : kAllCriteria) {
    DOMElement* impact = b.child(*set, u"impact");
    DomBuilder::attribute(*impact, u"criterion", criterion_id(criterion));
    DomBuilder::attribute(*impact, u"unit", criterion_unit(criterion));
    const Figure& figure = figures[criterion];
    DomBuilder::number_attribute(*impact, u"value", figure.value);
    if (figure.range) {
      DomBuilder::number_attribute(*impact, u"mean", figure.range->mean);
      DomBuilder::number_attribute(*impact, u"p5", figure.range->p5);
      DomBuilder::number_attribute(*impact, u"p50", figure.range->p50);
      DomBuilder::number_attribute(*impact, u"p95", figure.range->p95);
      DomBuilder::number_attribute(*impact, u"standard-error", figure.range->standard_error);
    }
  }
}

void add_pairs(DomBuilder& b, DOMElement& comparison, const std::vector<OptionPair>& pairs) {
  for (const OptionPair& pair : pairs) {
    DOMElement* item = b.child(comparison, u"pair");
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

}  // namespace

DocumentPtr build_comparison_document(xercesc::DOMImplementation& dom,
                                      const CrossComparison& comparison) {
  DocumentPtr document(dom.createDocument(kReportNamespace, u"comparison-report", nullptr));
  document->setXmlStandalone(true);
  DomBuilder b(*document, kReportNamespace);
  DOMElement& root = *document->getDocumentElement();
  DomBuilder::attribute(root, u"schema-version", kSchemaVersion);
  DomBuilder::attribute(root, u"engine-version", comparison.engine_version);
  DomBuilder::attribute(root, u"methodology-version", comparison.methodology_version);
  DomBuilder::attribute(root, u"factor-set", comparison.factor_set_version);
  DomBuilder::attribute(root, u"basis", comparison.basis);
  DOMElement* run = b.child(root, u"run");
  DomBuilder::integer_attribute(*run, u"samples", comparison.draws);
  DomBuilder::integer_attribute(*run, u"seed", comparison.seed);
  if (comparison.draws > 0) DomBuilder::attribute(*run, u"sampling", "latin-hypercube");
  for (const std::string& note : comparison.notes) b.text_child(root, u"note", note);
  for (const ComparedProject& project : comparison.projects) {
    DOMElement* element = b.child(root, u"project");
    DomBuilder::attribute(*element, u"id", project.id);
    DomBuilder::attribute(*element, u"functional-unit", project.functional_unit);
    DomBuilder::number_attribute(*element, u"functional-units-per-year",
                                 project.functional_units_per_year);
    DomBuilder::number_attribute(*element, u"horizon-years", project.horizon_years);
    b.text_child(*element, u"title", project.title);
    b.text_child(*element, u"source-file", project.source_file);
  }
  for (const CrossOption& option : comparison.options) {
    DOMElement* element = b.child(root, u"option");
    DomBuilder::attribute(*element, u"id", option.id);
    DomBuilder::attribute(*element, u"project", option.project);
    b.text_child(*element, u"title", option.title);
    add_figures(b, *element, option.figures);
  }
  DOMElement* element = b.child(root, u"comparison");
  add_pairs(b, *element, comparison.pairs);
  add_comparison_details(b, *element, comparison.comparison);
  return document;
}

}  // namespace empreinte::report::xml
