#include "reports/html/html_writer.h"

#include <map>
#include <mstch/mstch.hpp>

#include "empreinte_html_templates_embedded.h"
#include "reports/html/catalogue.h"
#include "reports/html/index_view.h"
#include "reports/html/report_view.h"

namespace empreinte::report {
namespace {

// Partials every page may use: the stylesheet (inlined) and the SVG charts.
std::map<std::string, std::string> partials() {
  return {
      {"css", std::string(html::embedded::stylesheet)},
      {"chart", std::string(html::embedded::chart_template)},
      {"tornado", std::string(html::embedded::tornado_template)},
      {"scatter", std::string(html::embedded::scatter_template)},
  };
}

}  // namespace

HtmlWriter::HtmlWriter(Language language)
    : catalogue_(std::make_shared<const html::Catalogue>(html::Catalogue::load(language))) {}

std::string HtmlWriter::write_report(const Report& report) const {
  return mstch::render(std::string(html::embedded::report_template),
                       html::report_view(report, *catalogue_), partials());
}

std::string HtmlWriter::write_index(const BatchIndex& index) const {
  const std::string entry_template(html::embedded::index_entry_template);
  std::string entries;
  for (const IndexEntry& entry : index.entries) {
    entries += mstch::render(entry_template, html::entry_view(entry, *catalogue_));
  }
  mstch::map view = html::index_view(index, *catalogue_);
  view.emplace("entries_html", std::move(entries));
  return mstch::render(std::string(html::embedded::index_template), view, partials());
}

}  // namespace empreinte::report
