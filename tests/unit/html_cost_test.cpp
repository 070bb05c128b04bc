// Tests of the cost parts of the HTML report: the cost section (basis, categories, net present
// value, carbon valued, life-cycle cost), what has no price, the cost in each headline card, the
// note under the cost chart, the scatter plot of cost against climate change and its layout,
// exact rates, and escaping — in English and French, for point and Monte Carlo runs.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "reports/html/catalogue.h"
#include "reports/html/figure_text.h"
#include "reports/html/html_writer.h"
#include "reports/html/scatter_chart.h"

namespace empreinte::report {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";
constexpr const char* kEscapedScript = "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;";

Figure figure(double value) { return Figure{value, std::nullopt}; }

Figure ranged(double value, double p5, double p95) {
  return Figure{value, FigureRange{value, p5, value, p95, 1.0}};
}

StageResult stage(const std::string& id, const std::string& kind, const std::string& title,
                  double gwp, double cost) {
  StageResult s;
  s.id = id;
  s.kind = kind;
  s.title = title;
  s.total[Criterion::kGwp].value = gwp;
  s.total[Criterion::kCost].value = cost;
  s.use = s.total;
  s.declared_at = {"projet.toml", 10, 1};
  return s;
}

// Two options: an API with a network stage (no cost of its own), and a bought server whose
// purchase is priced, less its residual value, and whose electricity has no price.
Report costed_report() {
  Report report;
  report.engine_version = "0.1.0";
  report.methodology_version = "1.2";
  report.factor_set_version = "test";
  report.project.id = "assistant";
  report.project.title = "Assistant";
  report.project.functional_unit = "request";
  report.project.functional_units_per_year = 1000;
  report.project.horizon_years = 3;
  report.cost_basis = {0.032, 0.0, 264.2507467093355};

  OptionResult api;
  api.id = "api";
  api.title = "API SaaS";
  api.stages = {stage("requests", "api", "Requests", 188.0, 1590.0),
                stage("network", "network", std::string("Network ") + kScript, 0.5, 0.0)};
  api.total[Criterion::kGwp] = figure(188.5);
  api.total[Criterion::kCost] = figure(1590.0);
  api.cost.categories = {{"api_fees", figure(1590.0), figure(1579.2)}};
  api.cost.present_value = figure(1579.2);
  api.cost.carbon_value = figure(49.8);
  api.cost.life_cycle_cost = figure(1629.0);

  OptionResult server;
  server.id = "server";
  server.title = std::string("Server ") + kScript;
  server.stages = {stage("inference", "inference", "Inference", 267.0, 2600.0)};
  server.total[Criterion::kGwp] = figure(267.0);
  server.total[Criterion::kCost] = figure(2598.9);
  server.cost.categories = {{"capex", figure(15746.0), figure(15746.0)},
                            {"residual_value", figure(-14171.4), figure(-13950.0)},
                            {"maintenance", figure(787.3), figure(781.1)}};
  server.cost.present_value = figure(2577.1);
  server.cost.carbon_value = figure(70.4);
  server.cost.life_cycle_cost = figure(2647.5);
  report.options = {api, server};

  report.assumptions = {
      {"electricity-not-priced/server/inference",
       "No electricity price …",
       "electricity-not-priced",
       {{"option", "server"}, {"stage", "inference"}, {"zone", std::string("XX") + kScript}}},
      {"storage-network-not-priced",
       "Storage and network stages carry no cost …",
       "storage-network-not-priced",
       {}},
      {"carbon-value",
       "Carbon is valued at 264 EUR/tCO2e …",
       "carbon-value",
       {{"year", "2026"}, {"value", "264"}}},
  };
  FactorUse rate;
  rate.id = "default/discount_rate";
  rate.label = "Real discount rate";
  rate.value = 0.032;
  rate.unit = "1/year";
  rate.source_id = "france-strategie-discount-rate";
  rate.source_title = "Taux d'actualisation : un bêta sensible";
  report.factors = {rate};
  return report;
}

// The same report as a Monte Carlo run: ranges on the cost figures.
Report monte_carlo_costed_report() {
  Report report = costed_report();
  report.uncertainty.draws = 1000;
  report.uncertainty.seed = 1;
  OptionResult& api = report.options[0];
  api.total[Criterion::kGwp] = ranged(188.5, 158.0, 519.0);
  // The draws move the present value by less than the page's precision: no interval shows.
  api.cost.present_value = ranged(1579.2, 1578.6, 1580.4);
  api.cost.categories[0].present_value = api.cost.present_value;
  api.cost.carbon_value = ranged(49.8, 41.8, 137.0);
  OptionResult& server = report.options[1];
  server.total[Criterion::kGwp] = ranged(267.0, 107.0, 340.0);
  server.total[Criterion::kCost] = ranged(2598.9, 1370.0, 3110.0);
  server.cost.categories[1].undiscounted = ranged(-14171.4, -15678.3, -7142.8);
  server.cost.life_cycle_cost = ranged(2647.5, 1510.0, 3410.0);
  return report;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The markup of the element whose id is `id`, up to the end of its `tag`.
std::string element_with_id(const std::string& html, const std::string& tag,
                            const std::string& id) {
  const std::size_t start = html.find("<" + tag + " class=\"card cost\" id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</" + tag + ">", start) - start);
}

std::string section(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<section id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

TEST(HtmlCost, SectionStatesTheBasisInEnglish) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(costed_report());
  const std::string costs = section(html, "costs");
  ASSERT_FALSE(costs.empty());
  EXPECT_NE(html.find("<a href=\"#costs\">Costs</a>"), std::string::npos);
  EXPECT_NE(costs.find("Euros excluding VAT, at the prices of the dates they were read"),
            std::string::npos);
  EXPECT_NE(costs.find("over the 3-year horizon. Present values discount each cost at 3.2% a "
                       "year (source: “Taux d&#39;actualisation : un bêta sensible”) from when "
                       "it is paid; electricity prices stay at their level in constant euros. "
                       "Carbon is valued at 264 EUR&#x2F;tCO2e (the French value of climate "
                       "action, valeur de l’action pour le climat, for 2026)"),
            std::string::npos);
}

TEST(HtmlCost, SectionStatesTheBasisInFrench) {
  const std::string html = HtmlWriter(Language::kFrench).write_report(costed_report());
  const std::string costs = section(html, "costs");
  EXPECT_NE(html.find("<a href=\"#costs\">Coûts</a>"), std::string::npos);
  EXPECT_NE(costs.find("Euros hors TVA, aux prix des dates où ils ont été relevés"),
            std::string::npos);
  EXPECT_NE(costs.find("sur l’horizon de 3\u00A0ans. Les valeurs actuelles actualisent chaque "
                       "coût à 3,2\u202F% par an (source\u00A0: «\u00A0Taux d&#39;actualisation "
                       ": un bêta sensible\u00A0») à partir de sa date de paiement\u00A0; les prix "
                       "de l’électricité restent à leur niveau en euros constants. Le carbone est "
                       "valorisé à 264\u00A0EUR&#x2F;tCO2e (valeur de l’action pour le climat en "
                       "2026)"),
            std::string::npos);
}

TEST(HtmlCost, TablesListCategoriesNetPresentValueCarbonAndLifeCycleCost) {
  const std::string english = HtmlWriter(Language::kEnglish).write_report(costed_report());
  const std::string server = element_with_id(english, "article", "cost-2");
  ASSERT_FALSE(server.empty());
  EXPECT_NE(server.find(">Over 3 years, undiscounted</th>"), std::string::npos);
  EXPECT_NE(server.find(">Present value at 3.2% a year</th>"), std::string::npos);
  for (const char* cell :
       {"<th scope=\"row\">Hardware purchase</th><td class=\"num\">15,700</td><td "
        "class=\"num\">15,700</td>",
        "<tr class=\"credit\"><th scope=\"row\">Residual value at the end (deducted)</th><td "
        "class=\"num\">-14,200</td><td class=\"num\">-14,000</td>",
        "<tr class=\"total\"><th scope=\"row\">Total — net present value (NPV)</th><td "
        "class=\"num\">2,600</td><td class=\"num\">2,580</td>",
        "<tr class=\"carbon\"><th scope=\"row\">Carbon emitted, valued at 264 "
        "EUR&#x2F;tCO2e</th><td class=\"num\"><span class=\"muted\">—</span></td><td "
        "class=\"num\">70.4</td>",
        "<tr class=\"life-cycle\"><th scope=\"row\">Life-cycle cost (NPV + carbon)</th><td "
        "class=\"num\"><span class=\"muted\">—</span></td><td class=\"num\">2,650</td>"}) {
    EXPECT_NE(server.find(cell), std::string::npos) << cell;
  }
  const std::string french = HtmlWriter(Language::kFrench).write_report(costed_report());
  const std::string serveur = element_with_id(french, "article", "cost-2");
  EXPECT_NE(serveur.find(">Sur 3 ans, sans actualisation</th>"), std::string::npos);
  EXPECT_NE(serveur.find(">Valeur actuelle à 3,2\u202F% par an</th>"), std::string::npos);
  EXPECT_NE(serveur.find("Valeur résiduelle en fin d’horizon (déduite)</th><td "
                         "class=\"num\">-14\u202F200</td>"),
            std::string::npos);
  EXPECT_NE(serveur.find("Total — valeur actuelle nette (VAN)</th><td class=\"num\">2\u202F600"),
            std::string::npos);
  EXPECT_NE(serveur.find("Coût global (VAN + carbone)"), std::string::npos);
}

TEST(HtmlCost, SaysPlainlyWhatHasNoPrice) {
  const std::string english = HtmlWriter(Language::kEnglish).write_report(costed_report());
  const std::string server = element_with_id(english, "article", "cost-2");
  EXPECT_NE(server.find("<div class=\"unpriced\"><strong>Not priced, so this cost is "
                        "understated:</strong><ul><li>the electricity of stage "
                        "‘Inference’ (zone XX" +
                        std::string(kEscapedScript) + ")</li></ul></div>"),
            std::string::npos);
  // The API's network stage has no cost of its own: said, but not as a missing price.
  const std::string api = element_with_id(english, "article", "cost-1");
  EXPECT_EQ(api.find("class=\"unpriced\""), std::string::npos);
  EXPECT_NE(api.find("<div class=\"no-own-cost\">No cost of their own"), std::string::npos);
  EXPECT_NE(api.find("<li>network stage ‘Network " + std::string(kEscapedScript) + "’</li>"),
            std::string::npos);
  // The cost chart names the understated option, and only that one.
  EXPECT_NE(english.find("Some costs have no price, so these totals are understated: Server " +
                         std::string(kEscapedScript) + "."),
            std::string::npos);
  const std::string french = HtmlWriter(Language::kFrench).write_report(costed_report());
  EXPECT_NE(
      french.find(
          "<strong>Sans prix, donc ce coût est sous-estimé\u00A0:</strong><ul><li>l’électricité de "
          "l’étape «\u00A0Inference\u00A0» "
          "(zone XX"),
      std::string::npos);
  EXPECT_NE(french.find("<li>étape de réseau «\u00A0Network "), std::string::npos);
}

TEST(HtmlCost, HeadlineCardsGiveTheCostBesideTheImpacts) {
  const std::string english = HtmlWriter(Language::kEnglish).write_report(costed_report());
  const std::string headline = section(english, "headline");
  EXPECT_NE(headline.find("<p class=\"cost-lead\">Cost over 3 years: 1,590 EUR excluding VAT, "
                          "undiscounted; net present value 1,580 EUR; life-cycle cost, carbon "
                          "valued, 1,630 EUR.</p>"),
            std::string::npos);
  EXPECT_NE(headline.find("life-cycle cost, carbon valued, 2,650 EUR. <a class=\"understated\" "
                          "href=\"#cost-2\">Some of its costs have no price: this cost is "
                          "understated (see Costs).</a></p>"),
            std::string::npos);
  EXPECT_EQ(headline.find("href=\"#cost-1\""), std::string::npos);
  const std::string french = HtmlWriter(Language::kFrench).write_report(costed_report());
  EXPECT_NE(french.find("<p class=\"cost-lead\">Coût sur 3\u00A0ans\u00A0: 1\u202F590 EUR hors "
                        "TVA, sans actualisation\u00A0; valeur actuelle nette 1\u202F580\u00A0EUR"),
            std::string::npos);
}

TEST(HtmlCost, PointRunShowsNoIntervalAndMonteCarloRunDoes) {
  const std::string point =
      section(HtmlWriter(Language::kEnglish).write_report(costed_report()), "costs");
  EXPECT_EQ(point.find("class=\"range\""), std::string::npos);
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_costed_report());
  const std::string server = element_with_id(html, "article", "cost-2");
  EXPECT_NE(server.find("2,600<span class=\"range\"><span class=\"visually-hidden\">90% interval "
                        "</span><span class=\"nowrap\">1,370</span>–<wbr><span "
                        "class=\"nowrap\">3,110</span></span>"),
            std::string::npos);
  // A negative bound: the dash between the bounds is spaced.
  EXPECT_NE(server.find("<span class=\"nowrap\">-15,700</span>\u2009–\u2009<wbr><span "
                        "class=\"nowrap\">-7,140</span>"),
            std::string::npos);
  // 1,578.6 to 1,580.4 prints "1,580–1,580": no interval is shown.
  const std::string api = element_with_id(html, "article", "cost-1");
  EXPECT_EQ(api.find("1,580</span>–"), std::string::npos);
  EXPECT_NE(api.find("49.8<span class=\"range\">"), std::string::npos);
}

