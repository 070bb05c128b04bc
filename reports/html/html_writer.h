#pragma once
/// @file html_writer.h
/// HTML writer: self-contained pages (inline CSS and SVG, no script, no external resource),
/// readable on screen and printable on A4, in English or French. It only formats the models.

#include <memory>
#include <string>

#include "reports/model/batch_index.h"
#include "reports/model/number_format.h"
#include "reports/model/report.h"

namespace empreinte::report {

namespace html {
class Catalogue;
}  // namespace html

/// Renders self-contained HTML pages from report models.
class HtmlWriter {
 public:
  /// A writer whose pages are in `language`; loads the embedded catalogue once.
  explicit HtmlWriter(Language language);

  /// One project's report page.
  std::string write_report(const Report& report) const;

  /// The batch index page listing every input file with headline figures and links.
  std::string write_index(const BatchIndex& index) const;

  /// The rows of one input file in the index page, so that a batch can render its index as it
  /// goes and keep only this text, never every entry.
  std::string write_index_entry(const IndexEntry& entry) const;

  /// The index page around rows already rendered: `index` gives the versions (its entries are
  /// not read); `files` and `rejected` count the input files.
  std::string write_index(const BatchIndex& index, std::string entries_html, std::size_t files,
                          std::size_t rejected) const;

  /// The index page cut where its rows go (first: before them, second: after them), for a
  /// batch that streams the rows into the file.
  std::pair<std::string, std::string> index_frame(const BatchIndex& index, std::size_t files,
                                                  std::size_t rejected) const;

 private:
  std::shared_ptr<const html::Catalogue> catalogue_;
};

}  // namespace empreinte::report
