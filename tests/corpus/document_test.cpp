// Bytes from disk -> text: encodings accepted, binary refused with a reason; line:column.
#include "corpus/document.hpp"

#include <catch2/catch.hpp>

using namespace factline::corpus;

TEST_CASE("text is decoded, or refused with its reason", "[corpus]") {
  struct row {
    std::string bytes;
    const char* text;   // nullptr: skipped
    const char* reason; // substring of the reason or note
  };
  const row rows[] = {
      {"plain\n", "plain\n", ""},
      {"\xEF\xBB\xBFwith BOM\r\n", "with BOM\n", ""},
      {"crlf\r\nlines\r\n", "crlf\nlines\n", ""},
      {"lone\rcr", "lone\ncr", ""},
      {"", "", ""},
      {"caf\xE9", "caf\xC3\xA9", "Latin-1"},
      {std::string("\xFF\xFEh\0i\0", 6), "hi", "UTF-16LE"},
      {std::string("\xFE\xFF\0h\0i", 6), "hi", "UTF-16BE"},
      {std::string("abc\0def", 7), nullptr, "NUL byte at offset 3"},
      {std::string("\xFF\xFE\x00\xD8", 4), nullptr, "UTF-16LE"},
  };
  for (const auto& r : rows) {
    INFO(r.bytes);
    auto d = decode_text(r.bytes);
    if (r.text) {
      REQUIRE(d.text);
      CHECK(*d.text == r.text);
    } else {
      CHECK_FALSE(d.text);
    }
    CHECK(d.reason.find(r.reason) != std::string::npos);
  }
}

TEST_CASE("columns count code points, lines start at 1", "[corpus]") {
  std::string text = "first\nThe ban’s date: on April 15\nlast";
  line_index index(text);
  auto at = index.at(text, text.find("on April"));
  CHECK(at.line == 2);
  CHECK(at.column == 17); // ’ is one code point, three bytes
  CHECK(index.at(text, 0).line == 1);
  CHECK(index.at(text, 0).column == 1);
  CHECK(index.line_text(text, text.find("last")) == "last");
  CHECK(index.line_count() == 3);
}
