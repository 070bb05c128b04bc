#pragma once
/// @file binding_context.h
/// What every stage binding needs: factor lookups that record their provenance, user inputs
/// turned into samples, assumptions stated once, and sites bound to grid and facility factors.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/core/samples.h"
#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"
#include "engine/models/compute_stage.h"
#include "engine/resolve/resolved_project.h"
#include "engine/uncertainty/sampler.h"

namespace empreinte {

/// Hours in a year: the year of unit_registry.cpp.
inline constexpr double kHoursPerYear = 8760.0;

/// "0.5" for 4,380 h: a duration in years, for assumption texts.
std::string years_text(double hours);

/// The params {option, stage} of an assumption about the stage "option/stage".
std::vector<std::pair<std::string, std::string>> stage_params(const std::string& stage_key);

/// The state of one project's resolution, shared by the stage bindings.
class BindingContext {
 public:
  /// Binds against `factors`, drawing uncertain values from `sampler`; errors go to
  /// `diagnostics`.
  BindingContext(const ProjectSpec& project, const FactorSet& factors, Sampler& sampler,
                 Diagnostics& diagnostics)
      : project_(project), factors_(factors), sampler_(sampler), diagnostics_(diagnostics) {}

  /// The project being resolved.
  const ProjectSpec& project() const { return project_; }
  /// The factor set.
  const FactorSet& factors() const { return factors_; }

  /// Samples of a factor, recorded for the report: its central value, then draws from its
  /// distribution, the same wherever the factor is used.
  template <class Q>
  Q bind(const Factor& factor, std::string fallback_note = {}) {
    record(factor, std::move(fallback_note));
    Q out(sampler_.draw(factor.id, factor.label, VariableOrigin::kFactor,
                        canonical_unit(factor.dimension), factor.distribution));
    note_variable(factor.id);
    return out;
  }

  /// Samples of a user input, canonical unit: drawn when the user gave it a distribution.
  template <class Q>
  Q input(const Located<double>& value) {
    if (!value.spread) return constant<Q>(value.value);
    const std::string where = value.where.to_string();
    const std::string id = std::string(value.key) + "@" + where;
    Q out(sampler_.draw(id, std::string(value.key) + " (" + where + ")", VariableOrigin::kInput,
                        value.unit, *value.spread));
    note_variable(id);
    return out;
  }

  /// The same for a key that may be absent, 0 then (the reader reported it when it was
  /// required).
  template <class Q>
  Q input(const std::optional<Located<double>>& value) {
    return value ? input<Q>(*value) : constant<Q>(0.0);
  }

  /// A value without uncertainty (a count, a derived constant), canonical unit.
  template <class Q>
  Q constant(double value) const {
    return Q(sampler_.constant(value));
  }

  /// Named values of an assumption's wording.
  using AssumptionParams = std::vector<std::pair<std::string, std::string>>;

  /// States an assumption of `kind` about `scope` ("option/stage", a device id, or "" for the
  /// whole project) once, with its English `text` and the `params` other wordings use.
  void assume(const std::string& kind, const std::string& scope, AssumptionParams params,
              std::string text);

  /// The row `reference` names, or nullptr after an "unknown …" error at the reference.
  /// An empty reference (already reported as missing) gives nullptr silently.
  const FactorRow* find_row(FactorTable table, const Located<std::string>& reference,
                            std::string_view what, std::string_view list_hint);

  /// Reports an error about the project at `where`.
  void error(const SourceLocation& where, std::string message, std::string hint = {}) {
    diagnostics_.error(where, std::move(message), std::move(hint));
  }

  /// A default parameter, or nullptr after an error at `where`.
  const Factor* required_parameter(std::string_view id, const SourceLocation& where);

  /// Grid and facility factors of a site, with fallbacks recorded; nullopt after errors.
  std::optional<SiteFactors> site(const SiteSpec& site);

  /// The same, with the PUE and WUE of `facility` (a data-centre profile or an API provider
  /// row, which hold the same quantities) unless the site states its own.
  std::optional<SiteFactors> site_with_facility(const SiteSpec& site, const FactorRow* facility);

  /// Grid factors of a zone alone (PUE 1, no on-site water): for energy already drawn from the
  /// grid, such as network traffic. Nullopt after errors.
  std::optional<SiteFactors> grid_only(const Located<std::string>& zone);

  /// Starts a new stage: the factor ids and uncertain variables it uses are collected from here.
  void begin_stage() {
    stage_factor_ids_.clear();
    stage_variables_.clear();
  }
  /// The factor ids used since begin_stage(), in lookup order.
  const std::vector<std::string>& stage_factor_ids() const { return stage_factor_ids_; }
  /// Positions in Sampler::variables() of the uncertain values used since begin_stage().
  const std::vector<std::size_t>& stage_variables() const { return stage_variables_; }

  /// Every factor used, each once, with every distinct fallback that led to it.
  std::vector<FactorLookup> take_lookups() { return std::move(lookups_); }
  /// Every assumption stated, in order.
  std::vector<AppliedAssumption> take_assumptions() { return std::move(assumptions_); }

 private:
  void record(const Factor& factor, std::string fallback_note);
  void note_variable(std::string_view id);

  const ProjectSpec& project_;
  const FactorSet& factors_;
  Sampler& sampler_;
  Diagnostics& diagnostics_;
  std::vector<FactorLookup> lookups_;
  std::map<std::string, std::size_t> recorded_;  // factor id → index in lookups_
  std::vector<std::string> stage_factor_ids_;
  std::vector<std::size_t> stage_variables_;
  std::vector<AppliedAssumption> assumptions_;
};

}  // namespace empreinte
