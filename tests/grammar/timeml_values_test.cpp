// The tagger's TimeML values for the expression families read for `factline tag` only (weak
// readings): the quarter of financial news, recurrences, a lone year before a noun; and ages,
// which are not durations. Table: expression, creation date, expected type and value.
#include "report/timeml.hpp"

#include <catch2/catch.hpp>

using namespace factline;

TEST_CASE("tagger-only families get TimeML values and never become claims", "[grammar][timeml]") {
  struct row {
    const char* text;
    const char* dct;
    const char* expected_text; // "" when nothing is tagged
    const char* type;
    const char* value;
  };
  const row rows[] = {
      {"Profit rose in the quarter.", "1989-11-02", "the quarter", "DATE", "1989-Q3"},
      {"Sales slowed last fall.", "1990-01-15", "last fall", "DATE", "1989-FA"},
      {"It opens in the spring of 1990.", "1989-11-02", "the spring of 1990", "DATE", "1990-SP"},
      {"Talks resumed last August.", "1990-01-15", "last August", "DATE", "1989-08"},
      {"They met this weekend.", "1989-11-02", "this weekend", "DATE", "1989-W44-WE"},
      {"Net fell from the year-ago quarter.", "1989-11-02", "the year-ago quarter", "DATE",
       "1988-Q3"},
      {"In recent years it grew.", "1989-11-02", "recent years", "DATE", "PAST_REF"},
      {"Sales rose at year-end.", "1989-11-02", "year-end", "DATE", "1989"},
      {"During the week it fell.", "1989-11-02", "the week", "DATE", "1989-W44"},
      {"Results for the latest quarter were weak.", "1989-11-02", "the latest quarter", "DATE",
       "1989-Q3"},
      {"Sales slowed in the current quarter.", "1989-11-02", "the current quarter", "DATE",
       "1989-Q4"},
      {"A January creation date: the quarter is last year's fourth.", "1990-01-15", "the quarter",
       "DATE", "1989-Q4"},
      {"The index is published daily.", "1998-03-01", "daily", "SET", "P1D"},
      {"They meet every month.", "1998-03-01", "every month", "SET", "P1M"},
      {"The 1990 budget was cut.", "1989-11-02", "1990", "DATE", "1990"},
      {"Net income fell from a year ago in the third quarter.", "1989-11-02", "a year ago", "DATE",
       "1988-Q3"},
      // Extents as TimeML draws them: no "over", no "about", no "before"/"after"/"later".
      {"Sales fell over the weekend.", "1989-11-02", "the weekend", "DATE", "1989-W44-WE"},
      {"Profit rose in the nine months ended Sept. 30.", "1989-11-02", "the nine months",
       "DURATION", "P9M"},
      {"It slowed over the past few weeks.", "1989-11-02", "the past few weeks", "DURATION", "PXW"},
      {"Prices held over the past year.", "1989-11-02", "the past year", "DURATION", "P1Y"},
      {"The deal closed two weeks after the vote.", "1989-11-02", "two weeks", "DURATION", "P2W"},
      {"They left three days later.", "1989-11-02", "three days", "DURATION", "P3D"},
      {"It lasted about two weeks.", "1989-11-02", "two weeks", "DURATION", "P2W"},
      {"Talks began in June last year.", "1989-11-02", "June last year", "DATE", "1988-06"},
      {"It has been on sale since March of last year.", "1989-11-02", "March of last year", "DATE",
       "1988-03"},
      {"Talks began in June of 1987.", "1989-11-02", "June of 1987", "DATE", "1987-06"},
      // Created in a month: the past reaches to its last day, the future from its first.
      {"The fair opened on July 24.", "2025-07", "July 24", "DATE", "2025-07-24"},
      {"The fair opened on August 3.", "2025-07", "August 3", "DATE", "2024-08-03"},
      {"The fair will open on July 2.", "2025-07", "July 2", "DATE", "2025-07-02"},
      {"It opens Saturday, April 25.", "1998-02-12", "Saturday, April 25", "DATE", "1998-04-25"},
      {"the two-week trip", "1989-11-02", "two-week", "DURATION", "P2W"},
      // The clause's tense: a bare weekday or a date without its year.
      {"The board will meet Tuesday.", "1998-02-12", "Tuesday", "DATE", "1998-02-17"},
      {"The board met Tuesday.", "1998-02-12", "Tuesday", "DATE", "1998-02-10"},
      {"The notes are due March 31.", "1998-04-15", "March 31", "DATE", "1999-03-31"},
      {"Sales fell on March 31.", "1998-04-15", "March 31", "DATE", "1998-03-31"},
      {"In February, Alibaba planned to invest.", "2025-04-24", "February", "DATE", "2025-02"},
      // A past verb pulls a yearless date back, unless a deadline word, an infinitive, a
      // passive after a modal or a present auxiliary stands between them.
      {"The founder resigned as chief executive in March.", "1989-11-02", "March", "DATE",
       "1989-03"},
      {"The board declared a dividend, payable Jan. 2.", "1989-11-02", "Jan. 2", "DATE",
       "1990-01-02"},
      {"The regulator ruled that the bank must sell the unit by Jan. 14.", "2000-01-05", "Jan. 14",
       "DATE", "2000-01-14"},
      {"The group agreed to buy the plant in February.", "1989-11-02", "February", "DATE",
       "1990-02"},
      {"The shares will be redeemed on Dec. 7.", "1989-11-02", "Dec. 7", "DATE", "1989-12-07"},
      {"He said the firm is calling the bonds on Dec. 7.", "1989-11-02", "Dec. 7", "DATE",
       "1989-12-07"},
      {"The court was set to resume Monday.", "1998-03-22", "Monday", "DATE", "1998-03-23"},
      // What a plan's infinitive tells lies ahead: "planned to leave on Thursday".
      {"The team planned to leave Nairobi on Thursday.", "1998-09-30", "Thursday", "DATE",
       "1998-10-01"},
      {"The team left Nairobi on Thursday.", "1998-09-30", "Thursday", "DATE", "1998-09-24"},
      // A plan told before the date plans it; "as soon as", "as early as" and "is to" look
      // ahead; a possessive day has come; a date naming a thing is the nearest one.
      {"Protesters planned a large rally on Saturday.", "2000-01-07", "Saturday", "DATE",
       "2000-01-08"},
      {"They were planning to drive to the airport on Monday.", "2000-01-07", "Monday", "DATE",
       "2000-01-10"},
      {"The father could come to the U.S. as early as Tuesday.", "2000-04-03", "Tuesday", "DATE",
       "2000-04-04"},
      {"The group would be ready to leave as soon as Tuesday.", "2000-04-03", "Tuesday", "DATE",
       "2000-04-04"},
      {"The stock is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "DATE",
       "1989-10-31"},
      {"Lawyers will try to overturn Wednesday's ruling.", "2000-01-07", "Wednesday", "DATE",
       "2000-01-05"},
      {"She hoped she would bring aid to the cities where the Aug. 7 blasts killed 257 people.",
       "1998-08-18", "Aug. 7", "DATE", "1998-08-07"},
      {"Police have searched for him since the Oct. 23 shooting.", "1999-05-06", "Oct. 23", "DATE",
       "1998-10-23"},
      {"A hearing is set for March 6, officials said.", "2000-02-24", "March 6", "DATE",
       "2000-03-06"},
      // "until" a day is ahead of the past act that set it; "set" as a past verb, "the plan"
      // as a noun and "as previously planned" look nowhere; a plan told after the date does.
      {"Officials postponed until Tuesday morning any action on the case.", "2000-03-30",
       "Tuesday morning", "TIME", "2000-04-04TMO"},
      {"The agency ruled against him and set Friday as the deadline.", "2000-01-15", "Friday",
       "DATE", "2000-01-14"},
      {"The thrift announced the plan Aug. 21.", "1989-11-02", "Aug. 21", "DATE", "1989-08-21"},
      {"Officials did not plan to remove the boy on Thursday.", "2000-03-29", "Thursday", "DATE",
       "2000-03-30"},
      {"Bush let the offensive begin as previously planned Saturday night.", "1991-02-25",
       "Saturday night", "TIME", "1991-02-23TNI"},
      {"On Tuesday, the league plans to hold a news conference.", "1998-10-26", "Tuesday", "DATE",
       "1998-10-27"},
      {"On Tuesday, the league said it plans to hold a news conference.", "1998-10-26", "Tuesday",
       "DATE", "1998-10-20"},
      // A decimal point ends no sentence, and a compound's end ("long-held") is no verb.
      {"The company will make Ernie 4.5 open source from June 30, reversing its long-held view.",
       "2025-03-17", "June 30", "DATE", "2025-06-30"},
      // Halves: "2 1/2 years", "2.5 hours", "a minute and a half", "half an hour".
      {"They lived in camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M"},
      {"She spends 5 1/2 hours in Nairobi.", "1998-08-17", "5 1/2 hours", "DURATION", "PT5H30M"},
      {"The flight took 2.5 hours.", "1998-08-17", "2.5 hours", "DURATION", "PT2H30M"},
      {"But a minute and a half later, a pilot called.", "1998-01-14", "a minute and a half",
       "DURATION", "PT1M30S"},
      {"It lasted half an hour.", "1998-01-14", "half an hour", "DURATION", "PT30M"},
      {"The trial opens the week of March 6.", "2000-02-24", "the week of March 6", "DATE",
       "2000-W10"},
      // The weekday picks the year, whatever the tense: April 25, 1998 was a Saturday.
      {"The paper said in an editorial on Saturday, April 25:", "1998-04-24", "Saturday, April 25",
       "DATE", "1998-04-25"},
      {"It was held Fri, Jul 18.", "2013-02-12", "Fri, Jul 18", "DATE", "2014-07-18"},
      // Days in words, days counted within a month, runs of days, quarters by number.
      {"It opens on the first of March.", "2013-02-12", "the first of March", "DATE", "2013-03-01"},
      {"Talks end on the 15th of february.", "2013-02-12", "the 15th of february", "DATE",
       "2013-02-15"},
      {"Polls will open the first Tuesday of November.", "2013-02-12",
       "the first Tuesday of November", "DATE", "2013-11-05"},
      {"It ends on the last Monday of May 2014.", "2013-02-12", "the last Monday of May 2014",
       "DATE", "2014-05-26"},
      {"Rent is due the last day of the month.", "2013-02-12", "the last day of the month", "DATE",
       "2013-02-28"},
      {"The summit runs July 13-15.", "2013-02-12", "July 13-15", "DATE", "2013-07-13"},
      {"The summit runs from 13 to 15 July.", "2013-02-12", "13 to 15 July", "DATE", "2013-07-13"},
      {"It opens on 13 and 15 July.", "2013-02-12", "15 July", "DATE", "2013-07-15"},
      {"Sales rose in the 3rd quarter of 2018.", "2019-02-12", "the 3rd quarter of 2018", "DATE",
       "2018-Q3"},
      {"It ships in the coming week.", "2013-02-12", "coming week", "DATE", "2013-W08"},
      // One period for `check`; for TimeML the quarter and the day it ended, as annotated.
      {"Revenue rose in the quarter ended December 31.", "2025-02-20", "the quarter", "DATE",
       "2024-Q4"},
      {"Revenue rose in the quarter ended December 31.", "2025-02-20", "December 31", "DATE",
       "2024-12-31"},
      {"Profit fell in the October-to-December quarter.", "2025-02-20",
       "the October-to-December quarter", "DATE", "2024-Q4"},
      {"The outage lasted five hours.", "1998-02-12", "five hours", "DURATION", "PT5H"},
      {"Prices rose in recent months.", "1998-02-12", "recent months", "DURATION", "PXM"},
      {"a 16-hour shift", "1998-02-12", "16-hour", "DURATION", "PT16H"},
      {"one of the months", "2013-02-12", "", "", ""},
      {"we may first need approval", "2013-02-12", "", "", ""},
      {"her 6-year-old son", "2000-01-05", "", "", ""},
      {"Pay ABC 2000", "2013-02-12", "", "", ""},
      {"dividends are paid quarterly", "1989-11-02", "", "", ""},
  };
  calendar::time_settings settings;
  for (const auto& r : rows) {
    INFO(r.text);
    auto dct = calendar::parse_partial_date(r.dct);
    auto tags = report::tag_text(r.text, dct, settings);
    std::string_view text = r.text;
    const report::tagged* hit = nullptr;
    for (const auto& t : tags)
      if (text.substr(t.begin, t.end - t.begin) == r.expected_text) hit = &t;
    if (std::string_view(r.expected_text).empty()) {
      CHECK(tags.empty());
      continue;
    }
    REQUIRE(hit);
    CHECK(hit->value.type == r.type);
    CHECK(hit->value.value == r.value);
    // Tagger-only readings carry no interval a claim could use.
    if (std::string_view(r.type) == "SET" || hit->ast.weak) {
      CHECK(hit->ast.weak);
    }
  }
}

