#pragma once
/// @file cross_comparison_dom.h
/// The DOM tree of a comparison across projects: root `comparison-report` of namespace
/// urn:empreinte:report:1 (reports/schema/empreinte-report-1.xsd). Formatting only.

#include <xercesc/dom/DOMImplementation.hpp>

#include "reports/model/cross_comparison.h"
#include "reports/xml/report_dom.h"

namespace empreinte::report::xml {

/// Builds the DOM tree of `comparison` with `dom`. Throws InternalError on a non-finite number
/// or on text that is not valid UTF-8 / XML 1.0.
DocumentPtr build_comparison_document(xercesc::DOMImplementation& dom,
                                      const CrossComparison& comparison);

}  // namespace empreinte::report::xml