TEST(HtmlCost, OptionWithoutCostSaysSoAndEscapesItsTitle) {
  Report report = costed_report();
  report.options[1].cost = CostBreakdown{};
  const std::string html = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_EQ(lower(html).find("<script"), std::string::npos);
  const std::string server = element_with_id(html, "article", "cost-2");
  EXPECT_NE(server.find("<h3>Server " + std::string(kEscapedScript)), std::string::npos);
  EXPECT_NE(server.find("No cost of this option has a price."), std::string::npos);
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

std::string svg_with_id(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<svg id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</svg>", start) - start);
}

TEST(HtmlCost, ScatterPlotsCostAgainstClimateChangeWithErrorBars) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_costed_report());
  const std::string svg = svg_with_id(html, "scatter-cost-gwp");
  ASSERT_FALSE(svg.empty());
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"scatter-cost-gwp-title\">Cost against climate change, one "
                     "point per option</title>"),
            std::string::npos);
  EXPECT_EQ(count(svg, "<g class=\"point\">"), 2u);
  // The API: an interval across (climate change) only, its cost being a point figure; the
  // server: intervals on both axes.
  EXPECT_EQ(count(svg, "<g class=\"whisker\""), 3u);
  EXPECT_NE(svg.find("1. API SaaS: Climate change (GWP) 189 kgCO2e (90% interval 158–519 kgCO2e)"),
            std::string::npos);
  EXPECT_NE(svg.find("Cost (EUR excl. VAT, undiscounted) 2,600 EUR (90% interval 1,370–3,110 EUR)"),
            std::string::npos);
  // The server's cost is understated: an open point, said in words.
  EXPECT_EQ(count(svg, "class=\"point-marker understated\""), 1u);
  EXPECT_NE(svg.find("cost understated: some costs have no price"), std::string::npos);
  EXPECT_NE(svg.find("Climate change (GWP), in kgCO2e</text>"), std::string::npos);
  // User text is escaped inside the chart and in its key.
  EXPECT_EQ(lower(svg).find("<script"), std::string::npos);
  EXPECT_NE(svg.find("2. Server " + std::string(kEscapedScript)), std::string::npos);
  EXPECT_NE(html.find("<ol class=\"scatter-key\"><li><span class=\"point-key\">1</span> API "
                      "SaaS <span class=\"figures\"><span class=\"nowrap\">189 kgCO2e</span> · "
                      "<span class=\"nowrap\">1,590 EUR</span></span></li>"),
            std::string::npos);
  EXPECT_NE(html.find("Black error bars: the 90% interval of each figure"), std::string::npos);
  const std::string french =
      HtmlWriter(Language::kFrench).write_report(monte_carlo_costed_report());
  EXPECT_NE(svg_with_id(french, "scatter-cost-gwp")
                .find("Coût selon l’impact climatique, un point par option"),
            std::string::npos);
  EXPECT_NE(french.find("Changement climatique (PRG), en kgCO2e</text>"), std::string::npos);
}

