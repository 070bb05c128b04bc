// docs/input.md is generated from the field table the validator uses; this keeps them equal.
// Regenerate with: build/empreinte schema > docs/input.md
#include <gtest/gtest.h>

#include "engine/core/atomic_file.h"
#include "engine/input/schema_doc.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

TEST(InputReference, DocsMatchTheFieldTable) {
  const auto path = testing::source_dir() / "docs/input.md";
  if (testing::update_golden()) write_file_atomically(path, input_reference_markdown());
  EXPECT_TRUE(read_text_file(path) == input_reference_markdown())
      << "docs/input.md is stale: run build/empreinte schema > docs/input.md";
}

}  // namespace
}  // namespace empreinte
