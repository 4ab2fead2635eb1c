#include "error.hpp"

#include <fmt/format.h>

namespace factline {

std::string input_error::describe() const {
  if (where_.file.empty()) return what();
  if (where_.line <= 0) return fmt::format("{}: {}", where_.file, what());
  if (where_.column <= 0) return fmt::format("{}:{}: {}", where_.file, where_.line, what());
  return fmt::format("{}:{}:{}: {}", where_.file, where_.line, where_.column, what());
}

} // namespace factline
