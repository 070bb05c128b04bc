#pragma once
/// @file diagnostics.h
/// User and data errors, reported like a compiler: `file:line:col: error: message`, the source
/// line, a caret under the offending text and a hint. Every error of a file is collected before
/// anything is printed, so the user fixes a file in one pass.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/source_location.h"

namespace empreinte {

/// How serious a diagnostic is. Errors reject the input; warnings do not.
enum class Severity { kError, kWarning, kNote };

/// One message about one place in one file.
struct Diagnostic {
  /// Error, warning or note.
  Severity severity = Severity::kError;
  /// Where the problem is; the caret goes under this position.
  SourceLocation where;
  /// The message, lower case, no final full stop (compiler convention).
  std::string message;
  /// An optional suggestion ("did you mean 'hours'?"), printed on its own line.
  std::string hint;
  /// Number of characters to underline from `where.column` (at least one caret).
  std::uint32_t span = 1;
};

/// An ordered collection of diagnostics for one or more files.
class Diagnostics {
 public:
  /// Records an error.
  void error(SourceLocation where, std::string message, std::string hint = {},
             std::uint32_t span = 1);
  /// Records a warning.
  void warning(SourceLocation where, std::string message, std::string hint = {},
               std::uint32_t span = 1);
  /// Appends every diagnostic of `other`.
  void append(const Diagnostics& other);
  /// True when at least one error was recorded.
  bool has_errors() const { return error_count_ > 0; }
  /// Number of errors recorded.
  std::size_t error_count() const { return error_count_; }
  /// Everything recorded, sorted by file, line and column (stable for equal positions).
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_count_ = 0;
};

/// The text of the files diagnostics refer to, keyed by the path used in SourceLocation::file.
class SourceCache {
 public:
  /// Remembers the text of `file` so that its lines can be quoted.
  void add(std::string file, std::string text);
  /// Line `line` (1-based) of `file` without its end-of-line, or an empty view when unknown.
  std::string_view line(const std::string& file, std::uint32_t line) const;

 private:
  std::map<std::string, std::string, std::less<>> texts_;
};

/// Renders one diagnostic:
/// ```
/// path:12:5: error: unknown key 'hourz'
///    12 | hourz = 120
///       | ^~~~~
///       = hint: did you mean 'hours'?
/// ```
std::string render(const Diagnostic& diagnostic, const SourceCache& sources);

/// Renders all diagnostics in order (see Diagnostics::sorted), each as `render` does.
std::string render_all(const Diagnostics& diagnostics, const SourceCache& sources);

/// Edit distance between two identifiers, for "did you mean …?" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest candidate to `word` when it is close enough to be a plausible typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

/// A "did you mean …?" hint: the plausible typo fix, else every candidate starting with `word`
/// (a shortened id: "did you mean 'nvidia-h100-pcie-80gb' or 'nvidia-h100-sxm5-80gb'?"), else
/// every candidate holding it as dash-separated parts ("gpt-4o" → 'openai-gpt-4o'), else "".
std::string suggestion_hint(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace empreinte
