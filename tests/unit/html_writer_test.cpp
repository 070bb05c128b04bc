// Tests of the HTML writer: escaping, self-containment, language, number formatting, the stacked
// bar chart, determinism and the batch index; for a Monte Carlo run, the intervals, error bars,
// tornado charts, drivers in words, pairwise comparison and method box.

#include "reports/html/html_writer.h"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace empreinte::report {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";

ImpactSet impacts(double gwp, double energy, double primary, double water, double adpe) {
  ImpactSet set;
  set[Criterion::kGwp].value = gwp;
  set[Criterion::kEnergy].value = energy;
  set[Criterion::kPrimaryEnergy].value = primary;
  set[Criterion::kWater].value = water;
  set[Criterion::kAdpe].value = adpe;
  return set;
}

StageResult stage(const std::string& id, const std::string& title, double gwp) {
  StageResult s;
  s.id = id;
  s.kind = "compute";
  s.title = title;
  s.total = impacts(gwp, gwp * 10, gwp * 30, gwp * 2, gwp * 1e-6);
  s.use = impacts(gwp * 0.75, gwp * 10, gwp * 30, gwp * 1.5, gwp * 2e-7);
  s.embodied = impacts(gwp * 0.25, 0, 0, gwp * 0.5, gwp * 8e-7);
  s.flows = {{"device_hours", 1200, "h"}, {"it_energy", gwp * 8, "kWh"}};
  s.factor_ids = {"electricity/FR/gwp"};
  s.declared_at = {"projets/assistant.toml", 12, 3};
  return s;
}

Report sample_report() {
  Report report;
  report.engine_version = "0.1.0";
  report.methodology_version = "1.0";
  report.factor_set_version = "2024.1";
  report.project.id = "assistant-admin";
  report.project.title = std::string("Assistant génératif R&D ") + kScript;
  report.project.organisation = "Université de Saint-Étienne & partenaires";
  report.project.description = "Pilote avec dix équipes administratives.";
  report.project.functional_unit = "requête";
  report.project.functional_units_per_year = 250000;
  report.project.horizon_years = 3;
  report.project.source_file = "projets/assistant<1>.toml";
  report.boundary_included = {{"use", "Use phase of servers"},
                              {"embodied", "Embodied hardware, amortised"}};
  report.boundary_excluded = {{"user-terminals", "End-user terminals"}};

  OptionResult saas;
  saas.id = "saas";
  saas.title = "API SaaS";
  saas.description = std::string("Hosted API ") + kScript;
  saas.stages = {stage("training", "Fine-tuning", 7000.0), stage("inference", "Inférence", 4000.0),
                 stage("storage", "Stockage & sauvegarde", 1345.6)};
  saas.total = impacts(12345.6, 123456, 370000, 24691, 0.0123);
  saas.per_year = impacts(4115.2, 41152, 123333, 8230, 0.0041);
  saas.per_functional_unit = impacts(0.0165, 0.165, 0.493, 0.0329, 1.64e-8);

  OptionResult onprem;
  onprem.id = "on-prem";
  onprem.title = "Serveur sur site";
  onprem.stages = {stage("inference", "Inférence", 2500.0), stage("embodied", "Matériel", 900.0)};
  onprem.total = impacts(3400, 25000, 75000, 6800, 0.0034);
  onprem.per_year = impacts(1133.3, 8333, 25000, 2267, 0.00113);
  onprem.per_functional_unit = impacts(0.00453, 0.0333, 0.1, 0.00907, 4.5e-9);
  report.options = {saas, onprem};

  FactorUse grid;
  grid.id = "electricity/FR/gwp";
  grid.label = "Grid carbon intensity, France";
  grid.value = 0.052;
  grid.unit = "kgCO2e/kWh";
  grid.low = 0.03;
  grid.high = 0.08;
  grid.source_id = "ademe-base-empreinte";
  grid.source_title = "Base Empreinte® (ADEME)";
  grid.source_url = "https://base-empreinte.ademe.fr/";
  grid.year = 2023;
  grid.licence = "Licence Ouverte 2.0";
  FactorUse rogue;
  rogue.id = "hardware/custom";
  rogue.label = std::string("Custom server ") + kScript;
  rogue.value = 1500;
  rogue.unit = "kgCO2e";
  rogue.source_id = "user";
  rogue.source_title = "User table";
  rogue.source_url = "javascript:alert(1)";
  rogue.year = 2024;
  rogue.licence = "CC-BY-4.0";
  rogue.fallback_note = "no factor for zone FR-COR; used FR";
  report.factors = {grid, rogue};

  // Kinds the catalogue does not word: the page falls back to the engine's English.
  report.assumptions = {
      {"embodied-allocation-rented", "Rented hardware: embodied share by hours.", "", {}},
      {"user-note", std::string("Note ") + kScript, "", {}}};
  return report;
}

