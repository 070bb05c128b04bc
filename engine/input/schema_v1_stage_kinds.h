#pragma once
/// @file schema_v1_stage_kinds.h
/// The field tables of each stage kind of input schema v1 (schema_v1.cpp lists the kinds).

#include "engine/input/field_spec.h"

namespace empreinte::schema_v1::stage_tables {

/// Keys of stages running devices of the hardware table (compute, training, fine_tuning).
const TableSpec& device_fields();
/// Keys of `kind = "compute"`.
const TableSpec& compute_fields();
/// Keys of `kind = "training"` and `"fine_tuning"`.
const TableSpec& training_fields();
/// Keys of `kind = "storage"`.
const TableSpec& storage_fields();
/// Keys of `kind = "network"`.
const TableSpec& network_fields();
/// Keys of stages serving LLM requests (api, inference).
const TableSpec& llm_request_fields();
/// Keys of `kind = "api"`.
const TableSpec& api_fields();
/// Keys of `kind = "inference"`.
const TableSpec& inference_fields();
/// Keys of `kind = "embodied"`.
const TableSpec& embodied_fields();
/// Prices of the devices of a stage (schema_v1_costs.cpp).
const TableSpec& device_price_fields();
/// Prices of the tokens of an api stage.
const TableSpec& token_price_fields();
/// Keys of `kind = "cost"`.
const TableSpec& cost_fields();
/// Keys of `[[project.lot]]`.
const TableSpec& lot_fields();
/// Keys of `[[option.benefit]]`.
const TableSpec& benefit_fields();

}  // namespace empreinte::schema_v1::stage_tables
