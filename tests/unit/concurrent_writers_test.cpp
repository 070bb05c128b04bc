// Parallel batches share one FactorSet, one XmlWriter and one HtmlWriter between threads: the
// same reports must come out byte for byte as from one thread. Run under ThreadSanitizer too
// (docs/performance.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "engine/factors/factor_loader.h"
#include "engine/pipeline/assess_file.h"
#include "reports/html/html_writer.h"
#include "reports/xml/xml_writer.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

namespace fs = std::filesystem;

constexpr int kThreads = 4;
constexpr int kRounds = 3;

struct Texts {
  std::string xml;
  std::string html;
  bool operator==(const Texts&) const = default;
};

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

// Assesses and writes `file` as a batch worker does: its own source cache, shared the rest.
Texts assess_and_write(const std::string& file, const FactorSet& factors,
                       const report::XmlWriter& xml, const report::HtmlWriter& html) {
  SourceCache sources;
  const FileAssessment assessment = assess_file(file, factors, RunOptions{}, sources);
  if (!assessment.report) {
    ADD_FAILURE() << render_all(assessment.diagnostics, sources);
    return {};
  }
  return {xml.write(*assessment.report), html.write_report(*assessment.report)};
}

TEST(ConcurrentWriters, ThreadsWriteTheReportsOneThreadWrites) {
  Diagnostics diagnostics;
  SourceCache factor_sources;
  const FactorSet factors =
      load_factor_set({bundled_factor_directory()}, diagnostics, factor_sources);
  ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, factor_sources);
  const report::XmlWriter xml;
  const report::HtmlWriter html(report::Language::kFrench);
  const std::vector<std::string> files = example_files();
  ASSERT_FALSE(files.empty());

  std::vector<Texts> expected;
  expected.reserve(files.size());
  for (const std::string& file : files) {
    expected.push_back(assess_and_write(file, factors, xml, html));
  }

  // Every thread writes every file several times, starting at a different file.
  std::vector<std::vector<Texts>> got(kThreads);
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t k = 0; k < files.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(t)) % files.size();
          got[t].push_back(assess_and_write(files[i], factors, xml, html));
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();

  for (int t = 0; t < kThreads; ++t) {
    ASSERT_EQ(got[t].size(), files.size() * kRounds);
    for (std::size_t n = 0; n < got[t].size(); ++n) {
      const std::size_t i = (n % files.size() + static_cast<std::size_t>(t)) % files.size();
      EXPECT_TRUE(got[t][n] == expected[i]) << "thread " << t << " differs on " << files[i];
    }
  }
}

// Each writer initialises Xerces-C on construction and terminates it on destruction; writers
// made and dropped on several threads at once must not break the reference count.
TEST(ConcurrentWriters, WritersComeAndGoOnSeveralThreads) {
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([] {
      for (int round = 0; round < kRounds; ++round) {
        const report::XmlWriter xml;
        EXPECT_FALSE(xml.validate("<not-a-report/>").empty());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace
}  // namespace empreinte
