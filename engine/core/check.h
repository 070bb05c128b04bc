#pragma once
/// @file check.h
/// Internal invariants. A failed check is our bug, never the user's: it throws InternalError
/// naming the source file and line, and the command line turns it into exit code 70
/// (EX_SOFTWARE). Throwing rather than exiting keeps the library usable from tests and threads.

#include <stdexcept>
#include <string>

namespace empreinte {

/// Raised when an internal invariant does not hold.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

/// Builds and throws the InternalError of a failed EMPREINTE_CHECK.
[[noreturn]] inline void fail_check(const char* file, int line, const char* condition,
                                    const std::string& detail) {
  throw InternalError(std::string(file) + ":" + std::to_string(line) + ": internal check failed: " +
                      condition + (detail.empty() ? "" : " (" + detail + ")"));
}

}  // namespace empreinte

/// Checks an internal invariant; `detail` is a std::string-convertible explanation.
#define EMPREINTE_CHECK(condition, detail)                                               \
  do {                                                                                   \
    if (!(condition)) ::empreinte::fail_check(__FILE__, __LINE__, #condition, (detail)); \
  } while (false)
