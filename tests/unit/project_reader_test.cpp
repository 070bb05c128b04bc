// read_project on valid input: values in canonical units, defaults flagged, positions kept.
#include "engine/input/project_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <variant>

#include "engine/core/atomic_file.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

constexpr const char* kFile = "projet.toml";

// Line numbers below are those of this text: line 1 is `schema_version = 1`.
constexpr const char* kProject = R"toml(schema_version = 1

[project]
id = "assistant-redaction"
title = "Assistant rédactionnel"
organisation = "Université de test"
description = "Dix services administratifs, puis cinq de plus par lot."
functional_unit = "request"
functional_units_per_year = 200000
horizon_years = 0.5

[[option]]
id = "api"
title = "API SaaS"
description = "Un modèle hébergé par un fournisseur."

[[option.stage]]
id = "inference"
kind = "compute"
title = "Inférence"
hardware = "nvidia-h100-sxm5-80gb"
count = 4
hours = "50 d"
utilisation = "35 %"
power_w = 300
ownership = "rented"
share = 0.25
lifetime_years = 4
site = { zone = "FR", datacentre = "hyperscale" }

[[option]]
id = "sur-site"
title = "Serveur acheté"

[[option.stage]]
id = "serveur"
kind = "compute"
hardware = "server-2s-amd-epyc"
hours_per_year = "121.7 h"
power_w = "0.3 kW"
ownership = "owned"
site = { zone = "FR", pue = 1.4, wue_l_per_kwh = "0.5 L/kWh" }
)toml";

class ProjectReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = read_project(kProject, kFile, diagnostics_);
    ASSERT_FALSE(diagnostics_.has_errors()) << render_all(diagnostics_, SourceCache{});
    ASSERT_EQ(project_.options.size(), 2U);
    ASSERT_EQ(project_.options[0].stages.size(), 1U);
    ASSERT_EQ(project_.options[1].stages.size(), 1U);
  }

  const ComputeStageSpec& compute(std::size_t option) const {
    const ComputeStageSpec* spec =
        std::get_if<ComputeStageSpec>(&project_.options[option].stages[0].detail);
    EXPECT_NE(spec, nullptr);
    return *spec;
  }

  Diagnostics diagnostics_;
  ProjectSpec project_;
};

TEST_F(ProjectReaderTest, ReadsTheProjectTable) {
  EXPECT_EQ(project_.source_file, kFile);
  EXPECT_EQ(project_.id.value, "assistant-redaction");
  EXPECT_EQ(project_.title, "Assistant rédactionnel");
  EXPECT_EQ(project_.organisation, "Université de test");
  EXPECT_EQ(project_.description, "Dix services administratifs, puis cinq de plus par lot.");
  EXPECT_EQ(project_.functional_unit, "request");
  EXPECT_DOUBLE_EQ(project_.functional_units_per_year.value, 200000.0);
}

TEST_F(ProjectReaderTest, ReadsOptionsAndStagesInFileOrder) {
  EXPECT_EQ(project_.options[0].id.value, "api");
  EXPECT_EQ(project_.options[0].title, "API SaaS");
  EXPECT_EQ(project_.options[0].description, "Un modèle hébergé par un fournisseur.");
  EXPECT_EQ(project_.options[1].id.value, "sur-site");
  EXPECT_EQ(project_.options[1].title, "Serveur acheté");
  EXPECT_EQ(project_.options[1].description, "");
  EXPECT_EQ(project_.options[0].stages[0].id.value, "inference");
  EXPECT_EQ(project_.options[0].stages[0].title, "Inférence");
  EXPECT_EQ(project_.options[1].stages[0].id.value, "serveur");
  EXPECT_EQ(project_.options[1].stages[0].title, "");
}

TEST_F(ProjectReaderTest, HorizonInYearsIsStoredInHours) {
  EXPECT_DOUBLE_EQ(project_.horizon.value, 4380.0);  // 0.5 × 8760 h
}