// Times of day: a clock time alone is the tagger's (weak); with a day, or as a part of a named
// day, it is as strong as the day. Numbers around "to" and "after" are no times.
TEST_CASE("times of day and parts of the day", "[grammar][timeml]") {
  struct row {
    const char* text;
    const char* expected_text; // "" when nothing is tagged
    const char* value;
    bool weak;
    int last_minute = -1; // a span of the clock ("9:30 - 11:00"): its last minute of the day
  };
  const row rows[] = {
      {"Trading halted at 3pm.", "3pm", "1998-02-12T15:00", true},
      {"It closed at 4 p.m. EDT.", "4 p.m. EDT", "1998-02-12T16:00", true},
      {"The vote is at 10:35 a.m.", "10:35 a.m.", "1998-02-12T10:35", true},
      {"They met at noon Thursday.", "noon Thursday", "1998-02-12T12:00", false},
      {"Polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "1998-02-11T22:00", false},
      {"It ended at midnight Friday.", "midnight Friday", "1998-02-06T24", false},
      {"The fire broke out Friday morning.", "Friday morning", "1998-02-06TMO", false},
      {"Rebels attacked Wednesday night.", "Wednesday night", "1998-02-11TNI", false},
      {"He spoke last night.", "last night", "1998-02-11TNI", false},
      {"She arrives tonight.", "tonight", "1998-02-12TNI", false},
      {"Markets opened this morning at 9.", "this morning at 9", "1998-02-12T09:00", false},
      {"Talks resume tomorrow evening at 8.", "tomorrow evening at 8", "1998-02-13T20:00", false},
      {"a quarter to noon", "a quarter to noon", "1998-02-12T11:45", true},
      {"at half past three in the afternoon", "half past three in the afternoon",
       "1998-02-12T15:30", true},
      {"The train left at 15h30.", "15h30", "1998-02-12T15:30", true},
      {"It began at 20 minutes past 3pm.", "20 minutes past 3pm", "1998-02-12T15:20", true},
      {"The blast came at 10:35 a.m. on Friday, Feb. 6.", "10:35 a.m. on Friday, Feb. 6",
       "1998-02-06T10:35", false},
      {"They meet at 9am on Saturday.", "9am on Saturday", "1998-02-07T09:00", false},
      {"Shares rose from 5 to 7 percent.", "", "", false},
      {"The index gained 5 after 2 sessions.", "", "", false},
      {"a 24h window", "", "", false},
      // A span of the clock is one expression, valued at its start; a.m./p.m. said at one end
      // serves the other; an end stated to the hour covers that hour.
      {"The office is open 9:30 - 11:00.", "9:30 - 11:00", "1998-02-12T09:30", true, 11 * 60},
      {"Voting runs from 8am until 6.", "8am until 6", "1998-02-12T08:00", true, 18 * 60 + 59},
      {"The briefing is 3-4pm.", "3-4pm", "1998-02-12T15:00", true, 16 * 60 + 59},
      {"Lunch is 11:30-1:30.", "11:30-1:30", "1998-02-12T11:30", true, 13 * 60 + 30},
      {"Polls open from 3:30 to six p.m.", "3:30 to six p.m.", "1998-02-12T15:30", true, 18 * 60},
      {"They talk between 9:30 and 11:00 on Thursday.", "between 9:30 and 11:00 on Thursday",
       "1998-02-12T09:30", false, 11 * 60},
      {"Service resumes 15h30-18h.", "15h30-18h", "1998-02-12T15:30", true, 18 * 60},
      {"The team won 3-4 on penalties.", "", "", false},
  };
  calendar::time_settings settings;
  auto dct = calendar::parse_partial_date("1998-02-12"); // a Thursday
  for (const auto& r : rows) {
    INFO(r.text);
    auto tags = report::tag_text(r.text, dct, settings);
    std::string_view text = r.text;
    if (std::string_view(r.expected_text).empty()) {
      for (const auto& t : tags) CHECK(t.value.type != "TIME");
      continue;
    }
    REQUIRE(tags.size() == 1);
    CHECK(text.substr(tags[0].begin, tags[0].end - tags[0].begin) == r.expected_text);
    CHECK(tags[0].value.type == "TIME");
    CHECK(tags[0].value.value == r.value);
    CHECK(tags[0].ast.weak == r.weak);
    if (r.last_minute >= 0)
      CHECK(tags[0].ast.end_hour * 60 + tags[0].ast.end_minute == r.last_minute);
    else
      CHECK(tags[0].ast.end_hour == -1);
  }
}

TEST_CASE("a length after 'in' counts from the reference time", "[grammar][timeml]") {
  struct row {
    const char* text;
    const char* type;
    const char* value;
  };
  const row rows[] = {
      {"The vote starts in 15 minutes.", "TIME", "2013-02-12T04:45"},
      {"Polls close in 2.5 hours.", "TIME", "2013-02-12T07:00"},
      {"The deal will close in 24 hours.", "TIME", "2013-02-13T04:30"},
      {"The deal closed in 24 hours.", "DURATION", "PT24H"}, // how long it took
      {"Results come in a week.", "DATE", "2013-02-19"},
  };
  calendar::time_settings settings;
  settings.prefer_future = true;
  settings.reference_minute = 4 * 60 + 30; // --dct 2013-02-12T04:30
  auto dct = calendar::parse_partial_date("2013-02-12");
  for (const auto& r : rows) {
    INFO(r.text);
    auto tags = report::tag_text(r.text, dct, settings);
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].value.type == r.type);
    CHECK(tags[0].value.value == r.value);
  }
  // Without a reference time, a length stays a length.
  auto tags = report::tag_text("The vote starts in 15 minutes.", dct, calendar::time_settings{});
  REQUIRE(tags.size() == 1);
  CHECK(tags[0].value.value == "PT15M");
}

