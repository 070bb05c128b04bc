#pragma once
/// @file comparison_dom.h
/// The elements of a `<comparison>` beyond its pairs: rankings, dominated options, scoring
/// (reports/schema/empreinte-report-1.xsd, type Comparison). Formatting only.

#include <xercesc/dom/DOMElement.hpp>

#include "reports/model/comparison.h"
#include "reports/xml/dom_builder.h"

namespace empreinte::report::xml {

/// Appends to `comparison` the rankings, dominated options and scoring of `model`, in the
/// order the XSD sets (after the pairs).
void add_comparison_details(DomBuilder& b, xercesc::DOMElement& comparison,
                            const Comparison& model);

}  // namespace empreinte::report::xml
