#include "reports/xml/report_dom.h"

#include <algorithm>
#include <concepts>
#include <string>
#include <xercesc/dom/DOMElement.hpp>
#include <xercesc/dom/DOMText.hpp>

#include "reports/model/number_format.h"
#include "reports/xml/comparison_dom.h"
#include "reports/xml/dom_builder.h"
#include "reports/xml/figure_dom.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report::xml {
namespace {

using xercesc::DOMElement;

// Builds elements of the report namespace.
using Builder = DomBuilder;

void add_money(Builder& b, DOMElement& parent, const char16_t* name, const Figure& figure) {
  add_figure_attributes(*b.child(parent, name), figure);
}

void add_cost(Builder& b, DOMElement& option, const CostBreakdown& cost) {
  DOMElement* element = b.child(option, u"cost");
  for (const CostCategoryFigures& category : cost.categories) {
    DOMElement* item = b.child(*element, u"category");
    Builder::attribute(*item, u"category", category.category);
    add_money(b, *item, u"undiscounted", category.undiscounted);
    add_money(b, *item, u"present-value", category.present_value);
  }
  add_money(b, *element, u"present-value", cost.present_value);
  add_money(b, *element, u"carbon-value", cost.carbon_value);
  add_money(b, *element, u"life-cycle-cost", cost.life_cycle_cost);
}

void add_balance(Builder& b, DOMElement& option, const BenefitBalance& balance) {
  DOMElement* element = b.child(option, u"benefits");
  for (const BenefitResult& benefit : balance.benefits) {
    DOMElement* item = b.child(*element, u"benefit");
    Builder::attribute(*item, u"id", benefit.id);
    Builder::attribute(*item, u"unit", benefit.unit);
    Builder::number_attribute(*item, u"per-year", benefit.quantity_per_year);
    b.text_child(*item, u"title", benefit.title);
    add_impact_set(b, *item, u"avoided", benefit.avoided);
  }
  add_impact_set(b, *element, u"avoided", balance.avoided);
  add_impact_set(b, *element, u"net", balance.net);
  for (const Criterion criterion : kAllCriteria) {
    const Payback& payback = balance.payback[index_of(criterion)];
    DOMElement* item = b.child(*element, u"payback");
    Builder::attribute(*item, u"criterion", criterion_id(criterion));
    Builder::attribute(*item, u"never", payback.years ? "false" : "true");
    if (payback.years) Builder::number_attribute(*item, u"years", *payback.years);
    if (payback.probability_within_horizon) {
      Builder::number_attribute(*item, u"within-horizon-probability",
                                *payback.probability_within_horizon);
    }
  }
}

void add_lots(Builder& b, DOMElement& root, const Report& report) {
  if (report.lots.empty()) return;
  DOMElement* element = b.child(root, u"lots");
  Builder::attribute(*element, u"unit", report.lot_unit);
  for (const LotResult& lot : report.lots) {
    DOMElement* item = b.child(*element, u"lot");
    Builder::attribute(*item, u"id", lot.id);
    Builder::number_attribute(*item, u"volume", lot.volume);
    Builder::number_attribute(*item, u"scale", lot.scale);
    b.text_child(*item, u"title", lot.title);
    for (const LotOption& option : lot.options) {
      DOMElement* entry = b.child(*item, u"option");
      Builder::attribute(*entry, u"id", option.option_id);
      add_impact_set(b, *entry, u"total", option.total);
      add_impact_set(b, *entry, u"added", option.added);
    }
  }
}

void add_run(Builder& b, DOMElement& root, const UncertaintyInfo& run) {
  DOMElement* element = b.child(root, u"run");
  Builder::integer_attribute(*element, u"samples", run.draws);
  Builder::integer_attribute(*element, u"seed", run.seed);
  if (run.draws == 0) return;
  Builder::attribute(*element, u"sampling", run.sampling);
  Builder::attribute(*element, u"sensitivity", run.sensitivity_method);
  Builder::integer_attribute(*element, u"fixed-factors", run.fixed_factor_count);
  for (const std::string& warning : run.warnings) b.text_child(*element, u"warning", warning);
  for (const UncertainInput& input : run.inputs) {
    DOMElement* item = b.child(*element, u"uncertain-input");
    Builder::attribute(*item, u"id", input.id);
    Builder::attribute(*item, u"origin", input.origin);
    Builder::attribute(*item, u"shape", input.shape);
    Builder::number_attribute(*item, u"central", input.central);
    if (input.low) Builder::number_attribute(*item, u"low", *input.low);
    if (input.high) Builder::number_attribute(*item, u"high", *input.high);
    if (input.spread) Builder::number_attribute(*item, u"spread", *input.spread);
    Builder::attribute(*item, u"unit", input.unit);
    b.text_child(*item, u"label", input.label);
  }
}

void add_sensitivity(Builder& b, DOMElement& option, const OptionResult& result) {
  const bool any = std::any_of(result.drivers.begin(), result.drivers.end(),
                               [](const auto& drivers) { return !drivers.empty(); });
  if (!any) return;
  DOMElement* element = b.child(option, u"sensitivity");
  for (const Criterion criterion : kAllCriteria) {
    const std::vector<Driver>& drivers = result.drivers[index_of(criterion)];
    if (drivers.empty()) continue;
    DOMElement* set = b.child(*element, u"criterion");
    Builder::attribute(*set, u"criterion", criterion_id(criterion));
    for (const Driver& driver : drivers) {
      DOMElement* item = b.child(*set, u"driver");
      Builder::attribute(*item, u"input", driver.input_id);
      Builder::number_attribute(*item, u"first-order", driver.first_order);
      Builder::number_attribute(*item, u"low-mean", driver.low_mean);
      Builder::number_attribute(*item, u"high-mean", driver.high_mean);
    }
  }
}

void add_comparison(Builder& b, DOMElement& root, const std::vector<OptionPair>& pairs,
                    const Comparison& comparison) {
  if (pairs.empty() && comparison.rankings.empty()) return;
  DOMElement* element = b.child(root, u"comparison");
  add_option_pairs(b, *element, pairs);
  add_comparison_details(b, *element, comparison);
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
  add_impact_set(b, *element, u"total", stage.total);
  add_impact_set(b, *element, u"use", stage.use);
  add_impact_set(b, *element, u"embodied", stage.embodied);
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
  add_impact_set(b, *element, u"total", option.total);
  add_impact_set(b, *element, u"per-year", option.per_year);
  add_impact_set(b, *element, u"per-functional-unit", option.per_functional_unit);
  for (const StageResult& stage : option.stages) add_stage(b, *element, stage);
  add_cost(b, *element, option.cost);
  if (option.balance) add_balance(b, *element, *option.balance);
  add_sensitivity(b, *element, option);
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
  Builder::attribute(*element, u"distribution", factor.distribution);
  if (!factor.price_date.empty()) Builder::attribute(*element, u"price-date", factor.price_date);
  if (factor.spread) Builder::number_attribute(*element, u"spread", *factor.spread);
}

}  // namespace

