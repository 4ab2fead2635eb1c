#include "grammar/mentions.hpp"
#include "grammar/english_words.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace factline::grammar {

namespace {

// Sets of words, looked up by string_view without a copy: hashed, since the mention search
// asks them about nearly every word of a sentence.
struct word_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;

// Phrases of a few words ("plans to", "lifted the"), indexed by their first word: asking
// whether a window of words holds one costs a lookup per word, not a compare per phrase.
class phrase_list {
public:
  void add(std::vector<std::string> phrase) {
    if (phrase.empty()) return;
    std::string head = phrase.front();
    by_first_[head].push_back(std::move(phrase));
  }
  // The length of the longest phrase starting at words[at], or 0.
  std::size_t match_at(const std::vector<std::pair<std::size_t, std::string>>& words,
                       std::size_t at) const {
    auto it = by_first_.find(words[at].second);
    if (it == by_first_.end()) return 0;
    std::size_t best = 0;
    for (const auto& phrase : it->second) {
      if (at + phrase.size() > words.size() || phrase.size() <= best) continue;
      bool same = true;
      for (std::size_t i = 0; i < phrase.size() && same; ++i)
        same = words[at + i].second == phrase[i];
      if (same) best = phrase.size();
    }
    return best;
  }
  bool found_in(const std::vector<std::string>& words) const {
    for (std::size_t s = 0; s < words.size(); ++s) {
      auto it = by_first_.find(words[s]);
      if (it == by_first_.end()) continue;
      for (const auto& phrase : it->second)
        if (s + phrase.size() <= words.size() &&
            std::equal(phrase.begin(), phrase.end(), words.begin() + long(s)))
          return true;
    }
    return false;
  }
  // A two-word phrase also with up to `gap` words between its words: "added Sophgo to",
  // "put three firms on" for "added to", "put on".
  bool found_split_in(const std::vector<std::string>& words, std::size_t gap) const {
    for (std::size_t s = 0; s < words.size(); ++s) {
      auto it = by_first_.find(words[s]);
      if (it == by_first_.end()) continue;
      for (const auto& phrase : it->second) {
        if (phrase.size() != 2) continue;
        for (std::size_t j = s + 1; j < words.size() && j <= s + 1 + gap; ++j)
          if (words[j] == phrase[1]) return true;
      }
    }
    return false;
  }

private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>, word_hash, std::equal_to<>>
      by_first_;
};

struct span {
  std::size_t begin = 0, end = 0;
  bool holds(std::size_t offset) const { return offset >= begin && offset < end; }
};

// The first of the scanner's tokens, dates or amounts (sorted by offset) that begins at or
// after offset.
template <class Items>
auto first_from(const Items& items, std::size_t offset) {
  return std::lower_bound(items.begin(), items.end(), offset,
                          [](const auto& item, std::size_t at) { return item.begin < at; });
}

// The clause holding offset (the last one for an offset past them all).
std::size_t clause_holding(const std::vector<span>& clauses, std::size_t offset) {
  std::size_t c = 0;
  while (c + 1 < clauses.size() && !clauses[c].holds(offset)) ++c;
  return c;
}

// Words that order one event after or before another ("after the US banned the H800").
const word_set relation_words = {"after", "following", "since", "before", "until"};

// Is one of the words a relation word ("after the US banned", "since it was founded")?
bool names_relation(const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return relation_words.count(w) > 0; });
}

// Nouns of another party related to the one spoken of: "its rival WeRide", "its largest
// customer, Huawei".
const word_set relation_nouns = {"rival",     "rivals",   "competitor", "competitors", "parent",
                                 "partner",   "partners", "unit",       "subsidiary",  "customer",
                                 "customers", "supplier", "suppliers",  "backer",      "investor",
                                 "peer",      "peers",    "sister",     "founder",     "affiliate"};

// Words that open a subordinate clause, which tells another event than the main clause's.
const word_set subordinators = {"after", "before", "since",    "because", "when",
                                "while", "until",  "although", "though",  "whereas"};

// Governments and places say where or by whom, never which thing an event or amount is about.
bool is_locale(const participant& p) {
  return p.kind == entity_kind::government || p.kind == entity_kind::place;
}

// A product, or a name with a model number in it ("R1", "Mate 60"): what a launch launches.
bool names_product(const participant& p) {
  return p.kind == entity_kind::product ||
         std::any_of(p.display.begin(), p.display.end(),
                     [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// ASCII only, without the locale: this runs on nearly every word of every sentence.
std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c | 0x20);
  return out;
}

// The word that ends right before offset (letters and dots only), e.g. "U.S" or "Mr".
std::string_view word_before(std::string_view text, std::size_t offset) {
  std::size_t b = offset;
  while (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, offset - b);
}

bool is_abbreviation(std::string_view word) {
  static const word_set known = {"Mr",  "Mrs", "Ms",  "Dr",   "Prof", "Inc", "Corp", "Co",
                                 "Ltd", "Jr",  "Sr",  "St",   "vs",   "etc", "No",   "Gen",
                                 "Gov", "Sen", "Rep", "Jan",  "Feb",  "Mar", "Apr",  "Jun",
                                 "Jul", "Aug", "Sep", "Sept", "Oct",  "Nov", "Dec",  "approx",
                                 "est", "Fig", "U.S", "U.K",  "U.N",  "E.U", "a.m",  "p.m"};
  if (known.count(word)) return true;
  // Initials: "U. S." and single letters.
  return word.size() == 1 || (word.size() >= 2 && word[word.size() - 2] == '.');
}

std::size_t utf8_length_at(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

// Longer "sentences" (a file on one line, a table) are cut at the next blank after this many
// bytes, which bounds the work per sentence: no input makes the mention search quadratic.
constexpr std::size_t max_sentence_bytes = 4096;

// A dateline opening a line: "SANTA CLARA, April 16 (Wire) - " or "BEIJING (Desk) — ". Capitalized
// words, numbers and a bracketed agency up to a dash, with a comma or a bracket among them;
// returns where the story proper starts, or `at` when there is none. Its date is when the story
// was filed, never an event's, so it stands as a sentence of its own.
std::size_t after_dateline(std::string_view text, std::size_t at) {
  constexpr std::size_t max_dateline_bytes = 64;
  bool comma_or_bracket = false, in_brackets = false;
  if (at >= text.size() || !is_upper(text[at])) return at;
  for (std::size_t i = at; i < text.size() && i - at < max_dateline_bytes; ++i) {
    char c = text[i];
    if (c == '\n') return at;
    if (c == '(') in_brackets = comma_or_bracket = true;
    if (c == ')') in_brackets = false;
    if (c == ',') comma_or_bracket = true;
    std::size_t dash = 0; // " - ", " -- ", " — ", " – "
    if (c == ' ' && i + 2 < text.size()) {
      if (text[i + 1] == '-' && text[i + 2] == ' ') dash = 3;
      if (text.substr(i + 1, 3) == "-- ") dash = 4;
      if (text.substr(i + 1, 4) == "\xE2\x80\x94 " || text.substr(i + 1, 4) == "\xE2\x80\x93 ")
        dash = 5;
    }
    if (dash) return comma_or_bracket && i > at ? i + dash : at;
    // Outside the agency's brackets every word starts with a capital or a digit.
    if (!in_brackets && i > at && (text[i - 1] == ' ' || text[i - 1] == '\t') && is_alpha(c) &&
        !is_upper(c))
      return at;
  }
  return at;
}

// Sentence boundaries: every line break, and ". " / "! " / "? " before a capital, a digit or
// a quote, unless the period closes an abbreviation; a dateline is a sentence of its own.
std::vector<span> split_sentences(std::string_view text) {
  std::vector<span> out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    // A blank line is no sentence: "the sentence before" skips it.
    if (end > start &&
        text.substr(start, end - start).find_first_not_of(" \t\r\n") != std::string_view::npos)
      out.push_back({start, end});
    start = end;
  };
  if (std::size_t story = after_dateline(text, 0); story > 0) close(story);
  for (std::size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      close(i + 1);
      if (std::size_t story = after_dateline(text, i + 1); story > i + 1) {
        close(story);
        i = story - 1;
      }
      continue;
    }
    if (i - start >= max_sentence_bytes && (c == ' ' || c == '\t')) {
      close(i + 1);
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j + 2 < text.size() && text.substr(j, 3) == "\xE2\x80\x9D") j += 3; // closing quote
    if (j >= text.size() || (text[j] != ' ' && text[j] != '\t')) continue;
    std::size_t k = j;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k >= text.size()) continue;
    bool next_starts = is_upper(text[k]) || std::isdigit(static_cast<unsigned char>(text[k])) ||
                       text[k] == '"' || static_cast<unsigned char>(text[k]) == 0xE2;
    if (!next_starts) continue;
    if (c == '.') {
      std::string_view w = word_before(text, i);
      // ("the Ascend 910C. The chips": a letter glued to digits is a model's, no initial.)
      std::size_t w_begin = i - w.size();
      bool model = w.size() == 1 && w_begin > 0 &&
                   std::isdigit(static_cast<unsigned char>(text[w_begin - 1]));
      if (!model && is_abbreviation(w)) continue;
    }
    close(k);
  }
  close(text.size());
  return out;
}

// Clause boundaries inside a sentence: , ; : ( ) and dashes.
// Is the comma at i the one in "May 21, 2023": a letter, a space, a day of one or two digits,
// the comma, a space and four digits ending a word?
bool day_year_comma(std::string_view text, std::size_t i, span sentence) {
  auto digit = [&](std::size_t k) {
    return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]));
  };
  if (i + 6 > sentence.end || text[i + 1] != ' ' || !digit(i + 2) || !digit(i + 3) ||
      !digit(i + 4) || !digit(i + 5) || (i + 6 < sentence.end && is_alpha(text[i + 6])) ||
      digit(i + 6))
    return false;
  std::size_t d = i;
  while (d > sentence.begin && digit(d - 1) && i - d < 2) --d;
  return d < i && !digit(d - 1) && d >= sentence.begin + 2 && text[d - 1] == ' ' &&
         is_alpha(text[d - 2]);
}

std::vector<span> split_clauses(std::string_view text, span sentence) {
  std::vector<span> out;
  std::size_t start = sentence.begin;
  for (std::size_t i = sentence.begin; i < sentence.end;) {
    std::size_t len = utf8_length_at(text, i);
    char c = text[i];
    // Bytes, not strings: this runs for every byte of every sentence.
    bool boundary =
        c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
        (len == 3 && c == '\xE2' && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x94' /* em dash */ || text[i + 2] == '\x93' /* en dash */)) ||
        (c == '-' && i > 0 && text[i - 1] == ' ' && i + 1 < text.size() && text[i + 1] == ' ');
    // "23,700 robots", "at 12:00": inside a number, no boundary.
    if ((c == ',' || c == ':') && i > sentence.begin && i + 1 < sentence.end &&
        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])))
      boundary = false;
    // "May 21, 2023 that ...": the comma between a date's day and its year.
    if (c == ',' && boundary && day_year_comma(text, i, sentence)) boundary = false;
    if (boundary) {
      if (i > start) out.push_back({start, i});
      start = i + len;
    }
    i += len;
  }
  if (sentence.end > start) out.push_back({start, sentence.end});
  if (out.empty()) out.push_back(sentence);
  return out;
}

// Lowercase words in [begin, end), for hedge and determiner distance checks.
std::vector<std::string> words_between(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::string> out;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && !is_alpha(text[i])) ++i;
    std::size_t b = i;
    while (i < end && (is_alpha(text[i]) || text[i] == '\'')) ++i;
    if (i > b) out.push_back(lowercase(text.substr(b, i - b)));
  }
  return out;
}

// Lowercase words in [begin, end) with where each starts; a hyphenated word is one word
// ("start-up" is no "up").
std::vector<std::pair<std::size_t, std::string>> words_at(std::string_view text, std::size_t begin,
                                                          std::size_t end) {
  std::vector<std::pair<std::size_t, std::string>> out;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && !is_alpha(text[i])) ++i;
    std::size_t b = i;
    while (i < end && (is_alpha(text[i]) || text[i] == '\'' ||
                       (text[i] == '-' && i + 1 < end && is_alpha(text[i + 1]))))
      ++i;
    if (i > b) out.emplace_back(b, lowercase(text.substr(b, i - b)));
  }
  return out;
}

// "company's" -> "company": a possessive noun is the noun.
std::string_view without_possessive(std::string_view word) {
  return word.ends_with("'s") ? word.substr(0, word.size() - 2) : word;
}

// The word right after `end` past one space, lowercased ("" when none starts there): the
// checks run for every name and trigger, so no vector of words is made for them.
std::string word_after(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ' || !is_alpha(text[end + 1])) return {};
  std::size_t i = end + 1;
  while (i < text.size() && (is_alpha(text[i]) || text[i] == '\'' ||
                             (text[i] == '-' && i + 1 < text.size() && is_alpha(text[i + 1]))))
    ++i;
  return lowercase(text.substr(end + 1, i - end - 1));
}

// Does phrase end words at index end (exclusive)?
bool phrase_ends_at(const std::vector<std::string>& words, std::size_t end,
                    const std::vector<std::string>& phrase) {
  if (phrase.empty() || phrase.size() > end) return false;
  return std::equal(phrase.begin(), phrase.end(), words.begin() + long(end - phrase.size()));
}

} // namespace

struct mention_finder::prepared {
  const vocabulary& words;
  word_set not_names;
  phrase_list hedges;
  word_set negations;
  phrase_list future_markers;
  word_set past_forms;
  word_set speech_verbs;
  word_set organization_nouns;
  word_set part_nouns;
  word_set authority_nouns;
  word_set event_nouns;
  word_set modified_nouns;
  phrase_list object_markers;
  phrase_list reference_markers;
  phrase_list contrast_markers;
  word_set month_names; // full names, from rules/calendar-words.toml
  word_set notice_verbs;
  word_set speech_settings;
  word_set person_names;
  word_set person_name_exceptions;
  word_set common_words; // lowercase
  word_set product_nouns;
  std::unordered_map<std::string, std::size_t, word_hash, std::equal_to<>> demonyms; // -> entity
  std::vector<word_set> object_words;                    // by trigger class
  std::vector<word_set> product_subject_words;           // by trigger class
  std::vector<word_set> product_object_words;            // by trigger class
  std::vector<word_set> anaphor_words;                   // by trigger class
  std::vector<word_set> gated_words;                     // by trigger class
  std::vector<word_set> gate_verbs;                      // by trigger class
  std::vector<word_set> gate_verbs_after;                // by trigger class
  std::vector<word_set> passive_words;                   // by trigger class
  std::unordered_map<std::string, int> venue_word_class; // "debuted" -> ipo
  std::vector<bool> has_venue_words;                     // by trigger class: a token to look up
  std::vector<phrase_list> venue_markers;                // by trigger class
  std::vector<phrase_list> recast_markers;               // by trigger class
  std::vector<int> recast_class;                         // by trigger class; -1: none
  std::vector<std::vector<std::string>> approximators;   // by vocabulary index
  std::vector<std::pair<std::vector<std::string>, std::size_t>> measure_phrases; // -> measure
  phrase_list forecast_markers; // quantity forecasts and hedges
  std::vector<std::vector<std::string>> comparison_markers;
  std::vector<std::vector<std::string>> event_amount_markers;
  word_set gatherings;
  phrase_list plan_markers;
  word_set plan_measures;
  phrase_list cause_markers;
  phrase_list effect_markers;
  phrase_list abroad_markers, domestic_markers, sequential_markers, rival_markers;
  word_set count_segments;
  word_set version_words;
  std::unordered_map<std::string, std::string, word_hash, std::equal_to<>> count_synonym;

  explicit prepared(const vocabulary& w) : words(w) {
    const auto& q = w.quantities;
    for (const auto& a : q.approximators)
      approximators.push_back(words_between(a.phrase, 0, a.phrase.size()));
    for (std::size_t m = 0; m < q.measures.size(); ++m)
      for (const auto& word : q.measures[m].words)
        measure_phrases.emplace_back(words_between(word, 0, word.size()), m);
    for (const auto& f : q.forecast_markers) forecast_markers.add(words_between(f, 0, f.size()));
    for (const auto& h : w.hedges) forecast_markers.add(words_between(h, 0, h.size()));
    for (const auto& f : w.future_markers) forecast_markers.add(words_between(f, 0, f.size()));
    for (const auto& c : q.comparison_markers)
      comparison_markers.push_back(words_between(c, 0, c.size()));
    for (const auto& e : q.event_amount_markers)
      event_amount_markers.push_back(words_between(e, 0, e.size()));
    for (const auto& g : q.gatherings) gatherings.insert(lowercase(g));
    for (const auto& m : q.plan_markers) plan_markers.add(words_between(m, 0, m.size()));
    for (const auto& m : q.plan_measures) plan_measures.insert(m);
    for (const auto& m : q.cause_markers) cause_markers.add(words_between(m, 0, m.size()));
    for (const auto& m : q.effect_markers) effect_markers.add(words_between(m, 0, m.size()));
    for (const auto& m : q.abroad_markers) abroad_markers.add(words_between(m, 0, m.size()));
    for (const auto& m : q.rival_markers) rival_markers.add(words_between(m, 0, m.size()));
    for (const auto& v : q.version_words) version_words.insert(lowercase(v));
    for (const auto& w : q.count_segments) count_segments.insert(lowercase(w));
    for (const auto& m : q.domestic_markers) domestic_markers.add(words_between(m, 0, m.size()));
    for (const auto& m : q.sequential_markers)
      sequential_markers.add(words_between(m, 0, m.size()));
    for (const auto& group : q.count_synonyms)
      for (const auto& word : group)
        count_synonym.emplace(lowercase(word), lowercase(group.front()));
    for (const auto& n : w.not_names) not_names.insert(n);
    for (const auto& h : w.hedges) hedges.add(words_between(h, 0, h.size()));
    for (const auto& n : w.negations) negations.insert(lowercase(n));
    for (const auto& h : w.modifiers) hedges.add(words_between(h, 0, h.size()));
    for (const auto& f : w.future_markers) {
      future_markers.add(words_between(f, 0, f.size()));
      hedges.add(words_between(f, 0, f.size()));
    }
    for (const auto& p : w.past_forms) past_forms.insert(lowercase(p));
    for (const auto& v : w.speech_verbs) speech_verbs.insert(lowercase(v));
    for (const auto& n : w.organization_nouns) organization_nouns.insert(lowercase(n));
    for (const auto& n : w.part_nouns) part_nouns.insert(lowercase(n));
    for (const auto& n : w.authority_nouns) authority_nouns.insert(lowercase(n));
    for (const auto& n : w.anaphor_nouns) event_nouns.insert(lowercase(n));
    for (const auto& n : w.event_nouns) event_nouns.insert(lowercase(n));
    for (const auto& n : w.modified_nouns) modified_nouns.insert(lowercase(n));
    for (const auto& o : w.object_markers) object_markers.add(words_between(o, 0, o.size()));
    for (const auto& r : w.reference_markers) reference_markers.add(words_between(r, 0, r.size()));
    for (const auto& r : w.contrast_markers) contrast_markers.add(words_between(r, 0, r.size()));
    for (const auto& names : w.calendar.months)
      if (!names.empty()) month_names.insert(lowercase(names.front()));
    for (const auto& v : w.notice_verbs) notice_verbs.insert(lowercase(v));
    for (const auto& s : w.speech_settings) speech_settings.insert(lowercase(s));
    for (const auto& n : w.person_names) person_names.insert(n);
    for (const auto& n : w.person_name_exceptions) person_name_exceptions.insert(n);
    for (const auto& n : w.common_words) common_words.insert(lowercase(n));
    for (const auto& n : w.product_nouns) product_nouns.insert(lowercase(n));
    for (std::size_t e = 0; e < w.entities.size(); ++e)
      for (const auto& d : w.entities[e].demonyms) demonyms.emplace(lowercase(d), e);
    for (const auto& t : w.triggers) {
      object_words.emplace_back();
      for (const auto& o : t.object_words) object_words.back().insert(lowercase(o));
      passive_words.emplace_back();
      for (const auto& o : t.passive_words) passive_words.back().insert(lowercase(o));
      gated_words.emplace_back();
      for (const auto& o : t.gated_words) gated_words.back().insert(lowercase(o));
      gate_verbs.emplace_back();
      for (const auto& o : t.gate_verbs) gate_verbs.back().insert(lowercase(o));
      gate_verbs_after.emplace_back();
      for (const auto& o : t.gate_verbs_after) gate_verbs_after.back().insert(lowercase(o));
      product_subject_words.emplace_back();
      for (const auto& o : t.product_subject_words)
        product_subject_words.back().insert(lowercase(o));
      product_object_words.emplace_back();
      for (const auto& o : t.product_object_words) product_object_words.back().insert(lowercase(o));
      anaphor_words.emplace_back();
      for (const auto& o : t.anaphor_words) anaphor_words.back().insert(lowercase(o));
      venue_markers.emplace_back();
      for (const auto& v : t.venue_markers) venue_markers.back().add(words_between(v, 0, v.size()));
      recast_markers.emplace_back();
      for (const auto& v : t.recast_markers)
        recast_markers.back().add(words_between(v, 0, v.size()));
      recast_class.push_back(-1);
      for (std::size_t other = 0; other < w.triggers.size(); ++other)
        if (!t.recast_as.empty() && w.triggers[other].id == t.recast_as)
          recast_class.back() = int(other);
    }
    for (std::size_t c = 0; c < w.triggers.size(); ++c)
      for (const auto& v : w.triggers[c].venue_words)
        venue_word_class.emplace(lowercase(v), int(c));
    // Which classes' tokens may be venue words: the venue class's own, and those of a class
    // listing the word ("debuted" is a launch's token).
    has_venue_words.assign(w.triggers.size(), false);
    for (std::size_t c = 0; c < w.triggers.size(); ++c) {
      if (!w.triggers[c].venue_words.empty()) has_venue_words[c] = true;
      for (const auto& word : w.triggers[c].words)
        if (venue_word_class.count(lowercase(word))) has_venue_words[c] = true;
    }
  }
};

namespace {

class mention_builder {
public:
  mention_builder(std::string_view text, const scan_result& scan,
                  const mention_finder::prepared& prepared)
      : text_(text), scan_(scan), words_(prepared.words), not_names_(prepared.not_names),
        hedges_(prepared.hedges), negations_(prepared.negations),
        future_markers_(prepared.future_markers), past_forms_(prepared.past_forms),
        speech_verbs_(prepared.speech_verbs), prepared_(prepared) {}

  mentions_found build() {
    auto sentences = split_sentences(text_);
    // A capitalized word seen inside a sentence somewhere, with a possessive anywhere (the
    // headline's "Tencent's AI bet"), or described by an appositive ("Unitree, the Hangzhou
    // robot maker,") is a name at a sentence start too.
    std::set<std::size_t> starts;
    for (span s : sentences) starts.insert(first_word(s));
    for (std::size_t t = 0; t < scan_.tokens.size(); ++t) {
      const event_token& token = scan_.tokens[t];
      if (token.kind == event_token_kind::name &&
          (!starts.count(token.begin) || is_possessive(token.end) ||
           described_as_organization(token.end) || subject_of_event(t) ||
           subject_of_statement(token)))
        names_inside_.insert(std::string(text_.substr(token.begin, token.end - token.begin)));
    }
    for (span sentence : sentences)
      if (!is_headline(sentence))
        add_sentence(sentence);
      else
        remember_headline(sentence);
    name_by_initials();
    name_by_aliases();
    return {std::move(mentions_), std::move(quantities_)};
  }

private:
  // "Robot Maker Unitree Heads to Market": a line of its own, without a final stop, whose
  // longer words are capitalized. Its capitals say nothing of where names begin and end (it
  // made "Robot Maker Unitree Heads" a company), so it is read for nothing.
  bool is_headline(span sentence) const {
    constexpr std::size_t long_word = 4;
    bool line_start = sentence.begin == 0 || text_[sentence.begin - 1] == '\n';
    std::size_t end = sentence.end;
    while (end > sentence.begin && (text_[end - 1] == ' ' || text_[end - 1] == '\t' ||
                                    text_[end - 1] == '\r' || text_[end - 1] == '\n'))
      --end;
    bool line_end = end == text_.size() || text_[end] == '\n' || text_[end] == '\r';
    if (!line_start || !line_end || end == sentence.begin) return false;
    // (A title may ask: "Can China Wean Itself Off Foreign Chips?")
    char last = text_[end - 1];
    if (last == '.' || last == '!' || last == ':') return false;
    std::size_t longer = 0, capitalized = 0, words = 0, words_capitalized = 0;
    for (const auto& [at, word] : words_at(text_, sentence.begin, end)) {
      if (word.size() >= long_word) {
        ++longer;
        capitalized += is_upper(text_[at]) ? 1 : 0;
      }
      if (word.size() >= 2) {
        ++words;
        words_capitalized += is_upper(text_[at]) ? 1 : 0;
      }
    }
    // (A headline of short words only, "How BYD Got So Big": all its words count.)
    if (longer < 2) return words >= 3 && words_capitalized * 4 >= words * 3;
    return capitalized * 4 >= longer * 3;
  }

  // "ByteDance Plots Its AI Future": a headline's known organizations (rules/entities.toml)
  // are what "the company" after it means; its other capitals are read for nothing.
  void remember_headline(span sentence) {
    std::vector<std::size_t> known;
    for (auto it = first_from(scan_.tokens, sentence.begin);
         it != scan_.tokens.end() && it->begin < sentence.end; ++it)
      if (it->kind == event_token_kind::entity &&
          words_.entities[std::size_t(it->id)].kind == entity_kind::organization)
        known.push_back(std::size_t(it - scan_.tokens.begin()));
    if (!known.empty()) remember_organization(known, first_word(sentence));
  }

  std::string_view text_;
  const scan_result& scan_;
  const vocabulary& words_;
  const word_set& not_names_;
  const phrase_list& hedges_;
  const word_set& negations_;
  const phrase_list& future_markers_;
  const word_set& past_forms_;
  const word_set& speech_verbs_;
  const mention_finder::prepared& prepared_;
  std::vector<event_mention> mentions_;
  std::vector<quantity_mention> quantities_;
  std::vector<std::size_t> mention_sentence_; // sentence number of each mention
  // Where a reported trigger named nobody ("banned sales of both metals"), by class: "the
  // outright ban" after it stands for it, not for an older ban named before it.
  std::vector<std::pair<int, std::size_t>> unnamed_triggers_;
  // Where events whose place matters were told to happen, for those told next without one.
  struct venue_told {
    int trigger_class;
    std::size_t sentence;
    std::vector<participant> keys; // the event's other names
    participant venue;
  };
  std::vector<venue_told> venues_;
  std::size_t sentence_number_ = 0;
  // The gathering the last sentence named, and that sentence's number: "The World AI Conference
  // opened on July 26. More than 800 companies took part" counts the conference's companies.
  std::optional<std::pair<participant, std::size_t>> last_gathering_;
  word_set names_inside_;
  // Where the organization the text named last stands (see remember_organization): tokens,
  // turned into a participant only when a sentence says "the company".
  std::optional<std::size_t> last_name_token_, last_organization_token_;
  // Whether that name was read as its sentence's first word (where one capitalized word may be
  // any word): "The Pentagon added Hesai to its list" names Hesai inside the sentence.
  bool last_name_initial_ = true;
  std::optional<std::unordered_set<std::string_view>> lowercase_words_; // see is_common_word
  // Whether that organization opened its sentence, and the key of the organization that last
  // opened one (the text's subject): "DeepSeek released R1 ... and Nvidia shares lost $600
  // billion. The company was founded in 2023" is not about Nvidia for sure.
  bool last_organization_opened_ = false;
  std::optional<std::string> last_subject_key_;
  // The organization opening the last sentence that opened with one, and that sentence's
  // number: "SMIC's sales have climbed. In the third quarter, revenue grew 27%" is SMIC's.
  std::optional<std::pair<participant, std::size_t>> opening_subject_;
  // What "The chip ..." opening a sentence speaks of: the product last named with that noun
  // ("its V3 model", "2,048 H800 chips"), else the product named most (products_seen_). Nouns
  // singular.
  std::unordered_map<std::string, participant> last_product_by_noun_;
  std::optional<std::pair<participant, std::size_t>> opening_product_; // and its sentence
  // Each product named so far: how often, how lately, and the product noun it was named with
  // ("the Kirin 9020 processor": "processor"), if any.
  struct seen_product {
    std::size_t count = 0, first = 0;
    bool known = false; // in rules/entities.toml
    participant who;
    std::string noun;
  };
  std::map<std::string, seen_product> products_seen_;
  // "the chip", "the model": the product last named with that noun, else the known product
  // named last.
  std::optional<participant> product_named_with(const std::string& noun) const {
    // "The H20 has had a rough year. Washington banned sales of the chip": a product opening
    // the sentence before is the one meant, whatever was last named with the noun ("its
    // Blackwell chips" before it).
    if (opening_product_ && opening_product_->second + 1 == sentence_number_)
      return opening_product_->first;
    auto by_noun = last_product_by_noun_.find(noun);
    if (by_noun != last_product_by_noun_.end()) return by_noun->second;
    // Else the product the text names most (the first named of those: the story's), of those
    // never named as another thing: "the phones" after "its Mate 70 series ... the standard
    // Mate 70 ... the Kirin 9020 processor" are the Mate 70s.
    const seen_product* best = nullptr;
    // (A name read as a product counts from its second naming, or as the only product named:
    // one of several named once in passing is no story's product.)
    for (const auto& [key, seen] : products_seen_)
      if ((seen.noun.empty() || seen.noun == noun) &&
          (seen.known || seen.count >= 2 || products_seen_.size() == 1) &&
          (!best || seen.count > best->count ||
           (seen.count == best->count && seen.first < best->first)))
        best = &seen;
    return best ? std::optional(best->who) : std::nullopt;
  }
  // The product noun right after a name, or after one word more ("Apollo Go robotaxi service"),
  // singular ("chips" -> "chip"), or empty.
  std::string noun_after(const event_token& token) const {
    // Read in place (this runs for every name): the next word, and the one after it when the
    // first is a lowercase modifier of the same phrase.
    auto next_word = [&](std::size_t& at) -> std::string_view {
      while (at < text_.size() && text_[at] == ' ') ++at;
      std::size_t b = at;
      while (at < text_.size() && is_alpha(text_[at])) ++at;
      return text_.substr(b, at - b);
    };
    auto product_noun = [&](std::string_view word) -> std::string {
      if (word.empty() || word.size() > 16 || is_upper(word[0])) return {};
      if (prepared_.product_nouns.count(word)) return std::string(word);
      if (word.size() > 3 && word.back() == 's' &&
          prepared_.product_nouns.count(word.substr(0, word.size() - 1)))
        return std::string(word.substr(0, word.size() - 1));
      return {};
    };
    std::size_t at = token.end;
    if (at >= text_.size() || text_[at] != ' ') return {};
    std::string_view first = next_word(at);
    if (std::string noun = product_noun(first); !noun.empty()) return noun;
    // (Only within the name's own phrase: lowercase, no punctuation between.)
    if (first.empty() || is_upper(first[0]) || at >= text_.size() || text_[at] != ' ') return {};
    return product_noun(next_word(at));
  }
  // Whose and when the last sentence's amounts were, for a sentence that goes on with them.
  struct amount_context {
    std::vector<participant> subjects;
    std::size_t period = 0;
    std::size_t sentence = 0;
    std::string counted; // what a count in it counted ("cars"), if any
  };
  std::optional<amount_context> context_;
  // How often and how lately the text named each organization or name (not persons).
  struct seen_name {
    std::size_t count = 0, last = 0;
    participant who;
  };
  std::map<std::string, seen_name> prominence_;
  std::size_t names_seen_ = 0;
  // The government the text named last: what "The country ..." opening a sentence means; and
  // the one named last before the sentence being read.
  std::optional<participant> last_government_, last_government_before_;
  std::size_t last_government_at_ = 0; // where the text named last_government_, if by name

  std::size_t first_word(span sentence) const {
    std::size_t i = sentence.begin;
    while (i < sentence.end && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '-' ||
                                text_[i] == '"' || static_cast<unsigned char>(text_[i]) >= 0x80))
      ++i;
    return i;
  }

