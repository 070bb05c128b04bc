#include "engine/pipeline/run.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "engine/core/check.h"
#include "engine/core/number_text.h"
#include "engine/models/api_stage.h"
#include "engine/models/compute_stage.h"
#include "engine/models/embodied_stage.h"
#include "engine/models/inference_stage.h"
#include "engine/models/network_stage.h"
#include "engine/models/storage_stage.h"
#include "engine/models/training_stage.h"
#include "engine/pipeline/comparison.h"
#include "engine/pipeline/figures.h"
#include "engine/pipeline/lots.h"
#include "engine/resolve/resolver.h"
#include "engine/uncertainty/sampler.h"
#include "engine/uncertainty/sensitivity.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte {
namespace {

constexpr double kHoursPerYear = 8760.0;  // the year of unit_registry.cpp

// Inputs named as drivers of each option and criterion, at most.
constexpr std::size_t kDriversPerCriterion = 8;

// `set` divided by a positive constant: every statistic scales with it.
report::ImpactSet divided(report::ImpactSet set, double divisor) {
  for (report::Figure& figure : set.figures) {
    figure.value /= divisor;
    if (figure.range) {
      report::FigureRange& r = *figure.range;
      for (double* statistic : {&r.mean, &r.p5, &r.p50, &r.p95, &r.standard_error}) {
        *statistic /= divisor;
      }
    }
  }
  return set;
}

// The categories a bought device's cost falls in: the cost counterpart of manufacturing.
bool is_hardware_cost(CostCategory category) {
  return category == CostCategory::kCapex || category == CostCategory::kResidualValue ||
         category == CostCategory::kMaintenance;
}

// `sum` += `x`; a sum not started yet (no samples) is zero, and 0 + x is computed in one pass
// rather than filling zeros first (the result is the same, −0 becoming +0 alike).
template <class Expression>
void accumulate(Samples& sum, const Expression& x) {
  if (sum.size() == 0) {
    sum = Samples::Zero(x.size()) + x;
  } else {
    sum += x;
  }
}

// An option's cost by category, undiscounted and as present values, summed on samples. A
// category no line was booked in has no samples.
struct CostAccounts {
  std::array<Samples, kCostCategoryCount> undiscounted;
  std::array<Samples, kCostCategoryCount> present_value;
  std::array<bool, kCostCategoryCount> used{};
  // Paid once at the start (purchases, set-up work): what a saving must pay back.
  Samples one_off;

