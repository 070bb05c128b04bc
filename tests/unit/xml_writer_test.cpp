#include "reports/xml/xml_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "engine/core/check.h"

namespace empreinte::report {
namespace {

// Sets every criterion of `set` to `base`, `base` + 1, … so that each figure is recognisable.
ImpactSet impacts(double base) {
  ImpactSet set;
  for (const Criterion c : kAllCriteria) set[c].value = base + static_cast<double>(index_of(c));
  return set;
}

StageResult stage(const std::string& id, double base, std::vector<std::string> factor_ids) {
  StageResult s;
  s.id = id;
  s.kind = "compute";
  s.title = "Stage " + id;
  s.total = impacts(base);
  s.use = impacts(base / 2);
  s.embodied = impacts(base / 2);
  s.flows = {{"device_hours", 1200.0, "h"}, {"it_energy", 0.000125, "kWh"}};
  s.factor_ids = std::move(factor_ids);
  s.declared_at = {"examples/assistant.toml", 12, 1};
  return s;
}

FactorUse factor(const std::string& id, double value, const std::string& unit) {
  FactorUse f;
  f.id = id;
  f.label = "Label of " + id;
  f.value = value;
  f.unit = unit;
  f.source_id = "owid";
  f.source_title = "Our World in Data — Energy";
  f.year = 2023;
  f.licence = "CC BY 4.0";
  return f;
}

// A small report: two options, three stages, three factors, user text with markup characters
// and French accents.
Report sample_report() {
  Report r;
  r.engine_version = "0.1.0";
  r.methodology_version = "1.0";
  r.factor_set_version = "empreinte-factors 2026.11.0";
  r.project.id = "assistant-scolarite";
  r.project.title = "Assistant génératif <Scolarité> & \"RH\" 'pilote'";
  r.project.organisation = "Université de Montréal-sur-Loire";
  r.project.description = "Évaluer l'assistant avec dix équipes.";
  r.project.functional_unit = "request";
  r.project.functional_units_per_year = 150000;
  r.project.horizon_years = 0.5;
  r.project.source_file = "examples/assistant.toml";
  r.boundary_included = {{"use", "use phase of servers"},
                         {"embodied", "embodied hardware, amortised"}};
  r.boundary_excluded = {{"user-terminals", "end-user devices"}};

  OptionResult api;
  api.id = "api";
  api.title = "API SaaS « généraliste »";
  api.description = "Modèle hébergé par un tiers <hors UE>.";
  api.total = impacts(12.5);
  api.per_year = impacts(25);
  api.per_functional_unit = impacts(0.000166);
  api.stages = {stage("requests", 12.5, {"electricity/FR/gwp", "hardware/a100/power_max"})};
  r.options.push_back(api);

  OptionResult onprem;
  onprem.id = "on-premises";
  onprem.title = "Serveur sur site";
  onprem.total = impacts(40);
  onprem.per_year = impacts(80);
  onprem.per_functional_unit = impacts(0.00053);
  onprem.stages = {stage("gpu", 30, {"electricity/FR/gwp"}),
                   stage("storage", 10, {"electricity/FR/water"})};
  r.options.push_back(onprem);

  FactorUse grid = factor("electricity/FR/gwp", 0.056, "kgCO2e/kWh");
  grid.low = 0.032;
  grid.high = 0.085;
  grid.distribution = "triangular";
  grid.source_url = "https://ourworldindata.org/energy?x=1&y=2";
  r.factors.push_back(grid);
  FactorUse water = factor("electricity/FR/water", 2.5, "L/kWh");
  water.fallback_note = "no water factor for zone FR-COR; used FR";
  r.factors.push_back(water);
  r.factors.push_back(factor("hardware/a100/power_max", 400, "W"));

  r.assumptions = {{"embodied-allocation-rented",
                    "Rented hardware: embodied share < 100 % & "
                    "allocated by \"hours\" — hypothèse",
                    "embodied-allocation-rented",
                    {}}};
  r.uncertainty.draws = 0;
  r.uncertainty.seed = 18446744073709551615ULL;
  return r;
}

// `text` with the first occurrence of `from` replaced by `to`; fails the test if absent.
std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not found: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += e + "\n";
  return out;
}

// One writer for the whole suite (construction compiles the XSD).
const XmlWriter& writer() {
  static const XmlWriter instance;
  return instance;
}

TEST(XmlWriter, WrittenReportValidates) {
  const std::string xml = writer().write(sample_report());
  EXPECT_EQ(writer().validate(xml), std::vector<std::string>{});
}

TEST(XmlWriter, StartsWithDeclarationAndRootInReportNamespace) {
  const std::string xml = writer().write(sample_report());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n"
                      "<report xmlns=\"urn:empreinte:report:1\" engine-version=\"0.1.0\" "
                      "factor-set=\"empreinte-factors 2026.11.0\" methodology-version=\"1.0\" "
                      "schema-version=\"1\">\n",
                      0),
            0u)
      << xml.substr(0, 300);
  EXPECT_EQ(xml.substr(xml.size() - 10), "</report>\n");
}

