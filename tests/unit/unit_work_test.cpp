// Inference of non-text work measured per unit (images, pages, audio clips), and volumes of
// work counted per day of use: the model's equations, then end to end through run() on the test
// project tests/projects/mairie-services-multimodaux.toml.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/input/project_reader.h"
#include "engine/models/inference_stage.h"
#include "engine/pipeline/run.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

// 10,000 images of 2 Wh each, measured on a 700 W accelerator, served on one reserved
// accelerator of the same kind (scales 1) for 1,000 h; idle draw 105 W, host 150 W at full
// load, 21.1 % of it idle; PUE 1.4.
InferenceInputs reserved_for_images(double units) {
  InferenceInputs in;
  in.unit_work = UnitWorkInputs{Ratio::point(units), Energy::point(0.002), Power::point(0.7)};
  ApiInputs& w = in.work;
  w.host_power = Power::point(0.15);
  w.accelerator_embodied = {CarbonMass::point(200.0), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                            Water::point(0.0)};
  w.host_embodied = {CarbonMass::point(712.5), PrimaryEnergy::point(0.0), Adpe::point(0.0),
                     Water::point(0.0)};
  w.lifetime = Duration::point(5.0 * 8760.0);
  w.site = {Ratio::point(1.4),
            WaterIntensity::point(1.0),
            CarbonIntensity::point(0.056),
            PrimaryEnergyIntensity::point(11.0),
            WaterIntensity::point(3.7),
            AdpeIntensity::point(5e-8)};
  in.accelerators_per_replica = Ratio::point(1.0);
  in.replicas = Ratio::point(1.0);
  in.reserved_hours = Duration::point(1000.0);
  in.held_hours = Duration::point(1000.0);
  in.accelerator_idle_power = Power::point(0.105);
  in.host_idle_fraction = Ratio::point(0.211);
  in.energy_scale = Ratio::point(1.0);
  in.latency_scale = Ratio::point(1.0);
  return in;
}

double flow(const StageImpacts& impacts, std::string_view id) {
  for (const InventoryFlow& f : impacts.flows) {
    if (id == f.id) return f.value;
  }
  ADD_FAILURE() << "no flow " << id;
  return 0.0;
}

TEST(UnitWorkModel, MeasuredEnergyGivesBusyTimeAtTheMeasurementDraw) {
  const StageImpacts out = inference_stage_impacts(reserved_for_images(10000.0));
  // busy = U × E_u ÷ P_ref = 10,000 × 0.002 kWh ÷ 0.7 kW [GPU-h]
  const double busy = 10000.0 * 0.002 / 0.7;
  EXPECT_NEAR(flow(out, "busy_accelerator_hours"), busy, 1e-9);
  EXPECT_NEAR(flow(out, "utilisation"), busy / 1000.0, 1e-12);
  // E = (U × E_u + idle × P_idle + P_host × (busy + f_idle × idle)) × PUE
  const double idle = 1000.0 - busy;
  const double it = 10000.0 * 0.002 + idle * 0.105 + 0.15 * (busy + 0.211 * idle);
  EXPECT_NEAR(flow(out, "it_energy"), it, 1e-9);
  EXPECT_NEAR(out.use.energy.central(), it * 1.4, 1e-9);
  EXPECT_NEAR(flow(out, "energy_per_unit"), it * 1.4 / 10000.0 * 1000.0, 1e-9);
  // Manufacturing follows the reserved time, not the work.
  EXPECT_NEAR(out.embodied.gwp.central(), 1000.0 / 43800.0 * (200.0 + 712.5), 1e-9);
}

TEST(UnitWorkModel, AnotherAcceleratorScalesEnergyAndBusyTime) {
  InferenceInputs in = reserved_for_images(10000.0);
  in.energy_scale = Ratio::point(0.8);   // less energy per peak FLOP than the reference
  in.latency_scale = Ratio::point(2.5);  // a slower device
  const StageImpacts out = inference_stage_impacts(in);
  const double busy = 10000.0 * 0.002 / 0.7 * 2.5;
  EXPECT_NEAR(flow(out, "busy_accelerator_hours"), busy, 1e-9);
  const double idle = 1000.0 - busy;
  const double it = 10000.0 * 0.002 * 0.8 + idle * 0.105 + 0.15 * (busy + 0.211 * idle);
  EXPECT_NEAR(flow(out, "it_energy"), it, 1e-9);
}

