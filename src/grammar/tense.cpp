#include "grammar/tense.hpp"

#include "grammar/ascii_word.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

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

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A sentence's end at text[i]: not the point of a decimal ("Ernie 4.5").
bool ends_sentence_at(std::string_view text, std::size_t i) {
  if (!ends_sentence(text[i])) return false;
  return !(text[i] == '.' && i > 0 && i + 1 < text.size() && is_digit(text[i - 1]) &&
           is_digit(text[i + 1]));
}

// A word that sets the time of its clause: modals and plans look ahead, past forms back;
// a present auxiliary or an infinitive ("is calling for", "agreed to buy ... in February")
// ends the search without a direction (present = 2, read as "unknown").
constexpr int present = 2;

// Markers by their lowercase spelling, sorted once: this runs for words around every date
// without a year, so a binary search replaces scans of four lists.
constexpr int not_past = 3; // ends like a past form, is none
struct marker {
  std::string_view word;
  int tense;
};

const std::vector<marker>& markers() {
  static const std::vector<marker> sorted = [] {
    std::vector<marker> m;
    // ("planned" and "plan" are not future: "in February, Alibaba planned to invest" is past.)
    for (auto w : {"will", "shall", "would", "won't", "due", "scheduled", "slated", "upcoming",
                   "set", "expected"})
      m.push_back({w, +1});
    for (auto w : {"is", "are", "has", "have", "expects", "expect", "says", "plans", "intends",
                   "planned", "planning", "plan"})
      m.push_back({w, present});
    for (auto w :
         {"was",    "were",   "had",     "did",    "said",   "told", "began", "took", "made",
          "came",   "went",   "fell",    "rose",   "won",    "lost", "met",   "ago",  "since",
          "saw",    "seen",   "gave",    "got",    "left",   "held", "led",   "paid", "sold",
          "bought", "built",  "brought", "fought", "found",  "kept", "knew",  "sent", "spent",
          "stood",  "struck", "thought", "wrote",  "became", "grew"})
      m.push_back({w, -1});
    // Adjectives and nouns that end like past forms: "Series H preferred shares", "a still
    // unspecified date", "the Tokyo-based company".
    for (auto w : {"preferred", "limited", "united", "based", "unspecified", "unidentified",
                   "unnamed", "related", "advanced", "combined", "proposed", "alleged"})
      m.push_back({w, not_past});
    std::sort(m.begin(), m.end(), [](const marker& a, const marker& b) { return a.word < b.word; });
    return m;
  }();
  return sorted;
}