TEST_F(ProjectReaderTest, QuantityStringsAreConvertedToCanonicalUnits) {
  const ComputeStageSpec& api = compute(0);
  ASSERT_TRUE(api.hours.has_value());
  EXPECT_DOUBLE_EQ(api.hours->value, 1200.0);  // "50 d"
  EXPECT_FALSE(api.hours_per_year.has_value());
  EXPECT_DOUBLE_EQ(api.device.utilisation.value, 0.35);  // "35 %"
  ASSERT_TRUE(api.device.measured_power.has_value());
  EXPECT_DOUBLE_EQ(api.device.measured_power->value, 0.3);  // 300 W in kW
  ASSERT_TRUE(api.device.lifetime.has_value());
  EXPECT_DOUBLE_EQ(api.device.lifetime->value, 4.0 * 8760.0);  // 4 years in h

  const ComputeStageSpec& owned = compute(1);
  EXPECT_FALSE(owned.hours.has_value());
  ASSERT_TRUE(owned.hours_per_year.has_value());
  EXPECT_DOUBLE_EQ(owned.hours_per_year->value, 121.7);
  ASSERT_TRUE(owned.device.measured_power.has_value());
  EXPECT_DOUBLE_EQ(owned.device.measured_power->value, 0.3);  // "0.3 kW"
  EXPECT_FALSE(owned.device.lifetime.has_value());
}

TEST_F(ProjectReaderTest, GivenValuesAreKeptAndNotFlaggedAsDefaults) {
  const ComputeStageSpec& api = compute(0);
  EXPECT_EQ(api.device.hardware.value, "nvidia-h100-sxm5-80gb");
  EXPECT_EQ(api.count.value, 4);
  EXPECT_FALSE(api.count.defaulted);
  EXPECT_DOUBLE_EQ(api.share.value, 0.25);
  EXPECT_FALSE(api.share.defaulted);
  EXPECT_FALSE(api.device.utilisation.defaulted);
  EXPECT_FALSE(api.device.ownership.defaulted);
}

TEST_F(ProjectReaderTest, AbsentKeysTakeTheSchemaDefaultAndAreFlagged) {
  const ComputeStageSpec& owned = compute(1);
  EXPECT_EQ(owned.count.value, 1);
  EXPECT_TRUE(owned.count.defaulted);
  EXPECT_DOUBLE_EQ(owned.device.utilisation.value, 1.0);
  EXPECT_TRUE(owned.device.utilisation.defaulted);
  EXPECT_DOUBLE_EQ(owned.share.value, 1.0);
  EXPECT_TRUE(owned.share.defaulted);
  // A default points at the table it applies in: the [[option.stage]] header (line 35).
  EXPECT_EQ(owned.count.where.file, kFile);
  EXPECT_EQ(owned.count.where.line, 35U);
  EXPECT_EQ(owned.count.where.column, 1U);
}

TEST_F(ProjectReaderTest, StageKindsAndOwnershipAreParsed) {
  EXPECT_EQ(project_.options[0].stages[0].kind.value, "compute");
  EXPECT_EQ(project_.options[1].stages[0].kind.value, "compute");
  EXPECT_TRUE(std::holds_alternative<ComputeStageSpec>(project_.options[0].stages[0].detail));
  EXPECT_EQ(compute(0).device.ownership.value, Ownership::kRented);
  EXPECT_EQ(compute(1).device.ownership.value, Ownership::kOwned);
}

TEST_F(ProjectReaderTest, SiteWithProfileOrWithExplicitPueAndWue) {
  const SiteSpec& hosted = compute(0).device.site;
  EXPECT_EQ(hosted.zone.value, "FR");
  ASSERT_TRUE(hosted.datacentre.has_value());
  EXPECT_EQ(hosted.datacentre->value, "hyperscale");
  EXPECT_FALSE(hosted.pue.has_value());
  EXPECT_FALSE(hosted.wue.has_value());

  const SiteSpec& on_site = compute(1).device.site;
  EXPECT_EQ(on_site.zone.value, "FR");
  EXPECT_FALSE(on_site.datacentre.has_value());
  ASSERT_TRUE(on_site.pue.has_value());
  EXPECT_DOUBLE_EQ(on_site.pue->value, 1.4);
  ASSERT_TRUE(on_site.wue.has_value());
  EXPECT_DOUBLE_EQ(on_site.wue->value, 0.5);
}