// Gives every figure of `set` a skewed range around its value.
void add_ranges(ImpactSet& set) {
  for (Figure& figure : set.figures) {
    figure.range = FigureRange{figure.value * 1.2, figure.value * 0.75, figure.value * 1.1,
                               figure.value * 1.8, figure.value * 0.01};
  }
}

void add_ranges(OptionResult& option) {
  add_ranges(option.total);
  add_ranges(option.per_year);
  add_ranges(option.per_functional_unit);
  for (StageResult& stage : option.stages) {
    add_ranges(stage.total);
    add_ranges(stage.use);
    add_ranges(stage.embodied);
  }
}

// The sample report as a Monte Carlo run: ranges everywhere, drivers, pairs, the method.
Report monte_carlo_report() {
  Report report = sample_report();
  for (OptionResult& option : report.options) add_ranges(option);
  OptionResult& saas = report.options[0];
  saas.total[Criterion::kGwp].range =
      FigureRange{14000.0, 9000.0, 13000.0, 21000.0, 120.0};  // "9,000–21,000; mean 14,000"
  saas.drivers[index_of(Criterion::kGwp)] = {
      {"electricity/FR/gwp", "Grid carbon intensity, France", "factor", 0.45, 11000.0, 18000.0},
      {"default/hardware_lifetime", "Hardware service life", "factor", 0.20, 16000.0, 12500.0},
      {"pue@projets/a.toml:12:7", "pue (projets/a.toml:12:7)", "input", 0.06, 13500.0, 14600.0},
      {"default/minor", "Minor factor", "factor", 0.01, 13900.0, 14100.0},
  };
  saas.drivers[index_of(Criterion::kEnergy)] = {
      {"datacentre/x/pue", "Power usage effectiveness, X", "factor", 0.8, 100000.0, 150000.0}};
  OptionResult& onprem = report.options[1];
  onprem.drivers[index_of(Criterion::kGwp)] = {
      {"hardware/custom", std::string("Custom server ") + kScript, "factor", 0.2, 3000.0, 4500.0},
      {"electricity/FR/gwp", "Grid carbon intensity, France", "factor", 0.1, 3300.0, 4000.0},
  };
  OptionPair pair{"saas", "on-prem", {}};
  pair.probability_first_lower = {0.03, 0.93, 0.5, 0.97, 0.15};  // kAllCriteria order
  report.pairs = {pair};
  report.uncertainty.draws = 1000;
  report.uncertainty.seed = 7;
  report.uncertainty.sampling = "latin-hypercube";
  report.uncertainty.sensitivity_method = "first-order-sobol-correlation-ratio";
  report.uncertainty.fixed_factor_count = 3;
  report.uncertainty.warnings = {std::string("few draws ") + kScript};
  UncertainInput grid{"electricity/FR/gwp",
                      "Grid carbon intensity, France",
                      "factor",
                      "triangular",
                      0.052,
                      0.03,
                      0.08,
                      std::nullopt,
                      "kgCO2e/kWh"};
  UncertainInput pue{"pue@projets/a.toml:12:7",
                     std::string("pue ") + kScript,
                     "input",
                     "lognormal",
                     1.3,
                     std::nullopt,
                     std::nullopt,
                     1.5,
                     "1"};
  report.uncertainty.inputs = {grid, pue};
  report.factors[0].distribution = "triangular";
  report.factors[1].distribution = "lognormal";
  report.factors[1].spread = 1.5;
  return report;
}

