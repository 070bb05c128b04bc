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

/// A file written in pieces, atomically: the pieces go to a temporary file in the target's
/// folder, which commit() flushes and renames over the target. Destroyed without commit (an
/// error, or a scratch file never meant to be kept), the temporary file is removed.
class AtomicFileWriter {
 public:
  /// Creates the temporary file for `target`; throws OutputError when it cannot.
  explicit AtomicFileWriter(const std::filesystem::path& target);
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  /// Removes the temporary file unless committed.
  ~AtomicFileWriter();

  /// Appends `content`; throws OutputError on failure.
  void append(std::string_view content);
  /// Flushes, makes the file readable by all, and renames it over the target.
  void commit();
  /// The temporary file (to read a scratch file back).
  const std::string& temporary_path() const { return temporary_; }

 private:
  std::filesystem::path target_;
  std::string temporary_;
  int fd_ = -1;
};

/// Writes `content` to `target` atomically; the parent folder must exist.
/// Throws OutputError on failure, leaving `target` as it was.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// Reads a whole file; throws std::runtime_error naming the path on failure.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace empreinte
