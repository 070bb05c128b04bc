// Tests of the "Benefits" and "Lots of the tender" sections of the HTML report: induced against
// avoided, the net and the payback in words (within, after the horizon, never), and each lot's
// total with what it adds — in English and French, escaped, and without ranges for a point run.

#include <gtest/gtest.h>

#include <string>

#include "reports/html/html_writer.h"

namespace empreinte::report {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";
constexpr const char* kEscapedScript = "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;";

Figure ranged(double value, double p5, double p95) {
  return Figure{value, FigureRange{value, p5, value, p95, 1.0}};
}

// One option whose benefit saves money (pays back its cost in 0.344 years) and avoids no carbon;
// two lots.
Report point_report() {
  Report report;
  report.project.id = "p";
  report.project.title = "P";
  report.project.functional_unit = "request";
  report.project.horizon_years = 0.5;
  OptionResult api;
  api.id = "api";
  api.title = "API";
  api.total[Criterion::kGwp].value = 188.0;
  api.total[Criterion::kCost].value = 34200.0;
  BenefitBalance balance;
  BenefitResult saved;
  saved.id = "time";
  saved.title = std::string("Time saved ") + kScript;
  saved.unit = "hour";
  saved.quantity_per_year = 3000.0;
  saved.avoided[Criterion::kCost].value = 46500.0;
  balance.benefits = {saved};
  balance.avoided = saved.avoided;
  balance.net = api.total;
  balance.net[Criterion::kCost].value = -12300.0;
  balance.payback[index_of(Criterion::kCost)].years = 0.344;
  api.balance = balance;
  report.options = {api};
  report.lot_unit = "team";
  LotResult first{"firm", "Firm lot: 10 teams", 10.0, 1.0, {}};
  LotOption first_api{"api", api.total, api.total};
  first.options = {first_api};
  LotResult second{"option-1", std::string("Optional ") + kScript, 15.0, 1.5, {}};
  LotOption second_api{"api", api.total, {}};
  second_api.total[Criterion::kGwp].value = 282.0;
  second_api.added[Criterion::kGwp].value = 94.0;
  second.options = {second_api};
  report.lots = {first, second};
  return report;
}

Report monte_carlo_report() {
  Report report = point_report();
  report.uncertainty.draws = 1000;
  OptionResult& api = report.options[0];
  api.total[Criterion::kGwp] = ranged(188.0, 158.0, 519.0);
  api.balance->net[Criterion::kGwp] = api.total[Criterion::kGwp];
  api.balance->payback[index_of(Criterion::kCost)].probability_within_horizon = 1.0;
  api.balance->payback[index_of(Criterion::kGwp)].probability_within_horizon = 0.0;
  report.lots[1].options[0].added[Criterion::kGwp] = ranged(94.0, 79.1, 259.0);
  return report;
}

std::string section(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<section id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

TEST(HtmlBenefits, SaysWhenAnOptionPaysBackInEnglish) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  const std::string benefits = section(html, "benefits");
  ASSERT_FALSE(benefits.empty());
  EXPECT_NE(html.find("<a href=\"#benefits\">Benefits</a>"), std::string::npos);
  EXPECT_NE(benefits.find("API pays back its cost in 0.344 years (probability 100% within the "
                          "horizon)."),
            std::string::npos);
  EXPECT_NE(benefits.find("API never pays back its carbon footprint: it avoids none."),
            std::string::npos);
  EXPECT_NE(benefits.find("3,000 hour per year"), std::string::npos);
  EXPECT_NE(benefits.find("-12,300"), std::string::npos);
  EXPECT_NE(benefits.find("158</span>–<wbr><span class=\"nowrap\">519"), std::string::npos);
}

TEST(HtmlBenefits, SaysWhenAnOptionPaysBackInFrench) {
  const std::string html = HtmlWriter(Language::kFrench).write_report(monte_carlo_report());
  const std::string benefits = section(html, "benefits");
  EXPECT_NE(benefits.find("API compense son coût en 0,344 an (probabilité 100\u202F% dans "
                          "l’horizon)."),
            std::string::npos);
  EXPECT_NE(benefits.find("API ne compense jamais son empreinte carbone\u00A0: rien n’est évité "
                          "sur ce critère."),
            std::string::npos);
}

TEST(HtmlBenefits, SaysAPaybackAfterTheHorizonIsNotOneWithinIt) {
  Report report = point_report();
  report.options[0].balance->payback[index_of(Criterion::kCost)].years = 0.801;
  const std::string en = section(HtmlWriter(Language::kEnglish).write_report(report), "benefits");
  EXPECT_NE(en.find("API would pay back its cost in 0.801 years, after the horizon of 0.5 years: "
                    "not within the project."),
            std::string::npos);
}

TEST(HtmlBenefits, EscapesBenefitTitlesAndShowsNoRangeForAPointRun) {
  for (const Language language : {Language::kEnglish, Language::kFrench}) {
    const std::string benefits =
        section(HtmlWriter(language).write_report(point_report()), "benefits");
    ASSERT_FALSE(benefits.empty());
    EXPECT_EQ(benefits.find(kScript), std::string::npos);
    EXPECT_NE(benefits.find(kEscapedScript), std::string::npos);
    EXPECT_EQ(benefits.find("class=\"range\""), std::string::npos);
    EXPECT_EQ(benefits.find("probabilit"), std::string::npos);
  }
}

TEST(HtmlBenefits, NoSectionWithoutBenefits) {
  Report report = point_report();
  report.options[0].balance.reset();
  const std::string html = HtmlWriter(Language::kEnglish).write_report(report);
  EXPECT_EQ(html.find("<section id=\"benefits\""), std::string::npos);
  EXPECT_EQ(html.find("href=\"#benefits\""), std::string::npos);
}

TEST(HtmlLots, ShowsEachLotsTotalAndWhatItAddsInEnglishAndFrench) {
  const std::string en =
      section(HtmlWriter(Language::kEnglish).write_report(monte_carlo_report()), "lots");
  ASSERT_FALSE(en.empty());
  EXPECT_NE(en.find("Firm lot: 10 teams"), std::string::npos);
  EXPECT_NE(en.find("volume 15 (team) · × 1.5"), std::string::npos);
  EXPECT_NE(en.find("<span class=\"plus\">+94.0</span>"), std::string::npos);
  EXPECT_NE(en.find("79.1</span>–<wbr><span class=\"nowrap\">259"), std::string::npos);
  EXPECT_NE(en.find("Other criteria (central values)"), std::string::npos);
  const std::string fr =
      section(HtmlWriter(Language::kFrench).write_report(monte_carlo_report()), "lots");
  EXPECT_NE(fr.find("Tranches du marché"), std::string::npos);
  EXPECT_NE(fr.find("volume 15 (team) · × 1,5"), std::string::npos);
  EXPECT_NE(fr.find("<span class=\"plus\">+94,0</span>"), std::string::npos);
}

TEST(HtmlLots, EscapesLotTitlesAndShowsNoRangeForAPointRun) {
  for (const Language language : {Language::kEnglish, Language::kFrench}) {
    const std::string lots = section(HtmlWriter(language).write_report(point_report()), "lots");
    ASSERT_FALSE(lots.empty());
    EXPECT_EQ(lots.find(kScript), std::string::npos);
    EXPECT_NE(lots.find(std::string("Optional ") + kEscapedScript), std::string::npos);
    EXPECT_EQ(lots.find("class=\"range\""), std::string::npos);
  }
  Report report = point_report();
  report.lots.clear();
  EXPECT_EQ(HtmlWriter(Language::kEnglish).write_report(report).find("<section id=\"lots\""),
            std::string::npos);
}

}  // namespace
}  // namespace empreinte::report
