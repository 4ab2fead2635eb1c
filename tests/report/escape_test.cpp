#include "report/escape.hpp"

#include <catch2/catch.hpp>

using namespace factline::report;

TEST_CASE("escaping per format", "[report]") {
  CHECK(json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(ics_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne");
}

TEST_CASE("iCalendar lines fold at 75 octets without splitting a character", "[report]") {
  std::string line = "DESCRIPTION:" + std::string(70, 'x') + "’" + std::string(80, 'y');
  std::string folded = ics_fold(line);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
  // Unfolding restores the line.
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    if (folded.compare(i, 2, "\r\n") == 0) break;
    unfolded += folded[i];
  }
  CHECK(unfolded == line);
  CHECK(code_points("a’b") == 3);
}
