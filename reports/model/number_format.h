#pragma once
/// @file number_format.h
/// Every rounding decision of every writer lives here (DESIGN.md: writers only format).

#include <string>

namespace empreinte::report {

/// Language of human-facing text.
enum class Language { kEnglish, kFrench };

/// Machine form for XML and CSV: the shortest decimal text that reads back to the same double
/// (std::to_chars), "0" for zero, never locale-dependent, never "nan" (a non-finite value is an
/// internal error and throws InternalError).
std::string format_exact(double value);

/// Human form for HTML: three significant figures, digit groups and decimal sign of `language`
/// (English "12,300" and "0.0452"; French "12 300" with a narrow no-break space and "0,0452").
/// Very small and very large magnitudes use a ×10ⁿ form.
std::string format_display(double value, Language language);

/// Human form of a value the user wrote (horizon, volumes): exact, not rounded, with the
/// digit groups and decimal sign of `language` ("1,051,200" / "1 051 200", "0.5" / "0,5").
std::string format_input(double value, Language language);

}  // namespace empreinte::report