  // ", the Hangzhou robot maker," or ", the video generator" right after a name: an organization
  // or product noun within a few words of an article.
  // "Contemporary Amperex Technology Co. Ltd. ... CATL, founded in 2011": a document that
  // writes a company's full name and its initials speaks of one company, and other documents
  // may write either; the full name's mentions take the initials' participant.
  void name_by_initials() {
    auto each = [&](auto&& visit) { for_each_participant(visit); };
    auto is_initials = [](std::string_view w) {
      return w.size() >= 3 && w.size() <= 6 &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    std::map<std::string, participant, std::less<>> by_initials;
    each([&](participant& p) {
      if (p.kind != entity_kind::product && is_initials(p.display))
        by_initials.emplace(p.display, p);
    });
    if (by_initials.empty()) return;
    std::map<std::string, std::optional<participant>, std::less<>> short_name; // by full key
    each([&](participant& p) {
      if (p.kind == entity_kind::product || p.kind == entity_kind::government ||
          p.kind == entity_kind::place || p.display.find(' ') == std::string::npos ||
          short_name.count(p.key))
        return;
      auto& found = short_name[p.key];
      auto words = full_name_words(p.display);
      for (const auto& [initials, q] : by_initials)
        if (q.key != p.key && initials_fit(initials, words)) {
          found = q;
          break;
        }
    });
    std::map<std::string, participant, std::less<>> renamed;
    for (auto& [key, initials] : short_name)
      if (initials) renamed.emplace(key, std::move(*initials));
    rename_participants(renamed);
  }

  // Every participant the document's mentions and amounts name, their subjects included.
  template <class Visit>
  void for_each_participant(Visit&& visit) {
    for (auto& m : mentions_) {
      for (auto& p : m.participants) visit(p);
      if (m.subject) visit(*m.subject);
    }
    for (auto& q : quantities_)
      for (auto& p : q.subjects) visit(p);
  }

  // Gives each participant keyed in `to` that name; a mention's participants stay sorted and
  // unique (two names of one thing become one).
  void rename_participants(const std::map<std::string, participant, std::less<>>& to) {
    if (to.empty()) return;
    for_each_participant([&](participant& p) {
      if (auto it = to.find(p.key); it != to.end()) p = it->second;
    });
    for (auto& m : mentions_) {
      std::sort(m.participants.begin(), m.participants.end());
      m.participants.erase(std::unique(m.participants.begin(), m.participants.end()),
                           m.participants.end());
    }
  }
  // A capitalized opening word that may be any word: an English one (the dictionary or
  // common_words), or one the text also writes in lowercase ("Crypto trading ... crypto").
  bool is_common_word(std::string_view capitalized) {
    std::string word = lowercase(capitalized);
    if (is_english_word(word) || prepared_.common_words.count(word)) return true;
    // The document's lowercase words, read once and only when needed (one pass, so that a
    // long document of unknown names stays linear).
    if (!lowercase_words_) {
      lowercase_words_.emplace();
      for (std::size_t i = 0; i < text_.size();) {
        if (!is_alpha(text_[i])) {
          ++i;
          continue;
        }
        std::size_t b = i;
        bool lower = true;
        for (; i < text_.size() && is_alpha(text_[i]); ++i)
          if (is_upper(text_[i])) lower = false;
        if (lower) lowercase_words_->insert(text_.substr(b, i - b));
      }
    }
    return lowercase_words_->count(word) > 0;
  }

  // "Xiaohongshu, known in English as RedNote," and "RedNote, the lifestyle app Xiaohongshu,":
  // the text gives one thing two names. Each becomes the one whose key sorts first, so that
  // documents naming it either way (and both) agree.
  void name_by_aliases() {
    static const std::string_view known[] = {", known as ",        ", also known as ",
                                             ", better known as ", ", known in English as ",
                                             ", known abroad as ", ", known internationally as "};
    auto name_of = [&](const event_token& token) -> std::optional<participant> {
      if (token.kind == event_token_kind::entity) return entity_participant(token);
      if (token.kind == event_token_kind::name) return name_participant(token, false);
      return std::nullopt;
    };
    std::map<std::string, participant, std::less<>> alias; // key -> the name it becomes
    for (std::size_t t = 0; t + 1 < scan_.tokens.size(); ++t) {
      const event_token& token = scan_.tokens[t];
      if (token.end >= text_.size() || text_[token.end] != ',') continue; // (cheap test first)
      // The name right after the phrase ("known in English as": "English" is a token too).
      std::string_view rest = text_.substr(token.end, 48);
      const std::string_view* phrase =
          std::find_if(std::begin(known), std::end(known),
                       [&](std::string_view k) { return rest.starts_with(k); });
      std::size_t next_at = t + 1;
      if (phrase != std::end(known))
        while (next_at < scan_.tokens.size() &&
               scan_.tokens[next_at].begin < token.end + phrase->size())
          ++next_at;
      if (next_at >= scan_.tokens.size()) continue;
      const event_token& next = scan_.tokens[next_at];
      if (next.begin <= token.end || next.begin > token.end + 48) continue;
      std::string_view gap = text_.substr(token.end, next.begin - token.end);
      bool named = phrase != std::end(known) && gap == *phrase;
      // ("the lifestyle app Xiaohongshu,": one or two words ending in a product or organization
      // noun, and the name closing the appositive.)
      if (!named && gap.starts_with(", the ") && next.end < text_.size() &&
          text_[next.end] == ',') {
        auto words = words_between(text_, token.end, next.begin);
        named = words.size() >= 2 && words.size() <= 3 && gap.find_first_of(",;:()") == 0 &&
                gap.find(',', 1) == std::string_view::npos &&
                (prepared_.product_nouns.count(words.back()) ||
                 prepared_.organization_nouns.count(words.back()));
      }
      if (!named) continue;
      auto a = name_of(token), b = name_of(next);
      if (!a || !b || a->key == b->key || a->kind == entity_kind::government ||
          b->kind == entity_kind::government || a->kind == entity_kind::place ||
          b->kind == entity_kind::place)
        continue;
      const participant& first = a->key < b->key ? *a : *b;
      alias[a->key] = first, alias[b->key] = first;
    }
    rename_participants(alias);
  }

  // The capitalized words of a name where the text first writes it, with the company suffixes
  // after it ("Contemporary Amperex" -> Contemporary Amperex Technology Co. Ltd.).
  std::vector<std::string_view> full_name_words(std::string_view display) const {
    std::vector<std::string_view> words;
    std::size_t at = text_.find(display);
    if (at == std::string_view::npos) return words;
    std::size_t i = at;
    while (i < text_.size()) {
      std::size_t e = i;
      while (e < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[e])) ||
                                  text_[e] == '-' || text_[e] == '&'))
        ++e;
      std::string_view word = text_.substr(i, e - i);
      if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) break;
      words.push_back(word);
      if (e < text_.size() && text_[e] == '.') ++e; // "Co.", "Ltd."
      if (e >= text_.size() || text_[e] != ' ') break;
      i = e + 1;
    }
    return words;
  }
  // "CATL" fits Contemporary Amperex Technology (Co.) Ltd., "YMTC" Yangtze Memory Technologies
  // Co.: every word gives its initial in order, only company suffixes may give none.
  static bool initials_fit(std::string_view initials, std::span<const std::string_view> words) {
    return words.size() >= 2 && words[0][0] == initials[0] && initials_fit_rest(initials, words);
  }
  static bool initials_fit_rest(std::string_view initials,
                                std::span<const std::string_view> words) {
    static const word_set suffixes = {"Co",       "Corp",    "Ltd",         "Inc",
                                      "Limited",  "Company", "Corporation", "Group",
                                      "Holdings", "Plc",     "LLC"};
    if (words.empty()) return initials.empty();
    if (!initials.empty() && words.front()[0] == initials.front() &&
        initials_fit_rest(initials.substr(1), words.subspan(1)))
      return true;
    return suffixes.count(words.front()) > 0 && initials_fit_rest(initials, words.subspan(1));
  }

  bool described_as_organization(std::size_t end) const {
    if (end + 2 >= text_.size() || text_[end] != ',') return false;
    auto words = words_at(text_, end + 1, std::min(text_.size(), end + 64));
    if (words.empty() ||
        (words[0].second != "the" && words[0].second != "a" && words[0].second != "an"))
      return false;
    constexpr std::size_t max_words = 6;
    for (std::size_t i = 1; i < words.size() && i <= max_words; ++i) {
      if (prepared_.organization_nouns.count(words[i].second) ||
          prepared_.product_nouns.count(words[i].second))
        return true;
      // The clause ended between the two words.
      if (text_.substr(words[i - 1].first, words[i].first - words[i - 1].first).find(',') !=
          std::string_view::npos)
        return false;
    }
    return false;
  }

  // "Biren, which Washington blacklisted", "Cambricon was established": a word that a relative
  // clause describes, or that a passive trigger has as its subject, is a name.
  bool subject_of_event(std::size_t t) const {
    const event_token& token = scan_.tokens[t];
    std::string_view after = text_.substr(token.end, 8);
    if (after.starts_with(", which ") || after.starts_with(", who ")) return true;
    if (described_by_participle(token.end) && !opening_adverb(token)) return true;
    // (An article before the trigger is a token of its own: "was added to the Entity List".)
    std::size_t n = t + 1;
    while (n < scan_.tokens.size() && scan_.tokens[n].kind == event_token_kind::determiner) ++n;
    if (n >= scan_.tokens.size()) return false;
    const event_token& next = scan_.tokens[n];
    // (Room for "was added to the" before the trigger; the other forms are shorter.)
    if (next.kind != event_token_kind::trigger || next.begin > token.end + 28) return false;
    // "Sophgo, blacklisted in October 2024, ...": a participle trigger describing it.
    std::string_view gap = text_.substr(token.end, next.begin - token.end);
    std::string_view trigger_word = text_.substr(next.begin, next.end - next.begin);
    if (gap == ", " && trigger_word.size() > 3 && trigger_word.ends_with("ed")) return true;
    auto between = words_between(text_, token.end, next.begin);
    // "Zeekr listed in New York": one word (no plural: "Regulators banned") right before a
    // past trigger is its subject.
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    if (between.empty() && next.begin == token.end + 1 && is_past(next) &&
        word.find(' ') == std::string_view::npos && (!word.ends_with("s") || word.ends_with("ss")))
      return true;
    // "Shein will list its shares": one word (no plural) right before a future marker and the
    // trigger is its subject as well.
    if (!between.empty() && between.size() <= 3 && next.begin <= token.end + 20 &&
        word.find(' ') == std::string_view::npos && !word.ends_with("s") &&
        !is_upper(text_[next.begin]) && future_markers_.found_in(between))
      return true;
    static const word_set auxiliaries = {"was", "were", "is", "has", "had", "been"};
    std::size_t aux = 0;
    while (aux < between.size() && auxiliaries.count(between[aux])) ++aux;
    if (aux == between.size()) return aux > 0;
    // "Loongson was added to the Entity List", "Sophgo was put on a U.S. trade blacklist": the
    // auxiliaries, then an object marker before the trigger, articles and "U.S." aside.
    static const word_set articles = {"the", "a", "an", "its", "their", "u", "s"};
    std::vector<std::string> marker(between.begin() + long(aux), between.end());
    while (!marker.empty() && articles.count(marker.back())) marker.pop_back();
    return aux > 0 && marker.size() >= 2 && marker.size() <= 3 &&
           prepared_.object_markers.found_in(marker);
  }

  // "Still,", "Overall,", "Separately,": a sentence adverb before a comma, never a name.
  bool opening_adverb(const event_token& token) const {
    static const word_set adverbs = {"still", "overall",   "instead",    "meanwhile",   "however",
                                     "yet",   "today",     "yesterday",  "now",         "then",
                                     "later", "earlier",   "also",       "indeed",      "thus",
                                     "hence", "therefore", "moreover",   "furthermore", "again",
                                     "once",  "first",     "second",     "finally",     "next",
                                     "last",  "recently",  "previously", "initially",   "notably"};
    std::string word = lowercase(text_.substr(token.begin, token.end - token.begin));
    return word.ends_with("ly") || adverbs.count(word) > 0;
  }

  // "Loongson, added to the Entity List in January, unveiled ...", "Hesai, based in Shanghai,":
  // a participle with its preposition after the comma describes a name (an opening adverb,
  // "Separately, listed firms", is followed by no preposition).
  bool described_by_participle(std::size_t end) const {
    if (end + 2 >= text_.size() || text_[end] != ',' || text_[end + 1] != ' ') return false;
    static const word_set prepositions = {"to",   "in", "by",    "on",    "from", "for", "as",
                                          "with", "at", "under", "after", "into", "off"};
    auto words = words_at(text_, end + 2, std::min(text_.size(), end + 40));
    return words.size() >= 2 && words[0].first == end + 2 && words[0].second.size() > 4 &&
           words[0].second.ends_with("ed") &&
           words[1].first == words[0].first + words[0].second.size() + 1 &&
           prepositions.count(words[1].second) > 0;
  }

  // "Tencent reported net profit of ...", "Xpeng said": a single capitalized word right before
  // a speech or report verb is who spoke. Not a plural ("Analysts said", "Officials said").
  bool subject_of_statement(const event_token& token) const {
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    if (word.find(' ') != std::string_view::npos || word.size() < 3 || word.ends_with("s"))
      return false;
    std::string next = word_after(text_, token.end);
    return !next.empty() && speech_verbs_.count(next) > 0;
  }

  bool is_possessive(std::size_t end) const {
    std::string_view after = text_.substr(end, 4);
    return after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
  }

  // "HANGZHOU - Alibaba ...", "BEIJING (Reuters) -": a place in capitals opening a paragraph
  // before a dash or a wire's name tells where the story was filed; it names no participant.
  bool is_dateline(const event_token& token) const {
    if (token.begin > 0 && text_[token.begin - 1] != '\n') return false;
    auto raw = text_.substr(token.begin, token.end - token.begin);
    if (raw.size() < 3 ||
        std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return false;
    // (A wire's name in brackets, then the dash: "BEIJING (Reuters) -".)
    std::size_t at = token.end;
    if (text_.substr(at, 2) == " (") {
      std::size_t close = text_.find(')', at);
      if (close == std::string_view::npos || close > at + 24) return false;
      at = close + 1;
    }
    auto rest = text_.substr(at, 5);
    return rest.starts_with(" - ") || rest.starts_with(" \xe2\x80\x94") ||
           rest.starts_with(" \xe2\x80\x93");
  }

  // A capitalized run from the grammar, cleaned: leading function words ("The", "When") and
  // words that never name anyone ("AI", "CEO") are dropped; a lone sentence-initial word is
  // more likely an ordinary word than a name.
  std::optional<participant> name_participant(const event_token& token, bool sentence_initial) {
    std::string_view raw = text_.substr(token.begin, token.end - token.begin);
    // "5-nanometer", "5nm", "5 nm": one process, keyed "5nm"; "910C" alone is a model.
    if (!raw.empty() && raw[0] >= '0' && raw[0] <= '9') {
      std::size_t digits = raw.find_first_not_of("0123456789");
      if (digits != std::string_view::npos && raw[digits] >= 'A' && raw[digits] <= 'Z')
        return participant{lowercase(raw), std::string(raw), entity_kind::product};
      participant node;
      node.display = std::string(raw.substr(0, digits)) + "nm";
      node.key = node.display;
      node.kind = entity_kind::product;
      return node;
    }
    if (is_dateline(token)) return std::nullopt;
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < raw.size()) {
      while (i < raw.size() && raw[i] == ' ') ++i;
      std::size_t b = i;
      while (i < raw.size() && raw[i] != ' ') ++i;
      if (i > b) parts.push_back(raw.substr(b, i - b));
    }
    // "Over 800 companies": a bare number opens no name ("Falcon 8" keeps its number).
    auto number = [](std::string_view part) {
      return std::all_of(part.begin(), part.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.';
      });
    };
    // "President Biden", "Premier Li": a title before the name makes it a person's.
    static const std::unordered_set<std::string_view> titles = {
        "President",     "Premier",  "Minister", "Secretary", "Chairman", "Chairwoman",
        "Senator",       "Governor", "Mr",       "Mrs",       "Ms",       "Dr",
        "Judge",         "Justice",  "Mr.",      "Mrs.",      "Ms.",      "Dr.",
        "Representative"};
    bool titled = false;
    while (!parts.empty() && (not_names_.count(parts.front()) || number(parts.front()))) {
      titled = titles.count(parts.front()) > 0;
      parts.erase(parts.begin());
      sentence_initial = false;
    }
    // "Moonshot AI" is a name even at a sentence start: two capitalized words are no opener.
    bool several_words = parts.size() > 1;
    // ("HarmonyOS Next", "Xbox One": a version word ending a name is part of it.)
    static const word_set versions = {"Next", "One", "Two", "Three"};
    while (!parts.empty() && not_names_.count(parts.back()) &&
           !(parts.size() > 1 && versions.count(parts.back())))
      parts.pop_back();
    if (parts.empty()) return std::nullopt;
    // "CATL", "ByteDance": two capitals in one word make a name wherever it stands; so does a
    // possessive ("Alibaba's cloud revenue").
    auto capitals = std::count_if(parts.front().begin(), parts.front().end(), is_upper);
    bool possessive = is_possessive(token.end);
    // (An opening word that is no English word is a name all the same: "Loongson, added to";
    // but not a plural, which the dictionary may lack: "Chipmakers", "Organisers".)
    if (parts.size() == 1 && !several_words && sentence_initial && capitals < 2 && !possessive &&
        !names_inside_.count(parts.front()) &&
        (parts.front().ends_with("s") || is_common_word(parts.front())))
      return std::nullopt;
    participant p;
    bool has_digit = false;
    for (auto part : parts) {
      if (!p.display.empty()) p.display += ' ';
      p.display += part;
      has_digit = has_digit || std::any_of(part.begin(), part.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c));
                  });
    }
    p.key = lowercase(p.display);
    // "Kunlun P800" and "P800", "Ascend 910C" and "the 910C": a last word holding letters and
    // digits is the model's own name, and identifies it.
    if (parts.size() > 1) {
      std::string_view model = parts.back();
      bool letters = std::any_of(model.begin(), model.end(), is_alpha);
      bool digits =
          std::any_of(model.begin(), model.end(), [](char c) { return c >= '0' && c <= '9'; });
      // (Not a variant after a version, "Qwen 2.5-Max": that one is the family's.)
      if (letters && digits && model.find('-') == std::string_view::npos) p.key = lowercase(model);
    }
    // A name with a model number ("Mate 60 Pro", "H20") names a product; two or three words
    // opening with a listed personal name ("Zhang Jianzhong", "Jensen Huang") a person.
    p.kind = has_digit ? entity_kind::product : entity_kind::name;
    // "its Hunyuan models", "Kunlun chips": a name right before a product noun names a product.
    // ("Huawei's HarmonyOS laptops": a line of things the name marks, not the name's own
    // product; keyed with its noun, apart from "HarmonyOS".)
    if (!possessive) {
      std::string noun = word_after(text_, token.end);
      bool plural = noun.size() > 3 && noun.back() == 's';
      if (plural) noun.pop_back();
      if (!noun.empty() && prepared_.product_nouns.count(noun)) {
        p.kind = entity_kind::product;
        static const word_set devices = {"laptop", "pc",    "computer",   "tablet",
                                         "watch",  "phone", "smartphone", "handset"};
        if (plural && !has_digit && devices.count(noun)) {
          p.key += " " + noun + "s";
          p.display += " " + noun + "s";
        }
      }
    }
    if (titled && !has_digit && parts.size() <= 3) p.kind = entity_kind::person;
    // "the Supreme Court", "the Federal Trade Commission": a body of a state, where it acts.
    if (!has_digit && parts.size() >= 2 && p.kind == entity_kind::name &&
        prepared_.authority_nouns.count(lowercase(parts.back())))
      p.kind = entity_kind::government;
    if (!has_digit && p.kind == entity_kind::name && (parts.size() == 2 || parts.size() == 3) &&
        prepared_.person_names.count(parts.front()) &&
        std::none_of(parts.begin(), parts.end(), [&](std::string_view part) {
          return prepared_.person_name_exceptions.count(part) > 0;
        }))
      p.kind = entity_kind::person;
    return p;
  }

  // A place stands for itself: the places of rules/entities.toml share one entry.
  participant entity_participant(const event_token& token) const {
    const entity& e = words_.entities[std::size_t(token.id)];
    if (e.kind == entity_kind::place) {
      // The shared entry of places stands for each place's own text; a named place entity
      // (an exchange: "Nasdaq" is New York) for its name.
      std::string text(e.name.starts_with("(") ? text_.substr(token.begin, token.end - token.begin)
                                               : std::string_view(e.name));
      return {lowercase(text), text, e.kind};
    }
    return {e.id, e.name, e.kind};
  }

  // The last words before the trigger in its clause (at most 80 bytes back: bounded work).
  std::vector<std::string> words_before(std::size_t clause_begin, std::size_t trigger_begin) const {
    std::size_t from = std::max(clause_begin, trigger_begin > 80 ? trigger_begin - 80 : 0);
    auto words = words_between(text_, from, trigger_begin);
    if (from > clause_begin && !words.empty()) words.erase(words.begin()); // maybe cut in two
    return words;
  }

  // The four words before the trigger in its clause, less those of a date ("on May 21 that it
  // banned": "May" is no hedge).
  std::vector<std::string> near_words(std::size_t clause_begin, std::size_t trigger_begin) const {
    constexpr std::size_t count = 4, window = 48;
    auto before = words_before(clause_begin, trigger_begin);
    if (before.size() > count) before.erase(before.begin(), before.end() - long(count));
    // (Only a month name that is also a hedge needs the dates looked up.)
    if (std::find(before.begin(), before.end(), "may") == before.end()) return before;
    std::size_t from = std::max(clause_begin, trigger_begin > window ? trigger_begin - window : 0);
    auto words = words_at(text_, from, trigger_begin);
    if (from > clause_begin && !words.empty()) words.erase(words.begin()); // maybe cut in two
    std::vector<std::string> out;
    auto date = first_from(scan_.dates, from);
    for (auto& [at, word] : words) {
      while (date != scan_.dates.end() && date->end <= at) ++date;
      if (date != scan_.dates.end() && date->begin <= at) continue;
      out.push_back(std::move(word));
    }
    if (out.size() > count) out.erase(out.begin(), out.end() - long(count));
    return out;
  }

  // The four words before the trigger: where "will", "did not", "lifted the" stand.
  // "raised HK$35.7 billion, or about $4.6 billion, in its Hong Kong listing": a clause just
  // after the amount's (past a conversion) that opens with "in" and the event is where the
  // amount was raised.
  bool event_phrase_after(const std::vector<span>& clauses, std::size_t c,
                          const event_mention& em) const {
    for (std::size_t k = c + 1; k < clauses.size() && k <= c + 2; ++k) {
      auto opening = words_between(text_, clauses[k].begin, clauses[k].end);
      if (clauses[k].holds(em.begin))
        return !opening.empty() && opening.front() == "in" &&
               words_between(text_, clauses[k].begin, em.begin).size() <= 4;
      // Only a conversion may stand between: ", or about $4.6 billion,", " ($695 million)".
      static const word_set conversion_words = {"or",      "about",   "roughly", "some",
                                                "million", "billion", "trillion"};
      if (!std::all_of(opening.begin(), opening.end(), [](const std::string& w) {
            return conversion_words.count(w) || std::none_of(w.begin(), w.end(), is_alpha);
          }))
        return false;
    }
    return false;
  }
  // "listed on Nasdaq on November 27, raising $260 million": a participle clause right after
  // the event's goes on with the event (for an amount with a measure word: "pricing the base
  // version at" may be one version's price).
  bool participle_after_event(const std::vector<span>& clauses, std::size_t c,
                              const event_mention& em) const {
    if (c == 0 || !clauses[c - 1].holds(em.begin)) return false;
    auto opening =
        words_between(text_, clauses[c].begin, std::min(clauses[c].end, clauses[c].begin + 24));
    return !opening.empty() && opening.front().size() > 5 && opening.front().ends_with("ing");
  }

  // "..., telling reporters that Nvidia's share had fallen to 50%": a participle of saying that
  // names an owner of its own before the amount reports its own facts, not the event's amount
  // ("..., saying it had cost about $5.6 million to train" still tells the event's).
  bool says_own_fact(span clause, std::size_t amount_begin,
                     const std::vector<std::pair<std::size_t, participant>>& tokens) const {
    auto opening = words_between(text_, clause.begin, std::min(clause.end, clause.begin + 24));
    if (opening.empty() || !speech_verbs_.count(opening.front())) return false;
    return std::any_of(tokens.begin(), tokens.end(), [&](const auto& t) {
      return t.first <= amount_begin && !is_locale(t.second);
    });
  }

  // "its smartphone revenue", "Nvidia's data center revenue", "revenue from China": a segment
  // of the whole, measured apart from it. The words between a possessive (or "its", "the")
  // and the measure word, unless they only say which total ("total", "annual", "net"); a
  // capitalized name after "from"/"in" right after the measure word.
  std::string segment_of(std::size_t measure_begin, span clause) const {
    // Words that only say which whole, or what is traded, spent or counted ("chip imports",
    // "capital expenditure"), or tie the phrase together: no segment.
    static const word_set whole = {
        "total", "overall", "annual", "yearly", "quarterly", "net", "gross", "adjusted",
        "operating", "consolidated", "group", "record", "reported", "full", "year", "quarter",
        "first", "second", "third", "fourth", "half", "fiscal", "calendar", "monthly", "combined",
        "global", "worldwide", "company", "latest", "recent", "new", "s", "core", "underlying",
        "comparable", "same", "capital", "chip", "chips", "semiconductor", "to", "of", "in", "on",
        "for", "and", "or", "with", "by", "from", "at", "as", "that", "which", "was", "is", "were",
        "are", "will", "would", "its", "their", "the", "a", "an", "this", "last", "next", "market",
        "stock", "share", "shares", "expected", "estimated", "planned", "it", "they", "we", "he",
        "she", "country", "nation",
        // The amount's own words ("the $3.5 billion charge"): no segment.
        "thousand", "million", "billion", "trillion", "bn", "mn", "percent", "cent", "yuan",
        "dollar", "dollars", "euros", "euro", "yen", "won"};
    static const word_set openers = {"its", "their", "the", "his", "her", "our", "s"};
    auto plain = [&](const std::string& w) {
      if (w.empty() || whole.count(w)) return false;
      for (char ch : w)
        if (!is_alpha(ch) && ch != '-') return false;
      // "third-quarter", "full-year": each part
      std::size_t dash = w.find('-');
      return dash == std::string::npos ||
             (!whole.count(w.substr(0, dash)) && !whole.count(w.substr(dash + 1)));
    };
    std::string part;
    // (A few words either side are enough: this runs for every amount.)
    auto before = words_at(
        text_, std::max(clause.begin, measure_begin > 64 ? measure_begin - 64 : 0), measure_begin);
    // Up to two words of the segment, right before the measure word, after a possessor.
    std::size_t n = before.size(), take = 0;
    // "Shares of the battery maker jumped": an organization noun describes the owner.
    if (n > 0 && prepared_.organization_nouns.count(before[n - 1].second)) n = 0;
    // (Lowercase words, or an acronym: "its AI cloud revenue".)
    auto segment_word = [&](const std::pair<std::size_t, std::string>& w) {
      if (!plain(w.second)) return false;
      auto raw = text_.substr(w.first, w.second.size());
      return !is_upper(raw[0]) ||
             (raw.size() <= 3 &&
              std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    };
    while (take < 2 && take < n && segment_word(before[n - 1 - take])) ++take;
    auto possessor = [&](const std::pair<std::size_t, std::string>& w) {
      return openers.count(w.second) || w.second.ends_with("'s") ||
             is_possessive(w.first + w.second.size());
    };
    // ... or after a period's adjective: "fourth-quarter data centre revenue", "its 2024 cloud
    // revenue", "annual advertising revenue" (a verb before the words may be one of them:
    // "said revenue").
    auto period_adjective = [&](const std::string& w) {
      std::size_t dash = w.find('-');
      if (dash != std::string::npos)
        return whole.count(w.substr(0, dash)) && whole.count(w.substr(dash + 1));
      return (w.size() == 4 &&
              std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) ||
             w == "annual" || w == "quarterly" || w == "yearly" || w == "monthly";
    };
    if (take > 0 && take < n &&
        (possessor(before[n - 1 - take]) || period_adjective(before[n - 1 - take].second)))
      for (std::size_t k = n - take; k < n; ++k)
        part += (part.empty() ? "" : "_") + before[k].second;
    // "Huawei's consumer business reported revenue of ...": a business of the owner's named as
    // the clause's subject is the segment.
    static const word_set business_nouns = {"business", "businesses", "unit",      "division",
                                            "arm",      "segment",    "operations"};
    if (part.empty())
      for (std::size_t b = 0; b + 2 < n; ++b) {
        if (!possessor(before[b])) continue;
        std::size_t noun = b + 1;
        while (noun < n && noun <= b + 2 && segment_word(before[noun]) &&
               !business_nouns.count(before[noun].second))
          ++noun;
        if (noun == b + 1 || noun >= n || !business_nouns.count(before[noun].second)) continue;
        for (std::size_t k = b + 1; k < noun; ++k)
          part += (part.empty() ? "" : "_") + before[k].second;
        break;
      }
    // "revenue from China", "sales in Europe", "revenue from Chinese customers": a market.
    // ("Xiaomi shares fell 4% in Hong Kong": where shares trade tells one listing of a company
    // listed twice from another, so it stays part of the measure.)
    auto after = words_at(text_, measure_begin, std::min(clause.end, measure_begin + 48));
    if (after.size() >= 3 && (after[1].second == "from" || after[1].second == "in")) {
      static const word_set demonyms = {"chinese", "american", "european", "japanese",
                                        "korean",  "indian",   "domestic", "overseas"};
      auto token = first_from(scan_.tokens, after[2].first);
      bool market = token != scan_.tokens.end() && token->begin == after[2].first &&
                    token->kind == event_token_kind::entity &&
                    (words_.entities[std::size_t(token->id)].kind == entity_kind::place ||
                     words_.entities[std::size_t(token->id)].kind == entity_kind::government);
      // ("in Hong Kong": the place's whole name.)
      std::string where = market ? lowercase(text_.substr(token->begin, token->end - token->begin))
                                 : after[2].second;
      std::replace(where.begin(), where.end(), ' ', '_');
      if (market || demonyms.count(after[2].second))
        part += (part.empty() ? "" : "_") + after[1].second + "_" + where;
    }
    return part;
  }
  // "began offering rides in Wuhan in August 2022 and now runs about 400 cars": after "and"
  // and a verb the sentence tells a second fact; its amount is not the first one's ("bought
  // Quillo and Vexa for $2 billion" joins names, not predicates).
  // Where its "and" stands, or npos.
  std::size_t second_predicate_between(std::size_t from, std::size_t to) const {
    auto words = words_at(text_, from, to);
    static const word_set joiners = {"a", "an", "the", "its", "their", "his", "her", "other"};
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
      if (words[i].second == "and" && !is_upper(text_[words[i + 1].first]) &&
          !joiners.count(words[i + 1].second) &&
          !std::isdigit(static_cast<unsigned char>(text_[words[i + 1].first])))
        return words[i].first;
    return std::string::npos;
  }

  bool is_future(const std::vector<std::string>& near) const {
    return future_markers_.found_in(near);
  }

  // (A phrase by its first word: "suspended new downloads", "went on sale".)
  bool is_past(const event_token& token) const {
    std::string_view text = text_.substr(token.begin, token.end - token.begin);
    std::string word = lowercase(text.substr(0, text.find(' ')));
    return (word.size() > 3 && word.compare(word.size() - 2, 2, "ed") == 0) ||
           past_forms_.count(word);
  }

  bool is_hedged(const std::vector<std::string>& near) const {
    for (const auto& w : near)
      if (negations_.count(w)) return true;
    return hedges_.found_in(near);
  }

  void add_sentence(span sentence) {
    ++sentence_number_;
    last_government_before_ = last_government_;
    auto clauses = split_clauses(text_, sentence);
    auto clause_of = [&](std::size_t offset) { return clause_holding(clauses, offset); };
    // Tokens and dates are sorted by offset: binary search for the sentence's share.
    std::vector<std::size_t> token_ids, date_ids;
    for (auto it = first_from(scan_.tokens, sentence.begin);
         it != scan_.tokens.end() && it->begin < sentence.end; ++it)
      token_ids.push_back(std::size_t(it - scan_.tokens.begin()));
    auto first_date = first_from(scan_.dates, sentence.begin);
    for (auto it = first_date; it != scan_.dates.end() && it->begin < sentence.end; ++it)
      date_ids.push_back(std::size_t(it - scan_.dates.begin()));
    // "The company ...", "The Beijing start-up ...", "Today the company ...": the organization
    // named last, as if the sentence named it there.
    std::optional<participant> referred;
    std::size_t referred_at = 0, referred_end = 0; // "The company": where it starts and ends
    std::size_t owned_at = std::string::npos;      // "The parent company of TikTok": TikTok
    if (std::size_t f = first_word(sentence); f + 4 < sentence.end) {
      auto opening = words_at(text_, f, std::min(sentence.end, f + 60));
      // "It was placed on the Entity List in December 2020.": a sentence opening with "It"
      // goes on about the organization the text named last.
      // ("Its rival WeRide listed on the Nasdaq": the name after a relation is the subject.)
      bool related_name = opening.size() > 2 && opening[0].second == "its" &&
                          relation_nouns.count(opening[1].second) &&
                          is_upper(text_[opening[2].first]);
      if (!opening.empty() && !related_name &&
          (text_.substr(opening[0].first, 3) == "It " ||
           text_.substr(opening[0].first, 4) == "Its ")) {
        referred = last_organization(); // "Its latest funding round": the same organization
        referred_at = opening[0].first;
        referred_end = referred_at + opening[0].second.size();
      }
      // "ByteDance Plots Its AI Future. The parent company of TikTok plans ...": a parent told
      // by what it owns is the organization named last (TikTok is no participant).
      if (!referred && opening.size() > 3 && opening[0].second == "the" &&
          (opening[1].second == "parent" || opening[1].second == "owner")) {
        std::size_t of = opening[2].second == "of" ? 2 : 3;
        if (of < opening.size() - 1 && opening[of].second == "of" &&
            is_upper(text_[opening[of + 1].first]))
          if (auto last = last_organization()) {
            referred = last;
            referred_at = opening[0].first;
            referred_end = opening[of].first + 2;
            owned_at = opening[of + 1].first;
          }
      }
      // "China's appetite is not shrinking. The country imported ...": the government named
      // last.
      if (!referred && opening.size() > 2 && opening[0].second == "the" &&
          (opening[1].second == "country" || opening[1].second == "nation") && last_government_) {
        referred = last_government_;
        referred_at = opening[0].first;
        referred_end = opening[1].first + opening[1].second.size();
      }
      // "Washington added it to the Entity List": "it" right after a past verb near the
      // sentence's start is the organization named last, what the verb acted on.
      for (std::size_t t = 1; t < opening.size() && t <= 4 && !referred; ++t)
        if (opening[t].second == "it" && opening[t - 1].second.size() > 3 &&
            (opening[t - 1].second.ends_with("ed") || past_forms_.count(opening[t - 1].second))) {
          referred = last_organization();
          referred_at = opening[t].first;
          referred_end = referred_at + 2;
        }
      // "HarmonyOS Next, which the company rolled out in June 2024": "the company" opening a
      // relative clause is the organization named last too.
      std::string_view head = text_.substr(f, std::min(sentence.end, f + 240) - f);
      if (!referred && (head.find("which the ") != std::string_view::npos ||
                        head.find("that the ") != std::string_view::npos)) {
        auto words = words_at(text_, f, std::min(sentence.end, f + 240));
        for (std::size_t t = 0; t + 2 < words.size() && !referred; ++t)
          if ((words[t].second == "which" || words[t].second == "that") &&
              words[t + 1].second == "the" &&
              prepared_.organization_nouns.count(words[t + 2].second)) {
            referred_at = words[t + 1].first;
            referred_end = words[t + 2].first + words[t + 2].second.size();
            // The company this sentence named before it ("Huawei's flagship, ..."), else the
            // one named last.
            for (std::size_t id : token_ids) {
              const event_token& tk = scan_.tokens[id];
              if (tk.end > referred_at) break;
              std::optional<participant> p;
              if (tk.kind == event_token_kind::name) p = name_participant(tk, tk.begin == f);
              if (tk.kind == event_token_kind::entity) p = entity_participant(tk);
              if (p && (p->kind == entity_kind::name || p->kind == entity_kind::organization))
                referred = p;
            }
            if (!referred) referred = last_organization();
          }
      }
      constexpr std::size_t max_modifiers = 2, max_opening_words = 3;
      // "The chip had been banned since early 2025": the product last named with that noun,
      // else the known product named last ("The model was released" after "its V3 model ...
      // using 2,048 H800 chips" is the V3).
      if (!referred && opening.size() > 2 && opening[0].second == "the" &&
          prepared_.product_nouns.count(opening[1].second)) {
        referred = product_named_with(opening[1].second);
        if (referred) {
          referred_at = opening[0].first;
          referred_end = opening[1].first + opening[1].second.size();
        }
      }
      // "In that same quarter, the chipmaker booked ...": past an opening adverbial phrase.
      std::size_t after_adverbial = opening.size();
      static const word_set adverbial_openers = {"in", "for",   "during", "on",
                                                 "at", "after", "before", "since",
                                                 "by", "over",  "last",   "this"};
      if (!opening.empty() && adverbial_openers.count(opening[0].second))
        for (std::size_t t = 1; t < opening.size() && t <= 7; ++t)
          if (text_.substr(opening[t - 1].first, opening[t].first - opening[t - 1].first)
                  .find(',') != std::string_view::npos) {
            after_adverbial = t;
            break;
          }
      for (std::size_t t = 0; t < opening.size() && !referred; ++t) {
        if (t > max_opening_words && t != after_adverbial) continue;
        if (opening[t].second != "the") continue;
        // "Zeekr, the premium electric brand,": an appositive describes the name before it.
        if (t > 0 && is_upper(text_[opening[t - 1].first]) &&
            text_.substr(opening[t - 1].first, opening[t].first - opening[t - 1].first).find(',') !=
                std::string_view::npos)
          continue;
        for (std::size_t n = t + 1; n < opening.size() && n <= t + 1 + max_modifiers; ++n)
          if (prepared_.organization_nouns.count(without_possessive(opening[n].second))) {
            // Modifiers are capitalized or hyphenated ("Beijing", "Hangzhou-based"): "the
            // company" after "the chip" would be two things.
            // Nouns used as modifiers ("the graphics chip start-up", "the AI lab") too, but
            // not words that make it another one ("the other company", "the new firm").
            static const word_set not_modifiers = {
                "other",    "new",    "same",    "former",   "parent", "rival",
                "first",    "second", "and",     "or",       "of",     "in",
                "for",      "with",   "to",      "combined", "merged", "acquiring",
                "acquired", "larger", "smaller", "last",     "next"};
            bool modifiers_ok = true;
            for (std::size_t m = t + 1; m < n; ++m)
              modifiers_ok = modifiers_ok && (is_upper(text_[opening[m].first]) ||
                                              opening[m].second.find('-') != std::string::npos ||
                                              prepared_.product_nouns.count(opening[m].second) ||
                                              !not_modifiers.count(opening[m].second));
            if (modifiers_ok) {
              referred = last_organization();
              referred_at = opening[t].first;
              referred_end = opening[n].first + without_possessive(opening[n].second).size();
            }
            break;
          }
      }
    }
    // "the company will add capacity despite the restrictions it has faced since it was
    // blacklisted in 2019": "it" as the subject of a passive trigger that acts on an
    // organization (a ban, a founding, a listing) is the organization named last, when the
    // sentence names no product or other party before it (that would be what "it" is).
    if (!referred)
      if (auto it_at = passive_it(sentence, token_ids)) {
        referred = last_organization();
        referred_at = *it_at;
        referred_end = *it_at + 2;
      }
    // "completed the acquisition of the Israeli networking firm": an organization described
    // as what a trigger acts on is the one named last, when this sentence has not named it
    // before the trigger (that would be the one acting).
    if (!referred)
      if (auto described = described_object(sentence, token_ids)) {
        std::set<std::string> named_before;
        for (std::size_t id : token_ids) {
          const event_token& tk = scan_.tokens[id];
          if (tk.begin >= described->first) break;
          std::optional<participant> p;
          if (tk.kind == event_token_kind::name) p = name_participant(tk, false);
          if (tk.kind == event_token_kind::entity) p = entity_participant(tk);
          if (p) named_before.insert(p->key);
        }
        const seen_name* latest = nullptr;
        for (const auto& [key, seen] : prominence_)
          if (!named_before.count(key) && (!latest || seen.last > latest->last)) latest = &seen;
        if (latest) {
          referred = latest->who;
          std::tie(referred_at, referred_end) = *described;
        }
      }
    struct remember_organization {
      mention_builder& self;
      const std::vector<std::size_t>& tokens;
      std::size_t opening_at;
      ~remember_organization() { self.remember_organization(tokens, opening_at); }
    } remember{*this, token_ids, first_word(sentence)};
    // A sentence naming nothing can still state an amount that goes on with the one before.
    auto first_amount = first_from(scan_.quantities, sentence.begin);
    bool has_amount = first_amount != scan_.quantities.end() && first_amount->begin < sentence.end;
    if (token_ids.empty() && !has_amount) return;
    std::size_t first_mention = mentions_.size();

    // Participants of each clause, and which clauses hold a trigger.
    std::vector<std::vector<participant>> clause_participants(clauses.size());
    std::vector<std::vector<std::pair<std::size_t, participant>>> clause_governments(
        clauses.size());
    std::vector<bool> clause_has_trigger(clauses.size(), false);
    // Where each clause's first contrast marker ends, found once when a trigger first asks.
    constexpr std::size_t not_looked = std::string::npos - 1;
    std::vector<std::size_t> clause_contrast(clauses.size(), not_looked);
    auto contrast_in = [&](std::size_t i) {
      if (clause_contrast[i] == not_looked) clause_contrast[i] = contrast_marker_end(clauses[i]);
      return clause_contrast[i];
    };
    std::vector<std::vector<std::pair<std::size_t, participant>>> clause_tokens(clauses.size());
    // "banned in India": the trigger's begin and the government of the place after it.
    std::vector<std::pair<std::size_t, participant>> jurisdictions;
    std::size_t first_token_begin = first_word(sentence);
    for (std::size_t t : token_ids) {
      const event_token& token = scan_.tokens[t];
      std::size_t c = clause_of(token.begin);
      std::optional<participant> p;
      if (token.begin == owned_at) continue; // what a parent is told by
      if (token.kind == event_token_kind::entity) p = entity_participant(token);
      if (token.kind == event_token_kind::name) {
        p = name_participant(token, token.begin == first_token_begin);
        // "Founded in Ningde", "listed in Shenzhen": a name right after a trigger and "in" is
        // where it happened.
        if (p && after_trigger_in(token, t)) p->kind = entity_kind::place;
      }
      // ("at a launch event in Beijing on Thursday": a trigger that only modifies a noun reports
      // nothing, and leaves the clause's date to the verb before it.)
      if (token.kind == event_token_kind::trigger && !modifies_noun(token, sentence.end) &&
          !inside_compound(token))
        clause_has_trigger[c] = true;
      if (!p) continue;
      // "The Beijing company", "a Washington think-tank firm": a government's seat before an
      // organization noun is where that organization is, not an agent.
      if (p->kind == entity_kind::government) {
        auto next = words_between(text_, token.end, std::min(sentence.end, token.end + 32));
        for (std::size_t n = 0; n < next.size() && n < 2; ++n)
          if (prepared_.organization_nouns.count(next[n])) p->kind = entity_kind::place;
      }
      if (p->kind == entity_kind::organization || p->kind == entity_kind::name)
        if (names_parts(token, sentence)) {
          p->key += " subsidiaries";
          p->display += " subsidiaries";
        }
      clause_tokens[c].emplace_back(token.end, *p);
      if (names_gathering({*p})) last_gathering_ = {*p, sentence_number_};
      if (p->kind == entity_kind::government) {
        clause_governments[c].emplace_back(token.begin, *p);
        last_government_ = *p;
        last_government_at_ = token.begin;
      }
      if (is_locale(*p) && after_trigger_in(token, t, &trigger_class::place_is_agent))
        jurisdictions.emplace_back(scan_.tokens[t - 1].begin, as_government(*p));
      clause_participants[c].push_back(*p);
    }

    // "backed by Alibaba", "owned by the state": a clause describing a name by another one; its
    // names act in no other clause's event.
    // Read only when a trigger borrows names from another clause.
    auto describes_by_agent = [&](std::size_t c) {
      auto opening =
          words_between(text_, clauses[c].begin, std::min(clauses[c].end, clauses[c].begin + 24));
      return opening.size() >= 2 && opening[1] == "by" &&
             (opening[0].ends_with("ed") || opening[0] == "run" || opening[0] == "led" ||
              opening[0] == "held" || opening[0] == "built" || opening[0] == "made");
    };
    if (referred) {
      std::size_t c = clause_of(referred_at);
      auto& tokens = clause_tokens[c];
      auto at = std::find_if(tokens.begin(), tokens.end(),
                             [&](const auto& t) { return t.first > referred_end; });
      tokens.insert(at, {referred_end, *referred});
      clause_participants[c].push_back(*referred);
    }
    // "banned exports of gallium, germanium and antimony to the United States": the clauses
    // after a name that ends its clause, each opening with a name (the last after "and"), go on
    // with that clause's list; list_head[i] is the clause the list began in, for each item.
    std::vector<std::size_t> list_head(clauses.size(), std::string::npos);
    std::vector<std::size_t> list_items(clauses.size(), 0); // how many names open it
    for (std::size_t c = 0; c + 1 < clauses.size(); ++c) {
      if (clause_tokens[c].empty() || list_head[c] != std::string::npos) continue;
      const auto& [last_end, last] = clause_tokens[c].back();
      if (is_locale(last) || last.kind == entity_kind::person ||
          text_.substr(last_end, clauses[c].end - last_end).find_first_not_of(' ') !=
              std::string_view::npos)
        continue;
      for (std::size_t i = c + 1; i < clauses.size() && !clause_tokens[i].empty(); ++i) {
        std::size_t at = clauses[i].begin;
        while (at < clauses[i].end && text_[at] == ' ') ++at;
        bool last_item = text_.substr(at, 4) == "and " || text_.substr(at, 3) == "or ";
        const bool opens_with_and = last_item;
        if (last_item) at = text_.find(' ', at) + 1;
        const auto& [end, p] = clause_tokens[i].front();
        if (token_begin(end, p) != at || is_locale(p) || p.kind == entity_kind::person) break;
        // (An item alone in its clause, or the last one: "germanium", "and antimony to ...",
        // "germanium and antimony to ...".)
        bool alone = text_.substr(end, clauses[i].end - end).find_first_not_of(' ') ==
                     std::string_view::npos;
        if (!alone && !last_item && clause_tokens[i].size() > 1) {
          const auto& [next_end, next] = clause_tokens[i][1];
          std::size_t next_begin = token_begin(next_end, next);
          auto gap = text_.substr(end, next_begin > end ? next_begin - end : 0);
          last_item = (gap == " and " || gap == " or ") && !is_locale(next) &&
                      next.kind != entity_kind::person;
        }
        if (!alone && !last_item) break;
        list_head[i] = c;
        list_items[i] = alone || opens_with_and ? 1 : 2;
        if (last_item) break;
      }
    }

    for (std::size_t k = 0; k < token_ids.size(); ++k) {
      const event_token& token = scan_.tokens[token_ids[k]];
      bool is_trigger = token.kind == event_token_kind::trigger;
      bool is_noun = token.kind == event_token_kind::anaphor_noun;
      if (!is_trigger && !is_noun) continue;
      bool determined = false;
      if (k > 0) {
        const event_token& prev = scan_.tokens[token_ids[k - 1]];
        determined = prev.kind == event_token_kind::determiner &&
                     words_between(text_, prev.end, token.begin).size() <= 1 &&
                     clause_of(prev.begin) == clause_of(token.begin);
      }
      // "the licensing regime Beijing introduced in September 2023": a relative clause tells
      // which one, so the noun is no anaphor, and the clause's verb is the noun's event.
      if (determined && is_trigger && relative_clause_after(k, token_ids)) determined = false;
      if (is_trigger && k >= 2 && is_past(token) && relative_clause_after(k - 2, token_ids) &&
          scan_.tokens[token_ids[k - 2]].id != token.id)
        continue;
      if (is_noun && !determined) continue; // "a smart move" is not an anaphor
      // ("a review of its books" reviews nothing of the class; "the review" may be the one
      // told before.)
      if (is_trigger && !determined && is_class_anaphor(token)) continue;
      // "the first step toward an initial public offering", "the next move": a new act, not one
      // told before.
      if (is_noun) {
        static const word_set new_acts = {"first",  "second", "third",   "next",   "final",
                                          "latest", "new",    "initial", "further"};
        auto between = words_between(text_, scan_.tokens[token_ids[k - 1]].end, token.begin);
        auto after = words_between(text_, token.end, std::min(sentence.end, token.end + 10));
        if ((!between.empty() && new_acts.count(between.front())) ||
            (!after.empty() && (after.front() == "toward" || after.front() == "towards")))
          continue;
      }
      if (is_trigger && !word_counts(token, k, token_ids)) continue;
      bool gathering_anaphor = false; // "The conference, which opened on Saturday"
      if (is_trigger && !gathering_before(token, k, token_ids, gathering_anaphor)) continue;
      if (is_trigger && cancelled_after(token, sentence.end)) continue;
      if (inside_compound(token)) continue;
      if (is_trigger && modifies_noun(token, sentence.end)) continue;

      std::size_t c = clause_of(token.begin);
      event_mention m;
      m.trigger_class = is_trigger ? token.id : -1;
      if (is_trigger && prepared_.has_venue_words[std::size_t(token.id)]) {
        // "debuted on the Hong Kong Stock Exchange": a listing; "began trading" with no venue
        // after it reports nothing.
        auto venue = prepared_.venue_word_class.find(
            lowercase(text_.substr(token.begin, token.end - token.begin)));
        if (venue != prepared_.venue_word_class.end()) {
          if (venue_follows(token, clauses[c].end, venue->second))
            m.trigger_class = venue->second;
          else if (token.id == venue->second)
            continue;
        }
      }
      // "released its Ernie 4.5 models as open source": an open-sourcing.
      if (is_trigger && prepared_.recast_class[std::size_t(token.id)] >= 0 &&
          prepared_.recast_markers[std::size_t(token.id)].found_in(
              words_between(text_, token.end, clauses[c].end)))
        m.trigger_class = prepared_.recast_class[std::size_t(token.id)];
      m.begin = token.begin;
      m.end = token.end;
      // The words before the trigger in its clause, split once: hedges, future markers and
      // reference markers all look at them.
      auto before_trigger = words_before(clauses[c].begin, token.begin);
      std::vector<std::string> near(before_trigger.end() -
                                        long(std::min<std::size_t>(before_trigger.size(), 4)),
                                    before_trigger.end());
      if (std::find(near.begin(), near.end(), "may") != near.end())
        near = near_words(clauses[c].begin, token.begin); // "on May 21 that": no hedge
      // "the law that would force a sale of the app or ban it": an alternative shares the
      // modal of the verb it is offered against, further back in the clause.
      if (is_trigger && std::find(near.begin(), near.end(), "or") != near.end())
        near.assign(before_trigger.end() - long(std::min<std::size_t>(before_trigger.size(), 10)),
                    before_trigger.end());
      // "after the US banned the H800": a verb with its own subject after "after the" reports
      // an event ("after the ban" refers to one): its hedges follow that subject.
      if (is_trigger && is_past(token))
        for (std::size_t i = 0; i + 2 < near.size(); ++i)
          if (near[i + 1] == "the" && relation_words.count(near[i])) {
            near.erase(near.begin(), near.begin() + long(i + 2));
            break;
          }
      m.hedged = is_hedged(near);
      // "keeps releasing new versions": a habit, no one event.
      if (is_trigger && !near.empty()) {
        static const word_set habitual = {"keeps",    "keep",      "kept",      "continues",
                                          "continue", "continued", "continuing"};
        std::string_view tw = text_.substr(token.begin, token.end - token.begin);
        if (habitual.count(near.back()) && tw.ends_with("ing")) m.hedged = true;
      }
      m.future = is_future(near);
      std::optional<std::size_t> notice_date;
      if (m.hedged && is_trigger && words_.triggers[std::size_t(token.id)].notice_imposes)
        if ((notice_date = imposed_by_notice(sentence, token, date_ids)))
          m.hedged = m.future = false;
      m.past = is_trigger && !m.hedged && is_past(token);

      // The agent: the nearest government named before the trigger in its clause; the subject:
      // the nearest other name before it ("Quorvia Labs launched").
      for (const auto& [offset, government] : clause_governments[c])
        if (offset < token.begin && !is_destination(offset, clauses[c].begin)) m.agent = government;
      if (is_trigger && words_.triggers[std::size_t(token.id)].place_is_agent)
        if (auto place = place_acting(clause_tokens[c], clauses[c].begin, token)) m.agent = place;
      // "the restrictions Washington imposed": the relative clause's government acted.
      if (!m.agent && is_trigger && relative_clause_after(k, token_ids)) {
        const event_token& name = scan_.tokens[token_ids[k + 1]];
        if (name.kind == event_token_kind::entity &&
            words_.entities[std::size_t(name.id)].kind == entity_kind::government)
          m.agent = entity_participant(name);
      }
      // "Beijing also reached for other tools. Regulators said on February 4 that they had
      // opened an investigation": authorities opening the sentence with no place of their own
      // act for the government the text named last.
      // ("Chinese regulators told ByteDance ...": a demonym before them names the government;
      // "have been ordered by regulatory authorities to halt": so do authorities after "by".)
      std::vector<std::pair<std::size_t, participant>> authority;
      if (!m.agent && is_trigger && words_.triggers[std::size_t(token.id)].place_is_agent) {
        auto opening =
            words_at(text_, first_word(sentence), std::min(token.begin, first_word(sentence) + 32));
        if (!opening.empty() && prepared_.authority_nouns.count(opening[0].second) &&
            is_upper(text_[opening[0].first]) && last_government_before_) {
          m.agent = last_government_before_;
          authority.emplace_back(opening[0].first, *m.agent);
        } else if (opening.size() >= 2 && prepared_.authority_nouns.count(opening[1].second)) {
          if (auto g = demonym_government(opening[0].second)) {
            m.agent = g;
            authority.emplace_back(opening[1].first, *m.agent);
          }
        }
        // "Italy's data protection authority ordered DeepSeek blocked": a place's authority,
        // a few words after the possessive, acts for its government.
        if (!m.agent && !clause_tokens[c].empty()) {
          const auto& [end, place] = clause_tokens[c].front();
          std::size_t begin = token_begin(end, place);
          if (place.kind == entity_kind::place && begin == first_word(sentence) &&
              is_possessive(end)) {
            auto after = words_at(text_, end, token.begin);
            for (std::size_t w = 1; w < after.size() && w <= 4 && !m.agent; ++w)
              if (prepared_.authority_nouns.count(after[w].second)) {
                m.agent = as_government(place);
                authority.emplace_back(after[w].first, *m.agent);
              }
          }
        }
        auto before = words_at(text_, clauses[c].begin, token.begin);
        for (std::size_t w = 0; w + 1 < before.size() && !m.agent; ++w) {
          if (before[w].second != "by") continue;
          // "by regulators", "by regulatory authorities", "by Chinese regulators"
          std::size_t noun = w + 1;
          if (noun + 1 < before.size() && !prepared_.authority_nouns.count(before[noun].second))
            ++noun;
          if (!prepared_.authority_nouns.count(before[noun].second)) continue;
          auto g = noun == w + 2 ? demonym_government(before[w + 1].second) : std::nullopt;
          if (!g) g = last_government_before_;
          if (g) {
            m.agent = g;
            authority.emplace_back(before[noun].first, *m.agent);
          }
        }
      }
      // (Only the agent speaking for itself, and only when the trigger has no date of its own.)
      std::optional<std::size_t> announced_date;
      if (!notice_date && !m.hedged && m.agent && is_trigger &&
          words_.triggers[std::size_t(token.id)].notice_imposes &&
          last_word_before(token.begin, clauses[c].begin) != "had") {
        std::vector<std::pair<std::size_t, participant>> speakers;
        for (const auto& g : clause_governments[c])
          if (g.second.key == m.agent->key) speakers.push_back(g);
        speakers.insert(speakers.end(), authority.begin(), authority.end());
        announced_date = imposed_by_notice(sentence, token, date_ids, &speakers);
      }
      for (const auto& [trigger_begin, government] : jurisdictions)
        if (!m.agent && trigger_begin == token.begin) m.agent = government;
      for (const auto& [end, p] : clause_tokens[c])
        if (end <= token.begin && !is_locale(p)) m.subject = p;

      // "Cambricon was established in 2016 and listed on the STAR Market in 2020": names after
      // the clause's next trigger are that trigger's.
      std::size_t next_trigger = clauses[c].end;
      for (std::size_t n = k + 1; n < token_ids.size(); ++n) {
        const event_token& later = scan_.tokens[token_ids[n]];
        if (later.begin >= clauses[c].end) break;
        if (later.kind == event_token_kind::trigger && !inside_compound(later) &&
            word_counts(later, n, token_ids) &&
            !(n == k + 2 && relative_clause_after(k, token_ids))) {
          next_trigger = later.begin;
          // "compare the launch with DeepSeek's release of R1": the possessor is the later
          // trigger's.
          for (const auto& [end, p] : clause_tokens[c])
            if (end > token.end && end < later.begin && later.begin - end <= 4 &&
                is_possessive(end))
              next_trigger = std::min(next_trigger, token_begin(end, p));
          break;
        }
      }
      // "introduced Hunyuan in September 2023 and has since folded it into WeChat": a second
      // predicate after "and" names what its own verb acts on.
      if (next_trigger > token.end &&
          text_.substr(token.end, next_trigger - token.end).find(" and ") !=
              std::string_view::npos) {
        auto after = words_at(text_, token.end, next_trigger);
        // ("released R1 on January 20 and says it trained its earlier V3 model": a verb of
        // saying or intent in the present opens a predicate too.)
        static const word_set auxiliaries = {
            "has",   "have",  "had",     "was",     "were",    "is",       "are",  "will",
            "then",  "later", "also",    "since",   "says",    "claims",   "adds", "plans",
            "hopes", "aims",  "expects", "intends", "remains", "continues"};
        // ("and quickly climbed to the top of Apple's App Store": an adverb may stand first.)
        auto adverb = [](const std::string& w) { return w.size() > 4 && w.ends_with("ly"); };
        for (std::size_t w = 0; w + 1 < after.size(); ++w)
          if (after[w].second == "and" &&
              (auxiliaries.count(after[w + 1].second) || past_verb(after[w + 1].second) ||
               (adverb(after[w + 1].second) && w + 2 < after.size() &&
                past_verb(after[w + 2].second)))) {
            next_trigger = after[w].first;
            break;
          }
      }
      // "Sophgo was blacklisted after its chips turned up in a Huawei processor": a subordinate
      // clause after the trigger tells another event; its names are not this one's.
      next_trigger = std::min(next_trigger, subordinate_clause_at(clauses[c], token));
      if (is_trigger && words_.triggers[std::size_t(token.id)].in_names_market)
        m.market = market_after(clause_tokens[c], token, next_trigger);
      // "was set up in 2016 by two brothers from the Chinese Academy of Sciences and listed on
      // Shanghai's STAR Market": a second predicate shares the subject, not the names the first
      // one's words hold.
      // (Only where it names what it acts on itself: "and started deliveries in early December"
      // and "and merged it into TikTok" act on the first one's object.)
      std::size_t first_predicate_from = std::string::npos, first_predicate_to = 0;
      auto after_second = words_between(text_, token.end, std::min(clauses[c].end, token.end + 8));
      bool own_object =
          (after_second.empty() || (after_second[0] != "it" && after_second[0] != "them")) &&
          std::any_of(clause_tokens[c].begin(), clause_tokens[c].end(), [&](const auto& t) {
            return token_begin(t.first, t.second) > token.end && t.first <= next_trigger;
          });
      if (is_trigger && own_object && last_word_before(token.begin, clauses[c].begin) == "and")
        for (std::size_t j = k; j-- > 0;) {
          const event_token& before = scan_.tokens[token_ids[j]];
          if (before.begin < clauses[c].begin) break;
          if (before.kind == event_token_kind::trigger) {
            first_predicate_from = before.end;
            first_predicate_to = token.begin;
            break;
          }
        }
      auto gather = [&](std::size_t from, std::size_t to) {
        std::vector<participant> ps;
        for (std::size_t i = from; i <= to && i < clauses.size(); ++i) {
          if (i == c) {
            // "founded in 2016 by two brothers from the Chinese Academy of Sciences": who did
            // it, after "by", is no participant of what was done.
            std::size_t by = text_.substr(0, clauses[c].end).find(" by ", token.end);
            // ("was signed by Biden in April 2024": a trigger ending in "by" holds it.)
            if (token.end >= 3 && token.end - token.begin > 3 &&
                lowercase(text_.substr(token.end - 3, 3)) == " by")
              by = token.end - 3;
            // "acquisition of Motorola Mobility from Google": the seller, after "from", is the
            // other party, not part of what was bought.
            bool seller = is_trigger && words_.triggers[std::size_t(token.id)].from_names_seller;
            for (const auto& [end, p] : clause_tokens[c])
              if (end <= next_trigger &&
                  !(end > first_predicate_from && end <= first_predicate_to) &&
                  !(by < end && by + 4 <= token_begin(end, p) && p.kind != entity_kind::product) &&
                  !(seller && end > token.end &&
                    last_word_before(token_begin(end, p), clauses[c].begin) == "from"))
                ps.push_back(p);
          } else if (list_head[i] != std::string::npos && list_head[i] != c) {
            // (The names after another trigger's list: "Alibaba and Tencent ordered H20 chips".)
            for (std::size_t t = list_items[i]; t < clause_tokens[i].size(); ++t)
              ps.push_back(clause_tokens[i][t].second);
          } else if (!clause_participants[i].empty() && !describes_by_agent(i) &&
                     !(i > c && comments_on_before(clauses[i])) &&
                     !(i > c && second_predicate(clauses[i])) &&
                     !(i > c && coordinate_clause(clauses[i])) &&
                     // (nor the names a list of another trigger's clause holds)
                     !(list_head[i] == std::string::npos && i + 1 < clauses.size() &&
                       list_head[i + 1] == i && clause_has_trigger[i])) {
            // ("released a string of reasoning models this year, each claiming to match
            // OpenAI's o1": names after a contrast marker are measured against, not acting.)
            std::size_t contrast = contrast_in(i);
            for (const auto& [end, p] : clause_tokens[i])
              if (token_begin(end, p) < contrast) ps.push_back(p);
          }
        }
        std::erase_if(ps, [&](const participant& p) {
          return p.kind == entity_kind::government && m.agent && p.key == m.agent->key;
        });
        std::sort(ps.begin(), ps.end());
        ps.erase(std::unique(ps.begin(), ps.end()), ps.end());
        return ps;
      };
      m.participants = gather(c, c);
      if (gathering_anaphor) {
        m.participants = {last_gathering_->first};
        m.object_named = true;
      }
      // (The rest of a list its clause ends with: "gallium, germanium and antimony".)
      if (is_trigger && !clause_tokens[c].empty() && token.end <= clause_tokens[c].back().first &&
          std::find(m.participants.begin(), m.participants.end(), clause_tokens[c].back().second) !=
              m.participants.end())
        for (std::size_t i = c + 1; i < clauses.size() && list_head[i] == c; ++i)
          for (std::size_t t = 0; t < clause_tokens[i].size() && t < 2; ++t)
            if (!is_locale(clause_tokens[i][t].second) &&
                clause_tokens[i][t].second.kind != entity_kind::person &&
                (t == 0 || clause_tokens[i][t].second.kind == clause_tokens[i][0].second.kind))
              m.participants.push_back(clause_tokens[i][t].second);
      std::sort(m.participants.begin(), m.participants.end());
      m.participants.erase(std::unique(m.participants.begin(), m.participants.end()),
                           m.participants.end());
      // "the processor in the Mate 60 that Huawei released in September 2023": in a restrictive
      // relative clause the name before "that" is what its verb acted on and the name after it
      // who acted; the main clause's names (the processor's maker) are another event's.
      for (std::size_t i = 1; i < clause_tokens[c].size(); ++i) {
        const auto& [end, subject] = clause_tokens[c][i];
        if (end > token.begin || token.begin - end > 1) continue;
        std::size_t head_end = clause_tokens[c][i - 1].first;
        std::size_t subject_begin = token_begin(end, subject);
        if (subject_begin < head_end) continue;
        auto gap = text_.substr(head_end, subject_begin - head_end);
        if (gap != " that " && gap != " which ") continue;
        m.participants = {clause_tokens[c][i - 1].second};
        if (subject.kind != entity_kind::government && subject.kind != entity_kind::place)
          m.participants.push_back(subject);
        std::sort(m.participants.begin(), m.participants.end());
        m.object_named = true;
      }
      // "told companies to stop buying the chip": "the <product noun>" right after the trigger
      // is the product last named with that noun (as "The chip ..." opening a sentence is).
      if (is_trigger &&
          std::none_of(m.participants.begin(), m.participants.end(),
                       [](const participant& p) { return p.kind == entity_kind::product; })) {
        auto next = words_between(text_, token.end, std::min(clauses[c].end, token.end + 24));
        // (Also past "of", "on", "for": "suspended new downloads of the app", "banned sales of
        // the chip", "the ban on the chip", "licences for the chip".)
        std::size_t at =
            next.size() >= 3 && (next[0] == "of" || next[0] == "on" || next[0] == "for") ? 1 : 0;
        if (next.size() >= 4 && next[0] != "the" && next[1] == "of") at = 2;
        if (next.size() >= at + 2 && next[at] == "the" &&
            prepared_.product_nouns.count(next[at + 1])) {
          if (auto product = product_named_with(next[at + 1])) m.participants.push_back(*product);
        } else {
          // "the agent's launch": likewise before the trigger (a curly apostrophe splits the
          // word: "agent", "s").
          auto before = words_between(text_, token.begin > 24 ? token.begin - 24 : 0, token.begin);
          std::string noun;
          std::size_t n = before.size();
          if (n >= 2 && before[n - 2] == "the" && before[n - 1].ends_with("'s"))
            noun = before[n - 1].substr(0, before[n - 1].size() - 2);
          else if (n >= 3 && before[n - 3] == "the" && before[n - 1] == "s")
            noun = before[n - 2];
          // "and the phones go on sale on December 4": the subject right before the trigger,
          // opening its clause or after "and" (not "the unit that designs the chips, was spun
          // off", nor the sentence before's "on the car. Deliveries began").
          else if (auto opening = words_between(text_, clauses[c].begin, token.begin);
                   (opening.size() == 2 ||
                    (opening.size() == 3 && (opening[0] == "and" || opening[0] == "but"))) &&
                   opening[opening.size() - 2] == "the")
            noun = singular_product_noun(opening.back());
          if (prepared_.product_nouns.count(noun))
            if (auto product = product_named_with(noun)) m.participants.push_back(*product);
        }
      }
      // "released the Ascend 910B as a successor to the Ascend 910": names after a comparison
      // marker are another thing's. (Only where a name follows the trigger at all.)
      if (std::any_of(clause_tokens[c].begin(), clause_tokens[c].end(),
                      [&](const auto& t) { return t.first > token.end; })) {
        auto after = words_at(text_, token.end, clauses[c].end);
        for (std::size_t w = 0; w < after.size(); ++w)
          if (std::size_t len = prepared_.contrast_markers.match_at(after, w)) {
            std::size_t marker_end = after[w + len - 1].first + after[w + len - 1].second.size();
            std::erase_if(m.participants, [&](const participant& p) {
              return std::none_of(
                  clause_tokens[c].begin(), clause_tokens[c].end(),
                  [&](const auto& t) { return t.second == p && t.first <= marker_end; });
            });
            break;
          }
      }
      // "have turned to Huawei's Ascend chips since the H20 ban": an event after a reference
      // marker is named by the words after the marker only.
      if (prepared_.reference_markers.found_in(before_trigger)) {
        auto before = words_at(text_, clauses[c].begin, token.begin);
        std::size_t marker_end = 0;
        for (std::size_t w = 0; w < before.size(); ++w)
          if (std::size_t len = prepared_.reference_markers.match_at(before, w))
            marker_end = before[w + len - 1].first + before[w + len - 1].second.size();
        if (marker_end > 0)
          std::erase_if(m.participants, [&](const participant& p) {
            for (const auto& [end, q] : clause_tokens[c])
              if (q == p && end <= marker_end) return true;
            return false;
          });
      }
      if (auto head = clause_head(clauses, c, clause_tokens)) {
        // "Kestrel, a Shenzhen start-up founded in 2019": the start-up is Kestrel.
        // "The Nimbus X2, which Orbita Labs debuted": Orbita Labs debuted the Nimbus X2.
        // "Kling, the video generator Kuaishou released in July 2024": a name right before the
        // trigger is who acted, and stays; the head is what it acted on.
        bool acted = false, anyone_acted = false; // "which Washington blacklisted": the head
        for (const auto& [end, p] : clause_tokens[c]) {
          // (An adverb may stand between: "which the company first unveiled".)
          static const word_set adverbs = {"first",    "later",     "quietly",    "officially",
                                           "formally", "initially", "originally", "also",
                                           "recently", "finally",   "publicly"};
          bool right_before = end <= token.begin && token.begin - end <= 1;
          if (!right_before && end <= token.begin && token.begin - end <= 14) {
            auto between = words_between(text_, end, token.begin);
            right_before = between.size() == 1 && adverbs.count(between[0]);
          }
          anyone_acted = anyone_acted || right_before;
          acted = acted || (right_before && !is_locale(p));
        }
        if (anyone_acted) m.object_named = true;
        // "Leapmotor International, the venture Stellantis and Leapmotor formed last year": who
        // founded the head is no part of its founding.
        if (is_trigger && !words_.triggers[std::size_t(token.id)].actors_identify && acted)
          std::erase_if(m.participants, [&](const participant& p) {
            return std::any_of(
                clause_tokens[c].begin(), clause_tokens[c].end(),
                [&](const auto& t) { return t.second == p && t.first <= token.begin; });
          });
        if (head->second && !acted)
          std::erase_if(m.participants,
                        [](const participant& p) { return p.kind != entity_kind::product; });
        // "Sophgo, blacklisted in October 2024": what an appositive describes is what its
        // participle acted on.
        if (acted || head->second) m.object_named = true;
        if (std::find(m.participants.begin(), m.participants.end(), head->first) ==
            m.participants.end())
          m.participants.push_back(head->first);
        std::sort(m.participants.begin(), m.participants.end());
      }
      // "introduced its own operating system, HarmonyOS, in August 2019": a clause that is only
      // a name, right after a trigger's clause ending in a product noun, names that product.
      // ("called God's Eye": a possessive inside one name reads as two.)
      if (is_trigger && c + 1 < clauses.size() && !clause_tokens[c + 1].empty() &&
          clause_tokens[c + 1].size() <= 2 && token.end <= clauses[c].end) {
        auto tail = words_between(text_, token.end, clauses[c].end);
        auto named = words_between(text_, clauses[c + 1].begin, clauses[c + 1].end);
        // ("unveiled the system, called God's Eye, on February 10": a naming participle first.)
        static const word_set naming = {"called", "named", "dubbed", "branded", "christened"};
        if (!named.empty() && naming.count(named.front())) named.erase(named.begin());
        // ("its first model, the L60 sport utility vehicle,": the name and its kind.)
        if (named.size() > 1 && named.front() == "the") named.erase(named.begin());
        while (named.size() > 1 && is_product_noun(named.back())) named.pop_back();
        bool names_only = std::all_of(
            clause_tokens[c + 1].begin(), clause_tokens[c + 1].end(), [&](const auto& t) {
              const participant& p = t.second;
              return !is_locale(p) && p.kind != entity_kind::person &&
                     std::find(m.participants.begin(), m.participants.end(), p) ==
                         m.participants.end();
            });
        if (!tail.empty() && tail.size() <= 5 && prepared_.product_nouns.count(tail.back()) &&
            named.size() <= 3 && names_only) {
          for (const auto& t : clause_tokens[c + 1]) {
            participant product = t.second;
            product.kind = entity_kind::product;
            m.participants.push_back(product);
          }
          std::sort(m.participants.begin(), m.participants.end());
          m.object_named = true;
        }
      }
      // ("President Biden signed the measure": who signs a law is no party to it.)
      if (is_trigger && !words_.triggers[std::size_t(token.id)].persons_identify)
        std::erase_if(m.participants,
                      [](const participant& p) { return p.kind == entity_kind::person; });
      bool own_participants = !key_participants(m).empty();
      // "Founded in Ningde in 2011, CATL now supplies Tesla": a sentence opening with the
      // trigger describes the next clause's first name.
      if (!own_participants && c == 0 && token.begin == first_token_begin && clauses.size() > 1) {
        // ("Founded in 2016 by Wang Xingxing, the company sells its G1": the company.)
        auto opening =
            words_between(text_, clauses[1].begin, std::min(clauses[1].end, clauses[1].begin + 40));
        std::optional<participant> described;
        for (std::size_t n = 1; n < opening.size() && n <= 3 && opening[0] == "the"; ++n)
          if (prepared_.organization_nouns.count(opening[n])) {
            described = last_organization();
            break;
          }
        if (described) {
          m.participants = {*described};
          own_participants = true;
        }
        for (const auto& [end, p] : clause_tokens[1])
          if (!own_participants && !is_locale(p)) {
            m.participants = {p};
            own_participants = true;
          }
      }
      if (!own_participants) {
        // "Biren Technology, a Shanghai GPU designer, was added to the Entity List in October
        // 2023, along with Moore Threads": a clause opening with an auxiliary goes on from
        // the sentence's subject.
        auto opening =
            words_between(text_, clauses[c].begin, std::min(clauses[c].end, clauses[c].begin + 16));
        static const word_set auxiliaries = {"was", "were", "is", "are", "has", "have", "had"};
        if (c > 0 && !opening.empty() && auxiliaries.count(opening.front())) {
          // ("Xiaomi's first car, the SU7, was launched": an appositive right before names
          // the subject more closely.)
          // (Only an appositive that is a name, "the SU7": "the Baidu unit that designs the
          // chips" says whose unit it is.)
          bool appositive = false;
          if (c == 2) {
            auto apposition = words_at(text_, clauses[1].begin, clauses[1].end);
            appositive = apposition.size() == 2 &&
                         (apposition[0].second == "the" || apposition[0].second == "its") &&
                         is_upper(text_[apposition[1].first]);
          }
          m.participants = gather(0, appositive ? 1 : 0);
          if (key_participants(m).empty()) m.participants.clear();
        }
        // "added Sophgo, a Beijing chip designer, to its entity list": past an appositive the
        // clause goes on from the one before it.
        // ("Xiaomi's first car, the SU7, was launched": the appositive's names too.)
        if (key_participants(m).empty() && after_appositive(clauses, c))
          m.participants = gather(c - 2, c - 1);
        // "Huawei announced HarmonyOS in August 2019, three months after the United States put
        // it on the Entity List": "it" in a clause naming nothing is the sentence's subject.
        // (In the first clause, only a name before the trigger: "YMTC has struggled since
        // Washington blacklisted it".)
        if (key_participants(m).empty()) {
          auto own = words_between(text_, clauses[c].begin, token.end);
          // As an object: "put it on", "added it to" ("the target it had set" is a subject).
          static const word_set after_object = {"on", "to", "into", "onto", "under", "off", "from"};
          bool object_it = false;
          for (std::size_t i = 0; i + 1 < own.size(); ++i)
            object_it = object_it || (own[i] == "it" && after_object.count(own[i + 1]));
          // "four years after it went public": "it" right before the trigger (an auxiliary
          // between at most) is what the trigger tells of.
          auto before_trigger_words = words_between(text_, clauses[c].begin, token.begin);
          static const word_set auxiliaries = {"was", "were", "had", "has", "is", "been"};
          std::size_t n = before_trigger_words.size();
          if (n >= 1 && before_trigger_words[n - 1] == "it") object_it = true;
          if (n >= 2 && before_trigger_words[n - 2] == "it" &&
              auxiliaries.count(before_trigger_words[n - 1]))
            object_it = true;
          // "since Washington blacklisted it in February 2023": "it" right after the trigger.
          auto after_trigger =
              words_between(text_, token.end, std::min(clauses[c].end, token.end + 4));
          // (A verb's object only: "a purchase it closed in 2015" is a relative clause.)
          std::string trigger_word = lowercase(text_.substr(token.begin, token.end - token.begin));
          if (!after_trigger.empty() && after_trigger.front() == "it" &&
              (trigger_word.ends_with("ed") || past_forms_.count(trigger_word)))
            object_it = true;
          // ("Wingtech acquired Nexperia in 2018, after a consortium had bought it from NXP":
          // a clause with a subject of its own tells another party's deal.)
          if (own_noun_subject(clauses[c], token.begin, clause_tokens[c])) object_it = false;
          if (object_it)
            for (const auto& [end, p] : clause_tokens[0])
              if (!is_locale(p) && (c > 0 || end <= token.begin)) {
                m.participants = {p};
                m.object_named = true;
                break;
              }
        }
        // "Zeekr, the car brand controlled by Geely, made its debut": a clause opening with a
        // verb after an appositive or a relative clause goes on from the name they describe
        // (Geely is the appositive's own).
        // ("The first Onvo model, the L60 sport utility vehicle, went on sale": an appositive
        // that is a name itself names the subject more closely.)
        if (key_participants(m).empty() && c >= 2 && opens_predicate(clauses[c]) &&
            !names_itself(clauses[c - 1], clause_tokens[c - 1]))
          if (auto head = clause_head(clauses, c - 1, clause_tokens);
              head && text_.substr(clause_tokens[c - 2].back().first,
                                   clauses[c - 2].end - clause_tokens[c - 2].back().first)
                              .find_first_not_of(" \t") == std::string_view::npos)
            m.participants = {head->first}; // (the name itself: "the DRAM maker" is a noun)
        // ("..., after a consortium of Chinese investors had bought it from NXP": a
        // subordinate clause with a subject of its own that names nobody borrows no names.)
        bool own_subject = own_noun_subject(clauses[c], token.begin, clause_tokens[c]);
        // "The US on Wednesday added Zhipu AI, one of China's leading developers of large
        // language models, to the Entity List": the clause before the appositive acts; the
        // appositive only describes its name.
        if (key_participants(m).empty() && !own_subject && after_appositive(clauses, c)) {
          for (const auto& [offset, government] : clause_governments[c - 2])
            if (!m.agent && !is_destination(offset, clauses[c - 2].begin)) m.agent = government;
          m.participants = gather(c - 2, c - 2);
        }
        if (key_participants(m).empty() && !own_subject)
          m.participants = gather(c == 0 ? 0 : c - 1, c + 1);
        // ("China will require export licences for some graphite products ..., adding to curbs
        // on gallium and germanium": a later clause with a trigger of its own names its event.)
        if (key_participants(m).empty() && !own_subject) {
          std::vector<participant> ps;
          // ("Its ban took effect on January 19, and the app went dark briefly before Trump
          // stepped in": a later clause with a subject of its own tells its own story.)
          for (std::size_t i = 0; i < clauses.size(); ++i)
            if (!(i > c + 1 && clause_has_trigger[i]) &&
                !(i > c && coordinate_clause(clauses[i]))) {
              auto part = gather(i, i);
              ps.insert(ps.end(), part.begin(), part.end());
            }
          std::sort(ps.begin(), ps.end());
          ps.erase(std::unique(ps.begin(), ps.end()), ps.end());
          m.participants = std::move(ps);
        }
        // "the Dutch government pulled licences for two of its scanners": what the trigger acts
        // on is the products of the organization named last.
        if (key_participants(m).empty() && acts_on_its_products(token, clauses[c].end))
          if (auto org = last_organization()) {
            m.participants.push_back(*org);
            m.object_named = true;
          }
      }

      // "Baidu released two new models on Sunday: Ernie 4.5, a multimodal model, and Ernie X1":
      // the names listed after the colon are what was released.
      if (is_trigger &&
          std::none_of(m.participants.begin(), m.participants.end(),
                       [](const participant& p) { return p.kind == entity_kind::product; }))
        if (auto listed = listed_after_colon(clauses, c, token, clause_tokens); !listed.empty()) {
          m.participants.insert(m.participants.end(), listed.begin(), listed.end());
          std::sort(m.participants.begin(), m.participants.end());
          m.object_named = true;
        }
      // "launched its first electric car on Thursday, pricing the SU7 sedan at 215,900 yuan":
      // a product told by description is the one a participle right after it names.
      if (is_trigger &&
          std::none_of(m.participants.begin(), m.participants.end(),
                       [](const participant& p) { return p.kind == entity_kind::product; }))
        if (auto named = named_by_participle(clauses, c, token, clause_tokens)) {
          m.participants.push_back(*named);
          std::sort(m.participants.begin(), m.participants.end());
          m.object_named = true;
        }
      if (is_trigger && words_.triggers[std::size_t(m.trigger_class)].place_matters)
        add_place(m, clause_tokens[c], token);
      {
        auto before = words_between(text_, clauses[c].begin, token.begin);
        if (after_appositive(clauses, c)) { // the words before the appositive, then these
          auto earlier = words_between(text_, clauses[c - 2].begin, clauses[c - 2].end);
          before.insert(before.begin(), earlier.begin(), earlier.end());
        }
        static const word_set passive = {"was", "were", "been", "being", "is",
                                         "are", "be",   "get",  "got",   "gets"};
        bool is_passive = !before.empty() && passive.count(before.back());
        if (before.size() > 7) before.erase(before.begin(), before.end() - 7);
        is_passive = is_passive || prepared_.object_markers.found_in(before) ||
                     prepared_.object_markers.found_split_in(before, 4);
        // "added to the Entity List in January": a past participle marking the object tells the
        // trigger as done, as a past trigger would (a yearless date then lies behind).
        for (std::size_t w = 0; w + 1 < before.size() && !m.past && !m.hedged && !m.future; ++w)
          if (before[w].size() > 4 && before[w].ends_with("ed") &&
              prepared_.object_markers.found_in(std::vector<std::string>{before[w], before[w + 1]}))
            m.past = true;
        // "ordered DeepSeek blocked", "had the app removed": a name between a causative verb and
        // the participle is what the deed acts on.
        static const word_set causatives = {"ordered",  "orders", "order", "had",
                                            "has",      "have",   "got",   "gets",
                                            "declared", "wants",  "wanted"};
        for (const auto& [end, p] : clause_tokens[c])
          if (end + 1 == token.begin && text_[end] == ' ') {
            std::string verb = last_word_before(token_begin(end, p), clauses[c].begin);
            if (causatives.count(verb) && !is_locale(p)) is_passive = true;
          }
        auto keys = key_participants(m);
        bool after = false;
        for (std::size_t i = c; i < clauses.size() && !after; ++i)
          for (const auto& [end, p] : clause_tokens[i])
            if (end > token.end && std::find(keys.begin(), keys.end(), p) != keys.end())
              after = true;
        m.object_named = m.object_named || is_passive || after;
      }
      // "The release wiped $590 billion off Nvidia's market value" (no release before it, and no
      // name in its clause): a common trigger noun after a determiner that stands for nothing
      // told before is named by its own phrase only ("the ban on the H20"), not by the rest of
      // its sentence.
      auto keep_noun_phrase = [&] {
        if (is_upper(text_[token.begin]) || is_past(token)) return;
        std::size_t phrase_begin = scan_.tokens[token_ids[k - 1]].begin;
        static const word_set links = {"of", "on", "against", "for", "the", "to"};
        std::erase_if(m.participants, [&](const participant& p) {
          return std::none_of(clause_tokens[c].begin(), clause_tokens[c].end(), [&](const auto& t) {
            if (!(t.second == p)) return false;
            std::size_t begin = token_begin(t.first, t.second);
            if (begin >= phrase_begin && t.first <= token.begin) return true;
            if (begin < token.end || begin > token.end + 28) return false;
            auto between = words_between(text_, token.end, begin);
            return !between.empty() &&
                   std::all_of(between.begin(), between.end(),
                               [](const std::string& w) { return links.count(w) > 0; });
          });
        });
      };
      // "The investment has not stopped Nvidia from selling": a determined trigger noun opening
      // its clause is named by its own phrase; names after its verb are what it acted on.
      // (A noun: right after the determiner, or after a capitalized word, "The H20 ban"; "the
      // company sells" is a verb.)
      if (determined && own_participants && is_trigger &&
          clause_of(scan_.tokens[token_ids[k - 1]].begin) == c &&
          words_between(text_, clauses[c].begin, scan_.tokens[token_ids[k - 1]].begin).empty() &&
          [&] {
            auto between = words_at(text_, scan_.tokens[token_ids[k - 1]].end, token.begin);
            return between.empty() || is_upper(text_[between.front().first]);
          }()) {
        keep_noun_phrase();
        own_participants = !key_participants(m).empty();
      } else if (determined && own_participants && is_trigger && !is_upper(text_[token.begin]) &&
                 !is_past(token) && find_antecedent(m.trigger_class)) {
        // "The company said it learned of the licence requirement on April 14": a determined
        // noun whose own phrase names nobody is the one told before; the names around it are
        // whoever learned of it or spoke of it.
        auto around = m.participants;
        keep_noun_phrase();
        own_participants = !key_participants(m).empty();
        if (own_participants) m.participants = std::move(around);
      }
      // "Congress passed the law, and Biden signed it in March 2024": a trigger whose object is
      // "it" acts on the event of its class its sentence or the one before told, or on none;
      // so does one naming its object by a determiner ("signed the measure") and naming no one.
      std::string_view phrase = text_.substr(token.begin, token.end - token.begin);
      bool object_anaphor = false; // "signed it": the names around are not what it acted on
      if (is_trigger && (phrase.ends_with(" it") ||
                         (phrase.find(" the ") != std::string_view::npos && !own_participants))) {
        auto a = find_antecedent(m.trigger_class);
        if (!a || mention_sentence_[*a] + 1 < sentence_number_) continue;
        m.antecedent = a;
        determined = true;
        own_participants = false;
        object_anaphor = true;
      }
      if (determined && !own_participants) {
        // "the ban" stands for the last ban; with none before it, a trigger ("SMIC has been on
        // the Entity List since 2019") takes its sentence's names like any other.
        m.antecedent = find_antecedent(m.trigger_class);
        // ("Yangtze Memory Technologies, the country's top memory chipmaker, was added to the
        // Entity List": the names its sentence lends it, none of the last ban's, say it is
        // another.)
        // (Names before it only, its subject: "The revocation ... covers the NXT:2050i" names
        // what another verb acts on. And only where the trigger is what the subject was put on,
        // "was added to the Entity List": "Tencent grew despite the curbs" speaks of the ban
        // told before.)
        bool put_on = [&] {
          auto before = words_before(clauses[c].begin, token.begin);
          if (before.size() > 4) before.erase(before.begin(), before.end() - 4);
          return prepared_.object_markers.found_in(before);
        }();
        if (m.antecedent && !object_anaphor && put_on) {
          auto own = key_participants(m);
          auto told = key_participants(mentions_[*m.antecedent]);
          auto named_before = [&](const participant& p) {
            for (std::size_t i = 0; i <= c; ++i)
              for (const auto& [end, q] : clause_tokens[i])
                if (q == p && end <= token.begin) return true;
            return false;
          };
          if (!own.empty() && !told.empty() && std::all_of(own.begin(), own.end(), named_before) &&
              std::none_of(own.begin(), own.end(), [&](const participant& p) {
                return std::find(told.begin(), told.end(), p) != told.end();
              }))
            m.antecedent.reset();
        }
        // "put the Mate 60 Pro on sale in September 2023, timing the release to ...": a trigger
        // noun with none of its kind before it, in a sentence that just told another event,
        // speaks of that one (not of a launch of its own).
        // (A common noun only: "the Entity List" names a thing of its own, "the company
        // reported" is a verb.)
        // (A noun of one class only, "the review", stands for nothing else.)
        bool class_noun = is_trigger && is_class_anaphor(token);
        if (!m.antecedent && is_trigger && !is_upper(text_[token.begin]) && !is_past(token) &&
            mentions_.size() > first_mention && mention_sentence_.back() == sentence_number_ &&
            !names_relation(near) && !class_noun)
          m.antecedent = mentions_.back().antecedent ? mentions_.back().antecedent
                                                     : std::optional(mentions_.size() - 1);
        if (!m.antecedent && is_trigger) keep_noun_phrase();
        if (!m.antecedent && (is_noun || key_participants(m).empty())) continue;
      } else if (is_noun || key_participants(m).empty()) {
        // "Huawei has started mass shipments of the Ascend 910C. Deliveries began in May": a
        // trigger noun opening a sentence and naming nobody goes on with the event of its class
        // the sentence before told.
        std::optional<std::size_t> told_before;
        if (is_trigger && !is_noun && token.begin == first_token_begin && !is_past(token))
          if (auto a = find_antecedent(m.trigger_class))
            if (mention_sentence_[*a] + 1 >= sentence_number_) told_before = a;
        if (told_before) {
          m.antecedent = told_before;
        } else {
          if (is_trigger && !m.hedged) unnamed_triggers_.emplace_back(m.trigger_class, token.begin);
          continue; // nobody to identify the event by
        }
      }

      m.date = notice_date
                   ? notice_date
                   : attach_date(date_ids, clauses, clause_has_trigger, c, token, before_trigger);
      if (!m.date) m.date = announced_date;
      if (!m.date) anchor_offset(m, date_ids, clauses, first_mention, c, token);
      if (!m.date && !m.hedged) m.date = appositive_date(clauses, c, token, date_ids);
      // "Nvidia says the restriction will cost it $5.5 billion in the first quarter": a noun
      // standing for an event told before, followed by a verb of another deed, is dated by
      // that deed's date, not its own; only words that tell the event itself ("the ban took
      // effect on", "the ban in April", "the ban, which was imposed") pass a date on.
      if (m.date && m.antecedent && determined && scan_.dates[*m.date].begin > token.end) {
        auto after = words_between(text_, token.end, scan_.dates[*m.date].begin);
        static const word_set telling = {
            "in",      "on",      "of",        "from",       "since",   "at",       "that",
            "which",   "imposed", "announced", "introduced", "enacted", "unveiled", "issued",
            "adopted", "passed",  "took",      "takes",      "take",    "came",     "comes",
            "went",    "goes",    "kicked",    "kicks",      "began",   "begins",   "started",
            "starts",  "was",     "were",      "is",         "became",  "entered",  "effective",
            "against", "for",     "by",        "arrived",    "arrives", "landed",   "lands",
            "applied", "followed"};
        if (!after.empty() && !telling.count(after.front())) m.date.reset();
      }
      // "an updated V3 arrives", "released an updated version of its R1": an update of a
      // product is no launch of it; the product does not name the event.
      // (Nor does what is left: "DeepSeek released" alone is no event either.)
      if (is_trigger &&
          std::any_of(m.participants.begin(), m.participants.end(), [&](const participant& p) {
            if (p.kind != entity_kind::product) return false;
            for (const auto& [end, q] : clause_tokens[c])
              if (q == p && updated_before(token_begin(end, q), clauses[c].begin)) return true;
            return false;
          }))
        continue;
      // "Italy banned the app in February": a government's deed on "the app", "the company"
      // acts on the one organization the sentence names, as "banned DeepSeek" would.
      if (!m.object_named && is_trigger && words_.triggers[std::size_t(token.id)].place_is_agent)
        if (auto keys = key_participants(m);
            keys.size() == 1 && keys.front().kind == entity_kind::organization) {
          auto object = words_between(text_, token.end, std::min(clauses[c].end, token.end + 24));
          static const word_set objects = {"app",     "chatbot",  "company",  "firm",
                                           "startup", "start-up", "platform", "service"};
          m.object_named = object.size() >= 2 && (object[0] == "the" || object[0] == "its") &&
                           objects.count(object[1]) > 0;
        }
      // "Nvidia first announced the purchase in April": a deal named as what was announced is
      // dated by the announcement, not by its own closing (a government's "announced the
      // ban" enacts it, and keeps its date).
      if (m.date && is_trigger && !is_past(token) &&
          !words_.triggers[std::size_t(token.id)].place_is_agent) {
        auto before = words_between(
            text_, std::max(clauses[c].begin, token.begin > 32 ? token.begin - 32 : 0),
            token.begin);
        static const word_set announcing = {"announced", "announces", "announce",  "unveiled",
                                            "disclosed", "revealed",  "confirmed", "proposed"};
        static const word_set determiners = {"the", "its", "a", "an", "their", "this"};
        std::size_t n = before.size();
        if (n >= 2 && determiners.count(before[n - 1]) && announcing.count(before[n - 2]))
          m.date.reset();
      }
      // "which DeepSeek made public in December": a launch only of a product.
      if (is_trigger &&
          prepared_.product_object_words[std::size_t(token.id)].count(
              lowercase(text_.substr(token.begin, token.end - token.begin))) &&
          std::none_of(m.participants.begin(), m.participants.end(), names_product))
        continue;
      auto second = second_object(m, clause_tokens[c], token, next_trigger, date_ids);
      mentions_.push_back(std::move(m));
      mention_sentence_.push_back(sentence_number_);
      if (second) {
        mentions_.push_back(std::move(*second));
        mention_sentence_.push_back(sentence_number_);
      }
    }
    add_relative_dates(sentence, clauses, clause_tokens, date_ids, first_mention);
    add_quantities(sentence, clauses, clause_tokens, clause_has_trigger, date_ids, first_mention);
    // "the Chinese government is imposing its own challenges": a demonym's authorities name
    // its government for the sentences after, as its name would.
    // (Read in place, capitalized words only: this runs for every sentence.)
    for (std::size_t i = std::max(sentence.begin, last_government_at_ + 1); i < sentence.end; ++i) {
      if (!is_upper(text_[i]) || (i > 0 && is_alpha(text_[i - 1]))) continue;
      std::size_t end = i;
      while (end < sentence.end && is_alpha(text_[end])) ++end;
      if (end - i < 4 || end - i > 16) continue;
      auto g = demonym_government(lowercase(text_.substr(i, end - i)));
      if (g && prepared_.authority_nouns.count(word_after(text_, end))) last_government_ = g;
      i = end;
    }
  }

  // "Chinese" -> China's government (rules/entities.toml demonyms), if it names one.
  std::optional<participant> demonym_government(const std::string& word) const {
    auto e = prepared_.demonyms.find(word);
    if (e == prepared_.demonyms.end()) return std::nullopt;
    const entity& country = words_.entities[e->second];
    if (country.kind != entity_kind::government) return std::nullopt;
    return participant{country.id, country.name, country.kind};
  }

  // "informed it on April 9 that exports will require a license": a notice verb, then a date,
  // then "that" shortly before the trigger, with only "will" or "would" hedging it. Returns the
  // notice's date.
  // With `speakers` (a government that said so): "The Cyberspace Administration of China said
  // on May 21, 2023 that ... barred operators from buying them": what a government announces
  // it imposes, it imposes that day; the date must stand after the government.
  std::optional<std::size_t> imposed_by_notice(
      span sentence, const event_token& token, const std::vector<std::size_t>& date_ids,
      const std::vector<std::pair<std::size_t, participant>>* speakers = nullptr) const {
    const word_set& verbs = speakers ? speech_verbs_ : prepared_.notice_verbs;
    constexpr std::size_t max_words_after_that = 12, max_words_before_that = 8;
    auto words = words_at(text_, sentence.begin, token.begin);
    std::size_t that = words.size();
    while (that > 0 && words[that - 1].second != "that") --that;
    // ("told Nvidia it would need a licence": "that" left out after the notice's object; a
    // "that" with no notice verb before it is some other word: "That changed ..., when".)
    bool verb_before_that = false;
    for (std::size_t v = that > max_words_before_that + 1 ? that - max_words_before_that - 1 : 0;
         that > 0 && v + 1 < that; ++v)
      verb_before_that =
          verb_before_that || verbs.count(words[v].second) || speech_verbs_.count(words[v].second);
    if (!verb_before_that) that = 0;
    if (that == 0)
      for (std::size_t v = words.size() >= 3 ? words.size() - 3 : 0;
           v + 2 < words.size() && v + max_words_after_that + 2 >= words.size();
           v = v ? v - 1 : v) {
        if (verbs.count(words[v].second) &&
            (words[v + 2].second == "it" || words[v + 2].second == "they")) {
          that = v + 2;
          break;
        }
        if (v == 0) break;
      }
    if (that == 0 || words.size() - that > max_words_after_that) return std::nullopt;
    std::vector<std::string> after;
    for (std::size_t i = that; i < words.size(); ++i) {
      const std::string& w = words[i].second;
      if (negations_.count(w)) return std::nullopt;
      if (w != "will" && w != "would") after.push_back(w);
    }
    if (hedges_.found_in(after)) return std::nullopt;
    // "disclosed on April 15 that the government would now require a license": "now" makes
    // any saying a notice of what holds from then on.
    bool now = std::find(after.begin(), after.end(), "now") != after.end();
    --that; // the index of "that"
    for (std::size_t v = that > max_words_before_that ? that - max_words_before_that : 0; v < that;
         ++v) {
      if (!verbs.count(words[v].second) && !(now && speech_verbs_.count(words[v].second))) continue;
      if (speakers && std::none_of(speakers->begin(), speakers->end(),
                                   [&](const auto& g) { return g.first < words[v].first; }))
        continue;
      // The notice's date: between the verb and "that" ("informed it on April 9 that"), else
      // the nearest before the verb ("landed on April 9, when the company was told that").
      std::optional<std::size_t> before_verb;
      for (std::size_t d : date_ids) {
        const date_match& date = scan_.dates[d];
        if (date.ast.form == date_form::duration || date.ast.weak) continue;
        if (date.begin > words[v].first && date.end <= words[that].first) return d;
        if (date.end <= words[v].first && !dates_a_statement(date, sentence.begin)) before_verb = d;
      }
      if (before_verb && !speakers) return before_verb;
    }
    return std::nullopt;
  }

  // Where a subordinate clause opens after the trigger in its clause ("after its chips turned
  // up", "because Nvidia had sold it"): a subordinator with a verb in the few words after it
  // ("after years of work" is no clause). The clause's end when there is none.
  std::size_t subordinate_clause_at(span clause, const event_token& trigger) const {
    static const word_set verbs = {
        "is",   "was",   "were",  "are",   "had",    "has",   "have",    "did",    "found", "made",
        "took", "came",  "gave",  "got",   "left",   "held",  "led",     "paid",   "kept",  "knew",
        "sent", "spent", "stood", "wrote", "became", "grew",  "saw",     "told",   "said",  "began",
        "fell", "rose",  "won",   "lost",  "met",    "built", "brought", "bought", "sold",  "went"};
    constexpr std::size_t max_words_to_verb = 5;
    if (trigger.end >= clause.end) return clause.end;
    // (Cheap test first: most clauses have none.)
    std::string_view rest = text_.substr(trigger.end, clause.end - trigger.end);
    bool any = false;
    for (std::string_view stem :
         {"fter ", "efore ", "ince ", "ecause ", "hen ", "hile ", "ntil ", "hough "})
      any = any || rest.find(stem) != std::string_view::npos;
    if (!any) return clause.end;
    auto words = words_at(text_, trigger.end, clause.end);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!subordinators.count(words[i].second)) continue;
      for (std::size_t j = i + 1; j < words.size() && j <= i + max_words_to_verb; ++j) {
        const std::string& w = words[j].second;
        if (verbs.count(w) || past_forms_.count(w) || (w.size() > 4 && w.ends_with("ed")))
          return words[i].first;
      }
      return clause.end;
    }
    return clause.end;
  }

  // ", a finding made public in October 2024": an appositive opening with "a" and a noun that
  // names no event describes a thing; its date is the thing's.
  bool describes_a_thing(span clause) const {
    auto words = words_between(text_, clause.begin, std::min(clause.end, clause.begin + 32));
    return words.size() >= 2 && (words[0] == "a" || words[0] == "an") &&
           !prepared_.event_nouns.count(words[1]);
  }

  // "its purchase of Mellanox, a deal it closed in 2019": an appositive right after the
  // trigger's clause, naming an event ("a deal", "a move") and telling it with a past verb,
  // dates the trigger.
  std::optional<std::size_t> appositive_date(const std::vector<span>& clauses, std::size_t c,
                                             const event_token& trigger,
                                             const std::vector<std::size_t>& date_ids) const {
    if (c + 1 >= clauses.size() || text_[clauses[c].end] != ',') return std::nullopt;
    // The trigger ends its clause's words but for its object ("of Mellanox").
    if (words_between(text_, trigger.end, clauses[c].end).size() > 4) return std::nullopt;
    const span& next = clauses[c + 1];
    auto words = words_at(text_, next.begin, next.end);
    if (words.size() < 4 || (words[0].second != "a" && words[0].second != "an"))
      return std::nullopt;
    // (A trigger noun there is a mention of its own: "a purchase it closed in 2015".)
    auto token = first_from(scan_.tokens, words[1].first);
    if (token != scan_.tokens.end() && token->begin == words[1].first &&
        token->kind == event_token_kind::trigger)
      return std::nullopt;
    if (!prepared_.event_nouns.count(words[1].second)) return std::nullopt;
    bool told = false;
    for (std::size_t w = 2; w < words.size() && w < 6; ++w)
      told = told || words[w].second.ends_with("ed") || past_forms_.count(words[w].second);
    if (!told) return std::nullopt;
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      if (date.begin >= next.begin && date.end <= next.end && !date.ast.weak &&
          date.ast.form != date_form::duration)
        return d;
    }
    return std::nullopt;
  }

  // Is the trigger token k followed right away by a name and a past verb ("restrictions
  // Washington imposed", "the regime Beijing introduced")?
  bool relative_clause_after(std::size_t k, const std::vector<std::size_t>& token_ids) const {
    const event_token& noun = scan_.tokens[token_ids[k]];
    if (noun.kind != event_token_kind::trigger || k + 1 >= token_ids.size()) return false;
    const event_token& name = scan_.tokens[token_ids[k + 1]];
    if ((name.kind != event_token_kind::name && name.kind != event_token_kind::entity) ||
        name.begin != noun.end + 1 || text_[noun.end] != ' ')
      return false;
    auto next = words_at(text_, name.end, std::min(text_.size(), name.end + 24));
    if (next.empty() || next[0].first != name.end + 1) return false;
    const std::string& verb = next[0].second;
    return (verb.size() > 3 && verb.ends_with("ed")) || past_forms_.count(verb) > 0;
  }

  // "acquired the Israeli networking firm", "the acquisition of the chip designer": "the",
  // at most three modifiers and an organization noun right after a trigger (no name after it:
  // "the firm Mellanox" names it). Returns where the description begins and ends.
  std::optional<std::pair<std::size_t, std::size_t>>
  described_object(span sentence, const std::vector<std::size_t>& token_ids) const {
    static const word_set other = {"same",   "other",    "new",       "first",  "next",
                                   "former", "parent",   "rival",     "second", "last",
                                   "latest", "previous", "combined",  "merged", "own",
                                   "its",    "their",    "acquiring", "larger", "largest"};
    constexpr std::size_t max_modifiers = 3;
    for (std::size_t id : token_ids) {
      const event_token& token = scan_.tokens[id];
      if (token.kind != event_token_kind::trigger) continue;
      // (Cheap test first: " the " or " of the " right after the trigger.)
      std::string_view next = text_.substr(token.end, 8);
      if (!next.starts_with(" the ") && !next.starts_with(" of the ")) continue;
      auto words = words_at(text_, token.end, std::min(sentence.end, token.end + 64));
      std::size_t i = !words.empty() && words[0].second == "of" ? 1 : 0;
      if (i >= words.size() || words[i].second != "the" ||
          text_.substr(token.end, words[i].first - token.end).find(',') != std::string_view::npos)
        continue;
      for (std::size_t n = i + 1; n < words.size() && n <= i + 1 + max_modifiers; ++n) {
        if (other.count(words[n].second)) break;
        if (!prepared_.organization_nouns.count(words[n].second)) continue;
        std::size_t end = words[n].first + words[n].second.size();
        std::size_t next = end;
        while (next < sentence.end && text_[next] == ' ') ++next;
        if (next < sentence.end && is_upper(text_[next])) break;
        return std::pair{words[i].first, end};
      }
    }
    return std::nullopt;
  }

  // Where the participant ending at `end` begins: its token's begin (a display may be longer
  // than the text: "U.S." shows as "United States"), else its display's length back.
  std::size_t token_begin(std::size_t end, const participant& p) const {
    auto it = std::lower_bound(scan_.tokens.begin(), scan_.tokens.end(), end,
                               [](const event_token& t, std::size_t at) { return t.end < at; });
    if (it != scan_.tokens.end() && it->end == end) return it->begin;
    return end - std::min(end, p.display.size());
  }

  // "launched the Mate 60 in August 2023 and the Mate 60 Pro+ in September 2023": a second
  // object with its own date after "and" is a second event of the trigger's kind. Returns it,
  // and leaves the first with its own object only.
  std::optional<event_mention>
  second_object(event_mention& m,
                const std::vector<std::pair<std::size_t, participant>>& clause_tokens,
                const event_token& trigger, std::size_t next_trigger,
                const std::vector<std::size_t>& date_ids) const {
    if (!m.date || !m.past || m.antecedent || m.relative) return std::nullopt;
    const date_match& first_date = scan_.dates[*m.date];
    if (first_date.begin < trigger.end) return std::nullopt;
    if (first_date.end >= next_trigger) return std::nullopt;
    std::size_t and_at = text_.substr(0, next_trigger).find(" and ", first_date.end);
    if (and_at == std::string_view::npos || and_at + 5 >= next_trigger ||
        text_.substr(first_date.end, and_at - first_date.end).find_first_not_of(" ,") !=
            std::string_view::npos)
      return std::nullopt;
    std::size_t at = and_at + 5;
    for (std::string_view determiner : {"the ", "its ", "their ", "a ", "an "})
      if (text_.substr(at, determiner.size()) == determiner) {
        at += determiner.size();
        break;
      }
    const std::pair<std::size_t, participant>* object = nullptr;
    for (const auto& token : clause_tokens)
      if (token_begin(token.first, token.second) == at && !is_locale(token.second)) object = &token;
    // (A thing: "and Huawei in 2025" may be a second subject.)
    if (!object ||
        (object->second.kind != entity_kind::product && object->second.kind != entity_kind::name))
      return std::nullopt;
    std::optional<std::size_t> second_date;
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      if (date.begin > object->first && date.end <= next_trigger &&
          text_.substr(object->first, date.begin - object->first).find_first_not_of(' ') ==
              std::string_view::npos)
        second_date = d;
    }
    if (!second_date) return std::nullopt;
    event_mention second = m;
    // The first's object: what it names between the trigger and "and".
    std::erase_if(second.participants, [&](const participant& p) {
      return std::any_of(clause_tokens.begin(), clause_tokens.end(), [&](const auto& token) {
        return token.second == p && token.first > trigger.end && token.first <= and_at;
      });
    });
    std::erase(m.participants, object->second);
    second.participants.push_back(object->second);
    std::sort(second.participants.begin(), second.participants.end());
    second.participants.erase(std::unique(second.participants.begin(), second.participants.end()),
                              second.participants.end());
    second.date = second_date;
    second.begin = token_begin(object->first, object->second);
    second.end = object->first;
    second.market.reset();
    return second;
  }

  // "launched the SU7 in Europe", "went on sale in the U.S. in May": the first place after the
  // trigger and before the next one, right after "in" or "in the".
  std::optional<participant>
  market_after(const std::vector<std::pair<std::size_t, participant>>& clause_tokens,
               const event_token& trigger, std::size_t next_trigger) const {
    for (const auto& [end, p] : clause_tokens) {
      std::size_t begin = token_begin(end, p);
      if (end > next_trigger) break;
      if (begin < trigger.end || !is_locale(p)) continue;
      auto before = words_between(text_, begin > 24 ? begin - 24 : 0, begin);
      std::size_t n = before.size();
      if ((n >= 1 && before[n - 1] == "in") ||
          (n >= 2 && before[n - 1] == "the" && before[n - 2] == "in"))
        return p;
    }
    return std::nullopt;
  }

  static participant as_government(participant p) {
    p.kind = entity_kind::government;
    return p;
  }

  // "India banned TikTok", "Japan's curbs", "Hungary has also banned": a place standing as the
  // subject of the trigger acts through its government. Not after a preposition ("launched in
  // India", "exports to Japan"), and only with at most an auxiliary or adverb between.
  std::optional<participant>
  place_acting(const std::vector<std::pair<std::size_t, participant>>& clause_tokens,
               std::size_t clause_begin, const event_token& trigger) const {
    const std::pair<std::size_t, participant>* nearest = nullptr;
    for (const auto& token : clause_tokens)
      if (token.first <= trigger.begin) nearest = &token;
    if (!nearest || nearest->second.kind != entity_kind::place) return std::nullopt;
    static const std::set<std::string, std::less<>> between_ok = {
        "s",       "has",      "had",        "have",    "also",       "later",       "then",
        "first",   "quickly",  "formally",   "swiftly", "abruptly",   "officially",  "effectively",
        "already", "recently", "previously", "itself",  "eventually", "subsequently"};
    auto between = words_between(text_, nearest->first, trigger.begin);
    // ("the Netherlands' seizure": a plural's possessive is an apostrophe alone.)
    std::string_view mark = text_.substr(nearest->first, 4);
    bool bare_apostrophe = (mark.starts_with("' ") || mark.starts_with("\xE2\x80\x99 ")) &&
                           nearest->first > 0 && text_[nearest->first - 1] == 's';
    if (bare_apostrophe && (between.empty() || between.front() != "s"))
      between.insert(between.begin(), "s");
    // A noun only after a possessive ("India's ban"; "the India ban" may be anyone's).
    if (!is_past(trigger) && (between.empty() || between.front() != "s")) return std::nullopt;
    // "Italy's privacy regulator blocked": the place's body, then what may follow a subject.
    if (between.size() >= 2 && between.front() == "s")
      for (std::size_t n = 1; n < between.size() && n <= 3; ++n)
        if (prepared_.authority_nouns.count(between[n])) {
          between.erase(between.begin() + 1, between.begin() + long(n) + 1);
          break;
        }
    if (between.size() > 2 || std::any_of(between.begin(), between.end(), [](const std::string& w) {
          return !between_ok.count(w);
        }))
      return std::nullopt;
    static const std::set<std::string, std::less<>> prepositions = {
        "in",     "to",     "into",    "from", "at",   "across", "throughout", "of",
        "for",    "with",   "on",      "over", "near", "like",   "outside",    "inside",
        "within", "toward", "towards", "by",   "than", "as"};
    std::size_t begin = token_begin(nearest->first, nearest->second);
    if (prepositions.count(last_word_before(begin, clause_begin))) return std::nullopt;
    return as_government(nearest->second);
  }

  // "exports to China", "shipments from Taiwan", "designed for China": a government named as a
  // place goods go to or come from, or are made for, acts in nothing.
  bool is_destination(std::size_t offset, std::size_t clause_begin) const {
    std::string w = last_word_before(offset, clause_begin);
    return w == "to" || w == "into" || w == "toward" || w == "towards" || w == "from" || w == "for";
  }

  // The place nearest the trigger in its clause ("listed in Shenzhen", "its Hong Kong listing")
  // joins the key participants of a class whose place is part of its identity.
  void add_place(event_mention& m,
                 const std::vector<std::pair<std::size_t, participant>>& clause_tokens,
                 const event_token& token) {
    // (A place alone identifies nothing: "listed in New York" of a company not named.)
    if (key_participants(m).empty()) return;
    constexpr std::size_t max_place_distance = 30;
    const participant* nearest = nullptr;
    std::size_t best = max_place_distance + 1;
    for (const auto& [end, p] : clause_tokens) {
      if (p.kind != entity_kind::place) continue;
      std::size_t begin = token_begin(end, p);
      std::size_t distance = begin >= token.end   ? begin - token.end
                             : end <= token.begin ? token.begin - end
                                                  : 0;
      if (distance < best) best = distance, nearest = &p;
    }
    if (!nearest) {
      // "CATL's Hong Kong listing was the story of the week. The battery giant debuted on the
      // exchange last Thursday": an event of this kind told with no place goes on with the
      // place of the one of its kind and names told in its sentence or the one before.
      auto keys = key_participants(m);
      for (auto v = venues_.rbegin(); v != venues_.rend(); ++v)
        if (v->trigger_class == m.trigger_class && v->sentence + 1 >= sentence_number_ &&
            v->keys == keys) {
          m.participants.push_back(v->venue);
          std::sort(m.participants.begin(), m.participants.end());
          return;
        }
      return;
    }
    participant venue = *nearest;
    venue.kind = entity_kind::name;
    std::erase(m.participants, venue); // as a place, by key
    venues_.push_back({m.trigger_class, sentence_number_, key_participants(m), venue});
    m.participants.push_back(venue);
    std::sort(m.participants.begin(), m.participants.end());
  }

  // "to $8 billion", "to a record $8 billion": the words before an amount at `before` say "to".
  static bool after_to(const std::vector<std::string>& plain, std::size_t before) {
    static const word_set fillers = {"a", "an", "record", "new", "all-time", "high", "of"};
    for (std::size_t i = before; i > 0 && before - i < 4; --i) {
      if (plain[i - 1] == "to") return true;
      if (!fillers.count(plain[i - 1])) return false;
    }
    return false;
  }

  // The last measure word of a level (not a change) in a clause.
  // A change of a level measure, of a segment of it when one is named:
  // "revenue_data_centre_growth", "data centre revenue growth".
  static void name_change(quantity_mention& qm, const measure& level, std::string part,
                          const measure& change) {
    qm.measure = level.id + (part.empty() ? "" : "_" + part) + "_" + change.id;
    std::replace(part.begin(), part.end(), '_', ' ');
    bool market = part.starts_with("from ") || part.starts_with("in ");
    qm.measure_label = (part.empty() ? level.label
                        : market     ? level.label + " " + part
                                     : part + " " + level.label) +
                       " " + change.label;
  }

  // (at: where the measure word begins, for its segment.)
  std::optional<std::size_t> last_level_measure(span clause, std::size_t* at = nullptr) const {
    auto placed = words_at(text_, clause.begin, clause.end);
    std::vector<std::string> words;
    words.reserve(placed.size());
    for (const auto& w : placed) words.push_back(w.second);
    std::optional<std::size_t> found;
    std::size_t found_end = 0, found_begin = 0;
    for (const auto& [phrase, m] : prepared_.measure_phrases) {
      if (words_.quantities.measures[m].change) continue;
      for (std::size_t end = phrase.size(); end <= words.size(); ++end)
        if (phrase_ends_at(words, end, phrase) && end >= found_end)
          found = m, found_end = end, found_begin = placed[end - phrase.size()].first;
    }
    if (at && found) *at = found_begin;
    return found;
  }

  // The first demonym in [s.begin, s.end) as its country's participant.
  void add_demonym(span s, std::vector<participant>& subjects) const {
    std::size_t i = s.begin;
    while (i < s.end) {
      while (i < s.end && !is_upper(text_[i])) ++i;
      std::size_t b = i;
      while (i < s.end && is_alpha(text_[i])) ++i;
      if (i == b) break;
      if (auto e = prepared_.demonyms.find(lowercase(text_.substr(b, i - b)));
          e != prepared_.demonyms.end()) {
        const entity& country = words_.entities[e->second];
        subjects.push_back({country.id, country.name, country.kind});
        return;
      }
    }
  }

  // The word before offset in its sentence holds a capital ("iPhone 16", "Model 3", "Mate 60"):
  // the number is part of a name. The sentence's first word does not count.
  bool after_name(std::size_t offset, span sentence) const {
    std::size_t e = offset;
    while (e > sentence.begin && text_[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > sentence.begin &&
           (is_alpha(text_[b - 1]) || std::isdigit(static_cast<unsigned char>(text_[b - 1]))))
      --b;
    if (b == e || b == first_word(sentence)) return false;
    return std::any_of(text_.begin() + long(b), text_.begin() + long(e), is_upper);
  }

  // "the divest-or-ban law", "pre-ban stock", "start-up": a word inside a compound triggers
  // nothing.
  // "purchase obligations", "IPO plans": the trigger modifies the noun after it.
  bool modifies_noun(const event_token& token, std::size_t sentence_end) const {
    if (token.end >= sentence_end || text_[token.end] != ' ') return false;
    auto next = words_between(text_, token.end, std::min(sentence_end, token.end + 16));
    return !next.empty() && prepared_.modified_nouns.count(next.front()) > 0;
  }
  bool inside_compound(const event_token& token) const {
    return (token.begin > 0 && text_[token.begin - 1] == '-') ||
           (token.end + 1 < text_.size() && text_[token.end] == '-' &&
            is_alpha(text_[token.end + 1]));
  }

  // A venue right after a trigger in its clause: one of the class's venue markers within eight
  // words ("on the Hong Kong Stock Exchange", "on Nasdaq"), or a place named right after "in"
  // or "on" ("began trading in Shanghai").
  bool venue_follows(const event_token& token, std::size_t clause_end, int venue_class) const {
    // "in their Hong Kong debut", "its Nasdaq debut": the noun with its venue before it.
    std::string word = lowercase(text_.substr(token.begin, token.end - token.begin));
    if (word == "debut" || word == "debuts") {
      auto before = words_before(token.begin > 24 ? token.begin - 24 : 0, token.begin);
      if (!before.empty() && prepared_.venue_markers[std::size_t(venue_class)].found_in(
                                 std::vector<std::string>{before.back()}))
        return true;
      auto it = std::lower_bound(scan_.tokens.begin(), scan_.tokens.end(), token.begin,
                                 [](const event_token& t, std::size_t at) { return t.end < at; });
      if (it != scan_.tokens.begin()) {
        const event_token& prev = *std::prev(it);
        if (prev.end < token.begin && token.begin - prev.end <= 1 &&
            prev.kind == event_token_kind::entity &&
            words_.entities[std::size_t(prev.id)].kind == entity_kind::place)
          return true;
      }
    }
    auto after = words_between(text_, token.end, clause_end);
    if (after.size() > 8) after.resize(8);
    if (prepared_.venue_markers[std::size_t(venue_class)].found_in(after)) return true;
    if (after.empty() || (after.front() != "in" && after.front() != "on")) return false;
    auto next = first_from(scan_.tokens, token.end);
    return next != scan_.tokens.end() && next->begin < clause_end && next->begin <= token.end + 5 &&
           next->kind == event_token_kind::entity &&
           words_.entities[std::size_t(next->id)].kind == entity_kind::place;
  }

  // Clause c opens with a preposition right after an appositive ("Sophgo, a Beijing chip
  // designer, to its entity list"): it continues the clause before the appositive.
  bool after_appositive(const std::vector<span>& clauses, std::size_t c) const {
    if (c < 2) return false;
    auto apposition = words_between(text_, clauses[c - 1].begin,
                                    std::min(clauses[c - 1].end, clauses[c - 1].begin + 8));
    auto opening =
        words_between(text_, clauses[c].begin, std::min(clauses[c].end, clauses[c].begin + 8));
    static const word_set articles = {"a", "an", "the", "one"};
    static const word_set prepositions = {"to", "on", "onto", "under", "into"};
    return !apposition.empty() && articles.count(apposition.front()) && !opening.empty() &&
           prepositions.count(opening.front());
  }

  // The trigger is the verb of a relative clause opening a few words before it: ", which
  // Yang Zhilin started", ", that Huawei created".
  bool relative_clause_verb(const event_token& token) const {
    std::size_t from = token.begin > 40 ? token.begin - 40 : 0;
    std::size_t comma = text_.rfind(',', token.begin);
    if (comma == std::string_view::npos || comma < from) return false;
    auto between = words_between(text_, comma + 1, token.begin);
    static const word_set pronouns = {"which", "that", "whom"};
    return !between.empty() && between.size() <= 4 && pronouns.count(between.front()) > 0;
  }

  // ", citing links to Huawei", ", saying ...", ", according to ...": a clause after the event
  // that gives a reason or a source names nothing the event acted on.
  bool comments_on_before(const span& clause) const {
    auto opening = words_between(text_, clause.begin, std::min(clause.end, clause.begin + 24));
    if (opening.empty()) return false;
    static const word_set openers = {"citing",  "saying",   "according", "adding",    "noting",
                                     "arguing", "claiming", "warning",   "explaining"};
    return openers.count(opening.front()) > 0;
  }

  // Is the name token t right after "<trigger> in ", or after "<trigger> in 2011 in "?
  // Only for triggers of a class with `flag` set.
  bool after_trigger_in(const event_token& token, std::size_t t,
                        bool trigger_class::*flag = &trigger_class::in_names_place) const {
    if (t == 0 || token.begin < 4 || text_.substr(token.begin - 4, 4) != " in ") return false;
    const event_token& before = scan_.tokens[t - 1];
    if (before.kind != event_token_kind::trigger ||
        !(words_.triggers[std::size_t(before.id)].*flag))
      return false;
    if (before.end + 4 == token.begin) return true;
    auto date = std::lower_bound(scan_.dates.begin(), scan_.dates.end(), before.end + 1,
                                 [](const date_match& d, std::size_t at) { return d.begin < at; });
    return date != scan_.dates.end() && date->begin == before.end + 1 &&
           date->end + 4 == token.begin;
  }

  // Does a trigger word count where it stands: its class's object words with a name after
  // them, product subject words after a product, gated words after a gate verb?
  bool word_counts(const event_token& token, std::size_t k,
                   const std::vector<std::size_t>& token_ids) const {
    return named_right_after(token, k, token_ids) && product_right_before(token, k, token_ids) &&
           gate_verb_before(token) && !tells_other_event(token, k, token_ids);
  }

  // "a security review it launched in late March": a verb in a relative clause on a trigger
  // noun of another class tells that event (the review's opening), no event of its own class.
  bool tells_other_event(const event_token& token, std::size_t k,
                         const std::vector<std::size_t>& token_ids) const {
    if (k == 0) return false;
    const event_token& noun = scan_.tokens[token_ids[k - 1]];
    if (noun.kind != event_token_kind::trigger || noun.id == token.id) return false;
    auto between = words_between(text_, noun.end, token.begin);
    static const word_set relative = {"it", "they", "which", "that", "he", "she", "we"};
    return !between.empty() && between.size() <= 2 && relative.count(between.front()) &&
           text_.substr(noun.end, token.begin - noun.end).find_first_of(",;:.") ==
               std::string_view::npos;
  }

  // A trigger listed among its class's object words counts only with a name right after it:
  // "Liang started DeepSeek", not "Nvidia started shipping".
  bool named_right_after(const event_token& token, std::size_t k,
                         const std::vector<std::size_t>& token_ids) const {
    std::string word = lowercase(text_.substr(token.begin, token.end - token.begin));
    // "was set up in 2021", "set up by Huawei": a participle; "set up stands" is no founding.
    if (prepared_.passive_words[std::size_t(token.id)].count(word)) {
      auto next = words_at(text_, token.end, std::min(text_.size(), token.end + 24));
      static const word_set followers = {
          "in",    "by",      "on",         "at",     "as",      "with",   "during", "from",
          "under", "after",   "before",     "since",  "through", "until",  "via",    "last",
          "this",  "earlier", "later",      "nearly", "about",   "around", "more",   "over",
          "just",  "only",    "originally", "first",  "and",     "or",     "two",    "three",
          "four",  "five",    "six",        "seven",  "eight",   "nine",   "ten",    "a"};
      bool name_next =
          !next.empty() && next.front().first < text_.size() && is_upper(text_[next.front().first]);
      // "set up a decade ago" is fine, "set up a plant" is not: "a" only before a time unit.
      if (!next.empty() && !name_next) {
        if (!followers.count(next.front().second)) return false;
        if (next.front().second == "a" &&
            (next.size() < 2 || (next[1].second != "decade" && next[1].second != "year" &&
                                 next[1].second != "month" && next[1].second != "week")))
          return false;
      }
      return true;
    }
    const word_set& object_words = prepared_.object_words[std::size_t(token.id)];
    if (object_words.empty() || !object_words.count(word)) return true;
    // "Moonshot AI, which Yang Zhilin started in March 2023": in a relative clause the name
    // it describes is the object.
    if (relative_clause_verb(token)) return true;
    if (k + 1 >= token_ids.size()) return false;
    const event_token& next = scan_.tokens[token_ids[k + 1]];
    bool name = next.kind == event_token_kind::name ||
                (next.kind == event_token_kind::entity &&
                 words_.entities[std::size_t(next.id)].kind != entity_kind::government &&
                 words_.entities[std::size_t(next.id)].kind != entity_kind::place);
    if (!name || next.begin > token.end + 8) return false;
    // Right after it, or after a possessive or an article: "closed Zeku", "shipped its Mate
    // 60", "will ship the Ascend 910C".
    auto between = words_between(text_, token.end, next.begin);
    static const word_set determiners = {"its", "their", "the", "his", "her"};
    return text_.substr(token.end, next.begin - token.end).find_first_of(",;:") ==
               std::string_view::npos &&
           (between.empty() || (between.size() == 1 && determiners.count(between[0])));
  }

  // Punctuation that ends a clause in gap: a comma, a semicolon, a colon, or a full stop that is
  // no decimal point ("Ernie 4.5").
  static bool breaks(std::string_view gap) {
    for (std::size_t i = 0; i < gap.size(); ++i) {
      char c = gap[i];
      if (c == ',' || c == ';' || c == ':') return true;
      if (c == '.' &&
          !(i > 0 && i + 1 < gap.size() && std::isdigit(static_cast<unsigned char>(gap[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(gap[i + 1]))))
        return true;
    }
    return false;
  }

  // A trigger listed among its class's gated words counts only after one of its gate verbs,
  // with at most three words and no punctuation between: "to halt H20 purchases", "to stop
  // purchasing the H20", "halt their purchases of", "began issuing H20 export licences".
  bool gate_verb_before(const event_token& token) const {
    const std::size_t c = std::size_t(token.id);
    if (prepared_.gated_words[c].empty() || !prepared_.gated_words[c].count(lowercase(text_.substr(
                                                token.begin, token.end - token.begin))))
      return true;
    std::size_t from = token.begin > 48 ? token.begin - 48 : 0;
    auto before = words_at(text_, from, token.begin);
    for (std::size_t n = 1; n <= 4 && n <= before.size(); ++n) {
      const auto& [at, word] = before[before.size() - n];
      if (!prepared_.gate_verbs[c].count(word)) continue;
      for (std::size_t b = before.size() - n + 1; b < before.size(); ++b)
        if (negations_.count(before[b].second)) return false; // "issued no licences"
      return !breaks(text_.substr(at, token.begin - at));
    }
    // "Shipments of the Ascend 910C started last year": a gate verb after it, within six words
    // and no punctuation, not opening a gerund ("Sales of the phone started falling").
    if (!prepared_.gate_verbs_after[c].empty()) {
      auto after = words_at(text_, token.end, std::min(text_.size(), token.end + 64));
      for (std::size_t n = 0; n < after.size() && n < 7; ++n) {
        if (!prepared_.gate_verbs_after[c].count(after[n].second)) continue;
        if (breaks(text_.substr(token.end, after[n].first - token.end))) return false;
        // ("licenses would be granted for the H20": a hedged deed is none yet.)
        std::vector<std::string> between;
        for (std::size_t b = 0; b < n; ++b) between.push_back(after[b].second);
        if (is_hedged(between)) return false;
        return n + 1 >= after.size() || !after[n + 1].second.ends_with("ing");
      }
    }
    return false;
  }

  // A trigger listed among its class's product subject words counts only right after a
  // product's name: a model number ("Qwen3 arrived", "the Pura 80 arrived") or a listed product.
  bool product_right_before(const event_token& token, std::size_t k,
                            const std::vector<std::size_t>& token_ids) const {
    const word_set& subject_words = prepared_.product_subject_words[std::size_t(token.id)];
    if (subject_words.empty() ||
        !subject_words.count(lowercase(text_.substr(token.begin, token.end - token.begin))))
      return true;
    if (k == 0) return false;
    const event_token& before = scan_.tokens[token_ids[k - 1]];
    if (before.end + 1 != token.begin || text_[before.end] != ' ') return false;
    if (before.kind == event_token_kind::entity)
      return words_.entities[std::size_t(before.id)].kind == entity_kind::product;
    auto name = text_.substr(before.begin, before.end - before.begin);
    return before.kind == event_token_kind::name &&
           std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // The names opening the clauses after a colon that ends the trigger's clause, when a product
  // noun after the trigger says a list of products follows ("two new models:"); appositives
  // between them (", a multimodal model,") are skipped. Each becomes a product.
  std::vector<participant> listed_after_colon(
      const std::vector<span>& clauses, std::size_t c, const event_token& token,
      const std::vector<std::vector<std::pair<std::size_t, participant>>>& clause_tokens) const {
    std::vector<participant> out;
    if (c + 1 >= clauses.size() || text_[clauses[c].end] != ':') return out;
    auto after = words_between(text_, token.end, clauses[c].end);
    bool products = std::any_of(after.begin(), after.end(),
                                [&](const std::string& w) { return is_product_noun(w); });
    if (!products) return out;
    for (std::size_t i = c + 1; i < clauses.size(); ++i) {
      auto opening =
          words_at(text_, clauses[i].begin, std::min(clauses[i].end, clauses[i].begin + 16));
      std::size_t at = clauses[i].begin;
      while (at < clauses[i].end && text_[at] == ' ') ++at;
      if (!opening.empty() && opening[0].second == "and") {
        if (opening.size() < 2) break;
        at = opening[1].first;
      }
      const participant* named = nullptr;
      for (const auto& [end, p] : clause_tokens[i])
        if (token_begin(end, p) == at && !is_locale(p) && p.kind != entity_kind::person) named = &p;
      if (named) {
        participant product = *named;
        product.kind = entity_kind::product;
        out.push_back(std::move(product));
        continue;
      }
      static const word_set appositive_openers = {"a", "an", "the", "which", "its", "who"};
      if (opening.empty() || !appositive_openers.count(opening[0].second)) break;
    }
    return out;
  }

  // The name right after a participle opening the clause after the trigger's ("pricing the
  // SU7 sedan", "calling it Kimi"), when the trigger acts on a product told by a noun only
  // ("launched its first electric car"); else nothing.
  std::optional<participant> named_by_participle(
      const std::vector<span>& clauses, std::size_t c, const event_token& token,
      const std::vector<std::vector<std::pair<std::size_t, participant>>>& clause_tokens) const {
    if (c + 1 >= clauses.size() || text_[clauses[c].end] != ',') return std::nullopt;
    auto after = words_between(text_, token.end, clauses[c].end);
    if (after.size() > 8 || std::none_of(after.begin(), after.end(),
                                         [&](const std::string& w) { return is_product_noun(w); }))
      return std::nullopt;
    auto opening = words_at(text_, clauses[c + 1].begin,
                            std::min(clauses[c + 1].end, clauses[c + 1].begin + 40));
    if (opening.size() < 3 || opening[0].second.size() < 6 || !opening[0].second.ends_with("ing"))
      return std::nullopt;
    std::size_t at = opening[1].second == "the" || opening[1].second == "it" ? 2 : 1;
    for (const auto& [end, p] : clause_tokens[c + 1])
      if (token_begin(end, p) == opening[at].first &&
          (p.kind == entity_kind::product || p.kind == entity_kind::name)) {
        participant product = p;
        product.kind = entity_kind::product;
        return product;
      }
    return std::nullopt;
  }

  // A past verb form: regular ("imposed"), a common irregular one ("put") or one of
  // rules/events.toml past_forms ("bought"). One test for a relative clause's verb and a
  // second predicate.
  bool past_verb(std::string_view word) const {
    static const word_set irregular_past = {
        // (besides rules/events.toml past_forms: "bought", "began", "won" ...)
        "put",   "set",    "cut",   "hit",  "made", "gave", "sent",    "led",
        "drew",  "became", "grew",  "rose", "fell", "saw",  "came",    "found",
        "held",  "kept",   "left",  "paid", "said", "told", "brought", "built",
        "spent", "stood",  "wrote", "ran",  "shot", "sank", "swung"};
    return (word.size() > 4 && word.ends_with("ed")) || irregular_past.count(word) > 0 ||
           past_forms_.count(word) > 0;
  }

  // "..., and put limits on exports of high-bandwidth memory": a clause that is a second
  // predicate of the sentence's subject, with an object of its own.
  bool second_predicate(span clause) const {
    auto opening = words_between(text_, clause.begin, std::min(clause.end, clause.begin + 24));
    return opening.size() >= 2 && (opening[0] == "and" || opening[0] == "but") &&
           past_verb(opening[1]);
  }

  // A product noun, or its plural ("scanners", "models").
  bool is_product_noun(const std::string& word) const {
    return !singular_product_noun(word).empty();
  }
  // The product noun a word is, in the singular ("phones" -> "phone"), or empty.
  std::string singular_product_noun(const std::string& word) const {
    if (prepared_.product_nouns.count(word)) return word;
    if (word.size() > 3 && word.back() == 's' &&
        prepared_.product_nouns.count(word.substr(0, word.size() - 1)))
      return word.substr(0, word.size() - 1);
    return {};
  }

  // A trigger word its class counts only after a determiner ("the review", "the law").
  bool is_class_anaphor(const event_token& token) const {
    return prepared_.anaphor_words[std::size_t(token.id)].count(
               lowercase(text_.substr(token.begin, token.end - token.begin))) > 0;
  }

  // A trigger between from and to, followed by "that" or "which" before to.
  bool relative_trigger_between(std::size_t from, std::size_t to) const {
    for (auto t = first_from(scan_.tokens, from); t != scan_.tokens.end() && t->begin < to; ++t) {
      if (t->kind != event_token_kind::trigger) continue;
      auto between = words_between(text_, t->end, to);
      if (std::any_of(between.begin(), between.end(),
                      [](const std::string& w) { return w == "that" || w == "which"; }))
        return true;
    }
    return false;
  }

  // "signed deals ... hard to square with the rule that Washington scrapped three months
  // earlier": after a verb, a relative clause's own past verb, of no event class, has the date
  // too. (After a noun the clause tells of it: "the investigation into Nvidia that regulators
  // announced in November".)
  bool relative_past_verb_between(std::size_t from, std::size_t to) const {
    auto between = words_between(text_, from, to);
    for (std::size_t w = 0; w < between.size(); ++w) {
      if (between[w] != "that" && between[w] != "which") continue;
      for (std::size_t v = w + 1; v < between.size() && v <= w + 4; ++v)
        if (past_verb(between[v])) return true;
    }
    return false;
  }

  // "pulled licences for two of its scanners": "its" (or "their") and a product noun within
  // the six words after the trigger.
  bool acts_on_its_products(const event_token& token, std::size_t clause_end) const {
    auto after = words_between(text_, token.end, std::min(clause_end, token.end + 64));
    if (after.size() > 6) after.resize(6);
    for (std::size_t w = 0; w < after.size(); ++w) {
      if (after[w] != "its" && after[w] != "their") continue;
      // (Its own noun phrase only: "restrictions on its access to chips" acts on access.)
      static const word_set prepositions = {"to", "of", "for", "on", "in", "from", "with", "by"};
      for (std::size_t n = w + 1; n < after.size() && n <= w + 3; ++n) {
        std::string noun = after[n];
        if (prepositions.count(noun)) return false;
        if (is_product_noun(noun)) return true;
      }
      return false;
    }
    return false;
  }

  // Where "it" stands as the subject of a passive trigger of a class that acts on an
  // organization ("since it was blacklisted", "after it was founded"), not opening the sentence
  // and with no product or other name before it in the sentence; else nothing.
  std::optional<std::size_t> passive_it(span sentence,
                                        const std::vector<std::size_t>& token_ids) const {
    // (Cheap test first: most sentences have no " it " at all.)
    if (text_.substr(sentence.begin, sentence.end - sentence.begin).find(" it ") ==
        std::string_view::npos)
      return std::nullopt;
    auto words = words_at(text_, first_word(sentence), sentence.end);
    static const word_set auxiliaries = {"was", "is", "were", "been", "got", "be"};
    for (std::size_t w = 1; w + 2 < words.size(); ++w) {
      if (words[w].second != "it" || text_[words[w].first] != 'i') continue;
      std::size_t aux = w + 1;
      if (words[aux].second == "had" || words[aux].second == "has") ++aux;
      if (aux + 1 >= words.size() || !auxiliaries.count(words[aux].second)) continue;
      std::size_t verb_at = words[aux + 1].first;
      auto trigger = first_from(scan_.tokens, verb_at);
      if (trigger == scan_.tokens.end() || trigger->begin != verb_at ||
          trigger->kind != event_token_kind::trigger)
        continue;
      const auto& cls = words_.triggers[std::size_t(trigger->id)];
      if (!cls.place_is_agent && !cls.once_per_participant) continue;
      // (Nothing named before but places and governments: "the chip ... since it was banned".)
      for (std::size_t w2 = 0; w2 < w; ++w2)
        if (prepared_.product_nouns.count(words[w2].second)) return std::nullopt;
      for (std::size_t id : token_ids) {
        const event_token& t = scan_.tokens[id];
        if (t.begin >= words[w].first) break;
        if (t.kind == event_token_kind::name) return std::nullopt;
        if (t.kind == event_token_kind::entity &&
            words_.entities[std::size_t(t.id)].kind != entity_kind::place &&
            words_.entities[std::size_t(t.id)].kind != entity_kind::government)
          return std::nullopt;
      }
      return words[w].first;
    }
    return std::nullopt;
  }

  // For classes with not_before: one of those words among the four after the trigger; with
  // not_after, one right before it.
  bool cancelled_after(const event_token& token, std::size_t sentence_end) const {
    if (const auto& before = words_.triggers[std::size_t(token.id)].not_after; !before.empty()) {
      std::string last = last_word_before(token.begin, token.begin > 24 ? token.begin - 24 : 0);
      if (std::find(before.begin(), before.end(), last) != before.end()) return true;
    }
    const auto& cancel = words_.triggers[std::size_t(token.id)].not_before;
    if (cancel.empty()) return false;
    auto after = words_between(text_, token.end, std::min(sentence_end, token.end + 64));
    // (An amount's words do not count: "sold about 3.5 million new-energy vehicles".)
    static const word_set amount_words = {"about",   "around",   "roughly", "nearly", "almost",
                                          "over",    "more",     "than",    "some",   "million",
                                          "billion", "thousand", "hundred", "up",     "to"};
    for (std::size_t i = 0, seen = 0; i < after.size() && seen < 4; ++i) {
      if (std::find(cancel.begin(), cancel.end(), after[i]) != cancel.end()) return true;
      if (!amount_words.count(after[i])) ++seen;
    }
    return false;
  }

  // For classes with subject_suffixes: a name ending in one of them right before the trigger,
  // with at most a relative pronoun and auxiliaries between ("the World AI Conference opened",
  // "the summit, which opened").
  bool gathering_before(const event_token& token, std::size_t k,
                        const std::vector<std::size_t>& token_ids, bool& anaphor) const {
    const auto& suffixes = words_.triggers[std::size_t(token.id)].subject_suffixes;
    if (suffixes.empty()) return true;
    static const word_set between_ok = {"which", "that", "was",  "is",         "were",     "will",
                                        "has",   "had",  "been", "officially", "formally", "first"};
    // "The conference, which opened on Saturday": the gathering named last, a few sentences
    // back at most.
    if (last_gathering_ && last_gathering_->second + 3 >= sentence_number_) {
      auto before = words_before(token.begin > 48 ? token.begin - 48 : 0, token.begin);
      while (!before.empty() && between_ok.count(before.back())) before.pop_back();
      if (before.size() >= 2 && before[before.size() - 2] == "the" &&
          std::any_of(suffixes.begin(), suffixes.end(),
                      [&](const std::string& s) { return lowercase(s) == before.back(); }) &&
          !(k > 0 && scan_.tokens[token_ids[k - 1]].kind == event_token_kind::name &&
            token.begin - scan_.tokens[token_ids[k - 1]].end <= 32)) {
        anaphor = true;
        return true;
      }
    }
    if (k == 0) return false;
    const event_token& name = scan_.tokens[token_ids[k - 1]];
    // (A listed gathering by its listed name: "WAIC" is the World AI Conference.)
    bool listed = name.kind == event_token_kind::entity &&
                  words_.entities[std::size_t(name.id)].kind == entity_kind::name;
    if ((name.kind != event_token_kind::name && !listed) || token.begin - name.end > 32)
      return false;
    std::string_view shown = listed ? std::string_view(words_.entities[std::size_t(name.id)].name)
                                    : text_.substr(name.begin, name.end - name.begin);
    std::size_t space = shown.find_last_of(' ');
    std::string last = lowercase(space == std::string_view::npos ? shown : shown.substr(space + 1));
    if (std::none_of(suffixes.begin(), suffixes.end(),
                     [&](const std::string& s) { return lowercase(s) == last; }))
      return false;
    auto between = words_between(text_, name.end, token.begin);
    return std::all_of(between.begin(), between.end(),
                       [](const std::string& w) { return between_ok.count(w) > 0; });
  }

  // The first organization a sentence names is the one "the company" will mean next; a name
  // no rule file lists counts when it opens the sentence ("Halvard Bank said ...").
  void remember_organization(std::vector<std::size_t> token_ids, std::size_t opening_at) {
    // "Five years after Washington cut it off from Google's apps, Huawei is growing again": past
    // an opening adverbial clause, the main clause's first name is the sentence's subject.
    if (std::size_t main = main_clause_at(opening_at, token_ids); main != opening_at) {
      for (std::size_t id : token_ids) {
        if (scan_.tokens[id].begin >= main) break;
        remember_seen(scan_.tokens[id]);
      }
      std::erase_if(token_ids, [&](std::size_t id) { return scan_.tokens[id].begin < main; });
      opening_at = main;
      if (token_ids.empty()) return;
    }
    // A token opens the sentence when it starts it, or follows only places right before it
    // ("Hangzhou-based Unitree Robotics").
    auto opens = [&](std::size_t k) {
      const event_token& first = scan_.tokens[token_ids[0]];
      // ... or follows a description ending in an organization noun: "Battery giant CATL".
      if (first.begin != opening_at) {
        auto description = words_between(text_, opening_at, first.begin);
        if (description.empty() || description.size() > 3 ||
            !prepared_.organization_nouns.count(description.back()))
          return false;
      }
      return k == 0 || scan_.tokens[token_ids[k]].begin <= scan_.tokens[token_ids[k - 1]].end + 8;
    };
    std::optional<std::size_t> name, organization;
    bool name_initial = true;
    std::optional<std::string> subject_key;
    bool organization_opens = false;
    bool only_locales_before = true; // "Hangzhou-based Unitree Robotics" opens with its name
    for (std::size_t k = 0; k < token_ids.size(); ++k) {
      const event_token& token = scan_.tokens[token_ids[k]];
      std::optional<participant> p;
      bool locale = token.kind == event_token_kind::entity &&
                    (words_.entities[std::size_t(token.id)].kind == entity_kind::place ||
                     words_.entities[std::size_t(token.id)].kind == entity_kind::government);
      if (token.kind == event_token_kind::entity &&
          words_.entities[std::size_t(token.id)].kind == entity_kind::organization) {
        if (!organization) {
          organization = token_ids[k];
          organization_opens = only_locales_before && opens(k);
        }
        p = entity_participant(token);
      }
      if (token.kind == event_token_kind::name) {
        p = name_participant(token, k == 0);
        // ("Battery" opening "Battery giant CATL" is no name: the name after it is.)
        if (only_locales_before && !name && p) {
          name = token_ids[k];
          name_initial = k == 0;
          // The text's subject when it opens the sentence (see last_organization).
          if (p && p->kind == entity_kind::name && opens(k)) {
            subject_key = p->key;
            opening_subject_ = {*p, sentence_number_};
          }
        }
      }
      // ("Battery giant CATL": a capitalized word that is no name, and a description ending
      // in an organization noun before the next name, open nothing.)
      bool description = false;
      if (token.kind == event_token_kind::name && !p && k + 1 < token_ids.size() &&
          scan_.tokens[token_ids[k + 1]].begin < token.end + 40) {
        auto words = words_between(text_, token.begin, scan_.tokens[token_ids[k + 1]].begin);
        description = words.size() >= 2 && words.size() <= 3 &&
                      prepared_.organization_nouns.count(words.back());
      }
      // ("The Pentagon added Hesai": an article glued to the next token opens nothing itself.)
      bool article = token.kind == event_token_kind::determiner && k + 1 < token_ids.size() &&
                     scan_.tokens[token_ids[k + 1]].begin == token.end + 1;
      // ("Shares of Horizon Robotics rose": the company is what the sentence is about.)
      std::string_view word = text_.substr(token.begin, token.end - token.begin);
      bool shares_of = k == 0 && !p && token.kind == event_token_kind::name &&
                       (word == "Shares" || word == "Stock") &&
                       text_.substr(token.end, 4) == " of ";
      only_locales_before = only_locales_before && (locale || description || article || shares_of);
      bool known_product = token.kind == event_token_kind::entity &&
                           words_.entities[std::size_t(token.id)].kind == entity_kind::product;
      // (A name read as a product, "Mate 70", counts as well as a known one.)
      if (known_product || (p && p->kind == entity_kind::product)) {
        participant product = known_product ? entity_participant(token) : *p;
        auto& seen = products_seen_[product.key];
        ++names_seen_;
        if (seen.count++ == 0) seen.first = names_seen_;
        seen.known = seen.known || known_product;
        seen.who = std::move(product);
      }
      if (known_product || (p && p->kind == entity_kind::product)) {
        // (Opening the sentence, after "The" at most.)
        auto before = words_between(text_, opening_at, token.begin);
        if (before.empty() || (before.size() == 1 && before[0] == "the"))
          opening_product_ = {known_product ? entity_participant(token) : *p, sentence_number_};
      }
      // (A name before a product noun is a product there: "Apollo Go robotaxi service".)
      if (known_product || (p && (p->kind == entity_kind::product || p->kind == entity_kind::name)))
        if (std::string noun = noun_after(token); !noun.empty()) {
          participant product = known_product ? entity_participant(token) : *p;
          product.kind = entity_kind::product; // "the service" is a thing, whatever its name
          last_product_by_noun_[noun] = product;
          products_seen_[product.key].noun = noun;
        }
      // ("It lost its largest customer, Huawei, in 2019. Washington blacklisted the company":
      // a party named by its relation to the subject is not whom "the company" means next.)
      bool related = false;
      if (auto before = words_before(token.begin > 40 ? token.begin - 40 : 0, token.begin);
          !before.empty() && relation_nouns.count(before.back()))
        related = true;
      if (p && !related) remember_seen(*p);
    }
    if (name || organization) {
      last_name_token_ = name, last_organization_token_ = organization;
      last_name_initial_ = name_initial;
      last_organization_opened_ = organization_opens;
    }
    if (subject_key) last_subject_key_ = std::move(subject_key);
    if (organization_opens) {
      last_subject_key_ = entity_participant(scan_.tokens[*organization]).key;
      opening_subject_ = {entity_participant(scan_.tokens[*organization]), sentence_number_};
    }
  }

  // How often and how lately each name or organization was named ("the company" guesses).
  void remember_seen(const participant& p) {
    if (p.kind != entity_kind::name && p.kind != entity_kind::organization) return;
    // ("two brothers from the Chinese Academy of Sciences": a public body is never what "the
    // company" means.)
    static constexpr std::string_view bodies[] = {
        "Academy", "University", "Ministry",       "Institute", "Department", "Bureau",
        "Council", "Commission", "Administration", "Agency",    "School",     "College"};
    for (auto body : bodies)
      if (p.display.find(body) != std::string::npos) return;
    auto& seen = prominence_[p.key];
    seen.count += 1;
    seen.last = ++names_seen_;
    seen.who = p;
  }
  void remember_seen(const event_token& token) {
    if (token.kind == event_token_kind::entity) remember_seen(entity_participant(token));
    if (token.kind == event_token_kind::name)
      if (auto p = name_participant(token, false)) remember_seen(*p);
  }

  // Where the main clause begins when the sentence opens with an adverbial one ("After the
  // ban, ...", "Five years after ..., "): after its comma; else opening_at.
  std::size_t main_clause_at(std::size_t opening_at,
                             const std::vector<std::size_t>& token_ids) const {
    if (token_ids.empty()) return opening_at;
    static const word_set openers = {"after", "before",   "since",  "when",    "while",
                                     "as",    "although", "though", "despite", "following",
                                     "once",  "because",  "amid",   "until",   "unlike"};
    // (Cheap test first: this runs for every sentence.)
    std::string_view head = text_.substr(opening_at, 40);
    std::size_t first_end = 0;
    while (first_end < head.size() && is_alpha(head[first_end])) ++first_end;
    // ("Founded in Ningde in 2011, CATL now supplies Tesla": an opening participle too.)
    std::string first = lowercase(head.substr(0, first_end));
    bool participle = first.size() > 4 && first.ends_with("ed");
    if (!openers.count(first) && !participle && head.find(" after ") == std::string_view::npos &&
        head.find(" before ") == std::string_view::npos)
      return opening_at;
    auto words = words_at(text_, opening_at, std::min(text_.size(), opening_at + 40));
    bool adverbial = !words.empty() && (openers.count(words[0].second) || participle);
    // "Five years after", "Two months later": a span of time, then the word.
    for (std::size_t w = 1; w < words.size() && w <= 3 && !adverbial; ++w)
      adverbial = (words[w].second == "after" || words[w].second == "before") &&
                  words[0].first == opening_at;
    if (!adverbial) return opening_at;
    std::size_t last = scan_.tokens[token_ids.back()].begin;
    std::size_t comma = text_.substr(0, last).find(',', opening_at);
    if (comma == std::string_view::npos || comma >= last) return opening_at;
    std::size_t main = comma + 1;
    while (main < text_.size() && text_[main] == ' ') ++main;
    return main;
  }

  // "The company": the name opening the last sentence that named one, else that sentence's
  // first listed organization; when that is a person ("Zhang Jianzhong left Nvidia's China
  // business to start Moore Threads"), the organization the text has named most so far.
  std::optional<participant> last_organization() {
    if (last_name_token_) {
      auto p = name_participant(scan_.tokens[*last_name_token_], last_name_initial_);
      if (p && p->kind == entity_kind::name) return p;
      // A product opening the sentence ("The Mate 70, Huawei's flagship, ...") is no company.
      if (p && (p->kind == entity_kind::person || p->kind == entity_kind::product)) {
        const seen_name* best = nullptr;
        for (const auto& [key, seen] : prominence_)
          if (!best || seen.count > best->count ||
              (seen.count == best->count && seen.last > best->last))
            best = &seen;
        if (best) return best->who;
      }
    }
    if (last_organization_token_) {
      participant p = entity_participant(scan_.tokens[*last_organization_token_]);
      // Named inside a sentence that opened with something else, while another organization
      // is the subject: which one "the company" means is a guess, so neither.
      if (!last_organization_opened_ && last_subject_key_ && *last_subject_key_ != p.key)
        return std::nullopt;
      return p;
    }
    return std::nullopt;
  }

  // The lowercase word ending at offset (skipping blanks before it), or empty.
  std::string last_word_before(std::size_t offset, std::size_t floor) const {
    auto words = words_between(text_, std::max(floor, offset > 24 ? offset - 24 : 0), offset);
    return words.empty() ? std::string() : words.back();
  }

  // A cheap test for a relation word in the 40 bytes before `at` in its clause.
  bool relation_word_near(std::size_t clause_begin, std::size_t at) const {
    std::size_t from = std::max(clause_begin, at > 40 ? at - 40 : 0);
    std::string_view window = text_.substr(from, at - from);
    for (std::string_view stem : {"fter ", "efore ", "ince ", "ollowing ", "ntil "})
      if (window.find(stem) != std::string_view::npos) return true;
    return false;
  }

  // Events of this sentence dated from one another: "banned it two months after Corvel
  // launched it", "within a week of the announcement", "launched the X2 after the ban".
  // "DeepSeek released R1 on January 20, two months after its V3 model": a product right after
  // the offset stands for the same deed done to it (V3's release). Adds that deed as a mention
  // of the main one's class, with no date of its own, and returns it.
  std::optional<std::size_t>
  implied_product_event(const date_match& offset,
                        const std::vector<std::pair<std::size_t, participant>>& clause_tokens) {
    // The main deed: the sentence's last one before the offset, told as a fact.
    std::optional<std::size_t> main;
    for (std::size_t m = mentions_.size(); m-- > 0 && mention_sentence_[m] == sentence_number_;)
      if (mentions_[m].end <= offset.begin && !mentions_[m].hedged && !mentions_[m].future &&
          mentions_[m].trigger_class >= 0) {
        main = m;
        break;
      }
    if (!main) return std::nullopt;
    for (const auto& [end, p] : clause_tokens) {
      std::size_t begin = token_begin(end, p);
      if (begin < offset.end) continue;
      auto between = words_between(text_, offset.end, begin);
      bool named_right_after = between.empty() || (between.size() == 1 &&
                                                   (between[0] == "its" || between[0] == "the" ||
                                                    between[0] == "their" || between[0] == "his"));
      if (!named_right_after || !names_product(p)) return std::nullopt;
      // Nothing but a product noun or a mark may follow it: "after its V3 model", "after V3,",
      // not "after V3 won".
      auto after = words_at(text_, end, std::min(text_.size(), end + 24));
      if (!after.empty() && !prepared_.product_nouns.count(after[0].second) &&
          text_[after[0].first - 1] == ' ')
        return std::nullopt;
      event_mention implied;
      implied.trigger_class = mentions_[*main].trigger_class;
      implied.begin = begin;
      implied.end = end;
      implied.participants = {p};
      implied.past = true;
      implied.object_named = true;
      mentions_.push_back(std::move(implied));
      mention_sentence_.push_back(sentence_number_);
      return mentions_.size() - 1;
    }
    return std::nullopt;
  }

  void add_relative_dates(
      span sentence, const std::vector<span>& clauses,
      const std::vector<std::vector<std::pair<std::size_t, participant>>>& clause_tokens,
      const std::vector<std::size_t>& date_ids, std::size_t first_mention) {
    auto clause_of = [&](std::size_t offset) { return clause_holding(clauses, offset); };
    // The event dated by words in [begin, end) that name `ref`: the nearest other mention
    // before them in the sentence, else the first after the ref's clause ("Two months after
    // the launch, the US banned it").
    auto main_for = [&](std::size_t begin, std::size_t ref) -> std::optional<std::size_t> {
      std::optional<std::size_t> best;
      for (std::size_t m = first_mention; m < mentions_.size(); ++m)
        if (m != ref && mentions_[m].end <= begin && !mentions_[m].hedged) best = m;
      if (best) return best;
      for (std::size_t m = first_mention; m < mentions_.size(); ++m)
        if (m != ref && mentions_[m].begin > mentions_[ref].end && !mentions_[m].hedged &&
            clause_of(mentions_[m].begin) != clause_of(mentions_[ref].begin))
          return m;
      return std::nullopt;
    };
    // The mention right after offset (at most a few words on: "after Corvel launched it").
    auto ref_after = [&](std::size_t offset) -> std::optional<std::size_t> {
      for (std::size_t m = first_mention; m < mentions_.size(); ++m)
        if (mentions_[m].begin >= offset)
          return mentions_[m].begin - offset <= 40 ? std::optional<std::size_t>(m) : std::nullopt;
      return std::nullopt;
    };
    auto set = [&](std::size_t main, relative_date r) {
      if (mentions_[main].relative || main == r.mention) return;
      mentions_[main].relative = std::make_shared<const relative_date>(r);
      // "Washington banned it two months after Corvel launched it": the government acted in
      // the main clause, not in the launch.
      auto& ref = mentions_[r.mention];
      // "Huawei unveiled the Ascend 910C two weeks after the US banned the H20": each side
      // keeps the participants named on its side of the words that relate them; a pronoun
      // ("after Corvel launched it") stands for the main side's products.
      auto& m = mentions_[main];
      if (m.begin < r.begin && ref.begin > r.begin) {
        auto side = [&](const event_mention& of, std::size_t from, std::size_t to) {
          std::vector<participant> ps;
          for (const auto& [end, p] : clause_tokens[clause_of(of.begin)])
            if (end > from && end <= to && p.kind != entity_kind::government) ps.push_back(p);
          return ps;
        };
        auto main_side = side(m, 0, r.begin);
        auto ref_side = side(ref, r.begin, sentence.end);
        bool ref_product = std::any_of(ref_side.begin(), ref_side.end(), [](const participant& p) {
          return p.kind == entity_kind::product;
        });
        if (!ref_product)
          for (const auto& p : main_side)
            if (p.kind == entity_kind::product) ref_side.push_back(p);
        for (auto* side_list : {&main_side, &ref_side}) {
          std::sort(side_list->begin(), side_list->end());
          side_list->erase(std::unique(side_list->begin(), side_list->end()), side_list->end());
        }
        // The main side keeps what it took from other clauses ("Moore Threads, which Zhang
        // Jianzhong set up two years before Washington blacklisted it": the founding is Moore
        // Threads'), less what the other side names.
        for (const auto& p : m.participants) {
          bool in_clause = false;
          for (const auto& [end, q] : clause_tokens[clause_of(m.begin)]) in_clause |= q == p;
          if (!in_clause) main_side.push_back(p);
        }
        std::sort(main_side.begin(), main_side.end());
        main_side.erase(std::unique(main_side.begin(), main_side.end()), main_side.end());
        event_mention probe;
        probe.participants = main_side;
        if (!key_participants(probe).empty()) m.participants = main_side;
        probe.participants = ref_side;
        if (!key_participants(probe).empty()) ref.participants = ref_side;
      }
      if (ref.agent && ref.begin > r.begin) {
        bool own = false;
        auto token = first_from(scan_.tokens, r.begin);
        for (; token != scan_.tokens.end() && token->end <= ref.begin; ++token)
          own = own || (token->kind == event_token_kind::entity &&
                        words_.entities[std::size_t(token->id)].kind == entity_kind::government);
        if (!own) ref.agent.reset();
      }
    };
    // Offsets: "two months after", "a year before", "within a week of".
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      std::string last = last_word_before(date.end, date.begin);
      relative_date r;
      r.date = d;
      r.begin = date.begin;
      std::optional<std::size_t> ref;
      bool offset = date.ast.form == date_form::offset || date.ast.form == date_form::vague_offset;
      if (offset && date.ast.narrative && (last == "after" || last == "before")) {
        r.direction = last == "after" ? +1 : -1;
        ref = ref_after(date.end);
        if (!ref) ref = implied_product_event(date, clause_tokens[clause_of(date.begin)]);
      } else if (offset && date.ast.narrative && (last == "later" || last == "earlier")) {
        // "banned exports on December 3, and regulators opened a probe a week later": the
        // offset counts from the dated event the sentence told before the one it follows.
        std::optional<std::size_t> main, from;
        for (std::size_t m = first_mention; m < mentions_.size(); ++m)
          if (mentions_[m].end <= date.begin && !mentions_[m].hedged) main = m;
        for (std::size_t m = first_mention; main && m < *main; ++m)
          if (mentions_[m].date && *mentions_[m].date != d && !mentions_[m].hedged) from = m;
        // ("The rules came on December 9. They covered tools. China's ban followed a day
        // later.": failing one in its own sentence, the last dated event of the two before.)
        // (Not where the sentence dates its event itself: "had been blacklisted a year
        // earlier, in May 2019" is loose about the year.)
        bool own_date = std::any_of(date_ids.begin(), date_ids.end(), [&](std::size_t o) {
          return o != d && !scan_.dates[o].ast.weak;
        });
        for (std::size_t m = first_mention; main && !from && !own_date && m-- > 0;) {
          if (mention_sentence_[m] + 2 < sentence_number_) break;
          if (mentions_[m].date && !mentions_[m].hedged) from = m;
        }
        if (!main || !from) continue;
        r.direction = last == "later" ? +1 : -1;
        r.mention = *from;
        r.begin = mentions_[*from].begin;
        r.end = date.end;
        set(*main, r);
        continue;
      } else if (date.ast.form == date_form::duration &&
                 last_word_before(date.begin, sentence.begin) == "within") {
        auto next = words_between(text_, date.end, std::min(sentence.end, date.end + 4));
        if (!next.empty() && next.front() == "of") ref = ref_after(date.end);
        r.begin = text_.rfind("within", date.begin);
      }
      if (!ref) continue;
      r.mention = *ref;
      r.end = mentions_[*ref].end;
      if (auto main = main_for(date.begin, *ref)) set(*main, r);
    }
    // Bare order: "after the ban", "before its launch", "since the merger".
    for (std::size_t m = first_mention; m < mentions_.size(); ++m) {
      auto before = words_before(sentence.begin, mentions_[m].begin);
      if (!before.empty() && (before.back() == "the" || before.back() == "its" ||
                              before.back() == "this" || before.back() == "that"))
        before.pop_back();
      // "after the U.S. banned the H800", "before Nvidia launched it": a verb with its subject
      // between the word and it (a few words, in its clause).
      std::size_t clause_begin = clauses[clause_of(mentions_[m].begin)].begin;
      if (mentions_[m].past && relation_word_near(clause_begin, mentions_[m].begin)) {
        auto in_clause =
            words_before(clauses[clause_of(mentions_[m].begin)].begin, mentions_[m].begin);
        for (std::size_t n = 2; n <= 4 && n <= in_clause.size(); ++n)
          if (relation_words.count(in_clause[in_clause.size() - n])) {
            before.assign(in_clause.begin(), in_clause.end() - long(n - 1));
            break;
          }
      }
      if (before.empty()) continue;
      const std::string& w = before.back();
      int direction = (w == "after" || w == "following" || w == "since") ? +1
                      : (w == "before" || w == "until" || w == "preceding" ||
                         (w == "of" && before.size() > 1 && before[before.size() - 2] == "ahead") ||
                         (w == "to" && before.size() > 1 && before[before.size() - 2] == "prior"))
                          ? -1
                          : 0;
      if (direction == 0) continue;
      // The word must stand right before the mention (and its determiner): find its offset.
      std::size_t at = text_.rfind(w, mentions_[m].begin);
      if (at == std::string_view::npos || at < sentence.begin) continue;
      if (auto main = main_for(at, m))
        set(*main, {m, std::nullopt, direction, at, mentions_[m].end});
    }
    // "weeks before rivals refreshed their models": an offset from an event this sentence
    // tells but no mention stands for is no date from the publication; it dates nothing.
    for (std::size_t m = first_mention; m < mentions_.size(); ++m) {
      auto& mention = mentions_[m];
      if (!mention.date || mention.anchor_date ||
          (mention.relative && mention.relative->date == mention.date))
        continue;
      const date_match& date = scan_.dates[*mention.date];
      bool offset = date.ast.form == date_form::offset || date.ast.form == date_form::vague_offset;
      if (!offset || !date.ast.narrative) continue;
      std::string last = last_word_before(date.end, date.begin);
      if ((last == "after" || last == "before") &&
          !words_between(text_, date.end, std::min(sentence.end, date.end + 16)).empty()) {
        // ... unless that deed's own clause dates it by the calendar, and no event of its own
        // stands between: "three weeks before DeepSeek's R1 captured attention on January 20".
        std::optional<std::size_t> anchor;
        for (std::size_t d : date_ids) {
          const date_match& other = scan_.dates[d];
          if (other.begin < date.end) continue;
          if (!other.ast.weak && !other.ast.narrative && other.ast.form == date_form::absolute &&
              other.ast.month != 0 && other.ast.day != 0)
            anchor = d;
          break; // the first date after the offset, or none
        }
        bool eventless = anchor && std::none_of(mentions_.begin() + long(first_mention),
                                                mentions_.end(), [&](const event_mention& e) {
                                                  return e.begin > date.end &&
                                                         e.begin < scan_.dates[*anchor].begin;
                                                });
        if (eventless && mention.begin < date.begin && !mention.hedged) {
          mention.anchor_date = anchor;
          mention.anchor_after = true;
        } else {
          mention.date.reset();
        }
      }
    }
  }

  // The counted noun right after a count ("300 firms"), or empty when the word after it is not
  // one ("300 of them", "300 years", "300 percent").
  // Up to three words after the count, modifiers first: the first plural ("1.4 million
  // driverless rides", "2,048 H800 chips", "40 large language models"), else the first word.
  std::string counted_noun(std::size_t end) const {
    constexpr int max_words = 3;
    std::string first;
    std::size_t i = end;
    for (int n = 0; n < max_words; ++n) {
      while (i < text_.size() && text_[i] == ' ') ++i;
      std::size_t b = i;
      while (i < text_.size() && (is_alpha(text_[i]) || text_[i] == '-' ||
                                  std::isdigit(static_cast<unsigned char>(text_[i]))))
        ++i;
      if (i == b) break; // punctuation ends the noun phrase
      std::string_view raw = text_.substr(b, i - b);
      if (is_upper(raw[0]) || std::isdigit(static_cast<unsigned char>(raw[0])))
        continue; // "Nvidia", "H800": a name modifying the noun
      std::string word = lowercase(raw);
      if (!noun_like(word)) break;
      if (n == 0) first = word;
      if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) return word;
      if (n > 0 && first.empty()) return word; // after names: "2,000 Nvidia chip"
    }
    return first;
  }

  // "1.76 million battery-electric cars": the words before the counted noun that name a part
  // of what is counted (rules/quantities.toml count_segments; "driverless rides" are all the
  // rides). Joined with "_", or empty.
  std::string count_modifier(std::size_t end) const {
    std::string modifier;
    std::size_t i = end;
    for (int n = 0; n < 3; ++n) {
      while (i < text_.size() && text_[i] == ' ') ++i;
      std::size_t b = i;
      while (i < text_.size() && (is_alpha(text_[i]) || text_[i] == '-' ||
                                  std::isdigit(static_cast<unsigned char>(text_[i]))))
        ++i;
      if (i == b) break;
      std::string_view raw = text_.substr(b, i - b);
      if (is_upper(raw[0]) || std::isdigit(static_cast<unsigned char>(raw[0]))) continue;
      std::string word = lowercase(raw);
      if (!noun_like(word)) break;
      if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) return modifier;
      if (!prepared_.count_segments.count(word)) continue;
      // ("four-legged" and "quadruped" are one part: count_synonyms.)
      if (auto same = prepared_.count_synonym.find(word); same != prepared_.count_synonym.end())
        word = same->second;
      modifier += (modifier.empty() ? "" : "_") + word;
    }
    return {}; // no plural noun: "2,000 Nvidia chip" has no part
  }

  // "sales reached 4.3 million vehicles, up 41%": where the measured clause counts things,
  // "sales" are of those things, and the change is theirs (no revenue growth).
  void counted_change(span clause, const measure& change, quantity_mention& qm) const {
    for (auto it = first_from(scan_.quantities, clause.begin);
         it != scan_.quantities.end() && it->begin < clause.end; ++it) {
      if (it->ast.kind != quantity_kind::count) continue;
      std::string noun = counted_noun(it->end);
      if (noun.empty()) continue;
      if (auto same = prepared_.count_synonym.find(noun); same != prepared_.count_synonym.end())
        noun = same->second;
      qm.measure = noun + "_" + change.id;
      qm.measure_label = noun + " " + change.label;
      return;
    }
  }

  // The counted noun before a verb that reaches a count: "Apollo Go rides rose to about 1.1
  // million", "shipments abroad more than doubled to roughly 1.05 million", "its overseas
  // deliveries in 2025 came to about 1.3 million". `before` indexes the amount's first word in
  // `plain`.
  std::string noun_before_change(const std::vector<std::string>& plain, std::size_t before) const {
    static const word_set reaching = {"reached", "totaled", "totalled", "topped", "hit"};
    static const word_set linking = {"came", "amounted", "stood"}; // "came to", "stood at"
    static const word_set skipped = {"more", "than",   "abroad", "overseas", "in",
                                     "for",  "the",    "year",   "quarter",  "last",
                                     "this", "nearly", "almost"};
    // (The amount's approximator may stand between: "rose to about 1.1 million".)
    std::size_t verb = before, i = before;
    while (i > 0 && before - i < 2 && plain[i - 1] != "to" && plain[i - 1] != "at" &&
           !reaching.count(plain[i - 1]))
      --i;
    if (i >= 2 && (plain[i - 1] == "to" || plain[i - 1] == "at"))
      verb = i - 2;
    else if (i >= 1 && reaching.count(plain[i - 1]))
      verb = i - 1;
    else
      return {};
    bool change = reaching.count(plain[verb]) || linking.count(plain[verb]);
    for (const auto& [phrase, m] : prepared_.measure_phrases)
      change = change || (phrase.size() == 1 && phrase[0] == plain[verb] &&
                          words_.quantities.measures[m].change);
    if (!change) return {};
    constexpr std::size_t max_words_back = 5;
    for (std::size_t n = verb; n-- > 0 && verb - n <= max_words_back;) {
      const std::string& noun = plain[n];
      if (skipped.count(noun)) continue;
      if (noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") && noun_like(noun))
        return noun;
      break;
    }
    return {};
  }

  static bool noun_like(const std::string& noun) {
    static const word_set not_nouns = {
        "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for", "from", "with", "by",
        "as", "is", "was", "are", "were", "be", "that", "which", "who", "percent", "per", "points",
        "percentage", "times", "than", "more", "less", "am", "pm", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades", "hour", "hours", "minute",
        "minutes", "second", "seconds", "quarter", "quarters", "years-old", "year-old", "st", "nd",
        "rd", "th", "it", "its", "this", "these", "those", "per-cent",
        // Money counted in coins or notes is money, not a count of things.
        "cents", "cent", "dollars", "euros", "yen", "yuan", "pounds", "pence", "won", "rupees",
        "francs", "marks"};
    return noun.size() >= 3 && !not_nouns.count(noun);
  }

  // "a share", "per barrel", "/month" right after an amount: it is a rate.
  bool is_rate(std::size_t end, std::size_t sentence_end) const {
    if (end < sentence_end && text_[end] == '/') return true;
    if (end >= sentence_end || text_[end] != ' ') return false;
    auto after = words_between(text_, end, std::min(sentence_end, end + 24));
    // ("priced its shares at $13 each", "at $20.47 apiece")
    if (!after.empty() && (after[0] == "each" || after[0] == "apiece")) return true;
    if (after.size() < 2) return false;
    static const word_set per_unit = {
        "share",    "barrel", "day",     "week",   "month",    "year",     "hour",     "ton",
        "tonne",    "pound",  "ounce",   "gallon", "head",     "unit",     "piece",    "person",
        "kilogram", "kg",     "litre",   "liter",  "minute",   "second",   "seat",     "device",
        "chip",     "car",    "vehicle", "user",   "customer", "employee", "household"};
    return after[0] == "per" || ((after[0] == "a" || after[0] == "an") && per_unit.count(after[1]));
  }

  // Amounts of the sentence: what each measures and whose it is. An amount is kept only when
  // both can be told; otherwise no source could be said to contradict it.
  void
  add_quantities(span sentence, const std::vector<span>& clauses,
                 const std::vector<std::vector<std::pair<std::size_t, participant>>>& clause_tokens,
                 const std::vector<bool>& clause_has_trigger,
                 const std::vector<std::size_t>& date_ids, std::size_t first_mention) {
    const auto& q = words_.quantities;
    auto first = first_from(scan_.quantities, sentence.begin);
    std::vector<quantity_mention> found;
    std::optional<amount_context> next_context;
    struct carry_on {
      std::optional<amount_context>& next;
      std::optional<amount_context>& context;
      ~carry_on() {
        if (next) context = std::move(next);
      }
    } carry{next_context, context_};
    for (auto it = first; it != scan_.quantities.end() && it->begin < sentence.end; ++it) {
      const quantity_match& amount = *it;
      // A rate ("$50 a share", "93 cents per share", "$80 a barrel") is not an amount of
      // anything the sentence reports.
      if (is_rate(amount.end, sentence.end)) continue;
      // "380 billion yuan, about $53 billion,": money in another currency right after money is
      // its conversion: the same fact in another unit, never one of its own.
      bool conversion =
          it != first && amount.ast.kind == quantity_kind::money &&
          std::prev(it)->ast.kind == quantity_kind::money &&
          std::string_view(std::prev(it)->ast.currency) != std::string_view(amount.ast.currency) &&
          converts(std::prev(it)->end, amount.begin);
      std::size_t index = std::size_t(it - scan_.quantities.begin());
      if (conversion && (found.empty() || found.back().quantity + 1 != index)) continue;
      // "Of the $39 billion in grants, the largest award went to Intel: $8.5 billion": the
      // whole a sentence opens by drawing from is no fact it reports.
      if (auto opening = words_between(text_, sentence.begin, amount.begin);
          opening.size() == 2 && opening[0] == "of" && opening[1] == "the")
        continue;
      std::size_t c = clause_holding(clauses, amount.begin);
      // The clause's words, less those of its dates ("May 28" holds no "may") and amounts.
      auto words = words_at(text_, clauses[c].begin, clauses[c].end);
      std::erase_if(words, [&](const auto& w) {
        for (std::size_t d : date_ids)
          if (w.first >= scan_.dates[d].begin && w.first < scan_.dates[d].end) return true;
        for (auto q = first; q != scan_.quantities.end() && q->begin < sentence.end; ++q)
          if (w.first >= q->begin && w.first < q->end) return true;
        return false;
      });
      std::vector<std::string> plain;
      std::size_t at = 0; // words before the amount
      for (const auto& [offset, w] : words) {
        if (offset < amount.begin) ++at;
        plain.push_back(w);
      }
      // Where a subordinate clause after the amount begins ("... rose to 1.88 billion yuan as
      // Chinese cloud companies bought"): its words measure and own nothing of the amount's.
      std::size_t own_words = plain.size(), own_end = clauses[c].end;
      // ("a 12% drop that erased $593 billion": a relative clause after the amount tells of
      // the noun before it, and its verb measures another amount.)
      for (std::size_t i = at; i < plain.size(); ++i)
        if (plain[i] == "as" || plain[i] == "that" || plain[i] == "which" ||
            subordinators.count(plain[i])) {
          own_words = i;
          own_end = words[i].first;
          break;
        }
      quantity_mention qm;
      qm.quantity = std::size_t(it - scan_.quantities.begin());
      qm.begin = amount.begin;
      // The approximator: the longest listed phrase ending right before the amount.
      std::size_t before = at;
      for (std::size_t a = 0; a < prepared_.approximators.size(); ++a) {
        const auto& phrase = prepared_.approximators[a];
        if (phrase_ends_at(plain, at, phrase) &&
            (qm.approximator < 0 ||
             phrase.size() > prepared_.approximators[std::size_t(qm.approximator)].size())) {
          qm.approximator = int(a);
          before = at - phrase.size();
          qm.begin = words[before].first;
        }
      }
      if (conversion) {
        quantity_mention converted = found.back();
        converted.quantity = index;
        converted.begin = qm.begin;
        converted.approximator = qm.approximator;
        found.push_back(std::move(converted));
        continue;
      }
      // "up from $4 billion", "than 300": another period's or another source's figure.
      bool comparison = false;
      for (const auto& phrase : prepared_.comparison_markers)
        comparison = comparison || phrase_ends_at(plain, before, phrase) ||
                     (before > 0 && phrase_ends_at(plain, before - 1, phrase) &&
                      (plain[before - 1] == "its" || plain[before - 1] == "the"));
      bool negated = false;
      for (std::size_t w = before > 4 ? before - 4 : 0; w < before; ++w)
        negated = negated || negations_.count(plain[w]);
      if (comparison || negated) continue;
      // A forecast marker before the amount ("projects a loss of $2 billion") or right after
      // it ("$45 billion expected"); further on it is a noun of something else ("spent $68
      // billion on capital projects"). A subordinate clause the amount stands in is its own:
      // "expects spending to rise this year after it spent 76.8 billion yuan in 2024".
      constexpr std::size_t max_words_after = 2;
      std::size_t from = before;
      while (from > 0 && !subordinators.count(plain[from - 1])) --from;
      qm.forecast = prepared_.forecast_markers.found_in(
          {plain.begin() + long(from),
           plain.begin() + long(std::min(plain.size(), at + max_words_after))});

      // The measure: a count measures what it counts; a percentage of a whole named after it
      // is a share of it; otherwise the nearest measure word.
      std::size_t measure_at = std::string::npos; // where the measure word stands
      bool present_share = false, share_measure = false, held_share = false;
      if (amount.ast.kind == quantity_kind::count) {
        if (after_name(amount.begin, sentence)) continue; // "the iPhone 16 went on sale"
        qm.measure = counted_noun(amount.end);
        if (qm.measure.empty()) qm.measure = noun_before_change(plain, before);
        if (auto same = prepared_.count_synonym.find(qm.measure);
            same != prepared_.count_synonym.end())
          qm.measure = same->second;
        qm.measure_label = qm.measure;
        if (std::string part = count_modifier(amount.end); !part.empty() && !qm.measure.empty()) {
          qm.measure = part + "_" + qm.measure;
          std::replace(part.begin(), part.end(), '_', ' ');
          qm.measure_label = part + " " + qm.measure_label;
        }
        if (qm.measure.empty()) continue;
      } else if (auto share = amount.ast.kind == quantity_kind::percent
                                  ? share_of(plain, at, own_words)
                                  : std::nullopt) {
        qm.measure = share->first;
        qm.measure_label = share->second;
        measure_at = words[at].first;
        share_measure = true;
        // "It refines about 90% of the world's rare earths": a share told in the present is
        // the share when the document was written.
        present_share = std::none_of(plain.begin() + long(from), plain.begin() + long(at),
                                     [&](const std::string& w) { return is_past_word(w); });
      } else if (auto held = amount.ast.kind == quantity_kind::percent
                                 ? share_told_before(plain, from, before)
                                 : std::nullopt) {
        qm.measure = held->first;
        qm.measure_label = held->second;
        held_share = true;
        measure_at = words[at > 0 ? at - 1 : 0].first;
        // ("had fallen to 50%", "has risen to 30%", "stands at 20%": where it stands now.)
        present_share = std::any_of(plain.begin() + long(from), plain.begin() + long(before),
                                    [](const std::string& w) {
                                      return w == "has" || w == "have" || w == "had" || w == "is" ||
                                             w == "stands" || w == "remains";
                                    });
      } else {
        struct measure_word {
          std::size_t measure, begin, distance, end;
        };
        std::vector<measure_word> found_words;
        for (const auto& [phrase, m] : prepared_.measure_phrases)
          for (std::size_t end = phrase.size(); end <= plain.size(); ++end) {
            if (!phrase_ends_at(plain, end, phrase)) continue;
            // The amount's own approximator measures nothing ("up to $800 million" is no rise).
            if (end > before && end - phrase.size() < at) continue;
            // Nor does a word of a subordinate clause after it ("rose to 1.88 billion yuan as
            // cloud companies bought domestic chips").
            if (end - phrase.size() > own_words) continue;
            if (q.measures[m].money_only && amount.ast.kind != quantity_kind::money) continue;
            // ("China made up 49% of its revenue": "made up" is a share, no rise.)
            if (phrase.size() == 1 && phrase[0] == "up" && end >= 2) {
              static const word_set makes = {"made", "make", "makes", "making",
                                             "took", "take", "takes", "taking"};
              if (makes.count(plain[end - 2])) continue;
            }
            // Distance from the amount to the phrase's near end; on a tie the longer phrase
            // wins ("wrote down" over "down").
            std::size_t b = words[end - phrase.size()].first;
            std::size_t e = words[end - 1].first + words[end - 1].second.size();
            std::size_t distance = b >= amount.end ? 2 * (b - amount.end)
                                                   : 2 * (amount.begin - std::min(e, amount.begin));
            distance += phrase.size() > 1 ? 0 : 1;
            found_words.push_back({m, b, distance, e});
          }
        auto nearest = [&](auto accept) -> const measure_word* {
          const measure_word* best = nullptr;
          for (const auto& w : found_words)
            if (accept(w) && (!best || w.distance < best->distance)) best = &w;
          return best;
        };
        const measure_word* best = nearest([](const measure_word&) { return true; });
        // "tariffs on Chinese imports now total 145%": a measure word a few words before "on"
        // and the nearest one heads the phrase; the nearest only says what it is levied on.
        if (best && best->begin < amount.begin)
          if (const measure_word* head = nearest([&](const measure_word& w) {
                if (&w == best || w.end > best->begin || best->begin - w.end > 40 ||
                    q.measures[w.measure].change)
                  return false;
                // ("a 17% drop on January 27 erased ...": "on" a date is no such phrase.)
                for (std::size_t d : date_ids)
                  if (scan_.dates[d].begin >= w.end && scan_.dates[d].begin < best->begin)
                    return false;
                auto between = words_between(text_, w.end, best->begin);
                return !between.empty() && between.size() <= 3 && between.front() == "on";
              }))
            best = head;
        // "valued Unitree at about 12 billion yuan in its latest funding round": the value
        // "at" states is the measure before it, whatever stands nearer after the amount.
        if (before > 0 && plain[before - 1] == "at")
          if (const measure_word* valued = nearest([&](const measure_word& w) {
                return w.begin < amount.begin && q.measures[w.measure].id == "valuation";
              }))
            best = valued;
        // "spent 179.7 billion yuan on research and development": money spent on a measure is
        // that measure ("research"), not spending at large.
        if (best && amount.ast.kind == quantity_kind::money &&
            (q.measures[best->measure].id == "cost" ||
             q.measures[best->measure].id == "investment"))
          if (const measure_word* on = nearest([&](const measure_word& w) {
                if (&w == best) return false;
                // ("its R&D spending": right before the spending word, too.)
                if (w.end <= best->begin && best->begin - w.end <= 1) return true;
                if (w.begin < amount.end || w.begin - amount.end > 40) return false;
                auto between = words_between(text_, amount.end, w.begin);
                return !between.empty() && (between.back() == "on" || between.back() == "into" ||
                                            between.back() == "in");
              }))
            best = on;
        auto level = [&](const measure_word& w) { return !q.measures[w.measure].change; };
        const measure_word* change =
            nearest([&](const measure_word& w) { return q.measures[w.measure].change; });
        bool percent = amount.ast.kind == quantity_kind::percent;
        // A percentage with a change word in its clause is a change ("grew revenue by 18%").
        if (best && change && percent) best = change;
        // "lost $593 billion of market value", "lost some $400 billion in market value",
        // "wiping $589 billion off its market value": one measure, the market value lost,
        // whichever of the two words stands nearer.
        if (best && amount.ast.kind == quantity_kind::money) {
          auto with_id = [&](std::string_view id) {
            return nearest([&](const measure_word& w) { return q.measures[w.measure].id == id; });
          };
          const measure_word* lost = with_id("loss");
          const measure_word* value = with_id("valuation");
          if (lost && value && lost->distance <= 24 && value->distance <= 24) {
            qm.measure = "valuation_loss";
            qm.measure_label = "market value lost";
            measure_at = best->begin;
            best = nullptr;
          }
        }
        if (best && q.measures[best->measure].change) {
          // "China's output of integrated circuits rose 8 percent": the change of what was
          // produced, as "produced 207 billion integrated circuits, up 28.9%" tells it.
          std::string produced;
          for (std::size_t i = 0; i + 2 < words.size() && i < at && produced.empty(); ++i)
            if ((plain[i] == "output" || plain[i] == "production") && plain[i + 1] == "of")
              produced = counted_noun(words[i + 1].first + 2);
          if (auto same = prepared_.count_synonym.find(produced);
              same != prepared_.count_synonym.end())
            produced = same->second;
          if (!produced.empty() && !nearest(level)) {
            qm.measure = produced + "_" + q.measures[best->measure].id;
            qm.measure_label = produced + " " + q.measures[best->measure].label;
            best = nullptr;
          } else if (after_to(plain, before) && !percent) {
            best = nearest(level); // "grew 22% to 862 billion yuan": the revenue itself
            if (!best) continue;
          } else if (const measure_word* what = nearest(level)) {
            // ("revenue from China rose 4%": the segment's change, not the whole's.)
            name_change(qm, q.measures[what->measure], segment_of(what->begin, clauses[c]),
                        q.measures[best->measure]);
            counted_change(clauses[c], q.measures[best->measure], qm);
            best = nullptr;
          } else if (std::size_t level_at = 0;
                     c > 0 && last_level_measure(clauses[c - 1], &level_at)) {
            // "imported $385 billion, an increase of 10.4%": the change of the clause before's
            // ("data centre revenue of $35.6 billion, up 93%": of its segment).
            name_change(qm, q.measures[*last_level_measure(clauses[c - 1])],
                        segment_of(level_at, clauses[c - 1]), q.measures[best->measure]);
            counted_change(clauses[c - 1], q.measures[best->measure], qm);
            best = nullptr;
          } else if (c > 0) {
            // "BYD sold 4.27 million vehicles in 2024, up 41%": the change of the things the
            // clause before counts.
            std::string measured = qm.measure;
            counted_change(clauses[c - 1], q.measures[best->measure], qm);
            if (qm.measure != measured) best = nullptr;
          }
          // "Li Auto sold 500,508 vehicles last year. Li Auto's total was 24% higher": "the
          // total" is the count the sentence before told.
          static const word_set totals = {"total", "tally", "figure", "count"};
          if (best && context_ && context_->sentence + 1 == sentence_number_ &&
              !context_->counted.empty() &&
              std::any_of(plain.begin(), plain.begin() + long(before),
                          [&](const std::string& w) { return totals.count(w) > 0; })) {
            qm.measure = context_->counted + "_" + q.measures[best->measure].id;
            qm.measure_label = context_->counted + " " + q.measures[best->measure].label;
            best = nullptr;
          }
        }
        if (best) {
          qm.measure = q.measures[best->measure].id;
          qm.measure_label = q.measures[best->measure].label;
          measure_at = best->begin;
          if (std::string part = segment_of(best->begin, clauses[c]); !part.empty()) {
            qm.measure += "_" + part;
            std::replace(part.begin(), part.end(), '_', ' ');
            // "smartphone revenue", "revenue from China"
            bool market = part.starts_with("from ") || part.starts_with("in ");
            qm.measure_label =
                market ? qm.measure_label + " " + part : part + " " + qm.measure_label;
          }
        }
      }
      // The event: the nearest mention of an event that happens once, in the same clause; for
      // money right after "paid" or "for", in the same sentence.
      bool event_amount = false;
      if (amount.ast.kind == quantity_kind::money)
        for (const auto& phrase : prepared_.event_amount_markers)
          for (std::size_t end = before; end + 3 > before && end >= phrase.size() && !event_amount;
               --end)
            event_amount = phrase_ends_at(plain, end, phrase);
      // "pricing the SU7 sedan at 215,900 yuan", "priced the phone from 5,499 yuan": the price
      // the event set, with its object between.
      static const word_set price_words = {"price", "priced", "prices", "pricing"};
      if (amount.ast.kind == quantity_kind::money && !event_amount && before > 0 &&
          (plain[before - 1] == "at" || plain[before - 1] == "from"))
        for (std::size_t w = before - 1; w-- > 0 && w + 6 >= before && !event_amount;)
          event_amount = price_words.count(plain[w]) > 0;
      // A price is the launch's own as its headline (base, starting) price only: "pricing the
      // top version at 299,900 yuan", "a price of 12,999 yuan for the Pro" are one version's.
      if (event_amount && amount.ast.kind == quantity_kind::money) {
        std::size_t from = before > 6 ? before - 6 : 0, to = std::min(plain.size(), before + 5);
        bool priced = false, version = false;
        for (std::size_t w = from; w < to; ++w) {
          priced = priced || price_words.count(plain[w]) > 0;
          version = version || prepared_.version_words.count(plain[w]) > 0;
        }
        if (priced && version) event_amount = false;
      }
      // "Alibaba pledged to invest 380 billion yuan": a plan its owner announced, reported
      // again by others; its size is a fact of the plan, compared with other reports of it.
      qm.plan = qm.forecast && amount.ast.kind == quantity_kind::money &&
                prepared_.plan_measures.count(qm.measure) && prepared_.plan_markers.found_in(plain);
      std::size_t best = std::string::npos;
      // The first predicate of "was founded in 2016 by Wang Xingxing and sold 23,700 robots in
      // 2024": neither its names nor its dates are the second's.
      span first_predicate{0, 0};
      // "..., its largest deal since buying Mellanox for $6.9 billion": a gerund of its own in
      // the amount's clause pays it, not the event of another clause.
      bool own_gerund = std::any_of(plain.begin(), plain.begin() + long(before), [](const auto& w) {
        // (", paying about $700 million" pays for the event itself.)
        static const word_set not_gerunds = {"during",    "including",  "according", "following",
                                             "regarding", "concerning", "paying",    "valuing",
                                             "totaling",  "totalling",  "costing",   "pricing"};
        return w.size() > 5 && w.ends_with("ing") && !not_gerunds.count(w);
      });
      for (std::size_t m = first_mention; m < mentions_.size() && !qm.plan; ++m) {
        const event_mention& em = mentions_[m];
        if (!clauses[c].holds(em.begin) && event_amount && own_gerund) continue;
        if (!clauses[c].holds(em.begin) && !event_amount && !event_phrase_after(clauses, c, em) &&
            !(participle_after_event(clauses, c, em) && !qm.measure.empty() &&
              !says_own_fact(clauses[c], amount.begin, clause_tokens[c])))
          continue;
        int cls = em.antecedent ? mentions_[*em.antecedent].trigger_class : em.trigger_class;
        if (cls < 0 || words_.triggers[std::size_t(cls)].repeatable) continue;
        // "The conference opened on July 26, drawing more than 800 exhibitors": a yearly
        // gathering's figures are its edition's, however the sentence tells them.
        if (words_.triggers[std::size_t(cls)].yearly) continue;
        // "a $4.5 billion charge tied to the H20 restrictions": the event is a cause of the
        // amount, not what it is the amount of.
        // "Before the blacklisting it raised 5 billion yuan": nor is an event the amount is
        // told before or after.
        auto near = near_words(clauses[c].begin, em.begin);
        if (prepared_.cause_markers.found_in(near)) continue;
        // "license requirements for the MI308 could lead to charges of $800 million": so is an
        // event before a verb of effect.
        if (em.end <= amount.begin &&
            prepared_.effect_markers.found_in(words_between(text_, em.end, amount.begin)))
          continue;
        if (names_relation(near)) continue;
        if (em.end <= amount.begin) {
          std::size_t second = second_predicate_between(em.end, amount.begin);
          if (second != std::string::npos) {
            first_predicate = {em.end, second};
            continue;
          }
        }
        std::size_t distance =
            em.begin >= amount.end ? em.begin - amount.end : amount.begin - em.end;
        if (best == std::string::npos || distance < best) {
          best = distance;
          qm.event = m;
        }
      }
      if (qm.event) {
        const event_mention& em = mentions_[*qm.event];
        qm.forecast = qm.forecast || em.hedged || em.future;
        // "bought Quillo for $2.1 billion": the trigger is no measure of its own event.
        if (measure_at >= em.begin && measure_at < em.end) qm.measure.clear();
        if (qm.measure.empty()) {
          if (amount.ast.kind != quantity_kind::money) continue;
          qm.measure = "amount";
          qm.measure_label = "amount";
        }
      } else {
        // "Its latest funding round, in June 2024, brought in 640 million euros": money with no
        // measure word of its own takes the nearest of the clauses before it.
        for (std::size_t b = c;
             qm.measure.empty() && amount.ast.kind == quantity_kind::money && b-- > 0;)
          if (auto m = last_level_measure(clauses[b])) {
            qm.measure = q.measures[*m].id;
            qm.measure_label = q.measures[*m].label;
          }
        if (qm.measure.empty()) continue;
        // "Baidu's Apollo Go": the possessed name is the more specific owner.
        const auto& tokens = clause_tokens[c];
        // Names after the amount own it after "in" ("a stake in Xpeng"), or after "by",
        // "at", "for" when none stands before it ("reported by Xiaomi"): "delivered 3 million
        // vehicles and overtook Tesla" is not Tesla's figure.
        bool named_before = std::any_of(tokens.begin(), tokens.end(), [&](const auto& t) {
          return t.first <= amount.begin && !is_locale(t.second);
        });
        for (std::size_t t = 0; t < tokens.size(); ++t) {
          bool possessor =
              t + 1 < tokens.size() && is_possessive(tokens[t].first) &&
              token_begin(tokens[t + 1].first, tokens[t + 1].second) <= tokens[t].first + 4;
          std::size_t name_begin = token_begin(tokens[t].first, tokens[t].second);
          if (done_by(name_begin)) continue;
          if (first_predicate.holds(name_begin)) continue;
          if (tokens[t].first > amount.end) {
            // (Nor is a name in a subordinate clause after the amount its owner, nor one in
            // the whole a share is of: "90% of the world's rare earths".)
            if (name_begin > own_end) continue;
            if (share_measure) continue;
            if (prepared_.rival_markers.found_in(words_between(text_, amount.end, name_begin)))
              continue;
            // "a 4.99% stake in Xpeng": what it is in, always ("$5.5 billion of H20 chips" is
            // what it counts, not whose it is).
            std::string before_name = last_word_before(name_begin, amount.end);
            bool of = before_name == "in" || is_possessive(tokens[t].first); // "of ASML's sales"
            bool by = before_name == "by" || before_name == "at" || before_name == "for";
            if (!of && !(by && !named_before)) continue;
            // "to add capacity in Beijing": a place after "in" is where, not whose; "raised 500
            // million yuan from Zhuhai's state fund": who paid is no owner either.
            if (before_name == "in" && is_locale(tokens[t].second)) continue;
            if (before_name == "from") continue;
          }
          if (!possessor) qm.subjects.push_back(tokens[t].second);
        }
        // "Huang said Nvidia's share of China's AI chip market had fallen to 50%": the share is
        // its possessor's.
        if (held_share)
          for (const auto& [end, p] : tokens)
            if (is_possessive(end) && end < amount.begin && !is_locale(p)) {
              auto next = words_between(text_, end, std::min(amount.begin, end + 12));
              if (!next.empty() &&
                  (next[0] == "share" || (next.size() > 1 && next[0] == "s" && next[1] == "share")))
                qm.subjects = {p};
            }
        // A clause naming nobody ("and its revenue rose 22%") speaks of the sentence's subject:
        // the first name of the first clause that has one; failing names, a country its
        // demonym names ("Chinese companies imported $385 billion").
        // "China dominates the industry. It refines about 90% of the world's rare earths": a
        // sentence opening with "It" speaks of whoever the text named last, a government or a
        // company.
        // ("Its purchases of integrated circuits reached $385 billion" likewise.)
        std::string opening_word;
        if (qm.subjects.empty()) {
          auto opening = words_between(text_, sentence.begin,
                                       std::min(sentence.end, first_word(sentence) + 4));
          if (!opening.empty()) opening_word = opening.front();
        }
        if (qm.subjects.empty() && (opening_word == "it" || opening_word == "its") &&
            is_upper(text_[first_word(sentence)])) {
          auto org = last_organization();
          std::size_t org_at =
              last_organization_token_ ? scan_.tokens[*last_organization_token_].begin : 0;
          if (last_name_token_) org_at = std::max(org_at, scan_.tokens[*last_name_token_].begin);
          bool company_measure =
              std::any_of(q.measures.begin(), q.measures.end(), [&](const measure& m) {
                return m.companies_only &&
                       (qm.measure == m.id || qm.measure.starts_with(m.id + "_"));
              });
          if (last_government_before_ && (!org || last_government_at_ > org_at) && !company_measure)
            qm.subjects = {*last_government_before_};
          else if (org)
            qm.subjects = {*org};
        }
        // "Founded in 2016 by Wang Xingxing, the company sold ...": "the company" as the
        // amount's own subject is the organization named last.
        if (qm.subjects.empty() && c > 0) {
          auto subject = words_between(text_, clauses[c].begin, amount.begin);
          if (subject.size() >= 2 && subject[0] == "the" &&
              prepared_.organization_nouns.count(subject[1]))
            if (auto org = last_organization()) qm.subjects = {*org};
        }
        // "the largest award went to Intel: $8.5 billion": an amount opening the clause after a
        // colon completes the clause before it, whose last name is whose it is.
        if (qm.subjects.empty() && c > 0 &&
            words_between(text_, clauses[c].begin, amount.begin).empty()) {
          std::size_t gap = clauses[c].begin;
          while (gap > clauses[c - 1].begin && (text_[gap - 1] == ' ' || text_[gap - 1] == ':'))
            if (text_[--gap] == ':') {
              for (auto t = clause_tokens[c - 1].rbegin(); t != clause_tokens[c - 1].rend(); ++t)
                if (!is_locale(t->second)) {
                  qm.subjects.push_back(t->second);
                  break;
                }
              break;
            }
        }
        if (qm.subjects.empty()) add_demonym({clauses[c].begin, own_end}, qm.subjects);
        for (std::size_t s = 0; s < clause_tokens.size() && qm.subjects.empty(); ++s) {
          // ", including Li Auto and BYD": examples of what is counted, not whose count it is.
          auto opening = words_between(text_, clauses[s].begin,
                                       std::min(clauses[s].end, clauses[s].begin + 16));
          static const word_set example_openers = {"including", "such", "like", "among"};
          if (!opening.empty() && example_openers.count(opening.front())) continue;
          // "On Wall Street, Nvidia's shares fell 17%, erasing $465 billion": a short opening
          // phrase of place is where, not who.
          static const word_set place_openers = {"in", "on", "at", "across", "throughout"};
          if (s < c && !opening.empty() && place_openers.count(opening.front()) &&
              words_between(text_, clauses[s].begin, clauses[s].end).size() <= 4)
            continue;
          // "The reaction on Wall Street was brutal: Nvidia's shares fell 17%, erasing ...":
          // what follows a colon, naming a subject of its own, tells its own story ("Alibaba
          // is backing it: its 280 billion yuan pledge" goes on with Alibaba).
          if (s < c) {
            std::size_t colon =
                text_.substr(clauses[s].end, clauses[c].begin - clauses[s].end).find(':');
            bool own_subject = false;
            for (std::size_t t = s + 1; t < c && colon != std::string_view::npos; ++t)
              own_subject = own_subject || (clauses[t].begin > clauses[s].end + colon &&
                                            !clause_tokens[t].empty());
            if (own_subject) continue;
          }
          // A later clause names the owner only when it tells who said it ("Revenue rose 27%,
          // SMIC said"), not in "as the company poured money into its HarmonyOS software".
          if (s > c) {
            auto clause_words = words_between(text_, clauses[s].begin, clauses[s].end);
            if (std::none_of(clause_words.begin(), clause_words.end(),
                             [&](const std::string& w) { return speech_verbs_.count(w) > 0; }))
              continue;
          }
          // The first name that is no government or place ("The Beijing-based company"), else
          // the first.
          // (Nor a share's whole, nor who did a participle's deed: "Founded in 2016 by Wang
          // Xingxing, the company sold ...".)
          // (Nor who led a round: "valued at $2.5 billion in a round led by Alibaba".)
          auto whole = [&](const auto& t) {
            std::size_t begin = token_begin(t.first, t.second);
            // ("whose revenue reached $36.5 billion as demand for Blackwell systems soared":
            // nor a name in a subordinate clause after the amount.)
            return (share_measure && s == c && t.first > amount.end) ||
                   (s == c && begin >= own_end) ||
                   (s != c && last_word_before(begin, clauses[s].begin) == "by") || done_by(begin);
          };
          auto named =
              std::find_if(clause_tokens[s].begin(), clause_tokens[s].end(),
                           [&](const auto& t) { return !is_locale(t.second) && !whole(t); });
          if (named == clause_tokens[s].end())
            named = std::find_if(clause_tokens[s].begin(), clause_tokens[s].end(),
                                 [&](const auto& t) { return !whole(t); });
          if (named != clause_tokens[s].end()) qm.subjects.push_back(named->second);
        }
        if (qm.subjects.empty()) add_demonym(sentence, qm.subjects);
        std::sort(qm.subjects.begin(), qm.subjects.end());
        qm.subjects.erase(std::unique(qm.subjects.begin(), qm.subjects.end()), qm.subjects.end());
        // "BYD delivered 4.3 million cars ... outside China": a company's figure is its own.
        if (std::any_of(qm.subjects.begin(), qm.subjects.end(),
                        [](const participant& p) { return !is_locale(p); }))
          std::erase_if(qm.subjects, [](const participant& p) { return is_locale(p); });
        // "China accounted for 49% of ASML's system sales", "earned 25% of its revenue from
        // mainland China": a share of a whole names its part; "Taiwan accounted for 20%" of the
        // same sales is another fact.
        if (amount.ast.kind == quantity_kind::percent && at < plain.size() && plain[at] == "of") {
          static const word_set share_verbs = {
              "accounted", "accounts",    "account",    "made",        "makes",
              "make",      "represented", "represents", "contributed", "contributes"};
          std::optional<participant> part;
          // (The name right before the share verb: "Micron said China accounted for".)
          for (const auto& [end, p] : clause_tokens[c]) {
            if (end > amount.begin) break;
            auto between = words_between(text_, end, amount.begin);
            if (!between.empty() && share_verbs.count(between.front()) &&
                std::find(qm.subjects.begin(), qm.subjects.end(), p) == qm.subjects.end())
              part = p;
          }
          for (const auto& [end, p] : clause_tokens[c]) {
            if (part || token_begin(end, p) <= amount.end || end > own_end) continue;
            auto between = words_between(text_, amount.end, token_begin(end, p));
            if (!between.empty() && between.back() == "mainland") between.pop_back();
            if (!between.empty() && between.back() == "from" &&
                std::find(qm.subjects.begin(), qm.subjects.end(), p) == qm.subjects.end())
              part = p;
          }
          if (part) {
            qm.measure += "_of_" + part->key;
            qm.measure_label += " (" + part->display + "'s part)";
          }
        }
        qm.period = period_of(date_ids, clauses, clause_has_trigger, c, amount);
        // (The second predicate's own date: "sold 23,700 robots in 2024".)
        if (first_predicate.end > first_predicate.begin) {
          qm.period.reset();
          for (std::size_t d : date_ids)
            if (scan_.dates[d].begin > first_predicate.end &&
                clauses[c].holds(scan_.dates[d].begin)) {
              qm.period = d;
              break;
            }
        }
        // "posted 2024 revenue of 860 billion yuan, but its net profit dropped by nearly half":
        // an amount with no date of its own goes on with the sentence's earlier one of the same
        // owner.
        if (!qm.period && !qm.forecast)
          for (auto f = found.rbegin(); f != found.rend(); ++f)
            if (f->period && f->subjects == qm.subjects) {
              qm.period = f->period;
              break;
            }
        // "The service, which began in 2022, now runs about 400 cars": "now" in the amount's
        // own clause makes it the publication's year, whatever other clauses date.
        for (std::size_t d : date_ids) {
          const date_match& date = scan_.dates[d];
          if (date.ast.form == date_form::present && date.ast.direction == 0 &&
              clauses[c].holds(date.begin) && date.end <= amount.begin) {
            qm.period.reset();
            qm.publication_year = true;
          }
        }
        // "SMIC said net profit for 2024 fell 23.3%. Revenue rose 27% to $8.03 billion.": a
        // sentence naming neither whose nor when goes on with the one before it.
        // Only a date saying when blocks it; one compared with ("24% higher than in 2023")
        // does not.
        bool own_time = std::any_of(date_ids.begin(), date_ids.end(), [&](std::size_t d) {
          return !comparison_date(scan_.dates[d], sentence.begin);
        });
        // (So does a month the tagger leaves alone as a modifier: "Its June funding round".)
        for (const auto& [offset, w] : words)
          own_time = own_time || (prepared_.month_names.count(w) && is_upper(text_[offset]));
        if (context_ && context_->sentence + 1 == sentence_number_ && !own_time &&
            (qm.subjects.empty() || qm.subjects == context_->subjects)) {
          qm.subjects = context_->subjects;
          qm.period = context_->period;
        }
        // "Its 2023 revenue was $4.1 billion.": "its" is whose the sentence before spoke of.
        if (qm.subjects.empty() && qm.period && context_ &&
            context_->sentence + 1 == sentence_number_ && !plain.empty() &&
            (plain.front() == "its" || plain.front() == "their"))
          qm.subjects = context_->subjects;
        // "Alibaba led a funding round last year that valued it at about $3 billion": "it" is
        // the company the round was for, named before the sentence, not the round's leader.
        if (qm.measure == "valuation") {
          bool valued_it = false;
          for (std::size_t w = 0; w + 1 < before; ++w)
            valued_it = valued_it ||
                        ((plain[w] == "valued" || plain[w] == "valuing" || plain[w] == "values") &&
                         plain[w + 1] == "it");
          if (valued_it) {
            // The sentence's first name that led nothing ("Moonshot AI raised ... in a round
            // led by Alibaba that valued it"), else the text's most named one before it (the
            // first named on a tie: the story's subject).
            std::set<std::string> leaders;
            std::optional<participant> raiser;
            for (const auto& clause : clause_tokens)
              for (const auto& [end, p] : clause) {
                std::size_t begin = token_begin(end, p);
                bool led = word_after(text_, end) == "led" || done_by(begin);
                if (led) leaders.insert(p.key);
                if (!led && !raiser && !is_locale(p) && end <= amount.begin) raiser = p;
              }
            const seen_name* best = nullptr;
            for (const auto& [key, seen] : prominence_)
              if (!leaders.count(key) && seen.who.kind != entity_kind::person &&
                  (!best || seen.count > best->count ||
                   (seen.count == best->count && seen.last < best->last)))
                best = &seen;
            qm.subjects.clear();
            if (raiser)
              qm.subjects = {*raiser};
            else if (best)
              qm.subjects = {best->who};
          }
        }
        // "SMIC's sales have climbed as Beijing pushes for home-grown chips. In the third
        // quarter, revenue grew 27%": an amount naming no one in its clause or before it goes on
        // with the organization that opened the sentence before. (Money and shares only: "Last
        // year's edition had just over 500 exhibitors" counts the gathering's.)
        if (qm.subjects.empty() && amount.ast.kind != quantity_kind::count && opening_subject_ &&
            opening_subject_->second + 1 == sentence_number_ &&
            std::all_of(clause_tokens.begin(), clause_tokens.begin() + long(c) + 1,
                        [](const auto& tokens) { return tokens.empty(); }))
          qm.subjects = {opening_subject_->first};
        if (qm.subjects.empty() && amount.ast.kind == quantity_kind::count && last_gathering_ &&
            last_gathering_->second + 1 == sentence_number_)
          qm.subjects = {last_gathering_->first};
        if (qm.subjects.empty()) continue;
        if (qm.plan) {
          // A plan is told apart by its owner and the year it was announced in.
          qm.measure = "planned_spending";
          qm.measure_label = "planned spending";
          // When it was announced ("said on February 24 that it will spend ...", "announced
          // in February"), never a period it is compared with ("more than it spent in the
          // previous decade"), else the publication's year.
          auto compared = [&](const date_match& date) {
            if (comparison_date(date, sentence.begin)) return true;
            if (date.begin < amount.end) return false;
            auto between = words_between(text_, amount.end, date.begin);
            return std::find(between.begin(), between.end(), "than") != between.end();
          };
          if (qm.period && compared(scan_.dates[*qm.period])) qm.period.reset();
          if (!qm.period)
            for (std::size_t d : date_ids)
              if (scan_.dates[d].ast.form != date_form::duration && !scan_.dates[d].ast.weak &&
                  !compares_since(scan_.dates[d], sentence.begin, true) &&
                  !compared(scan_.dates[d]))
                qm.period = d;
          qm.publication_year = !qm.period;
        }
        // "The conference opened on July 26, drawing more than 800 exhibitors": only the year
        // of a gathering's figure matters, and its sentence's date tells which edition.
        if (!qm.period && names_gathering(qm.subjects))
          for (std::size_t d : date_ids)
            if (!scan_.dates[d].ast.weak && scan_.dates[d].ast.form != date_form::duration &&
                !comparison_date(scan_.dates[d], sentence.begin)) {
              qm.period = d;
              break;
            }
        if (!qm.period && !qm.publication_year)
          qm.publication_year =
              present_share || (names_gathering(qm.subjects) && speaks_of_now(sentence));
        // "held in Shanghai in late July": a gathering's figures are its edition's, the year's.
        qm.edition = names_gathering(qm.subjects);
        if (!qm.period && !qm.publication_year)
          continue; // "Nvidia's revenue was $44 billion": which year's?
        if (qm.period)
          next_context =
              amount_context{qm.subjects, *qm.period, sentence_number_,
                             amount.ast.kind == quantity_kind::count ? qm.measure : std::string()};
        // "for the quarter that ended in July", "the three months to June 30": the three
        // months ending with that date's month.
        if (qm.period) qm.quarter_ending = ends_a_quarter(scan_.dates[*qm.period]);
        // "For the full year, the carmaker sold 3.02 million" after "in the fourth quarter".
        {
          auto lead = words_between(text_, sentence.begin, amount.begin);
          static const std::vector<std::vector<std::string>> whole = {{"full", "year"},
                                                                      {"full-year"},
                                                                      {"whole", "year"},
                                                                      {"entire", "year"},
                                                                      {"for", "the", "year"}};
          for (const auto& phrase : whole)
            for (std::size_t w = 0; w + phrase.size() <= lead.size() && !qm.whole_year; ++w)
              qm.whole_year = std::equal(phrase.begin(), phrase.end(), lead.begin() + long(w));
        }
      }
      // "shipped 417,000 vehicles abroad": the part sold abroad (or at home), not the whole.
      {
        // (The clause's words, read once above, up to a subordinate clause after the amount:
        // "as cloud companies bought domestic chips" sells nothing at home.)
        const std::vector<std::string> clause_words(plain.begin(), plain.begin() + long(own_words));
        // (Imports and exports cross the border by what they are: "bought $385 billion of
        // chips from abroad" is all of the imports.)
        bool crosses_border =
            qm.measure.starts_with("imports") || qm.measure.starts_with("exports");
        if (!crosses_border && prepared_.abroad_markers.found_in(clause_words)) {
          qm.measure += "_abroad";
          qm.measure_label += " abroad";
        } else if (!crosses_border && prepared_.domestic_markers.found_in(clause_words)) {
          qm.measure += "_domestic";
          qm.measure_label += " at home";
        }
        // "an additional $100 billion", "another $100 billion", "$100 billion more": an amount
        // added to an earlier one (its total is another fact).
        {
          static const word_set increments = {"additional", "another", "further", "extra"};
          bool added = (before >= 1 && increments.count(plain[before - 1])) ||
                       (before >= 2 && increments.count(plain[before - 2]) &&
                        (plain[before - 1] == "of" || plain[before - 1] == "a"));
          added = added || (at < plain.size() && plain[at] == "more");
          if (added) {
            qm.measure += "_added";
            qm.measure_label = "added " + qm.measure_label;
          }
        }
        // "rose 1.7% from the previous quarter": a change on the period before, not on a year
        // earlier. (The clause's own words, dates included: "the previous quarter" is one.)
        if ((qm.measure.ends_with("growth") || qm.measure.ends_with("decline")) &&
            prepared_.sequential_markers.found_in(
                words_between(text_, clauses[c].begin, own_end))) {
          qm.measure += "_sequential";
          qm.measure_label += " on the period before";
        }
      }
      found.push_back(std::move(qm));
    }
    // Two amounts of one sentence for the same thing ("fell $1.875 to $44.875", "28 cents,
    // up from 24 cents") are a change and a level, or two periods: which is which is not
    // known, so neither is kept.
    auto same_fact = [&](const quantity_mention& a, const quantity_mention& b) {
      const auto& x = scan_.quantities[a.quantity].ast;
      const auto& y = scan_.quantities[b.quantity].ast;
      return a.measure == b.measure && x.kind == y.kind &&
             std::string_view(x.currency) == std::string_view(y.currency) && a.event == b.event &&
             a.subjects == b.subjects && a.period == b.period;
    };
    for (const auto& qm : found)
      if (std::count_if(found.begin(), found.end(),
                        [&](const quantity_mention& other) { return same_fact(qm, other); }) == 1)
        quantities_.push_back(qm);
  }

  // "are showing", "the recent conference": the sentence speaks of the current edition.
  // "90% of the world's rare earths" -> ("world_share_rare_earths", "world share of rare
  // earths"); "80% of the AI chip market", "95% of China's market" -> a market share of the
  // words before "market". `at` indexes the first word after the percentage.
  std::optional<std::pair<std::string, std::string>>
  share_of(const std::vector<std::string>& plain, std::size_t at, std::size_t end) const {
    if (at + 2 >= end || plain[at] != "of") return std::nullopt;
    static const word_set stops = {"and", "or",   "as", "in",   "on",   "for",  "by",   "from",
                                   "to",  "with", "at", "than", "last", "this", "that", "which"};
    std::vector<std::string> words;
    for (std::size_t w = at + 1; w < end && w <= at + 6 && !stops.count(plain[w]); ++w)
      words.push_back(std::string(without_possessive(plain[w])));
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    auto join = [](auto from, auto to, char sep) {
      std::string out;
      for (auto w = from; w != to; ++w) out += (out.empty() ? "" : std::string(1, sep)) + *w;
      return out;
    };
    if (words.size() >= 2 && (words.front() == "world" || words.front() == "globe")) {
      auto last = words.begin() + long(std::min<std::size_t>(words.size(), 4));
      return std::pair{"world_share_" + join(words.begin() + 1, last, '_'),
                       "world share of " + join(words.begin() + 1, last, ' ')};
    }
    auto market = std::find(words.begin(), words.end(), "market");
    if (market == words.end()) return std::nullopt;
    // ("the global market" is the whole market, as "global market share" is.)
    static const word_set whole = {"global", "worldwide", "world", "total", "overall", "entire"};
    market =
        std::remove_if(words.begin(), market, [](const std::string& w) { return whole.count(w); });
    std::string segment = join(words.begin(), market, '_');
    return std::pair{segment.empty() ? std::string("market_share") : "market_share_" + segment,
                     segment.empty() ? std::string("market share")
                                     : join(words.begin(), market, ' ') + " market share"};
  }

  // "Nvidia's share of China's AI chip market had fallen to 50%", "its share of the market
  // stood at 30%": the share named before the figure, which "to" or "at" gives as a level.
  std::optional<std::pair<std::string, std::string>>
  share_told_before(const std::vector<std::string>& plain, std::size_t from,
                    std::size_t before) const {
    if (before == 0 || before <= from || (plain[before - 1] != "to" && plain[before - 1] != "at"))
      return std::nullopt;
    for (std::size_t i = before - 1; i-- > from;)
      if (plain[i] == "share" && i + 1 < before && plain[i + 1] == "of")
        return share_of(plain, i + 1, before);
    return std::nullopt;
  }

  // A past verb or auxiliary: "had", "was", "held", "came", "reached".
  bool is_past_word(const std::string& w) const {
    static const word_set irregular = {"was",  "were", "had",  "held", "came", "made", "took",
                                       "got",  "grew", "fell", "rose", "won",  "lost", "gave",
                                       "kept", "did",  "said", "saw",  "used"};
    return irregular.count(w) || past_forms_.count(w) || (w.size() > 3 && w.ends_with("ed"));
  }

  bool speaks_of_now(span sentence) const {
    static const word_set now = {"is",     "are",     "has",     "have",  "recent",
                                 "latest", "ongoing", "current", "opens", "runs"};
    for (const auto& w : words_between(text_, sentence.begin, sentence.end))
      if (now.count(w)) return true;
    return false;
  }

  // "an updated V3", "an upgraded version of its R1", "an update to Qwen3": the words before a
  // product's name (within its clause) tell an update of it.
  bool updated_before(std::size_t name_begin, std::size_t clause_begin) const {
    auto before = words_between(
        text_, std::max(clause_begin, name_begin > 40 ? name_begin - 40 : 0), name_begin);
    if (before.size() > 4) before.erase(before.begin(), before.end() - 4);
    static const word_set updated = {"updated", "upgraded", "revised", "refreshed"};
    for (std::size_t i = 0; i < before.size(); ++i) {
      if (updated.count(before[i])) return true;
      if (i + 1 < before.size() && ((before[i] == "version" && before[i + 1] == "of") ||
                                    ((before[i] == "update" || before[i] == "upgrade") &&
                                     (before[i + 1] == "to" || before[i + 1] == "of"))))
        return true;
    }
    return false;
  }

  // "six Inspur subsidiaries", "subsidiaries of the server maker Inspur Group": the name stands
  // for the company's parts (rules/events.toml part_nouns).
  bool names_parts(const event_token& name, span sentence) const {
    auto next = words_between(text_, name.end, std::min(sentence.end, name.end + 16));
    if (!next.empty() && prepared_.part_nouns.count(next.front())) return true;
    auto before = words_between(
        text_, std::max(sentence.begin, name.begin - std::min<std::size_t>(name.begin, 48)),
        name.begin);
    // "of" at most three words before the name, with a part noun right before it.
    for (std::size_t n = before.size(); n-- > 0 && before.size() - n <= 4;)
      if (before[n] == "of") return n > 0 && prepared_.part_nouns.count(before[n - 1]) > 0;
    return false;
  }

  bool names_gathering(const std::vector<participant>& subjects) const {
    for (const auto& p : subjects) {
      if (p.kind != entity_kind::name) continue;
      // (By its display: a listed gathering's key is its id.)
      std::string name = lowercase(p.display);
      std::size_t space = name.rfind(' ');
      if (space != std::string::npos && prepared_.gatherings.count(name.substr(space + 1)))
        return true;
    }
    return false;
  }

  // A date an amount is compared with, not the amount's own: "from 2023", "since 2021", "than
  // in 2023", "from the previous year", "compared with 2023".
  // "narrowed to 660 million yuan from 1.37 billion yuan a year earlier", "had fallen to 50%
  // from 95% four years ago": the period of the amount compared with, after "from" or "than".
  // No amount's and no event's.
  bool after_compared_amount(const date_match& date, std::size_t floor) const {
    static const word_set amount_words = {"million", "billion", "trillion", "yuan", "dollars",
                                          "euros",   "percent", "cents",    "won",  "yen"};
    // (Cheap test first, for every date a trigger may take: a figure, an amount's word or
    // "the" must stand right before it.)
    std::size_t p = date.begin;
    while (p > floor && text_[p - 1] == ' ') --p;
    if (p == floor) return false;
    char last = text_[p - 1];
    if (is_alpha(last)) {
      std::size_t b = p;
      while (b > floor && is_alpha(text_[b - 1])) --b;
      std::string word = lowercase(text_.substr(b, p - b));
      if (word != "the" && !amount_words.count(word)) return false;
    } else if (!(last >= '0' && last <= '9') && last != '%') {
      return false;
    }
    auto before =
        words_at(text_, std::max(floor, date.begin > 80 ? date.begin - 80 : 0), date.begin);
    if (!before.empty() && before.back().second == "the") before.pop_back();
    std::size_t n = before.size();
    while (n > 0 && amount_words.count(before[n - 1].second)) --n;
    if (n == 0) return false;
    // The figure itself is no word: a digit between the comparison word and the date.
    std::size_t after_word = before[n - 1].first + before[n - 1].second.size();
    std::string_view between = text_.substr(after_word, date.begin - after_word);
    if (between.find_first_of("0123456789") == std::string_view::npos) return false;
    // ("more than 1 billion yuan last year": an approximator, no comparison.)
    bool approximator = n >= 2 && before[n - 1].second == "than" &&
                        (before[n - 2].second == "more" || before[n - 2].second == "less" ||
                         before[n - 2].second == "fewer");
    return (before[n - 1].second == "from" || before[n - 1].second == "than") && !approximator;
  }

  bool comparison_date(const date_match& date, std::size_t floor) const {
    auto lead = words_between(text_, date.begin, date.end); // its preposition is its own
    auto before = words_before(floor, date.begin);
    if (!before.empty() && before.back() == "the") before.pop_back();
    if (after_compared_amount(date, floor)) return true;
    // "a 33% increase on 2023", "up 5% on last year": a change told against that period.
    static const word_set changes = {"increase", "rise",   "gain", "jump", "drop",   "fall",
                                     "decline",  "growth", "up",   "down", "higher", "lower"};
    // (A verb too, against a year or a quarter: "rose 33% on 2023"; "rose 5% on Tuesday" and
    // "a 12% drop on Monday" are the day it rose or fell.)
    static const word_set change_verbs = {"rose",    "grew",     "fell",      "jumped", "climbed",
                                          "dropped", "declined", "increased", "gained"};
    std::size_t n = before.size();
    bool on_lead = !lead.empty() && lead.front() == "on";
    if (on_lead || (n >= 1 && before[n - 1] == "on")) {
      // ("a rise of 6% on 2023": the figure may stand between.)
      static const word_set between = {"of", "a", "an", "by", "percent", "per", "cent", "%"};
      std::size_t w = on_lead ? n : n - 1;
      for (std::size_t seen = 0; w > 0 && seen < 4; --w, ++seen) {
        const std::string& word = before[w - 1];
        if ((changes.count(word) || change_verbs.count(word)) && !names_a_day(date.ast))
          return true;
        bool figure = !word.empty() && word.find_first_not_of("0123456789.,%") == std::string::npos;
        if (!figure && !between.count(word)) break;
      }
    }
    return (!lead.empty() && (lead.front() == "from" || lead.front() == "since")) ||
           (!before.empty() &&
            (before.back() == "than" || before.back() == "with" || before.back() == "versus" ||
             before.back() == "to" || before.back() == "from"));
  }

  // Between two amounts: a comma or an opening parenthesis and at most an approximator
  // ("380 billion yuan, about $53 billion", "15 billion yuan ($2.1 billion)").
  bool converts(std::size_t from, std::size_t to) const {
    if (to <= from || to - from > 24) return false;
    std::string_view gap = text_.substr(from, to - from);
    std::size_t mark = gap.find_first_not_of(' ');
    if (mark == std::string_view::npos || (gap[mark] != ',' && gap[mark] != '(')) return false;
    auto words = words_between(text_, from, to);
    static const word_set approximators = {"about", "around", "roughly", "approximately",
                                           "some",  "nearly", "almost",  "or"};
    return std::all_of(words.begin(), words.end(),
                       [](const std::string& w) { return approximators.count(w) > 0; });
  }

  // "the quarter that ended in July", "the three months ended June 30", "the three months to
  // July": the words before the date say it closes a quarter.
  bool ends_a_quarter(const date_match& date) const {
    auto before = words_between(text_, date.begin > 48 ? date.begin - 48 : 0, date.begin);
    static const word_set ends = {"ended", "ending", "ends", "to", "through"};
    // ("through July 2025" is one expression: its first word may be the closing one.)
    auto own = words_between(text_, date.begin, std::min(date.end, date.begin + 12));
    if (!own.empty() && ends.count(own.front())) before.push_back(own.front());
    std::size_t n = before.size();
    if (n > 0 && (before[n - 1] == "in" || before[n - 1] == "on")) --n;
    if (n < 2 || !ends.count(before[n - 1])) return false;
    std::size_t k = n - 1;
    if (k > 0 && (before[k - 1] == "that" || before[k - 1] == "which")) --k;
    if (k > 0 && before[k - 1] == "quarter") return true;
    return k > 1 && before[k - 1] == "months" && before[k - 2] == "three";
  }

  // The period an amount is for: the nearest date of its clause; failing that, a period (not a
  // day: that is when it was said, or the dateline) in a clause of its sentence that dates no
  // event of its own. Never a date of comparison ("from 2023", "than in 2023").
  std::optional<std::size_t> period_of(const std::vector<std::size_t>& date_ids,
                                       const std::vector<span>& clauses,
                                       const std::vector<bool>& clause_has_trigger,
                                       std::size_t clause, const quantity_match& amount) const {
    auto compared = [&](const date_match& date, std::size_t clause_begin) {
      return comparison_date(date, clause_begin);
    };
    // "On January 27, Nvidia lost $593 billion": a day opening the sentence on its own dates
    // what the main clause did, unless the main clause is a saying ("On Tuesday, SMIC said").
    bool opening_day = false;
    if (clause > 0 && words_between(text_, clauses[0].begin, clauses[0].end).size() <= 4) {
      auto words = words_between(text_, clauses[clause].begin, amount.begin);
      opening_day = std::none_of(words.begin(), words.end(),
                                 [&](const std::string& w) { return speech_verbs_.count(w) > 0; });
    }
    // "finalized the grant on November 26, 2024, awarding the chipmaker $7.86 billion": a
    // participle opening the amount's clause shares the time of the clause before.
    bool participle = false;
    if (clause > 0) {
      auto opening = words_between(text_, clauses[clause].begin,
                                   std::min(clauses[clause].end, clauses[clause].begin + 24));
      participle = !opening.empty() && opening[0].size() > 5 && opening[0].ends_with("ing");
    }
    std::vector<std::size_t> periods;
    for (std::size_t d : date_ids) {
      std::size_t c = clause_holding(clauses, scan_.dates[d].begin);
      if (c == clause || !names_a_day(scan_.dates[d].ast) || (c == 0 && opening_day) ||
          (participle && c + 1 == clause))
        periods.push_back(d);
    }
    // "Its 2023 revenue was $4.1 billion": a lone year before a noun dates no event, but it is
    // the period of an amount in its clause, before any date of another clause ("reported 2024
    // revenue of 2 billion yuan, and its value passed 500 billion yuan in August").
    std::optional<std::size_t> lone_year;
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      if (period_adjective(date.ast) && clauses[clause].holds(date.begin) && !lone_year)
        lone_year = d;
    }
    if (auto d = nearest_date(
            periods, clauses, clause, amount.begin, amount.end,
            [&](std::size_t c) { return !clause_has_trigger[c]; }, compared)) {
      // ("said on Thursday that its third-quarter revenue fell 3%": a day is no amount's period
      // where an adjective names one.)
      if (!lone_year ||
          (clauses[clause].holds(scan_.dates[*d].begin) && !names_a_day(scan_.dates[*d].ast)))
        return d;
    }
    return lone_year;
  }

  // A clause right after a name that opens with "a"/"an"/"the" is an appositive describing that
  // name (second = true: the name replaces the clause's own names); one opening with "which",
  // "who" or "that" is a relative clause about it (second = false: the name joins them).
  std::optional<std::pair<participant, bool>> clause_head(
      const std::vector<span>& clauses, std::size_t c,
      const std::vector<std::vector<std::pair<std::size_t, participant>>>& clause_tokens) const {
    if (c == 0 || clause_tokens[c - 1].empty()) return std::nullopt;
    // (Long enough for the longest participle: eight bytes cut "blacklisted" to "blackli".)
    auto words =
        words_between(text_, clauses[c].begin, std::min(clauses[c].end, clauses[c].begin + 24));
    if (words.empty()) return std::nullopt;
    bool appositive = words[0] == "a" || words[0] == "an" || words[0] == "the" ||
                      (words[0] == "its" && words.size() >= 2 && !is_upper_word_at(clauses[c], 1));
    bool relative = words[0] == "which" || words[0] == "who" || words[0] == "that";
    // "Unitree Robotics, founded in 2016 by Wang Xingxing,": a participle describing the name
    // before it, as an appositive does (the founder is no participant of the founding's own).
    std::size_t first = clauses[c].begin;
    while (first < clauses[c].end && !is_alpha(text_[first])) ++first;
    auto token = first_from(scan_.tokens, first);
    // "The XRING O1, Xiaomi's in-house processor, debuted": a possessive name and a noun.
    if (token != scan_.tokens.end() && token->begin == first &&
        (token->kind == event_token_kind::name || token->kind == event_token_kind::entity) &&
        is_possessive(token->end) && !is_upper_word_at(clauses[c], 1))
      appositive = true;
    if (token != scan_.tokens.end() && token->begin == first &&
        token->kind == event_token_kind::trigger && words[0].size() > 2 &&
        (words[0].ends_with("ed") || words[0] == "set" || words[0] == "spun"))
      appositive = true;
    // ("Loongson, added to the Entity List in January,": an object marker opening the clause.)
    if (!appositive && words.size() >= 2 &&
        prepared_.object_markers.found_in(std::vector<std::string>{words[0], words[1]}))
      appositive = true;
    if (!appositive && !relative) return std::nullopt;
    const auto& [end, last] = clause_tokens[c - 1].back();
    // Right before the comma, or with its noun between ("Its V3 model, released in ...").
    auto between = words_between(text_, end, clauses[c - 1].end);
    if (text_.substr(end, clauses[c - 1].end - end).find_first_not_of(" \t") !=
            std::string_view::npos &&
        !(between.size() == 1 && (prepared_.product_nouns.count(between[0]) ||
                                  prepared_.organization_nouns.count(between[0]))))
      return std::nullopt;
    if (is_locale(last)) return std::nullopt;
    return std::pair{last, appositive};
  }

  // Does the clause's word number n (from 0) open with a capital?
  bool is_upper_word_at(span clause, std::size_t n) const {
    auto words = words_at(text_, clause.begin, std::min(clause.end, clause.begin + 48));
    return words.size() > n && is_upper(text_[words[n].first]);
  }

  // ", the L60 sport utility vehicle,", ", its Xring O1 chip,": an article or possessive and a
  // capitalized word.
  // ("the Beijing graphics chip designer": a place before the noun describes; it names nothing.)
  bool names_itself(span clause,
                    const std::vector<std::pair<std::size_t, participant>>& tokens) const {
    auto words = words_at(text_, clause.begin, std::min(clause.end, clause.begin + 24));
    if (words.size() < 2 || !(words[0].second == "the" || words[0].second == "its") ||
        !is_upper(text_[words[1].first]))
      return false;
    // (The token there ends within a few words of it: "the Hong Kong exchange operator".)
    std::size_t second_end = words[1].first + words[1].second.size();
    for (const auto& [end, p] : tokens)
      if (end > words[1].first) return !(end <= second_end + 16 && is_locale(p));
    return true;
  }

  // Where the first contrast marker of the clause ("to rival", "to match") ends; npos for none.
  std::size_t contrast_marker_end(span clause) const {
    auto words = words_at(text_, clause.begin, clause.end);
    for (std::size_t w = 0; w < words.size(); ++w)
      if (std::size_t len = prepared_.contrast_markers.match_at(words, w))
        return words[w + len - 1].first + words[w + len - 1].second.size();
    return std::string::npos;
  }

  // Does the clause open with "and" or "but" and a subject of its own ("and the app went dark")?
  // ("but Trump delayed enforcement": a name and a past verb are a subject of its own too.)
  bool coordinate_clause(span clause) const {
    auto opening = words_at(text_, clause.begin, std::min(clause.end, clause.begin + 32));
    static const word_set coordinators = {"and", "but", "while", "whereas"};
    static const word_set determiners = {"the", "a", "an", "its", "their", "his", "her", "this"};
    if (opening.size() < 3 || !coordinators.count(opening[0].second)) return false;
    return determiners.count(opening[1].second) ||
           (is_upper(text_[opening[1].first]) && past_verb(opening[2].second));
  }

  // Does the clause open with a subordinator and a subject of its own that names nobody ("after
  // a consortium of investors had bought it")? Its event is not the other clauses' names'.
  bool own_noun_subject(span clause, std::size_t trigger_begin) const {
    auto opening = words_at(text_, clause.begin, std::min(trigger_begin, clause.begin + 48));
    static const word_set determiners = {"a",    "an",      "the",   "some",   "several",
                                         "many", "another", "other", "various"};
    return opening.size() >= 3 && subordinators.count(opening[0].second) &&
           determiners.count(opening[1].second);
  }

  // "a round led by Alibaba", "backed by Tencent": the name after a participle and "by" did
  // the deed; it owns no figure of the sentence.
  bool done_by(std::size_t name_begin) const {
    auto two = words_between(text_, name_begin > 24 ? name_begin - 24 : 0, name_begin);
    return two.size() >= 2 && two.back() == "by" &&
           (two[two.size() - 2] == "led" || two[two.size() - 2].ends_with("ed"));
  }

  // Does the clause open with a subordinator and a subject of its own that names nobody, no
  // company and no authority ("after a consortium of investors had bought it"; not "when the
  // company was told", "after the U.S. government started")?
  bool own_noun_subject(span clause, std::size_t trigger_begin,
                        const std::vector<std::pair<std::size_t, participant>>& tokens) const {
    auto opening = words_at(text_, clause.begin, std::min(trigger_begin, clause.begin + 64));
    // ("; the 910B itself came out in 2023": a model number no name was read in is the
    // clause's own subject.)
    std::size_t after_determiner = opening.empty() ? 0 : opening[0].first + 4;
    if (!opening.empty() && opening.size() <= 3 &&
        (opening[0].second == "the" || opening[0].second == "its") &&
        after_determiner < trigger_begin && text_[after_determiner - 1] == ' ' &&
        text_[after_determiner] >= '0' && text_[after_determiner] <= '9' &&
        std::none_of(tokens.begin(), tokens.end(),
                     [&](const auto& t) { return t.first <= trigger_begin; }))
      return true;
    static const word_set determiners = {"a",    "an",      "some",  "several",
                                         "many", "another", "other", "various"};
    if (opening.size() < 3 || !subordinators.count(opening[0].second) ||
        !determiners.count(opening[1].second))
      return false;
    for (std::size_t w = 2; w < opening.size(); ++w)
      if (prepared_.organization_nouns.count(opening[w].second) ||
          prepared_.authority_nouns.count(opening[w].second))
        return false;
    return std::none_of(tokens.begin(), tokens.end(),
                        [&](const auto& t) { return t.first <= trigger_begin; });
  }

  // Does the clause open with a lowercase word that may be a verb (no preposition, article,
  // pronoun or subordinator): "made its debut", "said on Tuesday"?
  bool opens_predicate(span clause) const {
    std::size_t first = clause.begin;
    while (first < clause.end && !is_alpha(text_[first])) ++first;
    if (first >= clause.end || is_upper(text_[first])) return false;
    auto words = words_between(text_, first, std::min(clause.end, first + 16));
    static const word_set not_verbs = {
        "a",     "an",   "the",   "in",    "on",    "at",   "of",     "for",  "to",   "by",
        "with",  "from", "as",    "which", "who",   "that", "and",    "or",   "but",  "its",
        "his",   "her",  "their", "it",    "they",  "he",   "she",    "we",   "this", "these",
        "those", "some", "many",  "most",  "about", "up",   "nearly", "just", "not",  "including"};
    return !words.empty() && !not_verbs.count(words[0]) && !subordinators.count(words[0]);
  }

  // The latest earlier mention of the same class with participants of its own; for generic
  // nouns ("the move") any class, but only within the last two sentences.
  std::optional<std::size_t> find_antecedent(int trigger_class) const {
    for (std::size_t i = mentions_.size(); i-- > 0;) {
      const event_mention& candidate = mentions_[i];
      // Generic nouns reach two sentences back, trigger nouns eight: a page that strings
      // several articles together must not link across them.
      std::size_t reach = trigger_class < 0 ? 2 : 8;
      if (sentence_number_ - mention_sentence_[i] > reach) return std::nullopt;
      if (trigger_class >= 0 && candidate.trigger_class != trigger_class) continue;
      for (const auto& [cls, begin] : unnamed_triggers_)
        if ((trigger_class < 0 || cls == trigger_class) && begin > candidate.end)
          return std::nullopt;
      if (candidate.antecedent) return candidate.antecedent;
      return i;
    }
    return std::nullopt;
  }

  // The date nearest the trigger in its own clause; failing that, the nearest date of the
  // sentence standing in a clause without a trigger of its own ("In 2024 alone, China imported").
  // "said on Wednesday", "told reporters Tuesday", "said in a regulatory filing on Tuesday": a
  // speech verb before the date with only words of the saying's setting between (rules/
  // events.toml speech_settings), so the date is when it was said. "said net profit for 2024"
  // and "said the ban took effect on April 14" date what was said.
  bool dates_a_statement(const date_match& date, std::size_t clause_begin) const {
    auto before = words_before(clause_begin, date.begin);
    for (std::size_t i = before.size(); i-- > 0;) {
      if (speech_verbs_.count(before[i])) return true;
      if (!prepared_.speech_settings.count(before[i])) return false;
    }
    return false;
  }

  // "In a filing on April 16, the company said ...": an opening clause that names a statement,
  // before a speech verb, dates the saying.
  bool opens_with_statement(const std::vector<span>& clauses) const {
    if (clauses.size() < 2) return false;
    static const word_set statements = {"filing",   "statement", "interview", "letter",
                                        "report",   "note",      "post",      "call",
                                        "briefing", "memo",      "notice",    "speech"};
    auto opening = words_between(text_, clauses[0].begin, clauses[0].end);
    if (std::none_of(opening.begin(), opening.end(),
                     [](const std::string& w) { return statements.count(w) > 0; }))
      return false;
    auto next =
        words_between(text_, clauses[1].begin, std::min(clauses[1].end, clauses[1].begin + 40));
    for (std::size_t i = 0; i < next.size() && i < 5; ++i)
      if (speech_verbs_.count(next[i])) return true;
    return false;
  }

  // "the antitrust investigation into Nvidia that regulators announced in November": a relative
  // clause right after the trigger telling who made it known dates the trigger's event.
  bool announced_after(span clause, const event_token& token) const {
    auto after = words_between(text_, token.end, std::min(clause.end, token.end + 64));
    for (std::size_t i = 0; i < after.size() && i < 6; ++i) {
      if (after[i] != "that" && after[i] != "which") continue;
      for (std::size_t j = i + 1; j < after.size() && j <= i + 3; ++j)
        if (after[j] == "announced" || after[j] == "unveiled" || after[j] == "disclosed")
          return true;
      return false;
    }
    return false;
  }

  // Another clause's date reaches a trigger only from the clause next to it or from the
  // sentence's opening ("In 2024 alone, China imported"). An event after a reference marker
  // ("its best year since it came under sanctions", "a charge in the quarter tied to the
  // restrictions") is a reference point: only a date after it, in its clause, is its own.
  std::optional<std::size_t> attach_date(const std::vector<std::size_t>& date_ids,
                                         const std::vector<span>& clauses,
                                         const std::vector<bool>& clause_has_trigger,
                                         std::size_t clause, const event_token& token,
                                         const std::vector<std::string>& before_trigger) const {
    // "blocked since early March, when the US government first required export licences": a
    // clause opening with "when" right after a date tells what happened then.
    if (clause > 0) {
      auto opening = words_between(text_, clauses[clause].begin,
                                   std::min(clauses[clause].end, clauses[clause].begin + 8));
      if (!opening.empty() && opening[0] == "when")
        for (std::size_t d : date_ids) {
          const date_match& date = scan_.dates[d];
          if (!clauses[clause - 1].holds(date.begin) || date.ast.weak) continue;
          if (words_between(text_, date.end, clauses[clause - 1].end).empty() &&
              date.ast.form == date_form::absolute && date.ast.month != 0 && !date.ast.narrative)
            return d;
        }
    }
    bool referred = prepared_.reference_markers.found_in(before_trigger);
    // "on January 27, 2025, two months after DeepSeek released its R1 model": an event after
    // "after"/"before" is a reference point too; another clause's date is not its own.
    referred =
        referred || std::any_of(before_trigger.begin(), before_trigger.end(),
                                [](const std::string& w) { return w == "after" || w == "before"; });
    // Where the last such marker ends: "Since Chinese regulators ordered companies in August
    // to stop purchasing the RTX Pro 6000D" is dated by the August after "since".
    std::size_t marker_end = token.end;
    if (referred) {
      auto before = words_at(text_, clauses[clause].begin, token.begin);
      for (std::size_t w = 0; w < before.size(); ++w) {
        std::size_t len = prepared_.reference_markers.match_at(before, w);
        if (!len && (before[w].second == "after" || before[w].second == "before")) len = 1;
        if (len) marker_end = before[w + len - 1].first + before[w + len - 1].second.size();
      }
    }
    // "The H20 ban, announced in early March, forced ...": a clause right after the trigger's
    // that opens with the participle of a repeatable class (a statement) tells when the
    // trigger's event was made known: its date is the event's, as "enacted months prior" is.
    auto says_when = [&](std::size_t c) {
      if (c != clause + 1 || c >= clauses.size()) return false;
      std::size_t first = clauses[c].begin;
      while (first < clauses[c].end && !is_alpha(text_[first])) ++first;
      auto t = first_from(scan_.tokens, first);
      if (t == scan_.tokens.end() || t->begin != first || t->kind != event_token_kind::trigger ||
          !words_.triggers[std::size_t(t->id)].repeatable)
        return false;
      std::string_view w = text_.substr(t->begin, t->end - t->begin);
      if (!w.ends_with("ed")) return false;
      for (++t; t != scan_.tokens.end() && t->begin < clauses[c].end; ++t)
        if (t->kind == event_token_kind::trigger) return false;
      return true;
    };
    // A clause between counts as next to it when it only names something (" Ernie X1") or
    // describes the name before it (", its in-house chip design business,").
    auto near = [&](std::size_t c) {
      std::size_t from = std::min(c, clause) + 1, to = std::max(c, clause);
      // (", two metals used in chips and solar panels,": a count opens one too.)
      // (", one of China's leading developers of large language models,")
      static const word_set appositive_openers = {"a",     "an",  "the", "its",  "his",  "her",
                                                  "their", "one", "two", "both", "three"};
      for (std::size_t i = from; i < to; ++i) {
        auto words = words_between(text_, clauses[i].begin, clauses[i].end);
        if ((clause_has_trigger[i] && !says_when(i)) ||
            (words.size() > 4 && !(words.size() <= 16 && appositive_openers.count(words.front()))))
          return false;
      }
      for (std::size_t d : date_ids)
        if (scan_.dates[d].begin >= clauses[from].begin && scan_.dates[d].begin < clauses[to].begin)
          return false;
      return true;
    };
    constexpr std::size_t max_opening_words = 6;
    // "DeepSeek, the Hangzhou start-up spun out of High-Flyer, made R1 public on January 20": a
    // trigger in an appositive describes the name; another clause's date is not its own.
    std::size_t subordinate = subordinate_clause_at(clauses[clause], token);
    // (An appositive: right after a name and its comma, opening with an article.)
    bool in_appositive = false;
    if (clause > 0 && text_[clauses[clause].begin - 1] == ',') {
      auto opening = words_between(text_, clauses[clause].begin,
                                   std::min(clauses[clause].end, clauses[clause].begin + 8));
      auto name =
          std::lower_bound(scan_.tokens.begin(), scan_.tokens.end(), clauses[clause].begin - 1,
                           [](const event_token& t, std::size_t at) { return t.end < at; });
      in_appositive =
          !opening.empty() && (opening[0] == "the" || opening[0] == "a" || opening[0] == "an") &&
          name != scan_.tokens.end() && name->end == clauses[clause].begin - 1 &&
          (name->kind == event_token_kind::name || name->kind == event_token_kind::entity);
    }
    // "Baidu answered with Ernie 4.5 two months ago, and Alibaba released Qwen": a coordinate
    // clause with a subject of its own takes no time from the clauses before it (an appositive
    // after it may still date it: "and Beijing's curbs, imposed last June, remain").
    bool own_subject_clause = false;
    if (clause > 0) {
      auto opening = words_at(text_, clauses[clause].begin,
                              std::min(clauses[clause].end, clauses[clause].begin + 24));
      static const word_set coordinators = {"and", "but", "while", "whereas"};
      // (", and so does the investigation ...": "so" opens a new subject too.)
      own_subject_clause = opening.size() >= 2 && coordinators.count(opening[0].second) &&
                           (is_upper(text_[opening[1].first]) || opening[1].second == "so");
    }
    return nearest_date(
        date_ids, clauses, clause, token.begin, token.end,
        [&](std::size_t c) {
          bool opening =
              c == 0 && c < clause &&
              words_between(text_, clauses[0].begin, clauses[0].end).size() <= max_opening_words;
          if (c == 0 && c < clause && opens_with_statement(clauses)) return false;
          if (own_subject_clause && c < clause) return false;
          return !referred && (!clause_has_trigger[c] || says_when(c)) && (opening || near(c)) &&
                 !describes_a_thing(clauses[c]) && !in_appositive;
        },
        [&](const date_match& date, std::size_t clause_begin) {
          if (referred && date.begin < std::min(marker_end, token.end)) return true;
          // "Last month's restrictions on HBM, announced on December 9": the clause telling
          // when it was made known is finer than the possessive that names the month.
          if (date.end <= token.begin && clauses[clause].holds(date.begin) &&
              is_possessive(date.end) && says_when(clause + 1))
            return true;
          // (A date in a subordinate clause after the trigger is that clause's event's.)
          if (date.begin > token.end && clauses[clause].holds(date.begin) &&
              date.begin > subordinate)
            return true;
          // "four years after it went public in 2021": an offset ending in "after"/"before"
          // right before the trigger dates another event from this one, not this one.
          if (date.end <= token.begin && date.ast.narrative &&
              (date.ast.form == date_form::offset || date.ast.form == date_form::vague_offset) &&
              token.begin - date.end <= 16) {
            std::string last = last_word_before(date.end, date.begin);
            if (last == "after" || last == "before") return true;
          }
          // "The ban followed a security review that Beijing opened in January 2023": a date in
          // the relative clause of a later trigger is that trigger's.
          if (date.begin > token.end && clauses[clause].holds(date.begin) &&
              relative_trigger_between(token.end, date.begin))
            return true;
          if (date.begin > token.end && is_past(token) &&
              relative_past_verb_between(token.end, date.begin))
            return true;
          // "was established eight years ago and listed in July 2020": a date right after
          // another trigger of the clause is that trigger's.
          if (date.end > token.begin) return false;
          auto t = first_from(scan_.tokens, clause_begin);
          for (; t != scan_.tokens.end() && t->begin < date.begin; ++t)
            if (t->kind == event_token_kind::trigger) return true;
          return false;
        },
        says_when(clause + 1)                     ? clause + 1
        : announced_after(clauses[clause], token) ? clause
                                                  : std::string::npos);
  }

  // "NVIDIA lost $600 billion on January 27, 2025, two months after DeepSeek released R1": an
  // offset ending in "after"/"before" right before the event's subject, and a date of the
  // clause before that names no event, date the event from that date.
  void anchor_offset(event_mention& m, const std::vector<std::size_t>& date_ids,
                     const std::vector<span>& clauses, std::size_t first_mention,
                     std::size_t clause, const event_token& token) const {
    std::optional<std::size_t> offset;
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      if (!clauses[clause].holds(date.begin) || date.end > token.begin || !date.ast.narrative ||
          (date.ast.form != date_form::offset && date.ast.form != date_form::vague_offset))
        continue;
      std::string last = last_word_before(date.end, date.begin);
      if ((last == "after" || last == "before") &&
          words_between(text_, clauses[clause].begin, date.begin).empty())
        offset = d;
    }
    if (!offset) return;
    // The nearest date before, in clauses that name no event ("January 27, 2025" spans a comma).
    for (std::size_t d : date_ids) {
      const date_match& date = scan_.dates[d];
      if (date.end > clauses[clause].begin) continue;
      bool eventless =
          std::none_of(mentions_.begin() + long(first_mention), mentions_.end(),
                       [&](const event_mention& e) {
                         return e.begin >= date.begin && e.begin < clauses[clause].begin;
                       }) &&
          std::none_of(mentions_.begin() + long(first_mention), mentions_.end(),
                       [&](const event_mention& e) { return e.date == d; });
      if (eventless && !date.ast.weak && !date.ast.narrative &&
          date.ast.form == date_form::absolute && date.ast.month != 0) {
        m.date = offset;
        m.anchor_date = d;
      }
    }
  }

  // "the largest share sale since 2021": a date after "since" is a baseline when it comes from
  // another clause or follows a superlative, not when anything happened.
  bool compares_since(const date_match& date, std::size_t clause_begin, bool other_clause) const {
    auto lead = words_between(text_, date.begin, std::min(date.end, date.begin + 6));
    if (lead.empty() || lead.front() != "since") return false;
    if (other_clause) return true;
    static const word_set superlatives = {
        "best",    "worst",   "most",     "least",    "first",     "largest", "biggest",
        "highest", "lowest",  "greatest", "smallest", "strongest", "weakest", "fastest",
        "slowest", "longest", "steepest", "sharpest", "deepest",   "busiest", "heaviest"};
    for (const auto& w : words_before(clause_begin, date.begin))
      if (superlatives.count(w)) return true;
    return false;
  }

  // The date nearest [begin, end) in its own clause; failing that, in a clause `fallback`
  // admits. Never a length of time, "now", a statement's date or one `skip` rules out.
  // "the first three months of the year": a length the timeline turns into those months of
  // the publication's year (timeline.cpp, months_of_this_year), so a period after all.
  bool months_of_the_year(const date_match& date) const {
    if (date.ast.unit != time_unit::month || date.ast.count < 1 || date.ast.count > 11)
      return false;
    std::string_view rest = text_.substr(date.end, 14);
    if (!rest.starts_with(" of the year") && !rest.starts_with(" of this year")) return false;
    auto words = words_between(text_, date.begin, std::min(date.end, date.begin + 16));
    std::size_t at = !words.empty() && words[0] != "the" ? 1 : 0;
    return words.size() > at + 1 && words[at] == "the" &&
           (words[at + 1] == "first" || words[at + 1] == "last");
  }

  template <class Fallback, class Skip>
  std::optional<std::size_t>
  nearest_date(const std::vector<std::size_t>& date_ids, const std::vector<span>& clauses,
               std::size_t clause, std::size_t begin, std::size_t end, Fallback fallback, Skip skip,
               std::size_t statement_ok = std::string::npos) const {
    auto distance = [&](const date_match& d) {
      return d.begin >= end ? d.begin - end : (begin >= d.end ? begin - d.end : 0);
    };
    std::optional<std::size_t> best;
    for (int pass = 0; pass < 2 && !best; ++pass) {
      for (std::size_t d : date_ids) {
        const date_match& date = scan_.dates[d];
        if ((date.ast.form == date_form::duration && !months_of_the_year(date)) ||
            date.ast.form == date_form::present || date.ast.weak)
          continue;
        std::size_t c = clause_holding(clauses, date.begin);
        // (Clause statement_ok tells when the event was made known: its saying's date is
        // the event's.)
        if ((c != statement_ok && dates_a_statement(date, clauses[c].begin)) ||
            skip(date, clauses[c].begin) || after_compared_amount(date, clauses[c].begin))
          continue;
        if (compares_since(date, clauses[c].begin, pass == 1)) continue;
        bool eligible = pass == 0 ? c == clause : fallback(c);
        if (!eligible) continue;
        if (!best || distance(date) < distance(scan_.dates[*best])) best = d;
      }
    }
    return best;
  }
};

} // namespace

