#include "reports/xml/schema_validator.h"

#include <xercesc/dom/DOMException.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/internal/XMLScanner.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLResourceIdentifier.hpp>

#include "engine/core/check.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report::xml {
namespace {

// Most entity expansions a document may trigger (guards against "billion laughs"). Reports use
// none; a valid report never comes near.
constexpr XMLSize_t kEntityExpansionLimit = 100;

// "line:col: message".
std::string located(XMLFileLoc line, XMLFileLoc column, const std::string& message) {
  return std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

// Collects errors and fatal errors; warnings are not schema errors.
class ErrorCollector : public xercesc::ErrorHandler {
 public:
  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override { add(e); }
  void fatalError(const xercesc::SAXParseException& e) override { add(e); }
  void resetErrors() override {}

  // Adds `message` unless it repeats the previous one (Xerces may ask twice for one resource).
  void add(std::string message) {
    if (errors.empty() || errors.back() != message) errors.push_back(std::move(message));
  }
  std::vector<std::string> errors;

 private:
  void add(const xercesc::SAXParseException& e) {
    add(located(e.getLineNumber(), e.getColumnNumber(), to_utf8(e.getMessage())));
  }
};

// Refuses every external resource (general or parameter entity, external DTD subset, schema):
// records an error and returns no input. With default entity resolution disabled, Xerces then
// opens nothing and reports a fatal "unable to open" error of its own.
class RefusingResolver : public xercesc::XMLEntityResolver {
 public:
  explicit RefusingResolver(ErrorCollector& errors) : errors_(errors) {}

  xercesc::InputSource* resolveEntity(xercesc::XMLResourceIdentifier* resource) override {
    const xercesc::Locator* where = resource->getLocator();
    const std::string what =
        "external resource refused: \"" + to_utf8(resource->getSystemId()) + "\"";
    errors_.add(where != nullptr ? located(where->getLineNumber(), where->getColumnNumber(), what)
                                 : located(0, 0, what));
    return nullptr;
  }

 private:
  ErrorCollector& errors_;
};

// A DOM parser that reports any DOCTYPE as an error: a report has none, and a DOCTYPE is how
// entity tricks get in.
class ReportParser : public xercesc::XercesDOMParser {
 public:
  ReportParser(xercesc::XMLGrammarPool* pool, ErrorCollector& errors)
      : xercesc::XercesDOMParser(nullptr, xercesc::XMLPlatformUtils::fgMemoryManager, pool),
        errors_(errors) {}

  void doctypeDecl(const xercesc::DTDElementDecl& element, const XMLCh* const public_id,
                   const XMLCh* const system_id, const bool has_internal_subset,
                   const bool has_external_subset) override {
    const xercesc::Locator* where = getScanner()->getLocator();
    errors_.add(located(where->getLineNumber(), where->getColumnNumber(),
                        "a DOCTYPE declaration is not allowed in a report"));
    xercesc::XercesDOMParser::doctypeDecl(element, public_id, system_id, has_internal_subset,
                                          has_external_subset);
  }

 private:
  ErrorCollector& errors_;
};

// Namespaces, XML Schema with full constraint checking, validation always, and every external
// resource refused.
void harden(xercesc::XercesDOMParser& parser, ErrorCollector& errors, RefusingResolver& resolver,
            xercesc::SecurityManager& security) {
  parser.setDoNamespaces(true);
  parser.setDoSchema(true);
  parser.setValidationSchemaFullChecking(true);
  parser.setIdentityConstraintChecking(true);
  parser.setValidationScheme(xercesc::XercesDOMParser::Val_Always);
  parser.setLoadExternalDTD(false);
  parser.setDisableDefaultEntityResolution(true);
  parser.setXMLEntityResolver(&resolver);
  parser.setCreateEntityReferenceNodes(false);
  parser.setSecurityManager(&security);
  parser.setErrorHandler(&errors);
}

}  // namespace

SchemaValidator::SchemaValidator(std::string_view xsd)
    : pool_(std::make_unique<xercesc::XMLGrammarPoolImpl>(
          xercesc::XMLPlatformUtils::fgMemoryManager)) {
  ErrorCollector errors;
  RefusingResolver resolver(errors);
  xercesc::SecurityManager security;
  security.setEntityExpansionLimit(kEntityExpansionLimit);
  ReportParser parser(pool_.get(), errors);
  harden(parser, errors, resolver, security);
  const xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xsd.data()), xsd.size(),
                                          u"empreinte-report.xsd", false);
  const xercesc::Grammar* grammar = nullptr;
  try {
    grammar = parser.loadGrammar(source, xercesc::Grammar::SchemaGrammarType, true);
  } catch (const xercesc::XMLException& e) {
    errors.add(located(0, 0, to_utf8(e.getMessage())));
  }
  std::string detail;
  for (const std::string& error : errors.errors) detail += "\n  " + error;
  EMPREINTE_CHECK(grammar != nullptr && errors.errors.empty(),
                  "the embedded report XSD does not compile:" + detail);
  // A locked pool is read-only: parsers on several threads can share it.
  pool_->lockPool();
}

SchemaValidator::~SchemaValidator() = default;

std::vector<std::string> SchemaValidator::validate(std::string_view xml) const {
  ErrorCollector errors;
  RefusingResolver resolver(errors);
  xercesc::SecurityManager security;
  security.setEntityExpansionLimit(kEntityExpansionLimit);
  ReportParser parser(pool_.get(), errors);
  harden(parser, errors, resolver, security);
  parser.useCachedGrammarInParse(true);
  parser.cacheGrammarFromParse(false);
  parser.setLoadSchema(false);  // only the cached schema, never a document's schemaLocation hint
  const xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(),
                                          u"report.xml", false);
  try {
    parser.parse(source);
  } catch (const xercesc::XMLException& e) {
    errors.add(located(0, 0, to_utf8(e.getMessage())));
  } catch (const xercesc::DOMException& e) {
    errors.add(located(0, 0, to_utf8(e.getMessage())));
  } catch (const xercesc::OutOfMemoryException&) {
    errors.add(located(0, 0, "out of memory while parsing"));
  }
  return std::move(errors.errors);
}

}  // namespace empreinte::report::xml
