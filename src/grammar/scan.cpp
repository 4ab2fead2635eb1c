#include "grammar/scan.hpp"

#include "grammar/date_expr.hpp"
#include "grammar/event_mention.hpp"
#include "grammar/quantity_expr.hpp"
#include "grammar/tense.hpp"
#include "grammar/word_boundary.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factline::grammar {

namespace {

const char* next_code_point(const char* p, const char* last) {
  ++p;
  while (p < last && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) ++p;
  return p;
}

// Where the word at p ends. Sixteen bytes at a time where they are ASCII letters and digits
// (most words end within one load); a byte outside ASCII is left to is_word_byte.
const char* end_of_word(const char* p, const char* last) {
#if defined(__SSE2__)
  while (last - p >= 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed compares: a byte at or above 0x80 is negative, so neither a letter nor a digit.
    __m128i lower = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                   _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), lower));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                  _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), bytes));
    unsigned word = unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    if (word == 0xFFFF) {
      p += 16;
      continue;
    }
    p += __builtin_ctz(~word);
    if (static_cast<unsigned char>(*p) < 0x80) return p;
    break;
  }
#endif
  while (p < last) {
    auto d = static_cast<unsigned char>(*p);
    if (d < 0x80 ? !ascii_word.word[d] : !is_word_byte(p, last)) break;
    ++p;
  }
  return p;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A currency sign ("$", "€", "£", "¥", "₹", "₩") may begin an amount of money.
bool is_currency_sign(const char* p, const char* last) {
  auto at = [&](std::string_view s) {
    return std::size_t(last - p) >= s.size() && std::string_view(p, s.size()) == s;
  };
  return *p == '$' || at("\xE2\x82\xAC") || at("\xC2\xA3") || at("\xC2\xA5") ||
         at("\xE2\x82\xB9") || at("\xE2\x82\xA9");
}

// Words that may begin an amount of money before its number: "US$", "RMB 380 billion".
bool is_currency_word(std::string_view word) {
  static constexpr std::string_view words[] = {"US",  "HK",  "NT",  "C",   "CA",  "A",   "S",
                                               "USD", "EUR", "GBP", "JPY", "RMB", "CNY", "Rs"};
  for (auto w : words)
    if (w == word) return true;
  return false;
}

bool parse_quantity(const char*& p, const char* last, const char* first, scan_result& out) {
  const char* q = p;
  quantity_ast ast;
  if (!x3::parse(q, last, quantity_expr(), ast) || q <= p) return false;
  out.quantities.push_back({std::size_t(p - first), std::size_t(q - first), ast});
  p = q;
  return true;
}

// "fell by a third", "cut by roughly half", "rose by two-thirds": a share in words after "by"
// (and an approximator, which the caller reads as for any amount) is a percentage. A speaker
// giving a fraction is precise to a few points: two either side.
bool parse_fraction_after_by(const char*& p, const char* last, const char* first,
                             scan_result& out) {
  static constexpr std::pair<std::string_view, double> fractions[] = {{"two-thirds", 200.0 / 3},
                                                                      {"two thirds", 200.0 / 3},
                                                                      {"three-quarters", 75},
                                                                      {"three quarters", 75},
                                                                      {"a third", 100.0 / 3},
                                                                      {"one third", 100.0 / 3},
                                                                      {"a quarter", 25},
                                                                      {"one quarter", 25},
                                                                      {"a fifth", 20},
                                                                      {"a tenth", 10},
                                                                      {"half", 50},
                                                                      {"a half", 50}};
  static constexpr std::string_view approximators[] = {
      "about ", "roughly ",   "nearly ",    "almost ",     "around ", "more than ",
      "over ",  "less than ", "just over ", "just under ", "some ",   "approximately "};
  const char* q = p;
  if (q >= last || *q != ' ') return false;
  ++q;
  auto at = [&](std::string_view s) {
    return std::size_t(last - q) >= s.size() && std::string_view(q, s.size()) == s;
  };
  for (auto a : approximators)
    if (at(a)) {
      q += a.size();
      break;
    }
  for (const auto& [phrase, value] : fractions) {
    if (!at(phrase)) continue;
    const char* end = q + phrase.size();
    if (end < last && ((*end | 0x20) >= 'a' && (*end | 0x20) <= 'z')) continue;
    // "by half a percentage point", "by a quarter of a point": no share of the whole.
    std::string_view rest(end, std::size_t(std::min<std::ptrdiff_t>(last - end, 24)));
    if (rest.find("point") != std::string_view::npos) return false;
    quantity_ast ast;
    ast.kind = quantity_kind::percent;
    ast.value = value;
    ast.rounding = 2.0;
    out.quantities.push_back({std::size_t(q - first), std::size_t(end - first), ast});
    p = end;
    return true;
  }
  return false;
}

