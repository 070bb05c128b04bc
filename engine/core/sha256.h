#pragma once
/// @file sha256.h
/// SHA-256 (FIPS 180-4), for the checksums of the factor manifest.

#include <string>
#include <string_view>

namespace empreinte {

/// Lower-case hexadecimal SHA-256 digest of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace empreinte