TEST(UnitWorkModel, NoWorkLeavesTheReservedCapacityIdle) {
  const StageImpacts out = inference_stage_impacts(reserved_for_images(0.0));
  EXPECT_NEAR(out.use.energy.central(), 1000.0 * (0.105 + 0.15 * 0.211) * 1.4, 1e-9);
  EXPECT_EQ(flow(out, "energy_per_unit"), 0.0);  // no unit: no per-unit figure, no division
}

TEST(UnitWorkModel, MoreUnitsNeverLessEnergy) {
  double previous = 0.0;
  for (const double units : {0.0, 1.0, 1000.0, 1e5, 1e6}) {  // 1e6 overloads the 1,000 h
    const double energy = inference_stage_impacts(reserved_for_images(units)).use.energy.central();
    EXPECT_GE(energy, previous) << units;
    previous = energy;
  }
}

// End to end: the bundled factors, the test project, run().
class UnitWorkRun : public ::testing::Test {
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

  static report::Report assess(const std::string& text) {
    Diagnostics diagnostics;
    SourceCache sources;
    sources.add("p.toml", text);
    const ProjectSpec project = read_project(text, "p.toml", diagnostics);
    std::optional<report::Report> report = run(project, *factors_, RunOptions{}, diagnostics);
    EXPECT_TRUE(report.has_value()) << render_all(diagnostics, sources);
    return report ? std::move(*report) : report::Report{};
  }

  static std::string test_project() {
    return read_text_file(testing::source_dir() /
                          "tests/projects/mairie-services-multimodaux.toml");
  }

  static const report::StageResult& stage(const report::Report& report, std::string_view option,
                                          std::string_view id) {
    for (const report::OptionResult& o : report.options) {
      for (const report::StageResult& s : o.stages) {
        if (o.id == option && s.id == id) return s;
      }
    }
    ADD_FAILURE() << "no stage " << option << "/" << id;
    return report.options.front().stages.front();
  }

  static double flow(const report::StageResult& stage, std::string_view id) {
    for (const report::Flow& f : stage.flows) {
      if (f.id == id) return f.value;
    }
    ADD_FAILURE() << "no flow " << id << " in " << stage.id;
    return 0.0;
  }

  static bool has_assumption(const report::Report& report, std::string_view id) {
    return std::any_of(report.assumptions.begin(), report.assumptions.end(),
                       [&](const auto& a) { return a.id == id; });
  }

  static FactorSet* factors_;
};

FactorSet* UnitWorkRun::factors_ = nullptr;

