#include "engine/core/diagnostics.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace empreinte {
namespace {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// The caret line: the whitespace of the source line up to the column (tabs kept as tabs so the
// caret lines up in a terminal), a caret, then tildes for the rest of the span.
std::string caret_line(std::string_view source_line, std::uint32_t column, std::uint32_t span) {
  std::string out;
  std::uint32_t current = 1;
  for (std::size_t i = 0; i < source_line.size() && current < column; ++i) {
    if (is_utf8_continuation(source_line[i])) continue;
    out += source_line[i] == '\t' ? '\t' : ' ';
    ++current;
  }
  while (current < column) {  // column past the end of the line (e.g. end of file)
    out += ' ';
    ++current;
  }
  out += '^';
  for (std::uint32_t i = 1; i < span; ++i) out += '~';
  return out;
}

}  // namespace

void Diagnostics::error(SourceLocation where, std::string message, std::string hint,
                        std::uint32_t span) {
  items_.push_back({Severity::kError, std::move(where), std::move(message), std::move(hint), span});
  ++error_count_;
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint,
                          std::uint32_t span) {
  items_.push_back(
      {Severity::kWarning, std::move(where), std::move(message), std::move(hint), span});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  error_count_ += other.error_count_;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return out;
}

void SourceCache::add(std::string file, std::string text) {
  texts_.insert_or_assign(std::move(file), std::move(text));
}

std::string_view SourceCache::line(const std::string& file, std::uint32_t line) const {
  const auto found = texts_.find(file);
  if (found == texts_.end() || line == 0) return {};
  std::string_view text = found->second;
  for (std::uint32_t current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n');
    if (newline == std::string_view::npos) return {};
    text.remove_prefix(newline + 1);
  }
  std::string_view out = text.substr(0, text.find('\n'));
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

std::string render(const Diagnostic& diagnostic, const SourceCache& sources) {
  std::string out = diagnostic.where.to_string();
  out += ": ";
  out += severity_name(diagnostic.severity);
  out += ": ";
  out += diagnostic.message;
  out += '\n';
  const std::string_view source_line = sources.line(diagnostic.where.file, diagnostic.where.line);
  const std::string gutter_number = std::to_string(diagnostic.where.line);
  const std::string gutter_blank(std::max<std::size_t>(gutter_number.size(), 4), ' ');
  if (diagnostic.where.line > 0 && diagnostic.where.column > 0 &&
      (!source_line.empty() || diagnostic.where.column == 1)) {
    std::string number = gutter_number;
    number.insert(0, gutter_blank.size() - number.size(), ' ');
    out += number + " | " + std::string(source_line) + '\n';
    out += gutter_blank + " | " +
           caret_line(source_line, diagnostic.where.column,
                      std::max<std::uint32_t>(diagnostic.span, 1)) +
           '\n';
  }
  if (!diagnostic.hint.empty()) out += gutter_blank + " = hint: " + diagnostic.hint + '\n';
  return out;
}

std::string render_all(const Diagnostics& diagnostics, const SourceCache& sources) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics.sorted()) out += render(diagnostic, sources);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Damerau–Levenshtein (optimal string alignment): a swapped pair of letters costs one edit.
  const std::size_t rows = a.size() + 1;
  const std::size_t cols = b.size() + 1;
  std::vector<std::size_t> d(rows * cols);
  for (std::size_t i = 0; i < rows; ++i) d[i * cols] = i;
  for (std::size_t j = 0; j < cols; ++j) d[j] = j;
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < cols; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best = std::min(
          {d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  // A key written without its unit suffix ("wue" for "wue_l_per_kwh") is that key.
  const std::string prefix = std::string(word) + "_";
  std::string suffixed;
  std::size_t suffixed_count = 0;
  for (const std::string_view candidate : candidates) {
    if (candidate.starts_with(prefix)) {
      suffixed = candidate;
      ++suffixed_count;
    }
  }
  if (suffixed_count == 1) return suffixed;
  // A suggestion is plausible when at most a third of the word (and at least one letter) differs.
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string suggestion_hint(std::string_view word,
                            const std::vector<std::string_view>& candidates) {
  const std::string typo = closest_match(word, candidates);
  if (!typo.empty()) return "did you mean '" + typo + "'?";
  if (word.size() < 3) return {};
  // A shortened id ("nvidia-h100"): name every id it starts, so the user picks the right one.
  std::vector<std::string_view> longer;
  for (const std::string_view candidate : candidates) {
    if (candidate.starts_with(word)) longer.push_back(candidate);
  }
  // Else an id without its developer or vendor prefix ("gpt-4o" for "openai-gpt-4o").
  if (longer.empty()) {
    const std::string segment = "-" + std::string(word);
    for (const std::string_view candidate : candidates) {
      const std::size_t at = candidate.find(segment);
      if (at != std::string_view::npos &&
          (at + segment.size() == candidate.size() || candidate[at + segment.size()] == '-')) {
        longer.push_back(candidate);
      }
    }
  }
  constexpr std::size_t kMaxListed = 4;
  if (longer.empty()) return {};
  std::string hint = "did you mean ";
  const std::size_t listed = std::min(longer.size(), kMaxListed);
  for (std::size_t i = 0; i < listed; ++i) {
    if (i > 0) hint += i + 1 == listed && longer.size() <= kMaxListed ? " or " : ", ";
    hint += "'" + std::string(longer[i]) + "'";
  }
  if (longer.size() > kMaxListed) hint += " (" + std::to_string(longer.size()) + " ids start so)";
  return hint + "?";
}

}  // namespace empreinte
