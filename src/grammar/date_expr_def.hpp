#pragma once
// The date expression grammar (X3). Rules fill a date_ast through semantic actions; every
// alternative starts by clearing what an earlier, failed alternative may have set.
//
// Scanning policy (most positions in a text are not dates): month and weekday names must be
// capitalized; a bare month or a bare year counts only after a preposition ("in February",
// "from 2023"), so "may" the verb, "H20", "Mate 60" and "$52.7 billion" never match.
#include "grammar/ascii_encoding.hpp"
#include "grammar/date_expr.hpp"
#include "grammar/word_boundary.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <date/date.h>

namespace factline::grammar {
namespace date_grammar {

using x3::no_case;
using x3::omit;
// ASCII case folding, safe for UTF-8 bytes (see ascii_encoding.hpp).
inline auto lit(char c) {
  return ascii_lit(c);
}
inline auto lit(char const* s) {
  return ascii_lit(s);
}

// ---- word lists -------------------------------------------------------------------------
// Month and weekday names, seasons and numbers in words come from rules/calendar-words.toml
// (see use_calendar_words): empty until loaded. Keys of the tables read case-blind (no_case)
// are lowercase ASCII: X3 finds keys in such a table only when they agree in case.
// Months as written ("April", "Apr."): capitalized only, so "may" the verb is no month.
inline ascii_symbols<int> month_name;
// Full month names in lowercase: accepted only right before a day or a year ("march 3",
// "june 2013"), where "may" and "march" cannot be the verbs.
inline ascii_symbols<int> lowercase_month_name;
// Weekdays as written and in lowercase (no ordinary words: "on monday").
inline ascii_symbols<int> weekday_name;
// Weekday abbreviations ("Fri", "Thu."), only before a date: "Sun" and "Sat" are words too.
inline ascii_symbols<int> weekday_abbreviation;
// Seasons, any case ("fall" is also a verb: only after a relative word, "the" or before a year).
inline ascii_symbols<int> season_name;
// Counts in words ("three years", "a dozen") and, to twelve, hours ("at three").
inline ascii_symbols<int> number_word;
inline ascii_symbols<int> hour_word;
// "twenty-five", "nineteen ninety-six": the first nine numbers after a ten, and the numbers
// that open a year in words (eighteen to twenty). The tens themselves are number_word's.
inline ascii_symbols<int> unit_word;
inline ascii_symbols<int> century_word;

struct unit_singular_names : ascii_symbols<time_unit> {
  unit_singular_names() {
    add("day", time_unit::day)("week", time_unit::week)("month", time_unit::month)(
        "quarter", time_unit::quarter)("year", time_unit::year)("decade", time_unit::decade)(
        "qtr", time_unit::quarter);
  }
};
inline const unit_singular_names unit_singular;

struct unit_plural_names : ascii_symbols<time_unit> {
  unit_plural_names() {
    add("days", time_unit::day)("weeks", time_unit::week)("months", time_unit::month)(
        "quarters", time_unit::quarter)("years", time_unit::year)("decades", time_unit::decade);
  }
};
inline const unit_plural_names unit_plural;

// "ago" and "prior" count back from publication; "earlier"/"later"/"before"/"after" count from
// an event the text narrates (see date_ast::narrative).
struct direction_words : ascii_symbols<std::pair<int, bool>> {
  direction_words() {
    add("ago", {-1, false})("prior", {-1, false})("back", {-1, false})("earlier", {-1, true})(
        "before", {-1, true})("later", {+1, true})("after", {+1, true})("from now", {+1, false})(
        "hence", {+1, false});
  }
};
inline const direction_words direction_word;

struct deictic_words : ascii_symbols<int> {
  deictic_words() { add("today", 0)("yesterday", -1)("tomorrow", +1); }
};
inline const deictic_words deictic_word;

struct relative_words : ascii_symbols<int> {
  relative_words() {
    add("last", -1)("past", -1)("previous", -1)("this", 0)("current", 0)("next", +1)("coming", +1)(
        "upcoming", +1);
  }
};
inline const relative_words relative_word;

struct preposition_words : ascii_symbols<date_relation> {
  preposition_words() {
    // "over the weekend", "over the past 20 years": before a date, "over" is a preposition.
    for (const char* w :
         {"on", "in", "during", "of", "from", "since", "at", "throughout", "for", "over",
          // "the three months to July": a period's end.
          "to"})
      add(w, date_relation::at);
    for (const char* w : {"by", "until", "till", "through"}) add(w, date_relation::no_later);
    add("before", date_relation::before)("after", date_relation::after)("as early as",
                                                                        date_relation::at);
  }
};
inline const preposition_words preposition;

struct part_words : ascii_symbols<period_part> {
  part_words() {
    add("early", period_part::early)("the beginning of", period_part::early)(
        "the start of", period_part::early)("beginning of", period_part::early)("start of",
                                                                                period_part::early)(
        "mid", period_part::mid)("middle of", period_part::mid)("the middle of", period_part::mid)(
        "late", period_part::late)("the end of", period_part::late)("end of", period_part::late)(
        "earlier", period_part::earlier_part)("later", period_part::later_part);
  }
};
inline const part_words part_word;

struct approximator_words : ascii_symbols<int> {
  approximator_words() {
    // ("barely a year after", "just a week after": a length told loosely.)
    for (const char* w :
         {"about", "around", "roughly", "approximately", "nearly", "almost", "some", "more than",
          "less than", "under", "just over", "just under", "circa", "barely", "just"})
      add(w, 1);
  }
};
inline const approximator_words approximator;

struct ordinal_words : ascii_symbols<int> {
  ordinal_words() { add("first", 1)("second", 2)("third", 3)("fourth", 4); }
};
inline const ordinal_words ordinal_word;

// Days of the month in words: "the first of March", "March third", "the twenty-first".
struct day_ordinal_words : ascii_symbols<int> {
  day_ordinal_words() {
    const char* units[] = {"first", "second",  "third",  "fourth", "fifth",
                           "sixth", "seventh", "eighth", "ninth"};
    const char* teens[] = {"tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
                           "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    for (int i = 0; i < 9; ++i) add(units[i], i + 1);
    for (int i = 0; i < 10; ++i) add(teens[i], i + 10);
    add("twentieth", 20)("thirtieth", 30);
    for (int i = 0; i < 9; ++i) {
      add(std::string("twenty-") + units[i], 21 + i)(std::string("twenty ") + units[i], 21 + i);
    }
    add("thirty-first", 31)("thirty first", 31);
  }
};
inline const day_ordinal_words day_ordinal_word;

// Every lowercase word a date expression can begin with: prepositions, approximators, parts,
// relative words, counts, vague quantifiers, plural units, deictics, "the". The scanner skips
// other lowercase words without running the grammar; keep this in step with the tables above.
// (Numbers in words, month and weekday names join them when loaded: use_calendar_words.)
inline const char* const lowercase_start_words[] = {
    "on",         "in",        "during",   "of",      "from",      "since",         "at",
    "throughout", "for",       "by",       "until",   "till",      "through",       "before",
    "after",      "as",        "about",    "around",  "roughly",   "approximately", "nearly",
    "almost",     "some",      "more",     "over",    "less",      "under",         "just",
    "barely",     "circa",     "early",    "the",     "beginning", "start",         "mid",
    "middle",     "late",      "end",      "earlier", "later",     "last",          "past",
    "previous",   "this",      "next",     "a",       "an",        "several",       "few",
    "many",       "days",      "weeks",    "months",  "quarters",  "years",         "decades",
    "today",      "yesterday", "tomorrow", "now",     "currently", "recently",      "first",
    "second",     "third",     "fourth",   "every",   "each",      "daily",         "weekly",
    "monthly",    "yearly",    "latest",   "current", "fiscal",    "recent",        "coming",
    "upcoming",   "between",   "same",     "to"};

// ---- semantic actions ---------------------------------------------------------------------
inline auto reset = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  auto rel = v.relation;
  auto approx = v.approximate;
  auto prep = v.has_preposition;
  v = date_ast{};
  v.relation = rel;
  v.approximate = approx;
  v.has_preposition = prep;
};
template <date_form F>
inline auto set_form = [](auto& ctx) { x3::_val(ctx).form = F; };
inline auto set_weak = [](auto& ctx) { x3::_val(ctx).weak = true; };
inline auto set_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
inline auto set_month = [](auto& ctx) { x3::_val(ctx).month = x3::_attr(ctx); };
inline auto set_day = [](auto& ctx) { x3::_val(ctx).day = x3::_attr(ctx); };
inline auto set_weekday = [](auto& ctx) { x3::_val(ctx).weekday = x3::_attr(ctx); };
inline auto set_count = [](auto& ctx) { x3::_val(ctx).count = x3::_attr(ctx); };
inline auto set_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
inline auto set_part = [](auto& ctx) { x3::_val(ctx).part = x3::_attr(ctx); };
inline auto set_direction = [](auto& ctx) { x3::_val(ctx).direction = x3::_attr(ctx); };
inline auto set_relation = [](auto& ctx) { x3::_val(ctx).relation = x3::_attr(ctx); };
inline auto set_approximate = [](auto& ctx) { x3::_val(ctx).approximate = true; };
inline auto set_offset_direction = [](auto& ctx) {
  x3::_val(ctx).direction = x3::_attr(ctx).first;
  x3::_val(ctx).narrative = x3::_attr(ctx).second;
};
inline auto set_deictic = [](auto& ctx) {
  x3::_val(ctx).form = date_form::deictic;
  x3::_val(ctx).count = x3::_attr(ctx);
};
inline auto set_time = [](auto& ctx) {
  int hour = boost::fusion::at_c<0>(x3::_attr(ctx));
  int minute = boost::fusion::at_c<1>(x3::_attr(ctx));
  if (hour > 23 || minute > 59) {
    x3::_pass(ctx) = false;
    return;
  }
  auto& v = x3::_val(ctx);
  v.hour = hour;
  v.minute = minute;
  v.has_time = true;
};
inline auto set_pm = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  if (v.hour >= 1 && v.hour < 12) v.hour += 12;
  v.meridiem = true;
};
inline auto set_am = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  if (v.hour == 12) v.hour = 0;
  v.meridiem = true;
};
// Impossible calendar dates (February 30, April 31) are not dates at all.
inline auto check_day = [](auto& ctx) {
  const auto& v = x3::_val(ctx);
  if (v.day == 0) return;
  if (v.month < 1 || v.month > 12 || v.day < 1 || v.day > 31) {
    x3::_pass(ctx) = false;
    return;
  }
  int year = v.year != 0 ? v.year : 2000; // a leap year admits February 29 until resolved
  date::year_month_day ymd{date::year{year}, date::month(unsigned(v.month)),
                           date::day(unsigned(v.day))};
  if (!ymd.ok()) x3::_pass(ctx) = false;
};
inline auto check_year = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y < 1000 || y > 2999) x3::_pass(ctx) = false;
};
// A year standing alone after a preposition: "in 2024" but not "in 3000 cases".
inline auto check_plain_year = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y < 1800 || y > 2199) x3::_pass(ctx) = false;
};
inline auto set_decade = [](auto& ctx) {
  int y = x3::_attr(ctx);
  if (y % 10 != 0 || y < 1000 || y > 2990) {
    x3::_pass(ctx) = false;
    return;
  }
  auto& v = x3::_val(ctx);
  v.form = date_form::decade;
  v.count = y;
};

