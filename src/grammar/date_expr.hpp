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
date_word classify_date_word(const folded_word& word);

} // namespace factline::grammar