TEST(XmlWriter, ImpactsInCriterionOrderWithUnits) {
  const std::string xml = writer().write(sample_report());
  EXPECT_NE(xml.find("  <option id=\"api\">\n"
                     "    <title>API SaaS « généraliste »</title>\n"
                     "    <description>Modèle hébergé par un tiers &lt;hors UE&gt;.</description>\n"
                     "    <total>\n"
                     "      <impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"12.5\"/>\n"
                     "      <impact criterion=\"energy\" unit=\"kWh\" value=\"13.5\"/>\n"
                     "      <impact criterion=\"primary_energy\" unit=\"MJ\" value=\"14.5\"/>\n"
                     "      <impact criterion=\"water\" unit=\"L\" value=\"15.5\"/>\n"
                     "      <impact criterion=\"adpe\" unit=\"kgSbeq\" value=\"16.5\"/>\n"
                     "      <impact criterion=\"cost\" unit=\"EUR\" value=\"17.5\"/>\n"
                     "    </total>\n"
                     "    <per-year>\n"
                     "      <impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"25\"/>\n"),
            std::string::npos)
      << xml;
  // Shortest round-trip text from format_exact, not a fixed precision.
  EXPECT_NE(xml.find("<impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"0.000166\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<flow id=\"it_energy\" unit=\"kWh\" value=\"0.000125\"/>"),
            std::string::npos);
}

