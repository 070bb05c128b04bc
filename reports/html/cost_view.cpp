#include "reports/html/cost_view.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/scatter_chart.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

// The factor of the tables' discount rate (engine/resolve/cost_binding.cpp binds it when the
// project states none): when the run used it, the basis names its source.
constexpr std::string_view kDiscountRateFactor = "default/discount_rate";

// Size of the SVG of the cost against climate change scatter plot, in user units.
constexpr double kScatterWidth = 800.0;
constexpr double kScatterHeight = 420.0;

// Assumption kinds that leave a cost out, with the catalogue key of their phrase and the
// parameters it uses (engine/resolve/cost_binding.cpp).
struct UnpricedKind {
  std::string_view kind;
  std::string_view key;
  std::array<std::string_view, 2> params;
};
constexpr std::array<UnpricedKind, 4> kUnpricedKinds = {{
    {"rental-not-priced", "cost.unpriced_rental", {"device", ""}},
    {"purchase-not-priced", "cost.unpriced_purchase", {"device", ""}},
    {"api-not-priced", "cost.unpriced_api", {"model", "provider"}},
    {"electricity-not-priced", "cost.unpriced_electricity", {"zone", ""}},
}};

std::string param(const Assumption& assumption, std::string_view name) {
  const auto found =
      std::find_if(assumption.params.begin(), assumption.params.end(),
                   [&](const std::pair<std::string, std::string>& p) { return p.first == name; });
  return found == assumption.params.end() ? std::string() : found->second;
}

// A stage named as the page names it: its title, else its id.
std::string stage_name(const OptionResult& option, const std::string& stage_id) {
  for (const StageResult& stage : option.stages) {
    if (stage.id == stage_id) return stage.title.empty() ? stage.id : stage.title;
  }
  return stage_id;
}

bool has_assumption(const Report& report, std::string_view kind) {
  return std::any_of(report.assumptions.begin(), report.assumptions.end(),
                     [&](const Assumption& assumption) { return assumption.kind == kind; });
}

const Assumption* find_assumption(const Report& report, std::string_view kind) {
  const auto found =
      std::find_if(report.assumptions.begin(), report.assumptions.end(),
                   [&](const Assumption& assumption) { return assumption.kind == kind; });
  return found == report.assumptions.end() ? nullptr : &*found;
}

std::string option_title(const OptionResult& option) {
  return option.title.empty() ? option.id : option.title;
}

// Where the discount rate comes from, when the factor tables gave it.
std::string rate_source(const Report& report, const Catalogue& catalogue) {
  for (const FactorUse& factor : report.factors) {
    if (factor.id != kDiscountRateFactor) continue;
    const std::string& title = factor.source_title.empty() ? factor.source_id : factor.source_title;
    return title.empty() ? std::string()
                         : fill(catalogue.text("cost.rate_source"), {{"title", title}});
  }
  return "";
}

std::string basis_text(const Report& report, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const CostBasis& basis = report.cost_basis;
  const double years = report.project.horizon_years;
  const std::string escalation =
      basis.electricity_escalation == 0.0
          ? catalogue.text("cost.escalation_none")
          : fill(catalogue.text("cost.escalation"),
                 {{"rate", rate_percent_text(basis.electricity_escalation, catalogue)}});
  const Assumption* carbon = find_assumption(report, "carbon-value");
  const std::string carbon_year = carbon != nullptr ? param(*carbon, "year") : std::string();
  return fill(catalogue.text("cost.basis" + std::string(plural_suffix(years, language))),
              {{"years", format_input(years, language)},
               {"rate", rate_percent_text(basis.discount_rate, catalogue)},
               {"rate_source", rate_source(report, catalogue)},
               {"escalation", escalation},
               {"carbon", format_display(basis.carbon_value_per_tonne, language)},
               {"carbon_source", carbon_year.empty() ? std::string()
                                                     : fill(catalogue.text("cost.carbon_source"),
                                                            {{"year", carbon_year}})}});
}

