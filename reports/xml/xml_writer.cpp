#include "reports/xml/xml_writer.h"

#include <xercesc/dom/DOMConfiguration.hpp>
#include <xercesc/dom/DOMError.hpp>
#include <xercesc/dom/DOMErrorHandler.hpp>
#include <xercesc/dom/DOMException.hpp>
#include <xercesc/dom/DOMImplementationLS.hpp>
#include <xercesc/dom/DOMImplementationRegistry.hpp>
#include <xercesc/dom/DOMLSOutput.hpp>
#include <xercesc/dom/DOMLSSerializer.hpp>
#include <xercesc/framework/MemBufFormatTarget.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>

#include "empreinte_xml_schema_embedded.h"
#include "engine/core/check.h"
#include "reports/xml/cross_comparison_dom.h"
#include "reports/xml/report_dom.h"
#include "reports/xml/schema_validator.h"
#include "reports/xml/xerces_platform.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report {
namespace {

// Records serialisation problems (the serializer reports rather than throws).
class SerialiserErrors : public xercesc::DOMErrorHandler {
 public:
  bool handleError(const xercesc::DOMError& error) override {
    if (error.getSeverity() != xercesc::DOMError::DOM_SEVERITY_WARNING) {
      messages += "\n  " + xml::to_utf8(error.getMessage());
    }
    return false;  // stop at the first problem
  }
  std::string messages;
};

// Releases a Xerces object that has release().
template <typename T>
struct Release {
  void operator()(T* object) const { object->release(); }
};

// UTF-8 text of `document`: XML declaration, pretty-printed, "\n" line ends.
std::string serialise(xercesc::DOMImplementation& dom, const xercesc::DOMDocument& document) {
  const std::unique_ptr<xercesc::DOMLSSerializer, Release<xercesc::DOMLSSerializer>> serializer(
      dom.createLSSerializer());
  SerialiserErrors errors;
  xercesc::DOMConfiguration* config = serializer->getDomConfig();
  config->setParameter(xercesc::XMLUni::fgDOMErrorHandler, &errors);
  config->setParameter(xercesc::XMLUni::fgDOMWRTFormatPrettyPrint, true);
  // No blank lines between the root's children (a Xerces extension of pretty printing).
  config->setParameter(xercesc::XMLUni::fgDOMWRTXercesPrettyPrint, false);
  config->setParameter(xercesc::XMLUni::fgDOMXMLDeclaration, true);
  serializer->setNewLine(u"\n");
  const std::unique_ptr<xercesc::DOMLSOutput, Release<xercesc::DOMLSOutput>> output(
      dom.createLSOutput());
  xercesc::MemBufFormatTarget target;
  output->setEncoding(u"UTF-8");
  output->setByteStream(&target);
  const bool written = serializer->write(&document, output.get());
  EMPREINTE_CHECK(written && errors.messages.empty(),
                  "the XML serializer failed:" + errors.messages);
  return std::string(reinterpret_cast<const char*>(target.getRawBuffer()), target.getLen());
}

// The serialised document `build` makes with `dom`; DOM and serialiser failures are our bugs.
template <class Build>
std::string build_and_serialise(xercesc::DOMImplementation& dom, const Build& build) {
  try {
    const xml::DocumentPtr document = build(dom);
    return serialise(dom, *document);
  } catch (const xercesc::DOMException& e) {
    fail_check(__FILE__, __LINE__, "building the report DOM", xml::to_utf8(e.getMessage()));
  } catch (const xercesc::XMLException& e) {
    fail_check(__FILE__, __LINE__, "serialising the report DOM", xml::to_utf8(e.getMessage()));
  }
}

}  // namespace

// Members are destroyed in reverse order: the grammar pool goes before the Xerces reference.
struct XmlWriter::State {
  xml::XercesPlatform platform;
  xml::SchemaValidator validator{embedded::report_xsd};
  xercesc::DOMImplementation* dom = xercesc::DOMImplementationRegistry::getDOMImplementation(u"LS");
};

XmlWriter::XmlWriter() : state_(std::make_unique<State>()) {
  EMPREINTE_CHECK(state_->dom != nullptr, "Xerces-C has no DOM LS implementation");
}

XmlWriter::~XmlWriter() = default;

std::string XmlWriter::write(const Report& report) const {
  return checked(build_and_serialise(*state_->dom, [&](xercesc::DOMImplementation& dom) {
    return xml::build_report_document(dom, report);
  }));
}

std::string XmlWriter::write(const CrossComparison& comparison) const {
  return checked(build_and_serialise(*state_->dom, [&](xercesc::DOMImplementation& dom) {
    return xml::build_comparison_document(dom, comparison);
  }));
}

std::string XmlWriter::checked(std::string text) const {
  const std::vector<std::string> errors = validate(text);
  if (!errors.empty()) {
    std::string detail;
    for (const std::string& error : errors) detail += "\n  " + error;
    fail_check(__FILE__, __LINE__, "validate(xml).empty()",
               "the report XML does not match empreinte-report-1.xsd:" + detail);
  }
  return text;
}

std::vector<std::string> XmlWriter::validate(std::string_view xml) const {
  return state_->validator.validate(xml);
}

}  // namespace empreinte::report
