#include "reports/html/lots_view.h"

#include <string>

#include "engine/core/criteria.h"
#include "reports/html/figure_text.h"
#include "reports/html/text_util.h"
#include "reports/model/number_format.h"

namespace empreinte::report::html {
namespace {

bool is_main(Criterion c) { return c == Criterion::kGwp || c == Criterion::kCost; }

std::string option_title(const Report& report, const std::string& id) {
  for (const OptionResult& option : report.options) {
    if (option.id == id) return option.title.empty() ? option.id : option.title;
  }
  return id;
}

// One table: rows are the options (report order), columns the lots.
mstch::map criterion_table(const Report& report, Criterion c, const Catalogue& catalogue) {
  mstch::array rows;
  const std::size_t option_count = report.lots.front().options.size();
  for (std::size_t o = 0; o < option_count; ++o) {
    mstch::array cells;
    for (std::size_t l = 0; l < report.lots.size(); ++l) {
      const LotOption& lot_option = report.lots[l].options[o];
      cells.push_back(mstch::map{
          {"total", figure_view(lot_option.total[c], catalogue)},
          // The first lot adds its whole total: only later lots show what they add.
          {"has_added", l > 0},
          {"added", figure_view(lot_option.added[c], catalogue)},
      });
    }
    const std::string& id = report.lots.front().options[o].option_id;
    rows.push_back(mstch::map{
        {"title", option_title(report, id)},
        {"id", id},
        {"cells", cells},
    });
  }
  return mstch::map{
      {"name", catalogue.text("criteria." + std::string(criterion_id(c)))},
      {"unit", std::string(criterion_unit(c))},
      {"rows", rows},
  };
}

}  // namespace

mstch::map lots_view(const Report& report, const Catalogue& catalogue) {
  if (report.lots.empty()) return mstch::map{{"has_lots", false}};
  const Language language = catalogue.language();
  mstch::array lots;
  for (std::size_t l = 0; l < report.lots.size(); ++l) {
    const LotResult& lot = report.lots[l];
    lots.push_back(mstch::map{
        {"title", lot.title.empty() ? lot.id : lot.title},
        {"id", lot.id},
        // Volumes and scales are the user's own figures: printed as written.
        {"volume",
         fill(catalogue.text("lots.volume"),
              {{"volume", format_input(lot.volume, language)}, {"unit", report.lot_unit}})},
        {"has_scale", l > 0},
        {"scale",
         fill(catalogue.text("lots.scale"), {{"scale", format_input(lot.scale, language)}})},
    });
  }
  mstch::array main;
  mstch::array compact;
  for (const Criterion c : kAllCriteria) {
    (is_main(c) ? main : compact).push_back(criterion_table(report, c, catalogue));
  }
  return mstch::map{
      {"has_lots", true},
      {"intro", fill(catalogue.text("lots.intro"), {{"unit", report.lot_unit}})},
      {"lots", lots},
      // The option column and one per lot: a criterion's heading row spans them all.
      {"columns", std::to_string(report.lots.size() + 1)},
      {"main", main},
      {"compact", compact},
  };
}

}  // namespace empreinte::report::html
