// libFuzzer: any text as factline.toml. Only input_error may come out, with a position.
#include "corpus/manifest.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factline;
  static const std::filesystem::path root = std::filesystem::temp_directory_path();
  try {
    corpus::parse_manifest({reinterpret_cast<const char*>(data), size}, root, "factline.toml");
  } catch (const input_error& e) {
    if (e.where().file != "factline.toml") __builtin_trap();
  }
  return 0;
}
