// The resolution table: expression, publication date (DCT), the interval factline gives it.
#include "calendar/normalize.hpp"
#include "grammar/scan.hpp"

#include <catch2/catch.hpp>

using namespace factline;

namespace {

std::string resolve(const char* text, const char* dct) {
  auto ast = grammar::parse_whole_date(text);
  if (!ast) return "<not a date>";
  std::optional<calendar::interval> anchor;
  if (*dct) anchor = calendar::parse_partial_date(dct);
  auto n = calendar::normalize(*ast, anchor, calendar::time_settings{});
  if (n.needs_anchor) return "<unanchored>";
  if (!n.value) return "<none>";
  return calendar::describe(*n.value);
}

struct row {
  const char* text;
  const char* dct;
  const char* expected;
};

template <std::size_t N>
void check_rows(const row (&rows)[N]) {
  for (const auto& r : rows) {
    INFO(r.text << " @ " << r.dct);
    CHECK(resolve(r.text, r.dct) == r.expected);
  }
}

} // namespace

TEST_CASE("absolute dates in the common news forms", "[calendar][grammar]") {
  const row rows[] = {
      {"2025-04-15", "", "2025-04-15"},
      {"Apr 24, 2025, 12:00 AM", "", "2025-04-24"},
      {"April 15, 2025", "", "2025-04-15"},
      {"Apr. 24, 2025", "", "2025-04-24"},
      {"15 April 2025", "", "2025-04-15"},
      {"the 15th of April 2025", "", "2025-04-15"},
      {"October 2023", "", "2023-10"},
      {"in 2024", "", "2024"},
      {"In 2024", "", "2024"},
      {"from 2023", "", "2023"},
      {"by 2030", "", "on or before 2030-12-31"},
      {"before 2020", "", "on or before 2019-12-31"},
      {"after March 2024", "", "on or after 2024-04-01"},
      {"early March 2024", "", "2024-03-01..2024-03-10"},
      {"late 2024", "", "2024-09-01..2024-12-31"},
      {"the 1990s", "", "1990..1999"},
      {"Q1 2025", "", "2025-01-01..2025-03-31"},
      {"the first quarter of 2025", "", "2025-01-01..2025-03-31"},
      {"in around 2019", "", "2019"},
      {"the 13th to the 15th of July 2024", "", "2024-07-13..2024-07-15"},
      // A quarter ending in a month that ends no calendar quarter is a company's own.
      {"the quarter ended Dec. 31, 2024", "", "2024-10-01..2024-12-31"},
      {"the quarter ended April 27, 2025", "", "2025-02-01..2025-04-30"},
      {"around 2019", "", "<not a date>"}, // "around 2000 people": a bare year needs a preposition
      // Years in words, as broadcast transcripts write them.
      {"nineteen ninety-six", "", "1996"},
      {"in nineteen seventy-nine", "", "1979"},
      {"January nineteen ninety-seven", "", "1997-01"},
      {"the year two thousand", "", "2000"},
      {"two thousand ten", "", "2010"},
      {"nineteen oh five", "", "1905"},
      {"twenty five", "", "<not a date>"},
      {"two thousand", "", "<not a date>"},
  };
  check_rows(rows);
}

