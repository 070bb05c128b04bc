#pragma once
/// @file factor_set.h
/// The loaded factor tables: immutable once built, every figure with its provenance. Lookups
/// by zone fall back explicitly (sub-region → country → region → world) and say so.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/distribution.h"
#include "engine/core/source_location.h"
#include "engine/core/unit_registry.h"

namespace empreinte {

/// A factor as its table writes it, for reports: readers compare it with the source.
struct WrittenFigure {
  /// Central value in `unit`.
  double value = 0.0;
  /// Unit as written ("W", "gCO2e/kWh").
  std::string unit;
  /// Low bound in `unit`, when given.
  std::optional<double> low;
  /// High bound in `unit`, when given.
  std::optional<double> high;
  /// Standard deviation of a normal in `unit`, or geometric standard deviation of a lognormal.
  std::optional<double> spread;
};

/// One figure of a factor table, converted to the canonical unit of its dimension.
struct Factor {
  /// Stable id, e.g. "electricity/FR/gwp".
  std::string id;
  /// What it is, in words ("Grid carbon intensity (life-cycle), France").
  std::string label;
  /// Central value, canonical unit.
  double value = 0.0;
  /// Kind of quantity.
  Dimension dimension = Dimension::kRatio;
  /// Spread between sources, canonical unit.
  std::optional<double> low;
  /// Spread between sources, canonical unit.
  std::optional<double> high;
  /// What the Monte Carlo draws, canonical unit: fixed without bounds, triangular (low, value,
  /// high) by default with bounds, or the shape the row names.
  Distribution distribution;
  /// The same figure in the unit its table uses.
  WrittenFigure as_written;
  /// Key of the source in sources.toml.
  std::string source_id;
  /// Reference year of the figure.
  int year = 0;
  /// Licence of the row (the source's unless the row overrides it).
  std::string licence;
  /// Scope or derivation note.
  std::string note;
  /// For a price: the day its row was read or the period it covers ("2026-09-26", "2025-S2").
  std::string price_date;
  /// Where the row was read.
  SourceLocation where;
};

/// A bibliography entry.
struct Source {
  /// Key.
  std::string id;
  /// Title.
  std::string title;
  /// Publisher or authors.
  std::string publisher;
  /// Where to read it.
  std::string url;
  /// Publication year.
  int year = 0;
  /// Licence of the data.
  std::string licence;
  /// Remarks.
  std::string note;
  /// Where the entry was read.
  SourceLocation where;
};

/// A row of a factor table: descriptive fields and quantities.
struct FactorRow {
  /// Row id (zone code, profile id, device id, parameter id).
  std::string id;
  /// Descriptive text fields (name, kind, parent, vendor, …).
  std::map<std::string, std::string, std::less<>> fields;
  /// Quantities by key (gwp, pue, power_max, …).
  std::map<std::string, Factor, std::less<>> quantities;
  /// Where the row was read.
  SourceLocation where;

  /// A descriptive field, or "" when absent.
  std::string_view field(std::string_view key) const {
    const auto found = fields.find(key);
    return found == fields.end() ? std::string_view() : std::string_view(found->second);
  }
  /// A quantity, or nullptr when absent.
  const Factor* quantity(std::string_view key) const {
    const auto found = quantities.find(key);
    return found == quantities.end() ? nullptr : &found->second;
  }
};

/// The result of a zone lookup: the factor, and the zone it came from when it fell back.
struct ZoneFactor {
  /// The factor found (never null when the zone chain ends at WORLD with the quantity).
  const Factor* factor = nullptr;
  /// The zone that was asked for.
  std::string requested_zone;
  /// The zone the factor belongs to (differs from requested_zone after a fallback).
  std::string used_zone;
};

/// Names of the factor tables.
enum class FactorTable {
  kElectricity,
  kDatacentres,
  kHardware,
  kDefaults,
  kModels,
  kProviders,
  kTasks,
  kPrices
};

/// All factor tables of a run.
class FactorSet {
 public:
  /// Name and version, e.g. "empreinte-factors 2026.11.0 + overrides from ./my-factors".
  const std::string& version() const { return version_; }
  /// A row by table and id, or nullptr.
  const FactorRow* row(FactorTable table, std::string_view id) const;
  /// Every row id of a table, sorted.
  std::vector<std::string_view> ids(FactorTable table) const;
  /// Every row of a table, sorted by id.
  const std::map<std::string, FactorRow, std::less<>>& rows(FactorTable table) const;
  /// A source by id, or nullptr.
  const Source* source(std::string_view id) const;
  /// Every source, sorted by id.
  const std::map<std::string, Source, std::less<>>& sources() const { return sources_; }
  /// A factor by its full id ("electricity/FR/gwp", "default/hardware_lifetime",
  /// "price/electricity/FR/energy_price"), or nullptr. Price row ids contain slashes: the row is
  /// everything between the table prefix and the last slash.
  const Factor* find(std::string_view factor_id) const;
  /// Quantity `quantity` of zone `zone`, walking the parent chain until a zone has it.
  /// Returns a null factor when no zone of the chain has it (the lint forbids that for WORLD).
  ZoneFactor zone_factor(std::string_view zone, std::string_view quantity) const;
  /// A default model parameter (`defaults.toml`), or nullptr.
  const Factor* parameter(std::string_view id) const;

 private:
  friend class FactorSetBuilder;
  std::string version_;
  std::map<std::string, FactorRow, std::less<>> electricity_;
  std::map<std::string, FactorRow, std::less<>> datacentres_;
  std::map<std::string, FactorRow, std::less<>> hardware_;
  std::map<std::string, FactorRow, std::less<>> defaults_;
  std::map<std::string, FactorRow, std::less<>> models_;
  std::map<std::string, FactorRow, std::less<>> providers_;
  std::map<std::string, FactorRow, std::less<>> tasks_;
  std::map<std::string, FactorRow, std::less<>> prices_;
  std::map<std::string, Source, std::less<>> sources_;
};

}  // namespace empreinte
