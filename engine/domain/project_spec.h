#pragma once
/// @file project_spec.h
/// A project as the user described it, checked against the input schema but not yet bound to
/// factors. Every value keeps where it was written, so later phases can point at it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/criteria.h"
#include "engine/core/distribution.h"
#include "engine/core/source_location.h"

namespace empreinte {

/// A value with the place it was written (or the table it defaults in, when defaulted).
template <class T>
struct Located {
  /// The value; quantities are in the canonical unit of their dimension (units.h).
  T value{};
  /// Where the value was written.
  SourceLocation where;
  /// True when the schema default was applied because the key was absent.
  bool defaulted = false;
};

/// A number with the place it was written, and the distribution the user gave it, if any
/// (`pue = { low = 1.1, mode = 1.3, high = 1.6 }`): `value` is then its central value.
template <>
struct Located<double> {
  /// The central value, in the canonical unit of its dimension (units.h).
  double value = 0.0;
  /// Where the value was written.
  SourceLocation where;
  /// True when the schema default was applied because the key was absent.
  bool defaulted = false;
  /// The user's distribution, canonical unit; absent for a plain number.
  std::optional<Distribution> spread = std::nullopt;
  /// The key it was written under, for reports that name the input ("pue").
  std::string_view key = {};
  /// Canonical unit of `value` ("kWh"), for reports.
  std::string_view unit = {};
};

/// Where a stage runs: a grid zone and a data-centre profile or explicit PUE and WUE.
struct SiteSpec {
  /// Zone id of the electricity table (country or sub-region code).
  Located<std::string> zone;
  /// Data-centre profile id, when given.
  std::optional<Located<std::string>> datacentre;
  /// Explicit PUE (overrides the profile's).
  std::optional<Located<double>> pue;
  /// Explicit on-site water usage effectiveness, L/kWh of IT energy (overrides the profile's).
  std::optional<Located<double>> wue;
  /// Explicit grid carbon intensity, kgCO2e/kWh (a contract or a paper states it; overrides
  /// the zone's).
  std::optional<Located<double>> grid_gwp;
  /// The `site` table itself.
  SourceLocation where;
};

/// Whether the hardware is bought for the project or rented by the hour.
enum class Ownership { kOwned, kRented };

/// The devices a stage runs on and where: the keys compute and training stages share.
struct DeviceUseSpec {
  /// Hardware id from the hardware table.
  Located<std::string> hardware;
  /// Average utilisation while running, 0–1.
  Located<double> utilisation;
  /// Measured average draw per device, kW (replaces the utilisation model when given).
  std::optional<Located<double>> measured_power;
  /// Owned (bought for the project) or rented.
  Located<Ownership> ownership;
  /// Service life of the hardware, h (overrides the factor table's).
  std::optional<Located<double>> lifetime;
  /// Hosting site.
  SiteSpec site;
};

/// `kind = "compute"`: devices from the hardware table running for some hours.
struct ComputeStageSpec {
  /// The devices and their site.
  DeviceUseSpec device;
  /// Number of devices.
  Located<std::int64_t> count;
  /// Hours each device runs over the whole horizon (exclusive with hours_per_year).
  std::optional<Located<double>> hours;
  /// Hours each device runs per year of the horizon (exclusive with hours).
  std::optional<Located<double>> hours_per_year;
  /// Share of each device reserved for the project, 0–1.
  Located<double> share;
};

/// `kind = "training"` or `"fine_tuning"`: one or more runs of a training job.
struct TrainingStageSpec {
  /// The accelerators and their site.
  DeviceUseSpec device;
  /// Accelerator-hours of one run, h (one of the three ways to give the compute).
  std::optional<Located<double>> accelerator_hours;
  /// FLOPs of one run.
  std::optional<Located<double>> flops;
  /// Model of the catalogue (its active parameters), with tokens.
  std::optional<Located<std::string>> model;
  /// Active parameters in billions, with tokens.
  std::optional<Located<double>> parameters;
  /// Training tokens of one run.
  std::optional<Located<double>> tokens;
  /// Model FLOPs utilisation (else the factor set's default).
  std::optional<Located<double>> mfu;
  /// Number of runs.
  Located<double> runs;
  /// Accelerators working in parallel (allocates owned hardware over the horizon).
  Located<std::int64_t> count;
  /// Host draw per accelerator, kW (else the factor set's default).
  std::optional<Located<double>> host_power;
};

/// Storage tiers.
enum class StorageTier { kHot, kCold };

/// `kind = "storage"`: data kept on a tier for some time.
struct StorageStageSpec {
  /// Capacity of one copy, GB.
  Located<double> capacity;
  /// Hot (SSD) or cold (HDD).
  Located<StorageTier> tier;
  /// Copies kept (else the factor set's default).
  std::optional<Located<double>> replicas;
  /// Time kept, h (else the horizon).
  std::optional<Located<double>> retention;
  /// Service life of the storage hardware, h (else the default).
  std::optional<Located<double>> lifetime;
  /// Hosting site.
  SiteSpec site;
};

/// `kind = "network"`: data moved across networks.
struct NetworkStageSpec {
  /// GB over the horizon (exclusive with transfer_per_year).
  std::optional<Located<double>> transfer;
  /// GB per year (exclusive with transfer).
  std::optional<Located<double>> transfer_per_year;
  /// Electricity zone the traffic crosses.
  Located<std::string> zone;
};

/// How much work a stage serves (requests, images, pages…), given exactly one way: over the
/// whole horizon, per year, or per day of use.
struct WorkVolumeSpec {
  /// Over the horizon.
  std::optional<Located<double>> total;
  /// Per year of the horizon.
  std::optional<Located<double>> per_year;
  /// Per day of use.
  std::optional<Located<double>> per_day;
  /// Days of use a year (the schema default, 365, when absent); meaningful with per_day only.
  Located<double> days_per_year;
};

/// The requests an LLM serves: the keys api and inference stages share.
struct LlmRequestSpec {
  /// Model id.
  Located<std::string> model;
  /// Requests: requests, requests_per_year or requests_per_day (with days_per_year).
  WorkVolumeSpec requests;
  /// Input tokens per request.
  Located<double> input_tokens;
  /// Output tokens per request.
  Located<double> output_tokens;
  /// Batch size (else the factor set's default).
  std::optional<Located<double>> batch_size;
  /// Bits per parameter (else the factor set's default).
  std::optional<Located<double>> quantization_bits;
};

/// `kind = "api"`: requests to a hosted LLM.
struct ApiStageSpec {
  /// The requests.
  LlmRequestSpec request;
  /// Provider id.
  Located<std::string> provider;
  /// Accelerator id.
  Located<std::string> hardware;
  /// Zone overriding the provider's.
  std::optional<Located<std::string>> zone;
};

/// Kinds of non-text work an inference stage may serve, each measured per unit.
enum class WorkUnit { kImage, kPage, kAudioClip, kAudioSecond };

/// Non-text work of an inference stage: units of work (images, pages, audio clips) and their
/// energy, from a measured task of the factor set or stated by the project.
struct UnitWorkSpec {
  /// Task id of the tasks table, when given.
  std::optional<Located<std::string>> task;
  /// The unit, when written (required with energy_per_unit; checked against the task's).
  std::optional<Located<WorkUnit>> unit;
  /// Accelerator energy per unit measured on the stage's hardware, kWh, when stated.
  std::optional<Located<double>> energy_per_unit;
  /// Units: units, units_per_year or units_per_day (with days_per_year).
  WorkVolumeSpec units;
};

/// `kind = "inference"`: a model served on accelerators reserved for the project.
struct InferenceStageSpec {
  /// The requests, when the stage serves LLM text requests (no unit_work).
  LlmRequestSpec request;
  /// The units of work, when the stage serves images, pages or audio instead of text.
  std::optional<UnitWorkSpec> unit_work;
  /// Accelerator id.
  Located<std::string> hardware;
  /// Accelerators per replica, when stated.
  std::optional<Located<std::int64_t>> accelerators_per_replica;
  /// Replicas.
  Located<std::int64_t> replicas;
  /// Hours reserved per year, h.
  Located<double> hours_per_year;
  /// Owned or rented.
  Located<Ownership> ownership;
  /// Service life, h, when stated.
  std::optional<Located<double>> lifetime;
  /// Hosting site.
  SiteSpec site;
};

/// `kind = "embodied"`: hardware bought for the project, no use phase.
struct EmbodiedStageSpec {
  /// Hardware id.
  Located<std::string> hardware;
  /// Devices bought.
  Located<std::int64_t> count;
  /// True when the project bears the whole manufacturing ("whole"), false for "horizon".
  Located<bool> whole;
  /// Service life, h, when stated.
  std::optional<Located<double>> lifetime;
};

/// What is paid for in a `cost` stage.
enum class CostCategoryName { kLabour, kLicences, kHosting, kMaintenance, kOther };

/// `kind = "cost"`: spending no other stage carries. Exactly one way of stating the amount.
struct CostStageSpec {
  /// What is paid for.
  Located<CostCategoryName> category;
  /// Paid once at the start, EUR.
  std::optional<Located<double>> amount;
  /// Paid every year, EUR/h (the canonical cost rate; written in EUR/year).
  std::optional<Located<double>> amount_per_year;
  /// Person-days of work at the start.
  std::optional<Located<double>> person_days;
  /// Person-days of work every year.
  std::optional<Located<double>> person_days_per_year;
  /// Cost of a person-day, EUR/day.
  std::optional<Located<double>> daily_rate;
  /// Seats paid per year.
  std::optional<Located<std::int64_t>> seats;
  /// Yearly price of a seat, EUR/h (written in EUR/year).
  std::optional<Located<double>> price_per_seat;
};

/// The prices a stage states for its devices or tokens (absent: the prices table is used).
struct PriceSpec {
  /// A row of the prices table.
  std::optional<Located<std::string>> row;
  /// Price of a device-hour when rented, EUR/h.
  std::optional<Located<double>> hourly_price;
  /// Price of a device when bought, EUR.
  std::optional<Located<double>> purchase_price;
  /// Price of input tokens, EUR/Mtoken.
  std::optional<Located<double>> input_token_price;
  /// Price of output tokens, EUR/Mtoken.
  std::optional<Located<double>> output_token_price;
};

/// The kind-specific part of a stage: one alternative per stage kind.
using StageDetail =
    std::variant<ComputeStageSpec, TrainingStageSpec, StorageStageSpec, NetworkStageSpec,
                 ApiStageSpec, InferenceStageSpec, EmbodiedStageSpec, CostStageSpec>;

/// One lot of a tender: its cumulative volume.
struct LotSpec {
  /// Lot id.
  Located<std::string> id;
  /// What the lot covers (the id when not given).
  std::string title;
  /// Cumulative volume, in the project's lot unit.
  Located<double> volume;
};

/// One stage of an option.
struct StageSpec {
  /// Stage id, unique within its option.
  Located<std::string> id;
  /// Stage kind as written ("compute").
  Located<std::string> kind;
  /// Title (empty when not given).
  std::string title;
  /// Description (empty when not given).
  std::string description;
  /// Kind-specific inputs.
  StageDetail detail;
  /// Prices stated for the stage's devices or tokens.
  PriceSpec prices;
  /// Whether the stage's volumes follow the lots: stated, else by kind.
  std::optional<Located<bool>> scales_with_lots;
  /// The `[[option.stage]]` header.
  SourceLocation where;
};

/// One option weighed by the project.
/// An impact an option avoids, with its figures per unit avoided.
struct BenefitSpec {
  /// Benefit id, unique within its option.
  Located<std::string> id;
  /// What is avoided (the id when not given).
  std::string title;
  /// The unit avoided.
  std::string unit;
  /// Units avoided per year.
  Located<double> quantity_per_year;
  /// Per unit avoided, criterion by criterion (kAllCriteria order), canonical units; absent
  /// counts as zero.
  std::array<std::optional<Located<double>>, 6> per_unit;
  /// The `[[option.benefit]]` header.
  SourceLocation where;
};

struct OptionSpec {
  /// Option id, unique within the project.
  Located<std::string> id;
  /// Title.
  std::string title;
  /// Description (empty when not given).
  std::string description;
  /// Stages in file order.
  std::vector<StageSpec> stages;
  /// Impacts the option avoids, in file order.
  std::vector<BenefitSpec> benefits;
  /// The `[[option]]` header.
  SourceLocation where;
};

/// One criterion's weight in the award score, as `[project.award]` gives it.
struct CriterionWeightSpec {
  /// The criterion.
  Criterion criterion = kAllCriteria.front();
  /// Its weight as a fraction of the whole score (0.2 for 20 %), where the key is written.
  Located<double> weight;
  /// Its share of the environment weight (0.5 for 50 %), when it comes from environment_split.
  std::optional<Located<double>> share_of_environment;
};

/// `[project.award]`: how a tender weighs the criteria in one score. The weights sum to 1.
struct AwardSpec {
  /// The weighted criteria, in kAllCriteria order.
  std::vector<CriterionWeightSpec> weights;
  /// The environment's weight, when the input splits it over environmental criteria.
  std::optional<Located<double>> environment;
  /// The `[project.award]` table.
  SourceLocation where;
};

/// A whole project file.
struct ProjectSpec {
  /// The file as named on the command line.
  std::string source_file;
  /// Project id (names the report files).
  Located<std::string> id;
  /// Title.
  std::string title;
  /// Organisation (empty when not given).
  std::string organisation;
  /// Description (empty when not given).
  std::string description;
  /// Functional unit name, e.g. "request".
  std::string functional_unit;
  /// Functional units delivered per year.
  Located<double> functional_units_per_year;
  /// Project horizon, h.
  Located<double> horizon;
  /// Real discount rate, 1/year, when stated.
  std::optional<Located<double>> discount_rate;
  /// Calendar year the horizon starts.
  Located<std::int64_t> start_year{2026, {}, true};
  /// Shadow price of carbon, EUR/kgCO2e, when stated.
  std::optional<Located<double>> carbon_value;
  /// Options in file order.
  std::vector<OptionSpec> options;
  /// Award weights, when the file gives them.
  std::optional<AwardSpec> award;
  /// What a lot's volume counts.
  std::string lot_unit = "unit";
  /// The lots, the first one described by the file; empty when the file has none.
  std::vector<LotSpec> lots;
};

}  // namespace empreinte
