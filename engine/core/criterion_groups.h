#pragma once
/// @file criterion_groups.h
/// Which criteria a tender's "environmental performance" covers: the award weights may give the
/// environment one weight and split it over these criteria.

#include "engine/core/criteria.h"

namespace empreinte {

/// Name of the group of environmental criteria in award weights and reports.
inline constexpr std::string_view kEnvironmentGroup = "environment";

/// Whether criterion `c` is an environmental impact: every criterion but the cost.
constexpr bool is_environmental(Criterion c) { return c != Criterion::kCost; }

}  // namespace empreinte
