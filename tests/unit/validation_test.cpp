// Published-case validation (issue 3): every tier-A case of the shared validation file is a
// project under tests/validation/, assessed through the real path — TOML in, XML out, the
// XML read back — and compared with the published figure within the tolerance its caveats
// allow. tests/validation/cases.toml holds the expectations; docs/validation.md is the table
// this test writes in update mode (EMPREINTE_UPDATE_GOLDEN=1) and checks otherwise.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <cmath>
#include <iomanip>
#include <map>
#include <memory>
#include <sstream>
#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLString.hpp>

#include "engine/core/atomic_file.h"
#include "engine/factors/factor_loader.h"
#include "engine/pipeline/assess_file.h"
#include "reports/xml/xml_writer.h"
#include "tests/support/test_paths.h"

namespace empreinte {
namespace {

namespace x = xercesc;

std::string attribute(const x::DOMElement* element, const char* name) {
  XMLCh* key = x::XMLString::transcode(name);
  char* value = x::XMLString::transcode(element->getAttribute(key));
  std::string out(value);
  x::XMLString::release(&key);
  x::XMLString::release(&value);
  return out;
}

std::string local_name(const x::DOMNode* node) {
  char* name = x::XMLString::transcode(node->getLocalName());
  std::string out(name);
  x::XMLString::release(&name);
  return out;
}

std::vector<const x::DOMElement*> children(const x::DOMElement* parent, const char* name) {
  std::vector<const x::DOMElement*> out;
  for (const x::DOMNode* node = parent->getFirstChild(); node != nullptr;
       node = node->getNextSibling()) {
    if (node->getNodeType() == x::DOMNode::ELEMENT_NODE && local_name(node) == name) {
      out.push_back(static_cast<const x::DOMElement*>(node));
    }
  }
  return out;
}

// The `value` of <impact criterion=…> in the `part` (<total>, or <use> for the use phase
// alone, stages only) of option `option_id` or of its stage `stage_id`, read back from the XML.
std::optional<double> read_impact(const std::string& xml, const std::string& option_id,
                                  const std::string& stage_id, const std::string& part,
                                  const std::string& criterion) {
  x::XercesDOMParser parser;
  parser.setDoNamespaces(true);
  parser.setLoadExternalDTD(false);
  x::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(),
                              "validation-report");
  parser.parse(source);
  const x::DOMElement* root = parser.getDocument()->getDocumentElement();
  for (const x::DOMElement* option : children(root, "option")) {
    if (attribute(option, "id") != option_id) continue;
    const x::DOMElement* scope = option;
    if (!stage_id.empty()) {
      scope = nullptr;
      for (const x::DOMElement* stage : children(option, "stage")) {
        if (attribute(stage, "id") == stage_id) scope = stage;
      }
      if (scope == nullptr) return std::nullopt;
    }
    for (const x::DOMElement* total : children(scope, part.c_str())) {
      for (const x::DOMElement* impact : children(total, "impact")) {
        if (attribute(impact, "criterion") == criterion) {
          return std::stod(attribute(impact, "value"));
        }
      }
    }
  }
  return std::nullopt;
}

struct Check {
  std::string case_id, project, option, stage, part, criterion, basis, source;
  double published = 0.0;
  double tolerance = 0.0;
  double scale = 1.0;  // report unit → published unit
  std::string published_unit;
};

struct Unrepresented {
  std::string case_id, reason;
};

class Validation : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    x::XMLPlatformUtils::Initialize();
    Diagnostics diagnostics;
    SourceCache sources;
    factors_ = new FactorSet(load_factor_set({bundled_factor_directory()}, diagnostics, sources));
    xml_ = new report::XmlWriter();
  }
  static void TearDownTestSuite() {
    delete xml_;
    delete factors_;
    x::XMLPlatformUtils::Terminate();
  }
  static const FactorSet* factors_;
  static const report::XmlWriter* xml_;
};

const FactorSet* Validation::factors_ = nullptr;
const report::XmlWriter* Validation::xml_ = nullptr;

