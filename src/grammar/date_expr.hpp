#pragma once
// Declares the date expression grammar; defined in date_expr_def.hpp, instantiated once in
// date_expr.cpp. Include only from the grammar folder.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace factline::grammar {

struct date_expr_class;
using date_expr_type = x3::rule<date_expr_class, date_ast>;
BOOST_SPIRIT_DECLARE(date_expr_type)

date_expr_type const& date_expr();

// What a word (lowercased) can be in a date expression, so the scanner runs the grammar only
// where a date may stand. Every date expression holds a core word, a digit or a capitalized
// month or weekday; lead words ("in", "the", "about", "early") only open one.
// none: no date has this word; lead: may open one when a core word follows ("in", "the",
// "last"); core: a date's own word, which opens one ("April", "years"); after: a core word
// that never opens a date but ends one a lead opened ("this morning", "last night").
enum class date_word { none, lead, core, after };
date_word classify_date_word(std::string_view lowercase_word);

// A word of at most 16 bytes, ASCII letters folded to lowercase, as two integers: the form the
// scanner looks words up in (see date_expr.cpp).
struct folded_word {
  std::uint64_t head = 0, tail = 0;
  std::size_t length = 0; // over 16: not folded, never a date word
};
folded_word fold_word(const char* p, std::size_t n);
// The same, reading 16 bytes at once when [p, p + 16) lies before last: the scanner's path.
inline folded_word fold_word(const char* p, std::size_t n, const char* last) {
  if (n > 16 || last - p < 16) return fold_word(p, n);
  auto keep = [](std::size_t bytes) {
    return bytes >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1;
  };
  folded_word w;
  w.length = n;
  std::memcpy(&w.head, p, 8);
  std::memcpy(&w.tail, p + 8, 8);
  // Letters and digits only: setting 0x20 lowercases a letter and leaves a digit as it is.
  w.head = (w.head | 0x2020202020202020ull) & keep(n);
  w.tail = n > 8 ? (w.tail | 0x2020202020202020ull) & keep(n - 8) : 0;
  return w;
}

// An open-addressing table keyed by the word's first 16 bytes as two integers: the scanner
// asks about every word of the text, so one lookup must cost a multiply and a compare or two.
// Most words are in no list: a one-byte tag per slot (4 KB of them stay in the first-level
// cache) turns them away before the 32-byte slot is read.
class word_table {
public:
  word_table(); // the built-in words (date_expr.cpp)
  void add(std::string_view text, date_word kind);
  date_word find(const folded_word& w) const {
    std::uint64_t h = hash(w);
    const std::uint8_t t = tag(h);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (tags_[i] == 0) return date_word::none;
      if (tags_[i] != t) continue;
      const slot& s = slots_[i];
      if (s.head == w.head && s.tail == w.tail && s.length == w.length) return s.kind;
    }
  }

private:
  static constexpr std::size_t mask = 4095;
  struct slot {
    std::uint64_t head = 0, tail = 0;
    std::size_t length = 0;
    date_word kind = date_word::none;
  };
  // The slot from the product's low twelve bits, the tag from the next seven (never 0: empty).
  static std::uint64_t hash(const folded_word& w) {
    return ((w.head ^ (w.tail * 31) ^ w.length) * 0x9E3779B97F4A7C15ull) >> 42;
  }
  static std::uint8_t tag(std::uint64_t h) { return std::uint8_t(0x80 | (h >> 12)); }
  std::uint8_t tags_[mask + 1] = {};
  slot slots_[mask + 1];
};

// The scanner's words: the built-in ones, and calendar words and holiday names once loaded.
inline word_table& date_words() {
  static word_table table;
  return table;
}

// Inline: the scanner asks about every word of the text.
inline date_word classify_date_word(const folded_word& word) {
  if (word.length == 0 || word.length > 16) return date_word::none;
  return date_words().find(word);
}

} // namespace factline::grammar
