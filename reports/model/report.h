#pragma once
/// @file report.h
/// The typed report model: everything a writer prints, already computed. Writers (XML, HTML)
/// only format this structure; they compute nothing and round only through number_format.h.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/criteria.h"
#include "engine/core/source_location.h"
#include "reports/model/comparison.h"
#include "reports/model/figure.h"

namespace empreinte::report {

/// One figure per criterion, indexed by index_of(Criterion).
struct ImpactSet {
  /// Figures in kAllCriteria order.
  std::array<Figure, kCriterionCount> figures{};
  /// The figure of criterion `c`.
  const Figure& operator[](Criterion c) const { return figures[index_of(c)]; }
  /// The figure of criterion `c`, for writing.
  Figure& operator[](Criterion c) { return figures[index_of(c)]; }
};

/// A physical flow computed by the inventory (e.g. accelerator-hours, IT energy), shown so that
/// a reader can redo the characterisation by hand.
struct Flow {
  /// Identifier, e.g. "device_hours", "it_energy", "facility_energy".
  std::string id;
  /// Value in `unit`.
  double value = 0.0;
  /// Unit symbol, e.g. "h", "kWh".
  std::string unit;
};

/// Results of one stage of one option.
struct StageResult {
  /// Stage id from the input, unique within its option.
  std::string id;
  /// Stage kind ("compute", later "training", "inference", "api", …).
  std::string kind;
  /// Human title (the id when none was given).
  std::string title;
  /// Use phase + embodied, per criterion, over the project horizon.
  ImpactSet total;
  /// Operational (use-phase) share of `total`.
  ImpactSet use;
  /// Embodied (manufacturing, amortised) share of `total`.
  ImpactSet embodied;
  /// Inventory flows behind the figures.
  std::vector<Flow> flows;
  /// Ids of the factors (FactorUse::id) this stage used.
  std::vector<std::string> factor_ids;
  /// Where the stage is declared in the input.
  SourceLocation declared_at;
};

/// An uncertain input that drives a result.
struct Driver {
  /// Id of the factor ("electricity/FR/gwp") or of the input ("pue@project.toml:12:7").
  std::string input_id;
  /// What it is, in words.
  std::string label;
  /// "factor" or "input".
  std::string origin;
  /// First-order Sobol index: share of the result's variance it explains alone, 0–1.
  double first_order = 0.0;
  /// Mean of the result when the input is in its lowest tenth, criterion's unit.
  double low_mean = 0.0;
  /// Mean of the result when the input is in its highest tenth.
  double high_mean = 0.0;
};

/// One category of an option's cost.
struct CostCategoryFigures {
  /// Category id ("capex", "rental", "api_fees", "labour", …).
  std::string category;
  /// Total over the horizon at the prices' year, EUR (negative for a residual value).
  Figure undiscounted;
  /// Its present value at the project's discount rate, EUR.
  Figure present_value;
};

/// What an option costs, beyond its undiscounted total (the `cost` criterion).
struct CostBreakdown {
  /// Categories with a cost, in a fixed order.
  std::vector<CostCategoryFigures> categories;
  /// Net present value of all categories, EUR.
  Figure present_value;
  /// Carbon emitted × the carbon value, EUR.
  Figure carbon_value;
  /// Present value plus carbon value: a life-cycle cost, EUR.
  Figure life_cycle_cost;
};

/// An impact an option avoids.
struct BenefitResult {
  /// Benefit id.
  std::string id;
  /// What is avoided.
  std::string title;
  /// The unit avoided.
  std::string unit;
  /// Units avoided per year (central value).
  double quantity_per_year = 0.0;
  /// What it avoids over the horizon (cost: money saved).
  ImpactSet avoided;
};

/// When an option pays back, on one criterion, what it induces once (its hardware) from what it
/// avoids each year beyond what it induces each year.
struct Payback {
  /// Years to pay back at central values; absent when it never does (it avoids no more each year
  /// than it induces).
  std::optional<double> years;
  /// Share of draws in which it pays back within the horizon; absent for a point run.
  std::optional<double> probability_within_horizon;
};

/// What an option's benefits weigh against its footprint.
struct BenefitBalance {
  /// Each benefit, in file order.
  std::vector<BenefitResult> benefits;
  /// All of them, over the horizon.
  ImpactSet avoided;
  /// Induced less avoided: below zero, the option avoids more than it induces.
  ImpactSet net;
  /// Per criterion (kAllCriteria order).
  std::array<Payback, kCriterionCount> payback{};
};

/// Results of one option (one way of meeting the need).
struct OptionResult {
  /// Option id from the input, unique within the project.
  std::string id;
  /// Human title.
  std::string title;
  /// Free description (may be empty).
  std::string description;
  /// Sum of the stages over the project horizon.
  ImpactSet total;
  /// `total` divided by the number of functional units over the horizon.
  ImpactSet per_functional_unit;
  /// `total` divided by the horizon in years.
  ImpactSet per_year;
  /// Stages in input order.
  std::vector<StageResult> stages;
  /// The cost by category, discounted, and with carbon valued.
  CostBreakdown cost;
  /// Avoided impacts and their balance, when the option declares benefits.
  std::optional<BenefitBalance> balance;
  /// Per criterion (kAllCriteria order), the inputs that drive `total`, largest first; empty
  /// for a point run.
  std::array<std::vector<Driver>, kCriterionCount> drivers{};
};

/// An uncertain value of the run, with its distribution.
struct UncertainInput {
  /// Factor id or input id.
  std::string id;
  /// What it is, in words.
  std::string label;
  /// "factor" or "input".
  std::string origin;
  /// "uniform", "triangular", "normal" or "lognormal".
  std::string shape;
  /// Central value, in `unit`.
  double central = 0.0;
  /// Lower bound, when any.
  std::optional<double> low;
  /// Upper bound, when any.
  std::optional<double> high;
  /// Standard deviation (normal, in `unit`) or geometric standard deviation (lognormal).
  std::optional<double> spread;
  /// Unit of the figures (canonical unit of the quantity).
  std::string unit;
};

/// One option in one lot.
struct LotOption {
  /// Option id.
  std::string option_id;
  /// The option's total with the lot's volume.
  ImpactSet total;
  /// What the lot adds to the one before (the first lot: its total), draw by draw.
  ImpactSet added;
};

/// One lot of the tender.
struct LotResult {
  /// Lot id.
  std::string id;
  /// What it covers.
  std::string title;
  /// Its cumulative volume, in the report's lot unit.
  double volume = 0.0;
  /// Its volume over the first lot's: what the lot-following volumes are multiplied by.
  double scale = 1.0;
  /// Every option, in report order.
  std::vector<LotOption> options;
};

/// The basis of every cost of the report: central values of the project's parameters.
struct CostBasis {
  /// Real discount rate, 1/year.
  double discount_rate = 0.0;
  /// Yearly change of electricity prices in constant euros, 1/year.
  double electricity_escalation = 0.0;
  /// Carbon value, EUR/tCO2e.
  double carbon_value_per_tonne = 0.0;
};

/// How the ranges were computed.
struct UncertaintyInfo {
  /// Monte Carlo draws (0 for a point run).
  std::uint32_t draws = 0;
  /// Seed.
  std::uint64_t seed = 0;
  /// "latin-hypercube".
  std::string sampling;
  /// "first-order-sobol-correlation-ratio".
  std::string sensitivity_method;
  /// Every value drawn, in the order first met.
  std::vector<UncertainInput> inputs;
  /// Every factor used that carries no spread, counted: their uncertainty is not in the ranges.
  std::size_t fixed_factor_count = 0;
  /// Warnings on convergence ("fewer than 10 draws beyond the 5th percentile").
  std::vector<std::string> warnings;
};

/// A factor the run looked up, with its provenance, as the report lists it.
struct FactorUse {
  /// Stable id, e.g. "electricity/FR/gwp", "hardware/nvidia-a100-sxm4-80gb/power_max".
  std::string id;
  /// What it is, in words ("Grid carbon intensity, France").
  std::string label;
  /// Value in `unit`.
  double value = 0.0;
  /// Unit symbol.
  std::string unit;
  /// Lower bound where sources disagree.
  std::optional<double> low;
  /// Upper bound where sources disagree.
  std::optional<double> high;
  /// Source id (key of factors/sources.toml).
  std::string source_id;
  /// Bibliographic title of the source.
  std::string source_title;
  /// Where the source can be read (may be empty).
  std::string source_url;
  /// Reference year of the figure.
  int year = 0;
  /// Licence of the data.
  std::string licence;
  /// Set when the lookup fell back, e.g. "no water factor for zone FR-COR; used FR".
  std::string fallback_note;
  /// What the Monte Carlo draws: "fixed", "uniform", "triangular", "normal", "lognormal".
  std::string distribution = "fixed";
  /// Standard deviation (normal, in `unit`) or geometric standard deviation (lognormal).
  std::optional<double> spread;
  /// For a price: the day it was read or the period it covers ("2026-09-26", "2025-S2").
  std::string price_date;
};

/// A modelling assumption or default the run applied, stated so it can be contested.
struct Assumption {
  /// Stable id: the kind, then what it applies to ("allocation-rented/api/gpu").
  std::string id;
  /// The assumption in words, in English.
  std::string text;
  /// What kind of assumption it is ("allocation-rented"), for writers that word it in another
  /// language from `params`.
  std::string kind;
  /// Named values the wording uses (option and stage ids, device names, figures as exact
  /// decimal text).
  std::vector<std::pair<std::string, std::string>> params;
};

/// One item of the assessment boundary.
struct BoundaryItem {
  /// Stable id ("use-electricity"), for writers that word it in another language.
  std::string id;
  /// The item in words, in English.
  std::string text;
};

/// Identity of the assessed project.
struct ProjectInfo {
  /// Project id (also the report file name).
  std::string id;
  /// Title.
  std::string title;
  /// Organisation carrying the project.
  std::string organisation;
  /// Free description.
  std::string description;
  /// Functional unit name, e.g. "request".
  std::string functional_unit;
  /// Functional units per year of the horizon.
  double functional_units_per_year = 0.0;
  /// Project horizon in years.
  double horizon_years = 0.0;
  /// The input file, as named on the command line.
  std::string source_file;
};

/// The whole report of one project.
struct Report {
  /// Program version (CMake project version).
  std::string engine_version;
  /// Methodology version (docs/methodology.md).
  std::string methodology_version;
  /// Version of the factor set used, including user overrides.
  std::string factor_set_version;
  /// The project.
  ProjectInfo project;
  /// What the assessment includes (life-cycle stages, flows).
  std::vector<BoundaryItem> boundary_included;
  /// What it leaves out.
  std::vector<BoundaryItem> boundary_excluded;
  /// Options in input order.
  std::vector<OptionResult> options;
  /// Every factor used, sorted by id, each once.
  std::vector<FactorUse> factors;
  /// Assumptions, in a stable order.
  std::vector<Assumption> assumptions;
  /// The Monte Carlo run.
  UncertaintyInfo uncertainty;
  /// Discount rate, escalation and carbon value of every cost.
  CostBasis cost_basis;
  /// What a lot's volume counts.
  std::string lot_unit;
  /// The lots of the tender, the first one being the project as written; empty without lots.
  std::vector<LotResult> lots;
  /// Every pair of options, in input order, compared draw by draw; empty for a point run.
  std::vector<OptionPair> pairs;
  /// Rankings, dominated options and award scores (reports/model/comparison.h).
  Comparison comparison;
};

}  // namespace empreinte::report
