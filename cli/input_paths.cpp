#include "cli/input_paths.h"

#include <algorithm>
#include <boost/program_options/errors.hpp>
#include <filesystem>

namespace empreinte::cli {

std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths,
                                            std::vector<std::string>& missing) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(path, error), end; it != end; it.increment(error)) {
        if (error) break;
        if (it->is_regular_file(error) && it->path().extension() == ".toml") {
          found.push_back(it->path().lexically_normal().string());
        }
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      out.push_back(path);
    } else {
      missing.push_back(path);
    }
  }
  return out;
}

std::vector<std::string> project_files(const std::vector<std::string>& paths, std::ostream& err,
                                       std::vector<std::string>& missing) {
  std::vector<std::string> files = expand_input_paths(paths, missing);
  for (const std::string& path : missing) err << path << ": error: no such file or folder\n";
  if (files.empty() && missing.empty()) {
    throw boost::program_options::error("no *.toml project file found in the PATHs");
  }
  return files;
}

}  // namespace empreinte::cli
