#pragma once
/// @file exit_codes.h
/// The exit codes of every command.

namespace empreinte::cli {

/// Every input was assessed (or checked) without error.
inline constexpr int kExitOk = 0;
/// At least one input was rejected; the others were still processed.
inline constexpr int kExitRejected = 1;
/// The command line itself is wrong.
inline constexpr int kExitUsage = 2;
/// An internal invariant failed: our bug (sysexits EX_SOFTWARE).
inline constexpr int kExitInternal = 70;

}  // namespace empreinte::cli
