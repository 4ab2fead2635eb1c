// factline: argv -> cli -> app -> exit code.
#include "cli.hpp"

#include <fmt/format.h>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// factline reads documents one at a time and releases each; glibc returned the freed pages to
// the kernel after each and the kernel cleared them again for the next (on 1,000,000 claims a
// fifth of the run was the kernel zeroing pages). Keep freed memory for reuse instead.
void keep_freed_memory() {
#if defined(__GLIBC__)
  constexpr int large = 1 << 30; // blocks above this still get pages of their own
  mallopt(M_MMAP_THRESHOLD, large);
  mallopt(M_TRIM_THRESHOLD, large);
  mallopt(M_TOP_PAD, 64 << 20);
#endif
}

} // namespace

int main(int argc, char** argv) {
  using namespace factline;
  keep_freed_memory();
  try {
    cli::parsed parsed = cli::parse(argc, argv);
    if (parsed.help) {
      fmt::print("{}", cli::usage());
      return 0;
    }
    if (parsed.version) {
      fmt::print("factline {}\n", app::version());
      return 0;
    }
    return app::run(parsed.config);
  } catch (const cli::usage_error& e) {
    fmt::print(stderr, "factline: {}\n\n{}", e.what(), cli::usage());
    return app::exit_usage;
  }
}
