#include "reports/html/benefits_view.h"

#include <string>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

std::string criterion_name(Criterion c, const Catalogue& catalogue) {
  return catalogue.text("criteria." + std::string(criterion_id(c)));
}

// The payback of one footprint: `form` is "sentence" (with the option's name) or "cell" (the
// short words of the table).
std::string payback_text(const Report& report, const OptionResult& option,
                         const BenefitBalance& balance, Criterion c, const std::string& form,
                         const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const Payback& payback = balance.payback[index_of(c)];
  const std::string id(criterion_id(c));
  const std::vector<PhraseValue> names = {
      {"option", option.title.empty() ? option.id : option.title},
      {"what", catalogue.text("payback_what." + id)}};
  if (!payback.years) {
    // Nothing avoided and less avoided than induced each year are different reasons.
    const bool avoids_none = balance.avoided[c].value == 0.0;
    return fill(catalogue.text("payback." + form + (avoids_none ? "_never_none" : "_never")),
                names);
  }
  std::vector<PhraseValue> values = names;
  values.emplace_back("years", format_display(*payback.years, language));
  // A payback after the end of the project is said as such, not as a payback.
  const double horizon = report.project.horizon_years;
  const bool beyond = *payback.years > horizon;
  if (beyond) {
    values.emplace_back(
        "horizon",
        fill(catalogue.text("header.horizon_value" + std::string(plural_suffix(horizon, language))),
             {{"years", format_input(horizon, language)}}));
  }
  std::string key = "payback." + form + (beyond ? "_beyond" : "_years") +
                    std::string(plural_suffix(*payback.years, language));
  if (payback.probability_within_horizon) {
    values.emplace_back("probability",
                        percent_text(*payback.probability_within_horizon, catalogue));
    key += "_probability";
  }
  return fill(catalogue.text(key), values);
}

mstch::array benefit_items(const BenefitBalance& balance, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  mstch::array out;
  for (const BenefitResult& benefit : balance.benefits) {
    mstch::array avoided;
    for (const Criterion c : kAllCriteria) {
      if (benefit.avoided[c].value == 0.0) continue;
      avoided.push_back(mstch::map{
          {"name", criterion_name(c, catalogue)},
          {"figure",
           figure_with_range(benefit.avoided[c], std::string(criterion_unit(c)), catalogue)},
      });
    }
    out.push_back(mstch::map{
        {"title", benefit.title.empty() ? benefit.id : benefit.title},
        {"id", benefit.id},
        // The yearly quantity is the user's own figure: printed as written.
        {"quantity", fill(catalogue.text("benefits.per_year"),
                          {{"count", format_input(benefit.quantity_per_year, language)},
                           {"unit", benefit.unit}})},
        {"has_avoided", !avoided.empty()},
        {"avoided", avoided},
    });
  }
  return out;
}

mstch::map option_balance(const Report& report, const OptionResult& option, std::size_t index,
                          const Catalogue& catalogue) {
  const BenefitBalance& balance = *option.balance;
  mstch::array rows;
  for (const Criterion c : kAllCriteria) {
    rows.push_back(mstch::map{
        {"name", criterion_name(c, catalogue)},
        {"unit", std::string(criterion_unit(c))},
        {"induced", figure_view(option.total[c], catalogue)},
        {"avoided", figure_view(balance.avoided[c], catalogue)},
        {"net", figure_view(balance.net[c], catalogue)},
        {"net_below_zero", balance.net[c].value < 0.0},
        {"payback", payback_text(report, option, balance, c, "cell", catalogue)},
        {"pays_back", balance.payback[index_of(c)].years.has_value()},
    });
  }
  mstch::array sentences;
  for (const Criterion c : {Criterion::kCost, Criterion::kGwp}) {
    sentences.push_back(
        mstch::map{{"text", payback_text(report, option, balance, c, "sentence", catalogue)}});
  }
  return mstch::map{
      {"title", option.title.empty() ? option.id : option.title},
      {"id", option.id},
      // Option ids are user text: the anchor uses the option's position.
      {"dom_id", "benefits-" + std::to_string(index + 1)},
      {"benefits", benefit_items(balance, catalogue)},
      {"sentences", sentences},
      {"rows", rows},
  };
}

}  // namespace

mstch::map benefits_view(const Report& report, const Catalogue& catalogue) {
  mstch::array options;
  for (std::size_t i = 0; i < report.options.size(); ++i) {
    if (!report.options[i].balance) continue;
    options.push_back(option_balance(report, report.options[i], i, catalogue));
  }
  return mstch::map{{"has_benefits", !options.empty()}, {"options", options}};
}

}  // namespace empreinte::report::html