// ---- tokens ---------------------------------------------------------------------------------
x3::uint_parser<int, 10, 4, 4> const digits4;
x3::uint_parser<int, 10, 1, 2> const digits1_2;
x3::uint_parser<int, 10, 2, 2> const digits2;
x3::uint_parser<int, 10, 1, 3> const digits1_3;

struct sp_class;
x3::rule<sp_class> const sp = "space";
auto const sp_def = +(lit(' ') | lit('\t') | lit("\xC2\xA0"));

// ---- rules ----------------------------------------------------------------------------------
// Plain expressions rather than sub-rules: their actions then write into the one date_ast of
// date_expr (a sub-rule with actions would fill a private attribute of its own).
// Numbers in words to 99 ("twenty-five", "twenty five", "seven") and years in words
// ("nineteen ninety-six", "nineteen oh five", "two thousand ten"): sub-rules of their own int.
inline auto assign_number = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline auto add_number = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
struct number_in_words_class;
x3::rule<number_in_words_class, int> const number_in_words = "number in words";
// (The tens are in number_word too: one lookup, then the units only after a ten.)
inline auto add_units_to_ten = [](auto& ctx) {
  int tens = x3::_val(ctx);
  if (tens < 20 || tens > 90 || tens % 10 != 0) {
    x3::_pass(ctx) = false;
    return;
  }
  x3::_val(ctx) += x3::_attr(ctx);
};
auto const number_in_words_def = no_case[number_word][assign_number] >>
                                 -((lit('-') | sp) >>
                                   (no_case[unit_word] >> word_end)[add_units_to_ten]);
struct year_in_words_class;
x3::rule<year_in_words_class, int> const year_in_words = "year in words";
auto const year_in_words_def =
    (no_case[lit("two thousand")] >> -(sp >> no_case[lit("and")]) >> sp >>
     number_in_words[([](auto& ctx) { x3::_val(ctx) = 2000 + x3::_attr(ctx); })]) |
    (no_case[century_word][([](auto& ctx) { x3::_val(ctx) = 100 * x3::_attr(ctx); })] >> sp >>
     ((no_case[lit("hundred")] >> word_end) |
      (no_case[lit("oh")] >> sp >> (no_case[unit_word] >> word_end)[add_number]) |
      number_in_words[([](auto& ctx) {
        if (x3::_attr(ctx) < 10) x3::_pass(ctx) = false; // "twenty five": a count
        x3::_val(ctx) += x3::_attr(ctx);
      })]));

// (Years in words open with "eighteen", "nineteen", "twenty" or "two": one byte tells the
// commonest failures apart before the sub-rule runs.)
auto const year_in_words_start = &(lit('t') | lit('T') | lit('n') | lit('N') | lit('e') | lit('E'));
auto const year =
    (digits4 >> word_end)[check_year][set_year] | (year_in_words_start >> year_in_words[set_year]);
auto const plain_year = (digits4 >> word_end)[check_plain_year][set_year];
auto const ordinal_suffix = lit("st") | lit("nd") | lit("rd") | lit("th");
auto const day_number = (digits1_2 >> -ordinal_suffix >> word_end)[set_day];
auto const am_pm = no_case[lit("a.m.") | lit("a.m") | lit("am")][set_am] |
                   no_case[lit("p.m.") | lit("p.m") | lit("pm")][set_pm];

