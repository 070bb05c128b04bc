// Options of several project files compared on the same draws: names, bases, common random
// numbers across files, notes on figures that do not compare, shared award weights.
#include "engine/pipeline/compare_projects.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <regex>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/pipeline/assess_file.h"
#include "reports/text/comparison_table.h"
#include "reports/xml/xml_writer.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

namespace fs = std::filesystem;

constexpr const char* kExample = "examples/universite-assistant-redactionnel.toml";

class CompareProjects : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    SourceCache sources;
    factor_set = new FactorSet(load_factor_set({bundled_factor_directory()}, diagnostics, sources));
    ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
  }
  static void TearDownTestSuite() {
    delete factor_set;
    factor_set = nullptr;
  }

  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("empreinte-compare-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // The example with its project id replaced by `id` and `edit` applied, written as `id`.toml.
  std::string variant(
      const std::string& id, const std::function<std::string(const std::string&)>& edit =
                                 [](const std::string& text) { return text; }) {
    std::string text = read_text_file(testing::source_dir() / kExample);
    text = std::regex_replace(text, std::regex("id = \"universite-assistant-redactionnel\""),
                              "id = \"" + id + "\"");
    const fs::path file = folder_ / (id + ".toml");
    write_file_atomically(file, edit(text));
    return file.string();
  }

  FileAssessment assess(const std::string& file, std::uint32_t draws = 200) {
    SourceCache sources;
    FileAssessment out = assess_file(file, *factor_set, RunOptions{draws, 7}, sources);
    EXPECT_TRUE(out.report.has_value()) << render_all(out.diagnostics, sources);
    return out;
  }

  static report::CrossComparison compare(const std::vector<const FileAssessment*>& files,
                                         ComparisonBasis basis) {
    std::vector<AssessedProject> projects;
    projects.reserve(files.size());
    for (const FileAssessment* file : files) {
      projects.push_back({&*file->report, &file->option_totals});
    }
    return compare_projects(projects, basis);
  }

  static const FactorSet* factor_set;
  fs::path folder_;
};

const FactorSet* CompareProjects::factor_set = nullptr;

TEST_F(CompareProjects, OptionsAreNamedByProjectAndOption) {
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b"));
  const report::CrossComparison c = compare({&a, &b}, ComparisonBasis::kTotal);
  ASSERT_EQ(c.options.size(), 2 * a.report->options.size());
  EXPECT_EQ(c.options.front().id, "offre-a/api-commerciale");
  EXPECT_EQ(c.options.front().project, "offre-a");
  EXPECT_EQ(c.options.back().id, "offre-b/sans-ia");
  EXPECT_EQ(c.basis, "total");
  EXPECT_EQ(c.draws, 200u);
  EXPECT_EQ(c.seed, 7u);
  const std::size_t n = c.options.size();
  EXPECT_EQ(c.pairs.size(), n * (n - 1) / 2);
  EXPECT_TRUE(c.notes.empty()) << c.notes.front();
}

TEST_F(CompareProjects, SharedFactorsAreDrawnAlikeInEveryProject) {
  // Two files describing the same options: every factor draw is shared, so each option ties
  // with its copy in every draw, and neither dominates the other.
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b"));
  const report::CrossComparison c = compare({&a, &b}, ComparisonBasis::kTotal);
  for (const report::CriterionRanking& ranking : c.comparison.rankings) {
    const report::RankedOption& first = ranking.options[0];
    const report::RankedOption& second = ranking.options[1];
    EXPECT_TRUE(first.tied && second.tied) << criterion_id(ranking.criterion);
    EXPECT_EQ(first.rank, second.rank);
    ASSERT_TRUE(second.difference_range);
    EXPECT_EQ(second.difference_range->p5, 0.0);
    EXPECT_EQ(second.difference_range->p95, 0.0);
    EXPECT_DOUBLE_EQ(*first.probability_lowest, 0.5);
  }
  for (const report::DominatedOption& dominated : c.comparison.dominated) {
    const std::string option = dominated.option.substr(dominated.option.find('/'));
    for (const report::Dominator& by : dominated.dominated_by) {
      EXPECT_NE(by.option.substr(by.option.find('/')), option) << "a copy dominates its twin";
    }
  }
}