mstch::map row_view(std::string label, std::string row_class, const Figure* undiscounted,
                    const Figure& present_value, const Catalogue& catalogue) {
  return mstch::map{
      {"label", std::move(label)},
      {"row_class", std::move(row_class)},
      {"has_undiscounted", undiscounted != nullptr},
      {"undiscounted",
       undiscounted != nullptr ? figure_view(*undiscounted, catalogue) : mstch::map{}},
      {"present", figure_view(present_value, catalogue)},
  };
}

mstch::map option_cost_view(const Report& report, const OptionResult& option, std::size_t index,
                            const Catalogue& catalogue) {
  mstch::array categories;
  for (const CostCategoryFigures& category : option.cost.categories) {
    categories.push_back(
        row_view(catalogue.text_or("cost_category." + category.category, category.category),
                 category.undiscounted.value < 0.0 ? "credit" : "", &category.undiscounted,
                 category.present_value, catalogue));
  }
  const CostBreakdown& cost = option.cost;
  const std::string carbon_label = fill(
      catalogue.text("cost.carbon_row"),
      {{"value", format_display(report.cost_basis.carbon_value_per_tonne, catalogue.language())}});
  const mstch::array summary = {
      row_view(catalogue.text("cost.total_row"), "total", &option.total[Criterion::kCost],
               cost.present_value, catalogue),
      row_view(carbon_label, "carbon", nullptr, cost.carbon_value, catalogue),
      row_view(catalogue.text("cost.life_cycle_row"), "life-cycle", nullptr, cost.life_cycle_cost,
               catalogue),
  };
  mstch::array unpriced;
  for (std::string& item : unpriced_items(report, option, catalogue)) {
    unpriced.push_back(mstch::map{{"text", std::move(item)}});
  }
  mstch::array no_own_cost;
  for (std::string& item : stages_without_own_cost(report, option, catalogue)) {
    no_own_cost.push_back(mstch::map{{"text", std::move(item)}});
  }
  return mstch::map{
      // Option ids are user text: element ids use the option's position instead.
      {"dom_id", "cost-" + std::to_string(index + 1)},
      {"id", option.id},
      {"title", option_title(option)},
      {"has_unpriced", !unpriced.empty()},
      {"unpriced", unpriced},
      {"has_no_own_cost", !no_own_cost.empty()},
      {"no_own_cost", no_own_cost},
      {"has_categories", !categories.empty()},
      {"categories", categories},
      {"summary", summary},
  };
}

// Cost against climate change, one point per option, with error bars where the draws move the
// figures (as under the figures of the tables).
mstch::map scatter(const Report& report, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const auto value = [&](const Figure& figure) {
    ScatterValue v{figure.value, std::nullopt, std::nullopt};
    if (!interval_text(figure, language).empty()) {
      v.p5 = figure.range->p5;
      v.p95 = figure.range->p95;
    }
    return v;
  };
  std::vector<ScatterPointInput> points;
  for (const OptionResult& option : report.options) {
    points.push_back({option_title(option), value(option.total[Criterion::kGwp]),
                      value(option.total[Criterion::kCost]),
                      !unpriced_items(report, option, catalogue).empty()});
  }
  const auto name = [&](Criterion c) {
    return catalogue.text("criteria." + std::string(criterion_id(c)));
  };
  ScatterText text;
  text.dom_id = "scatter-cost-gwp";
  text.x_name = name(Criterion::kGwp);
  text.x_unit = std::string(criterion_unit(Criterion::kGwp));
  text.y_name = name(Criterion::kCost);
  text.y_unit = std::string(criterion_unit(Criterion::kCost));
  text.x_title =
      fill(catalogue.text("cost.scatter_axis"), {{"name", text.x_name}, {"unit", text.x_unit}});
  text.y_title =
      fill(catalogue.text("cost.scatter_axis"), {{"name", text.y_name}, {"unit", text.y_unit}});
  text.title = catalogue.text("cost.scatter_title");
  text.desc = fill(catalogue.text("cost.scatter_desc"), {{"x_name", text.x_name},
                                                         {"x_unit", text.x_unit},
                                                         {"y_name", text.y_name},
                                                         {"y_unit", text.y_unit}});
  text.interval = catalogue.text("figure.interval");
  text.understated = catalogue.text("cost.scatter_understated");
  mstch::map view = scatter_view(
      points, layout_scatter(points, kScatterWidth, kScatterHeight, language), text, language);
  const bool any_interval = std::any_of(
      points.begin(), points.end(),
      [](const ScatterPointInput& p) { return p.x.p5.has_value() || p.y.p5.has_value(); });
  view.emplace("reading", catalogue.text("cost.scatter_reading"));
  view.emplace("has_whisker_note", any_interval);
  view.emplace("whisker_note", fill(catalogue.text("cost.scatter_whiskers"),
                                    {{"draws", std::to_string(report.uncertainty.draws)}}));
  return view;
}

}  // namespace