// ---- times of day ---------------------------------------------------------------------------
// A clock time ("3pm", "15:15", "noon", "half past three", "a quarter to 4 p.m.", "15h30"),
// a part of the day ("Friday morning", "last night") or both ("this afternoon at 3:20"). Hours
// count to 24: midnight is the end of its day, as TimeML writes it (T24).
struct day_part_names : ascii_symbols<int> {
  day_part_names() { add("morning", 1)("afternoon", 2)("evening", 3)("night", 4); }
};
inline const day_part_names day_part_name;

// Zones a news report gives its times in: part of the expression, not of its value.
struct zone_names : ascii_symbols<int> {
  zone_names() {
    for (const char* z : {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "GMT",
                          "UTC", "BST", "CET", "CEST", "JST", "HKT"})
      add(z, 0);
  }
};
inline const zone_names zone_name;

// An hour of the clock (to 24): a new time at minute 0, or after "20 past", "a quarter to"
// the hour of minutes already read.
template <bool KeepMinutes>
inline auto set_hour_of = [](auto& ctx) {
  int h = x3::_attr(ctx);
  auto& v = x3::_val(ctx);
  if (h > 24) {
    x3::_pass(ctx) = false;
    return;
  }
  v.hour = h;
  if (!KeepMinutes) v.minute = 0;
  v.has_time = true;
};
inline auto set_hour = set_hour_of<false>;
inline auto set_hour_after_minutes = set_hour_of<true>;
// "20 past 3", "a quarter past noon": the minutes come first.
inline auto set_minutes = [](auto& ctx) {
  int m = x3::_attr(ctx);
  if (m < 1 || m > 59) x3::_pass(ctx) = false;
  x3::_val(ctx).minute = m;
};
inline auto set_minute_of_hour = [](auto& ctx) {
  int m = x3::_attr(ctx);
  if (m > 59) x3::_pass(ctx) = false;
  x3::_val(ctx).minute = m;
};
inline auto quarter_minutes = [](auto& ctx) { x3::_val(ctx).minute = 15; };
inline auto half_minutes = [](auto& ctx) { x3::_val(ctx).minute = 30; };
// "a quarter to noon": the minutes before the hour that follows.
inline auto minutes_before_hour = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  if (v.hour < 1) {
    x3::_pass(ctx) = false;
    return;
  }
  v.hour -= 1;
  v.minute = 60 - v.minute;
};
inline auto set_noon = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.meridiem = true;
  v.hour = 12;
  v.minute = 0;
  v.has_time = true;
};
inline auto set_midnight = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.meridiem = true;
  v.hour = 24;
  v.minute = 0;
  v.has_time = true;
};
// A part of the day decides what an hour without a.m. or p.m. means: "8 in the evening".
inline auto fit_hour_to_part = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  if (!v.has_time || v.day_part == 0) return;
  if (v.day_part >= 2 && v.hour >= 1 && v.hour < 12) v.hour += 12;
  if (v.day_part == 1 && v.hour == 12) v.hour = 0;
};
inline auto set_day_part = [](auto& ctx) { x3::_val(ctx).day_part = x3::_attr(ctx); };

auto const o_clock = no_case[lit("o'clock") | lit("oclock") |
                             lit("o\xE2\x80\x99"
                                 "clock")];
auto const hour_number = digits1_2[set_hour] | no_case[hour_word][set_hour];
auto const hour_after_minutes =
    digits1_2[set_hour_after_minutes] | no_case[hour_word][set_hour_after_minutes];
inline auto noon_after_minutes = [](auto& ctx) {
  x3::_val(ctx).hour = 12;
  x3::_val(ctx).meridiem = true;
  x3::_val(ctx).has_time = true;
};
inline auto midnight_after_minutes = [](auto& ctx) {
  x3::_val(ctx).hour = 24;
  x3::_val(ctx).meridiem = true;
  x3::_val(ctx).has_time = true;
};
auto const noon_or_midnight_after_minutes =
    no_case[lit("noon") | lit("midday")][noon_after_minutes] |
    no_case[lit("midnight")][midnight_after_minutes];
auto const hour_ref = (hour_after_minutes >> -(-sp >> am_pm)) | noon_or_midnight_after_minutes;
auto const minute_count = digits1_2[set_minutes] | number_in_words[set_minutes];
auto const minute_words = no_case[lit("minutes") | lit("minute") | lit("mins")];
// A bare count before the hour must meet a clock word ("20 past 3pm", "15 to noon"): "from 5
// to 7 percent" and "5 after 2 sessions" are no times.
auto const hour_ref_strict = (hour_after_minutes >> -sp >> am_pm) | noon_or_midnight_after_minutes;
auto const past_or_to = [](auto hour) {
  return (no_case[lit("past") | lit("after")] >> sp >> hour) |
         (no_case[lit("to")] >> sp >> hour >> x3::eps[minutes_before_hour]);
};
// The end of a span of the clock: "- 11:00", "to 6 p.m.", "until 6", "-18h".
inline auto set_end_hour = [](auto& ctx) {
  int h = x3::_attr(ctx);
  auto& v = x3::_val(ctx);
  x3::_pass(ctx) = h <= 24;
  v.end_hour = h;
  v.end_minute = -1;
  v.end_meridiem = 0;
};
inline auto set_end_minute = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx) <= 59;
  x3::_val(ctx).end_minute = x3::_attr(ctx);
};
template <int Meridiem>
inline auto set_end_meridiem = [](auto& ctx) { x3::_val(ctx).end_meridiem = Meridiem; };
inline auto clear_clock_end = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.end_hour = v.end_minute = -1;
  v.end_meridiem = 0;
};
// Both ends on one clock face: a.m./p.m. said at one end serves the other where it fits ("3-4pm"
// 15:00 to 16:59, "8am until 6" 08:00 to 18:59, "11:30-1:30" 11:30 to 13:30); an end stated to
// the hour covers that hour unless the start gives minutes; the end comes after the start.
inline auto settle_clock_span = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  if (v.end_meridiem == 2 && v.end_hour >= 1 && v.end_hour < 12) v.end_hour += 12;
  if (v.end_meridiem == 1 && v.end_hour == 12) v.end_hour = 0;
  bool end_said = v.end_meridiem != 0;
  int end = v.end_hour * 60 + std::max(v.end_minute, 0);
  if (!v.meridiem && end_said && v.hour >= 1 && v.hour < 12 && (v.hour + 12) * 60 < end) {
    v.hour += 12;
    v.meridiem = true;
  }
  int start = v.hour * 60 + std::max(v.minute, 0);
  if (!end_said && end <= start && v.end_hour < 12) end += 12 * 60;
  if (end <= start || end > 24 * 60) {
    x3::_pass(ctx) = false;
    return;
  }
  bool to_the_hour = v.end_minute < 0 && v.minute <= 0;
  if (to_the_hour) end += 59;
  v.end_hour = end / 60;
  v.end_minute = end % 60;
  if (end_said) v.meridiem = true;
};
auto const clock_span_to = (-sp >> (lit('-') | lit("\xE2\x80\x93")) >> -sp) |
                           (sp >> no_case[lit("to") | lit("untill") | lit("until") | lit("till") |
                                          lit("through") | lit("thru")] >>
                            sp);
