#pragma once
/// @file text_util.h
/// Small text helpers of the HTML writer: phrase filling, plural choice, link and length checks.
/// None of them computes an impact; figures are formatted by number_format.h alone.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reports/model/number_format.h"

namespace empreinte::report::html {

/// A value to put in a catalogue phrase: `{name}` is replaced by `text`.
using PhraseValue = std::pair<std::string_view, std::string>;

/// `phrase` with every "{name}" replaced by its value. A "{name}" without a value is an internal
/// error (the catalogue and the writer disagree); text outside braces is copied as is.
std::string fill(std::string_view phrase, const std::vector<PhraseValue>& values);

/// A piece of a filled phrase: catalogue words, or a value the writer put in.
struct PhrasePart {
  /// The text of the piece.
  std::string text;
  /// True for a value in English inside a phrase of another language (marked lang="en").
  bool english = false;
};

/// `phrase` filled like fill(), but cut into parts so that the values named in `english_values`
/// can be marked as English text. Adjacent catalogue words stay one part.
std::vector<PhrasePart> fill_parts(std::string_view phrase, const std::vector<PhraseValue>& values,
                                   const std::vector<std::string_view>& english_values);

/// Catalogue key suffix for `count` items: "_one" or "_other", by the plural rule of `language`
/// (English: one for exactly 1; French: one below 2).
std::string_view plural_suffix(double count, Language language);

/// True when `url` is an absolute http or https address, the only kind offered as a link.
bool is_web_url(std::string_view url);

/// Number of Unicode code points in the UTF-8 `text`.
std::size_t code_point_count(std::string_view text);

/// `text` cut to at most `max_code_points` code points, ending with "…" when cut.
std::string truncate_text(std::string_view text, std::size_t max_code_points);

/// Spreadsheet-style letter of the `index`-th series: A…Z, then AA, AB…
std::string series_letter(std::size_t index);

}  // namespace empreinte::report::html
