#include "reports/model/number_format.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "engine/core/check.h"
#include "engine/core/number_text.h"

namespace empreinte::report {
namespace {

// Significant figures shown to people: estimates of this kind are rarely better than ±10 %.
constexpr int kDisplaySignificantFigures = 3;

std::string superscript(int exponent) {
  static constexpr std::array<const char*, 10> kDigits = {"⁰", "¹", "²", "³", "⁴",
                                                          "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out = exponent < 0 ? "⁻" : "";
  const std::string plain = std::to_string(std::abs(exponent));
  for (const char c : plain) out += kDigits[static_cast<std::size_t>(c - '0')];
  return out;
}

}  // namespace

std::string format_exact(double value) {
  EMPREINTE_CHECK(std::isfinite(value), "a report figure is not finite");
  return shortest_text(value);
}

namespace {

// Inserts the digit-group sign of `language` into the integer part of plain decimal text and
// swaps the decimal sign.
std::string localise_digits(const std::string& plain, Language language) {
  std::string digits = plain;
  std::string fraction;
  const char* decimal_sign = language == Language::kFrench ? "," : ".";
  if (const auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = std::string(decimal_sign) + digits.substr(dot + 1);
    digits.resize(dot);
  }
  const bool negative = !digits.empty() && digits.front() == '-';
  if (negative) digits.erase(0, 1);
  const std::string group_sign = language == Language::kFrench ? "\u202F" : ",";
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += group_sign;
    grouped += digits[i];
  }
  return (negative ? "-" : "") + grouped + fraction;
}

}  // namespace

std::string format_input(double value, Language language) {
  EMPREINTE_CHECK(std::isfinite(value), "an input value is not finite");
  std::string plain = shortest_text(value);
  if (plain.find('e') != std::string::npos) return plain;
  return localise_digits(plain, language);
}

std::string format_display(double value, Language language) {
  EMPREINTE_CHECK(std::isfinite(value), "a report figure is not finite");
  if (value == 0.0) return "0";
  const double magnitude = std::abs(value);
  const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  const char* decimal_sign = language == Language::kFrench ? "," : ".";
  if (exponent < -4 || exponent >= 12) {
    std::array<char, 32> mantissa{};
    std::snprintf(mantissa.data(), mantissa.size(), "%.*f", kDisplaySignificantFigures - 1,
                  value / std::pow(10.0, exponent));
    std::string text(mantissa.data());
    if (text.find('.') != std::string::npos) text.replace(text.find('.'), 1, decimal_sign);
    return text + " × 10" + superscript(exponent);
  }
  const int decimals = std::max(0, kDisplaySignificantFigures - 1 - exponent);
  // Round to the significant figures first, so that 12345 shows as 12,300 and not 12,345.
  const double scale = std::pow(10.0, exponent - kDisplaySignificantFigures + 1);
  const double rounded = std::round(value / scale) * scale;
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, rounded);
  return localise_digits(buffer.data(), language);
}

}  // namespace empreinte::report