auto const clock_span_end =
    (digits1_2[set_end_hour] >> lit('h') >> -digits2[set_end_minute] >> word_end >>
     x3::eps[set_end_meridiem<3>]) |
    (digits1_2[set_end_hour] >> -(':' >> digits2[set_end_minute]) >>
     -(-sp >> (no_case[lit("a.m.") | lit("a.m") | lit("am")][set_end_meridiem<1>] |
               no_case[lit("p.m.") | lit("p.m") | lit("pm")][set_end_meridiem<2>])) >>
     word_end) |
    (no_case[hour_word][set_end_hour] >> sp >>
     (no_case[lit("a.m.") | lit("a.m") | lit("am")][set_end_meridiem<1>] |
      no_case[lit("p.m.") | lit("p.m") | lit("pm")][set_end_meridiem<2>]) >>
     word_end) |
    (no_case[lit("noon")] >> word_end >> x3::eps[([](auto& ctx) {
       x3::_val(ctx).end_hour = 12;
       x3::_val(ctx).end_minute = 0;
       x3::_val(ctx).end_meridiem = 2;
     })]);
auto const clock_span_tail = clock_span_to >> clock_span_end >> x3::eps[settle_clock_span];
// "3-4pm", "1 to 2 p.m.": a bare start hour is a time only when the end says a.m. or p.m.
auto const bare_hour_span =
    digits1_2[set_hour] >> clock_span_to >> clock_span_end >> x3::eps[([](auto& ctx) {
      x3::_pass(ctx) = x3::_val(ctx).end_meridiem == 1 || x3::_val(ctx).end_meridiem == 2;
    })] >>
    x3::eps[settle_clock_span];
auto const clock_core =
    ((digits1_2 >> ':' >> digits2)[set_time] >> -(-sp >> am_pm) >> word_end) |
    (digits1_2[set_hour] >> -sp >> am_pm >> word_end) |
    (hour_number >> -sp >> o_clock >> -(-sp >> am_pm) >> word_end) |
    (no_case[lit("noon") | lit("midday")][set_noon] >> word_end) |
    (no_case[lit("midnight")][set_midnight] >> word_end) |
    (no_case[lit("half")][half_minutes] >> sp >> no_case[lit("past")] >> sp >> hour_ref >>
     word_end) |
    (-(no_case[lit("a")] >> sp) >> no_case[lit("quarter")][quarter_minutes] >> sp >>
     past_or_to(hour_ref) >> word_end) |
    (minute_count >> sp >> minute_words >> sp >> past_or_to(hour_ref) >> word_end) |
    (minute_count >> sp >> past_or_to(hour_ref_strict) >> word_end) |
    (digits1_2[set_hour] >> lit('h') >> digits2[set_minute_of_hour] >> word_end >>
     x3::eps[([](auto& ctx) {
       x3::_pass(ctx) = x3::_val(ctx).hour < 24;
       x3::_val(ctx).meridiem = true; // "15h30", "3h18": a 24-hour clock
     })]);
// "3:15 in the afternoon", "4 a.m. EDT", "9:30 - 11:00", "3-4pm"
auto const clock = ((clock_core >> (clock_span_tail | x3::eps[clear_clock_end])) |
                    bare_hour_span) >>
                   -(sp >> no_case[lit("in the")] >> sp >> no_case[day_part_name][set_day_part] >>
                     word_end >> x3::eps[fit_hour_to_part]) >>
                   -(sp >> zone_name >> word_end);
// Actions are not undone when an alternative fails: an optional time that did not match must
// leave no hour behind ("Jan. 1, 1990 at 1,015 francs" is no 01:00).
inline auto clear_clock = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.hour = v.minute = -1;
  v.end_hour = v.end_minute = -1;
  v.has_time = false;
};
inline auto clear_time = [](auto& ctx) {
  clear_clock(ctx);
  x3::_val(ctx).day_part = 0;
};
// After a part of the day, a bare hour is enough: "this morning at 10", "tonight at 8".
auto const clock_after_part = (sp >> (no_case[lit("at")] | lit('@')) >> sp >>
                               (clock | (hour_number >> word_end)) >> x3::eps[fit_hour_to_part]) |
                              x3::eps[clear_clock];
// What may follow a day: "Monday at 3pm", "April 15, 12:00 AM", "Friday morning",
// "tomorrow evening at 8"; or nothing.
auto const time_of_day =
    (-lit(',') >> sp >> -((no_case[lit("at")] | lit('@') | no_case[lit("from")]) >> sp) >> clock) |
    (x3::eps[clear_time] >> sp >> no_case[day_part_name][set_day_part] >> word_end >>
     clock_after_part) |
    (x3::eps[clear_time] >> sp >> no_case[lit("in the")] >> sp >>
     no_case[day_part_name][set_day_part] >> word_end) |
    x3::eps[clear_time];

auto const iso_date = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                      digits4[check_year][set_year] >> '-' >> digits2[set_month] >> '-' >>
                      digits2[set_day] >> word_end >> x3::eps[check_day] >> time_of_day;

auto const month_word = month_name[set_month] >> word_end;
auto const month_word_any_case =
    (month_name[set_month] | lowercase_month_name[set_month]) >> word_end;

// April 15 | April 15, 2025 | Apr 24, 2025, 12:00 AM
// "Saturday, April 25", "Fri, Jul 18": the weekday picks the year of a date without one.

auto const weekday_before_date = (weekday_name[set_weekday] | weekday_abbreviation[set_weekday]) >>
                                 word_end >> -lit('.') >> -lit(',') >> sp;

// "July 13-15", "July 13 to 15", "Aug 8 - Aug 12", "July 30 - Aug 2": a run of days.
inline auto set_end_day = [](auto& ctx) { x3::_val(ctx).end_day = x3::_attr(ctx); };
inline auto set_end_month = [](auto& ctx) { x3::_val(ctx).end_month = x3::_attr(ctx); };
inline auto check_range = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  int end_month = v.end_month ? v.end_month : v.month;
  if (v.end_day < 1 || v.end_day > 31 || end_month < v.month ||
      (end_month == v.month && v.end_day <= v.day))
    x3::_pass(ctx) = false;
};
auto const range_dash = -sp >> (lit('-') | lit("\xE2\x80\x93")) >> -sp;
auto const day_range =
    (range_dash | (sp >> no_case[lit("to") | lit("through") | lit("thru") | lit("until")] >> sp)) >>
    -(month_word[set_end_month] >> word_end >> sp) >> digits1_2[set_end_day] >> -ordinal_suffix
    >> word_end >> x3::eps[check_range];
inline auto clear_range = [](auto& ctx) { x3::_val(ctx).end_day = x3::_val(ctx).end_month = 0; };

// April 15 | April 15, 2025 | Apr 24, 2025, 12:00 AM | March first | July 13-15
auto const month_day = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                       -weekday_before_date >> ((month_word_any_case >> sp >> day_number >>
                                                 (day_range | x3::eps[clear_range])) |
                                                (month_word >> sp >> -(no_case[lit("the")] >> sp) >>
                                                 no_case[day_ordinal_word][set_day] >> word_end)) >>
                       -(-lit(',') >> sp >> year) >> x3::eps[check_day] >> time_of_day;

// 15 April 2025 | 15th April | the 15th of April | the first of march | 15th february
// 13 to 15 July | the 13th to the 15th of July | 13-15 July ("13 and 15 July" are two days):
// a run, read after the first day number so that the number is parsed once.
auto const day_run_tail =
    (range_dash | (sp >> no_case[lit("to") | lit("through") | lit("thru") | lit("until")] >> sp)) >>
    -(no_case[lit("the")] >> sp) >> (digits1_2 >> -ordinal_suffix >> word_end)[set_end_day];
