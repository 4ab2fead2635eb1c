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

// The same writers for a text fed in pieces (a large file read a block at a time): `where`
// says where the piece starts in the whole text, and is moved past it.
struct piece_start {
  std::size_t offset = 0;  // bytes of text before the piece
  int line = 1;            // the line the piece starts on
  int column = 1;          // and the column (code points), when it starts inside a line
  std::size_t written = 0; // expressions written so far
};
std::string tag_json_head(const std::string& path, const std::optional<calendar::interval>& dct);
std::string tag_json_piece(std::string_view piece, const std::vector<tagged>& tags,
                           piece_start& where);
std::string tag_json_tail(const piece_start& where);
std::string tag_lines_piece(const std::string& path, std::string_view piece,
                            const std::vector<tagged>& tags, piece_start& where);
std::string tag_timeml(const corpus::timeml_document& doc, const std::vector<tagged>& tags);

} // namespace factline::report
