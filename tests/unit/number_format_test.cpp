#include "reports/model/number_format.h"

#include <gtest/gtest.h>

namespace empreinte::report {
namespace {

TEST(NumberFormat, ExactFormReadsBackAndNeverUsesTheLocale) {
  EXPECT_EQ(format_exact(0.0), "0");
  EXPECT_EQ(format_exact(-0.0), "0");
  EXPECT_EQ(format_exact(100000.0), "100000");
  EXPECT_EQ(format_exact(0.056), "0.056");
  EXPECT_EQ(format_exact(4.858e-8), "4.858e-08");
  EXPECT_EQ(std::stod(format_exact(38.568584474885846)), 38.568584474885846);
}

TEST(NumberFormat, DisplayFormKeepsThreeSignificantFigures) {
  EXPECT_EQ(format_display(12345.6, Language::kEnglish), "12,300");
  EXPECT_EQ(format_display(12345.6, Language::kFrench), "12\u202F300");
  EXPECT_EQ(format_display(0.04523, Language::kEnglish), "0.0452");
  EXPECT_EQ(format_display(0.04523, Language::kFrench), "0,0452");
  EXPECT_EQ(format_display(-1.5, Language::kEnglish), "-1.50");
  EXPECT_EQ(format_display(1.39e-6, Language::kEnglish), "1.39 × 10⁻⁶");
}

TEST(NumberFormat, InputFormIsExact) {
  EXPECT_EQ(format_input(1051200.0, Language::kEnglish), "1,051,200");
  EXPECT_EQ(format_input(1051200.0, Language::kFrench), "1\u202F051\u202F200");
  EXPECT_EQ(format_input(0.5, Language::kFrench), "0,5");
  EXPECT_EQ(format_input(3.0, Language::kEnglish), "3");
}

}  // namespace
}  // namespace empreinte::report
