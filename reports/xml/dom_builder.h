#pragma once
/// @file dom_builder.h
/// Appends namespace-qualified elements and sets attributes on a Xerces-C DOM, numbers through
/// format_exact. Element and attribute names are literals of the calling file; only values come
/// from the report.

#include <concepts>
#include <string>
#include <string_view>
#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>
#include <xercesc/dom/DOMText.hpp>

#include "reports/model/number_format.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report::xml {

/// Builds elements of one namespace in one document.
class DomBuilder {
 public:
  /// A builder of elements of `name_space` in `document`.
  DomBuilder(xercesc::DOMDocument& document, const char16_t* name_space)
      : document_(document), namespace_(name_space) {}

  /// Appends an empty element `name` to `parent`.
  xercesc::DOMElement* child(xercesc::DOMElement& parent, const char16_t* name) {
    xercesc::DOMElement* element = document_.createElementNS(namespace_, name);
    parent.appendChild(element);
    return element;
  }

  /// Appends an element `name` holding `text` to `parent`.
  xercesc::DOMElement* text_child(xercesc::DOMElement& parent, const char16_t* name,
                                  std::string_view text) {
    xercesc::DOMElement* element = child(parent, name);
    if (!text.empty()) element->appendChild(document_.createTextNode(to_xerces(text).c_str()));
    return element;
  }

  /// The same, omitted when `text` is empty.
  void optional_text_child(xercesc::DOMElement& parent, const char16_t* name,
                           std::string_view text) {
    if (!text.empty()) text_child(parent, name, text);
  }

  /// Sets attribute `name`. Xerces serialises attributes sorted by name: the output is
  /// deterministic whatever the order they are set in.
  static void attribute(xercesc::DOMElement& element, const char16_t* name,
                        std::string_view value) {
    element.setAttribute(name, to_xerces(value).c_str());
  }

  /// Sets a number attribute, in its exact shortest form.
  static void number_attribute(xercesc::DOMElement& element, const char16_t* name, double value) {
    attribute(element, name, format_exact(value));
  }

  /// Sets an integer attribute, printed exactly.
  template <std::integral Integer>
  static void integer_attribute(xercesc::DOMElement& element, const char16_t* name, Integer value) {
    attribute(element, name, std::to_string(value));
  }

  /// Sets a boolean attribute ("true" or "false").
  static void boolean_attribute(xercesc::DOMElement& element, const char16_t* name, bool value) {
    attribute(element, name, value ? "true" : "false");
  }

 private:
  xercesc::DOMDocument& document_;
  const char16_t* namespace_;
};

}  // namespace empreinte::report::xml
