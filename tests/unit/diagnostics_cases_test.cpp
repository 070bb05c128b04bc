// Every tests/diagnostics/cases/NAME.toml is a bad project file; NAME.expected holds the exact
// text a user sees for it (`empreinte validate` prints the same). Refresh after an intended
// wording change with EMPREINTE_UPDATE_GOLDEN=1, then review the diff like code.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/pipeline/assess_file.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCaseFolder = "tests/diagnostics/cases";

std::vector<std::string> case_files() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / kCaseFolder)) {
    if (entry.path().extension() == ".toml") {
      out.push_back(std::string(kCaseFolder) + "/" + entry.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class DiagnosticsCase : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = new FactorSet(load_factor_set({bundled_factor_directory()}, diagnostics, sources));
    ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, sources);
  }
  static void TearDownTestSuite() {
    delete factors_;
    factors_ = nullptr;
  }
  static const FactorSet* factors_;
};

const FactorSet* DiagnosticsCase::factors_ = nullptr;

TEST_P(DiagnosticsCase, PrintsTheExpectedText) {
  const std::string file = GetParam();
  SourceCache sources;
  const FileAssessment checked = assess_file(file, *factors_, RunOptions{}, sources, true);
  ASSERT_TRUE(checked.diagnostics.has_errors()) << file << " is accepted but should be rejected";
  const std::string actual = render_all(checked.diagnostics, sources);
  const fs::path expected_path =
      testing::source_dir() / fs::path(file).replace_extension(".expected");
  if (testing::update_golden()) {
    write_file_atomically(expected_path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path;
  EXPECT_EQ(actual, read_text_file(expected_path)) << file;
}

INSTANTIATE_TEST_SUITE_P(Cases, DiagnosticsCase, ::testing::ValuesIn(case_files()),
                         [](const auto& param_info) {
                           std::string name = fs::path(param_info.param).stem().string();
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(DiagnosticsCases, CoverAtLeastTwentyFiveDistinctBadInputs) {
  EXPECT_GE(case_files().size(), 25U);
}

}  // namespace
}  // namespace empreinte
