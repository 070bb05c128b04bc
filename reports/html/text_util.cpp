#include "reports/html/text_util.h"

#include <algorithm>
#include <cctype>

#include "engine/core/check.h"

namespace empreinte::report::html {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
}

// Walks a catalogue phrase: `text` gets each run of text between placeholders, `value` the
// value of each {name}.
template <class Text, class Value>
void walk_phrase(std::string_view phrase, const std::vector<PhraseValue>& values, Text text,
                 Value value) {
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    const std::size_t open = phrase.find('{', pos);
    if (open == std::string_view::npos) break;
    const std::size_t close = phrase.find('}', open);
    EMPREINTE_CHECK(close != std::string_view::npos, "unclosed '{' in catalogue phrase");
    text(phrase.substr(pos, open - pos));
    const std::string_view name = phrase.substr(open + 1, close - open - 1);
    const auto found = std::find_if(values.begin(), values.end(),
                                    [&](const PhraseValue& entry) { return entry.first == name; });
    EMPREINTE_CHECK(found != values.end(),
                    "no value for {" + std::string(name) + "} in a catalogue phrase");
    value(name, found->second);
    pos = close + 1;
  }
  text(phrase.substr(std::min(pos, phrase.size())));
}

}  // namespace

std::string fill(std::string_view phrase, const std::vector<PhraseValue>& values) {
  std::string out;
  walk_phrase(
      phrase, values, [&](std::string_view text) { out.append(text); },
      [&](std::string_view, const std::string& value) { out += value; });
  return out;
}

std::vector<PhrasePart> fill_parts(std::string_view phrase, const std::vector<PhraseValue>& values,
                                   const std::vector<std::string_view>& english_values) {
  std::vector<PhrasePart> parts;
  const auto append = [&](std::string_view text, bool english) {
    if (text.empty()) return;
    if (!english && !parts.empty() && !parts.back().english) {
      parts.back().text += text;
    } else {
      parts.push_back({std::string(text), english});
    }
  };
  walk_phrase(
      phrase, values, [&](std::string_view text) { append(text, false); },
      [&](std::string_view name, const std::string& value) {
        const bool english =
            std::find(english_values.begin(), english_values.end(), name) != english_values.end();
        append(value, english);
      });
  return parts;
}

std::string_view plural_suffix(double count, Language language) {
  if (language == Language::kFrench) return count < 2.0 ? "_one" : "_other";
  return count == 1.0 ? "_one" : "_other";
}

bool is_web_url(std::string_view url) {
  const bool scheme_ok =
      starts_with_ignoring_case(url, "https://") || starts_with_ignoring_case(url, "http://");
  if (!scheme_ok) return false;
  return std::none_of(url.begin(), url.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) ||
           std::iscntrl(static_cast<unsigned char>(c));
  });
}

std::size_t code_point_count(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

std::string truncate_text(std::string_view text, std::size_t max_code_points) {
  if (code_point_count(text) <= max_code_points) return std::string(text);
  if (max_code_points == 0) return "";
  // Keep max_code_points - 1 code points, then the ellipsis.
  std::size_t kept = 0;
  std::size_t end = 0;
  while (end < text.size()) {
    if (!is_continuation_byte(text[end])) {
      if (kept == max_code_points - 1) break;
      ++kept;
    }
    ++end;
  }
  return std::string(text.substr(0, end)) + "…";
}

std::string series_letter(std::size_t index) {
  std::string letters;
  std::size_t n = index + 1;
  while (n > 0) {
    const std::size_t digit = (n - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + digit));
    n = (n - 1) / 26;
  }
  return letters;
}

}  // namespace empreinte::report::html
