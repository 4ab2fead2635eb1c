// The only translation unit that compiles the date grammar.
#include "grammar/date_expr_def.hpp"
#include "grammar/scan.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

namespace factline::grammar {

BOOST_SPIRIT_INSTANTIATE(date_expr_type, iterator_type, context_type)

namespace {

// The words a date expression cannot do without (besides digits): units, deictics and
// references to the time of writing; names of months, weekdays and seasons join them when
// loaded (use_calendar_words).
constexpr std::string_view core_words[] = {
    "day",          "days",     "week",    "weeks",     "weekend",  "month",    "months",
    "quarter",      "quarters", "year",    "years",     "decade",   "decades",  "today",
    "yesterday",    "tomorrow", "now",     "currently", "recently", "past",     "future",
    "daily",        "weekly",   "monthly", "yearly",    "period",   "year-end", "year-ago",
    "year-earlier", "tonight",  "noon",    "midday",    "midnight", "qtr"};
// Parts of the day end a date but never open one ("Friday morning" opens at "Friday").
// So do hours and minutes ("five hours", "one minute": lengths opened by their count).
constexpr std::string_view after_words[] = {"morning", "afternoon", "evening", "night",
                                            "hour",    "hours",     "minute",  "minutes"};
// Words inside a lead that cannot begin one: "more than", "a couple of", "a hundred".
constexpr std::string_view inner_words[] = {"than", "couple", "dozen", "hundred", "half"};

} // namespace

word_table::word_table() {
  for (auto w : date_grammar::lowercase_start_words) add(w, date_word::lead);
  for (auto w : inner_words) add(w, date_word::lead);
  for (auto w : core_words) add(w, date_word::core); // a core word that leads stays core
  for (auto w : after_words) add(w, date_word::after);
}

void word_table::add(std::string_view text, date_word kind) {
  folded_word w = fold_word(text.data(), text.size());
  std::uint64_t h = hash(w);
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    slot& s = slots_[i];
    if (tags_[i] == 0 || (s.head == w.head && s.tail == w.tail && s.length == w.length)) {
      tags_[i] = tag(h);
      s = {w.head, w.tail, w.length, kind};
      return;
    }
  }
}

namespace {

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c | 0x20);
  return s;
}

std::string uppercase(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = char(c & ~0x20);
  return s;
}

// Teaches the scanner a word, never weakening one it knows: core beats lead, lead beats after.
void add_scanner_word(std::string_view word, date_word kind) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty() || word.size() > 16) return;
  std::string lower = lowercase(std::string(word));
  date_word now = classify_date_word(std::string_view(lower));
  if (now == date_word::core || now == kind) return;
  if (now == date_word::lead && kind == date_word::after) return;
  date_words().add(lower, kind);
}

} // namespace

