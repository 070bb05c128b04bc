#pragma once
/// @file test_paths.h
/// Paths and the golden-update switch shared by the tests.

#include <cstdlib>
#include <filesystem>
#include <string>

namespace empreinte::testing {

/// The repository root (tests run with it as working directory).
inline std::filesystem::path source_dir() { return EMPREINTE_SOURCE_DIR; }

/// True when EMPREINTE_UPDATE_GOLDEN=1: golden files are rewritten instead of compared.
inline bool update_golden() {
  const char* value = std::getenv("EMPREINTE_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

}  // namespace empreinte::testing
