#include "heap_policy.hpp"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#endif

namespace factline::heap_policy {

#if defined(__GLIBC__) && defined(__linux__)
namespace {
constexpr std::uintptr_t huge_page = std::uintptr_t(2) << 20;
std::uintptr_t advised_end = 0; // the heap below this has been advised
} // namespace

void configure() {
  // Documents are read one at a time and released; glibc returned the freed pages to the kernel
  // after each, and the kernel cleared them again for the next (on 1,000,000 claims a fifth of
  // the run was the kernel zeroing pages).
  constexpr int large = 1 << 30; // blocks above this still get pages of their own
  mallopt(M_MMAP_THRESHOLD, large);
  mallopt(M_TRIM_THRESHOLD, large);
  mallopt(M_TOP_PAD, 64 << 20); // the heap grows 64 MiB at a time: room for advice ahead of use
  advised_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
}

void advise_growth() {
  if (advised_end == 0) return; // configure() was not called
  auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (end <= advised_end) return;
  // Whole huge pages only: advice on a partial one would do nothing for it.
  std::uintptr_t from = (advised_end + huge_page - 1) & ~(huge_page - 1);
  std::uintptr_t to = end & ~(huge_page - 1);
  // Advice only: where transparent huge pages are off the kernel ignores it, and a failure
  // changes nothing but speed.
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
  advised_end = std::max(advised_end, to);
}
#else
void configure() {}
void advise_growth() {}
#endif

} // namespace factline::heap_policy
