#include <gtest/gtest.h>

#include "engine/core/diagnostics.h"

namespace empreinte {
namespace {

TEST(DiagnosticsRender, QuotesTheLineWithACaretAndHint) {
  SourceCache sources;
  sources.add("p.toml", "schema_version = 1\nhourz = 120\n");
  Diagnostics diagnostics;
  diagnostics.error({"p.toml", 2, 1}, "unknown key 'hourz'", "did you mean 'hours'?", 5);
  EXPECT_EQ(render_all(diagnostics, sources),
            "p.toml:2:1: error: unknown key 'hourz'\n"
            "   2 | hourz = 120\n"
            "     | ^~~~~\n"
            "     = hint: did you mean 'hours'?\n");
}

TEST(DiagnosticsRender, AlignsTheCaretPastMultibyteCharacters) {
  SourceCache sources;
  sources.add("p.toml", "title = \"Université\" x\n");
  Diagnostics diagnostics;
  diagnostics.error({"p.toml", 1, 22}, "unexpected text");
  EXPECT_EQ(render_all(diagnostics, sources),
            "p.toml:1:22: error: unexpected text\n"
            "   1 | title = \"Université\" x\n"
            "     |                      ^\n");
}

TEST(DiagnosticsRender, SortsByFileLineAndColumn) {
  SourceCache sources;
  Diagnostics diagnostics;
  diagnostics.error({"b.toml", 1, 1}, "third");
  diagnostics.error({"a.toml", 9, 1}, "second");
  diagnostics.error({"a.toml", 2, 5}, "first");
  const auto sorted = diagnostics.sorted();
  ASSERT_EQ(sorted.size(), 3U);
  EXPECT_EQ(sorted[0].message, "first");
  EXPECT_EQ(sorted[1].message, "second");
  EXPECT_EQ(sorted[2].message, "third");
  EXPECT_EQ(diagnostics.error_count(), 3U);
}

TEST(DiagnosticsRender, FileLevelMessagesHaveNoQuote) {
  SourceCache sources;
  Diagnostics diagnostics;
  diagnostics.error({"missing.toml", 0, 0}, "cannot read missing.toml: No such file or directory");
  EXPECT_EQ(render_all(diagnostics, sources),
            "missing.toml: error: cannot read missing.toml: No such file or directory\n");
}

TEST(ClosestMatch, SuggestsTyposAndShortenedIds) {
  EXPECT_EQ(closest_match("hourz", {"hours", "count", "share"}), "hours");
  EXPECT_EQ(closest_match("utilization", {"utilisation", "hours"}), "utilisation");
  EXPECT_EQ(closest_match("zzz", {"hours", "count"}), "");
  EXPECT_EQ(edit_distance("ab", "ba"), 1U);
}

TEST(SuggestionHint, ListsEveryIdAShortenedIdStarts) {
  EXPECT_EQ(suggestion_hint("hourz", {"hours", "count"}), "did you mean 'hours'?");
  EXPECT_EQ(suggestion_hint("nvidia-h100", {"nvidia-a100-sxm4-80gb", "nvidia-h100-pcie-80gb",
                                            "nvidia-h100-sxm5-80gb"}),
            "did you mean 'nvidia-h100-pcie-80gb' or 'nvidia-h100-sxm5-80gb'?");
  EXPECT_EQ(suggestion_hint("nv", {"nvidia-h100-pcie-80gb"}), "");
  EXPECT_EQ(suggestion_hint("ab", {"abcdef", "abcxyz"}), "");  // too short to be an id prefix
  EXPECT_EQ(suggestion_hint("gpt-4o", {"openai-gpt-4", "openai-gpt-4o", "openai-gpt-4o-mini"}),
            "did you mean 'openai-gpt-4o' or 'openai-gpt-4o-mini'?");
  EXPECT_EQ(suggestion_hint("gpu", {"gpu-a", "gpu-b", "gpu-c", "gpu-d", "gpu-e"}),
            "did you mean 'gpu-a', 'gpu-b', 'gpu-c', 'gpu-d' (5 ids start so)?");
}

}  // namespace
}  // namespace empreinte
