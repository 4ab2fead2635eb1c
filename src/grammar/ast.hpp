#pragma once
// What the date grammar recognizes, before any calendar arithmetic: the syntactic form of a
// date expression. Plain data, free of Spirit, so every stage may include it.
#include <cstdint>

namespace factline::grammar {

enum class date_form : std::uint8_t {
  absolute,      // 2025-04-15, April 15, 2025, October 2023, in 2024, April 15 (year from anchor)
  decade,        // the 1990s
  quarter,       // Q1 2025, the first quarter of 2025
  relative_unit, // last/this/next week|month|year, late last year, earlier this year
  offset,        // four years ago, two weeks later
  vague_offset,  // months prior, weeks ago, a few years earlier
  weekday,       // on Monday, last Tuesday
  deictic,       // today, yesterday, tomorrow
  present,       // now: the time of writing, no calendar day of its own
  duration,      // ten years, the past three months: a length of time, not a date
  set,           // daily, every month: a recurrence, not a date
  holiday,       // Thanksgiving, Easter 2024, next Christmas: count is the holiday's index
};

// Hours and minutes measure lengths only ("five hours", "within 24 hours of"): no date is
// counted in them.
enum class time_unit : std::uint8_t { day, week, month, quarter, year, decade, hour, minute };

// How the sentence relates the event to the date: "on/in" places it there, "by/until" no later,
// "before"/"after" strictly outside it.
enum class date_relation : std::uint8_t { at, no_later, before, after, no_earlier };

// Part of a period: "early March", "mid-April", "late last year", "earlier this year".
enum class period_part : std::uint8_t {
  whole,
  early,
  mid,
  late,
  earlier_part,
  later_part,
  weekend,      // Saturday and Sunday of a week
  first_half,   // January to June of a year
  second_half,  // July to December of a year
  week_holding, // "the week of March 6": Monday to Sunday around the day
};

struct date_ast {
  date_form form = date_form::absolute;
  date_relation relation = date_relation::at;
  period_part part = period_part::whole;
  time_unit unit = time_unit::day;
  bool approximate = false; // around, about, nearly ...
  bool narrative = false;   // "earlier"/"later": counted from a narrated event, not publication
  bool has_time = false;
  bool has_preposition = false; // "on April 15": the date itself starts after the first word
  // Read for the tagger only ("the quarter" of financial news, "daily"): too loose to date an
  // event, so `check` never makes a claim of it.
  bool weak = false;
  int year = 0;               // 0 = not stated
  int month = 0;              // 1..12, 0 = not stated
  int day = 0;                // 1..31, 0 = not stated
  int weekday = -1;           // 0 = Sunday .. 6 = Saturday
  int count = 0;              // offset count; quarter number; decade start year
  bool and_half = false;      // "2 1/2 years", "an hour and a half", "half an hour": count + 0.5
  int direction = 0;          // -1 past, +1 future, 0 this/current
  int hour = -1, minute = -1; // a time of day; hour 24 is midnight at the day's end
  bool meridiem = false;      // a.m./p.m., noon or midnight said: "at 3" alone may be 15:00
  // A span of the clock ("9:30 - 11:00", "3-4pm"): its last minute, -1 for a single time. An
  // end stated to the hour ("8am - 1pm") covers that hour: 13:59.
  int end_hour = -1, end_minute = -1;
  int end_meridiem = 0; // while parsing: 0 none said, 1 a.m., 2 p.m., 3 a 24-hour clock
  // Part of the day: 1 morning, 2 afternoon, 3 evening, 4 night; 0 none ("Friday morning").
  int day_part = 0;
  // A time of day alone ("at 3pm"): on the reference day, or the next one under --prefer
  // future when the reference time has passed it.
  bool clock_only = false;
  // "last August", "next spring": a month or season without its year, counted from the
  // reference date in `direction` rather than taken as the nearest one.
  bool directed = false;
  int season = 0; // 1 spring, 2 summer, 3 fall, 4 winter; 0 = not a season
  // "fiscal 2025", "FY2025": a company's own year, which calendar years need not match; an
  // amount's period of its own ("FY2025"), never an event's date (weak).
  bool fiscal = false;
  // "June last year", "January this year": the year counted from the reference date's.
  bool year_relative = false;
  int year_direction = 0;
  // The tense of the clause, for a date without its year or a bare weekday: -1 past, +1
  // future, 0 unknown (see tense.hpp).
  int tense = 0;
  // "July 13-15", "July 30 - Aug 2": the last day of a run (and its month when another).
  int end_day = 0, end_month = 0;
  // "the first Tuesday of October" (weekday set), "the last day of the month" (weekday -1):
  // the nth such day of the month stated; -1 the last.
  int nth_in_month = 0;
};

// A date of one day ("on April 15", "Friday", "yesterday"): too fine to be an amount's period.
inline bool names_a_day(const date_ast& ast) {
  return ast.day != 0 || ast.form == date_form::weekday || ast.form == date_form::deictic;
}
// A weak year or quarter before a noun ("its 2023 revenue", "second-quarter sales"): no event's
// date, but an amount's period.
inline bool period_adjective(const date_ast& ast) {
  return ast.weak && ((ast.form == date_form::absolute && ast.year != 0) ||
                      (ast.form == date_form::quarter && ast.count > 0));
}

// One token of an event mention, as the event grammar recognizes it.
enum class event_token_kind : std::uint8_t { trigger, entity, name, anaphor_noun, determiner };

struct event_token_ast {
  event_token_kind kind = event_token_kind::name;
  int id = -1; // trigger class, entity, anaphoric noun or determiner index; -1 for names
};

} // namespace factline::grammar

namespace factline::grammar {

// An amount as the text states it: "$2.1 billion", "15 billion yuan", "8 percent", "300 firms".
enum class quantity_kind : std::uint8_t { money, percent, count };

struct quantity_ast {
  quantity_kind kind = quantity_kind::count;
  double value = 0;      // in units: 2.1e9 for "$2.1 billion"
  double rounding = 0.5; // half the last stated digit, in units: "$52.7 billion" -> 0.05e9
  char currency[4] = {}; // ISO 4217 code for money ("USD", "CNY"), empty otherwise
};

} // namespace factline::grammar
