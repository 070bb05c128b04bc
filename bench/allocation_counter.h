#pragma once
/// @file allocation_counter.h
/// Counts the heap allocations of the calling thread, to explain a benchmark's time: Eigen's
/// dynamic arrays allocate once per array, whatever their size. Linking allocation_counter.cpp
/// into a program replaces malloc with a counting forwarder to glibc's own; benchmarks only.

#include <cstddef>

namespace empreinte::bench {

/// Heap allocations (malloc, calloc, realloc) made by this thread so far.
std::size_t allocations();

}  // namespace empreinte::bench
