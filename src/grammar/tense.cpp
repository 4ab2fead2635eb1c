#include "grammar/tense.hpp"

#include "grammar/ascii_word.hpp"

#include <algorithm>
#include <array>

namespace factline::grammar {

namespace {

// How far to look: a clause's verb is seldom further from its date than this.
constexpr int words_before = 10;
constexpr int words_after = 6;

bool ends_sentence(char c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

// A word that sets the time of its clause: modals and plans look ahead, past forms back.
int tense_of_word(std::string_view word) {
  // ("planned" and "plan" are not here: "in February, Alibaba planned to invest" is past.)
  static constexpr std::array<std::string_view, 12> future = {
      "will",  "shall",  "would",    "won't", "due", "scheduled",
      "plans", "slated", "upcoming", "set",   "'ll", "expected"};
  static constexpr std::array<std::string_view, 17> past = {
      "was",  "were", "had",  "did",  "said", "told", "began", "took", "made",
      "came", "went", "fell", "rose", "won",  "lost", "met",   "ago"};
  if (word.size() > 3 && equals_lowercase(word.substr(word.size() - 3), "'ll")) return +1;
  for (auto w : future)
    if (equals_lowercase(word, w)) return +1;
  for (auto w : past)
    if (equals_lowercase(word, w)) return -1;
  // Regular past forms ("announced", "closed"); not "need", "speed", "red".
  if (word.size() >= 5 && (word[word.size() - 2] | 0x20) == 'e' && (word.back() | 0x20) == 'd' &&
      (word[0] < 'A' || word[0] > 'Z'))
    return -1;
  return 0;
}

} // namespace

int tense_around(std::string_view text, std::size_t begin, std::size_t end) {
  // Backwards from the expression to the sentence's start.
  std::size_t at = std::min(begin, text.size());
  for (int words = 0; words < words_before && at > 0;) {
    char c = text[at - 1];
    if (ends_sentence(c)) break;
    if (!is_letter(c)) {
      --at;
      continue;
    }
    std::size_t word_end = at;
    while (at > 0 && is_letter(text[at - 1])) --at;
    ++words;
    if (int t = tense_of_word(text.substr(at, word_end - at))) return t;
  }
  // Forwards: "Tuesday, the company said", "March 31 will see".
  at = std::min(end, text.size());
  for (int words = 0; words < words_after && at < text.size();) {
    char c = text[at];
    if (ends_sentence(c)) break;
    if (!is_letter(c)) {
      ++at;
      continue;
    }
    std::size_t word_begin = at;
    while (at < text.size() && is_letter(text[at])) ++at;
    ++words;
    if (int t = tense_of_word(text.substr(word_begin, at - word_begin))) return t;
  }
  return 0;
}

} // namespace factline::grammar
