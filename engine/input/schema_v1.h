#pragma once
/// @file schema_v1.h
/// Input schema version 1: the field tables of a project file.

#include <string_view>
#include <vector>

#include "engine/input/field_spec.h"

namespace empreinte::schema_v1 {

/// The schema version this program reads.
inline constexpr int kVersion = 1;

/// A stage kind and the keys it adds to the common stage keys.
struct StageKind {
  /// Value of `kind`.
  std::string_view kind;
  /// What the kind models.
  std::string_view doc;
  /// Its kind-specific keys, in documentation order (tables may be shared between kinds).
  std::vector<const TableSpec*> fields;
};

/// The top level of a project file.
const TableSpec& root();
/// `[project]`.
const TableSpec& project();
/// `[project.award]`: the criteria weights of a tender.
const TableSpec& award();
/// `environment_split` of `[project.award]`: the environment weight's shares.
const TableSpec& environment_split();
/// `[[option]]`.
const TableSpec& option();
/// `[[option.stage]]`: keys every stage kind has.
const TableSpec& stage_common();
/// `site = { … }` of a stage.
const TableSpec& site();
/// Every stage kind this version models, in documentation order.
const std::vector<StageKind>& stage_kinds();
/// The kind named `kind`, or nullptr.
const StageKind* find_stage_kind(std::string_view kind);

}  // namespace empreinte::schema_v1
