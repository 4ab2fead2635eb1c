#pragma once
// The rule files shipped in rules/, compiled into the binary (tools/embed_rules.cmake).
#include <string>
#include <vector>

namespace factline::rules {

struct builtin_file {
  std::string name; // "date-agreement.toml"
  std::string text;
};

const std::vector<builtin_file>& builtin_files();

} // namespace factline::rules
