#pragma once
/// @file schema_doc.h
/// The input reference (docs/input.md), generated from the field table that validates inputs,
/// so the documentation cannot drift from the validator (a test compares the two).

#include <string>

namespace empreinte {

/// Markdown reference of input schema v1.
std::string input_reference_markdown();

}  // namespace empreinte