BatchIndex sample_index() {
  BatchIndex index;
  index.engine_version = "0.1.0";
  index.methodology_version = "1.0";
  index.factor_set_version = "2024.1";
  IndexEntry assessed;
  assessed.source_file = "projets/assistant.toml";
  assessed.project_id = "assistant-admin";
  assessed.title = "Assistant génératif";
  assessed.organisation = "Université";
  assessed.functional_unit = "requête";
  assessed.html_href = "assistant-admin.html";
  assessed.xml_href = "assistant-admin.xml";
  const Report report = sample_report();
  for (const OptionResult& option : report.options) {
    assessed.options.push_back({option.id, option.title, option.total, option.per_functional_unit});
  }
  IndexEntry rejected;
  rejected.source_file = std::string("projets/broken") + kScript + ".toml";
  rejected.rejected = true;
  rejected.error_count = 3;
  index.entries = {assessed, rejected};
  return index;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The markup of the <svg> whose id is `id`.
std::string svg_with_id(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<svg id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  const std::size_t end = html.find("</svg>", start);
  return html.substr(start, end - start);
}

std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(EMPREINTE_SOURCE_DIR) + "/" + relative);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void collect_keys(const toml::table& table, const std::string& prefix,
                  std::set<std::string>& keys) {
  for (const auto& [key, node] : table) {
    const std::string dotted =
        prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const toml::table* child = node.as_table()) {
      if (dotted != "assumption") collect_keys(*child, dotted, keys);
    } else {
      keys.insert(dotted);
    }
  }
}

std::set<std::string> catalogue_keys(const std::string& relative) {
  std::set<std::string> keys;
  collect_keys(toml::parse(read_file(relative)), "", keys);
  return keys;
}

class HtmlWriterBothLanguages : public ::testing::TestWithParam<Language> {};

TEST_P(HtmlWriterBothLanguages, EscapesUserTextAndHasNoScriptElement) {
  const std::string html = HtmlWriter(GetParam()).write_report(sample_report());
  EXPECT_EQ(lower(html).find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Université de Saint-Étienne &amp; partenaires"), std::string::npos);
  EXPECT_EQ(html.find("R&D"), std::string::npos);
  EXPECT_NE(html.find("projets&#x2F;assistant&lt;1&gt;.toml"), std::string::npos);
  // The chart labels carry user text too.
  EXPECT_EQ(svg_with_id(html, "chart-gwp").find("<script"), std::string::npos);
}

TEST_P(HtmlWriterBothLanguages, LoadsNoExternalResource) {
  const std::string html = lower(HtmlWriter(GetParam()).write_report(sample_report()));
  const std::regex external(R"((src\s*=|url\(|@import|<link|<img|<iframe|<object|<embed))");
  EXPECT_FALSE(std::regex_search(html, external));
  EXPECT_EQ(html.find("http://"), std::string::npos);
  // The one web address of the sample is a link to a source, not a resource.
  EXPECT_EQ(count(html, "https:"), 2u);  // the href and the printed address
  EXPECT_NE(html.find("<a href=\"https:&#x2f;&#x2f;base-empreinte.ademe.fr&#x2f;\""),
            std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
}

TEST_P(HtmlWriterBothLanguages, IsOneStyledPrintablePage) {
  const std::string html = HtmlWriter(GetParam()).write_report(sample_report());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(count(html, "<style>"), 1u);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("size: A4"), std::string::npos);
  EXPECT_NE(html.find("break-inside: avoid"), std::string::npos);
}

TEST_P(HtmlWriterBothLanguages, DrawsOneSegmentPerOptionAndStage) {
  const std::string svg =
      svg_with_id(HtmlWriter(GetParam()).write_report(sample_report()), "chart-gwp");
  ASSERT_FALSE(svg.empty());
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"chart-gwp-title\">"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"chart-gwp-desc\">"), std::string::npos);
  const std::regex rect(
      R"re(<rect class="seg series-(\d+)" x="([-\d.]+)" y="[\d.]+" width="([-\d.]+)")re");
  std::size_t rects = 0;
  std::set<std::string> series;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), rect); it != std::sregex_iterator();
       ++it) {
    ++rects;
    series.insert((*it)[1]);
    EXPECT_GT(std::stod((*it)[3]), 0.0) << (*it)[0];
  }
  EXPECT_EQ(rects, 5u);  // 3 stages of "saas" + 2 of "on-prem"
  EXPECT_EQ(count(svg, "<rect"), 5u);
  EXPECT_EQ(series.size(), 4u);  // "inference" is one series in both options
  // Every stage is named in the legend, with its letter, so colour is never the only key.
  for (const char* label : {"Fine-tuning", "Inférence", "Stockage &amp; sauvegarde", "Matériel"}) {
    EXPECT_NE(svg.find(label), std::string::npos) << label;
  }
  for (const char* letter : {">A<", ">B<", ">C<", ">D<"}) {
    EXPECT_NE(svg.find(letter), std::string::npos) << letter;
  }
}

