#pragma once
/// @file allocation_counter.h
/// Counts the heap allocations of the calling thread, to explain a benchmark's time: Eigen's
/// dynamic arrays allocate once per array, whatever their size. Linking allocation_counter.cpp
/// into a program replaces malloc with a counting forwarder to glibc's own; benchmarks only.
/// Under a sanitizer, which brings its own malloc, nothing is replaced and nothing is counted.

#include <cstddef>

namespace empreinte::bench {

/// True when allocations() counts (no sanitizer).
bool allocations_counted();

/// Heap allocations (malloc, calloc, realloc) made by this thread so far; 0 when not counted.
std::size_t allocations();

}  // namespace empreinte::bench
