#pragma once
// Escaping for each output format, in one place.
#include "corpus/line_index.hpp"

#include <string>
#include <string_view>

namespace factline::report {

using corpus::code_points;

std::string json_string(std::string_view s);                   // with the quotes
void append_json_string(std::string& out, std::string_view s); // the same, appended
std::string csv_field(std::string_view s);                     // RFC 4180: quoted when it must be
std::string ics_text(std::string_view s);                      // RFC 5545 TEXT: \\ \; \, \n
std::string ics_fold(std::string_view line); // 75-octet lines, CRLF + space, UTF-8 safe

} // namespace factline::report
