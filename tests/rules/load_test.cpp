// Rule files: the shipped ones load; mistakes point at their line and column.
#include "grammar/scan.hpp"
#include "report/timeml.hpp"
#include "rules/load.hpp"

#include <catch2/catch.hpp>

using namespace factline;

namespace {
source_position error_of(const std::string& text) {
  try {
    rules::load_sources({{"user.toml", text, false}});
  } catch (const input_error& e) {
    return e.where();
  }
  return {"<no error>", 0, 0};
}
} // namespace

TEST_CASE("the shipped rules load", "[rules]") {
  auto config = rules::load(std::nullopt);
  REQUIRE(config.rules.size() >= 1);
  std::vector<std::string> ids;
  for (const auto& r : config.rules) ids.push_back(r->info().id);
  CHECK(ids == std::vector<std::string>{"after-publication", "date-agreement", "founded-first",
                                        "future-after-the-fact", "quantity-agreement",
                                        "temporal-network"});
  CHECK(config.words.triggers.size() > 5);
  CHECK(config.time.vague[std::size_t(grammar::time_unit::month)].min == 2);
  CHECK(config.time.vague[std::size_t(grammar::time_unit::month)].max == 11);
}

TEST_CASE("rule file errors name line and column", "[rules]") {
  struct row {
    const char* text;
    int line, column;
  };
  const row rows[] = {
      {"[rule]\nid = \"x\"\nkind = \"no_such_kind\"\n", 3, 8},
      {"[rule]\nid = \"x\"\nkind = \"date_agreement\"\ntolerance = 3\n", 4, 1},
      {"[rule]\nid = \"x\"\nkind = \"date_agreement\"\ntolerance_days = \"3\"\n", 4, 18},
      {"[rule]\nid = \"x\"\nkind = \"date_agreement\"\nseverity = \"fatal\"\n", 4, 12},
      {"[rule]\nid = \"x\"\nkind = \"date_agreement\"\nmessage = \"{nope}\"\n", 4, 11},
      {"[rule]\nid = \"x\"\nkind = \"date_agreement\"\nmin_documents = 5\n", 4, 17},
      {"[rules]\nid = \"x\"\n", 1, 2},
      {"[time.vague]\nmonths = { min = 5, max = 2 }\n", 2, 10},
      {"[entity.x]\nkind = \"planet\"\n", 2, 8},
      {"[rule\n", 1, 6},
      {"[[time.holiday]]\nnames = [\"X\"]\ndate = \"13-01\"\n", 1, 1},
      {"[[time.holiday]]\nnames = [\"X\"]\nafter = \"Nothing\"\n", 1, 1},
      {"[[time.holiday]]\nnames = [\"X\"]\nweekday = \"Monday\"\nmonth = 2\nnth = 7\n", 1, 1},
      {"[[time.holiday]]\nnames = [\"X\"]\nafter = \"X\"\n", 1, 1},
      {"[time.words]\nmonths = [[\"January\"]]\n", 2, 10},
      {"[time.words]\nseasons = [[\"spring\"], [], [\"fall\"], [\"winter\"]]\n", 2, 24},
      {"[time.words.number_phrases]\n\"a score\" = 0\n", 2, 13},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto where = error_of(r.text);
    CHECK(where.file == "user.toml");
    CHECK(where.line == r.line);
    CHECK(where.column == r.column);
  }
}

TEST_CASE("user rule files replace the shipped rules, duplicate ids are refused", "[rules]") {
  auto config = rules::load_sources(
      {{"rules/date-agreement.toml", "[rule]\nid = \"date-agreement\"\nkind = \"date_agreement\"\n",
        true},
       {"mine.toml", "[rule]\nid = \"strict\"\nkind = \"date_agreement\"\nmin_documents = 1\n",
        false}});
  REQUIRE(config.rules.size() == 1);
  CHECK(config.rules[0]->info().id == "strict");
  CHECK_THROWS_AS(rules::load_sources({{"a.toml",
                                        "[[rule]]\nid = \"x\"\nkind = \"date_agreement\"\n"
                                        "[[rule]]\nid = \"x\"\nkind = \"date_agreement\"\n",
                                        false}}),
                  input_error);
}

TEST_CASE("the calendar's words come from the rules and can be taught", "[rules][grammar]") {
  auto shipped = rules::load(std::nullopt);
  REQUIRE(shipped.words.calendar.months.size() == 12);
  REQUIRE(shipped.words.calendar.weekdays.size() == 7);
  auto taught = shipped.words.calendar;
  taught.weekdays[3].push_back("Weds");
  taught.months[8].push_back("Sept");
  grammar::use_calendar_words(taught);
  calendar::time_settings settings;
  auto dct = calendar::parse_partial_date("2013-07-01");
  auto tags = report::tag_text("It opens Weds, Jul 17.", dct, settings);
  grammar::use_calendar_words(shipped.words.calendar); // the other tests read the shipped words
  REQUIRE(tags.size() == 1);
  CHECK(tags[0].value.value == "2013-07-17");
  CHECK(report::tag_text("It opens Weds, Jul 17.", dct, settings)[0].begin == 15);
}
