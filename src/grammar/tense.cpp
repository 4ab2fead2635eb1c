#include "grammar/tense.hpp"

#include "grammar/ascii_word.hpp"

#include <algorithm>
#include <array>
#include <optional>

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

// A word that sets the time of its clause: modals and plans look ahead, past forms back;
// a present auxiliary or an infinitive ("is calling for", "agreed to buy ... in February")
// ends the search without a direction (present = 2, read as "unknown").
constexpr int present = 2;

int tense_of_word(std::string_view word) {
  // ("planned" and "plan" are not here: "in February, Alibaba planned to invest" is past.)
  static constexpr std::array<std::string_view, 12> future = {
      "will",  "shall",  "would",    "won't", "due", "scheduled",
      "plans", "slated", "upcoming", "set",   "'ll", "expected"};
  static constexpr std::array<std::string_view, 42> past = {
      "was",    "were",   "had",     "did",    "said",   "told", "began", "took", "made",
      "came",   "went",   "fell",    "rose",   "won",    "lost", "met",   "ago",  "since",
      "saw",    "seen",   "gave",    "got",    "left",   "held", "led",   "paid", "sold",
      "bought", "built",  "brought", "fought", "found",  "kept", "knew",  "sent", "spent",
      "stood",  "struck", "thought", "wrote",  "became", "grew"};
  static constexpr std::array<std::string_view, 10> present_words = {
      "is", "are", "has", "have", "expects", "expect", "says", "plans", "intends", "planned"};
  // Adjectives and nouns that end like past forms: "Series H preferred shares", "a still
  // unspecified date", "the Tokyo-based company".
  static constexpr std::array<std::string_view, 12> not_past = {
      "preferred", "limited", "united",   "based",    "unspecified", "unidentified",
      "unnamed",   "related", "advanced", "combined", "proposed",    "alleged"};
  if (word.size() > 3 && equals_lowercase(word.substr(word.size() - 3), "'ll")) return +1;
  for (auto w : future)
    if (equals_lowercase(word, w)) return +1;
  for (auto w : present_words)
    if (equals_lowercase(word, w)) return present;
  for (auto w : past)
    if (equals_lowercase(word, w)) return -1;
  // Regular past forms ("announced", "closed"); not "need", "speed", "red".
  if (word.size() >= 5 && (word[word.size() - 2] | 0x20) == 'e' && (word.back() | 0x20) == 'd' &&
      (word[0] < 'A' || word[0] > 'Z')) {
    for (auto w : not_past)
      if (equals_lowercase(word, w)) return 0;
    return -1;
  }
  return 0;
}

// A word right before the date that looks ahead whatever the verb's tense: deadlines and
// record dates ("payable Dec. 15", "extended to Nov. 20", "respond by Oct. 31", "between now
// and Feb. 10"): a past verb before them does not pull the date back.
bool looks_ahead(std::string_view word) {
  static constexpr std::array<std::string_view, 12> words = {
      "by",     "until",     "till",   "through", "to",  "payable",
      "record", "effective", "expire", "expires", "and", "thru"};
  for (auto w : words)
    if (equals_lowercase(word, w)) return true;
  return false;
}

bool reports(std::string_view word) {
  static constexpr std::array<std::string_view, 5> words = {"said", "told", "added", "noted",
                                                            "stated"};
  for (auto w : words)
    if (equals_lowercase(word, w)) return true;
  return false;
}

bool is_be(std::string_view word) {
  return equals_lowercase(word, "be") || equals_lowercase(word, "been") ||
         equals_lowercase(word, "being");
}

// "to" opens an infinitive, whose time is its own, after a verb that takes one ("agreed to
// buy ... in May", "plans to list"), or before "be" ("to be published"); not "shot to death".
bool opens_infinitive(std::string_view to, std::string_view next, std::string_view governor) {
  return equals_lowercase(to, "to") &&
         (equals_lowercase(next, "be") || (!governor.empty() && tense_of_word(governor) != 0));
}

} // namespace

int tense_around(std::string_view text, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  end = std::min(end, text.size());
  // The words before the expression back to its sentence's start, nearest first.
  std::array<std::string_view, words_before> before{};
  int count = 0;
  for (std::size_t at = begin; count < words_before && at > 0;) {
    char c = text[at - 1];
    if (ends_sentence(c)) break;
    if (!is_letter(c)) {
      --at;
      continue;
    }
    std::size_t word_end = at;
    while (at > 0 && is_letter(text[at - 1])) --at;
    before[std::size_t(count++)] = text.substr(at, word_end - at);
  }
  // A deadline word right before the date, or opening it ("by Dec. 15").
  std::size_t first_end = begin;
  while (first_end < end && is_letter(text[first_end])) ++first_end;
  bool ahead =
      looks_ahead(text.substr(begin, first_end - begin)) || (count > 0 && looks_ahead(before[0]));
  bool infinitive = false;
  // What a marker says, given the word before it ("will be paid": no past).
  auto verdict = [&](std::string_view word, std::string_view previous) -> std::optional<int> {
    int t = tense_of_word(word);
    if (t == 0 || (t < 0 && is_be(previous))) return std::nullopt;
    if (t == present) return 0;
    if (t < 0 && (ahead || infinitive)) return 0;
    return t;
  };
  for (int i = 0; i < count; ++i) {
    auto word = before[std::size_t(i)];
    if (i > 0 && opens_infinitive(word, before[std::size_t(i - 1)],
                                  i + 1 < count ? before[std::size_t(i + 1)] : "")) {
      infinitive = true;
      continue;
    }
    if (auto t = verdict(word, i + 1 < count ? before[std::size_t(i + 1)] : std::string_view{}))
      return *t;
  }
  // Forwards: "Tuesday, the company said", "March 31 will see".
  std::string_view previous;
  std::size_t at = end;
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
    auto word = text.substr(word_begin, at - word_begin);
    // ("a hearing on March 6, officials said": the saying is past, not the date; "In March,
    // he said" opens the sentence with the saying's date.)
    if (count == 0 || !reports(word))
      if (auto t = verdict(word, previous)) return *t;
    previous = word;
  }
  return 0;
}

} // namespace factline::grammar
