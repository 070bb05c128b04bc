#include "reports/html/figure_text.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "engine/core/check.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {

std::string percent_text(double fraction, const Catalogue& catalogue) {
  // A share is shown in percent: a change of unit, rounded like every other figure.
  return fill(catalogue.text("figure.percent"),
              {{"value", format_display(fraction * 100.0, catalogue.language())}});
}

std::string rate_percent_text(double rate, const Catalogue& catalogue) {
  std::string text = format_exact(rate);
  if (text.find_first_of("eE") != std::string::npos) return percent_text(rate, catalogue);
  const bool negative = text.front() == '-';
  if (negative) text.erase(0, 1);
  std::string whole = text;
  std::string fraction;
  if (const std::size_t dot = text.find('.'); dot != std::string::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
  }
  if (fraction.size() < 2) fraction.resize(2, '0');
  whole += fraction.substr(0, 2);
  fraction.erase(0, 2);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  const std::string shifted =
      (negative ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
  double percent = 0.0;
  const auto [end, error] =
      std::from_chars(shifted.data(), shifted.data() + shifted.size(), percent);
  EMPREINTE_CHECK(error == std::errc() && end == shifted.data() + shifted.size(),
                  "a rate's decimal text did not read back as a percentage");
  return fill(catalogue.text("figure.percent"),
              {{"value", format_input(percent, catalogue.language())}});
}

namespace {

// The printed bounds of the figure's 90 % interval, or nothing when the draws do not move it at
// the page's precision: a range whose 5th and 95th percentiles print alike ("1,580–1,580") says
// nothing the central value does not, and is not shown.
std::optional<std::pair<std::string, std::string>> shown_bounds(const Figure& figure,
                                                                Language language) {
  if (!figure.range.has_value()) return std::nullopt;
  std::string low = format_display(figure.range->p5, language);
  std::string high = format_display(figure.range->p95, language);
  if (low == high) return std::nullopt;
  return std::make_pair(std::move(low), std::move(high));
}

// The dash between two bounds: spaced when a bound is negative, so that "-15,700 – -7,140" does
// not read as one run of signs.
std::string range_dash(const std::pair<std::string, std::string>& bounds) {
  const bool negative = bounds.first.front() == '-' || bounds.second.front() == '-';
  return negative ? "\u2009–\u2009" : "–";
}

}  // namespace

std::string interval_text(const Figure& figure, Language language) {
  const auto bounds = shown_bounds(figure, language);
  if (!bounds) return "";
  return bounds->first + range_dash(*bounds) + bounds->second;
}

mstch::map figure_view(const Figure& figure, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const auto bounds = shown_bounds(figure, language);
  return mstch::map{
      {"value", format_display(figure.value, language)},
      {"has_range", bounds.has_value()},
      {"interval", interval_text(figure, language)},
      {"low", bounds ? bounds->first : std::string()},
      {"high", bounds ? bounds->second : std::string()},
      {"dash", bounds ? range_dash(*bounds) : std::string()},
      {"mean", bounds ? format_display(figure.range->mean, language) : std::string()},
  };
}

std::string figure_with_range(const Figure& figure, const std::string& unit,
                              const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const std::string value = format_display(figure.value, language);
  const auto bounds = shown_bounds(figure, language);
  if (!bounds) return value + " " + unit;
  return fill(catalogue.text("figure.with_range"),
              {{"value", value},
               {"unit", unit},
               {"low", bounds->first},
               {"high", bounds->second},
               {"mean", format_display(figure.range->mean, language)}});
}

}  // namespace empreinte::report::html