TEST_P(HtmlWriterBothLanguages, RendersByteIdenticalPages) {
  const Report report = sample_report();
  const std::string first = HtmlWriter(GetParam()).write_report(report);
  const HtmlWriter writer(GetParam());
  EXPECT_EQ(first, writer.write_report(report));
  EXPECT_EQ(first, writer.write_report(sample_report()));
  EXPECT_EQ(writer.write_index(sample_index()), writer.write_index(sample_index()));
}

TEST_P(HtmlWriterBothLanguages, PointRunHasNoUncertaintySection) {
  const std::string html = HtmlWriter(GetParam()).write_report(sample_report());
  for (const char* absent :
       {"id=\"comparison\"", "id=\"sensitivity\"", "id=\"uncertainty\"", "href=\"#comparison\"",
        "href=\"#sensitivity\"", "href=\"#uncertainty\"", "class=\"range\"", "class=\"whisker\"",
        "class=\"tornado\"", "class=\"lead\"", "90%", "90\u202F%", "Distribution"}) {
    EXPECT_EQ(html.find(absent), std::string::npos) << absent;
  }
}

TEST_P(HtmlWriterBothLanguages, MonteCarloRunEscapesDriverAndInputLabels) {
  const std::string html = HtmlWriter(GetParam()).write_report(monte_carlo_report());
  EXPECT_EQ(lower(html).find("<script"), std::string::npos);
  const std::string escaped = "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;";
  // In the tornado chart, the driver table, the drawn values and the warnings.
  EXPECT_NE(svg_with_id(html, "tornado-2-gwp").find("Custom server " + escaped), std::string::npos);
  EXPECT_NE(html.find("pue " + escaped), std::string::npos);
  EXPECT_NE(html.find("few draws " + escaped), std::string::npos);
}

TEST_P(HtmlWriterBothLanguages, MonteCarloRunDrawsErrorBarsAndTornadoCharts) {
  const std::string html = HtmlWriter(GetParam()).write_report(monte_carlo_report());
  const std::string bars = svg_with_id(html, "chart-gwp");
  EXPECT_EQ(count(bars, "<g class=\"whisker\""), 2u);  // one per option
  const std::string tornado = svg_with_id(html, "tornado-1-gwp");
  ASSERT_FALSE(tornado.empty());
  EXPECT_NE(tornado.find("role=\"img\""), std::string::npos);
  EXPECT_EQ(count(tornado, "<g class=\"bar\">"), 4u);
  EXPECT_EQ(count(tornado, "class=\"tornado-low\""), 4u);
  EXPECT_EQ(count(tornado, "class=\"tornado-high\""), 4u);
  EXPECT_EQ(count(tornado, "<line class=\"mean\""), 1u);
  // Largest share first, as the model orders them.
  EXPECT_LT(tornado.find("Grid carbon intensity, France"), tornado.find("Hardware service life"));
  EXPECT_FALSE(svg_with_id(html, "tornado-2-gwp").empty());
}

INSTANTIATE_TEST_SUITE_P(Languages, HtmlWriterBothLanguages,
                         ::testing::Values(Language::kEnglish, Language::kFrench),
                         [](const ::testing::TestParamInfo<Language>& param_info) {
                           return param_info.param == Language::kFrench ? "French" : "English";
                         });

TEST(HtmlWriter, EnglishPageIsInEnglishWithEnglishNumbers) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(sample_report());
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<strong>12,300</strong>"), std::string::npos);
  EXPECT_NE(html.find("Headline figures"), std::string::npos);
  EXPECT_NE(html.find("Over 3 years"), std::string::npos);
  EXPECT_NE(html.find("0.0165"), std::string::npos);
  EXPECT_EQ(html.find("Chiffres clés"), std::string::npos);
}

