#include "reports/html/index_view.h"

#include <string>

#include "engine/core/criteria.h"
#include "reports/html/text_util.h"

namespace empreinte::report::html {
namespace {

mstch::array option_rows(const IndexEntry& entry, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const std::string per_unit =
      fill(catalogue.text("index.per_unit"), {{"unit", entry.functional_unit}});
  mstch::array rows;
  for (const IndexOption& option : entry.options) {
    rows.push_back(mstch::map{
        {"first", rows.empty()},
        {"has_option", true},
        {"option_id", option.id},
        {"option_title", option.title.empty() ? option.id : option.title},
        {"gwp", format_display(option.total[Criterion::kGwp].value, language)},
        {"energy", format_display(option.total[Criterion::kEnergy].value, language)},
        {"gwp_per_unit",
         format_display(option.per_functional_unit[Criterion::kGwp].value, language)},
        {"per_unit", per_unit},
    });
  }
  if (rows.empty()) rows.push_back(mstch::map{{"first", true}, {"has_option", false}});
  return rows;
}

}  // namespace

mstch::map entry_view(const IndexEntry& entry, const Catalogue& catalogue) {
  const Language language = catalogue.language();
  const auto count = static_cast<double>(entry.error_count);
  const std::string errors_key =
      std::string("index.errors") + std::string(plural_suffix(count, language));
  const mstch::array rows = entry.rejected ? mstch::array{} : option_rows(entry, catalogue);
  return mstch::map{
      {"source_file", entry.source_file},
      {"rejected", entry.rejected},
      // An error count is a count, printed exactly.
      {"errors", fill(catalogue.text(errors_key), {{"count", std::to_string(entry.error_count)}})},
      {"project_id", entry.project_id},
      {"title", entry.title.empty() ? entry.project_id : entry.title},
      {"has_organisation", !entry.organisation.empty()},
      {"organisation", entry.organisation},
      {"has_html", !entry.html_href.empty()},
      {"html_href", entry.html_href},
      {"has_xml", !entry.xml_href.empty()},
      {"xml_href", entry.xml_href},
      {"rowspan", std::to_string(rows.size())},
      {"rows", rows},
      {"t", catalogue.tree()},
  };
}

mstch::map index_view(const BatchIndex& index, std::size_t files, std::size_t rejected,
                      const Catalogue& catalogue) {
  return mstch::map{
      {"t", catalogue.tree()},
      {"engine_version", index.engine_version},
      {"methodology_version", index.methodology_version},
      {"factor_set_version", index.factor_set_version},
      {"gwp_unit", std::string(criterion_unit(Criterion::kGwp))},
      {"energy_unit", std::string(criterion_unit(Criterion::kEnergy))},
      {"summary",
       fill(catalogue.text("index.summary"), {{"files", std::to_string(files)},
                                              {"assessed", std::to_string(files - rejected)},
                                              {"rejected", std::to_string(rejected)}})},
      {"has_entries", files > 0},
      {"footer", fill(catalogue.text("meta.footer"), {{"engine", index.engine_version},
                                                      {"methodology", index.methodology_version},
                                                      {"factors", index.factor_set_version}})},
  };
}

}  // namespace empreinte::report::html
