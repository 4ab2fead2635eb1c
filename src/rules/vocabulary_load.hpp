#pragma once
// Reading the vocabulary tables of a rule file: [events], [entity.*] and [time].
#include "calendar/normalize.hpp"
#include "grammar/vocabulary.hpp"

#include <toml++/toml.h>

#include <string>

namespace factline::rules {

void read_vocabulary(const toml::table& events, const std::string& file, grammar::vocabulary& out);
void read_entities(const toml::table& entities, const std::string& file, grammar::vocabulary& out);
void read_quantities(const toml::table& quantities, const std::string& file,
                     grammar::vocabulary& out);
void read_time(const toml::table& time, const std::string& file, calendar::time_settings& out);
// [time.words]: month and weekday names, seasons and numbers in words for the date grammar.
void read_calendar_words(const toml::table& words, const std::string& file,
                         grammar::calendar_words& out);

} // namespace factline::rules
