// The only translation unit that compiles the event grammar.
#include "grammar/event_mention_def.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace factline::grammar {

BOOST_SPIRIT_INSTANTIATE(event_token_type, iterator_type, context_type)

namespace {
std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

std::unordered_set<std::string> start_words;

void add_start_word(const std::string& phrase) {
  std::string first = lowercase(phrase.substr(0, phrase.find(' ')));
  start_words.insert(first);
}
} // namespace

bool may_start_event_token(std::string_view lowercase_word) {
  return start_words.count(std::string(lowercase_word)) > 0;
}

void load_event_words(const vocabulary& words) {
  using namespace event_grammar;
  trigger_words.clear();
  entity_aliases.clear();
  anaphor_nouns.clear();
  determiners.clear();
  start_words.clear();
  for (std::size_t c = 0; c < words.triggers.size(); ++c)
    for (const auto* list :
         {&words.triggers[c].words, &words.triggers[c].object_words,
          &words.triggers[c].passive_words, &words.triggers[c].product_subject_words,
          &words.triggers[c].product_object_words, &words.triggers[c].gated_words,
          &words.triggers[c].anaphor_words})
      for (const auto& w : *list) {
        trigger_words.add(lowercase(w), int(c));
        add_start_word(w);
      }
  // A venue word of another class keeps that class's token ("debuted": a launch, unless a venue
  // follows); one of no class becomes a token of the class that names it ("began trading").
  for (std::size_t c = 0; c < words.triggers.size(); ++c)
    for (const auto& w : words.triggers[c].venue_words)
      if (!trigger_words.find(lowercase(w))) {
        trigger_words.add(lowercase(w), int(c));
        add_start_word(w);
      }
  for (std::size_t e = 0; e < words.entities.size(); ++e)
    for (const auto& alias : words.entities[e].aliases) {
      entity_aliases.add(alias, int(e));
      add_start_word(alias);
    }
  for (std::size_t n = 0; n < words.anaphor_nouns.size(); ++n) {
    anaphor_nouns.add(lowercase(words.anaphor_nouns[n]), int(n));
    add_start_word(words.anaphor_nouns[n]);
  }
  for (std::size_t d = 0; d < words.determiners.size(); ++d) {
    determiners.add(lowercase(words.determiners[d]), int(d));
    add_start_word(words.determiners[d]);
  }
}

} // namespace factline::grammar
