#pragma once
/// @file xerces_text.h
/// Conversions between the report model's UTF-8 strings and Xerces-C's UTF-16 XMLCh text. They
/// use no Xerces transcoder, hence no shared state: safe from any thread.

#include <string>
#include <string_view>

namespace empreinte::report::xml {

/// UTF-16 form of the UTF-8 `text`, ready for the Xerces DOM. Throws InternalError when `text`
/// is not valid UTF-8 or holds a character XML 1.0 forbids (control characters other than tab,
/// line feed and carriage return, U+FFFE, U+FFFF): the input layer should have rejected it.
std::u16string to_xerces(std::string_view text);

/// UTF-8 form of a null-terminated Xerces string (nullptr gives ""). Unpaired surrogates become
/// U+FFFD: this is for messages, never for report content.
std::string to_utf8(const char16_t* text);

}  // namespace empreinte::report::xml