TEST(HtmlWriter, FrenchPageIsInFrenchWithFrenchNumbers) {
  const std::string html = HtmlWriter(Language::kFrench).write_report(sample_report());
  EXPECT_NE(html.find("<html lang=\"fr\">"), std::string::npos);
  EXPECT_NE(html.find("<strong>12\u202F300</strong>"), std::string::npos);
  EXPECT_EQ(html.find("12,300"), std::string::npos);
  EXPECT_NE(html.find("0,0165"), std::string::npos);
  EXPECT_NE(html.find("Chiffres clés"), std::string::npos);
  EXPECT_NE(html.find("Changement climatique (PRG)"), std::string::npos);
  EXPECT_NE(html.find("Sur 3 ans"), std::string::npos);
  EXPECT_EQ(html.find("Headline figures"), std::string::npos);
  // Assumption texts come in English: marked as such for screen readers and readers.
  EXPECT_NE(html.find("<span lang=\"en\">Rented hardware: embodied share by hours.</span>"),
            std::string::npos);
}

TEST(HtmlWriter, ReportListsBoundaryFactorsAndStages) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(sample_report());
  EXPECT_NE(html.find("End-user terminals"), std::string::npos);
  EXPECT_NE(html.find("Grid carbon intensity, France"), std::string::npos);
  EXPECT_NE(
      html.find("<span class=\"nowrap\">0.0300</span> – <span class=\"nowrap\">0.0800</span>"),
      std::string::npos);
  EXPECT_NE(html.find("Licence Ouverte 2.0"), std::string::npos);
  EXPECT_NE(html.find("no factor for zone FR-COR; used FR"), std::string::npos);
  EXPECT_NE(html.find(">2023<"), std::string::npos);
  EXPECT_NE(html.find("Device-hours"), std::string::npos);
  EXPECT_EQ(count(html, "<tbody class=\"stage\">"), 5u);
  EXPECT_NE(html.find("projets&#x2F;assistant.toml:12:3"), std::string::npos);
}

TEST(HtmlWriter, IndexShowsRejectedFilesAndLinksAssessedReports) {
  const std::string html = HtmlWriter(Language::kEnglish).write_index(sample_index());
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_EQ(lower(html).find("<script"), std::string::npos);
  EXPECT_NE(html.find("projets&#x2F;broken&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("badge-rejected\">✗ Rejected</span>"), std::string::npos);
  EXPECT_NE(html.find("3 errors"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"assistant-admin.html\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"assistant-admin.xml\">"), std::string::npos);
  EXPECT_NE(html.find("12,300"), std::string::npos);
  EXPECT_NE(html.find("Files: 2 · assessed: 1 · rejected: 1"), std::string::npos);

  const std::string french = HtmlWriter(Language::kFrench).write_index(sample_index());
  EXPECT_NE(french.find("<html lang=\"fr\">"), std::string::npos);
  EXPECT_NE(french.find("✗ Rejeté"), std::string::npos);
  EXPECT_NE(french.find("3 erreurs"), std::string::npos);
  EXPECT_NE(french.find("12\u202F300"), std::string::npos);
}