TEST(XmlWriter, StagesCarryLocationFiguresFlowsAndFactorRefs) {
  const std::string xml = writer().write(sample_report());
  EXPECT_NE(xml.find("    <stage declared-at=\"examples/assistant.toml:12:1\" id=\"gpu\" "
                     "kind=\"compute\">\n"
                     "      <title>Stage gpu</title>\n"
                     "      <total>\n"
                     "        <impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"30\"/>\n"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("      <embodied>\n"
                     "        <impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"15\"/>\n"),
            std::string::npos);
  EXPECT_NE(xml.find("      <flow id=\"device_hours\" unit=\"h\" value=\"1200\"/>\n"
                     "      <flow id=\"it_energy\" unit=\"kWh\" value=\"0.000125\"/>\n"
                     "      <factor-ref id=\"electricity/FR/gwp\"/>\n"
                     "    </stage>\n"),
            std::string::npos);
}

TEST(XmlWriter, ProjectRunBoundaryFactorsAndAssumptions) {
  const std::string xml = writer().write(sample_report());
  EXPECT_NE(
      xml.find("  <project id=\"assistant-scolarite\">\n"
               "    <title>Assistant génératif &lt;Scolarité&gt; &amp; \"RH\" 'pilote'</title>\n"
               "    <organisation>Université de Montréal-sur-Loire</organisation>\n"
               "    <description>Évaluer l'assistant avec dix équipes.</description>\n"
               "    <functional-unit name=\"request\" per-year=\"150000\"/>\n"
               "    <horizon years=\"0.5\"/>\n"
               "    <source-file>examples/assistant.toml</source-file>\n"
               "  </project>\n"
               "  <run samples=\"0\" seed=\"18446744073709551615\"/>\n"
               "  <boundary>\n"
               "    <included>\n"
               "      <item>use phase of servers</item>\n"
               "      <item>embodied hardware, amortised</item>\n"
               "    </included>\n"
               "    <excluded>\n"
               "      <item>end-user devices</item>\n"
               "    </excluded>\n"
               "  </boundary>\n"),
      std::string::npos)
      << xml;
  EXPECT_NE(
      xml.find("    <factor distribution=\"triangular\" high=\"0.085\" id=\"electricity/FR/gwp\" "
               "licence=\"CC BY 4.0\" "
               "low=\"0.032\" source=\"owid\" unit=\"kgCO2e/kWh\" value=\"0.056\" "
               "year=\"2023\">\n"
               "      <label>Label of electricity/FR/gwp</label>\n"
               "      <source-title>Our World in Data — Energy</source-title>\n"
               "      <source-url>https://ourworldindata.org/energy?x=1&amp;y=2</source-url>\n"
               "    </factor>\n"),
      std::string::npos)
      << xml;
  EXPECT_NE(xml.find("      <fallback>no water factor for zone FR-COR; used FR</fallback>\n"),
            std::string::npos);
  EXPECT_NE(xml.find("    <assumption id=\"embodied-allocation-rented\">Rented hardware: embodied "
                     "share &lt; 100 % &amp; allocated by \"hours\" — hypothèse</assumption>\n"),
            std::string::npos)
      << xml;
}

// A Monte Carlo report: ranges on impacts, the run's draws, drivers and the pairwise
// comparison are written, and the writer's own XSD check accepts them.
TEST(XmlWriter, MonteCarloRangesDriversAndComparison) {
  Report r = sample_report();
  r.uncertainty.draws = 1000;
  r.uncertainty.seed = 7;
  r.uncertainty.sampling = "latin-hypercube";
  r.uncertainty.sensitivity_method = "first-order-sobol-correlation-ratio";
  r.uncertainty.fixed_factor_count = 2;
  r.uncertainty.inputs.push_back({"electricity/FR/gwp", "Grid FR", "factor", "triangular", 0.056,
                                  0.032, 0.085, std::nullopt, "kgCO2e/kWh"});
  r.options[0].total[Criterion::kGwp].range = FigureRange{13.0, 9.5, 12.75, 17.25, 0.05};
  r.options[0].drivers[index_of(Criterion::kGwp)].push_back(
      {"electricity/FR/gwp", "Grid FR", "factor", 0.75, 9.75, 16.5});
  OptionPair pair{r.options[0].id, r.options[1].id, {}};
  pair.probability_first_lower.fill(0.25);
  r.pairs.push_back(pair);
  const std::string xml = writer().write(r);
  EXPECT_NE(xml.find("<impact criterion=\"gwp\" mean=\"13\" p5=\"9.5\" p50=\"12.75\" "
                     "p95=\"17.25\" standard-error=\"0.05\" unit=\"kgCO2e\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<run fixed-factors=\"2\" samples=\"1000\" sampling=\"latin-hypercube\" "
                     "seed=\"7\" sensitivity=\"first-order-sobol-correlation-ratio\">\n"
                     "    <uncertain-input central=\"0.056\" high=\"0.085\" "
                     "id=\"electricity/FR/gwp\" low=\"0.032\" origin=\"factor\" "
                     "shape=\"triangular\" unit=\"kgCO2e/kWh\">\n"
                     "      <label>Grid FR</label>\n"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("    <sensitivity>\n"
                     "      <criterion criterion=\"gwp\">\n"
                     "        <driver first-order=\"0.75\" high-mean=\"16.5\" "
                     "input=\"electricity/FR/gwp\" low-mean=\"9.75\"/>\n"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("  <comparison>\n    <pair first=\"api\" second=\"on-premises\">\n"
                     "      <probability criterion=\"gwp\" first-lower=\"0.25\"/>\n"),
            std::string::npos)
      << xml;
}

// A driver must name an uncertain input of the run: the schema's keyref refuses a dangling one.
TEST(XmlWriter, DriverOfAnUnknownInputFailsTheSchemaCheck) {
  Report r = sample_report();
  r.uncertainty.draws = 1000;
  r.uncertainty.sampling = "latin-hypercube";
  r.uncertainty.sensitivity_method = "first-order-sobol-correlation-ratio";
  r.options[0].drivers[0].push_back({"nowhere", "?", "factor", 0.5, 1, 2});
  EXPECT_THROW(writer().write(r), InternalError);
}

TEST(XmlWriter, EmptyOptionalTextIsOmitted) {
  const std::string xml = writer().write(sample_report());
  const auto onprem = xml.find("<option id=\"on-premises\">");
  ASSERT_NE(onprem, std::string::npos);
  const std::string expected =
      "<option id=\"on-premises\">\n    <title>Serveur sur site</title>\n    <total>\n";
  EXPECT_EQ(xml.substr(onprem, expected.size()), expected);
  // Only the grid factor has a source URL; only the water factor has a fallback.
  EXPECT_EQ(xml.find("<source-url>"), xml.rfind("<source-url>"));
  EXPECT_EQ(xml.find("<fallback>"), xml.rfind("<fallback>"));
}

TEST(XmlWriter, AttributeTextIsEscaped) {
  Report r = sample_report();
  r.options[0].stages[0].declared_at.file = "dir \"a\" & <b>.toml";
  const std::string xml = writer().write(r);
  // '>' needs no escape in an attribute value; Xerces leaves it.
  EXPECT_NE(xml.find("declared-at=\"dir &quot;a&quot; &amp; &lt;b>.toml:12:1\""), std::string::npos)
      << xml;
}

TEST(XmlWriter, SameReportGivesIdenticalBytes) {
  const Report r = sample_report();
  const std::string first = writer().write(r);
  EXPECT_EQ(first, writer().write(r));
  const XmlWriter other;
  EXPECT_EQ(first, other.write(sample_report()));
}

TEST(XmlWriter, ConcurrentWritesAndValidationsAgree) {
  const Report r = sample_report();
  const std::string expected = writer().write(r);
  std::string broken = replace_once(expected, "criterion=\"water\"", "criterion=\"ozone\"");
  constexpr int kThreads = 8;
  constexpr int kRounds = 25;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; ++i) {
        if (writer().write(r) != expected) ++mismatches[t];
        if (!writer().validate(expected).empty()) ++mismatches[t];
        if (writer().validate(broken).empty()) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(kThreads, 0));
}

TEST(XmlWriter, WritersMayBeCreatedAndDestroyedOnSeveralThreads) {
  const std::string expected = writer().write(sample_report());
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 3; ++i) {
        const XmlWriter local;
        if (local.write(sample_report()) != expected) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

// ----------------------------------------------------------------------------- the schema

class BrokenDocument : public ::testing::Test {
 protected:
  // Expects errors for `text`, one of which mentions `words`, each as "line:col: message".
  void expect_error(const std::string& text, const std::string& words) {
    const std::vector<std::string> errors = writer().validate(text);
    ASSERT_FALSE(errors.empty()) << "accepted:\n" << text;
    EXPECT_NE(joined(errors).find(words), std::string::npos) << joined(errors);
    for (const std::string& error : errors) {
      const auto colon = error.find(':');
      const auto space = error.find(": ");
      EXPECT_TRUE(colon > 0 && colon < space && space != std::string::npos &&
                  std::all_of(error.begin(), error.begin() + static_cast<long>(space),
                              [](char c) { return c == ':' || (c >= '0' && c <= '9'); }))
          << error;
    }
  }
  const std::string valid = writer().write(sample_report());
};

TEST_F(BrokenDocument, ValidTextHasNoErrors) { EXPECT_EQ(joined(writer().validate(valid)), ""); }

TEST_F(BrokenDocument, MissingRequiredAttribute) {
  expect_error(replace_once(valid, " unit=\"kgCO2e\" value=\"12.5\"", " value=\"12.5\""),
               "missing required attribute 'unit'");
}

TEST_F(BrokenDocument, UnknownCriterion) {
  expect_error(replace_once(valid, "criterion=\"water\"", "criterion=\"ozone\""),
               "value 'ozone' not in enumeration");
}

TEST_F(BrokenDocument, DuplicateCriterionInOneSet) {
  expect_error(replace_once(valid, "criterion=\"energy\"", "criterion=\"gwp\""),
               "duplicate identity constraint");
}

TEST_F(BrokenDocument, DanglingFactorRef) {
  expect_error(replace_once(valid, "<factor-ref id=\"electricity/FR/water\"/>",
                            "<factor-ref id=\"electricity/XX/water\"/>"),
               "identity constraint key for element 'report' not found");
}

TEST_F(BrokenDocument, DuplicateOptionId) {
  expect_error(replace_once(valid, "<option id=\"on-premises\">", "<option id=\"api\">"),
               "element 'report' declares duplicate identity constraint");
}

TEST_F(BrokenDocument, DuplicateStageIdWithinAnOption) {
  expect_error(replace_once(valid, "id=\"storage\"", "id=\"gpu\""),
               "element 'option' declares duplicate identity constraint");
}

TEST_F(BrokenDocument, NotANumber) {
  expect_error(replace_once(valid, "value=\"12.5\"", "value=\"12,5\""), "invalid character");
}

TEST_F(BrokenDocument, WrongNamespace) {
  expect_error(replace_once(valid, "urn:empreinte:report:1", "urn:empreinte:report:2"),
               "no declaration found for element 'report'");
}

TEST_F(BrokenDocument, NotWellFormed) {
  expect_error(replace_once(valid, "</assumptions>", "</assumption>"),
               "expected end of tag 'assumptions'");
}

TEST_F(BrokenDocument, ErrorsCarryTheirLine) {
  const std::string broken = replace_once(valid, "criterion=\"water\"", "criterion=\"ozone\"");
  const std::vector<std::string> errors = writer().validate(broken);
  ASSERT_FALSE(errors.empty());
  const auto line = std::count(broken.begin(), broken.begin() + broken.find("ozone"), '\n') + 1;
  EXPECT_EQ(errors.front().rfind(std::to_string(line) + ":", 0), 0u) << errors.front();
}

// ----------------------------------------------------------------------------- parser security

// A file outside the document that must never be read.
class ExternalFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("empreinte_xml_writer_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string write_file(const std::string& content) {
    std::ofstream(path_) << content;
    return "file://" + path_.string();
  }
  std::filesystem::path path_;
};

// If the entity were expanded, the element it holds would be reported by name.
constexpr const char* kSecret = "<leaked-SECRET-7731/>";

std::string document_with_doctype(const std::string& valid, const std::string& doctype,
                                  const std::string& reference) {
  std::string text = replace_once(valid, "<report ", doctype + "\n<report ");
  return replace_once(text, "<included>\n", "<included>" + reference + "\n");
}

TEST_F(ExternalFile, ExternalEntityIsNotExpanded) {
  const std::string url = write_file(kSecret);
  const std::string valid = writer().write(sample_report());
  const std::string text = document_with_doctype(
      valid, "<!DOCTYPE report [<!ENTITY leak SYSTEM \"" + url + "\">]>", "&leak;");
  const std::vector<std::string> errors = writer().validate(text);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(joined(errors).find("SECRET"), std::string::npos) << joined(errors);
  EXPECT_NE(joined(errors).find("external resource refused: \"" + url + "\""), std::string::npos)
      << joined(errors);
  EXPECT_NE(joined(errors).find("DOCTYPE"), std::string::npos) << joined(errors);
}

TEST_F(ExternalFile, ExternalDtdIsNotLoaded) {
  const std::string url = write_file(std::string("<!ENTITY leak \"") + "SECRET" + "\">");
  const std::string valid = writer().write(sample_report());
  const std::string text =
      document_with_doctype(valid, "<!DOCTYPE report SYSTEM \"" + url + "\">", "<leak/>");
  const std::vector<std::string> errors = writer().validate(text);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(joined(errors).find("external resource refused"), std::string::npos) << joined(errors);
}

TEST_F(ExternalFile, SchemaLocationHintIsNotLoaded) {
  // The hinted schema would make this document valid if it were loaded.
  const std::string url = write_file(
      "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:evil\">"
      "<xs:element name=\"evil\"/></xs:schema>");
  const std::string text =
      "<?xml version=\"1.0\"?>\n<e:evil xmlns:e=\"urn:evil\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:evil " +
      url + "\"/>\n";
  EXPECT_FALSE(writer().validate(text).empty());
}

TEST(XmlWriterSecurity, InternalEntityExpansionIsBounded) {
  std::string doctype = "<!DOCTYPE report [<!ENTITY a0 \"lol\">";
  for (int i = 1; i < 10; ++i) {
    doctype += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) doctype += "&a" + std::to_string(i - 1) + ";";
    doctype += "\">";
  }
  doctype += "]>";
  const std::string valid = writer().write(sample_report());
  const std::string text =
      document_with_doctype(valid, doctype, "<item>&a9;</item>");  // 10^9 "lol" if unbounded
  const std::vector<std::string> errors = writer().validate(text);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(joined(errors).find("DOCTYPE"), std::string::npos) << joined(errors);
  EXPECT_NE(joined(errors).find("entity expansions"), std::string::npos) << joined(errors);
}

// ----------------------------------------------------------------------------- write() failures

TEST(XmlWriterFailures, InvalidReportIsAnInternalError) {
  Report r = sample_report();
  r.options[0].stages[0].factor_ids.push_back("not/listed");
  EXPECT_THROW(writer().write(r), InternalError);
  r = sample_report();
  r.options[1].id = "api";
  EXPECT_THROW(writer().write(r), InternalError);
  r = sample_report();
  r.engine_version.clear();
  EXPECT_THROW(writer().write(r), InternalError);
}

TEST(XmlWriterFailures, InternalErrorNamesTheSchemaError) {
  Report r = sample_report();
  r.options[0].stages[0].factor_ids.push_back("not/listed");
  try {
    writer().write(r);
    ADD_FAILURE() << "no exception";
  } catch (const InternalError& e) {
    EXPECT_NE(std::string(e.what()).find("empreinte-report-1.xsd"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("identity constraint key"), std::string::npos) << e.what();
  }
}

TEST(XmlWriterFailures, NonFiniteNumberIsAnInternalError) {
  Report r = sample_report();
  r.options[1].per_year[Criterion::kWater].value = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(writer().write(r), InternalError);
  r = sample_report();
  r.factors[0].high = std::numeric_limits<double>::infinity();
  EXPECT_THROW(writer().write(r), InternalError);
}

TEST(XmlWriterFailures, TextThatXmlCannotHoldIsAnInternalError) {
  Report r = sample_report();
  r.project.title = "bad \xC3(";  // invalid UTF-8
  EXPECT_THROW(writer().write(r), InternalError);
  r = sample_report();
  r.assumptions[0].text = "bell \x07";  // XML 1.0 has no U+0007
  EXPECT_THROW(writer().write(r), InternalError);
  r = sample_report();
  r.project.title = "emoji \xF0\x9F\x8C\x8D ok";  // astral plane: fine
  EXPECT_NE(writer().write(r).find("emoji \xF0\x9F\x8C\x8D ok"), std::string::npos);
}

// ----------------------------------------------------------------------------- the whole text

TEST(XmlWriter, MinimalReportExactText) {
  Report r;
  r.engine_version = "0.1.0";
  r.methodology_version = "1.0";
  r.factor_set_version = "f 1";
  r.project.id = "p";
  r.project.title = "P";
  r.project.functional_unit = "request";
  r.project.functional_units_per_year = 10;
  r.project.horizon_years = 1;
  r.project.source_file = "p.toml";
  OptionResult none;
  none.id = "no-ai";
  none.title = "No AI";
  r.options.push_back(none);
  const std::string impacts_zero =
      "      <impact criterion=\"gwp\" unit=\"kgCO2e\" value=\"0\"/>\n"
      "      <impact criterion=\"energy\" unit=\"kWh\" value=\"0\"/>\n"
      "      <impact criterion=\"primary_energy\" unit=\"MJ\" value=\"0\"/>\n"
      "      <impact criterion=\"water\" unit=\"L\" value=\"0\"/>\n"
      "      <impact criterion=\"adpe\" unit=\"kgSbeq\" value=\"0\"/>\n"
      "      <impact criterion=\"cost\" unit=\"EUR\" value=\"0\"/>\n";
  EXPECT_EQ(writer().write(r),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n"
            "<report xmlns=\"urn:empreinte:report:1\" engine-version=\"0.1.0\" factor-set=\"f 1\" "
            "methodology-version=\"1.0\" schema-version=\"1\">\n"
            "  <project id=\"p\">\n"
            "    <title>P</title>\n"
            "    <functional-unit name=\"request\" per-year=\"10\"/>\n"
            "    <horizon years=\"1\"/>\n"
            "    <source-file>p.toml</source-file>\n"
            "  </project>\n"
            "  <run samples=\"0\" seed=\"0\"/>\n"
            "  <boundary>\n"
            "    <included/>\n"
            "    <excluded/>\n"
            "  </boundary>\n"
            "  <cost-basis carbon-value=\"0\" currency=\"EUR\" discount-rate=\"0\" "
            "electricity-escalation=\"0\" vat=\"excluded\"/>\n"
            "  <option id=\"no-ai\">\n"
            "    <title>No AI</title>\n"
            "    <total>\n" +
                impacts_zero +
                "    </total>\n"
                "    <per-year>\n" +
                impacts_zero +
                "    </per-year>\n"
                "    <per-functional-unit>\n" +
                impacts_zero +
                "    </per-functional-unit>\n"
                "    <cost>\n"
                "      <present-value value=\"0\"/>\n"
                "      <carbon-value value=\"0\"/>\n"
                "      <life-cycle-cost value=\"0\"/>\n"
                "    </cost>\n"
                "  </option>\n"
                "  <factors/>\n"
                "  <assumptions/>\n"
                "</report>\n");
}

}  // namespace
}  // namespace empreinte::report