bool is_clock_word(const folded_word& w) {
  static const folded_word words[] = {
      fold_word("am", 2),     fold_word("pm", 2),   fold_word("oclock", 6), fold_word("minutes", 7),
      fold_word("minute", 6), fold_word("mins", 4), fold_word("hour", 4),   fold_word("hours", 5)};
  for (const auto& c : words)
    if (c.length == w.length && c.head == w.head && c.tail == w.tail) return true;
  return false;
}

// A number that may be part of a date: a year (four digits), a number glued to letters or to
// "/", ":", "-" or "'s" ("15th", "1990s", "4/15", "12:00", "2025-04-15"), or one before a core
// word ("15 April", "3 days", "10 years"). Other numbers ("1,000 workers", "a 10% rise") are
// not tried: most numbers in news are no dates.
bool number_may_be_date(const char* p, const char* last) {
  const char* e = p;
  while (e < last && *e >= '0' && *e <= '9') ++e;
  std::size_t n = std::size_t(e - p);
  // "2.5 hours", "2 1/2 years": the unit comes after the half.
  if (last - e >= 3 && e[0] == '.' && e[1] == '5' && e[2] == ' ')
    e += 2;
  else if (last - e >= 5 && e[0] == ' ' && e[1] == '1' && e[2] == '/' && e[3] == '2' && e[4] == ' ')
    e += 4;
  if (e < last) {
    char c = *e;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c == '/' || c == ':' || c == '-' || c == '\'') return true;
  }
  if (n == 4 && (*p == '1' || *p == '2')) return true;
  while (e < last && (*e == ' ' || *e == '\t')) ++e;
  // "3 a.m.", "3 pm", "3 o'clock", "20 minutes past": clock words after a number only, so
  // the scanner does not stop at every "am" of the text.
  if (last - e >= 2 && e[1] == '.' && ((e[0] | 0x20) == 'a' || (e[0] | 0x20) == 'p')) return true;
  if (last - e >= 2 && (e[0] | 0x20) == 'o' && (e[1] == '\'' || e[1] == '\xE2')) return true;
  const char* w = e;
  while (e < last && is_word_byte(e, last)) ++e;
  std::size_t length = std::size_t(e - w);
  if (length == 0 || length > 16) return false;
  folded_word folded = fold_word(w, length, last);
  if (classify_date_word(folded) == date_word::core || is_clock_word(folded)) return true;
  // "13 to 15 July", "13 through the 15th of July": a run of days before its month.
  auto word_is = [&](std::string_view x) {
    return length == x.size() && std::memcmp(w, x.data(), x.size()) == 0;
  };
  if (!word_is("to") && !word_is("through")) return false;
  while (e < last && *e == ' ') ++e;
  if (last - e >= 4 && std::memcmp(e, "the ", 4) == 0) e += 4;
  if (e >= last || *e < '0' || *e > '9') return false;
  return number_may_be_date(e, last);
}

// A core date word or a digit among the next few words: a lead word ("in", "the", "early")
// opens a date only then. Eight words cover the longest lead ("at the beginning of the first
// quarter"). `stop` is where the answer became known: the words up to it are all leads, so
// they share it, and the scanner need not ask again for each of them.
struct lookahead {
  bool core = false;
  const char* stop = nullptr;
};

