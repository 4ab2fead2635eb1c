#pragma once
// The character encoding the grammars fold case in: ASCII, as Spirit's own, but safe for the
// bytes of UTF-8 text. Those arrive as negative chars, and Spirit's ascii encoding indexes its
// tables with them (out of range); the standard encoding calls the C library's locale-aware
// tolower for every byte compared, which dominated the scanner's profile.
#include "grammar/config.hpp"

#include <boost/spirit/home/support/char_encoding/ascii.hpp>

namespace factline::grammar {

struct safe_ascii : boost::spirit::char_encoding::ascii {
  static bool ischar(int ch) { return ch >= 0 && ch <= 127; }
  static bool strict_ischar(int ch) { return ischar(ch); }
  static bool islower(int ch) { return ch >= 'a' && ch <= 'z'; }
  static bool isupper(int ch) { return ch >= 'A' && ch <= 'Z'; }
  static bool isalpha(int ch) { return islower(ch) || isupper(ch); }
  static bool isdigit(int ch) { return ch >= '0' && ch <= '9'; }
  static bool isalnum(int ch) { return isalpha(ch) || isdigit(ch); }
  static bool isxdigit(int ch) {
    return isdigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
  }
  static bool isspace(int ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
  static bool isblank(int ch) { return ch == ' ' || ch == '\t'; }
  static bool iscntrl(int ch) { return (ch >= 0 && ch < 32) || ch == 127; }
  static bool isgraph(int ch) { return ch > 32 && ch < 127; }
  static bool isprint(int ch) { return ch >= 32 && ch < 127; }
  static bool ispunct(int ch) { return isgraph(ch) && !isalnum(ch); }
  static int tolower(int ch) { return isupper(ch) ? ch - 'A' + 'a' : ch; }
  static int toupper(int ch) { return islower(ch) ? ch - 'a' + 'A' : ch; }
};

// Word tables and literals in that encoding.
template <typename T>
using ascii_symbols = x3::symbols_parser<safe_ascii, T>;

inline auto ascii_lit(char c) {
  return x3::literal_char<safe_ascii, x3::unused_type>(c);
}
inline auto ascii_lit(char const* s) {
  return x3::literal_string<char const*, safe_ascii, x3::unused_type>(s);
}

} // namespace factline::grammar