TEST(HtmlWriter, RendersAReportWithNothingInIt) {
  Report empty;
  empty.project.id = "empty";
  const std::string html = HtmlWriter(Language::kFrench).write_report(empty);
  EXPECT_NE(html.find("<h1>empty</h1>"), std::string::npos);
  EXPECT_NE(html.find("Aucune hypothèse n’a été appliquée."), std::string::npos);
  EXPECT_NE(html.find("Aucun facteur n’a été utilisé."), std::string::npos);
  EXPECT_EQ(count(svg_with_id(html, "chart-gwp"), "<rect"), 0u);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

TEST(HtmlWriter, NamesTheMonteCarloRunAndCutsLongChartLabels) {
  Report report = sample_report();
  report.uncertainty.draws = 10000;
  report.uncertainty.seed = 12345678901234ULL;
  const std::string long_title(200, 'x');
  report.options[1].title = long_title;
  const std::string html = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_NE(html.find("10000 Monte Carlo samples, seed 12345678901234"), std::string::npos);
  const std::string svg = svg_with_id(html, "chart-gwp");
  EXPECT_NE(svg.find("<title>" + long_title + ": 3,400 kgCO2e</title>"), std::string::npos);
  EXPECT_EQ(svg.find(">" + long_title + "</text>"), std::string::npos);
  EXPECT_NE(svg.find("xxx…</text>"), std::string::npos);
}

TEST(HtmlWriter, MonteCarloRunShowsIntervalsInEnglish) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  EXPECT_NE(html.find("Climate change (GWP) over 3 years: 12,300 kgCO2e (90% interval "
                      "9,000–21,000; mean 14,000)."),
            std::string::npos);
  EXPECT_NE(
      html.find("<strong>12,300</strong><span class=\"range\"><span class=\"visually-hidden\">90% "
                "interval </span><span class=\"nowrap\">9,000</span>–<wbr><span class=\"nowrap\">"
                "21,000</span></span><span class=\"range\">mean <span class=\"nowrap\">14,000"
                "</span></span>"),
      std::string::npos);
  EXPECT_NE(html.find("90% of the 1000 Monte Carlo draws"), std::string::npos);
  const std::string bars = svg_with_id(html, "chart-gwp");
  EXPECT_NE(bars.find("API SaaS: total 12,300 kgCO2e, 90% interval 9,000–21,000 kgCO2e"),
            std::string::npos);
  EXPECT_NE(html.find("Black error bars: the 90% interval of each option total"),
            std::string::npos);
}

TEST(HtmlWriter, MonteCarloRunWordsTheTopDriversInEnglish) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  EXPECT_NE(html.find("This figure depends most on “Grid carbon intensity, France” — 45.0% of its "
                      "variance — then on “Hardware service life” (20.0%) and on the value of pue "
                      "at projets&#x2F;a.toml:12:7 (6.00%)."),
            std::string::npos);
  // The second option's drivers explain 30 % alone: the page says where the rest comes from.
  EXPECT_EQ(count(html,
                  "Taken one at a time, the inputs listed explain less than 70% of the "
                  "variance"),
            1u);
  EXPECT_NE(html.find("45.0% of the variance"), std::string::npos);
  EXPECT_NE(html.find("Power usage effectiveness, X <span class=\"nowrap\">(80.0%)</span>"),
            std::string::npos);
  EXPECT_EQ(html.find("<span lang=\"en\">“Grid"), std::string::npos);
}

TEST(HtmlWriter, MonteCarloRunWordsTheTopDriversInFrench) {
  const std::string html = HtmlWriter(Language::kFrench).write_report(monte_carlo_report());
  // Factor labels are English: marked so, inside the French sentence.
  EXPECT_NE(
      html.find("Ce chiffre dépend surtout de <span lang=\"en\">«\u00A0Grid carbon intensity, "
                "France\u00A0»</span> — 45,0\u202F% de sa variance —, puis de <span "
                "lang=\"en\">«\u00A0Hardware service life\u00A0»</span> (20,0\u202F%) et de la "
                "valeur de pue en projets&#x2F;a.toml:12:7 (6,00\u202F%)."),
      std::string::npos);
  EXPECT_NE(html.find("Prises une à une, les données listées expliquent moins de 70\u202F% de la "
                      "variance"),
            std::string::npos);
  EXPECT_NE(
      html.find("Changement climatique (PRG) sur 3 ans\u00A0: 12\u202F300 kgCO2e (intervalle à "
                "90\u202F%\u00A0: 9\u202F000–21\u202F000\u00A0; moyenne 14\u202F000)."),
      std::string::npos);
  EXPECT_EQ(html.find("This figure depends"), std::string::npos);
}

