#pragma once
/// @file atomic_file.h
/// Output files are never half written: content goes to a temporary file in the target folder,
/// is flushed to disk, then renamed over the target in one step.

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace empreinte {

/// Raised when an output cannot be written (missing permission, full disk, …).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `content` to `target` atomically; the parent folder must exist.
/// Throws OutputError on failure, leaving `target` as it was.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// Reads a whole file; throws std::runtime_error naming the path on failure.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace empreinte
