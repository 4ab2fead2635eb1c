#pragma once
// Word boundaries over UTF-8: letters and digits (ASCII or not) are word bytes; the general
// punctuation block (curly quotes, dashes: E2 80 xx) and the no-break space are not, so
// "Nvidia’s" ends after "Nvidia" and "H20" never yields a number.
#include "grammar/config.hpp"

namespace factline::grammar {

// ASCII letters and digits, by table: the scanner asks about every byte of the text.
struct ascii_word_table {
  bool word[128] = {};
  constexpr ascii_word_table() {
    for (int c = 0; c < 128; ++c)
      word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
};
inline constexpr ascii_word_table ascii_word{};

inline bool is_word_byte(const char* p, const char* last) {
  auto c = static_cast<unsigned char>(*p);
  if (c < 0x80) return ascii_word.word[c];
  if (c == 0xE2 && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0x80) return false;
  if (c == 0xC2 && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0xA0) return false;
  if (c == 0xC2 || c == 0xE3) return false; // Latin-1 punctuation; CJK punctuation and spaces
  return true;
}

// The byte before p ends a word: p may start one.
inline bool starts_word(const char* begin, const char* p) {
  if (p == begin) return true;
  const char* q = p - 1;
  while (q > begin && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q; // UTF-8 lead byte
  return !is_word_byte(q, p);
}

struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    return first == last || !is_word_byte(first, last);
  }
};
inline constexpr word_end_parser word_end{};

} // namespace factline::grammar
