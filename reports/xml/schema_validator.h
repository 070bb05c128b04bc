#pragma once
/// @file schema_validator.h
/// Validation of XML text against one XSD, compiled once into a locked Xerces-C grammar pool and
/// then shared, read-only, by every validation.

#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include <xercesc/framework/XMLGrammarPool.hpp>

namespace empreinte::report::xml {

/// Validates documents against one XSD. Parsing is hardened: no external entity, external DTD
/// or schema is ever read, a DOCTYPE is an error, and entity expansion is bounded.
class SchemaValidator {
 public:
  /// Compiles `xsd` with full schema constraint checking; throws InternalError if the XSD has
  /// errors. The Xerces-C platform must be initialised for the validator's whole life.
  explicit SchemaValidator(std::string_view xsd);
  /// Releases the grammar pool.
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  /// Errors of `xml` against the schema, each "line:col: message", in document order; empty
  /// when the document is valid. Safe to call from several threads at once.
  std::vector<std::string> validate(std::string_view xml) const;

 private:
  std::unique_ptr<xercesc::XMLGrammarPool> pool_;
};

}  // namespace empreinte::report::xml
