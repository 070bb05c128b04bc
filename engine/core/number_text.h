#pragma once
/// @file number_text.h
/// Locale-independent shortest text of a double, for messages and machine-readable output.

#include <array>
#include <charconv>
#include <string>

namespace empreinte {

/// The shortest decimal text that reads back to `value`: plain notation between 1e-3 and 1e15
/// ("0.35", "100000", "8760"), exponent notation outside ("4.858e-08").
inline std::string shortest_text(double value) {
  if (value == 0.0) return "0";  // also folds -0
  const double magnitude = value < 0 ? -value : value;
  const auto format =
      magnitude >= 1e-3 && magnitude < 1e15 ? std::chars_format::fixed : std::chars_format::general;
  std::array<char, 400> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format);
  return std::string(buffer.data(), result.ptr);
}

}  // namespace empreinte
