#pragma once
/// @file catalogue.h
/// The words of the HTML reports in one language, read from the embedded templates/i18n/*.toml.
/// No user-facing word lives in C++ code: templates use `{{t.section.key}}`, the writer uses
/// `text("section.key")`.

#include <functional>
#include <map>
#include <mstch/mstch.hpp>
#include <string>
#include <string_view>

#include "reports/model/number_format.h"

namespace empreinte::report::html {

/// Phrases of one language, immutable once loaded.
class Catalogue {
 public:
  /// Parses the embedded catalogue of `language`; a malformed catalogue is an internal error.
  static Catalogue load(Language language);

  /// The language of the phrases.
  Language language() const { return language_; }

  /// The phrase at dotted `key` ("headline.per_year"); a missing key is an internal error.
  const std::string& text(std::string_view key) const;

  /// The phrase at dotted `key`, or nullptr when the catalogue has none (optional translations).
  const std::string* find(std::string_view key) const;

  /// The phrase at dotted `key`, or `fallback` when the catalogue has none (an id the catalogue
  /// may not word, such as a stage kind added to the engine later).
  std::string text_or(std::string_view key, const std::string& fallback) const;

  /// Every phrase as nested mustache maps, for `{{t.section.key}}` in the templates.
  const mstch::map& tree() const { return tree_; }

 private:
  Catalogue(Language language, std::map<std::string, std::string, std::less<>> phrases,
            mstch::map tree);

  Language language_;
  std::map<std::string, std::string, std::less<>> phrases_;
  mstch::map tree_;
};

}  // namespace empreinte::report::html