auto const ordinal_day = ((digits1_2 >> ordinal_suffix >> word_end)[set_day]) |
                         (no_case[day_ordinal_word][set_day] >> word_end);
auto const day_month =
    x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >> -(no_case[lit("the")] >> sp) >>
    ((day_number >>
      ((day_run_tail >> sp >> -(lit("of") >> sp) >> month_word_any_case >> x3::eps[check_range]) |
       (x3::eps[clear_range] >> sp >> -(lit("of") >> sp) >> month_word))) |
     (ordinal_day >> sp >> -(lit("of") >> sp) >> month_word_any_case) |
     (day_number >> sp >> lit("of") >> sp >> month_word_any_case)) >>
    -(-lit(',') >> sp >> year) >> x3::eps[check_day];

// the first Tuesday of October | last Monday of March 2014 | the last day of the month | the
// 20th of next month | third day of october: a day counted within a month.
struct nth_words : ascii_symbols<int> {
  nth_words() { add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("last", -1); }
};
inline const nth_words nth_word;
inline auto set_nth = [](auto& ctx) { x3::_val(ctx).nth_in_month = x3::_attr(ctx); };
inline auto nth_from_day = [](auto& ctx) {
  x3::_val(ctx).nth_in_month = x3::_val(ctx).day;
  x3::_val(ctx).day = 0;
};
auto const month_ref =
    (x3::eps[set_form<date_form::absolute>] >> month_word_any_case >> word_end >>
     -(-lit(',') >> sp >> year)) |
    (x3::eps[set_form<date_form::relative_unit>] >>
     x3::eps[([](auto& ctx) { x3::_val(ctx).unit = time_unit::month; })] >>
     ((-(no_case[lit("the")] >> sp) >> no_case[relative_word][set_direction] >> sp >>
       no_case[lit("month")]) |
      (no_case[lit("the")] >> sp >> -(no_case[lit("current")] >> sp) >> no_case[lit("month")])) >>
     word_end);
auto const day_in_month = x3::eps[reset] >> -(no_case[lit("the")] >> sp) >>
                          ((no_case[nth_word][set_nth] >> sp >>
                            ((weekday_name[set_weekday] >> word_end) |
                             (no_case[lit("day")] >> word_end))) |
                           ((ordinal_day | (digits1_2[set_day] >> word_end)) >>
                            x3::eps[nth_from_day] >> -(sp >> no_case[lit("day")] >> word_end))) >>
                          sp >> no_case[lit("of") | lit("in")] >> sp >> month_ref;

// October 2023 | March of 2024 | March last year | March of last year
inline auto set_year_direction = [](auto& ctx) {
  x3::_val(ctx).year_direction = x3::_attr(ctx);
  x3::_val(ctx).year_relative = true;
};
auto const month_year = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                        month_word_any_case >>
                        ((-lit(',') >> sp >> year) | (sp >> no_case[lit("of")] >> sp >> year) |
                         (sp >> -(no_case[lit("of")] >> sp) >>
                          no_case[relative_word][set_year_direction] >> sp >>
                          no_case[lit("year")] >> word_end));

// 10/31/1974 | 10/31/74: month first, as US news writes them. Which order a text uses is a
// guess, so such dates are never used as claims (narrative), only tagged.
inline auto set_numeric_date = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.month = boost::fusion::at_c<0>(x3::_attr(ctx));
  v.day = boost::fusion::at_c<1>(x3::_attr(ctx));
  int y = boost::fusion::at_c<2>(x3::_attr(ctx));
  v.year = y >= 100 ? y : (y < 50 ? 2000 + y : 1900 + y);
  v.narrative = true;
  if (v.month < 1 || v.day < 1 || v.year < 1000) x3::_pass(ctx) = false;
};
auto const numeric_date = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                          (digits1_2 >> '/' >> digits1_2 >> '/' >>
                           x3::uint_parser<int, 10, 2, 4>())[set_numeric_date] >>
                          word_end >> x3::eps[check_day];

// Q1 2025 | the first quarter of 2025 | the third quarter | fiscal first quarter (a company's
// own year: read as the calendar quarter of that name, as sources that compare them do) | the
// December quarter (the quarter ending in December)
inline auto set_quarter_of_month = [](auto& ctx) {
  x3::_val(ctx).count = (x3::_attr(ctx) + 2) / 3;
  x3::_val(ctx).end_month = x3::_attr(ctx); // "the quarter ended April 27": a fiscal quarter
};
inline auto set_year_back = [](auto& ctx) {
  x3::_val(ctx).year_relative = true;
  x3::_val(ctx).year_direction = -1;
};
auto const quarter =
    x3::eps[reset] >> x3::eps[set_form<date_form::quarter>] >>
    ((lit('Q') >> x3::uint_parser<int, 10, 1, 1>()[set_count] >> sp >> year) |
     (no_case[lit("the")] >> sp >> month_name[set_quarter_of_month] >> sp >>
      no_case[lit("quarter")] >> -(sp >> lit("of") >> sp >> year) >> word_end) |
     // the October-to-December quarter | the October-December quarter
     (no_case[lit("the")] >> sp >> month_name >>
      (lit("-to-") | lit('-') | (sp >> lit("to") >> sp)) >> month_name[set_quarter_of_month] >>
      sp >> no_case[lit("quarter")] >> word_end) |
     // the quarter ended December 31 | the three months ending Sept. 30, 2024
     (no_case[lit("the")] >> sp >>
      no_case[lit("quarter") | lit("three months") | lit("three-month period")] >> sp >>
      -(no_case[lit("that") | lit("which")] >> sp) >> no_case[lit("ended") | lit("ending")] >> sp >>
      month_name[set_quarter_of_month] >> word_end >> sp >> digits1_2 >> -ordinal_suffix >>
      word_end >> -(-lit(',') >> sp >> year)) |
     // the 1988 second quarter | the year-earlier third quarter (year_relative, one back)
     (-(no_case[lit("the")] >> sp >>
        -(no_case[lit("year-ago") | lit("year-earlier")][set_year_back] >> sp) >> -(year >> sp)) >>
      -(no_case[lit("fiscal")] >> sp) >>
      (no_case[ordinal_word][set_count] |
       (x3::uint_parser<int, 10, 1, 1>()[set_count] >> ordinal_suffix)) >>
      sp >> no_case[lit("quarter") | lit("qtr")] >> -(sp >> -(lit("of") >> sp) >> year) >>
      word_end)) >>
    x3::eps[([](auto& ctx) {
      if (x3::_val(ctx).count < 1 || x3::_val(ctx).count > 4) x3::_pass(ctx) = false;
    })];

auto const relative_core =
    no_case[relative_word][set_direction] >> sp >> no_case[unit_singular][set_unit] >> word_end;