lookahead core_follows(const char* p, const char* last) {
  for (int words = 0; words < 8 && p < last; ++words) {
    while (p < last && !is_word_byte(p, last)) {
      if (*p == '.' || *p == ';' || *p == '\n' || *p == '"') return {false, p};
      ++p;
    }
    if (p >= last) return {false, p};
    if (*p >= '0' && *p <= '9') return {number_may_be_date(p, last), p};
    if (*p == 'Q' && p + 1 < last && p[1] >= '1' && p[1] <= '4') return {true, p};
    const char* e = p;
    while (e < last && is_word_byte(e, last)) ++e;
    std::size_t n = std::size_t(e - p);
    // "in that same quarter": "that" after a lead word keeps looking (it opens no date itself:
    // it is too common a word to ask about everywhere).
    if (n == 4 && std::memcmp(p, "that", 4) == 0) {
      p = e;
      continue;
    }
    // "two and a half years": the half between a count and its unit.
    if (n == 3 && std::memcmp(p, "and", 3) == 0 && last - e >= 7 &&
        std::memcmp(e, " a half", 7) == 0) {
      p = e + 7;
      continue;
    }
    if (n <= 16) {
      date_word kind = classify_date_word(fold_word(p, n, last));
      if (kind == date_word::core || kind == date_word::after) return {true, p};
      if (kind == date_word::none) return {false, p}; // "in the company": no date ahead
    } else {
      return {false, p};
    }
    p = e;
  }
  return {false, p};
}

} // namespace

// A capitalized approximator or determiner ("Over", "Nearly", "Its") right before a number: it
// opens no name ("Mate 60" does), so the number is read as a date or an amount.
bool opens_number(std::string_view word, const char* end, const char* last) {
  static constexpr std::string_view approximators[] = {
      "Over",  "About", "Nearly", "Almost", "Around", "Roughly", "Approximately", "Some",
      "More",  "Less",  "Fewer",  "Up",     "Under",  "Just",    "Only",          "Below",
      "Above", "Close", "Its",    "The",    "Their",  "His",     "Her",           "Our",
      "This",  "That",  "These",  "Those",  "Each",   "Every",   "All",           "Another",
      "A",     "An",    "Of",     "For",    "With",   "At"};
  if (end + 1 >= last || *end != ' ') return false;
  char next = end[1];
  bool digit_or_sign = (next >= '0' && next <= '9') || next == '$';
  if (!digit_or_sign && !(word == "More" || word == "Less" || word == "Up" || word == "Close"))
    return false;
  return std::find(std::begin(approximators), std::end(approximators), word) !=
         std::end(approximators);
}

