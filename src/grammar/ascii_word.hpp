#pragma once
// Comparing a word of the text with a lowercase word, ASCII letters folded: no locale, no copy.
// Spirit-free, for the grammar's helpers and the report writers alike.
#include <cstddef>
#include <string_view>

namespace factline::grammar {

inline bool equals_lowercase(std::string_view word, std::string_view lowercase) {
  if (word.size() != lowercase.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (char(word[i] | 0x20) != lowercase[i]) return false;
  return true;
}

} // namespace factline::grammar
