#include <sstream>

#include "cli/commands.h"
#include "engine/core/diagnostics.h"
#include "engine/factors/factor_loader.h"

namespace empreinte::cli {

std::string version_text() {
  Diagnostics diagnostics;
  SourceCache sources;
  const FactorSet factors = load_factor_set({bundled_factor_directory()}, diagnostics, sources);
  std::ostringstream out;
  out << "empreinte " << EMPREINTE_VERSION << "\nmethodology " << EMPREINTE_METHODOLOGY_VERSION
      << "\nfactor set " << factors.version() << "\ninput schema 1\n";
  return out.str();
}

}  // namespace empreinte::cli
