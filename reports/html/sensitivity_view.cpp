#include "reports/html/sensitivity_view.h"

#include <array>
#include <string_view>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/text_util.h"
#include "reports/html/tornado_chart.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

// Width of the SVG of a tornado chart, in user units.
constexpr double kTornadoWidth = 800.0;
// Drivers after the first are named in the sentence when they explain at least this share.
constexpr double kMentionShare = 0.05;
// The most drivers a sentence names.
constexpr std::size_t kSentenceDrivers = 3;
// Drivers listed per criterion in the table of the other criteria.
constexpr std::size_t kTableDrivers = 3;
// Below this summed share of variance (as a percentage, printed in the page), the listed drivers
// explain little on their own: interactions and unlisted inputs carry the rest.
constexpr double kExplainedPercent = 70.0;

std::string criterion_name(Criterion c, const Catalogue& catalogue) {
  return catalogue.text("criteria." + std::string(criterion_id(c)));
}

mstch::array parts_view(const std::vector<PhrasePart>& parts) {
  mstch::array out;
  for (const PhrasePart& part : parts) {
    out.push_back(mstch::map{{"text", part.text}, {"en", part.english}});
  }
  return out;
}

std::string share_of_variance(const Driver& driver, const Catalogue& catalogue) {
  return fill(catalogue.text("sensitivity.share"),
              {{"share", percent_text(driver.first_order, catalogue)}});
}

mstch::map tornado(const OptionResult& option, std::size_t index, const Catalogue& catalogue) {
  const Criterion c = Criterion::kGwp;
  const std::vector<Driver>& drivers = option.drivers[index_of(c)];
  const Language language = catalogue.language();
  TornadoData data;
  data.mean = option.total[c].range ? option.total[c].range->mean : option.total[c].value;
  for (const Driver& driver : drivers) {
    data.bars.push_back({driver.label.empty() ? driver.input_id : driver.label,
                         share_of_variance(driver, catalogue), driver.low_mean, driver.high_mean});
  }
  const std::string unit(criterion_unit(c));
  const std::string title = option.title.empty() ? option.id : option.title;
  const std::string mean = format_display(data.mean, language);
  TornadoText text;
  // Option ids are user text: the element id uses the option's position instead.
  text.dom_id = "tornado-" + std::to_string(index + 1) + "-" + std::string(criterion_id(c));
  text.title =
      fill(catalogue.text("sensitivity.chart_title"),
           {{"criterion", criterion_name(c, catalogue)}, {"option", title}, {"unit", unit}});
  text.desc = fill(catalogue.text("sensitivity.chart_desc"), {{"unit", unit}, {"mean", mean}});
  text.unit = unit;
  text.low_words = catalogue.text("sensitivity.low");
  text.high_words = catalogue.text("sensitivity.high");
  text.mean_label =
      fill(catalogue.text("sensitivity.mean_label"), {{"mean", mean}, {"unit", unit}});
  return tornado_view(data, layout_tornado(data, kTornadoWidth), text, language);
}

mstch::array other_criteria(const OptionResult& option, const Catalogue& catalogue) {
  mstch::array rows;
  for (const Criterion c : kAllCriteria) {
    if (c == Criterion::kGwp) continue;
    const std::vector<Driver>& drivers = option.drivers[index_of(c)];
    mstch::array items;
    for (std::size_t i = 0; i < drivers.size() && i < kTableDrivers; ++i) {
      const Driver& driver = drivers[i];
      items.push_back(mstch::map{
          {"label", driver.label.empty() ? driver.input_id : driver.label},
          // Factor labels come from the factor tables, in English.
          {"en", driver.origin != "input" && catalogue.language() != Language::kEnglish},
          {"share", percent_text(driver.first_order, catalogue)},
      });
    }
    rows.push_back(mstch::map{
        {"name", criterion_name(c, catalogue)},
        {"has_drivers", !items.empty()},
        {"drivers", items},
    });
  }
  return rows;
}

}  // namespace

std::string driver_name(const Driver& driver, const Catalogue& catalogue) {
  if (driver.origin == "input") {
    // An input's id is "key@file:line:column" (engine/resolve/binding_context.h).
    const std::size_t at = driver.input_id.find('@');
    if (at != std::string::npos) {
      return fill(
          catalogue.text("sensitivity.input_value"),
          {{"key", driver.input_id.substr(0, at)}, {"where", driver.input_id.substr(at + 1)}});
    }
  }
  return fill(catalogue.text("sensitivity.quoted"),
              {{"label", driver.label.empty() ? driver.input_id : driver.label}});
}

mstch::array driver_sentence(const std::vector<Driver>& drivers, const Catalogue& catalogue) {
  if (drivers.empty()) return parts_view({{catalogue.text("sensitivity.no_driver"), false}});
  std::size_t named = 1;
  while (named < kSentenceDrivers && named < drivers.size() &&
         drivers[named].first_order >= kMentionShare) {
    ++named;
  }
  std::vector<PhraseValue> values;
  std::vector<std::string_view> english;
  static constexpr std::array<std::string_view, kSentenceDrivers> kNames = {"first", "second",
                                                                            "third"};
  static constexpr std::array<std::string_view, kSentenceDrivers> kShares = {
      "first_share", "second_share", "third_share"};
  for (std::size_t i = 0; i < named; ++i) {
    values.emplace_back(kNames[i], driver_name(drivers[i], catalogue));
    values.emplace_back(kShares[i], percent_text(drivers[i].first_order, catalogue));
    // Factor labels come from the factor tables, in English.
    if (drivers[i].origin != "input" && catalogue.language() != Language::kEnglish) {
      english.push_back(kNames[i]);
    }
  }
  static constexpr std::array<const char*, kSentenceDrivers> kKeys = {
      "sensitivity.words_one", "sensitivity.words_two", "sensitivity.words_three"};
  return parts_view(fill_parts(catalogue.text(kKeys[named - 1]), values, english));
}

bool drivers_explain_little(const std::vector<Driver>& drivers) {
  if (drivers.empty()) return false;
  double explained = 0.0;
  for (const Driver& driver : drivers) explained += driver.first_order;
  return explained * 100.0 < kExplainedPercent;
}

mstch::array sensitivity_view(const Report& report, const Catalogue& catalogue) {
  mstch::array options;
  if (report.uncertainty.draws == 0) return options;
  const std::string threshold =
      fill(catalogue.text("figure.percent"),
           {{"value", format_input(kExplainedPercent, catalogue.language())}});
  for (std::size_t i = 0; i < report.options.size(); ++i) {
    const OptionResult& option = report.options[i];
    const std::vector<Driver>& drivers = option.drivers[index_of(Criterion::kGwp)];
    options.push_back(mstch::map{
        {"id", option.id},
        {"title", option.title.empty() ? option.id : option.title},
        {"total", fill(catalogue.text("sensitivity.total"),
                       {{"criterion", criterion_name(Criterion::kGwp, catalogue)},
                        {"figure", figure_with_range(option.total[Criterion::kGwp],
                                                     std::string(criterion_unit(Criterion::kGwp)),
                                                     catalogue)}})},
        {"words", driver_sentence(drivers, catalogue)},
        {"explains_little", drivers_explain_little(drivers)},
        {"interactions",
         fill(catalogue.text("sensitivity.interactions"), {{"threshold", threshold}})},
        {"has_chart", !drivers.empty()},
        {"chart", tornado(option, i, catalogue)},
        {"other_criteria", other_criteria(option, catalogue)},
    });
  }
  return options;
}

}  // namespace empreinte::report::html
