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
  std::string entries;
  std::size_t rejected = 0;
  for (const IndexEntry& entry : index.entries) {
    entries += write_index_entry(entry);
    rejected += entry.rejected ? 1 : 0;
  }
  return write_index(index, std::move(entries), index.entries.size(), rejected);
}

std::string HtmlWriter::write_index_entry(const IndexEntry& entry) const {
  return mstch::render(std::string(html::embedded::index_entry_template),
                       html::entry_view(entry, *catalogue_));
}

std::pair<std::string, std::string> HtmlWriter::index_frame(const BatchIndex& index,
                                                            std::size_t files,
                                                            std::size_t rejected) const {
  // A marker no template or escaped text can contain (a control character).
  const std::string marker = "\x01rows\x01";
  const std::string page = write_index(index, marker, files, rejected);
  const std::size_t at = page.find(marker);
  return {page.substr(0, at), page.substr(at + marker.size())};
}

std::string HtmlWriter::write_index(const BatchIndex& index, std::string entries_html,
                                    std::size_t files, std::size_t rejected) const {
  mstch::map view = html::index_view(index, files, rejected, *catalogue_);
  view.emplace("entries_html", std::move(entries_html));
  return mstch::render(std::string(html::embedded::index_template), view, partials());
}

}  // namespace empreinte::report
