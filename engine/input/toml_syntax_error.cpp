#include "engine/input/toml_syntax_error.h"

#include <cctype>
#include <vector>

#include "engine/input/table_reader.h"

namespace empreinte {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Column (1-based, in characters) of byte offset `offset` of `line`.
std::uint32_t column_of(std::string_view line, std::size_t offset) {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U) ++column;
  }
  return column;
}

// Byte offset of column `column` (1-based) of `line`.
std::size_t offset_of(std::string_view line, std::uint32_t column) {
  std::size_t offset = 0;
  for (std::uint32_t current = 1; offset < line.size() && current < column; ++offset) {
    if ((static_cast<unsigned char>(line[offset + 1]) & 0xC0U) != 0x80U) ++current;
  }
  return offset;
}

// The last line before `before` (1-based, exclusive) that reads `key = …`, or 0.
std::size_t last_definition(const std::vector<std::string_view>& lines, std::string_view key,
                            std::size_t before) {
  std::size_t found = 0;
  for (std::size_t i = 0; i < before && i < lines.size(); ++i) {
    std::string_view line = lines[i];
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(" \t")));
    if (line.rfind(key, 0) != 0) continue;
    line.remove_prefix(key.size());
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(" \t")));
    if (!line.empty() && line.front() == '=') found = i + 1;
  }
  return found;
}

std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::string without_newlines(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 4, "'\\n'") == 0) {
      out += "the end of the line";
      i += 3;
    } else if (text[i] != '\n' && text[i] != '\r') {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

Diagnostic describe_toml_error(const toml::parse_error& error, const std::string& file,
                               std::string_view text) {
  Diagnostic out;
  out.where = location_of(error.source(), file);
  std::string description(error.description());
  // toml++ writes "Error while parsing <context>: <detail>".
  std::string context;
  constexpr std::string_view kPrefix = "Error while parsing ";
  if (description.rfind(kPrefix, 0) == 0) {
    const std::size_t colon = description.find(": ");
    if (colon != std::string::npos) {
      context = description.substr(kPrefix.size(), colon - kPrefix.size());
      description = description.substr(colon + 2);
    }
  }
  const std::vector<std::string_view> lines = split_lines(text);
  const std::string_view line =
      out.where.line >= 1 && out.where.line <= lines.size() ? lines[out.where.line - 1] : "";
  const std::size_t offset = offset_of(line, out.where.column);

  if (context == "string" && description.find("control characters") != std::string::npos) {
    // The parser ran to the end of the line: the string was never closed. Point at its start.
    const std::size_t quote = line.rfind('"', offset == 0 ? 0 : offset - 1);
    if (quote != std::string_view::npos) out.where.column = column_of(line, quote);
    out.message = "invalid TOML: unterminated string (missing closing '\"')";
    out.hint = "close the string on the same line, or use \"\"\" for text over several lines";
    return out;
  }
  if (description.rfind("cannot redefine existing", 0) == 0) {
    const std::size_t open = description.find('\'');
    const std::string key = open == std::string::npos
                                ? ""
                                : description.substr(open + 1, description.size() - open - 2);
    const std::size_t first = line.find_first_not_of(" \t");
    out.where.column = first == std::string_view::npos ? 1 : column_of(line, first);
    out.span = static_cast<std::uint32_t>(std::max<std::size_t>(key.size(), 1));
    out.message = "invalid TOML: duplicate key '" + key + "'";
    const std::size_t earlier = last_definition(lines, key, out.where.line - 1);
    out.hint = earlier == 0 ? "each key appears once in a table"
                            : "'" + key + "' is already set on line " + std::to_string(earlier);
    return out;
  }
  if (description.find("saw ','") != std::string::npos && offset > 0 && offset + 1 < line.size() &&
      is_digit(line[offset - 1]) && is_digit(line[offset + 1])) {
    out.message = "invalid TOML: decimal comma in a number";
    out.hint = "TOML numbers use a decimal point: write 0.35, not 0,35";
    return out;
  }
  if (description == "could not determine value type") {
    out.message = "invalid TOML: cannot read this value";
    out.hint =
        "quote text (\"FR\"), write numbers with digits (0.35) and booleans as true or false";
    return out;
  }
  if (context == "table header" || context == "table array header") {
    out.message = "invalid TOML: unclosed table header (missing ']')";
    out.hint = "write [project], [[option]] or [[option.stage]]";
    return out;
  }
  out.message = "invalid TOML: " + (context.empty() ? "" : context + ": ") +
                without_newlines(lower_first(description));
  return out;
}

}  // namespace empreinte
