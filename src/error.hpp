#pragma once
// An error the user can act on: it always names where it came from.
#include <stdexcept>
#include <string>

namespace factline {

struct source_position {
  std::string file; // as the user should see it
  int line = 0;     // 1-based; 0 when the whole file is meant
  int column = 0;   // 1-based, in code points; 0 when unknown
};

class input_error : public std::runtime_error {
public:
  input_error(source_position where, const std::string& what)
      : std::runtime_error(what), where_(std::move(where)) {}
  const source_position& where() const { return where_; }
  // "file:line:col: message", leaving out the parts that are unknown.
  std::string describe() const;

private:
  source_position where_;
};

} // namespace factline
