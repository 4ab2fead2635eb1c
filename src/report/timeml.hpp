#pragma once
// The TimeML side of a date expression: type, value and mod as TIMEX3 writes them, and the
// writers of `factline tag`.
#include "calendar/normalize.hpp"
#include "corpus/timeml.hpp"
#include "grammar/scan.hpp"

#include <string>
#include <vector>

namespace factline::report {

struct timex {
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value; // 2025-04-15, 2025-W16, P3M, PAST_REF ...
  std::string mod;   // START, MID, END, APPROX ... or empty
};

timex timeml_of(const grammar::date_ast& ast, const std::optional<calendar::interval>& dct,
                const calendar::time_settings& settings);

// One expression as `factline tag` reports it. TimeML extents leave out a leading preposition
// ("on April 15" -> "April 15").
struct tagged {
  std::size_t begin = 0, end = 0; // the TimeML extent, bytes into the text
  std::size_t match_begin = 0;    // with the preposition
  grammar::date_ast ast;
  timex value;
  std::optional<calendar::interval> interval;
};

std::vector<tagged> tag_text(std::string_view text, const std::optional<calendar::interval>& dct,
                             const calendar::time_settings& settings);

std::string tag_json(const std::string& path, std::string_view text,
                     const std::optional<calendar::interval>& dct, const std::vector<tagged>& tags);
std::string tag_lines(const std::string& path, std::string_view text,
                      const std::vector<tagged>& tags);
std::string tag_timeml(const corpus::timeml_document& doc, const std::vector<tagged>& tags);

} // namespace factline::report
