#include "reports/html/figure_text.h"

#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {

std::string percent_text(double fraction, const Catalogue& catalogue) {
  // A share is shown in percent: a change of unit, rounded like every other figure.
  return fill(catalogue.text("figure.percent"),
              {{"value", format_display(fraction * 100.0, catalogue.language())}});
}

namespace {

// True when the draws move the figure: a range whose 5th and 95th percentiles coincide says
// nothing the central value does not, and is not shown.
bool varies(const Figure& figure) {
  return figure.range.has_value() && figure.range->p5 != figure.range->p95;
}

}  // namespace

std::string interval_text(const Figure& figure, Language language) {
  if (!varies(figure)) return "";
  return format_display(figure.range->p5, language) + "–" +
         format_display(figure.range->p95, language);
}

mstch::map figure_view(const Figure& figure, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const bool has_range = varies(figure);
  return mstch::map{
      {"value", format_display(figure.value, language)},
      {"has_range", has_range},
      {"interval", interval_text(figure, language)},
      {"low", has_range ? format_display(figure.range->p5, language) : std::string()},
      {"high", has_range ? format_display(figure.range->p95, language) : std::string()},
      {"mean", has_range ? format_display(figure.range->mean, language) : std::string()},
  };
}

std::string figure_with_range(const Figure& figure, const std::string& unit,
                              const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const std::string value = format_display(figure.value, language);
  if (!varies(figure)) return value + " " + unit;
  return fill(catalogue.text("figure.with_range"),
              {{"value", value},
               {"unit", unit},
               {"low", format_display(figure.range->p5, language)},
               {"high", format_display(figure.range->p95, language)},
               {"mean", format_display(figure.range->mean, language)}});
}

}  // namespace empreinte::report::html
