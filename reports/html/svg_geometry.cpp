#include "reports/html/svg_geometry.h"

#include <array>
#include <charconv>
#include <cmath>

#include "engine/core/check.h"

namespace empreinte::report::html {

double nice_step(double raw) {
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (factor * magnitude >= raw * (1.0 - 1e-9)) return factor * magnitude;
  }
  return 10.0 * magnitude;
}

std::string coordinate(double value) {
  std::array<char, 32> buffer{};
  const double rounded = std::round(value * 10.0) / 10.0 + 0.0;
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                                          std::chars_format::fixed, 1);
  EMPREINTE_CHECK(error == std::errc(), "to_chars failed on a chart coordinate");
  std::string text(buffer.data(), end);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text == "-0" ? "0" : text;
}

std::vector<double> axis_ticks(double low, double high, int intervals) {
  EMPREINTE_CHECK(std::isfinite(low) && std::isfinite(high) && intervals > 0,
                  "an axis needs finite ends and at least one interval");
  const double span = high - low;
  // A flat axis still gets a readable step: a quarter of its magnitude, or 0.25 around zero.
  const double magnitude = std::max(std::abs(low), std::abs(high));
  const double raw = span > 0.0 ? span / intervals : (magnitude > 0.0 ? magnitude / 4.0 : 0.25);
  const double step = nice_step(raw);
  const double first = std::floor(low / step + 1e-9) * step;
  const int count = std::max(1, static_cast<int>(std::ceil((high - first) / step - 1e-9)));
  std::vector<double> ticks;
  for (int i = 0; i <= count; ++i) ticks.push_back(first + step * i + 0.0);
  return ticks;
}

}  // namespace empreinte::report::html
