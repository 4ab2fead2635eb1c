// Holidays from the shipped rules/holidays.toml: their days by rule, and the grammar reading
// them by name. Tables: holiday name, year, expected day; expression, creation date, value.
#include "calendar/holidays.hpp"
#include "grammar/scan.hpp"
#include "report/timeml.hpp"
#include "rules/load.hpp"

#include <catch2/catch.hpp>

using namespace factline;

namespace {

const calendar::time_settings& shipped_time() {
  static const calendar::time_settings time = [] {
    auto config = rules::load(std::nullopt);
    std::vector<std::vector<std::string>> names;
    for (const auto& h : config.time.holidays) names.push_back(h.names);
    grammar::use_holidays(names);
    return config.time;
  }();
  return time;
}

int index_of(const calendar::time_settings& time, const std::string& name) {
  for (std::size_t i = 0; i < time.holidays.size(); ++i)
    for (const auto& n : time.holidays[i].names)
      if (n == name) return int(i);
  return -1;
}

} // namespace

TEST_CASE("holidays fall on their days by rule", "[calendar][holidays]") {
  struct row {
    const char* name;
    int year;
    const char* day;
  };
  const row rows[] = {
      {"Christmas", 2013, "2013-12-25"},
      {"Thanksgiving", 2013, "2013-11-28"},
      {"Thanksgiving", 2016, "2016-11-24"},
      {"Black Friday", 2017, "2017-11-24"},
      {"MLK Day", 2014, "2014-01-20"},
      {"Memorial Day", 2013, "2013-05-27"},
      {"Labor Day", 2025, "2025-09-01"},
      {"Easter", 2010, "2010-04-04"},
      {"Easter", 2013, "2013-03-31"},
      {"Easter", 2025, "2025-04-20"},
      {"Good Friday", 2013, "2013-03-29"},
      {"Pentecost", 2013, "2013-05-19"},
      {"Mardi Gras", 2013, "2013-02-12"},
      {"Orthodox Easter", 2018, "2018-04-08"},
      {"Orthodox Good Friday", 2020, "2020-04-17"},
      {"Mother's Day", 2024, "2024-05-12"},
  };
  const auto& time = shipped_time();
  for (const auto& r : rows) {
    INFO(r.name << " " << r.year);
    int index = index_of(time, r.name);
    REQUIRE(index >= 0);
    auto day = calendar::holiday_date(time.holidays, index, r.year);
    REQUIRE(day);
    CHECK(calendar::format_day(*day) == r.day);
  }
}

TEST_CASE("holiday names are dates, nearest the creation date or as directed",
          "[grammar][holidays]") {
  struct row {
    const char* text;
    const char* dct;
    const char* expected_text;
    const char* value;
  };
  const row rows[] = {
      {"Shops opened on Thanksgiving.", "2013-12-02", "Thanksgiving", "2013-11-28"},
      {"Sales fell last Christmas.", "2013-02-12", "last Christmas", "2012-12-25"},
      {"It opens next Easter.", "2013-02-12", "next Easter", "2013-03-31"},
      {"Prices rose before Christmas Day 2024.", "2025-04-01", "Christmas Day 2024", "2024-12-25"},
      {"Black Friday sales were weak.", "2013-12-02", "Black Friday", "2013-11-29"},
      {"They met on New Year\xE2\x80\x99s Eve.", "2014-01-03", "New Year\xE2\x80\x99s Eve",
       "2013-12-31"},
      {"The new year began quietly.", "2014-01-03", "", ""},
  };
  const auto& time = shipped_time();
  for (const auto& r : rows) {
    INFO(r.text);
    auto tags = report::tag_text(r.text, calendar::parse_partial_date(r.dct), time);
    std::string_view text = r.text;
    if (std::string_view(r.expected_text).empty()) {
      CHECK(tags.empty());
      continue;
    }
    REQUIRE(tags.size() == 1);
    CHECK(text.substr(tags[0].begin, tags[0].end - tags[0].begin) == r.expected_text);
    CHECK(tags[0].value.type == "DATE");
    CHECK(tags[0].value.value == r.value);
  }
}
