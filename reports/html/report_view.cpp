#include "reports/html/report_view.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <string>
#include <vector>

#include "engine/core/criteria.h"
#include "reports/html/benefits_view.h"
#include "reports/html/comparison_view.h"
#include "reports/html/cost_view.h"
#include "reports/html/figure_text.h"
#include "reports/html/lots_view.h"
#include "reports/html/sensitivity_view.h"
#include "reports/html/svg_chart.h"
#include "reports/html/text_util.h"
#include "reports/html/uncertainty_view.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

// Width of the SVG of the main (climate change) chart and of the smaller ones, in user units.
constexpr double kMainChartWidth = 800.0;
constexpr double kSmallChartWidth = 420.0;

// Stages sharing an id across options are one series: same colour, same letter.
struct SeriesIndex {
  std::vector<ChartSeries> series;
  std::map<std::string, std::size_t, std::less<>> by_stage_id;

  std::size_t of(const std::string& stage_id) const { return by_stage_id.at(stage_id); }
};

SeriesIndex collect_series(const Report& report) {
  SeriesIndex index;
  for (const OptionResult& option : report.options) {
    for (const StageResult& stage : option.stages) {
      if (index.by_stage_id.count(stage.id) != 0) continue;
      index.by_stage_id.emplace(stage.id, index.series.size());
      index.series.push_back({stage.title.empty() ? stage.id : stage.title});
    }
  }
  return index;
}

std::string criterion_name(Criterion c, const Catalogue& catalogue) {
  return catalogue.text("criteria." + std::string(criterion_id(c)));
}

mstch::map project_view(const Report& report, const Catalogue& catalogue) {
  const ProjectInfo& project = report.project;
  const Language language = catalogue.language();
  const std::string years = format_input(project.horizon_years, language);
  return mstch::map{
      {"id", project.id},
      {"title", project.title.empty() ? project.id : project.title},
      {"has_organisation", !project.organisation.empty()},
      {"organisation", project.organisation},
      {"has_description", !project.description.empty()},
      {"description", project.description},
      {"functional_unit", project.functional_unit},
      {"units_per_year",
       fill(catalogue.text("header.units_per_year"),
            {{"count", format_input(project.functional_units_per_year, language)}})},
      {"horizon", fill(catalogue.text(std::string("header.horizon_value") +
                                      std::string(plural_suffix(project.horizon_years, language))),
                       {{"years", years}})},
      {"source_file", project.source_file},
  };
}

std::string run_text(const Report& report, const Catalogue& catalogue) {
  if (report.uncertainty.draws == 0) return catalogue.text("header.point_run");
  // Sample count and seed are identifiers of the run, printed exactly.
  return fill(catalogue.text("header.monte_carlo_run"),
              {{"samples", std::to_string(report.uncertainty.draws)},
               {"seed", std::to_string(report.uncertainty.seed)}});
}

mstch::array headline_rows(const OptionResult& option, const Catalogue& catalogue) {
  mstch::array rows;
  for (const Criterion c : kAllCriteria) {
    rows.push_back(mstch::map{
        {"name", criterion_name(c, catalogue)},
        {"unit", std::string(criterion_unit(c))},
        {"total", figure_view(option.total[c], catalogue)},
        {"per_year", figure_view(option.per_year[c], catalogue)},
        {"per_unit", figure_view(option.per_functional_unit[c], catalogue)},
    });
  }
  return rows;
}

// The climate-change total of an option in one sentence, with its range (Monte Carlo run).
std::string headline_lead(const Report& report, const OptionResult& option,
                          const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const double years = report.project.horizon_years;
  const Criterion c = Criterion::kGwp;
  return fill(
      catalogue.text("headline.lead" + std::string(plural_suffix(years, language))),
      {{"criterion", criterion_name(c, catalogue)},
       {"years", format_input(years, language)},
       {"figure", figure_with_range(option.total[c], std::string(criterion_unit(c)), catalogue)}});
}

