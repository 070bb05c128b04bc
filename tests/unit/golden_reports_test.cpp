// Golden reports: every project of examples/ is assessed and its XML, English HTML and French
// HTML compared byte for byte with tests/golden/. Refresh after an intended change with
// EMPREINTE_UPDATE_GOLDEN=1, then review the diff like code.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/pipeline/assess_file.h"
#include "reports/html/html_writer.h"
#include "reports/xml/xml_writer.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> example_files() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() == ".toml") {
      out.push_back("examples/" + entry.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class GoldenReport : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = new FactorSet(load_factor_set({bundled_factor_directory()}, diagnostics, sources));
    xml_ = new report::XmlWriter();
    ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
  }
  static void TearDownTestSuite() {
    delete xml_;
    delete factors_;
  }

  static void check_golden(const fs::path& golden, const std::string& actual) {
    if (testing::update_golden()) {
      fs::create_directories(golden.parent_path());
      write_file_atomically(golden, actual);
      return;
    }
    ASSERT_TRUE(fs::exists(golden)) << "missing " << golden;
    EXPECT_TRUE(actual == read_text_file(golden))
        << golden << " differs; run with EMPREINTE_UPDATE_GOLDEN=1 if the change is intended";
  }

  static const FactorSet* factors_;
  static const report::XmlWriter* xml_;
};

const FactorSet* GoldenReport::factors_ = nullptr;
const report::XmlWriter* GoldenReport::xml_ = nullptr;

TEST_P(GoldenReport, MatchesTheCheckedInReports) {
  SourceCache sources;
  const FileAssessment assessed = assess_file(GetParam(), *factors_, RunOptions{}, sources);
  ASSERT_TRUE(assessed.report.has_value()) << render_all(assessed.diagnostics, sources);
  const fs::path golden = testing::source_dir() / "tests/golden" / assessed.report->project.id;
  const std::string xml = xml_->write(*assessed.report);
  check_golden(fs::path(golden).concat(".xml"), xml);
  check_golden(fs::path(golden).concat(".en.html"),
               report::HtmlWriter(report::Language::kEnglish).write_report(*assessed.report));
  check_golden(fs::path(golden).concat(".fr.html"),
               report::HtmlWriter(report::Language::kFrench).write_report(*assessed.report));
  // Same input, same output.
  EXPECT_EQ(xml, xml_->write(*assess_file(GetParam(), *factors_, RunOptions{}, sources).report));
}

TEST_P(GoldenReport, CheckedInXmlIsValidAgainstTheSchema) {
  SourceCache sources;
  const FileAssessment assessed = assess_file(GetParam(), *factors_, RunOptions{}, sources);
  ASSERT_TRUE(assessed.report.has_value());
  const fs::path golden =
      testing::source_dir() / "tests/golden" / (assessed.report->project.id + ".xml");
  ASSERT_TRUE(fs::exists(golden));
  const std::vector<std::string> errors = xml_->validate(read_text_file(golden));
  EXPECT_TRUE(errors.empty()) << errors.front();
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenReport, ::testing::ValuesIn(example_files()),
                         [](const auto& param_info) {
                           std::string name = fs::path(param_info.param).stem().string();
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace empreinte
