#include "engine/input/table_reader.h"

#include <cmath>
#include <cstdio>

#include "engine/core/check.h"
#include "engine/core/number_text.h"

namespace empreinte {
namespace {

std::string_view type_phrase(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string join(const std::vector<std::string_view>& items, std::string_view separator,
                 std::string_view quote = "") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += std::string(quote) + std::string(items[i]) + std::string(quote);
  }
  return out;
}

// A number in its bare unit, as a message prints it: "0 h", "1.5" (no unit for ratios).
std::string with_unit(double value, std::string_view unit) {
  std::string text = shortest_text(value);
  if (unit != "1" && !unit.empty()) text += " " + std::string(unit);
  return text;
}

bool is_identifier(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  const auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (!alnum(text.front())) return false;
  for (const char c : text) {
    if (!alnum(c) && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

// Number of characters (code points) a single-line node spans, for the caret underline.
std::uint32_t span_of(const toml::source_region& region) {
  if (region.begin.line != region.end.line || region.end.column <= region.begin.column) return 1;
  return region.end.column - region.begin.column;
}

}  // namespace

SourceLocation location_of(const toml::source_region& region, const std::string& file) {
  return SourceLocation{file, region.begin.line, region.begin.column};
}

TableReader::TableReader(const toml::table& table, std::vector<const TableSpec*> specs,
                         std::string file, Diagnostics& diagnostics, bool check_unknown_keys)
    : table_(table), specs_(std::move(specs)), file_(std::move(file)), diagnostics_(diagnostics) {
  EMPREINTE_CHECK(!specs_.empty(), "a table reader needs at least one spec");
  if (!check_unknown_keys) return;
  std::vector<std::string_view> allowed;
  for (const TableSpec* spec : specs_) {
    for (const FieldSpec& field : spec->fields) allowed.push_back(field.key);
  }
  for (const auto& [key, value] : table_) {
    bool known = false;
    for (const std::string_view candidate : allowed) known = known || candidate == key.str();
    if (known) continue;
    const std::string suggestion = closest_match(key.str(), allowed);
    if (!suggestion.empty()) misspelled_.insert(suggestion);
    std::string hint = suggestion.empty() ? "allowed keys: " + join(allowed, ", ")
                                          : "did you mean " + quoted(suggestion) + "?";
    if (key.str() == "schema_version") {
      hint = "schema_version is a top-level key: put it on the first line, before any [table]";
    }
    diagnostics_.error(location_of(key.source(), file_),
                       "unknown key " + quoted(key.str()) + " in " + std::string(name()),
                       std::move(hint), static_cast<std::uint32_t>(key.str().size()));
  }
}

const FieldSpec& TableReader::spec(std::string_view key) const {
  for (const TableSpec* table_spec : specs_) {
    if (const FieldSpec* field = table_spec->find(key)) return *field;
  }
  fail_check(__FILE__, __LINE__, "field in spec",
             "key '" + std::string(key) + "' of " + std::string(name()) + " is not in the schema");
}

SourceLocation TableReader::where(std::string_view key) const {
  if (const toml::node* value = node(key)) return location_of(value->source(), file_);
  return where();
}

void TableReader::report_missing(const FieldSpec& field) {
  // A misspelling of this key was already reported with a "did you mean": one error is enough.
  if (misspelled_.count(field.key) != 0) return;
  diagnostics_.error(where(),
                     "missing required key " + quoted(field.key) + " in " + std::string(name()),
                     field.example.empty() ? std::string(field.key) + ": " + std::string(field.doc)
                                           : "add, for example: " + std::string(field.example));
}

void TableReader::error_at_key(std::string_view key, std::string message, std::string hint) {
  const toml::node* value = node(key);
  EMPREINTE_CHECK(value != nullptr, std::string(key));
  error_at(*value, std::move(message), std::move(hint));
}

void TableReader::error_at(const toml::node& value, std::string message, std::string hint) {
  diagnostics_.error(location_of(value.source(), file_), std::move(message), std::move(hint),
                     span_of(value.source()));
}

std::optional<Located<std::int64_t>> TableReader::integer(std::string_view key) {
  const FieldSpec& field = spec(key);
  EMPREINTE_CHECK(field.type == FieldType::kInteger, std::string(key));
  const toml::node* value = node(key);
  if (value == nullptr) {
    if (field.required) report_missing(field);
    if (field.default_text.empty()) return std::nullopt;
    return Located<std::int64_t>{std::stoll(std::string(field.default_text)), where(), true};
  }
  const auto* as_integer = value->as_integer();
  if (as_integer == nullptr) {
    std::string hint;
    if (const auto* as_float = value->as_floating_point()) {
      hint = "write a whole number, such as " + std::string(key) + " = " +
             std::to_string(static_cast<long long>(std::max(1.0, std::round(as_float->get()))));
    } else if (const auto* as_string = value->as_string()) {
      hint = "write the number without quotes: " + std::string(key) + " = " + as_string->get();
    }
    error_at(*value, quoted(key) + " must be an integer, not " + std::string(type_phrase(*value)),
             std::move(hint));
    return std::nullopt;
  }
  const auto number = as_integer->get();
  const std::string written = std::to_string(number);
  if (!check_range(field, *value, static_cast<double>(number), written)) return std::nullopt;
  return Located<std::int64_t>{number, location_of(value->source(), file_)};
}

std::optional<Located<double>> TableReader::quantity(std::string_view key) {
  const FieldSpec& field = spec(key);
  EMPREINTE_CHECK(field.type == FieldType::kQuantity, std::string(key));
  const toml::node* value = node(key);
  if (value == nullptr) {
    if (field.required) report_missing(field);
    if (field.default_text.empty()) return std::nullopt;
    const std::optional<UnitInfo> bare = find_unit(field.bare_unit);
    EMPREINTE_CHECK(bare.has_value(), std::string(field.bare_unit));
    return Located<double>{to_canonical(std::stod(std::string(field.default_text)), *bare), where(),
                           true};
  }
  if (const toml::table* distribution = value->as_table()) {
    return uncertain_quantity(field, *distribution);
  }
  const std::optional<double> canonical = convert_quantity(field, *value);
  if (!canonical) return std::nullopt;
  Located<double> out{*canonical, location_of(value->source(), file_)};
  out.key = field.key;
  out.unit = canonical_unit(field.dimension);
  return out;
}

std::optional<double> TableReader::convert_quantity(const FieldSpec& field,
                                                    const toml::node& value) {
  const std::optional<UnitInfo> bare = find_unit(field.bare_unit);
  EMPREINTE_CHECK(bare.has_value() && bare->dimension == field.dimension, std::string(field.key));
  const std::string example =
      field.bare_unit == "1" ? "0.35 or \"35 %\"" : "\"12 " + std::string(field.bare_unit) + "\"";
  const std::string expected =
      quoted(field.key) + " must be a number" +
      (field.bare_unit == "1" ? std::string() : " in " + std::string(field.bare_unit)) +
      " or a quantity string such as " + example;
  if (value.is_integer() || value.is_floating_point()) {
    const double number = value.is_integer() ? static_cast<double>(value.as_integer()->get())
                                             : value.as_floating_point()->get();
    if (!std::isfinite(number)) {
      error_at(value, quoted(field.key) + " must be a finite number");
      return std::nullopt;
    }
    if (!check_range(field, value, number, with_unit(number, field.bare_unit))) return std::nullopt;
    return to_canonical(number, *bare);
  }
  const auto* as_string = value.as_string();
  if (as_string == nullptr) {
    error_at(value, expected + ", not " + std::string(type_phrase(value)));
    return std::nullopt;
  }
  const std::string& text = as_string->get();
  QuantityParseError parse_error{};
  std::string unit_text;
  const std::optional<ParsedQuantity> parsed = parse_quantity(text, parse_error, unit_text);
  if (!parsed) {
    switch (parse_error) {
      case QuantityParseError::kNoNumber:
        error_at(value, "cannot read \"" + text + "\" as a quantity", expected);
        break;
      case QuantityParseError::kNoUnit:
        if (field.bare_unit == "1") {
          error_at(value, quoted(field.key) + " must be a number, not a string",
                   "write " + text + " without quotes");
        } else {
          error_at(value, quoted(field.key) + " is a string without a unit",
                   "write " + text + " (a number, in " + std::string(field.bare_unit) + ") or \"" +
                       text + " " + std::string(field.bare_unit) + "\"");
        }
        break;
      case QuantityParseError::kUnknownUnit: {
        const std::string suggestion = closest_match(unit_text, unit_symbols(field.dimension));
        error_at(value, "unknown unit " + quoted(unit_text) + " in " + quoted(field.key),
                 suggestion.empty() ? "units of " + std::string(dimension_name(field.dimension)) +
                                          ": " + join(unit_symbols(field.dimension), ", ")
                                    : "did you mean " + quoted(suggestion) + "?");
        break;
      }
    }
    return std::nullopt;
  }
  if (parsed->unit.dimension != field.dimension) {
    error_at(value,
             quoted(field.key) + " takes a " + std::string(dimension_name(field.dimension)) +
                 ", but " + quoted(parsed->unit.symbol) + " is a unit of " +
                 std::string(dimension_name(parsed->unit.dimension)),
             "use one of: " + join(unit_symbols(field.dimension), ", "));
    return std::nullopt;
  }
  const double canonical = to_canonical(parsed->value, parsed->unit);
  if (!check_range(field, value, from_canonical(canonical, *bare), text)) return std::nullopt;
  return canonical;
}

bool TableReader::check_range(const FieldSpec& field, const toml::node& value,
                              double value_in_bare_unit, std::string_view as_written) {
  const std::string unit = field.type == FieldType::kQuantity ? std::string(field.bare_unit) : "1";
  const bool too_low = field.min && (field.min_exclusive ? value_in_bare_unit <= *field.min
                                                         : value_in_bare_unit < *field.min);
  const bool too_high = field.max && value_in_bare_unit > *field.max;
  if (!too_low && !too_high) return true;
  std::string bound;
  if (field.min && field.max && !field.min_exclusive) {
    bound = "between " + with_unit(*field.min, unit) + " and " + with_unit(*field.max, unit);
  } else if (too_low) {
    bound = (field.min_exclusive ? "greater than " : "at least ") + with_unit(*field.min, unit);
  } else {
    bound = "at most " + with_unit(*field.max, unit);
  }
  // A percentage written as a number: "utilisation = 35" meant 35 %.
  std::string hint;
  if (field.dimension == Dimension::kRatio && field.max == 1.0 && value_in_bare_unit > 1.0 &&
      value_in_bare_unit <= 100.0) {
    hint = "for a percentage write \"" + shortest_text(value_in_bare_unit) + " %\", or " +
           shortest_text(value_in_bare_unit / 100.0);
  }
  error_at(value, quoted(field.key) + " must be " + bound + "; got " + std::string(as_written),
           std::move(hint));
  return false;
}

std::optional<Located<std::string>> TableReader::text(std::string_view key) {
  const FieldSpec& field = spec(key);
  EMPREINTE_CHECK(field.type == FieldType::kText || field.type == FieldType::kIdentifier ||
                      field.type == FieldType::kChoice || field.type == FieldType::kReference,
                  std::string(key));
  const toml::node* value = node(key);
  if (value == nullptr) {
    if (field.required) report_missing(field);
    if (field.default_text.empty()) return std::nullopt;
    return Located<std::string>{std::string(field.default_text), where(), true};
  }
  const auto* as_string = value->as_string();
  if (as_string == nullptr) {
    error_at(*value, quoted(key) + " must be a string, not " + std::string(type_phrase(*value)));
    return std::nullopt;
  }
  const std::string& text = as_string->get();
  // TOML escapes can produce control characters that no XML 1.0 report can hold.
  for (const char c : text) {
    const auto code = static_cast<unsigned char>(c);
    if ((code < 0x20 && c != '\t' && c != '\n' && c != '\r') || code == 0x7F) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "U+%04X", code);
      error_at(*value, quoted(key) + " contains the control character " + hex,
               "reports cannot hold control characters; remove it");
      return std::nullopt;
    }
  }
  if (field.type == FieldType::kIdentifier && !is_identifier(text)) {
    error_at(*value, quoted(key) + " must be an identifier; got \"" + text + "\"",
             "use letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 "
             "characters");
    return std::nullopt;
  }
  if (field.type == FieldType::kChoice) {
    bool allowed = false;
    for (const std::string_view choice : field.choices) allowed = allowed || choice == text;
    if (!allowed) {
      std::string hint = suggestion_hint(text, field.choices);
      for (const auto& [alias, choice] : field.aliases) {
        if (alias == text) hint = "\"" + text + "\" is written \"" + std::string(choice) + "\"";
      }
      error_at(*value,
               quoted(key) + " must be one of " + join(field.choices, ", ", "\"") + "; got \"" +
                   text + "\"",
               std::move(hint));
      return std::nullopt;
    }
  }
  if ((field.type == FieldType::kReference || field.required) && text.empty()) {
    error_at(*value, quoted(key) + " must not be empty");
    return std::nullopt;
  }
  return Located<std::string>{text, location_of(value->source(), file_)};
}

const toml::table* TableReader::table(std::string_view key) {
  const FieldSpec& field = spec(key);
  EMPREINTE_CHECK(field.type == FieldType::kTable, std::string(key));
  const toml::node* value = node(key);
  if (value == nullptr) {
    if (field.required) report_missing(field);
    return nullptr;
  }
  const toml::table* as_table = value->as_table();
  if (as_table == nullptr) {
    error_at(*value, quoted(key) + " must be a table, not " + std::string(type_phrase(*value)),
             "write " + std::string(key) + " = { … } or a [" + std::string(key) + "] section");
  }
  return as_table;
}

std::vector<const toml::table*> TableReader::array_of_tables(std::string_view key) {
  const FieldSpec& field = spec(key);
  EMPREINTE_CHECK(field.type == FieldType::kArrayOfTables, std::string(key));
  std::vector<const toml::table*> out;
  const toml::node* value = node(key);
  if (value == nullptr) {
    if (field.required) report_missing(field);
    return out;
  }
  const toml::array* as_array = value->as_array();
  if (as_array == nullptr) {
    error_at(*value,
             quoted(key) + " must be an array of tables, not " + std::string(type_phrase(*value)),
             "write each entry under its own [[" + std::string(field.table->name.substr(2)));
    return out;
  }
  if (as_array->empty() && field.required) {
    error_at(*value, quoted(key) + " needs at least one entry");
  }
  for (const toml::node& element : *as_array) {
    if (const toml::table* entry = element.as_table()) {
      out.push_back(entry);
    } else {
      error_at(element, "each entry of " + quoted(key) + " must be a table, not " +
                            std::string(type_phrase(element)));
    }
  }
  return out;
}

}  // namespace empreinte
