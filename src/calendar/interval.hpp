#pragma once
// Calendar intervals: every date factline knows is a half-open range of days
// [begin, end) with the precision it was stated at.
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace factline::calendar {

enum class precision { day, week, month, quarter, season, year, decade, vague };

std::string_view to_string(precision p);

// Open ends ("by 2030" has no earliest day) use these sentinels.
inline constexpr date::sys_days far_past = date::sys_days{date::year{1} / 1 / 1};
inline constexpr date::sys_days far_future = date::sys_days{date::year{9999} / 12 / 31};

struct interval {
  date::sys_days begin;
  date::sys_days end; // exclusive
  precision prec = precision::day;
  bool approximate = false;

  date::sys_days last() const { return end - date::days{1}; }
  bool open_begin() const { return begin <= far_past; }
  bool open_end() const { return end >= far_future; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const interval&, const interval&) = default;
};

interval day_of(date::sys_days d);
interval day_of(date::year_month_day ymd);
interval month_of(date::year_month ym);
interval year_of(date::year y);
interval days_between(date::sys_days first, date::sys_days last_inclusive, precision p);

// Smallest interval holding both; precision is the coarser of the two.
interval hull(const interval& a, const interval& b);
// Empty optional when the two do not overlap.
std::optional<interval> intersect(const interval& a, const interval& b);
// Days between the end of the earlier and the start of the later; 0 when they touch or overlap.
long gap_days(const interval& a, const interval& b);

// Month arithmetic on year_month with the day clamped to the month's end (Mar 31 - 1 month =
// Feb 28), as date.h recommends: the caller chooses to snap rather than overflow.
date::sys_days add_months(date::sys_days d, int months);

std::string format_day(date::sys_days d); // YYYY-MM-DD
// "2025-04-15", "2025-04", "2025" or "2025-04-15..2025-05-02", as precise as the interval is.
std::string describe(const interval& i);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed or impossible (2025-02-30).
std::optional<interval> parse_partial_date(std::string_view text);

} // namespace factline::calendar
