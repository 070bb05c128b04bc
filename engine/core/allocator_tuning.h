#pragma once
/// @file allocator_tuning.h
/// Keeps the memory of freed sample arrays in the process. A Monte Carlo run allocates and frees
/// thousands of arrays of tens of kilobytes; glibc would otherwise hand the top of the heap back
/// to the kernel after each free and take page faults to get it again, which measured as half
/// of run() at 10,000 draws (docs/performance.md). Called once by programs (the command line,
/// the benchmarks), never by the library.

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace empreinte {

/// Raises glibc's trim and mmap thresholds; does nothing with other C libraries.
inline void keep_freed_memory_for_samples() {
#if defined(__GLIBC__)
  constexpr int kMegabyte = 1 << 20;
  mallopt(M_TRIM_THRESHOLD, 64 * kMegabyte);  // keep up to 64 MB of freed heap
  // Arrays of up to 1 MB (125,000 draws) stay on the heap; larger blocks (whole reports) are
  // mapped and given back, so that they do not fragment the heap batch after batch.
  mallopt(M_MMAP_THRESHOLD, kMegabyte);
#endif
}

}  // namespace empreinte