// early March 2024 | mid-April | late last year | earlier this year | the end of 2024
// "the end of the month": this one, as the tagger reads it (weak: which month a narrative
// means is not always the publication's, so `check` never uses it).
struct the_unit_words : ascii_symbols<time_unit> {
  the_unit_words() {
    add("the week", time_unit::week)("the month", time_unit::month)("the year", time_unit::year);
  }
};
inline const the_unit_words the_unit_word;
auto const part_of =
    x3::eps[reset] >> no_case[part_word][set_part] >> (sp | lit('-')) >>
    ((x3::eps[set_form<date_form::relative_unit>] >> relative_core) |
     (x3::eps[set_form<date_form::relative_unit>] >> no_case[the_unit_word][set_unit] >> word_end >>
      x3::eps[([](auto& ctx) { x3::_val(ctx).weak = true; })]) |
     (x3::eps[set_form<date_form::absolute>] >> month_word >> -(-lit(',') >> sp >> year)) |
     (x3::eps[set_form<date_form::absolute>] >> year) |
     (x3::eps[set_form<date_form::deictic>] >> no_case[deictic_word][set_deictic] >> word_end) |
     (x3::eps[set_form<date_form::weekday>] >> weekday_name[set_weekday] >> word_end));

// the first half of 2024 | the second half of last year
struct half_words : ascii_symbols<period_part> {
  half_words() { add("first", period_part::first_half)("second", period_part::second_half); }
};
inline const half_words half_word;
auto const half_of = x3::eps[reset] >>
                     -(no_case[lit("the")] >> sp) >> no_case[half_word][set_part] >> sp
                     >> no_case[lit("half")] >> sp >> no_case[lit("of")] >> sp >>
                     ((x3::eps[set_form<date_form::relative_unit>] >> relative_core) |
                      (x3::eps[set_form<date_form::absolute>] >> year));

// "2 1/2", "2.5", "two and a half" (the half after the unit: "an hour and a half"), "half an".
inline auto set_half = [](auto& ctx) { x3::_val(ctx).and_half = true; };
auto const half_fraction = (lit(" 1/2") | lit(".5") | lit("\xC2\xBD")) >> &(sp | lit('-'));
auto const count =
    ((digits1_3[set_count] | number_in_words[set_count]) >>
     -(half_fraction | (sp >> no_case[lit("and a half")] >> &sp))[set_half]) |
    (no_case[lit("half")] >> sp >> no_case[lit("an") | lit("a")] >> &sp)[([](auto& ctx) {
      x3::_val(ctx).count = 0;
      x3::_val(ctx).and_half = true;
    })];
auto const and_a_half = -(sp >> no_case[lit("and a half")] >> word_end)[set_half];

// four years ago | 3 months earlier | a year later
auto const
    offset = x3::eps[reset] >> x3::eps[set_form<date_form::offset>] >> count >> sp >>
             (no_case[unit_plural][set_unit] | no_case[unit_singular][set_unit]) >> and_a_half >> sp
             >> no_case[direction_word][set_offset_direction] >> word_end;

// months prior | weeks ago | a few years earlier | several months ago
auto const vague_quantifier =
    no_case[lit("several") | lit("a few") | lit("few") | lit("some") | lit("many")] >> sp;
auto const vague_offset = x3::eps[reset] >> x3::eps[set_form<date_form::vague_offset>] >>
                          -vague_quantifier >> no_case[unit_plural][set_unit] >> sp >>
                          no_case[direction_word][set_offset_direction] >> word_end;

// last year | this week | next month
auto const relative_unit =
    x3::eps[reset] >> x3::eps[set_form<date_form::relative_unit>] >> relative_core;

inline auto set_directed = [](auto& ctx) { x3::_val(ctx).directed = true; };
inline auto set_season = [](auto& ctx) { x3::_val(ctx).season = x3::_attr(ctx); };

// last August | this March | next May (capitalized: "this may" is a verb)
auto const directed_month = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                            no_case[relative_word][set_direction] >> sp >> month_word >>
                            x3::eps[set_directed];

// last fall | this summer | next spring | the spring of 2024 | summer 2025 | the winter
auto const season_expr = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                         ((no_case[relative_word][set_direction] >> sp >>
                           no_case[season_name][set_season] >> word_end >> x3::eps[set_directed]) |
                          (-(no_case[lit("the")] >> sp) >> no_case[season_name][set_season] >> sp >>
                           -(no_case[lit("of")] >> sp) >> year) |
                          (no_case[lit("the")] >> sp >> no_case[season_name][set_season] >>
                           word_end));

// Monday | last Tuesday | next Friday
auto const weekday_expr = x3::eps[reset] >> x3::eps[set_form<date_form::weekday>] >>
                          -((no_case[relative_word] >> sp)[set_direction]) >>
                          weekday_name[set_weekday] >> word_end >> time_of_day;

// today | yesterday evening | tomorrow at 5pm | the day after tomorrow | tonight | this
// morning | last night
inline auto set_count_to = [](int n) { return [n](auto& ctx) { x3::_val(ctx).count = n; }; };
auto const deictic =
    x3::eps[reset] >> x3::eps[set_form<date_form::deictic>] >>
    ((no_case[deictic_word][set_deictic] >> word_end >> time_of_day) |
     (-(no_case[lit("the")] >> sp) >> no_case[lit("day")] >> sp >>
      ((no_case[lit("after")] >> sp >> no_case[lit("tomorrow")])[set_count_to(2)] |
       (no_case[lit("before")] >> sp >> no_case[lit("yesterday")])[set_count_to(-2)]) >>
      word_end >> time_of_day) |
     (no_case[lit("tonight")] >> x3::eps[([](auto& ctx) { x3::_val(ctx).day_part = 4; })] >>
      word_end >> clock_after_part) |
     (no_case[lit("this")] >> sp >> no_case[day_part_name][set_day_part] >> word_end >>
      clock_after_part) |
     (no_case[lit("last")] >> sp >> no_case[lit("night")] >> word_end >> x3::eps[([](auto& ctx) {
        x3::_val(ctx).count = -1;
        x3::_val(ctx).day_part = 4;
      })]));

// 3pm | noon Thursday | 10 p.m. Wednesday | 5 p.m. EST Nov. 9 | 8 tonight: a time of day alone
// is on the reference day and weak (the tagger's: "at 3pm" dates no event for `check`); with a
// day it is as strong as the day.
inline auto unweak = [](auto& ctx) {
  x3::_val(ctx).weak = false;
  x3::_val(ctx).clock_only = false;
};
auto const day_after_clock =
    -lit(',') >> sp >> -(no_case[lit("on")] >> sp) >>
    ((weekday_name[set_weekday] >> word_end >> !(-lit(',') >> sp >> month_word_any_case) >>
      x3::eps[set_form<date_form::weekday>]) |
     (no_case[deictic_word][set_deictic] >> word_end >>
      -(sp >> no_case[day_part_name][set_day_part] >> word_end)) |
     (no_case[lit("tonight")] >> word_end) |
     (no_case[lit("this")] >> sp >> no_case[day_part_name][set_day_part] >> word_end) |
     (-weekday_before_date >> month_word_any_case >> sp >> day_number >>
      -(-lit(',') >> sp >> year) >> x3::eps[check_day] >>
      x3::eps[set_form<date_form::absolute>])) >>
    x3::eps[unweak];
inline auto start_clock_only = [](auto& ctx) {
  x3::_val(ctx).form = date_form::deictic;
  x3::_val(ctx).weak = true;
  x3::_val(ctx).clock_only = true;
};
auto const clock_expr = x3::eps[reset] >> x3::eps[start_clock_only] >> clock >> -day_after_clock >>
                        x3::eps[fit_hour_to_part];
