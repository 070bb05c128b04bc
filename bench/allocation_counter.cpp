#include "bench/allocation_counter.h"

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define EMPREINTE_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define EMPREINTE_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef EMPREINTE_COUNT_ALLOCATIONS
#define EMPREINTE_COUNT_ALLOCATIONS 1
#endif

#if EMPREINTE_COUNT_ALLOCATIONS

// glibc's allocator under its own names: the replacements below forward to it, so memory from
// either side may be freed by the other (glibc manual, "Replacing malloc").
extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* pointer, std::size_t size);
void __libc_free(void* pointer);
}

namespace {

// Initial-exec TLS of the executable: reading it never allocates.
thread_local std::size_t allocation_count = 0;

}  // namespace

extern "C" {
void* malloc(std::size_t size) {
  ++allocation_count;
  return __libc_malloc(size);
}
void* calloc(std::size_t count, std::size_t size) {
  ++allocation_count;
  return __libc_calloc(count, size);
}
void* realloc(void* pointer, std::size_t size) {
  ++allocation_count;
  return __libc_realloc(pointer, size);
}
void free(void* pointer) { __libc_free(pointer); }
}

namespace empreinte::bench {

bool allocations_counted() { return true; }
std::size_t allocations() { return allocation_count; }

}  // namespace empreinte::bench

#else

namespace empreinte::bench {

bool allocations_counted() { return false; }
std::size_t allocations() { return 0; }

}  // namespace empreinte::bench

#endif