mstch::map stage_view(const StageResult& stage, const SeriesIndex& series,
                      const Catalogue& catalogue) {
  const Language language = catalogue.language();
  mstch::array rows;
  for (const Criterion c : kAllCriteria) {
    rows.push_back(mstch::map{
        {"name", criterion_name(c, catalogue)},
        {"unit", std::string(criterion_unit(c))},
        {"use", figure_view(stage.use[c], catalogue)},
        {"embodied", figure_view(stage.embodied[c], catalogue)},
        {"total", figure_view(stage.total[c], catalogue)},
    });
  }
  mstch::array flows;
  for (const Flow& flow : stage.flows) {
    flows.push_back(mstch::map{
        {"label", catalogue.text_or("flow." + flow.id, flow.id)},
        {"value", format_display(flow.value, language)},
        {"unit", flow.unit},
    });
  }
  mstch::array factor_ids;
  for (const std::string& id : stage.factor_ids) factor_ids.push_back(mstch::map{{"id", id}});
  const std::size_t index = series.of(stage.id);
  return mstch::map{
      {"id", stage.id},
      {"title", stage.title.empty() ? stage.id : stage.title},
      {"kind", catalogue.text_or("stage_kind." + stage.kind, stage.kind)},
      {"declared_at", stage.declared_at.to_string()},
      {"letter", series_letter(index)},
      {"colour", std::to_string(series_colour(index))},
      {"rows", rows},
      {"has_flows", !flows.empty()},
      {"flows", flows},
      {"has_factors", !factor_ids.empty()},
      {"factor_ids", factor_ids},
  };
}

mstch::map option_view(const Report& report, std::size_t index, const SeriesIndex& series,
                       const Catalogue& catalogue) {
  const OptionResult& option = report.options[index];
  mstch::array stages;
  for (const StageResult& stage : option.stages) {
    stages.push_back(stage_view(stage, series, catalogue));
  }
  return mstch::map{
      {"id", option.id},
      {"title", option.title.empty() ? option.id : option.title},
      {"has_description", !option.description.empty()},
      {"description", option.description},
      {"has_lead", option.total[Criterion::kGwp].range.has_value()},
      {"lead", headline_lead(report, option, catalogue)},
      {"headline", headline_rows(option, catalogue)},
      {"cost_lead", cost_lead(report, option, catalogue)},
      {"has_unpriced", !unpriced_items(report, option, catalogue).empty()},
      // Option ids are user text: the link to the option's costs uses its position.
      {"cost_dom_id", "cost-" + std::to_string(index + 1)},
      {"stages", stages},
  };
}

mstch::map criterion_chart(const Report& report, Criterion c, const SeriesIndex& series,
                           double width, const Catalogue& catalogue) {
  ChartData data;
  data.series = series.series;
  for (const OptionResult& option : report.options) {
    ChartBarInput bar;
    bar.label = option.title.empty() ? option.id : option.title;
    bar.total = option.total[c].value;
    // An error bar only where the draws move the total (as under the figures of the tables).
    if (!interval_text(option.total[c], catalogue.language()).empty()) {
      bar.p5 = option.total[c].range->p5;
      bar.p95 = option.total[c].range->p95;
    }
    for (const StageResult& stage : option.stages) {
      bar.segments.push_back({series.of(stage.id), stage.total[c].value});
    }
    data.bars.push_back(std::move(bar));
  }
  const std::string unit(criterion_unit(c));
  ChartText text;
  text.dom_id = "chart-" + std::string(criterion_id(c));
  text.title = fill(catalogue.text("chart.title"),
                    {{"criterion", criterion_name(c, catalogue)}, {"unit", unit}});
  text.desc = fill(catalogue.text("chart.desc"), {{"unit", unit}});
  text.unit = unit;
  text.interval = catalogue.text("figure.interval");
  mstch::map view = chart_view(data, layout_stacked_bars(data, width), text, catalogue.language());
  // A cost total that leaves out what has no price is understated: the chart says whose.
  std::string understated;
  if (c == Criterion::kCost) {
    for (const OptionResult& option : report.options) {
      if (unpriced_items(report, option, catalogue).empty()) continue;
      understated += (understated.empty() ? "" : catalogue.text("cost.list_separator")) +
                     (option.title.empty() ? option.id : option.title);
    }
  }
  view.emplace("has_note", !understated.empty());
  view.emplace("note", understated.empty() ? std::string()
                                           : fill(catalogue.text("cost.chart_unpriced"),
                                                  {{"options", understated}}));
  return view;
}

