// What the scanner finds in running text: the exact span of every date expression.
#include "grammar/scan.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace factline;

namespace {
std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& d : grammar::scan(text, false).dates)
    out.emplace_back(text.substr(d.begin, d.end - d.begin));
  return out;
}
using list = std::vector<std::string>;
} // namespace

TEST_CASE("date expressions are found with their prepositions", "[grammar]") {
  struct row {
    const char* text;
    list expected;
  };
  const row rows[] = {
      {"banned the chips from export to China on April 15, it confirmed", {"on April 15"}},
      {"In 2024 alone, China imported $385 billion, a 10.4% increase from 2023.",
       {"In 2024", "from 2023"}},
      {"Established in 2021, SiCarrier gained attention in 2023.", {"in 2021", "in 2023"}},
      {"This ban, enacted months prior, caught many off guard", {"months prior"}},
      {"Launched four years ago, the summit", {"four years ago"}},
      {"US sanctions around five years ago, which", {"around five years ago"}},
      {"to lead in artificial intelligence by 2030.", {"by 2030"}},
      {"Apr 24, 2025, 12:00 AM", {"Apr 24, 2025, 12:00 AM"}},
      {"It fell in February and rose mid-April.", {"in February", "mid-April"}},
      {"early March 2024 and late last year", {"early March 2024", "late last year"}},
      {"He said on Monday that next week would be busy.", {"on Monday", "next week"}},
      {"earlier this year, weeks ago, years earlier",
       {"earlier this year", "weeks ago", "years earlier"}},
      {"the 1990s and Q3 2024", {"the 1990s", "Q3 2024"}},
      // A bare month after "to" closes a period ("the three months to July").
      {"revenue for the three months to July rose", {"for the three months", "to July"}},
      {"extended the deadline to 2030", {"to 2030"}},
      {"rose to 2,000 units", {}},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    CHECK(found(r.text) == r.expected);
  }
}

TEST_CASE("numbers that only look like dates are not dates", "[grammar]") {
  const char* texts[] = {
      "Nvidia's H20 chips",
      "a staggering $385 billion worth of chips",
      "around $52.7 billion",
      "a 10.4% increase",
      "Huawei's 7nm chip",
      "5-nanometer chips",
      "the Mate 60 Pro",
      "the Mate 60 smartphone",
      "these restrictions may inadvertently stimulate",
      "May I ask a question",
      "Career Advice5",
      "over 800 companies and 3,000 products",
      "SenseNova 5.5",
      "I sat down with Brian White",
      "in 3000 cases",
      "a 10,000-GPU cluster",
      "Year one, we had",
      "For years, the government",
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(found(t).empty());
  }
}

TEST_CASE("impossible calendar dates are not normalized into a neighbouring day", "[grammar]") {
  CHECK(found("on February 30, 2025").empty());
  CHECK(found("on April 31").empty());
  CHECK(found("2025-02-30").empty());
  CHECK(found("2025-13-01").empty());
  CHECK(found("in 99999").empty());
  CHECK(found("on February 29, 2024") == list{"on February 29, 2024"});
}

TEST_CASE("parse_whole_date accepts a line that is only a date", "[grammar]") {
  CHECK(grammar::parse_whole_date("  Apr 21, 2025, 5:33 PM ").has_value());
  CHECK(grammar::parse_whole_date("April 17, 2025").has_value());
  CHECK_FALSE(grammar::parse_whole_date("April 17, 2025 was sunny").has_value());
  CHECK_FALSE(grammar::parse_whole_date("").has_value());
  auto with_time = grammar::parse_whole_date("Apr 21, 2025, 5:33 PM");
  REQUIRE(with_time);
  CHECK(with_time->hour == 17);
  CHECK(with_time->minute == 33);
}

TEST_CASE("long runs of almost-dates stay linear", "[grammar]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "in April 2025-13 on Monday3 ";
  auto r = grammar::scan(text, false);
  CHECK(r.dates.size() == 20000); // "in April" each time, nothing more
}

TEST_CASE("lowercase weekdays, lowercase months before a number, numeric dates", "[grammar]") {
  CHECK(found("see you on monday") == list{"on monday"});
  CHECK(found("it opens march 3") == list{"march 3"});
  CHECK(found("born june 2013") == list{"june 2013"});
  CHECK(found("prices may rise in march").empty()); // a lowercase month needs a number
  // Capitals, as datelines write them, likewise: "MAY" before no number is a verb.
  CHECK(found("MARCH 10, 2025") == list{"MARCH 10, 2025"});
  CHECK(found("BEIJING, JAN. 28 (Reuters) - CHINA MAY BAN CHIPS") == list{"JAN. 28"});
  CHECK(found("on 10/31/1974 and 10/31/74") == list{"on 10/31/1974", "10/31/74"});
  CHECK(found("13/31/1974 and 2/3 of the seats").empty());
  // Numeric dates guess the order of day and month: never a claim.
  auto ast = grammar::parse_whole_date("10/31/74");
  REQUIRE(ast);
  CHECK(ast->year == 1974);
  CHECK(ast->narrative);
}
