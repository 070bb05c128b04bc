#include "cli/factor_options.h"

#include <ostream>

#include "engine/factors/factor_loader.h"

namespace empreinte::cli {

std::optional<FactorSet> load_factors(const std::optional<std::string>& user_folder,
                                      Console console, SourceCache& sources) {
  Diagnostics diagnostics;
  std::vector<FactorDirectory> directories = {bundled_factor_directory()};
  if (user_folder) directories.push_back(read_factor_directory(*user_folder, diagnostics));
  FactorSet factors = load_factor_set(directories, diagnostics, sources);
  console.err << render_all(diagnostics, sources);
  if (diagnostics.has_errors()) {
    console.err << "error: the factor set has " << diagnostics.error_count()
                << (diagnostics.error_count() == 1 ? " error" : " errors")
                << "; nothing was assessed\n";
    return std::nullopt;
  }
  return factors;
}

}  // namespace empreinte::cli