DocumentPtr build_report_document(xercesc::DOMImplementation& dom, const Report& report) {
  DocumentPtr document(dom.createDocument(kReportNamespace, u"report", nullptr));
  document->setXmlStandalone(true);
  Builder b(*document, kReportNamespace);
  DOMElement& root = *document->getDocumentElement();
  Builder::attribute(root, u"schema-version", kSchemaVersion);
  Builder::attribute(root, u"engine-version", report.engine_version);
  Builder::attribute(root, u"methodology-version", report.methodology_version);
  Builder::attribute(root, u"factor-set", report.factor_set_version);
  add_project(b, root, report.project);
  add_run(b, root, report.uncertainty);
  add_boundary(b, root, report);
  DOMElement* basis = b.child(root, u"cost-basis");
  Builder::attribute(*basis, u"currency", "EUR");
  Builder::attribute(*basis, u"vat", "excluded");
  Builder::number_attribute(*basis, u"discount-rate", report.cost_basis.discount_rate);
  Builder::number_attribute(*basis, u"electricity-escalation",
                            report.cost_basis.electricity_escalation);
  Builder::number_attribute(*basis, u"carbon-value", report.cost_basis.carbon_value_per_tonne);
  for (const OptionResult& option : report.options) add_option(b, root, option);
  add_lots(b, root, report);
  add_comparison(b, root, report.pairs, report.comparison);
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
