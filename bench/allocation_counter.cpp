#include "bench/allocation_counter.h"

#include <cstddef>

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

std::size_t allocations() { return allocation_count; }

}  // namespace empreinte::bench
