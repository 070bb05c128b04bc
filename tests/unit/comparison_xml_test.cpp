// The <comparison> section of the XML report: rankings with differences and ranges, dominated
// options, weights and scores with their method; checked against the XSD.
#include <gtest/gtest.h>

#include <string>

#include "engine/core/check.h"
#include "reports/xml/xml_writer.h"

namespace empreinte::report {
namespace {

ImpactSet impacts(double base) {
  ImpactSet set;
  for (const Criterion c : kAllCriteria) set[c].value = base + static_cast<double>(index_of(c));
  return set;
}

OptionResult option(const std::string& id, double base) {
  OptionResult o;
  o.id = id;
  o.title = "Option " + id;
  o.total = impacts(base);
  o.per_year = impacts(base);
  o.per_functional_unit = impacts(base / 1000);
  return o;
}

// Two options, `api` best everywhere, with a comparison as a Monte Carlo run computes it.
Report report_with_comparison() {
  Report r;
  r.engine_version = "0.1.0";
  r.methodology_version = "1.2";
  r.factor_set_version = "empreinte-factors test";
  r.project.id = "offres";
  r.project.title = "Offres";
  r.project.functional_unit = "request";
  r.project.functional_units_per_year = 1000;
  r.project.horizon_years = 1;
  r.project.source_file = "offres.toml";
  r.options = {option("api", 10), option("on-premises", 30)};
  r.uncertainty.draws = 1000;
  r.uncertainty.seed = 1;
  r.uncertainty.sampling = "latin-hypercube";
  r.uncertainty.sensitivity_method = "first-order-sobol-correlation-ratio";
  for (const Criterion c : kAllCriteria) {
    CriterionRanking ranking;
    ranking.criterion = c;
    ranking.options.push_back({"api", 1, false, 10, 0, std::nullopt, 0.97});
    ranking.options.push_back(
        {"on-premises", 2, false, 30, 20, FigureRange{19, 8.5, 18.5, 33.25, 0.25}, 0.03});
    r.comparison.rankings.push_back(ranking);
  }
  r.comparison.dominated.push_back({"on-premises", {{"api", 0.96, true}}});
  Scoring scoring;
  scoring.method = "proportional";
  scoring.formula = "mark = weight × lowest / value";
  scoring.source = "DAJ « notation du prix »";
  scoring.environment_weight = 100;
  scoring.weights.push_back(
      {kAllCriteria.front(), 60, "environment", 60, SourceLocation{"offres.toml", 12, 23}});
  scoring.weights.push_back({kAllCriteria.back(), 40, "environment", 40, {}});
  scoring.scores.push_back({"api", 1, false, 100, FigureRange{99, 96, 100, 100, 0.1}, 0.97});
  scoring.scores.push_back({"on-premises", 2, false, 33.3, std::nullopt, 0.03});
  r.comparison.scoring = scoring;
  return r;
}

const XmlWriter& writer() {
  static const XmlWriter instance;
  return instance;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ComparisonXml, WrittenComparisonValidates) {
  const std::string xml = writer().write(report_with_comparison());
  EXPECT_EQ(writer().validate(xml), std::vector<std::string>{});
}

TEST(ComparisonXml, RankingsGiveEveryDifferenceWithItsRange) {
  const std::string xml = writer().write(report_with_comparison());
  for (const Criterion c : kAllCriteria) {
    EXPECT_TRUE(contains(xml, "<ranking criterion=\"" + std::string(criterion_id(c)) +
                                  "\" unit=\"" + std::string(criterion_unit(c)) + "\">"))
        << criterion_id(c);
  }
  EXPECT_TRUE(contains(xml,
                       "<ranked difference=\"0\" option=\"api\" probability-lowest=\"0.97\" "
                       "rank=\"1\" value=\"10\"/>"));
  EXPECT_TRUE(contains(xml,
                       "<ranked difference=\"20\" mean=\"19\" option=\"on-premises\" p5=\"8.5\" "
                       "p50=\"18.5\" p95=\"33.25\" probability-lowest=\"0.03\" rank=\"2\" "
                       "standard-error=\"0.25\" value=\"30\"/>"));
}

TEST(ComparisonXml, DominatedOptionsNameWhatDominatesThem) {
  const std::string xml = writer().write(report_with_comparison());
  EXPECT_TRUE(contains(xml,
                       "<dominated option=\"on-premises\">\n"
                       "      <by option=\"api\" robust=\"true\" share-of-draws=\"0.96\"/>\n"
                       "    </dominated>"));
}

TEST(ComparisonXml, ScoringStatesItsMethodSourceAndWeights) {
  const std::string xml = writer().write(report_with_comparison());
  EXPECT_TRUE(contains(xml,
                       "<scoring environment-weight=\"100\" max-score=\"100\" "
                       "method=\"proportional\">\n"
                       "      <formula>mark = weight × lowest / value</formula>\n"
                       "      <source>DAJ « notation du prix »</source>\n"));
  EXPECT_TRUE(contains(xml,
                       "<weight criterion=\"gwp\" declared-at=\"offres.toml:12:23\" "
                       "group=\"environment\" share-of-group=\"60\" weight=\"60\"/>"));
  EXPECT_TRUE(contains(xml,
                       "<score mean=\"99\" option=\"api\" p5=\"96\" p50=\"100\" p95=\"100\" "
                       "probability-first=\"0.97\" rank=\"1\" standard-error=\"0.1\" "
                       "value=\"100\"/>"));
}

TEST(ComparisonXml, PointRunComparisonHasNoRangesAndValidates) {
  Report r = report_with_comparison();
  r.uncertainty = UncertaintyInfo{};
  for (CriterionRanking& ranking : r.comparison.rankings) {
    for (RankedOption& o : ranking.options) {
      o.difference_range.reset();
      o.probability_lowest.reset();
    }
  }
  r.comparison.dominated = {{"on-premises", {{"api", std::nullopt, false}}}};
  r.comparison.scoring.reset();
  const std::string xml = writer().write(r);
  EXPECT_EQ(writer().validate(xml), std::vector<std::string>{});
  EXPECT_TRUE(contains(xml, "<by option=\"api\"/>"));
  EXPECT_FALSE(contains(xml, "<pair"));
  EXPECT_FALSE(contains(xml, "<scoring"));
}

TEST(ComparisonXml, TiesAreSaid) {
  Report r = report_with_comparison();
  r.comparison.rankings.front().options[1].rank = 1;
  r.comparison.rankings.front().options[0].tied = r.comparison.rankings.front().options[1].tied =
      true;
  const std::string xml = writer().write(r);
  EXPECT_TRUE(contains(xml,
                       "option=\"on-premises\" p5=\"8.5\" p50=\"18.5\" p95=\"33.25\" "
                       "probability-lowest=\"0.03\" rank=\"1\" standard-error=\"0.25\" "
                       "tied=\"true\""));
}

TEST(ComparisonXml, SchemaRejectsAComparedOptionThatIsNotInTheReport) {
  std::string xml = writer().write(report_with_comparison());
  const std::string from = "<by option=\"api\"";
  xml.replace(xml.find(from), from.size(), "<by option=\"ghost\"");
  EXPECT_FALSE(writer().validate(xml).empty());
}

TEST(ComparisonXml, SchemaRejectsTwoRankingsOfOneCriterion) {
  Report r = report_with_comparison();
  r.comparison.rankings.push_back(r.comparison.rankings.front());
  // The writer validates what it wrote: an invalid report is our bug, an internal error.
  EXPECT_THROW(static_cast<void>(writer().write(r)), InternalError);
}

}  // namespace
}  // namespace empreinte::report
