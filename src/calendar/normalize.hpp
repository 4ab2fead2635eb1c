#pragma once
// From what a sentence says (grammar::date_ast) to the days it can mean (an interval), using the
// publication date for everything relative. Every unit of arithmetic goes through date.h.
#include "calendar/holidays.hpp"
#include "calendar/interval.hpp"
#include "grammar/ast.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace factline::calendar {

// "months prior" means between min and max months before the anchor. Data, from rules/time.toml.
struct vague_bound {
  int min = 2;
  int max = 11;
};

struct time_settings {
  // Indexed by grammar::time_unit: day, week, month, quarter, year, decade.
  std::array<vague_bound, 6> vague{{{2, 6}, {2, 6}, {2, 11}, {2, 3}, {2, 10}, {2, 5}}};
  // "around five years ago" widens by this share of the count, in the same unit, each side.
  double approximate_widen = 0.2;
  // Documents that announce (schedules, invitations): a bare "Monday" or "April 15" lies ahead
  // of the reference date rather than nearest to it.
  bool prefer_future = false;
  // The reference time of day in minutes (--dct 2013-02-12T04:30), -1 when only a day is known:
  // a time of day alone that has passed lies on the next day under prefer_future.
  int reference_minute = -1;
  // Holidays by name (rules/holidays.toml); a holiday expression's count indexes this list.
  std::vector<holiday_rule> holidays;
};

struct normalized {
  std::optional<interval> value; // empty when the expression cannot be placed
  bool needs_anchor = false;     // relative, and the document has no publication date
};

// "two months after", "weeks before", "within a week of": how many days the offset spans, as
// [min, max] (both >= 0; the sentence gives the direction).
std::pair<long, long> offset_days(const grammar::date_ast& ast, const time_settings& settings);

normalized normalize(const grammar::date_ast& ast, const std::optional<interval>& anchor,
                     const time_settings& settings);

// "the past two weeks", "the next three months", "last 2 years": a length counted back or
// ahead from the anchor day is also a span of whole units next to the one holding it (the two
// weeks before this one). For the tagger's json; a length never becomes a claim.
std::optional<interval> span_next_to(const grammar::date_ast& ast, date::sys_days anchor_day);

} // namespace factline::calendar