TEST_F(Validation, PublishedCasesAreReproducedWithinTheirTolerance) {
  const toml::table cases =
      toml::parse_file((testing::source_dir() / "tests/validation/cases.toml").string());
  std::vector<Check> checks;
  for (const toml::node& node : *cases["check"].as_array()) {
    const toml::table& t = *node.as_table();
    Check check;
    check.case_id = t["case"].value_or(std::string());
    check.project = t["project"].value_or(std::string());
    check.option = t["option"].value_or(std::string());
    check.stage = t["stage"].value_or(std::string());
    check.part = t["part"].value_or(std::string("total"));
    check.criterion = t["criterion"].value_or(std::string());
    check.published = t["published"].value_or(0.0);
    check.published_unit = t["published_unit"].value_or(std::string());
    check.scale = t["report_to_published"].value_or(1.0);
    check.tolerance = t["tolerance"].value_or(-1.0);
    check.basis = t["basis"].value_or(std::string());
    check.source = t["source"].value_or(std::string());
    checks.push_back(check);
  }
  std::vector<Unrepresented> unrepresented;
  if (const toml::array* list = cases["unrepresented"].as_array()) {
    for (const toml::node& node : *list) {
      const toml::table& t = *node.as_table();
      unrepresented.push_back(
          {t["case"].value_or(std::string()), t["reason"].value_or(std::string())});
    }
  }
  ASSERT_FALSE(checks.empty());

  std::ostringstream table;
  table << "| case | criterion | published | ours | error | tolerance | basis |\n"
        << "|---|---|---|---|---|---|---|\n";
  std::map<std::string, std::string> xml_by_project;
  for (const Check& check : checks) {
    SCOPED_TRACE(check.case_id + " " + check.criterion);
    ASSERT_GT(check.tolerance, 0.0) << "every check states its tolerance";
    ASSERT_FALSE(check.basis.empty()) << "every check says why its tolerance is what it is";
    if (xml_by_project.count(check.project) == 0) {
      SourceCache sources;
      const FileAssessment assessed = assess_file(check.project, *factors_, RunOptions{}, sources);
      ASSERT_TRUE(assessed.report.has_value()) << render_all(assessed.diagnostics, sources);
      xml_by_project[check.project] = xml_->write(*assessed.report);
    }
    const std::optional<double> ours = read_impact(xml_by_project[check.project], check.option,
                                                   check.stage, check.part, check.criterion);
    ASSERT_TRUE(ours.has_value()) << "no " << check.criterion << " for " << check.option;
    const double converted = *ours * check.scale;
    const double error = (converted - check.published) / check.published;
    EXPECT_LE(std::abs(error), check.tolerance)
        << "published " << check.published << " " << check.published_unit << ", ours " << converted;
    // Enough digits to compare with the published figure without reading a rounding as an error.
    const auto digits = [](double value, int significant) {
      std::ostringstream text;
      text << std::setprecision(significant) << value;
      return text.str();
    };
    table << "| " << check.case_id << " | " << check.criterion
          << (check.part == "use" ? " (use phase)" : "") << " | " << digits(check.published, 9)
          << " " << check.published_unit << " | " << digits(converted, 7) << " "
          << check.published_unit << " | " << digits(100.0 * error, 2) << " % | ± "
          << digits(100.0 * check.tolerance, 3) << " % | " << check.basis << " |\n";
  }
  std::ostringstream doc;
  doc << "# Validation against published cases\n\n"
      << "<!-- Generated by tests/unit/validation_test.cpp from tests/validation/cases.toml; "
         "refresh with EMPREINTE_UPDATE_GOLDEN=1. Do not edit by hand. -->\n\n"
      << "Each tier-A case of the shared validation file (published inputs, figure and formula) "
         "is a project file under `tests/validation/`, assessed by the engine through the real "
         "path; its XML report is read back and compared with the published figure. The "
         "tolerance of each check follows the caveats of its source.\n\n"
      << table.str()
      << "\nThe per-request models are also checked against EcoLogits' own worked example (70 B "
         "dense model, 1,000 output tokens, French mix, PUE 1.2: 4 GPUs, 86.9 s, 0.658 Wh, "
         "0.029 gCO2e use, 0.050 gCO2e embodied) in tests/unit/api_model_test.cpp.\n"
      << "\n## Cases the model cannot represent yet\n\n";
  if (unrepresented.empty()) doc << "None.\n";
  for (const Unrepresented& item : unrepresented) {
    doc << "- **" << item.case_id << "**: " << item.reason << "\n";
  }
  const auto path = testing::source_dir() / "docs/validation.md";
  if (testing::update_golden()) write_file_atomically(path, doc.str());
  EXPECT_TRUE(read_text_file(path) == doc.str())
      << "docs/validation.md is stale: refresh with EMPREINTE_UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace empreinte
