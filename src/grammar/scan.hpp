#pragma once
// The grammar's public face, free of Spirit: find date expressions and event tokens in text.
#include "grammar/ast.hpp"
#include "grammar/vocabulary.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factline::grammar {

struct date_match {
  std::size_t begin = 0, end = 0; // byte offsets into the scanned text
  date_ast ast;
};

struct event_token {
  event_token_kind kind;
  std::size_t begin = 0, end = 0;
  int id = -1;
};

struct quantity_match {
  std::size_t begin = 0, end = 0;
  quantity_ast ast;
};

struct scan_result {
  std::vector<date_match> dates;
  std::vector<quantity_match> quantities; // only when scanning with events
  std::vector<event_token> tokens;
};

// Left to right, without overlaps; a date expression wins over an event token at the same word.
scan_result scan(std::string_view text, bool with_events = true);

// The whole of text (surrounding blanks aside) is one date expression: datelines, front matter.
std::optional<date_ast> parse_whole_date(std::string_view text);

// Loads the vocabulary into the event grammar (see event_mention.hpp) and its calendar words
// into the date grammar. Call before scanning (not thread-safe).
void use_vocabulary(const vocabulary& words);
void use_calendar_words(const calendar_words& words);

// Teaches the date grammar holiday names: names[i] are the names of time_settings::holidays[i].
// Call before scanning (not thread-safe); names already known keep their index.
void use_holidays(const std::vector<std::vector<std::string>>& names);

} // namespace factline::grammar
