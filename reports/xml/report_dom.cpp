#include "reports/xml/report_dom.h"

#include <concepts>
#include <string>
#include <xercesc/dom/DOMElement.hpp>
#include <xercesc/dom/DOMText.hpp>

#include "reports/model/number_format.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report::xml {
namespace {

using xercesc::DOMElement;

// Appends namespace-qualified elements and sets attributes. Element and attribute names are
// literals of this file; only values come from the report.
class Builder {
 public:
  explicit Builder(xercesc::DOMDocument& document) : document_(document) {}

  DOMElement* child(DOMElement& parent, const char16_t* name) {
    DOMElement* element = document_.createElementNS(kReportNamespace, name);
    parent.appendChild(element);
    return element;
  }

  DOMElement* text_child(DOMElement& parent, const char16_t* name, std::string_view text) {
    DOMElement* element = child(parent, name);
    if (!text.empty()) element->appendChild(document_.createTextNode(to_xerces(text).c_str()));
    return element;
  }

  // Omitted when `text` is empty.
  void optional_text_child(DOMElement& parent, const char16_t* name, std::string_view text) {
    if (!text.empty()) text_child(parent, name, text);
  }

  // Xerces keeps an element's attributes sorted by name, whatever the order they are set in, and
  // serialises them in that order: the output is deterministic.
  static void attribute(DOMElement& element, const char16_t* name, std::string_view value) {
    element.setAttribute(name, to_xerces(value).c_str());
  }

  static void number_attribute(DOMElement& element, const char16_t* name, double value) {
    attribute(element, name, format_exact(value));
  }

  // Integers print exactly: no rounding decision (and a 64-bit seed may not fit a double).
  template <std::integral Integer>
  static void integer_attribute(DOMElement& element, const char16_t* name, Integer value) {
    attribute(element, name, std::to_string(value));
  }

 private:
  xercesc::DOMDocument& document_;
};

void add_impacts(Builder& b, DOMElement& parent, const char16_t* name, const ImpactSet& impacts) {
  DOMElement* set = b.child(parent, name);
  for (const Criterion criterion : kAllCriteria) {
    DOMElement* impact = b.child(*set, u"impact");
    Builder::attribute(*impact, u"criterion", criterion_id(criterion));
    Builder::attribute(*impact, u"unit", criterion_unit(criterion));
    Builder::number_attribute(*impact, u"value", impacts[criterion].value);
  }
}

void add_project(Builder& b, DOMElement& root, const ProjectInfo& project) {
  DOMElement* element = b.child(root, u"project");
  Builder::attribute(*element, u"id", project.id);
  b.text_child(*element, u"title", project.title);
  b.optional_text_child(*element, u"organisation", project.organisation);
  b.optional_text_child(*element, u"description", project.description);
  DOMElement* unit = b.child(*element, u"functional-unit");
  Builder::attribute(*unit, u"name", project.functional_unit);
  Builder::number_attribute(*unit, u"per-year", project.functional_units_per_year);
  Builder::number_attribute(*b.child(*element, u"horizon"), u"years", project.horizon_years);
  b.text_child(*element, u"source-file", project.source_file);
}

void add_boundary(Builder& b, DOMElement& root, const Report& report) {
  DOMElement* boundary = b.child(root, u"boundary");
  DOMElement* included = b.child(*boundary, u"included");
  for (const BoundaryItem& item : report.boundary_included) {
    b.text_child(*included, u"item", item.text);
  }
  DOMElement* excluded = b.child(*boundary, u"excluded");
  for (const BoundaryItem& item : report.boundary_excluded) {
    b.text_child(*excluded, u"item", item.text);
  }
}

void add_stage(Builder& b, DOMElement& option, const StageResult& stage) {
  DOMElement* element = b.child(option, u"stage");
  Builder::attribute(*element, u"id", stage.id);
  Builder::attribute(*element, u"kind", stage.kind);
  if (!stage.declared_at.file.empty()) {
    Builder::attribute(*element, u"declared-at", stage.declared_at.to_string());
  }
  b.text_child(*element, u"title", stage.title);
  add_impacts(b, *element, u"total", stage.total);
  add_impacts(b, *element, u"use", stage.use);
  add_impacts(b, *element, u"embodied", stage.embodied);
  for (const Flow& flow : stage.flows) {
    DOMElement* flow_element = b.child(*element, u"flow");
    Builder::attribute(*flow_element, u"id", flow.id);
    Builder::attribute(*flow_element, u"unit", flow.unit);
    Builder::number_attribute(*flow_element, u"value", flow.value);
  }
  for (const std::string& id : stage.factor_ids) {
    Builder::attribute(*b.child(*element, u"factor-ref"), u"id", id);
  }
}

void add_option(Builder& b, DOMElement& root, const OptionResult& option) {
  DOMElement* element = b.child(root, u"option");
  Builder::attribute(*element, u"id", option.id);
  b.text_child(*element, u"title", option.title);
  b.optional_text_child(*element, u"description", option.description);
  add_impacts(b, *element, u"total", option.total);
  add_impacts(b, *element, u"per-year", option.per_year);
  add_impacts(b, *element, u"per-functional-unit", option.per_functional_unit);
  for (const StageResult& stage : option.stages) add_stage(b, *element, stage);
}

void add_factor(Builder& b, DOMElement& factors, const FactorUse& factor) {
  DOMElement* element = b.child(factors, u"factor");
  Builder::attribute(*element, u"id", factor.id);
  Builder::attribute(*element, u"unit", factor.unit);
  Builder::number_attribute(*element, u"value", factor.value);
  if (factor.low) Builder::number_attribute(*element, u"low", *factor.low);
  if (factor.high) Builder::number_attribute(*element, u"high", *factor.high);
  Builder::attribute(*element, u"source", factor.source_id);
  Builder::integer_attribute(*element, u"year", factor.year);
  Builder::attribute(*element, u"licence", factor.licence);
  b.text_child(*element, u"label", factor.label);
  b.text_child(*element, u"source-title", factor.source_title);
  b.optional_text_child(*element, u"source-url", factor.source_url);
  b.optional_text_child(*element, u"fallback", factor.fallback_note);
}

}  // namespace

DocumentPtr build_report_document(xercesc::DOMImplementation& dom, const Report& report) {
  DocumentPtr document(dom.createDocument(kReportNamespace, u"report", nullptr));
  document->setXmlStandalone(true);
  Builder b(*document);
  DOMElement& root = *document->getDocumentElement();
  Builder::attribute(root, u"schema-version", kSchemaVersion);
  Builder::attribute(root, u"engine-version", report.engine_version);
  Builder::attribute(root, u"methodology-version", report.methodology_version);
  Builder::attribute(root, u"factor-set", report.factor_set_version);
  add_project(b, root, report.project);
  DOMElement* run = b.child(root, u"run");
  Builder::integer_attribute(*run, u"samples", report.samples);
  Builder::integer_attribute(*run, u"seed", report.seed);
  add_boundary(b, root, report);
  for (const OptionResult& option : report.options) add_option(b, root, option);
  DOMElement* factors = b.child(root, u"factors");
  for (const FactorUse& factor : report.factors) add_factor(b, *factors, factor);
  DOMElement* assumptions = b.child(root, u"assumptions");
  for (const Assumption& assumption : report.assumptions) {
    Builder::attribute(*b.text_child(*assumptions, u"assumption", assumption.text), u"id",
                       assumption.id);
  }
  return document;
}

}  // namespace empreinte::report::xml
