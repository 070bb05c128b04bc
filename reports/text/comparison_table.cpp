#include "reports/text/comparison_table.h"

#include <algorithm>
#include <map>
#include <vector>

#include "reports/model/number_format.h"

namespace empreinte::report {
namespace {

constexpr Language kLanguage = Language::kEnglish;

std::string number(double value) { return format_display(value, kLanguage); }

std::string percent(double share) { return format_display(share * 100.0, kLanguage) + " %"; }

// "a to b": a dash would read as a minus sign beside negative differences.
std::string interval(double low, double high) { return number(low) + " to " + number(high); }

// Characters a terminal shows for UTF-8 `text`: one per code point.
std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

// Columns padded to their widest cell, two spaces apart, each row indented by two.
class Table {
 public:
  // `right[i]`: whether column i is aligned right (numbers).
  explicit Table(std::vector<bool> right) : right_(std::move(right)) {}

  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

  std::string render() const {
    std::vector<std::size_t> widths(right_.size(), 0);
    for (const auto& row : rows_) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        widths[i] = std::max(widths[i], display_width(row[i]));
      }
    }
    std::string out;
    for (const auto& row : rows_) {
      std::string line = " ";
      for (std::size_t i = 0; i < row.size(); ++i) {
        const std::string padding(widths[i] - display_width(row[i]), ' ');
        line += " " + (right_[i] ? padding + row[i] : row[i] + padding);
      }
      line.erase(line.find_last_not_of(' ') + 1);
      out += line + "\n";
    }
    return out;
  }

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

std::string rank_text(std::size_t rank, bool tied) {
  return std::to_string(rank) + (tied ? "=" : "");
}

std::string basis_phrase(const std::string& basis) {
  if (basis == "per-year") return "per year";
  if (basis == "per-functional-unit") return "per functional unit";
  return "totals over each project's horizon";
}

std::string header(const CrossComparison& c) {
  std::string out = "Comparison of " + std::to_string(c.options.size()) + " option" +
                    (c.options.size() == 1 ? "" : "s") + " from " +
                    std::to_string(c.projects.size()) + " project" +
                    (c.projects.size() == 1 ? "" : "s") + ", " + basis_phrase(c.basis);
  if (c.draws == 0) return out + "; central values only (point run).\n";
  out += "; " + std::to_string(c.draws) + " draws, seed " + std::to_string(c.seed) +
         ", shared factors drawn alike in every project.\n"
         "90 % interval: 5th to 95th percentile of the draws. Δ best: difference to the best "
         "option of the criterion, draw by draw. P(lowest): share of draws in which the option "
         "is the lowest.\n";
  return out;
}

std::string criterion_block(const CrossComparison& c, const CriterionRanking& ranking,
                            const std::map<std::string, const CrossOption*>& options) {
  const bool draws = c.draws > 0;
  std::string out = "\n" + std::string(criterion_id(ranking.criterion)) + " (" +
                    std::string(criterion_unit(ranking.criterion)) + ")\n";
  Table table(draws ? std::vector<bool>{true, false, true, true, true, true, true}
                    : std::vector<bool>{true, false, true, true});
  if (draws) {
    table.add(
        {"rank", "option", "central", "90 % interval", "Δ best", "Δ 90 % interval", "P(lowest)"});
  } else {
    table.add({"rank", "option", "central", "Δ best"});
  }
  for (const RankedOption& ranked : ranking.options) {
    const Figure& figure = options.at(ranked.option)->figures[ranking.criterion];
    const std::string difference = ranked.rank == 1 ? "best" : "+" + number(ranked.difference);
    std::vector<std::string> row = {rank_text(ranked.rank, ranked.tied), ranked.option,
                                    number(figure.value)};
    if (draws) {
      row.push_back(figure.range ? interval(figure.range->p5, figure.range->p95) : "");
      row.push_back(difference);
      row.push_back(ranked.difference_range
                        ? interval(ranked.difference_range->p5, ranked.difference_range->p95)
                        : "");
      row.push_back(ranked.probability_lowest ? percent(*ranked.probability_lowest) : "");
    } else {
      row.push_back(difference);
    }
    table.add(std::move(row));
  }
  return out + table.render();
}

std::string summary_block(const CrossComparison& c) {
  std::string out = "\nRanks (= tied) and Pareto domination\n";
  std::vector<bool> right = {false};
  std::vector<std::string> head = {"option"};
  for (const CriterionRanking& ranking : c.comparison.rankings) {
    right.push_back(true);
    head.emplace_back(criterion_id(ranking.criterion));
  }
  right.push_back(false);
  head.emplace_back("dominated");
  Table table(right);
  table.add(head);
  std::map<std::string, std::size_t> dominators;
  for (const DominatedOption& dominated : c.comparison.dominated) {
    dominators[dominated.option] = dominated.dominated_by.size();
  }
  for (const CrossOption& option : c.options) {
    std::vector<std::string> row = {option.id};
    for (const CriterionRanking& ranking : c.comparison.rankings) {
      for (const RankedOption& ranked : ranking.options) {
        if (ranked.option == option.id) row.push_back(rank_text(ranked.rank, ranked.tied));
      }
    }
    const auto found = dominators.find(option.id);
    row.push_back(found == dominators.end() ? "no"
                                            : "yes, by " + std::to_string(found->second) +
                                                  " option" + (found->second == 1 ? "" : "s"));
    table.add(std::move(row));
  }
  return out + table.render();
}

std::string dominated_block(const CrossComparison& c) {
  if (c.comparison.dominated.empty()) return "\nNo option is dominated.\n";
  std::string out =
      "\nDominated options: another option is at least as good on every criterion and better "
      "on one (central values)";
  out += c.draws > 0 ? "; share of draws in which that holds too.\n" : ".\n";
  for (const DominatedOption& dominated : c.comparison.dominated) {
    out += "  " + dominated.option + " is dominated by\n";
    Table table({false, true});
    for (const Dominator& by : dominated.dominated_by) {
      table.add({"  " + by.option, by.share_of_draws ? percent(*by.share_of_draws) : ""});
    }
    out += table.render();
  }
  return out;
}

std::string scoring_block(const CrossComparison& c, const Scoring& scoring) {
  std::string weights;
  for (const CriterionWeight& weight : scoring.weights) {
    weights += (weights.empty() ? "" : ", ") + std::string(criterion_id(weight.criterion)) + " " +
               format_input(weight.weight, kLanguage);
  }
  std::string out = "\nScore out of 100, " + scoring.method +
                    " method (each criterion: weight × best ÷ value); weights " + weights +
                    ".\nSource: " + scoring.source + "\n";
  const bool draws = c.draws > 0;
  Table table(draws ? std::vector<bool>{true, false, true, true, true}
                    : std::vector<bool>{true, false, true});
  if (draws) {
    table.add({"rank", "option", "score", "90 % interval", "P(first)"});
  } else {
    table.add({"rank", "option", "score"});
  }
  for (const OptionScore& score : scoring.scores) {
    std::vector<std::string> row = {rank_text(score.rank, score.tied), score.option,
                                    number(score.value)};
    if (draws) {
      row.push_back(score.range ? interval(score.range->p5, score.range->p95) : "");
      row.push_back(score.probability_first ? percent(*score.probability_first) : "");
    }
    table.add(std::move(row));
  }
  return out + table.render();
}

}  // namespace

std::string comparison_table(const CrossComparison& comparison) {
  std::string out = header(comparison);
  for (const std::string& note : comparison.notes) out += "note: " + note + "\n";
  std::map<std::string, const CrossOption*> options;
  for (const CrossOption& option : comparison.options) options[option.id] = &option;
  for (const CriterionRanking& ranking : comparison.comparison.rankings) {
    out += criterion_block(comparison, ranking, options);
  }
  out += summary_block(comparison);
  out += dominated_block(comparison);
  if (comparison.comparison.scoring)
    out += scoring_block(comparison, *comparison.comparison.scoring);
  return out;
}

}  // namespace empreinte::report
