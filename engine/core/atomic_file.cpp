#include "engine/core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace empreinte {
namespace {

std::string errno_text() { return std::strerror(errno); }

}  // namespace

AtomicFileWriter::AtomicFileWriter(const std::filesystem::path& target) : target_(target) {
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0)
    throw OutputError("cannot create a temporary file in " + folder.string() + ": " + errno_text());
  temporary_ = name.data();
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFileWriter::append(std::string_view content) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd_, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw OutputError("cannot write " + target_.string() + ": " + errno_text());
    }
    written += static_cast<std::size_t>(n);
  }
}

void AtomicFileWriter::commit() {
  // Reports are plain readable files; mkstemp creates them 0600.
  ::fchmod(fd_, 0644);
  const bool flushed = ::fsync(fd_) == 0;
  const bool closed = ::close(fd_) == 0;
  fd_ = -1;
  if (!flushed || !closed)
    throw OutputError("cannot write " + target_.string() + ": " + errno_text());
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw OutputError("cannot rename the temporary file onto " + target_.string() + ": " +
                      errno_text());
  }
  temporary_.clear();  // renamed: nothing left to remove
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  AtomicFileWriter file(target);
  file.append(content);
  file.commit();
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string() + ": " + errno_text());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace empreinte