std::vector<participant> key_participants(const event_mention& m) {
  std::vector<participant> products, others, persons;
  for (const auto& p : m.participants) {
    if (p.kind == entity_kind::product)
      products.push_back(p);
    else if (p.kind == entity_kind::person)
      persons.push_back(p);
    else if (!is_locale(p))
      others.push_back(p);
  }
  // A person acting (a founder, a chief executive) identifies an event only when nothing else
  // does. A chipmaking process ("5nm") is many makers' product: it identifies an event only
  // with the others named ("SMIC began mass production of 5nm chips").
  bool processes_only =
      !products.empty() && std::all_of(products.begin(), products.end(), [](const participant& p) {
        return !p.key.empty() && p.key[0] >= '0' && p.key[0] <= '9' && p.key.ends_with("nm");
      });
  if (processes_only) {
    if (others.empty()) return {};
    products.insert(products.end(), others.begin(), others.end());
    std::sort(products.begin(), products.end());
    return products;
  }
  if (!products.empty()) return products;
  return others.empty() ? persons : others;
}

mention_finder::mention_finder(const vocabulary& words)
    : prepared_(std::make_shared<const prepared>(words)) {}

std::vector<event_mention> mention_finder::find(std::string_view text,
                                                const scan_result& scan) const {
  return mention_builder(text, scan, *prepared_).build().events;
}

mentions_found mention_finder::find_all(std::string_view text, const scan_result& scan) const {
  return mention_builder(text, scan, *prepared_).build();
}

std::vector<event_mention> find_event_mentions(std::string_view text, const scan_result& scan,
                                               const vocabulary& words) {
  return mention_finder(words).find(text, scan);
}

} // namespace factline::grammar