TEST(HtmlWriter, MonteCarloRunComparesOptionsInWordsWithThresholds) {
  const std::string english = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  EXPECT_NE(english.find("“almost certainly lower” when it is lower in at least 95% of the draws, "
                         "“likely lower” in at least 80%; “almost certainly higher” when it is "
                         "lower in at most 5% of them, “likely higher” in at most 20%"),
            std::string::npos);
  EXPECT_NE(english.find("<span class=\"first\">API SaaS</span> <span class=\"vs\">vs</span> <span "
                         "class=\"second\">Serveur sur site</span>"),
            std::string::npos);
  for (const char* cell : {"almost_certainly_higher\"><span class=\"words\">almost certainly "
                           "higher</span> <span class=\"probability\">3.00%</span>",
                           "likely_lower\"><span class=\"words\">likely lower</span> <span "
                           "class=\"probability\">93.0%</span>",
                           "no_clear_difference\"><span class=\"words\">no clear difference</span>",
                           "almost_certainly_lower\"><span class=\"words\">almost certainly lower",
                           "likely_higher\"><span class=\"words\">likely higher"}) {
    EXPECT_NE(english.find(cell), std::string::npos) << cell;
  }
  const std::string french = HtmlWriter(Language::kFrench).write_report(monte_carlo_report());
  EXPECT_NE(french.find("presque certainement supérieure"), std::string::npos);
  EXPECT_NE(french.find("probablement inférieure</span> <span class=\"probability\">93,0\u202F%"),
            std::string::npos);
  EXPECT_NE(french.find("au moins 95\u202F% des tirages"), std::string::npos);
}

TEST(HtmlWriter, MonteCarloRunStatesTheMethodAndTheDistributions) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  EXPECT_NE(html.find("<dt>Draws</dt><dd>1000</dd>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Seed</dt><dd>7</dd>"), std::string::npos);
  EXPECT_NE(html.find("Latin hypercube"), std::string::npos);
  EXPECT_NE(html.find("3 factors used have no stated spread"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">Distribution</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>lognormal, gsd 1.50</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>triangular</td>"), std::string::npos);
  EXPECT_NE(
      html.find("<span class=\"nowrap\">0.0300</span> – <span class=\"nowrap\">0.0800</span>"),
      std::string::npos);
  // The method box sits just before the factors.
  EXPECT_LT(html.find("id=\"uncertainty\""), html.find("id=\"factors\""));
  const std::string french = HtmlWriter(Language::kFrench).write_report(monte_carlo_report());
  EXPECT_NE(french.find("<td>log-normale, écart-type géométrique 1,50</td>"), std::string::npos);
  // The engine's warnings are English: marked so on the French page.
  EXPECT_NE(french.find("<li><span lang=\"en\">few draws "), std::string::npos);
}

TEST(HtmlWriter, FigureThatNoDrawMovesHasNoInterval) {
  Report report = monte_carlo_report();
  Figure& embodied = report.options[1].stages[0].embodied[Criterion::kEnergy];
  embodied.range = FigureRange{0.0, 0.0, 0.0, 0.0, 0.0};
  const std::string html = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_EQ(html.find("0</span>–<wbr><span class=\"nowrap\">0</span>"), std::string::npos);
}

TEST(HtmlWriter, OptionWithoutDriversSaysSo) {
  Report report = monte_carlo_report();
  report.options[1].drivers = {};
  const std::string html = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_NE(html.find("No drawn input explains a measurable share of this figure’s variance."),
            std::string::npos);
  EXPECT_TRUE(svg_with_id(html, "tornado-2-gwp").empty());
}

