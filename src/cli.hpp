#pragma once
// Raw flags -> a checked run configuration. Bad flags are usage errors (exit 2).
#include "app.hpp"

#include <stdexcept>
#include <string>

namespace factline::cli {

struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct parsed {
  bool help = false;
  bool version = false;
  app::run_config config;
};

parsed parse(int argc, const char* const* argv);
std::string usage();

} // namespace factline::cli