TEST_F(ProjectReaderTest, ValuesKeepTheLineAndColumnWhereTheyWereWritten) {
  EXPECT_EQ(project_.id.where.file, kFile);
  EXPECT_EQ(project_.id.where.line, 4U);
  EXPECT_EQ(project_.id.where.column, 6U);
  EXPECT_EQ(project_.horizon.where.line, 10U);
  EXPECT_EQ(project_.horizon.where.column, 17U);

  EXPECT_EQ(project_.options[0].where.line, 12U);
  EXPECT_EQ(project_.options[0].id.where.line, 13U);
  EXPECT_EQ(project_.options[0].stages[0].where.line, 17U);
  EXPECT_EQ(project_.options[1].where.line, 31U);

  const ComputeStageSpec& api = compute(0);
  EXPECT_EQ(api.device.hardware.where.line, 21U);
  EXPECT_EQ(api.device.hardware.where.column, 12U);
  EXPECT_EQ(api.hours->where.line, 23U);
  EXPECT_EQ(api.hours->where.column, 9U);
  EXPECT_EQ(api.device.utilisation.where.line, 24U);
  EXPECT_EQ(api.device.utilisation.where.column, 15U);
  EXPECT_EQ(api.device.ownership.where.line, 26U);
  EXPECT_EQ(api.device.ownership.where.column, 13U);
  EXPECT_EQ(api.device.site.zone.where.line, 29U);
  EXPECT_EQ(api.device.site.zone.where.column, 17U);
  EXPECT_EQ(api.device.site.datacentre->where.line, 29U);
  EXPECT_EQ(api.device.site.datacentre->where.column, 36U);
}

TEST(ProjectReader, ColumnsCountCharactersNotBytes) {
  // "Été" is five bytes in UTF-8 but three columns: a caret must line up in a terminal. The
  // option is an inline array of tables so that values follow the accents on one line.
  constexpr const char* text = R"toml(schema_version = 1
option = [{ title = "Été", id = "o", stage = [{ id = "s", kind = "compute", hardware = "nvidia-l4-24gb", hours = 10, ownership = "rented", site = { zone = "FR", datacentre = "hyperscale" } }] }]
[project]
id = "p"
title = "P"
functional_unit = "request"
functional_units_per_year = 10
horizon_years = 1
)toml";
  Diagnostics diagnostics;
  const ProjectSpec project = read_project(text, kFile, diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, SourceCache{});
  ASSERT_EQ(project.options.size(), 1U);
  EXPECT_EQ(project.options[0].title, "Été");
  EXPECT_EQ(project.options[0].id.where.line, 2U);
  EXPECT_EQ(project.options[0].id.where.column, 33U);
  const auto& stage = std::get<ComputeStageSpec>(project.options[0].stages.at(0).detail);
  EXPECT_EQ(stage.hours->where.column, 114U);
  EXPECT_EQ(stage.device.site.datacentre->where.column, 175U);
}