TEST(HtmlWriter, RendersTheSamePageFromManyThreads) {
  const HtmlWriter writer(Language::kFrench);
  const Report report = sample_report();
  const std::string expected = writer.write_report(report);
  std::vector<std::string> pages(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    threads.emplace_back([&, i] { pages[i] = writer.write_report(report); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& page : pages) EXPECT_EQ(page, expected);
}

TEST(HtmlWriter, CataloguesHaveTheSameKeysAndCoverTheTemplates) {
  const std::set<std::string> english = catalogue_keys("templates/i18n/en.toml");
  const std::set<std::string> french = catalogue_keys("templates/i18n/fr.toml");
  EXPECT_EQ(english, french);
  for (const char* name : {"templates/report.html.mustache", "templates/index.html.mustache",
                           "templates/chart.svg.mustache", "templates/tornado.svg.mustache",
                           "templates/scatter.svg.mustache"}) {
    const std::string text = read_file(name);
    ASSERT_FALSE(text.empty()) << name;
    const std::regex key(R"(\{\{t\.([a-z_]+\.[a-z_]+)\}\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), key);
         it != std::sregex_iterator(); ++it) {
      EXPECT_EQ(english.count((*it)[1]), 1u) << name << ": " << (*it)[1];
    }
  }
}

TEST(HtmlWriter, FactorsTableSaysWhenEachPriceWasRead) {
  Report report = sample_report();
  FactorUse rental;
  rental.id = "price/rental/scaleway/l40s/instance_hour";
  rental.label = "Rental of an L40S instance";
  rental.value = 1.4;
  rental.unit = "EUR/h";
  rental.source_id = "scaleway-gpu-pricing";
  rental.year = 2026;
  rental.price_date = "2026-09-26";
  FactorUse grid = rental;
  grid.id = "price/electricity/FR/energy_price";
  grid.unit = "EUR/MWh";
  grid.price_date = "2025-S2";
  FactorUse odd = rental;
  odd.id = "price/user/odd";
  odd.price_date = kScript;
  report.factors = {rental, grid, odd, report.factors[0]};
  const std::string english = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_NE(english.find("<span class=\"unit\">EUR&#x2F;h</span><span class=\"price-date\">read "
                         "2026-09-26</span>"),
            std::string::npos);
  EXPECT_NE(english.find("<span class=\"price-date\">period 2025-S2</span>"), std::string::npos);
  EXPECT_NE(english.find("the day it was read or the period it covers"), std::string::npos);
  EXPECT_EQ(count(english, "class=\"price-date\""), 3u);  // not the grid carbon factor
  EXPECT_EQ(lower(english).find("<script"), std::string::npos);
  const std::string french = HtmlWriter(Language::kFrench).write_report(report);
  EXPECT_NE(french.find("<span class=\"price-date\">relevé le 2026-09-26</span>"),
            std::string::npos);
  EXPECT_NE(french.find("<span class=\"price-date\">période 2025-S2</span>"), std::string::npos);
  // Without prices, the page does not explain their dates.
  EXPECT_EQ(HtmlWriter(Language::kEnglish).write_report(sample_report()).find("period it covers"),
            std::string::npos);
}

std::set<std::string> assumption_kinds(const std::string& relative) {
  std::set<std::string> kinds;
  const toml::table table = toml::parse(read_file(relative));
  for (const auto& [key, node] : *table["assumption"].as_table())
    kinds.insert(std::string(key.str()));
  return kinds;
}

TEST(HtmlWriter, CataloguesWordTheSameAssumptionKindsIncludingCosts) {
  const std::set<std::string> english = assumption_kinds("templates/i18n/en.toml");
  EXPECT_EQ(english, assumption_kinds("templates/i18n/fr.toml"));
  for (const char* kind : {"rental-price-median", "rental-not-priced", "purchase-not-priced",
                           "api-not-priced", "electricity-not-priced", "electricity-price-fallback",
                           "carbon-value", "storage-network-not-priced"}) {
    EXPECT_EQ(english.count(kind), 1u) << kind;
  }
}

TEST(HtmlWriter, WordsCostAssumptionsInFrenchWithTheirYearAsWritten) {
  Report report = sample_report();
  report.assumptions = {
      {"carbon-value",
       "Carbon is valued at 264 EUR/tCO2e …",
       "carbon-value",
       {{"year", "2026"}, {"value", "264"}}},
      {"rental-not-priced/sans-ia/intranet",
       "No rental price …",
       "rental-not-priced",
       {{"option", "sans-ia"}, {"stage", "intranet"}, {"device", std::string("VM ") + kScript}}}};
  const std::string french = HtmlWriter(Language::kFrench).write_report(report);
  EXPECT_NE(
      french.find("Le carbone est valorisé à 264 EUR&#x2F;tCO2e, la valeur de l’action pour le "
                  "climat (trajectoire de référence française) en 2026, année"),
      std::string::npos);
  EXPECT_NE(french.find("Aucun prix de location de VM &lt;script&gt;"), std::string::npos);
  EXPECT_EQ(french.find("<span lang=\"en\">Carbon is valued"), std::string::npos);
  const std::string english = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_NE(english.find("(valeur de l&#39;action pour le climat) in 2026, the start year"),
            std::string::npos);
  EXPECT_EQ(english.find("2,026"), std::string::npos);
}

}  // namespace
}  // namespace empreinte::report
