#pragma once
/// @file sensitivity.h
/// Which uncertain inputs drive a result: first-order Sobol indices estimated from the Monte
/// Carlo draws already made, with no extra model evaluation (a "given-data" estimator).
///
/// The first-order index of input X on output Y is S = Var(E[Y | X]) / Var(Y): the share of the
/// variance of Y that X explains alone. With Latin-hypercube draws each input's strata are known,
/// so the draws are grouped into B equal classes of X (B = ⌊√N⌋, between 2 and 50) and
///   Ŝ = Σ_b n_b (ȳ_b − ȳ)² / Σ_i (y_i − ȳ)²,
/// the correlation ratio (Pearson's η², as in Plischke 2010, "An effective algorithm for
/// computing global sensitivity indices (EASI)"); class c holds strata [c·N/B, (c+1)·N/B) and the
/// lowest and highest tenths are strata [0, N/10) and [N − N/10, N). Classes of n = N/B draws leave
/// an upward bias of about (B − 1)/(N − 1) even for an input with no effect, which is removed:
///   S = max(0, (Ŝ − c) / (1 − c)),  c = (B − 1)/(N − 1).
/// Indices within three standard deviations of the null estimator, 3·√(2(B − 1))/(N − 1)
/// (scaled like S), are noise and are not reported.
/// docs/methodology.md says why this was chosen over rank correlation.

#include <cstddef>
#include <span>
#include <vector>

#include "engine/core/samples.h"
#include "engine/uncertainty/sampler.h"

namespace empreinte {

/// How much one input drives one output.
struct Driver {
  /// Position of the input in Sampler::variables().
  std::size_t variable = 0;
  /// First-order index: share of the output's variance the input explains alone, 0–1.
  double first_order = 0.0;
  /// Mean of the output over the draws where the input is in its lowest tenth.
  double low_mean = 0.0;
  /// Mean of the output over the draws where the input is in its highest tenth.
  double high_mean = 0.0;
};

/// The most classes the draws of an input are grouped into.
inline constexpr std::size_t kMaxSensitivityClasses = 50;

/// Number of classes for N draws: ⌊√N⌋ within [2, kMaxSensitivityClasses].
std::size_t sensitivity_class_count(std::size_t draws);

/// The fewest draws for which indices are estimated: below it, classes hold too few draws.
inline constexpr std::uint32_t kMinDrawsForSensitivity = 100;

/// For each of `outputs` (at most 8, the samples of one run's draws), the inputs among
/// `candidates` (positions in `variables`: those the outputs were computed from) that drive it,
/// largest index first, at most `limit` of them; inputs whose corrected index is 0 are left out.
/// Outputs are ranked together because one pass over an input's strata serves them all. Empty
/// lists for a point run, for fewer than kMinDrawsForSensitivity draws, and for an output
/// without variance.
std::vector<std::vector<Driver>> rank_drivers(std::span<const Samples* const> outputs,
                                              const std::vector<UncertainVariable>& variables,
                                              const std::vector<std::size_t>& candidates,
                                              std::size_t limit);

}  // namespace empreinte