scan_result scan(std::string_view text, bool with_events) {
  scan_result out;
  const char* const first = text.data();
  const char* const last = first + text.size();
  const char* p = first;
  const char* no_core_before = first; // see core_follows
  while (p < last) {
    auto c = static_cast<unsigned char>(*p);
    // Blanks and punctuation, most bytes that are not letters: one table lookup each.
    if (c < 0x80 && !ascii_word.word[c]) {
      if (with_events && c == '$' && parse_quantity(p, last, first, out)) continue;
      ++p;
      continue;
    }
    if (with_events && c >= 0x80 && is_currency_sign(p, last) &&
        parse_quantity(p, last, first, out))
      continue;
    // Only a word start can begin an expression: "H20" holds no number, "Advice5" no date.
    if (!is_word_byte(p, last) || !starts_word(first, p)) {
      p = next_code_point(p, last);
      continue;
    }
    // A word that begins no expression is skipped without running the grammars: only digits,
    // core date words and lead words with a core word or digit shortly after can begin a date.
    const char* word_end_at = end_of_word(p, last);
    bool lower = c >= 'a' && c <= 'z';
    bool upper = c >= 'A' && c <= 'Z';
    std::string_view word(p, std::size_t(word_end_at - p));
    // Letters outside ASCII: let the grammar see.
    bool date_start = c >= '0' && c <= '9' ? number_may_be_date(p, last) : !lower && !upper;
    if ((lower || upper) && word.size() <= 16) {
      folded_word folded = fold_word(p, word.size(), last);
      date_word kind = classify_date_word(folded);
      // "to" (among the commonest words) opens only "to July", "to 2030": a capital or a digit
      // right after it, else no lookahead.
      if (kind == date_word::lead && word == "to" &&
          !(word_end_at + 1 < last && *word_end_at == ' ' &&
            ((word_end_at[1] >= 'A' && word_end_at[1] <= 'Z') ||
             (word_end_at[1] >= '0' && word_end_at[1] <= '9'))))
        kind = date_word::none;
      if (kind == date_word::lead) {
        // Leads before a known stop with no core word ahead cannot open a date.
        if (p < no_core_before) {
          kind = date_word::none;
        } else {
          auto ahead = core_follows(word_end_at, last);
          if (!ahead.core) {
            no_core_before = ahead.stop;
            kind = date_word::none;
          }
        }
      }
      date_start = (kind != date_word::none && kind != date_word::after) ||
                   (upper && word.size() >= 2 && *p == 'Q' && p[1] >= '1' && p[1] <= '4');
      if (lower) {
        if (with_events && word.size() == 2 && word[0] == 'b' && word[1] == 'y') {
          const char* q = word_end_at;
          if (parse_fraction_after_by(q, last, first, out)) {
            p = q;
            continue;
          }
        }
        bool event_start = false;
        if (with_events) {
          char buffer[16];
          std::memcpy(buffer, &folded.head, 8);
          std::memcpy(buffer + 8, &folded.tail, 8);
          event_start = may_start_event_token(std::string_view(buffer, word.size())) ||
                        (word.size() > 2 && word[1] >= 'A' && word[1] <= 'Z'); // "iPhone"
        }
        if (!date_start && !event_start) {
          p = word_end_at;
          continue;
        }
        if (!date_start) {
          const char* q = p;
          event_token_ast token;
          if (x3::parse(q, last, event_token(), token) && q > p) {
            out.tokens.push_back(
                {token.kind, std::size_t(p - first), std::size_t(q - first), token.id});
            p = q;
          } else {
            p = word_end_at;
          }
          continue;
        }
      }
    }
    if (with_events && is_currency_word(word) && parse_quantity(p, last, first, out)) continue;

    // "Over 800 companies", "Its 2023 revenue" opening a sentence: the approximator or
    // determiner is no name's first word, and the number after it is an amount or a date.
    if (with_events && upper && opens_number(word, word_end_at, last)) {
      p = word_end_at;
      continue;
    }
    const char* q = p;
    date_ast ast;
    // A weak reading right after "/", "-", "." or ":" is a piece of something else
    // ("13/31/1974": no date, and no year either).
    bool glued = p > first && (p[-1] == '/' || p[-1] == '-' || p[-1] == '.' || p[-1] == ':');
    if (date_start && x3::parse(q, last, date_expr(), ast) && q > p && !(ast.weak && glued)) {
      // Which "Tuesday", which "March 31": the clause's tense says (see tense.hpp).
      bool yearless = (ast.form == date_form::absolute || ast.form == date_form::holiday) &&
                      ast.year == 0 && (ast.month != 0 || ast.form == date_form::holiday) &&
                      !ast.directed && !ast.year_relative;
      if (yearless || (ast.form == date_form::weekday && ast.direction == 0))
        ast.tense = tense_around(text, std::size_t(p - first), std::size_t(q - first));
      out.dates.push_back({std::size_t(p - first), std::size_t(q - first), ast});
      p = q;
      continue;
    }
    // "k1.5", "v2.0": the digits after a dot glued to a word are a version's, not an amount.
    // "12:00": the digits after a colon are a time's.
    bool version =
        (p - first >= 2 && p[-1] == '.' && ascii_word.word[static_cast<unsigned char>(p[-2])]) ||
        (p > first && p[-1] == ':');
    if (with_events && *p >= '0' && *p <= '9' && !version && parse_quantity(p, last, first, out))
      continue;
    if (with_events) {
      q = p;
      event_token_ast token;
      if (x3::parse(q, last, event_token(), token) && q > p) {
        out.tokens.push_back(
            {token.kind, std::size_t(p - first), std::size_t(q - first), token.id});
        p = q;
        continue;
      }
    }
    while (p < last && is_word_byte(p, last)) p = next_code_point(p, last);
  }
  return out;
}

std::optional<date_ast> parse_whole_date(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  const char* q = text.data();
  const char* const last = q + text.size();
  date_ast ast;
  if (!x3::parse(q, last, date_expr(), ast) || q != last) return std::nullopt;
  return ast;
}

void use_vocabulary(const vocabulary& words) {
  load_event_words(words);
  use_calendar_words(words.calendar);
}

} // namespace factline::grammar
