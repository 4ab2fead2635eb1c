// factline: argv -> cli -> app -> exit code.
#include "cli.hpp"
#include "heap_policy.hpp"

#include <fmt/format.h>

#include <cstdio>

int main(int argc, char** argv) {
  using namespace factline;
  heap_policy::configure();
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
