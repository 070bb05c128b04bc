#pragma once
/// @file report_dom.h
/// The DOM tree of a report in namespace urn:empreinte:report:1 (see
/// reports/schema/empreinte-report-1.xsd). Formatting only: numbers go through format_exact.

#include <memory>
#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMImplementation.hpp>

#include "reports/model/report.h"

namespace empreinte::report::xml {

/// The report namespace.
inline constexpr char16_t kReportNamespace[] = u"urn:empreinte:report:1";

/// Value of the root's `schema-version` attribute; the XSD fixes it.
inline constexpr char kSchemaVersion[] = "1";

/// Releases a DOM document.
struct DocumentRelease {
  /// Calls `document->release()`.
  void operator()(xercesc::DOMDocument* document) const { document->release(); }
};

/// A DOM document owned by the caller.
using DocumentPtr = std::unique_ptr<xercesc::DOMDocument, DocumentRelease>;

/// Builds the DOM tree of `report` with `dom`. Throws InternalError on a non-finite number or on
/// text that is not valid UTF-8 / XML 1.0.
DocumentPtr build_report_document(xercesc::DOMImplementation& dom, const Report& report);

}  // namespace empreinte::report::xml