TEST_CASE("a length counted from now spans the whole units next to the current one",
          "[grammar][timeml]") {
  struct row {
    const char* text;
    const char* span; // calendar::describe of the interval
  };
  const row rows[] = {
      {"Sales rose over the past two weeks.", "2013-01-28..2013-02-10"},
      {"Rain is due in the next three days.", "2013-02-13..2013-02-15"},
      {"Prices fell in the last two months.", "2012-12-01..2013-01-31"},
      {"It will grow over the next three years.", "2014..2016"},
  };
  auto dct = calendar::parse_partial_date("2013-02-12"); // a Tuesday
  for (const auto& r : rows) {
    INFO(r.text);
    auto tags = report::tag_text(r.text, dct, calendar::time_settings{});
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].value.type == "DURATION"); // TimeML keeps the length
    REQUIRE(tags[0].interval);
    CHECK(calendar::describe(*tags[0].interval) == r.span);
  }
  // Hours and minutes, with a reference time (04:30): the whole ones next to the current one.
  calendar::time_settings at_0430;
  at_0430.reference_minute = 4 * 60 + 30;
  const std::pair<const char*, std::pair<int, int>> clock_rows[] = {
      {"Rain is due in the next 3 hours.", {5 * 60, 7 * 60 + 59}},
      {"Nothing moved in the last 2 minutes.", {4 * 60 + 28, 4 * 60 + 29}},
  };
  for (const auto& [text, minutes] : clock_rows) {
    INFO(text);
    auto tags = report::tag_text(text, dct, at_0430);
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].value.type == "DURATION");
    CHECK(tags[0].ast.hour * 60 + tags[0].ast.minute == minutes.first);
    CHECK(tags[0].ast.end_hour * 60 + tags[0].ast.end_minute == minutes.second);
  }
}