TEST_CASE("dates without a year take it from the publication date", "[calendar][grammar]") {
  const row rows[] = {
      {"on April 15", "2025-04-28", "2025-04-15"},
      {"in February", "2025-04-21", "2025-02"},
      {"mid-April", "2025-08-01", "2025-04-11..2025-04-20"},
      {"December 20", "2025-01-05", "2024-12-20"}, // the nearest such day
      {"January 3", "2024-12-28", "2025-01-03"},
      {"in May", "2025-08", "2025-05"},   // published in a month
      {"April 15", "2025", "2025-04-15"}, // published in a year: that year
      {"December 20", "2025-01", "2024-12-20"},
      {"February 29", "2024-03-10", "2024-02-29"},
      {"on April 15", "", "<unanchored>"},
      // A quarter without its year: the latest one begun by the publication date.
      {"the fourth quarter", "2025-01-31", "2024-10-01..2024-12-31"},
      {"the first quarter", "2025-01-31", "2025-01-01..2025-03-31"},
      {"the December quarter", "2025-01-31", "2024-10-01..2024-12-31"},
      {"the March quarter of 2024", "2025-01-31", "2024-01-01..2024-03-31"},
      {"its fiscal first quarter", "2025-05-29", "<not a date>"}, // "its" is not the date's
      {"fiscal first quarter", "2025-05-29", "2025-01-01..2025-03-31"},
      // A month or season counted from the publication date.
      {"last August", "2025-03-02", "2024-08"},
      {"last March", "2025-03-02", "2024-03"},
      {"this March", "2025-03-02", "2025-03"},
      {"next May", "2025-03-02", "2025-05"},
      {"next March", "2025-03-02", "2026-03"},
      {"last fall", "2025-03-02", "2024-09-01..2024-11-30"},
      {"this winter", "2025-01-10", "2024-12-01..2025-02-28"},
      {"next spring", "2025-03-02", "2026-03-01..2026-05-31"},
      {"the spring of 2024", "", "2024-03-01..2024-05-31"},
      {"summer 2025", "", "2025-06-01..2025-08-31"},
      {"the fall", "2025-01-10", "2024-09-01..2024-11-30"},
      {"this may", "2025-03-02", "<not a date>"}, // the verb
      {"the second half of 2024", "", "2024-07-01..2024-12-31"},
      {"the first half of last year", "2025-04-10", "2024-01-01..2024-06-30"},
      {"first quarter", "2025-05-29", "2025-01-01..2025-03-31"},
  };
  check_rows(rows);
}

TEST_CASE("relative expressions count from the publication date", "[calendar][grammar]") {
  const row rows[] = {
      {"four years ago", "2025-04-28", "2021"},
      {"twenty-five years ago", "2025-04-28", "2000"}, // not "five years ago"
      {"sixty days ago", "2025-04-28", "2025-02-27"},
      {"two and a half years ago", "2025-04-28", "2022..2023"}, // between two and three back
      {"Launched four years ago", "2025-04-28", "<not a date>"},
      {"around five years ago", "2024-11", "2018..2020"},
      {"two weeks ago", "2025-04-23", "2025-04-06..2025-04-12"},
      {"3 days ago", "2025-04-23", "2025-04-20"},
      {"a year ago", "2025-04-23", "2024"},
      {"yesterday", "2025-04-23", "2025-04-22"},
      {"today", "2025-04-23", "2025-04-23"},
      {"on Monday", "2025-04-23", "2025-04-21"},  // a Wednesday: the Monday before
      {"on Tuesday", "2025-04-22", "2025-04-22"}, // said on the day itself
      {"last Tuesday", "2025-04-22", "2025-04-15"},
      {"next Friday", "2025-04-23", "2025-04-25"},
      {"next week", "2025-04-23", "2025-04-28..2025-05-04"},
      {"last month", "2025-04-23", "2025-03"},
      {"this year", "2025-04-23", "2025"},
      {"next year", "2025-04-23", "2026"},
      {"late last year", "2025-04-23", "2024-09-01..2024-12-31"},
      {"earlier this year", "2025-04-23", "2025-01-01..2025-04-23"},
      {"later this year", "2025-04-23", "2025-04-23..2025-12-31"},
      {"last year", "", "<unanchored>"},
  };
  check_rows(rows);
}

TEST_CASE("vague plural units take the bounds of rules/time.toml", "[calendar][grammar]") {
  const row rows[] = {
      {"months prior", "2025-04-21", "2024-05-21..2025-02-21"},
      {"months ago", "2025-04-21", "2024-05-21..2025-02-21"},
      {"weeks ago", "2025-04-23", "2025-03-12..2025-04-09"},
      {"a few weeks ago", "2025-04-23", "2025-03-12..2025-04-09"},
      {"years ago", "2025-04-23", "2015-04-23..2023-04-23"},
      {"days ago", "2025-04-23", "2025-04-17..2025-04-21"},
  };
  check_rows(rows);
  // Tuning the bound changes the interval.
  calendar::time_settings narrow;
  narrow.vague[std::size_t(grammar::time_unit::month)] = {1, 3};
  auto ast = grammar::parse_whole_date("months prior");
  REQUIRE(ast);
  auto n = calendar::normalize(*ast, calendar::parse_partial_date("2025-04-21"), narrow);
  REQUIRE(n.value);
  CHECK(calendar::describe(*n.value) == "2025-01-21..2025-03-21");
}
