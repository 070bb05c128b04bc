#include "reports/html/catalogue.h"

#include <toml++/toml.h>

#include <utility>

#include "empreinte_html_templates_embedded.h"
#include "engine/core/check.h"

namespace empreinte::report::html {
namespace {

using PhraseMap = std::map<std::string, std::string, std::less<>>;

// Walks one TOML table: flat dotted keys into `phrases`, the same tree into the mustache map.
mstch::map read_table(const toml::table& table, const std::string& prefix, PhraseMap& phrases) {
  mstch::map tree;
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    std::string dotted = prefix;
    if (!dotted.empty()) dotted += '.';
    dotted += name;
    if (const toml::table* child = node.as_table()) {
      tree.emplace(name, read_table(*child, dotted, phrases));
    } else {
      const std::optional<std::string> phrase = node.value_exact<std::string>();
      EMPREINTE_CHECK(phrase.has_value(), "catalogue entry " + dotted + " is not a string");
      phrases.emplace(dotted, *phrase);
      tree.emplace(name, *phrase);
    }
  }
  return tree;
}

}  // namespace

Catalogue::Catalogue(Language language, PhraseMap phrases, mstch::map tree)
    : language_(language), phrases_(std::move(phrases)), tree_(std::move(tree)) {}

Catalogue Catalogue::load(Language language) {
  const std::string_view source =
      language == Language::kFrench ? embedded::catalogue_fr : embedded::catalogue_en;
  const std::string_view path =
      language == Language::kFrench ? "templates/i18n/fr.toml" : "templates/i18n/en.toml";
  toml::table table;
  try {
    table = toml::parse(source, path);
  } catch (const toml::parse_error& error) {
    EMPREINTE_CHECK(false, std::string("embedded catalogue does not parse: ") + error.what());
  }
  PhraseMap phrases;
  mstch::map tree = read_table(table, "", phrases);
  return Catalogue(language, std::move(phrases), std::move(tree));
}

const std::string& Catalogue::text(std::string_view key) const {
  const std::string* phrase = find(key);
  EMPREINTE_CHECK(phrase != nullptr, "catalogue has no phrase " + std::string(key));
  return *phrase;
}

const std::string* Catalogue::find(std::string_view key) const {
  const auto found = phrases_.find(key);
  return found == phrases_.end() ? nullptr : &found->second;
}

std::string Catalogue::text_or(std::string_view key, const std::string& fallback) const {
  const std::string* phrase = find(key);
  return phrase != nullptr ? *phrase : fallback;
}

}  // namespace empreinte::report::html
