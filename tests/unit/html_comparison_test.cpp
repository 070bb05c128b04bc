// Tests of the "Comparing options" section of the HTML report: rankings per criterion with the
// difference to the best and P(lowest), the unsettled-rank flag, dominated options, and award
// scores with their formula, source and caution — in English and French, escaped, and without
// ranges for a point run.

#include <gtest/gtest.h>

#include <string>

#include "reports/html/html_writer.h"

namespace empreinte::report {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";
constexpr const char* kEscapedScript = "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;";

FigureRange draws(double p5, double p95) {
  return FigureRange{(p5 + p95) / 2, p5, (p5 + p95) / 2, p95, 1.0};
}

OptionResult option(const std::string& id, const std::string& title, double gwp) {
  OptionResult o;
  o.id = id;
  o.title = title;
  for (const Criterion c : kAllCriteria) o.total[c].value = gwp;
  return o;
}

// Two options; the API is first on every criterion on central values but the lowest in only 40 %
// of the draws; the server is dominated by it (robustly) and scores 25 out of 100.
Report point_report() {
  Report report;
  report.project.id = "p";
  report.project.title = "P";
  report.project.functional_unit = "request";
  report.project.horizon_years = 3;
  report.options = {option("api", "API", 100.0),
                    option("server", std::string("Server ") + kScript, 400.0)};
  for (const Criterion c : kAllCriteria) {
    CriterionRanking ranking;
    ranking.criterion = c;
    ranking.options = {RankedOption{"api", 1, false, 100.0, 0.0, std::nullopt, std::nullopt},
                       RankedOption{"server", 2, false, 400.0, 300.0, std::nullopt, std::nullopt}};
    report.comparison.rankings.push_back(ranking);
  }
  report.comparison.dominated = {{"server", {{"api", std::nullopt, false}}}};
  Scoring scoring;
  scoring.method = "proportional";
  scoring.formula = "mark = weight × lowest / total";
  scoring.source = "DAJ";
  scoring.environment_weight = 40.0;
  scoring.weights = {{Criterion::kGwp, 40.0, "environment", 100.0, {}},
                     {Criterion::kCost, 60.0, "", std::nullopt, {}}};
  scoring.scores = {{"api", 1, false, 100.0, std::nullopt, std::nullopt},
                    {"server", 2, false, 25.0, std::nullopt, std::nullopt}};
  report.comparison.scoring = scoring;
  return report;
}

Report monte_carlo_report() {
  Report report = point_report();
  report.uncertainty.draws = 1000;
  for (OptionResult& o : report.options) {
    for (const Criterion c : kAllCriteria) {
      o.total[c].range = FigureRange{o.total[c].value, o.total[c].value * 0.5, o.total[c].value,
                                     o.total[c].value * 2.0, 1.0};
    }
  }
  for (CriterionRanking& ranking : report.comparison.rankings) {
    ranking.options[0].probability_lowest = 0.4;
    ranking.options[1].probability_lowest = 0.6;
    ranking.options[1].difference_range = draws(-50.0, 700.0);
  }
  report.comparison.dominated[0].dominated_by[0].share_of_draws = 0.97;
  report.comparison.dominated[0].dominated_by[0].robust = true;
  Scoring& scoring = *report.comparison.scoring;
  scoring.scores[0].range = draws(60.0, 100.0);
  scoring.scores[0].probability_first = 0.9;
  scoring.scores[1].range = draws(12.0, 80.0);
  scoring.scores[1].probability_first = 0.1;
  report.pairs = {{"api", "server", {0.4, 0.4, 0.4, 0.4, 0.4, 0.4}}};
  return report;
}

std::string section(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<section id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

TEST(HtmlComparison, RanksEveryCriterionWithDifferenceAndProbabilityInEnglish) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  const std::string comparison = section(html, "comparison");
  ASSERT_FALSE(comparison.empty());
  EXPECT_NE(comparison.find("Ranking on each criterion"), std::string::npos);
  EXPECT_NE(comparison.find("id=\"ranking-primary_energy\""), std::string::npos);
  EXPECT_NE(comparison.find("P(lowest)"), std::string::npos);
  EXPECT_NE(comparison.find("+300"), std::string::npos);
  // The difference's interval, draw by draw, crosses zero: the dash is spaced.
  EXPECT_NE(comparison.find("-50.0</span>\u2009–\u2009<wbr><span class=\"nowrap\">700"),
            std::string::npos);
  EXPECT_NE(comparison.find("Not settled: API ranks first on its central values but has the "
                            "lowest total in only 40.0% of the draws."),
            std::string::npos);
  // The pairwise probabilities stay in the same section.
  EXPECT_NE(comparison.find("Two by two, on the same draws"), std::string::npos);
  EXPECT_NE(comparison.find("class=\"verdict"), std::string::npos);
}

TEST(HtmlComparison, RanksInFrench) {
  const std::string html = HtmlWriter(Language::kFrench).write_report(monte_carlo_report());
  const std::string comparison = section(html, "comparison");
  EXPECT_NE(comparison.find("Classement par critère"), std::string::npos);
  EXPECT_NE(comparison.find("P(plus bas)"), std::string::npos);
  EXPECT_NE(comparison.find("Classement incertain\u00A0: API arrive en tête sur les valeurs "
                            "centrales mais n’a le total le plus bas que dans 40,0\u202F% des "
                            "tirages."),
            std::string::npos);
  EXPECT_NE(comparison.find("Deux à deux, sur les mêmes tirages"), std::string::npos);
}

TEST(HtmlComparison, NamesDominatedOptionsAndHowRobustly) {
  const std::string en =
      section(HtmlWriter(Language::kEnglish).write_report(monte_carlo_report()), "comparison");
  EXPECT_NE(en.find("Dominated options"), std::string::npos);
  EXPECT_NE(en.find("is dominated by"), std::string::npos);
  EXPECT_NE(en.find("in 97.0% of the draws: robust"), std::string::npos);
  const std::string fr =
      section(HtmlWriter(Language::kFrench).write_report(monte_carlo_report()), "comparison");
  EXPECT_NE(fr.find("est dominée par"), std::string::npos);
  EXPECT_NE(fr.find("dans 97,0\u202F% des tirages\u00A0: robuste"), std::string::npos);
}

TEST(HtmlComparison, ScoresWithWeightsWhiskersFormulaSourceAndCaution) {
  const std::string en =
      section(HtmlWriter(Language::kEnglish).write_report(monte_carlo_report()), "comparison");
  EXPECT_NE(en.find("Award score"), std::string::npos);
  EXPECT_NE(en.find("100% of the environment weight"), std::string::npos);
  EXPECT_NE(en.find("The environment weighs 40 points in all"), std::string::npos);
  EXPECT_NE(en.find("P(first)"), std::string::npos);
  EXPECT_NE(en.find("90%"), std::string::npos);
  // The whisker spans 12–80 points of a 200-unit drawing.
  EXPECT_NE(en.find("<line x1=\"24\" y1=\"7\" x2=\"160\" y2=\"7\"/>"), std::string::npos);
  EXPECT_NE(en.find("mark = weight × lowest total ÷ the option’s total"), std::string::npos);
  EXPECT_NE(en.find("Direction des affaires juridiques (DAJ)"), std::string::npos);
  EXPECT_NE(en.find("crushes options when totals span orders of magnitude"), std::string::npos);
  const std::string fr =
      section(HtmlWriter(Language::kFrench).write_report(monte_carlo_report()), "comparison");
  EXPECT_NE(fr.find("Note d’attribution"), std::string::npos);
  EXPECT_NE(fr.find("note = pondération × total le plus bas ÷ total de l’option"),
            std::string::npos);
  EXPECT_NE(fr.find("écrase les options"), std::string::npos);
  EXPECT_EQ(fr.find("lang=\"en\""), std::string::npos);
}

TEST(HtmlComparison, UnknownMethodFallsBackToTheEnginesEnglish) {
  Report report = point_report();
  report.comparison.scoring->method = "other";
  report.comparison.scoring->formula = std::string("Rule ") + kScript;
  const std::string fr = section(HtmlWriter(Language::kFrench).write_report(report), "comparison");
  EXPECT_NE(fr.find(std::string("<span lang=\"en\">Rule ") + kEscapedScript), std::string::npos);
}

TEST(HtmlComparison, EscapesOptionTitles) {
  const std::string html = HtmlWriter(Language::kEnglish).write_report(monte_carlo_report());
  const std::string comparison = section(html, "comparison");
  EXPECT_EQ(comparison.find(kScript), std::string::npos);
  EXPECT_NE(comparison.find(std::string("Server ") + kEscapedScript), std::string::npos);
}

TEST(HtmlComparison, PointRunRanksWithoutRangesOrProbabilities) {
  for (const Language language : {Language::kEnglish, Language::kFrench}) {
    const std::string html = HtmlWriter(language).write_report(point_report());
    const std::string comparison = section(html, "comparison");
    ASSERT_FALSE(comparison.empty());
    EXPECT_NE(html.find("<a href=\"#comparison\">"), std::string::npos);
    EXPECT_NE(comparison.find("+300"), std::string::npos);
    EXPECT_EQ(comparison.find("P("), std::string::npos);
    EXPECT_EQ(comparison.find("class=\"range\""), std::string::npos);
    EXPECT_EQ(comparison.find("class=\"whisker\""), std::string::npos);
    EXPECT_EQ(comparison.find("class=\"unsettled\""), std::string::npos);
    EXPECT_EQ(comparison.find("class=\"verdict"), std::string::npos);
    EXPECT_EQ(comparison.find("class=\"share\""), std::string::npos);
  }
}

}  // namespace
}  // namespace empreinte::report
