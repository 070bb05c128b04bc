#include "reports/html/uncertainty_view.h"

#include <map>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

// Thresholds of the comparison words, in percent of the draws (printed in the page as is).
constexpr double kAlmostCertainPercent = 95.0;
constexpr double kLikelyPercent = 80.0;

std::string threshold_text(double percent, const Catalogue& catalogue) {
  return fill(catalogue.text("figure.percent"),
              {{"value", format_input(percent, catalogue.language())}});
}

mstch::array inputs_view(const UncertaintyInfo& info, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  mstch::array rows;
  for (const UncertainInput& input : info.inputs) {
    const bool has_bounds = input.low.has_value() && input.high.has_value();
    rows.push_back(mstch::map{
        {"id", input.id},
        {"label", input.label.empty() ? input.id : input.label},
        {"shape", distribution_text(input.shape, input.spread, catalogue)},
        {"central", format_display(input.central, language)},
        {"has_bounds", has_bounds},
        {"low", has_bounds ? format_display(*input.low, language) : std::string()},
        {"high", has_bounds ? format_display(*input.high, language) : std::string()},
        {"unit", input.unit},
    });
  }
  return rows;
}

}  // namespace

std::string verdict_key(double probability) {
  const double percent = probability * 100.0;
  if (percent >= kAlmostCertainPercent) return "almost_certainly_lower";
  if (percent >= kLikelyPercent) return "likely_lower";
  if (percent <= 100.0 - kAlmostCertainPercent) return "almost_certainly_higher";
  if (percent <= 100.0 - kLikelyPercent) return "likely_higher";
  return "no_clear_difference";
}

std::string distribution_text(const std::string& shape, const std::optional<double>& spread,
                              const Catalogue& catalogue) {
  std::string name = catalogue.text_or("shape." + shape, shape);
  if (!spread || (shape != "normal" && shape != "lognormal")) return name;
  return fill(catalogue.text("shape.with_spread_" + shape),
              {{"shape", name}, {"spread", format_display(*spread, catalogue.language())}});
}

mstch::map comparison_view(const Report& report, const Catalogue& catalogue) {
  std::map<std::string, std::string, std::less<>> titles;
  for (const OptionResult& option : report.options) {
    titles.emplace(option.id, option.title.empty() ? option.id : option.title);
  }
  const auto title_of = [&](const std::string& id) {
    const auto found = titles.find(id);
    return found == titles.end() ? id : found->second;
  };
  mstch::array pairs;
  for (const OptionPair& pair : report.pairs) {
    mstch::array rows;
    for (const Criterion c : kAllCriteria) {
      const double probability = pair.probability_first_lower[index_of(c)];
      const std::string key = verdict_key(probability);
      rows.push_back(mstch::map{
          {"name", catalogue.text("criteria." + std::string(criterion_id(c)))},
          {"probability", percent_text(probability, catalogue)},
          {"verdict", catalogue.text("comparison." + key)},
          {"verdict_class", key},
      });
    }
    pairs.push_back(mstch::map{
        {"first", title_of(pair.first)},
        {"second", title_of(pair.second)},
        {"first_id", pair.first},
        {"second_id", pair.second},
        {"rows", rows},
    });
  }
  mstch::array criteria;
  for (const Criterion c : kAllCriteria) {
    criteria.push_back(
        mstch::map{{"name", catalogue.text("criteria." + std::string(criterion_id(c)))}});
  }
  const std::string draws = std::to_string(report.uncertainty.draws);
  return mstch::map{
      {"intro", fill(catalogue.text("comparison.intro"), {{"draws", draws}})},
      {"criteria", criteria},
      {"thresholds",
       fill(catalogue.text("comparison.thresholds"),
            {{"almost", threshold_text(kAlmostCertainPercent, catalogue)},
             {"likely", threshold_text(kLikelyPercent, catalogue)},
             {"almost_rest", threshold_text(100.0 - kAlmostCertainPercent, catalogue)},
             {"likely_rest", threshold_text(100.0 - kLikelyPercent, catalogue)}})},
      {"has_pairs", !pairs.empty()},
      {"pairs", pairs},
  };
}

mstch::map method_view(const Report& report, const Catalogue& catalogue) {
  const UncertaintyInfo& info = report.uncertainty;
  const Language language = catalogue.language();
  const auto fixed = static_cast<double>(info.fixed_factor_count);
  mstch::array warnings;
  for (const std::string& warning : info.warnings) {
    // The engine words its warnings in English only.
    warnings.push_back(mstch::map{{"text", warning}, {"en", language != Language::kEnglish}});
  }
  return mstch::map{
      {"intro", fill(catalogue.text("method.intro"), {{"draws", std::to_string(info.draws)}})},
      // Draw count and seed identify the run: printed exactly.
      {"draws", std::to_string(info.draws)},
      {"seed", std::to_string(info.seed)},
      {"sampling", catalogue.text_or("sampling." + info.sampling, info.sampling)},
      {"sensitivity_method",
       catalogue.text_or("sensitivity_method." + info.sensitivity_method, info.sensitivity_method)},
      {"fixed", fill(catalogue.text(std::string("method.fixed") +
                                    std::string(plural_suffix(fixed, language))),
                     {{"count", format_input(fixed, language)}})},
      {"has_warnings", !warnings.empty()},
      {"warnings", warnings},
      {"has_inputs", !info.inputs.empty()},
      {"inputs", inputs_view(info, catalogue)},
  };
}

}  // namespace empreinte::report::html
