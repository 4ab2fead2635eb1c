#include "calendar/interval.hpp"

#include <catch2/catch.hpp>

using namespace factline::calendar;

TEST_CASE("partial dates parse to intervals, impossible ones do not", "[calendar]") {
  struct row {
    const char* text;
    const char* described; // nullptr: rejected
  };
  const row rows[] = {
      {"2025-04-21", "2025-04-21"}, {"2024-11", "2024-11"},  {"2025", "2025"},
      {"2024-02-29", "2024-02-29"}, {"2025-02-30", nullptr}, {"2025-02-29", nullptr},
      {"2025-13", nullptr},         {"2025-00-10", nullptr}, {"25-04-21", nullptr},
      {"2025/04/21", nullptr},      {"", nullptr},           {"2025-04-2x", nullptr},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto i = parse_partial_date(r.text);
    if (!r.described) {
      CHECK_FALSE(i);
    } else {
      REQUIRE(i);
      CHECK(describe(*i) == r.described);
    }
  }
}

TEST_CASE("month arithmetic clamps to the end of the month", "[calendar]") {
  using namespace date::literals;
  CHECK(format_day(add_months(date::sys_days{2025_y / 3 / 31}, -1)) == "2025-02-28");
  CHECK(format_day(add_months(date::sys_days{2024_y / 3 / 31}, -1)) == "2024-02-29");
  CHECK(format_day(add_months(date::sys_days{2025_y / 1 / 15}, -13)) == "2023-12-15");
}

TEST_CASE("intervals intersect, hull and measure gaps", "[calendar]") {
  using namespace date::literals;
  interval april = month_of(2025_y / 4);
  interval day = day_of(2025_y / 4 / 15);
  interval feb = month_of(2025_y / 2);
  CHECK(intersect(april, day) == day);
  CHECK_FALSE(intersect(april, feb));
  CHECK(gap_days(feb, april) == 31); // March lies between
  CHECK(gap_days(april, day) == 0);
  CHECK(describe(hull(feb, april)) == "2025-02-01..2025-04-30");
  CHECK(describe({far_past, day.end, precision::day}) == "on or before 2025-04-15");
}
