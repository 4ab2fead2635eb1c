// The only translation unit that compiles the date grammar.
#include "grammar/date_expr_def.hpp"

#include <cstdint>
#include <cstring>

namespace factline::grammar {

BOOST_SPIRIT_INSTANTIATE(date_expr_type, iterator_type, context_type)

namespace {

// The words a date expression cannot do without (besides digits): units, names of months and
// weekdays (with their abbreviations), deictics and references to the time of writing.
constexpr std::string_view core_words[] = {
    "day",       "days",         "week",    "weeks",     "weekend",  "month",   "months",
    "quarter",   "quarters",     "year",    "years",     "decade",   "decades", "today",
    "yesterday", "tomorrow",     "now",     "currently", "recently", "past",    "future",
    "sunday",    "monday",       "tuesday", "wednesday", "thursday", "friday",  "saturday",
    "january",   "february",     "march",   "april",     "may",      "june",    "july",
    "august",    "september",    "october", "november",  "december", "jan",     "feb",
    "mar",       "apr",          "jun",     "jul",       "aug",      "sep",     "sept",
    "oct",       "nov",          "dec",     "daily",     "weekly",   "monthly", "yearly",
    "period",    "spring",       "summer",  "fall",      "autumn",   "winter",  "year-end",
    "year-ago",  "year-earlier", "tonight", "noon",      "midday",   "midnight"};
// Parts of the day end a date but never open one ("Friday morning" opens at "Friday").
constexpr std::string_view after_words[] = {"morning", "afternoon", "evening", "night"};
// Words inside a lead that cannot begin one: "more than", "a couple of", "a hundred"; and
// weekday abbreviations, which lead to their date ("Fri, Jul 18"; "Sun" and "Sat" are words).
constexpr std::string_view inner_words[] = {"than", "couple", "dozen", "hundred", "half",
                                            "mon",  "tue",    "tues",  "wed",     "thu",
                                            "thur", "thurs",  "fri",   "sat",     "sun"};

// An open-addressing table keyed by the word's first 16 bytes as two integers: the scanner
// asks about every word of the text, so one lookup must cost a multiply and a compare or two.
class word_table {
public:
  word_table() {
    for (auto w : date_grammar::lowercase_start_words) add(w, date_word::lead);
    for (auto w : inner_words) add(w, date_word::lead);
    for (auto w : core_words) add(w, date_word::core); // a core word that leads stays core
    for (auto w : after_words) add(w, date_word::after);
  }
  date_word find(const folded_word& w) const {
    for (std::size_t i = hash(w);; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.length == 0) return date_word::none;
      if (s.head == w.head && s.tail == w.tail && s.length == w.length) return s.kind;
    }
  }

private:
  static constexpr std::size_t mask = 1023;
  struct slot {
    std::uint64_t head = 0, tail = 0;
    std::size_t length = 0;
    date_word kind = date_word::none;
  };
  static std::size_t hash(const folded_word& w) {
    return std::size_t(((w.head ^ w.length) * 0x9E3779B97F4A7C15ull) >> 54) & mask;
  }
  void add(std::string_view text, date_word kind) {
    folded_word w = fold_word(text.data(), text.size());
    for (std::size_t i = hash(w);; i = (i + 1) & mask) {
      slot& s = slots_[i];
      if (s.length == 0 || (s.head == w.head && s.tail == w.tail && s.length == w.length)) {
        s = {w.head, w.tail, w.length, kind};
        return;
      }
    }
  }
  slot slots_[mask + 1];
};

} // namespace

folded_word fold_word(const char* p, std::size_t n) {
  folded_word w;
  w.length = n;
  if (n > 16) return w;
  char buffer[16] = {};
  for (std::size_t i = 0; i < n; ++i) buffer[i] = char(p[i] | 0x20);
  std::memcpy(&w.head, buffer, 8);
  std::memcpy(&w.tail, buffer + 8, 8);
  return w;
}

date_word classify_date_word(const folded_word& word) {
  static const word_table table;
  if (word.length == 0 || word.length > 16) return date_word::none;
  return table.find(word);
}

date_word classify_date_word(std::string_view lowercase_word) {
  return classify_date_word(fold_word(lowercase_word.data(), lowercase_word.size()));
}

} // namespace factline::grammar