// "between 9:30 and 11:00 on Thursday", "between 3:30pm and 6 pm": a span of the clock.
auto const between_clocks =
    &no_case[lit("between ")] >> x3::eps[reset] >> x3::eps[start_clock_only] >>
    no_case[lit("between")] >> sp >> clock_core >> sp >> no_case[lit("and")] >> sp >>
    clock_span_end >> x3::eps[settle_clock_span] >> -day_after_clock >> x3::eps[fit_hour_to_part];

// now | currently (PRESENT_REF) | recently | the past (PAST_REF) | the future (FUTURE_REF):
// references to the time of writing, with no calendar day of their own.
struct reference_words : ascii_symbols<int> {
  reference_words() {
    add("now", 0)("currently", 0)("recently", -1)("the past", -1)("the future", +1);
    // (Recent months, weeks and quarters are lengths: TimeBank writes them PXM, PXW.)
    add("recent years", -1)("recent days", -1);
  }
};
inline const reference_words reference_word;
auto const present = x3::eps[reset] >> x3::eps[set_form<date_form::present>] >>
                     no_case[reference_word][set_direction] >> word_end;

// third-quarter | first-quarter (profit): a quarter of the reference year.
// "second-quarter sales": an adjective, so weak (no event's date; an amount's period, see
// period_of in mentions.cpp).
auto const ordinal_quarter = x3::eps[reset] >> x3::eps[set_form<date_form::quarter>] >>
                             x3::eps[set_weak] >> no_case[ordinal_word][set_count] >>
                             lit('-') >> no_case[lit("quarter")] >> word_end;

// ten years | the past three months | a five-year plan | a couple of years: a length of time.
// Not an age: "a 6-year-old boy".
// Hours and minutes, for lengths only: "five hours", "a 16-hour shift", "within 24 hours of".
struct clock_unit_names : ascii_symbols<time_unit> {
  clock_unit_names() {
    add("hour", time_unit::hour)("hours", time_unit::hour)("minute", time_unit::minute)(
        "minutes", time_unit::minute);
  }
};
inline const clock_unit_names clock_unit;

struct recent_length_names : ascii_symbols<time_unit> {
  recent_length_names() {
    add("months", time_unit::month)("weeks", time_unit::week)("quarters", time_unit::quarter);
  }
};
inline const recent_length_names recent_length;

// the nine months (ended Sept. 30) | the past few weeks | the coming years | the past year
// Which way a length is counted from now: "the past two weeks" back, "the next three days"
// ahead, "the first two years" neither.
struct span_words : ascii_symbols<int> {
  span_words() { add("past", -1)("last", -1)("next", +1)("first", 0)("coming", +1); }
};
inline const span_words span_word_table;
auto const span_word = no_case[span_word_table][set_direction];
auto const duration =
    x3::eps[reset] >> x3::eps[set_form<date_form::duration>] >>
    ((no_case[lit("the")] >> sp >>
      // ("the two-week trip": TimeML tags the adjective without its article)
      ((-(span_word >> sp) >> count >> sp >>
        (no_case[unit_plural][set_unit] | no_case[unit_singular][set_unit] |
         no_case[clock_unit][set_unit]) >>
        word_end) |
       (span_word >> sp >> -(no_case[lit("few") | lit("several") | lit("couple of")] >> sp) >>
        no_case[unit_plural][set_unit] >> word_end) |
       (no_case[lit("past") | lit("last")] >> sp >> no_case[unit_singular][set_unit] >> word_end >>
        x3::eps[set_count_to(1)]))) |
     (-(span_word >> sp) >> count >> (sp | lit('-')) >>
      (no_case[unit_plural][set_unit] | no_case[unit_singular][set_unit] |
       no_case[clock_unit][set_unit]) >>
      word_end >> !(lit('-') >> no_case[lit("old")]) >> and_a_half) |
     (span_word >> sp >> -(no_case[lit("few") | lit("several") | lit("couple of")] >> sp) >>
      no_case[unit_plural][set_unit] >> word_end) |
     (no_case[lit("recent")] >> sp >> no_case[recent_length][set_unit] >> word_end));

// the quarter | the latest quarter | the most recent quarter | the latest period | that same
// quarter: in financial news, the last quarter reported (count 0, direction -1); the current
// quarter: the one under way (direction 0). Weak: the tagger's, never a claim by itself (an
// amount in "the quarter" takes the quarter its text named last, see mentions.cpp).
auto const reported_quarter =
    x3::eps[reset] >> x3::eps[set_form<date_form::quarter>] >> x3::eps[set_weak] >>
    x3::eps[([](auto& ctx) { x3::_val(ctx).direction = -1; })] >>
    // (Bare "that quarter" is left to the reader: TimeBank leaves it untagged.)
    ((no_case[lit("that")] >> sp >> no_case[lit("same")] >> sp >> no_case[lit("quarter")]) |
     (no_case[lit("the")] >> sp >> no_case[lit("same")] >> sp >> no_case[lit("quarter")]) |
     (no_case[lit("the")] >> sp >>
      ((no_case[lit("current")] >> sp >>
        no_case[lit("quarter")])[([](auto& ctx) { x3::_val(ctx).direction = 0; })] |
       (-(no_case[lit("latest") | lit("most recent") | lit("just-ended")] >> sp) >>
        no_case[lit("quarter")]) |
       (no_case[lit("latest")] >> sp >> no_case[lit("period")])))) >>
    word_end;

// the weekend | this weekend | last weekend: Saturday and Sunday of a week. Weak: which weekend
// "the weekend" is depends on tense and is the tagger's guess.
auto const weekend = x3::eps[reset] >> x3::eps[set_form<date_form::relative_unit>] >>
                     x3::eps[set_weak] >> x3::eps[([](auto& ctx) {
                       x3::_val(ctx).unit = time_unit::week;
                       x3::_val(ctx).part = period_part::weekend;
                     })] >>
                     (no_case[lit("the")] | no_case[relative_word][set_direction]) >> sp
                     >> no_case[lit("weekend")] >> word_end;

// the year-ago quarter | the year-earlier period: the reported quarter a year back. Weak.
auto const year_ago_quarter =
    x3::eps[reset] >> x3::eps[set_form<date_form::quarter>] >> x3::eps[set_weak] >>
    x3::eps[([](auto& ctx) { x3::_val(ctx).direction = -5; })] >> no_case[lit("the")] >> sp >>
    no_case[lit("year-ago") | lit("year-earlier") | lit("year ago") | lit("year earlier")] >> sp >>
    no_case[lit("quarter") | lit("period")] >> word_end;

// the 1988 quarter | the 1989 period: the quarter reported (as "the quarter" names it) in that
// year. Weak.
auto const year_quarter =
    x3::eps[reset] >> x3::eps[set_form<date_form::quarter>] >> x3::eps[set_weak] >>
    x3::eps[([](auto& ctx) { x3::_val(ctx).direction = -1; })] >> no_case[lit("the")] >> sp >>
    year >> sp >> no_case[lit("quarter") | lit("period")] >> word_end;

// the week | the month | year-end: this week, this month, the end of this year. Weak.
struct this_unit_words : ascii_symbols<time_unit> {
  this_unit_words() { add("week", time_unit::week)("month", time_unit::month); }
};
inline const this_unit_words this_unit_word;
auto const this_week = x3::eps[reset] >> x3::eps[set_form<date_form::relative_unit>] >>
                       x3::eps[set_weak] >> no_case[lit("the")] >> sp >>
                       no_case[this_unit_word][set_unit] >> word_end;
