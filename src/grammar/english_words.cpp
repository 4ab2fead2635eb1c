#include "grammar/english_words.hpp"

#include <algorithm>
#include <vector>

namespace factline::grammar {

extern const std::string_view english_word_list; // generated: sorted, one word per line

namespace {
std::vector<std::string_view> split_words() {
  std::vector<std::string_view> words;
  std::string_view rest = english_word_list;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    if (end == std::string_view::npos) end = rest.size();
    if (end > 0) words.push_back(rest.substr(0, end));
    rest.remove_prefix(std::min(rest.size(), end + 1));
  }
  return words;
}
} // namespace

bool is_english_word(std::string_view word) {
  static const std::vector<std::string_view> words = split_words();
  return std::binary_search(words.begin(), words.end(), word);
}

} // namespace factline::grammar