std::vector<std::string> unpriced_items(const Report& report, const OptionResult& option,
                                        const Catalogue& catalogue) {
  std::vector<std::string> items;
  for (const Assumption& assumption : report.assumptions) {
    const auto kind = std::find_if(
        kUnpricedKinds.begin(), kUnpricedKinds.end(),
        [&](const UnpricedKind& unpriced) { return unpriced.kind == assumption.kind; });
    if (kind == kUnpricedKinds.end() || param(assumption, "option") != option.id) continue;
    std::vector<PhraseValue> values = {{"stage", stage_name(option, param(assumption, "stage"))}};
    for (const std::string_view name : kind->params) {
      if (!name.empty()) values.emplace_back(name, param(assumption, name));
    }
    items.push_back(fill(catalogue.text(kind->key), values));
  }
  return items;
}

std::vector<std::string> stages_without_own_cost(const Report& report, const OptionResult& option,
                                                 const Catalogue& catalogue) {
  std::vector<std::string> items;
  if (!has_assumption(report, "storage-network-not-priced")) return items;
  for (const StageResult& stage : option.stages) {
    if (stage.kind != "storage" && stage.kind != "network") continue;
    items.push_back(fill(catalogue.text("cost.own_cost_" + stage.kind),
                         {{"stage", stage.title.empty() ? stage.id : stage.title}}));
  }
  return items;
}

std::string cost_lead(const Report& report, const OptionResult& option,
                      const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const double years = report.project.horizon_years;
  const Criterion c = Criterion::kCost;
  return fill(
      catalogue.text("cost.lead" + std::string(plural_suffix(years, language))),
      {{"years", format_input(years, language)},
       {"figure", figure_with_range(option.total[c], std::string(criterion_unit(c)), catalogue)},
       {"present_value", format_display(option.cost.present_value.value, language)},
       {"life_cycle", format_display(option.cost.life_cycle_cost.value, language)}});
}

mstch::map cost_view(const Report& report, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const double years = report.project.horizon_years;
  mstch::array options;
  for (std::size_t i = 0; i < report.options.size(); ++i) {
    options.push_back(option_cost_view(report, report.options[i], i, catalogue));
  }
  return mstch::map{
      {"basis", basis_text(report, catalogue)},
      {"undiscounted_label",
       fill(catalogue.text("cost.undiscounted" + std::string(plural_suffix(years, language))),
            {{"years", format_input(years, language)}})},
      {"present_label",
       fill(catalogue.text("cost.present_value"),
            {{"rate", rate_percent_text(report.cost_basis.discount_rate, catalogue)}})},
      {"has_scatter", !report.options.empty()},
      {"scatter", scatter(report, catalogue)},
      {"options", options},
  };
}

}  // namespace empreinte::report::html