int tense_of_word(std::string_view word) {
  constexpr std::size_t longest = 12;
  if (word.empty() || word.size() > longest) return 0;
  char folded[longest];
  for (std::size_t i = 0; i < word.size(); ++i)
    folded[i] = (word[i] >= 'A' && word[i] <= 'Z') ? char(word[i] | 0x20) : word[i];
  std::string_view low(folded, word.size());
  if (low.size() > 3 && low.ends_with("'ll")) return +1;
  if (low == "'ll") return +1;
  // Most words are no marker: a table of (length, first letter) pairs that occur rejects them
  // before the search.
  static const auto possible = [] {
    std::array<std::array<bool, 26>, longest + 1> table{};
    for (const auto& mk : markers())
      if (mk.word.size() <= longest && mk.word[0] >= 'a' && mk.word[0] <= 'z')
        table[mk.word.size()][std::size_t(mk.word[0] - 'a')] = true;
    return table;
  }();
  bool listed = false;
  if (low[0] >= 'a' && low[0] <= 'z' && possible[low.size()][std::size_t(low[0] - 'a')]) {
    const auto& m = markers();
    auto it = std::lower_bound(m.begin(), m.end(), low,
                               [](const marker& a, std::string_view b) { return a.word < b; });
    if (it != m.end() && it->word == low) {
      if (it->tense != not_past) return it->tense;
      listed = true;
    }
  }
  // Regular past forms ("announced", "closed"); not "need", "speed", "red".
  if (!listed && low.size() >= 5 && low.ends_with("ed") && (word[0] < 'A' || word[0] > 'Z'))
    return -1;
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

// Words whose infinitive lies ahead of them ("plans to list", "intends to sell").
bool plans(std::string_view word) {
  static constexpr std::array<std::string_view, 7> words = {
      "plans", "planned", "planning", "intends", "expects", "expect", "plan"};
  for (auto w : words)
    if (equals_lowercase(word, w)) return true;
  return false;
}

// "until Tuesday", "till noon Friday": a time given up to, set at a past moment, ahead of it
// ("postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday").
bool is_until(std::string_view word) {
  return equals_lowercase(word, "until") || equals_lowercase(word, "till");
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

// The word ending before `at` (spaces and marks skipped, not a sentence's end); `at` moves to
// its first letter.
std::string_view word_ending_before(std::string_view text, std::size_t& at) {
  while (at > 0 && !is_letter(text[at - 1]) && !ends_sentence(text[at - 1])) --at;
  std::size_t word_end = at;
  while (at > 0 && is_letter(text[at - 1])) --at;
  return text.substr(at, word_end - at);
}

// Between a determiner and a noun: "the Aug. 7 blasts", "a Jan. 14 return date".
bool attributive(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t b = begin;
  auto before = word_ending_before(text, b);
  static constexpr std::array<std::string_view, 7> determiners = {"the",   "a",   "an", "its",
                                                                  "their", "his", "her"};
  if (std::none_of(determiners.begin(), determiners.end(),
                   [&](std::string_view d) { return equals_lowercase(before, d); }))
    return false;
  // ("since the Oct. 23 shooting" has come: the clause's words decide.)
  if (equals_lowercase(word_ending_before(text, b), "since")) return false;
  std::size_t a = end;
  if (a >= text.size() || text[a] != ' ') return false;
  ++a;
  std::size_t after_end = a;
  while (after_end < text.size() && is_letter(text[after_end])) ++after_end;
  auto after = text.substr(a, after_end - a);
  if (after.empty() || !(after[0] >= 'a' && after[0] <= 'z')) return false;
  static constexpr std::array<std::string_view, 16> links = {
      "and", "or",   "to",   "in", "on",   "at",  "by", "for",
      "of",  "that", "when", "as", "with", "the", "a",  "through"};
  return std::none_of(links.begin(), links.end(),
                      [&](std::string_view l) { return equals_lowercase(after, l); });
}

} // namespace

int tense_around(std::string_view text, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  end = std::min(end, text.size());
  // "the Aug. 7 terrorist blasts", "a Jan. 14 return date": a date naming a thing is no
  // time of the clause's verb; the nearest such date is meant.
  if (attributive(text, begin, end)) return 0;
  // "Wednesday's ruling", "Friday's close": a day a thing is named by has come.
  if (text.substr(end, 2) == "'s" || text.substr(end, 4) == "\xE2\x80\x99s") return -1;
  // The words before the expression back to its sentence's start, nearest first, read one at
  // a time: most searches end at the first marker.
  std::size_t cursor = begin;
  int count = 0;
  auto next_before = [&]() -> std::string_view {
    while (count < words_before && cursor > 0) {
      char c = text[cursor - 1];
      if (ends_sentence_at(text, cursor - 1)) break;
      if (!is_letter(c)) {
        --cursor;
        continue;
      }
      std::size_t word_end = cursor;
      while (cursor > 0 && is_letter(text[cursor - 1])) --cursor;
      ++count;
      // ("its long-held view": the end of a compound is no verb.)
      if (cursor > 0 && text[cursor - 1] == '-') return std::string_view("-");
      return text.substr(cursor, word_end - cursor);
    }
    count = words_before; // nothing more in this sentence
    return {};
  };
  std::string_view word = next_before();
  // A deadline word right before the date, or opening it ("by Dec. 15").
  std::size_t first_end = begin;
  while (first_end < end && is_letter(text[first_end])) ++first_end;
  auto first_word = text.substr(begin, first_end - begin);
  bool ahead = looks_ahead(first_word) || (!word.empty() && looks_ahead(word));
  bool until = is_until(first_word) || is_until(word);
  // "as soon as Tuesday", "as early as next week": the earliest a thing may come, ahead.
  if (text.substr(begin, end - begin).starts_with("as early as ")) return +1;
  if (equals_lowercase(word, "as")) {
    std::size_t c = cursor;
    auto w = word_ending_before(text, c);
    if (equals_lowercase(w, "soon") || equals_lowercase(w, "early")) return +1;
  }
  bool infinitive = false;
  bool searching_back = true;
  bool passed_report = false; // forwards: "On Tuesday, it said it plans ...": the saying's day
  // What a marker says, given the word before it ("will be paid": no past).
  auto verdict = [&](std::string_view w, std::string_view previous) -> std::optional<int> {
    int t = tense_of_word(w);
    if (t == 0 || (t < 0 && is_be(previous))) return std::nullopt;
    // "and set Friday as the deadline": "set" looks ahead only as "is set" or "set to".
    // "announced the plan Aug. 21": "plan" is a plan only as "plan to".
    if (equals_lowercase(w, "plan") && !infinitive) return std::nullopt;
    if (equals_lowercase(w, "set") && !infinitive && !is_be(previous) &&
        !equals_lowercase(previous, "is") && !equals_lowercase(previous, "are") &&
        !equals_lowercase(previous, "was") && !equals_lowercase(previous, "were"))
      return std::nullopt;
    // "as previously planned Saturday night", "later than planned": the plan is no future.
    if (equals_lowercase(w, "planned") &&
        (equals_lowercase(previous, "previously") || equals_lowercase(previous, "originally") ||
         equals_lowercase(previous, "as") || equals_lowercase(previous, "than")))
      return std::nullopt;
    // "planned to leave Nairobi on Thursday", "is expected to vote Monday": what a plan's
    // infinitive tells lies after the plan, ahead.
    // "Protesters planned a large demonstration on Saturday": a plan told before the date
    // plans it, ahead ("in February, Alibaba planned to invest" has its date before the plan,
    // and the search after the date keeps it unknown).
    if (t == present && (infinitive || searching_back) && plans(w)) return +1;
    // "On Tuesday, the league plans to hold a news conference": a plan in the present told
    // after the date, unless a saying came first.
    if (t == present && !searching_back && !passed_report && plans(w) &&
        !equals_lowercase(w, "planned"))
      return +1;
    // "is to resume trading in Paris Tuesday": "is to" plans too.
    if (t == present && infinitive && (equals_lowercase(w, "is") || equals_lowercase(w, "are")))
      return +1;
    if (t == present) return 0;
    if (t < 0 && until && searching_back && !infinitive) return +1;
    if (t < 0 && (ahead || infinitive)) return 0;
    return t;
  };
  bool any_before = !word.empty();
  std::string_view later; // the word after `word` in the text
  while (!word.empty()) {
    std::string_view previous = next_before();
    if (!later.empty() && opens_infinitive(word, later, previous)) {
      infinitive = true;
    } else if (auto t = verdict(word, previous)) {
      return *t;
    }
    later = word;
    word = previous;
  }
  // Forwards: "Tuesday, the company said", "March 31 will see".
  searching_back = false;
  std::string_view previous;
  std::size_t at = end;
  for (int words = 0; words < words_after && at < text.size();) {
    char c = text[at];
    if (ends_sentence_at(text, at)) break;
    if (!is_letter(c)) {
      ++at;
      continue;
    }
    std::size_t word_begin = at;
    while (at < text.size() && is_letter(text[at])) ++at;
    ++words;
    auto w = text.substr(word_begin, at - word_begin);
    if (word_begin > 0 && text[word_begin - 1] == '-') w = "-"; // "long-held": no verb
    // ("a hearing on March 6, officials said": the saying is past, not the date; "In March,
    // he said" opens the sentence with the saying's date.)
    if (!any_before || !reports(w)) {
      if (auto t = verdict(w, previous)) return *t;
    } else {
      passed_report = true;
    }
    previous = w;
  }
  return 0;
}

} // namespace factline::grammar