TEST_F(CompareProjects, BasesDivideTheDrawsAndNotesSayWhatDoesNotCompare) {
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b", [](const std::string& text) {
    return std::regex_replace(text, std::regex("horizon_years = 0.5"), "horizon_years = 1");
  }));
  const report::CrossComparison totals = compare({&a, &b}, ComparisonBasis::kTotal);
  ASSERT_EQ(totals.notes.size(), 1u);
  EXPECT_NE(totals.notes[0].find("different horizons (0.5, 1 years)"), std::string::npos);
  const report::CrossComparison yearly = compare({&a, &b}, ComparisonBasis::kPerYear);
  EXPECT_TRUE(yearly.notes.empty());
  const Criterion c = kAllCriteria.front();
  EXPECT_DOUBLE_EQ(yearly.options.front().figures[c].value,
                   a.report->options.front().per_year[c].value);
  const report::CrossComparison per_unit = compare({&a, &b}, ComparisonBasis::kPerFunctionalUnit);
  EXPECT_DOUBLE_EQ(per_unit.options.front().figures[c].value,
                   a.report->options.front().per_functional_unit[c].value);
  EXPECT_DOUBLE_EQ(per_unit.options.front().figures[c].range->p95,
                   a.report->options.front().per_functional_unit[c].range->p95);
}

TEST_F(CompareProjects, ScoresOnlyUnderWeightsEveryProjectShares) {
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b"));
  const report::CrossComparison shared = compare({&a, &b}, ComparisonBasis::kTotal);
  ASSERT_TRUE(shared.comparison.scoring);
  EXPECT_EQ(shared.comparison.scoring->scores.size(), shared.options.size());

  const FileAssessment other = assess(variant("offre-c", [](const std::string& text) {
    return std::regex_replace(text, std::regex("gwp = 50, energy = 20"), "gwp = 40, energy = 30");
  }));
  const report::CrossComparison differing = compare({&a, &other}, ComparisonBasis::kTotal);
  EXPECT_FALSE(differing.comparison.scoring);
  ASSERT_EQ(differing.notes.size(), 1u);
  EXPECT_NE(differing.notes[0].find("different award weights"), std::string::npos);
}

TEST_F(CompareProjects, PointRunsCompareCentralValues) {
  const FileAssessment a = assess(variant("offre-a"), 0);
  const FileAssessment b = assess(variant("offre-b"), 0);
  const report::CrossComparison c = compare({&a, &b}, ComparisonBasis::kTotal);
  EXPECT_TRUE(c.pairs.empty());
  EXPECT_FALSE(c.comparison.rankings.front().options[1].difference_range);
  EXPECT_FALSE(c.options.front().figures[kAllCriteria.front()].range);
}

TEST_F(CompareProjects, XmlComparisonReportValidates) {
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b"));
  const report::XmlWriter writer;
  const std::string xml = writer.write(compare({&a, &b}, ComparisonBasis::kPerYear));
  EXPECT_EQ(writer.validate(xml), std::vector<std::string>{});
  EXPECT_NE(xml.find("<comparison-report xmlns=\"urn:empreinte:report:1\" basis=\"per-year\""),
            std::string::npos);
  EXPECT_NE(xml.find("<option id=\"offre-b/sans-ia\" project=\"offre-b\">"), std::string::npos);
  EXPECT_NE(xml.find("<scoring "), std::string::npos);
}

TEST_F(CompareProjects, TextTableRanksFlagsAndScores) {
  const FileAssessment a = assess(variant("offre-a"));
  const FileAssessment b = assess(variant("offre-b"));
  const std::string text = report::comparison_table(compare({&a, &b}, ComparisonBasis::kTotal));
  EXPECT_EQ(text.rfind("Comparison of 8 options from 2 projects, totals over each project's "
                       "horizon; 200 draws, seed 7",
                       0),
            0u);
  EXPECT_NE(text.find("\ngwp (kgCO2e)\n"), std::string::npos);
  // The two copies of the no-AI option tie for first.
  EXPECT_NE(text.find("    1= offre-a/sans-ia"), std::string::npos) << text;
  EXPECT_NE(text.find("    1= offre-b/sans-ia"), std::string::npos);
  EXPECT_NE(text.find("offre-a/serveur-sur-site is dominated by"), std::string::npos);
  EXPECT_NE(text.find("Score out of 100, proportional method"), std::string::npos);
}

}  // namespace
}  // namespace empreinte