mstch::array legend_view(const SeriesIndex& series) {
  mstch::array legend;
  for (std::size_t i = 0; i < series.series.size(); ++i) {
    legend.push_back(mstch::map{
        {"letter", series_letter(i)},
        {"colour", std::to_string(series_colour(i))},
        {"label", series.series[i].label},
    });
  }
  return legend;
}

// A value the engine wrote as exact decimal text, shown with the digit groups and decimal sign
// of the page's language; other values (ids, names) as they are.
std::string localised_param(const std::string& value, Language language) {
  double number = 0.0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) return value;
  return format_input(number, language);
}

// Boundary items in the page's language when the catalogue words them, else in English.
mstch::array boundary_items(const std::vector<BoundaryItem>& items, const Catalogue& catalogue) {
  mstch::array out;
  for (const BoundaryItem& item : items) {
    const std::string* wording = catalogue.find("boundary_item." + item.id);
    out.push_back(mstch::map{{"text", wording != nullptr ? *wording : item.text}});
  }
  return out;
}

mstch::array assumptions_view(const Report& report, const Catalogue& catalogue) {
  mstch::array out;
  for (const Assumption& assumption : report.assumptions) {
    // Worded from the catalogue by kind when it knows the kind; else the engine's English.
    const std::string* wording = catalogue.find("assumption." + assumption.kind);
    std::string text = assumption.text;
    if (wording != nullptr) {
      std::vector<PhraseValue> values;
      for (const auto& [name, value] : assumption.params) {
        // A criterion id is named as the page names criteria; a year is a date, printed as
        // written ("2026", not "2,026").
        const std::string* criterion =
            name == "criterion" ? catalogue.find("criteria." + value) : nullptr;
        if (criterion != nullptr) {
          values.emplace_back(name, *criterion);
        } else if (name == "year") {
          values.emplace_back(name, value);
        } else {
          values.emplace_back(name, localised_param(value, catalogue.language()));
        }
      }
      text = fill(*wording, values);
    }
    const bool translated = wording != nullptr || catalogue.language() == Language::kEnglish;
    const std::string& note = catalogue.text("assumptions.untranslated");
    out.push_back(mstch::map{
        {"id", assumption.id},
        {"text", text},
        {"translated", translated},
        {"has_note", !translated && !note.empty()},
        {"note", note},
    });
  }
  return out;
}

// When a price was read ("read 2026-09-26") or the period it covers ("prices of 2025-S2"); the
// date is printed as the factor table writes it.
std::string price_date_text(const std::string& date, const Catalogue& catalogue) {
  const bool is_day = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                      std::all_of(date.begin(), date.end(), [](char c) {
                        return c == '-' || std::isdigit(static_cast<unsigned char>(c)) != 0;
                      });
  return fill(catalogue.text(is_day ? "factors.price_read" : "factors.price_period"),
              {{"date", date}});
}

mstch::array factors_view(const Report& report, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  mstch::array out;
  for (const FactorUse& factor : report.factors) {
    const auto bound = [&](const std::optional<double>& value) {
      return value.has_value() ? format_display(*value, language) : std::string("?");
    };
    out.push_back(mstch::map{
        {"id", factor.id},
        {"label", factor.label.empty() ? factor.id : factor.label},
        {"value", format_display(factor.value, language)},
        {"unit", factor.unit},
        {"has_range", factor.low.has_value() || factor.high.has_value()},
        {"low", bound(factor.low)},
        {"high", bound(factor.high)},
        {"source_id", factor.source_id},
        {"source_title", factor.source_title.empty() ? factor.source_id : factor.source_title},
        {"has_url", !factor.source_url.empty()},
        {"has_link", is_web_url(factor.source_url)},
        {"url", factor.source_url},
        // A reference year is a date, printed exactly.
        {"year", factor.year > 0 ? std::to_string(factor.year) : std::string("—")},
        {"licence", factor.licence},
        {"fallback_note", factor.fallback_note},
        {"distribution", distribution_text(factor.distribution, factor.spread, catalogue)},
        {"has_price_date", !factor.price_date.empty()},
        {"price_date",
         factor.price_date.empty() ? std::string() : price_date_text(factor.price_date, catalogue)},
    });
  }
  return out;
}

}  // namespace