// Replaces the first `from` of `text` by `to`.
std::string replace(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST_F(UnitWorkRun, RequestsPerDayAreRequestsPerYearOverTheDaysOfUse) {
  const std::string daily = test_project();
  // 150 requests a day × 220 days = 33,000 a year: the same figures, and the report says how.
  const std::string yearly = replace(
      replace(daily, "requests_per_day = 150\ndays_per_year = 220", "requests_per_year = 33000"),
      "requests_per_day = 150\n", "requests_per_year = 54750\n");
  const report::Report by_day = assess(daily);
  const report::Report by_year = assess(yearly);
  for (const auto& [option, id] : {std::pair("gpu-loue", "redaction"), {"api", "redaction"}}) {
    EXPECT_DOUBLE_EQ(stage(by_day, option, id).total[Criterion::kGwp].value,
                     stage(by_year, option, id).total[Criterion::kGwp].value)
        << option;
  }
  EXPECT_TRUE(has_assumption(by_day, "requests-per-day/gpu-loue/redaction"));
  EXPECT_FALSE(has_assumption(by_day, "days-per-year-default/gpu-loue/redaction"));
  // The API stage gives no days_per_year: every day of the year, stated.
  EXPECT_TRUE(has_assumption(by_day, "requests-per-day/api/redaction"));
  EXPECT_TRUE(has_assumption(by_day, "days-per-year-default/api/redaction"));
  EXPECT_FALSE(has_assumption(by_year, "requests-per-day/api/redaction"));
}

TEST_F(UnitWorkRun, StatedEnergyPerPageIsMeasuredOnTheStageAccelerator) {
  const report::Report report = assess(test_project());
  // 300 pages × 220 days × 3 years, 0.9 Wh each at the L4's 72 W: 0.0125 h per page.
  const report::StageResult& pages = stage(report, "gpu-loue", "lecture-courriers");
  EXPECT_NEAR(flow(pages, "busy_accelerator_hours"), 198000.0 * 0.0009 / 0.072, 1e-6);
  EXPECT_NEAR(flow(pages, "reserved_accelerator_hours"), 2200.0 * 3.0, 1e-9);
  EXPECT_TRUE(has_assumption(report, "unit-energy-stated/gpu-loue/lecture-courriers"));
  EXPECT_TRUE(has_assumption(report, "units-per-day/gpu-loue/lecture-courriers"));
  EXPECT_TRUE(has_assumption(report, "unit-work-one-accelerator/gpu-loue/lecture-courriers"));
}

TEST_F(UnitWorkRun, SecondsOfAudioAreUnitsLikePages) {
  // The same work stated per second of audio (30 s a document at 0.03 Wh a second) is the same
  // energy as 0.9 Wh a page: the unit only names what is counted.
  const std::string seconds =
      replace(replace(replace(test_project(), "unit = \"page\"", "unit = \"audio_second\""),
                      "energy_per_unit_wh = 0.9", "energy_per_unit_wh = 0.03"),
              "units_per_day = 300", "units_per_day = 9000");
  const report::Report pages = assess(test_project());
  const report::Report audio = assess(seconds);
  EXPECT_NEAR(flow(stage(audio, "gpu-loue", "lecture-courriers"), "busy_accelerator_hours"),
              flow(stage(pages, "gpu-loue", "lecture-courriers"), "busy_accelerator_hours"), 1e-6);
}

TEST_F(UnitWorkRun, TaskMeasuredOnAnH100IsScaledToTheStageAccelerator) {
  const report::Report report = assess(test_project());
  const report::StageResult& images = stage(report, "gpu-loue", "illustrations");
  // 26,400 images × 1.6398 Wh ÷ 700 W on the H100, × its peak over the L40S's.
  const FactorRow* h100 = factors_->row(FactorTable::kHardware, "nvidia-h100-sxm5-80gb");
  const FactorRow* l40s = factors_->row(FactorTable::kHardware, "nvidia-l40s-48gb");
  ASSERT_NE(h100, nullptr);
  ASSERT_NE(l40s, nullptr);
  const double peak_ratio =
      h100->quantity("peak_tflops_fp16")->value / l40s->quantity("peak_tflops_fp16")->value;
  EXPECT_NEAR(flow(images, "busy_accelerator_hours"), 26400.0 * 0.0016398 / 0.7 * peak_ratio, 1e-6);
  EXPECT_TRUE(has_assumption(report, "task-measurement/image-generation-sdxl"));
  EXPECT_TRUE(
      has_assumption(report, "task-hardware-scaling/image-generation-sdxl/nvidia-l40s-48gb"));
  // The task's figure is listed with its source, for the reader to check.
  const auto used = std::find_if(report.factors.begin(), report.factors.end(), [](const auto& f) {
    return f.id == "task/image-generation-sdxl/energy_per_unit";
  });
  ASSERT_NE(used, report.factors.end());
  EXPECT_EQ(used->source_id, "aienergyscore-leaderboard-data");
  EXPECT_EQ(used->unit, "Wh");
}

TEST_F(UnitWorkRun, ATaskOnItsOwnMeasurementHardwareNeedsNoScaling) {
  const std::string on_h100 = replace(
      test_project(), "units_per_day = 40\ndays_per_year = 220\nhardware = \"nvidia-l40s-48gb\"",
      "units_per_day = 40\ndays_per_year = 220\nhardware = \"nvidia-h100-sxm5-80gb\"");
  const report::Report report = assess(on_h100);
  const report::StageResult& images = stage(report, "gpu-loue", "illustrations");
  EXPECT_NEAR(flow(images, "busy_accelerator_hours"), 26400.0 * 0.0016398 / 0.7, 1e-9);
  EXPECT_FALSE(
      has_assumption(report, "task-hardware-scaling/image-generation-sdxl/nvidia-h100-sxm5-80gb"));
}

}  // namespace
}  // namespace empreinte