auto const year_end = x3::eps[reset] >> x3::eps[set_form<date_form::relative_unit>] >>
                      x3::eps[set_weak] >> x3::eps[([](auto& ctx) {
                        x3::_val(ctx).unit = time_unit::year;
                        x3::_val(ctx).part = period_part::late;
                      })] >>
                      no_case[lit("year-end")] >> word_end;

// daily | weekly | every month | each year: a recurrence (TimeML SET). Weak.
struct recurrence_words : ascii_symbols<time_unit> {
  recurrence_words() {
    // "quarterly" and "annually" mostly qualify a report or a dividend, not a time.
    add("daily", time_unit::day)("weekly", time_unit::week)("monthly", time_unit::month)(
        "yearly", time_unit::year);
  }
};
inline const recurrence_words recurrence_word;
auto const recurrence = x3::eps[reset] >> x3::eps[set_form<date_form::set>] >> x3::eps[set_weak] >>
                        ((no_case[recurrence_word][set_unit] >> word_end) |
                         (no_case[lit("every") | lit("each")] >> sp >>
                          no_case[unit_singular][set_unit] >> word_end));

// the 1990s
auto const decade = x3::eps[reset] >> -(no_case[lit("the")] >> sp) >> digits4[set_decade] >>
                    -lit('\'') >> lit('s') >> word_end;

// "in February", but not the "February" of an impossible "on February 30, 2025".
auto const bare_month = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >> month_word >>
                        !(sp >> x3::ascii::digit);
auto const bare_year = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >> plain_year;

// A year standing alone before a word ("the 1990 budget", "1990's"): the tagger's; `check`
// needs "in 2024".
auto const weak_year = bare_year >> &((sp >> x3::ascii::lower) | lit('\'')) >> x3::eps[set_weak];

// Thanksgiving | Christmas Day 2024 | next Easter | Thanksgiving of next year: names from
// rules/holidays.toml (see use_holidays), any case.
inline ascii_symbols<int> holiday_name;       // lowercase ASCII keys, matched in any case
inline ascii_symbols<int> holiday_name_exact; // keys with other bytes, matched as written
inline auto set_directed_direction = [](auto& ctx) {
  x3::_val(ctx).direction = x3::_attr(ctx);
  x3::_val(ctx).directed = true;
};
auto const
    holiday_expr = x3::eps[reset] >> x3::eps[set_form<date_form::holiday>] >>
                   -(no_case[relative_word][set_directed_direction] >> sp) >>
                   (holiday_name_exact[set_count] | no_case[holiday_name][set_count]) >> word_end >>
                   -((-lit(',') >> sp >> year) | (sp >> no_case[lit("of")] >> sp >>
                                                  no_case[relative_word][set_year_direction] >>
                                                  sp >> no_case[lit("year")] >> word_end));

// The rare forms last: every date start tries the alternatives in order.
// Every attempt that is no other date reaches the clock: only a digit or a clock word opens it.
auto const clock_start =
    &(x3::ascii::digit | no_case[lit("noon") | lit("midnight") | lit("midday")]) >> clock_expr;
// "a quarter to noon", "half past three" before "a quarter" (of a year) is read.
auto const quarter_or_half_clock =
    (&no_case[lit("a quarter") | lit("quarter") | lit("half")] >> clock_expr) |
    // "20 minutes past 3pm" before "20 minutes" (a length) is read
    (&(omit[digits1_2 | no_case[number_word]] >> sp >> no_case[lit("minutes") | lit("minute")] >>
       sp >> no_case[lit("past") | lit("after") | lit("to") | lit("from")]) >>
     clock_expr);
// the week of March 6 | the week of 6 March 2000: the week holding that day.
auto const week_of = no_case[lit("the week of")] >> sp >> (month_day | day_month) >>
                     x3::eps[([](auto& ctx) { x3::_val(ctx).part = period_part::week_holding; })];

// "nineteen ninety-six", "the year two thousand".
auto const
    year_words_alone = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                       ((no_case[lit("the year")] >> sp >>
                         (year | (no_case[lit("two thousand")] >>
                                  word_end)[([](auto& ctx) { x3::_val(ctx).year = 2000; })])) |
                        (year_in_words_start >> year_in_words[set_year]));
// fiscal 2025 | fiscal year 2024
inline auto set_fiscal = [](auto& ctx) {
  x3::_val(ctx).fiscal = true;
  x3::_val(ctx).weak = true;
};
auto const fiscal_year = x3::eps[reset] >> x3::eps[set_form<date_form::absolute>] >>
                         no_case[lit("fiscal year") | lit("fiscal")] >> sp >> year >>
                         x3::eps[set_fiscal];
// The forms in the order they are tried, split by the first byte: a form that opens with a
// built-in word cannot match at a digit, and one that opens with digits alone cannot match at
// a word. Each list keeps the order of the whole, so the first form to match is the same; the
// scanner is spared some twenty failing forms at each number. Forms opening with words from
// rules/ (months, weekdays, seasons, holidays) stay in both: a user's word may start with one.
auto const strong_at_digit = iso_date | numeric_date | quarter | month_day | month_year |
                             day_month | day_in_month | offset | weekday_expr | decade |
                             quarter_or_half_clock | duration | season_expr | holiday_expr |
                             clock_start;
auto const strong_at_word =
    fiscal_year | quarter | week_of | part_of | month_day | month_year | day_month | day_in_month |
    offset | vague_offset | relative_unit | weekday_expr | deictic | decade |
    quarter_or_half_clock | duration | present | ordinal_quarter | year_ago_quarter | year_quarter |
    reported_quarter | weekend | this_week | year_end | recurrence | season_expr | directed_month |
    half_of | holiday_expr | year_words_alone | clock_start | between_clocks;
auto const strong_standalone =
    (&x3::ascii::digit >> strong_at_digit) | (!x3::ascii::digit >> strong_at_word);
auto const standalone = strong_standalone | weak_year;
// "in 2024", the commonest date of all, first: no other form opens with a year standing alone
// (the ISO date continues with "-"), so the thirty forms before need not fail one by one.
auto const year_alone = bare_year >> !(lit('-') | lit('/'));
auto const after_preposition = year_alone | strong_standalone | bare_month | bare_year;

auto const preposition_clause = (no_case[preposition] >> sp)[([](auto& ctx) {
  x3::_val(ctx).relation = x3::_attr(ctx);
  x3::_val(ctx).has_preposition = true;
})];
auto const approximator_clause = (no_case[approximator] >> sp)[set_approximate];

auto const date_expr_def = x3::eps[([](auto& ctx) { x3::_val(ctx) = date_ast{}; })] >>
                           ((preposition_clause >> -approximator_clause >> after_preposition) |
                            (x3::eps[([](auto& ctx) { x3::_val(ctx) = date_ast{}; })] >>
                             -approximator_clause >> standalone));

BOOST_SPIRIT_DEFINE(sp)
BOOST_SPIRIT_DEFINE(number_in_words, year_in_words)

} // namespace date_grammar

date_expr_type const date_expr_rule = "date expression";
auto const date_expr_rule_def = date_grammar::date_expr_def;
BOOST_SPIRIT_DEFINE(date_expr_rule)

date_expr_type const& date_expr() {
  return date_expr_rule;
}

} // namespace factline::grammar