TEST(ProjectReader, BareNumbersAndQuantityStringsMeanTheSame) {
  const auto stage_with = [](const std::string& keys) {
    const std::string text = R"toml(schema_version = 1
[project]
id = "p"
title = "P"
functional_unit = "request"
functional_units_per_year = 10
horizon_years = 1
[[option]]
id = "o"
title = "O"
[[option.stage]]
id = "s"
kind = "compute"
hardware = "nvidia-l4-24gb"
ownership = "rented"
site = { zone = "FR", datacentre = "hyperscale" }
)toml" + keys;
    Diagnostics diagnostics;
    ProjectSpec project = read_project(text, kFile, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << keys;
    return std::get<ComputeStageSpec>(project.options.at(0).stages.at(0).detail);
  };
  const ComputeStageSpec bare = stage_with("hours = 1200\npower_w = 300\nutilisation = 0.35\n");
  const ComputeStageSpec written =
      stage_with("hours = \"1200 h\"\npower_w = \"300 W\"\nutilisation = \"35 %\"\n");
  const ComputeStageSpec other_units =
      stage_with("hours = \"72000 min\"\npower_w = \"0.0003 MW\"\nutilisation = 0.35\n");
  for (const ComputeStageSpec* spec : {&bare, &written, &other_units}) {
    ASSERT_TRUE(spec->hours && spec->device.measured_power);
    EXPECT_DOUBLE_EQ(spec->hours->value, 1200.0);
    EXPECT_DOUBLE_EQ(spec->device.measured_power->value, 0.3);
    EXPECT_DOUBLE_EQ(spec->device.utilisation.value, 0.35);
  }
}

TEST(ProjectReader, BundledExamplesHaveNoDiagnostics) {
  int examples = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
    if (entry.path().extension() != ".toml") continue;
    ++examples;
    const std::string file = "examples/" + entry.path().filename().string();
    Diagnostics diagnostics;
    const ProjectSpec project = read_project(read_text_file(entry.path()), file, diagnostics);
    EXPECT_TRUE(diagnostics.sorted().empty()) << file;
    EXPECT_FALSE(project.id.value.empty()) << file;
    EXPECT_FALSE(project.options.empty()) << file;
    for (const OptionSpec& option : project.options) {
      EXPECT_FALSE(option.stages.empty()) << file << ": option " << option.id.value;
    }
  }
  EXPECT_GE(examples, 3);
}

TEST(ProjectReader, ReadsTheCityTrafficExample) {
  const std::string file = "examples/ville-prevision-trafic.toml";
  Diagnostics diagnostics;
  const ProjectSpec project =
      read_project(read_text_file(testing::source_dir() / file), file, diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << render_all(diagnostics, SourceCache{});
  EXPECT_EQ(project.id.value, "ville-prevision-trafic");
  EXPECT_DOUBLE_EQ(project.horizon.value, 3.0 * 8760.0);
  EXPECT_DOUBLE_EQ(project.functional_units_per_year.value, 1051200.0);
  ASSERT_EQ(project.options.size(), 3U);
  EXPECT_EQ(project.options[2].id.value, "plans-de-feux-fixes");
  const auto& server = std::get<ComputeStageSpec>(project.options[2].stages.at(0).detail);
  EXPECT_EQ(server.device.ownership.value, Ownership::kOwned);
  EXPECT_DOUBLE_EQ(server.share.value, 0.02);
  EXPECT_EQ(server.device.site.datacentre->value, "on-premises-server-room");
}

TEST(ProjectReader, AnErrorIsReportedAndTheRestOfTheFileStillRead) {
  // Guards the tests above: a bad value must not pass silently as valid input.
  constexpr const char* text = R"toml(schema_version = 1
[project]
id = "p"
title = "P"
functional_unit = "request"
functional_units_per_year = 10
horizon_years = 1
[[option]]
id = "o"
title = "O"
[[option.stage]]
id = "s"
kind = "compute"
hardware = "nvidia-l4-24gb"
hours = "12 kWh"
ownership = "rented"
site = { zone = "FR", datacentre = "hyperscale" }
)toml";
  Diagnostics diagnostics;
  const ProjectSpec project = read_project(text, kFile, diagnostics);
  EXPECT_EQ(diagnostics.error_count(), 1U);
  ASSERT_EQ(project.options.size(), 1U);
  const auto& stage = std::get<ComputeStageSpec>(project.options[0].stages.at(0).detail);
  EXPECT_FALSE(stage.hours.has_value());
  EXPECT_EQ(stage.device.hardware.value, "nvidia-l4-24gb");
}

}  // namespace
}  // namespace empreinte