TEST(HtmlCost, PointRunScatterHasNoErrorBars) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(costed_report());
  const std::string svg = svg_with_id(html, "scatter-cost-gwp");
  EXPECT_EQ(count(svg, "<g class=\"point\">"), 2u);
  EXPECT_EQ(svg.find("whisker"), std::string::npos);
  EXPECT_EQ(html.find("Black error bars: the 90% interval of each figure"), std::string::npos);
}

TEST(ScatterLayout, PlacesPointsOnAxesFromZeroAndWhiskersAtTheirPercentiles) {
  std::vector<html::ScatterPointInput> points = {
      {"A", {100.0, 50.0, 300.0}, {2000.0, std::nullopt, std::nullopt}, false},
      {"B", {400.0, std::nullopt, std::nullopt}, {-500.0, -900.0, 100.0}, true}};
  const html::ScatterLayout layout = html::layout_scatter(points, 800.0, 420.0, Language::kEnglish);
  ASSERT_EQ(layout.points.size(), 2u);
  const auto at = [](const std::vector<html::ScatterTick>& ticks, double value) {
    const html::ScatterTick& first = ticks.front();
    const html::ScatterTick& last = ticks.back();
    return first.position +
           (value - first.value) * (last.position - first.position) / (last.value - first.value);
  };
  // Across from zero; up from below zero, since a figure is negative.
  EXPECT_DOUBLE_EQ(layout.x_ticks.front().value, 0.0);
  EXPECT_LE(layout.y_ticks.front().value, -900.0);
  EXPECT_GE(layout.y_ticks.back().value, 2000.0);
  EXPECT_NEAR(layout.points[0].cx, at(layout.x_ticks, 100.0), 1e-9);
  EXPECT_NEAR(layout.points[0].cy, at(layout.y_ticks, 2000.0), 1e-9);
  EXPECT_TRUE(layout.points[0].has_x_whisker);
  EXPECT_FALSE(layout.points[0].has_y_whisker);
  EXPECT_NEAR(layout.points[0].x_low, at(layout.x_ticks, 50.0), 1e-9);
  EXPECT_NEAR(layout.points[0].x_high, at(layout.x_ticks, 300.0), 1e-9);
  EXPECT_TRUE(layout.points[1].has_y_whisker);
  // SVG y grows downwards: the 95th percentile is above the point, the 5th below.
  EXPECT_LT(layout.points[1].y_high, layout.points[1].cy);
  EXPECT_GT(layout.points[1].y_low, layout.points[1].cy);
  for (const html::ScatterPointBox& point : layout.points) {
    EXPECT_GE(point.cx, layout.plot_left);
    EXPECT_LE(point.cx, layout.plot_right);
    EXPECT_GE(point.cy, layout.plot_top);
    EXPECT_LE(point.cy, layout.plot_bottom);
  }
}

