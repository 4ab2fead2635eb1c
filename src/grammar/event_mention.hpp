#pragma once
// Declares the event mention grammar: one token of an event mention (a trigger word, a known
// participant, a capitalized name, an anaphoric noun). Defined in event_mention_def.hpp,
// instantiated in event_mention.cpp. Include only from the grammar folder.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/vocabulary.hpp"

namespace factline::grammar {

struct event_token_class;
using event_token_type = x3::rule<event_token_class, event_token_ast>;
BOOST_SPIRIT_DECLARE(event_token_type)

event_token_type const& event_token();

// Fills the grammar's word tables; call before scanning, not while another thread scans.
void load_event_words(const vocabulary& words);

// False when a lowercase word begins no trigger, determiner, anaphoric noun or alias.
bool may_start_event_token(std::string_view lowercase_word);

} // namespace factline::grammar