void use_calendar_words(const calendar_words& words) {
  using namespace date_grammar;
  // (std::addressof: X3 gives parsers a unary & of their own, the and-predicate.)
  for (ascii_symbols<int>* table :
       {std::addressof(month_name), std::addressof(lowercase_month_name),
        std::addressof(weekday_name), std::addressof(weekday_abbreviation),
        std::addressof(season_name), std::addressof(number_word), std::addressof(hour_word),
        std::addressof(unit_word), std::addressof(century_word)})
    table->clear();
  for (std::size_t m = 0; m < words.months.size() && m < 12; ++m) {
    for (const auto& name : words.months[m]) {
      month_name.add(name, int(m) + 1);
      add_scanner_word(name, date_word::core);
    }
    if (!words.months[m].empty())
      lowercase_month_name.add(lowercase(words.months[m][0]), int(m) + 1);
    // Datelines in capitals ("MARCH 10, 2025", "BEIJING, JAN. 28"): like lowercase names,
    // only before a day or a year, so a headline's "MAY" stays a verb.
    for (const auto& name : words.months[m]) lowercase_month_name.add(uppercase(name), int(m) + 1);
  }
  for (std::size_t d = 0; d < words.weekdays.size() && d < 7; ++d) {
    for (std::size_t i = 0; i < words.weekdays[d].size(); ++i) {
      const auto& name = words.weekdays[d][i];
      if (i == 0) { // the full name, as written and in lowercase
        weekday_name.add(name, int(d));
        weekday_name.add(lowercase(name), int(d));
        add_scanner_word(name, date_word::core);
      } else { // an abbreviation leads to the date after it
        weekday_abbreviation.add(name, int(d));
        add_scanner_word(name, date_word::lead);
      }
    }
  }
  for (std::size_t s = 0; s < words.seasons.size() && s < 4; ++s)
    for (const auto& name : words.seasons[s]) {
      season_name.add(lowercase(name), int(s) + 1);
      add_scanner_word(name, date_word::core);
    }
  for (std::size_t n = 0; n < words.numbers.size(); ++n) {
    number_word.add(lowercase(words.numbers[n]), int(n) + 1);
    if (n < 12) hour_word.add(lowercase(words.numbers[n]), int(n) + 1);
    if (n < 9) unit_word.add(lowercase(words.numbers[n]), int(n) + 1);
    // "nineteen ninety-six" is a date of its own: its first word opens one.
    bool century = n >= 17 && n < 20;
    if (century) century_word.add(lowercase(words.numbers[n]), int(n) + 1);
    add_scanner_word(words.numbers[n], century ? date_word::core : date_word::lead);
  }
  for (std::size_t n = 0; n < words.tens.size() && n < 8; ++n) {
    if (n > 0) number_word.add(lowercase(words.tens[n]), 10 * (int(n) + 2)); // (twenty is a number)
    add_scanner_word(words.tens[n], date_word::lead);
  }
  for (const auto& [phrase, value] : words.number_phrases) {
    number_word.add(lowercase(phrase), value);
    add_scanner_word(std::string_view(phrase).substr(0, phrase.find(' ')), date_word::lead);
  }
}

void use_holidays(const std::vector<std::vector<std::string>>& names) {
  auto add_word = [](std::string_view word, date_word kind) { add_scanner_word(word, kind); };
  for (std::size_t index = 0; index < names.size(); ++index) {
    for (const auto& name : names[index]) {
      // Lowercase keys: X3 searches its symbol tree case-blind only when the keys agree in
      // case ("MLK Day" beside "May Day" was never found) and are ASCII (it orders bytes
      // signed when adding, unsigned when finding).
      bool ascii = std::all_of(name.begin(), name.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii)
        date_grammar::holiday_name.add(lowercase(name), int(index));
      else {
        date_grammar::holiday_name_exact.add(name, int(index));
        date_grammar::holiday_name_exact.add(lowercase(name), int(index));
      }
      // "New Year's Day" is also written with a curly apostrophe (matched as written or in
      // lowercase) and without one.
      if (name.find('\'') != std::string::npos) {
        std::string curly, bare;
        for (char c : name) {
          if (c == '\'') {
            curly += "\xE2\x80\x99";
          } else {
            curly += c;
            bare += c;
          }
        }
        date_grammar::holiday_name_exact.add(curly, int(index));
        date_grammar::holiday_name_exact.add(lowercase(curly), int(index));
        date_grammar::holiday_name.add(lowercase(bare), int(index));
      }
      // One word opens a date by itself; a longer name opens at its first word and its
      // other words keep the scanner looking ("New Year's Day", "Black Friday").
      std::vector<std::string_view> words;
      std::string_view rest = name;
      while (!rest.empty()) {
        std::size_t i = 0;
        while (i < rest.size() && !std::isalnum(static_cast<unsigned char>(rest[i]))) ++i;
        std::size_t j = i;
        while (j < rest.size() && std::isalnum(static_cast<unsigned char>(rest[j]))) ++j;
        if (j > i) words.push_back(rest.substr(i, j - i));
        rest.remove_prefix(j);
      }
      for (std::size_t w = 0; w < words.size(); ++w)
        add_word(words[w], words.size() == 1 ? date_word::core
                           : w == 0          ? date_word::lead
                                             : date_word::after);
    }
  }
}

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

date_word classify_date_word(std::string_view lowercase_word) {
  return classify_date_word(fold_word(lowercase_word.data(), lowercase_word.size()));
}

} // namespace factline::grammar
