#include "reports/xml/cross_comparison_dom.h"

#include "reports/xml/comparison_dom.h"
#include "reports/xml/dom_builder.h"
#include "reports/xml/figure_dom.h"

namespace empreinte::report::xml {
namespace {

using xercesc::DOMElement;

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
    add_impact_set(b, *element, u"figures", option.figures);
  }
  DOMElement* element = b.child(root, u"comparison");
  add_option_pairs(b, *element, comparison.pairs);
  add_comparison_details(b, *element, comparison.comparison);
  return document;
}

}  // namespace empreinte::report::xml