TEST(ScatterLayout, LabelsStayInThePlotAndDoNotCoverOtherPoints) {
  // Three options close together: each label goes where it covers no marker and no other label,
  // or is left out (the number and the key below still name the option).
  std::vector<html::ScatterPointInput> points;
  points.reserve(4);
  for (int i = 0; i < 3; ++i) {
    points.push_back({"Option with a fairly long title " + std::to_string(i),
                      {100.0 + i * 4.0, std::nullopt, std::nullopt},
                      {1000.0 + i * 30.0, std::nullopt, std::nullopt},
                      false});
  }
  points.push_back(
      {"Far", {900.0, std::nullopt, std::nullopt}, {5000.0, std::nullopt, std::nullopt}, false});
  const html::ScatterLayout layout = html::layout_scatter(points, 800.0, 420.0, Language::kEnglish);
  struct Rect {
    double left, top, right, bottom;
  };
  std::vector<Rect> labels;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const html::ScatterPointBox& point = layout.points[i];
    if (!point.has_label) continue;
    const double width = static_cast<double>(point.label_chars) * 7.2;
    const double left =
        point.label_anchor == "start"
            ? point.label_x
            : (point.label_anchor == "end" ? point.label_x - width : point.label_x - width / 2);
    const Rect rect{left, point.label_y - 11.0, left + width, point.label_y + 3.0};
    EXPECT_GE(rect.left, layout.plot_left);
    EXPECT_LE(rect.right, layout.plot_right);
    for (const html::ScatterPointBox& other : layout.points) {
      const double r = html::kScatterMarkerRadius;
      const bool covers = rect.left < other.cx + r && other.cx - r < rect.right &&
                          rect.top < other.cy + r && other.cy - r < rect.bottom;
      EXPECT_FALSE(covers) << "label " << i;
    }
    for (const Rect& placed : labels) {
      const bool overlaps = rect.left < placed.right && placed.left < rect.right &&
                            rect.top < placed.bottom && placed.top < rect.bottom;
      EXPECT_FALSE(overlaps) << "label " << i;
    }
    labels.push_back(rect);
  }
  EXPECT_TRUE(layout.points[3].has_label);
  EXPECT_EQ(layout.points[3].label_chars, 3u);
}

TEST(HtmlCost, RatesArePrintedExactlyAsPercentages) {
  const html::Catalogue english = html::Catalogue::load(Language::kEnglish);
  const html::Catalogue french = html::Catalogue::load(Language::kFrench);
  EXPECT_EQ(html::rate_percent_text(0.032, english), "3.2%");
  EXPECT_EQ(html::rate_percent_text(0.032, french), "3,2\u202F%");
  EXPECT_EQ(html::rate_percent_text(0.04, english), "4%");
  EXPECT_EQ(html::rate_percent_text(0.0325, english), "3.25%");
  EXPECT_EQ(html::rate_percent_text(-0.054, english), "-5.4%");
  EXPECT_EQ(html::rate_percent_text(0.0, english), "0%");
  EXPECT_EQ(html::rate_percent_text(1.5, english), "150%");
  EXPECT_EQ(html::rate_percent_text(0.00012, english), "0.012%");
}

}  // namespace
}  // namespace empreinte::report
