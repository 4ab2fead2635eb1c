// The publication date: front matter, then a dateline; never the clock.
#include "corpus/publication.hpp"

#include <catch2/catch.hpp>

using namespace factline;

namespace {
corpus::document doc_of(std::string text) {
  corpus::document d;
  d.text = std::move(text);
  d.lines = corpus::line_index(d.text);
  corpus::find_publication_date(d);
  return d;
}
std::string published(const corpus::document& d) {
  return d.published.date ? calendar::describe(*d.published.date) : "none";
}
} // namespace

TEST_CASE("publication dates come from front matter or a dateline", "[corpus]") {
  struct row {
    const char* text;
    const char* expected;
    corpus::publication_source source;
  };
  const row rows[] = {
      {"---\ntitle: x\npublished: 2025-04-21\n---\nBody.", "2025-04-21",
       corpus::publication_source::front_matter},
      {"---\ndate: \"2024-11\"\n---\nBody.", "2024-11", corpus::publication_source::front_matter},
      {"---\ndate: April 17, 2025\n---\nBody.", "2025-04-17",
       corpus::publication_source::front_matter},
      {"Apr 24, 2025, 12:00 AM\nApr 21, 2025, 5:33 PM\n\nTitle\n", "2025-04-21",
       corpus::publication_source::dateline},
      {"Title\nApril 17, 2025\nBody text.", "2025-04-17", corpus::publication_source::dateline},
      {"Published: March 3, 2024\nBody.", "2024-03-03", corpus::publication_source::dateline},
      {"Body that mentions April 17, 2025 in a sentence.", "none",
       corpus::publication_source::none},
      {"---\nno closing line\nApril 17, 2025", "2025-04-17", corpus::publication_source::dateline},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto d = doc_of(r.text);
    CHECK(published(d) == r.expected);
    CHECK(d.published.source == r.source);
  }
  auto two = doc_of("Apr 24, 2025, 12:00 AM\nApr 21, 2025, 5:33 PM\n");
  REQUIRE(two.published.updated);
  CHECK(calendar::describe(*two.published.updated) == "2025-04-24");
  auto front = doc_of("---\npublished: 2025-04-21\n---\nBody.");
  CHECK(front.text.substr(front.body_begin) == "Body.");
}