mstch::map report_view(const Report& report, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const SeriesIndex series = collect_series(report);
  mstch::array options;
  for (std::size_t i = 0; i < report.options.size(); ++i) {
    options.push_back(option_view(report, i, series, catalogue));
  }
  mstch::array other_charts;
  for (const Criterion c : kAllCriteria) {
    if (c == Criterion::kGwp) continue;
    other_charts.push_back(criterion_chart(report, c, series, kSmallChartWidth, catalogue));
  }
  const double years = report.project.horizon_years;
  const std::string total_key =
      std::string("headline.total") + std::string(plural_suffix(years, language));
  // A point run shows no range, no sensitivity, no pairwise comparison and no method box.
  const bool monte_carlo = report.uncertainty.draws > 0;
  const std::string draws = std::to_string(report.uncertainty.draws);
  return mstch::map{
      {"t", catalogue.tree()},
      {"engine_version", report.engine_version},
      {"methodology_version", report.methodology_version},
      {"factor_set_version", report.factor_set_version},
      {"project", project_view(report, catalogue)},
      {"run", run_text(report, catalogue)},
      {"monte_carlo", monte_carlo},
      {"headline_intro",
       monte_carlo ? fill(catalogue.text("headline.intro_monte_carlo"), {{"draws", draws}})
                   : catalogue.text("headline.intro")},
      {"whisker_note", fill(catalogue.text("chart.whisker_note"), {{"draws", draws}})},
      {"sensitivity", sensitivity_view(report, catalogue)},
      // Ranks and differences show for every run; the pairwise probabilities need draws.
      {"has_comparison",
       !report.comparison.rankings.empty() || (monte_carlo && !report.pairs.empty())},
      {"has_pairs_section", monte_carlo && !report.pairs.empty()},
      {"decision", decision_view(report, catalogue)},
      {"comparison", comparison_view(report, catalogue)},
      {"benefits", benefits_view(report, catalogue)},
      {"lots", lots_view(report, catalogue)},
      {"method", method_view(report, catalogue)},
      {"total_label", fill(catalogue.text(total_key), {{"years", format_input(years, language)}})},
      {"per_unit_label",
       fill(catalogue.text("headline.per_unit"), {{"unit", report.project.functional_unit}})},
      {"options", options},
      {"legend", legend_view(series)},
      {"main_chart", criterion_chart(report, Criterion::kGwp, series, kMainChartWidth, catalogue)},
      {"other_charts", other_charts},
      {"cost", cost_view(report, catalogue)},
      {"has_included", !report.boundary_included.empty()},
      {"included", boundary_items(report.boundary_included, catalogue)},
      {"has_excluded", !report.boundary_excluded.empty()},
      {"excluded", boundary_items(report.boundary_excluded, catalogue)},
      {"has_assumptions", !report.assumptions.empty()},
      {"assumptions", assumptions_view(report, catalogue)},
      {"has_factors", !report.factors.empty()},
      {"factors", factors_view(report, catalogue)},
      {"has_prices",
       std::any_of(report.factors.begin(), report.factors.end(),
                   [](const FactorUse& factor) { return !factor.price_date.empty(); })},
      {"footer", fill(catalogue.text("meta.footer"), {{"engine", report.engine_version},
                                                      {"methodology", report.methodology_version},
                                                      {"factors", report.factor_set_version}})},
  };
}

}  // namespace empreinte::report::html