  explicit CostAccounts(Eigen::Index samples) : one_off(Samples::Zero(samples)) {}
};

// Puts the stage's cost lines into its use (operation) and embodied (hardware) costs, and into
// the option's accounts.
void book_costs(const ResolvedStage& stage, const CostFactors& factors, StageImpacts& impacts,
                CostAccounts& accounts) {
  const Eigen::Index size = accounts.one_off.size();
  Samples operation = Samples::Zero(size);
  Samples hardware = Samples::Zero(size);
  for (const CostLine& line : stage_cost_lines(stage.costs, impacts)) {
    const Samples& amount = line.amount.samples();
    const Samples escalated = line.escalates ? Samples(amount * factors.escalation()) : Samples();
    const Samples& undiscounted = line.escalates ? escalated : amount;
    const auto c = static_cast<std::size_t>(line.category);
    accumulate(accounts.undiscounted[c], undiscounted);
    accumulate(accounts.present_value[c],
               amount * factors.present_value(line.timing, line.escalates));
    accounts.used[c] = true;
    if (line.timing == CostTiming::kStart) accounts.one_off += undiscounted;
    (is_hardware_cost(line.category) ? hardware : operation) += undiscounted;
  }
  impacts.use.cost = Money(operation);
  impacts.embodied.cost = Money(hardware);
}

// Induced (total) against avoided, per draw: the net balance and when the one-off part (the
// embodied impacts of hardware; for cost, what is paid at the start) is paid back by the yearly
// saving.
report::BenefitBalance benefit_balance(const ResolvedOption& option, const Impacts& total,
                                       const Impacts& embodied, const Samples& one_off_cost,
                                       double years) {
  report::BenefitBalance out;
  Impacts avoided = Impacts::zero(total.gwp.samples().size());
  for (const ResolvedBenefit& benefit : option.benefits) {
    avoided += benefit.avoided;
    out.benefits.push_back({benefit.spec->id.value, benefit.spec->title, benefit.spec->unit,
                            benefit.spec->quantity_per_year.value, figures_of(benefit.avoided)});
  }
  out.avoided = figures_of(avoided);
  for (const Criterion c : kAllCriteria) {
    const Samples& induced = total.samples(c);
    const Samples& saved = avoided.samples(c);
    out.net[c] = figure_of(induced - saved);
    // Payback time t = one-off ÷ (avoided per year − recurring induced per year), for t > 0.
    const Samples& once = c == Criterion::kCost ? one_off_cost : embodied.samples(c);
    const Samples margin = (saved - (induced - once)) / years;
    const Samples payback =
        (margin > 0.0)
            .select(once.max(0.0) / margin,
                    Samples::Constant(margin.size(), std::numeric_limits<double>::infinity()));
    report::Payback& p = out.payback[index_of(c)];
    if (std::isfinite(payback(0))) p.years = payback(0);
    if (payback.size() > 1) {
      const Eigen::Index draws = payback.size() - 1;
      p.probability_within_horizon =
          (payback.tail(draws) <= years).cast<double>().sum() / static_cast<double>(draws);
    }
  }
  return out;
}

// A figure of zero with the same kind of range as `like` (none for a point run).
report::Figure zero_figure(const report::Figure& like) {
  report::Figure out;
  if (like.range) out.range = report::FigureRange{};
  return out;
}

report::CostBreakdown cost_breakdown(const CostAccounts& accounts, const Impacts& total,
                                     const ProjectCostInputs& project) {
  report::CostBreakdown out;
  Samples present = Samples::Zero(accounts.one_off.size());
  for (std::size_t c = 0; c < kCostCategoryCount; ++c) {
    if (!accounts.used[c]) continue;
    present += accounts.present_value[c];
    out.categories.push_back({std::string(cost_category_id(static_cast<CostCategory>(c))),
                              figure_of(accounts.undiscounted[c]),
                              figure_of(accounts.present_value[c])});
  }
  const Samples carbon = (total.gwp * project.carbon_value).samples();
  out.present_value = figure_of(present);
  out.carbon_value = figure_of(carbon);
  out.life_cycle_cost = figure_of(present + carbon);
  return out;
}

std::string_view origin_name(VariableOrigin origin) {
  return origin == VariableOrigin::kFactor ? "factor" : "input";
}

// The inputs that drive each criterion of an option's total.
std::array<std::vector<report::Driver>, kCriterionCount> drivers_of(
    const Impacts& total, const ResolvedOption& option,
    const std::vector<UncertainVariable>& variables) {
  // Only the values the option's stages used can drive its total.
  std::vector<std::size_t> used;
  for (const ResolvedStage& stage : option.stages) {
    used.insert(used.end(), stage.variables.begin(), stage.variables.end());
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  std::array<const Samples*, kCriterionCount> outputs{};
  for (const Criterion c : kAllCriteria) outputs[index_of(c)] = &total.samples(c);
  const std::vector<std::vector<Driver>> ranked =
      rank_drivers(outputs, variables, used, kDriversPerCriterion);
  std::array<std::vector<report::Driver>, kCriterionCount> out;
  for (const Criterion c : kAllCriteria) {
    for (const Driver& driver : ranked[index_of(c)]) {
      const UncertainVariable& variable = variables[driver.variable];
      out[index_of(c)].push_back({variable.id, variable.label,
                                  std::string(origin_name(variable.origin)), driver.first_order,
                                  driver.low_mean, driver.high_mean});
    }
  }
  return out;
}

report::UncertainInput uncertain_input(const UncertainVariable& variable) {
  const Distribution& d = variable.distribution;
  report::UncertainInput out;
  out.id = variable.id;
  out.label = variable.label;
  out.origin = origin_name(variable.origin);
  out.shape = shape_name(d.shape);
  out.central = d.central;
  out.low = d.low;
  out.high = d.high;
  if (d.shape == DistributionShape::kNormal || d.shape == DistributionShape::kLognormal) {
    out.spread = d.spread;
  }
  out.unit = variable.unit;
  return out;
}

StageImpacts stage_impacts(const ResolvedStage& stage, Eigen::Index samples) {
  return std::visit(
      [samples](const auto& inputs) -> StageImpacts {
        using T = std::decay_t<decltype(inputs)>;
        if constexpr (std::is_same_v<T, ComputeInputs>) {
          return compute_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, TrainingInputs>) {
          return training_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, StorageInputs>) {
          return storage_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, ApiInputs>) {
          return api_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, InferenceInputs>) {
          return inference_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, EmbodiedInputs>) {
          return embodied_stage_impacts(inputs);
        } else if constexpr (std::is_same_v<T, CostOnlyInputs>) {
          return StageImpacts{Impacts::zero(samples), Impacts::zero(samples), {}, {}, {}};
        } else {
          return network_stage_impacts(inputs);
        }
      },
      stage.inputs);
}

// Whether every sample is zero. The central value answers most calls; a pass over the draws the
// others.
bool all_zero(const Samples& samples) { return samples(0) == 0.0 && (samples == 0.0).all(); }

// The stage's figures; `total` is its use plus embodied impacts.
report::StageResult stage_result(const ResolvedStage& stage, const StageImpacts& impacts,
                                 const Impacts& total) {
  report::StageResult out;
  out.id = stage.spec->id.value;
  out.kind = stage.spec->kind.value;
  out.title = stage.spec->title.empty() ? out.id : stage.spec->title;
  out.total = figures_of(total);
  // Where one part is zero in every sample the other is the total: its figure is reused rather
  // than summarised again.
  for (const Criterion c : kAllCriteria) {
    const bool no_use = all_zero(impacts.use.samples(c));
    const bool no_embodied = all_zero(impacts.embodied.samples(c));
    out.use[c] = no_embodied ? out.total[c] : no_use ? zero_figure(out.total[c]) : report::Figure{};
    out.embodied[c] = no_use        ? out.total[c]
                      : no_embodied ? zero_figure(out.total[c])
                                    : report::Figure{};
    if (!no_use && !no_embodied) {
      out.use[c] = figure_of(impacts.use.samples(c));
      out.embodied[c] = figure_of(impacts.embodied.samples(c));
    }
  }
  for (const InventoryFlow& flow : impacts.flows) {
    out.flows.push_back({flow.id, flow.value, flow.unit});
  }
  out.factor_ids = stage.factor_ids;
  out.declared_at = stage.spec->where;
  return out;
}

// A served model whose requests need more accelerator time than is reserved cannot be run as
// described: the figures would understate the hardware. Said at the stage, as a warning.
void warn_if_overloaded(const ResolvedStage& stage, const StageImpacts& impacts,
                        Diagnostics& diagnostics) {
  for (const InventoryFlow& flow : impacts.flows) {
    if (std::string_view(flow.id) != "utilisation" || flow.value <= 1.0) continue;
    diagnostics.warning(stage.spec->where,
                        "the requests of stage '" + stage.spec->id.value + "' need " +
                            shortest_text(std::round(flow.value * 100.0)) +
                            " % of the reserved accelerator time",
                        "add replicas or reserve more hours_per_year; the figures assume the "
                        "reserved hardware serves them");
  }
}

report::FactorUse factor_use(const FactorLookup& lookup, const FactorSet& factors) {
  const Factor& factor = *lookup.factor;
  report::FactorUse out;
  out.id = factor.id;
  out.label = factor.label;
  // As the table writes it, so that a reader can check it against the source.
  out.value = factor.as_written.value;
  out.unit = factor.as_written.unit;
  out.low = factor.as_written.low;
  out.high = factor.as_written.high;
  out.source_id = factor.source_id;
  if (const Source* source = factors.source(factor.source_id)) {
    out.source_title = source->title;
    out.source_url = source->url;
  }
  out.year = factor.year;
  out.licence = factor.licence;
  out.fallback_note = lookup.fallback_note;
  out.price_date = factor.price_date;
  out.distribution = shape_name(factor.distribution.shape);
  out.spread = factor.as_written.spread;
  return out;
}

// What this methodology version counts and leaves out (docs/methodology.md, "Boundary").
const std::vector<report::BoundaryItem>& boundary_included() {
  static const std::vector<report::BoundaryItem> items = {
      {"use-electricity",
       "Electricity drawn by the devices of each stage, raised by the data-centre PUE"},
      {"grid-life-cycle",
       "Life-cycle impacts of that electricity in the grid zone of the site (carbon, primary "
       "energy, abiotic depletion, off-site water)"},
      {"onsite-water", "Water evaporated on site for cooling (WUE × IT energy)"},
      {"device-manufacturing",
       "Manufacturing of the devices, allocated by reserved time over service life and by "
       "share of device (SCI)"},
  };
  return items;
}

const std::vector<report::BoundaryItem>& boundary_excluded() {
  static const std::vector<report::BoundaryItem> items = {
      {"user-terminals", "End-user terminals and the network between users and the service"},
      {"building", "Data-centre building and non-IT equipment manufacturing"},
      {"transport-end-of-life", "Transport and end of life of the devices"},
      {"staff", "Staff travel and office energy"},
      {"rebound", "Rebound effects and avoided impacts"},
  };
  return items;
}

// How the ranges were drawn, what was drawn, and whether the draws are enough.
report::UncertaintyInfo uncertainty_info(const Sampler& sampler, const ResolvedProject& resolved,
                                         const ProjectSpec& project, Diagnostics& diagnostics) {
  report::UncertaintyInfo out;
  out.draws = sampler.draws();
  out.seed = sampler.seed();
  if (sampler.draws() == 0) return out;
  out.sampling = "latin-hypercube";
  out.sensitivity_method = "first-order-sobol-correlation-ratio";
  for (const UncertainVariable& variable : sampler.variables()) {
    out.inputs.push_back(uncertain_input(variable));
  }
  for (const FactorLookup& lookup : resolved.factors) {
    if (!lookup.factor->distribution.varies()) ++out.fixed_factor_count;
  }
  if (sampler.draws() < kMinDrawsForPercentiles) {
    const std::string warning =
        "with " + std::to_string(sampler.draws()) +
        " draws the 5th and 95th percentiles rest on fewer than 10 draws each";
    out.warnings.push_back(warning);
    diagnostics.warning(project.id.where, warning,
                        "use --samples " + std::to_string(kMinDrawsForPercentiles) +
                            " or more (the default is " + std::to_string(kDefaultDraws) + ")");
  }
  return out;
}

}  // namespace

// One run of the project as written: run_with_samples() without its lots.
static std::optional<RunOutcome> run_once(const ProjectSpec& project, const FactorSet& factors,
                                          const RunOptions& options, Diagnostics& diagnostics);

std::optional<report::Report> run(const ProjectSpec& project, const FactorSet& factors,
                                  const RunOptions& options, Diagnostics& diagnostics) {
  std::optional<RunOutcome> outcome = run_with_samples(project, factors, options, diagnostics);
  if (!outcome) return std::nullopt;
  return std::move(outcome->report);
}

std::optional<RunOutcome> run_with_samples(const ProjectSpec& project, const FactorSet& factors,
                                           const RunOptions& options, Diagnostics& diagnostics) {
  std::optional<RunOutcome> outcome = run_once(project, factors, options, diagnostics);
  if (!outcome || project.lots.empty()) return outcome;
  // Every further lot is the project with its lot-following volumes scaled, on the same seed.
  std::vector<std::vector<Impacts>> totals = {outcome->option_totals};
  const double first_volume = project.lots.front().volume.value;
  for (std::size_t k = 1; k < project.lots.size(); ++k) {
    const LotSpec& lot = project.lots[k];
    Diagnostics lot_diagnostics;
    std::optional<RunOutcome> scaled =
        run_once(scaled_for_lot(project, lot.volume.value / first_volume), factors, options,
                 lot_diagnostics);
    EMPREINTE_CHECK(scaled.has_value(), "scaling volumes cannot break a resolved project");
    // Warnings of a larger lot (an overloaded reservation) say which lot they are about.
    const std::vector<Diagnostic> seen = diagnostics.sorted();
    for (const Diagnostic& warning : lot_diagnostics.sorted()) {
      bool known = false;
      for (const Diagnostic& before : seen) {
        known =
            known || (before.message == warning.message && before.where.line == warning.where.line);
      }
      if (!known) {
        diagnostics.warning(warning.where, "in lot '" + lot.id.value + "', " + warning.message,
                            warning.hint, warning.span);
      }
    }
    totals.push_back(std::move(scaled->option_totals));
  }
  outcome->report.lot_unit = project.lot_unit;
  outcome->report.lots = lot_results(project, totals, outcome->report);
  return outcome;
}

static std::optional<RunOutcome> run_once(const ProjectSpec& project, const FactorSet& factors,
                                          const RunOptions& options, Diagnostics& diagnostics) {
  Diagnostics resolution;
  Sampler sampler(options.samples, options.seed);
  const ResolvedProject resolved = resolve_project(project, factors, sampler, resolution);
  diagnostics.append(resolution);
  if (resolution.has_errors()) return std::nullopt;

  report::Report out;
  out.engine_version = EMPREINTE_VERSION;
  out.methodology_version = EMPREINTE_METHODOLOGY_VERSION;
  out.factor_set_version = factors.version();
  out.project = {project.id.value,
                 project.title,
                 project.organisation,
                 project.description,
                 project.functional_unit,
                 project.functional_units_per_year.value,
                 project.horizon.value / kHoursPerYear,
                 project.source_file};
  out.boundary_included = boundary_included();
  out.boundary_excluded = boundary_excluded();
  out.uncertainty = uncertainty_info(sampler, resolved, project, diagnostics);
  out.cost_basis = {resolved.costs.discount_rate.central(),
                    resolved.costs.electricity_escalation.central(),
                    resolved.costs.carbon_value.central() * 1e3};

  const double years = out.project.horizon_years;
  const double functional_units = out.project.functional_units_per_year * years;
  EMPREINTE_CHECK(years > 0.0 && functional_units > 0.0, "the input schema bounds both above 0");
  const CostFactors cost_factors(resolved.costs.discount_rate.samples(),
                                 resolved.costs.electricity_escalation.samples(), years);
  std::vector<Impacts> totals;
  for (const ResolvedOption& option : resolved.options) {
    report::OptionResult result;
    result.id = option.spec->id.value;
    result.title = option.spec->title;
    result.description = option.spec->description;
    // Options are summed on samples, not on summaries, so that ranges stay correct.
    Impacts total = Impacts::zero(sampler.size());
    // The embodied part is only wanted for the payback of benefits.
    const bool has_benefits = !option.benefits.empty();
    Impacts embodied = has_benefits ? Impacts::zero(sampler.size()) : Impacts{};
    CostAccounts accounts(sampler.size());
    for (const ResolvedStage& stage : option.stages) {
      StageImpacts impacts = stage_impacts(stage, sampler.size());
      book_costs(stage, cost_factors, impacts, accounts);
      warn_if_overloaded(stage, impacts, diagnostics);
      const Impacts stage_total = impacts.use + impacts.embodied;
      total += stage_total;
      if (has_benefits) embodied += impacts.embodied;
      result.stages.push_back(stage_result(stage, impacts, stage_total));
    }
    result.total = figures_of(total);
    result.per_year = divided(result.total, years);
    result.per_functional_unit = divided(result.total, functional_units);
    result.drivers = drivers_of(total, option, sampler.variables());
    result.cost = cost_breakdown(accounts, total, resolved.costs);
    if (has_benefits) {
      result.balance = benefit_balance(option, total, embodied, accounts.one_off, years);
    }
    out.options.push_back(std::move(result));
    totals.push_back(std::move(total));
  }
  // Every pair of options on the same draws (how often the first is lower), the rankings and
  // the award score.
  std::vector<ComparedOption> compared;
  for (std::size_t i = 0; i < totals.size(); ++i) {
    compared.push_back({out.options[i].id, criterion_samples(totals[i])});
  }
  out.pairs = option_pairs(compared);
  out.comparison = compare_options(compared, project.award);
  for (const FactorLookup& lookup : resolved.factors)
    out.factors.push_back(factor_use(lookup, factors));
  std::sort(out.factors.begin(), out.factors.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const AppliedAssumption& assumption : resolved.assumptions) {
    out.assumptions.push_back({assumption.id, assumption.text, assumption.kind, assumption.params});
  }
  return RunOutcome{std::move(out), std::move(totals)};
}

}  // namespace empreinte
