// libFuzzer: any text as a rule file. Only input_error may come out, with a position.
#include "rules/load.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factline;
  try {
    rules::load_sources(
        {{"fuzz.toml", std::string(reinterpret_cast<const char*>(data), size), false}});
  } catch (const input_error& e) {
    if (e.where().file != "fuzz.toml") __builtin_trap();
  }
  return 0;
}
