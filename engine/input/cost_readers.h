#pragma once
/// @file cost_readers.h
/// Reads the keys of the cost model: the prices a stage states for its devices or tokens, the
/// `cost` stage, and the benefits of an option.

#include <toml++/toml.h>

#include <string>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"
#include "engine/input/schema_v1.h"
#include "engine/input/table_reader.h"

namespace empreinte {

/// The price keys of a stage of `kind`, when the kind has any (device or token prices).
PriceSpec read_price_keys(TableReader& reader, const schema_v1::StageKind& kind);

/// The keys of a `kind = "cost"` stage: exactly one way of stating its amount.
CostStageSpec read_cost_stage(TableReader& reader, Diagnostics& diagnostics);

/// One `[[option.benefit]]` of `file`.
BenefitSpec read_benefit(const toml::table& table, const std::string& file,
                         Diagnostics& diagnostics);

}  // namespace empreinte
