#pragma once
/// @file xml_writer.h
/// The XML report writer: the report model as a document of namespace urn:empreinte:report:1,
/// checked against the embedded reports/schema/empreinte-report-1.xsd before it is returned.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "reports/model/cross_comparison.h"
#include "reports/model/report.h"

namespace empreinte::report {

/// Serialises reports to XML and checks each against the embedded XSD before returning it.
/// Construction initialises Xerces-C and compiles the XSD once; after that, write() and
/// validate() may be called from several threads at once on the same writer.
class XmlWriter {
 public:
  /// Initialises Xerces-C (reference-counted) and compiles the XSD into a locked grammar pool.
  /// Throws InternalError if the embedded XSD does not compile.
  XmlWriter();
  /// Releases the grammar pool, then the Xerces-C reference.
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  /// UTF-8 XML of `report`, byte-identical for equal reports; throws InternalError if it does
  /// not validate (that is our bug), or if the report holds a non-finite number or text that is
  /// not valid UTF-8 / XML 1.0.
  std::string write(const Report& report) const;

  /// UTF-8 XML of a comparison across projects (root `comparison-report`), checked like
  /// write().
  std::string write(const CrossComparison& comparison) const;

  /// Schema errors of `xml` ("line:col: message"), empty when valid. Used by tests and by
  /// write(). External entities, external DTDs and schema hints are never loaded; a DOCTYPE is
  /// itself an error.
  std::vector<std::string> validate(std::string_view xml) const;

 private:
  // `text` once validated; a schema error is our bug (InternalError).
  std::string checked(std::string text) const;

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace empreinte::report
