// Proves that the quantity types reject meaningless arithmetic at compile time.
// Built twice by tests/CMakeLists.txt: without EMPREINTE_EXPECT_COMPILE_ERROR it must compile
// (so the test cannot pass because of an unrelated error), with it the build must fail on the
// line below with "no match for 'operator+'".
#include "engine/core/units.h"

int main() {
  const empreinte::CarbonMass carbon = empreinte::CarbonMass::point(1.0);
  const empreinte::Energy energy = empreinte::Energy::point(2.0);
#ifdef EMPREINTE_EXPECT_COMPILE_ERROR
  const auto nonsense = carbon + energy;  // kgCO2e + kWh: must not compile
  return static_cast<int>(nonsense.central());
#else
  const empreinte::CarbonMass sum = carbon + carbon;
  return static_cast<int>(sum.central() + energy.central()) == 4 ? 0 : 1;
#endif
}
