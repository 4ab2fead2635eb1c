#include "calendar/normalize.hpp"

#include <cmath>
#include <cstdlib>

namespace factline::calendar {

namespace {

using grammar::date_ast;
using grammar::date_form;
using grammar::period_part;
using grammar::time_unit;

date::year_month_day ymd_of(date::sys_days d) {
  return date::year_month_day{d};
}

// The whole unit-long period holding d: its week (Monday first), month, quarter, year, decade.
interval period_holding(date::sys_days d, time_unit unit) {
  auto ymd = ymd_of(d);
  switch (unit) {
  case time_unit::day:
  case time_unit::hour:
  case time_unit::minute:
    return day_of(d);
  case time_unit::week: {
    date::sys_days monday = d - (date::weekday{d} - date::Monday);
    return {monday, monday + date::days{7}, precision::week};
  }
  case time_unit::month:
    return month_of(ymd.year() / ymd.month());
  case time_unit::quarter: {
    unsigned first = (unsigned(ymd.month()) - 1) / 3 * 3 + 1;
    date::year_month ym{ymd.year(), date::month{first}};
    return {date::sys_days{ym / 1}, date::sys_days{(ym + date::months{3}) / 1}, precision::quarter};
  }
  case time_unit::year:
    return year_of(ymd.year());
  case time_unit::decade: {
    int start = int(ymd.year()) / 10 * 10;
    return {date::sys_days{date::year{start} / 1 / 1},
            date::sys_days{date::year{start + 10} / 1 / 1}, precision::decade};
  }
  }
  return day_of(d);
}

date::sys_days shift(date::sys_days d, time_unit unit, int n) {
  switch (unit) {
  case time_unit::day:
    return d + date::days{n};
  case time_unit::hour:
  case time_unit::minute:
    return d; // factline dates to the day
  case time_unit::week:
    return d + date::days{7 * n};
  case time_unit::month:
    return add_months(d, n);
  case time_unit::quarter:
    return add_months(d, 3 * n);
  case time_unit::year:
    return add_months(d, 12 * n);
  case time_unit::decade:
    return add_months(d, 120 * n);
  }
  return d;
}

// early / mid / late thirds of a month or a year; "earlier"/"later" split at the anchor day.
interval part_of(const interval& whole, period_part part, date::sys_days anchor_day) {
  if (part == period_part::week_holding) return period_holding(whole.begin, time_unit::week);
  // A single day has no thirds: "late yesterday" is yesterday.
  if (part == period_part::whole || whole.end - whole.begin == date::days{1}) return whole;
  if (part == period_part::weekend) // weeks begin on Monday
    return {whole.begin + date::days{5}, whole.begin + date::days{7}, precision::week};
  if (part == period_part::first_half || part == period_part::second_half) {
    date::sys_days middle = add_months(whole.begin, 6);
    return part == period_part::first_half ? interval{whole.begin, middle, precision::vague}
                                           : interval{middle, whole.end, precision::vague};
  }
  if (part == period_part::earlier_part) {
    date::sys_days end = std::min(whole.end, anchor_day + date::days{1});
    return {whole.begin, std::max(end, whole.begin + date::days{1}), precision::vague};
  }
  if (part == period_part::later_part) {
    date::sys_days begin = std::max(whole.begin, anchor_day);
    return {std::min(begin, whole.last()), whole.end, precision::vague};
  }
  int third = part == period_part::early ? 0 : part == period_part::mid ? 1 : 2;
  if (whole.prec == precision::month) {
    date::sys_days b = whole.begin + date::days{10 * third};
    date::sys_days e = third == 2 ? whole.end : whole.begin + date::days{10 * (third + 1)};
    return {b, e, precision::vague};
  }
  if (whole.prec == precision::year) {
    date::sys_days b = add_months(whole.begin, 4 * third);
    date::sys_days e = add_months(whole.begin, 4 * (third + 1));
    return {b, e, precision::vague};
  }
  // A week: Monday to Wednesday, Wednesday to Thursday, Friday to Sunday ("early next week" is
  // Monday to Wednesday, as Duckling and a planner read it; the thirds overlap at their edges).
  auto len = (whole.end - whole.begin).count();
  if (len == 7) {
    static constexpr int week_thirds[3][2] = {{0, 3}, {2, 4}, {4, 7}};
    return {whole.begin + date::days{week_thirds[third][0]},
            whole.begin + date::days{week_thirds[third][1]}, precision::vague};
  }
  // Other periods: thirds by days.
  date::sys_days b = whole.begin + date::days{len * third / 3};
  date::sys_days e = whole.begin + date::days{len * (third + 1) / 3};
  return {b, e, precision::vague};
}

// "the quarter ended April 27", "the three months ending January 31": a company's fiscal
// quarter, the three months ending with that month, not the calendar quarter holding it. Calendar
// quarter ends (March, June, September, December) keep the calendar quarter.
interval fiscal_quarter(const interval& calendar_quarter, const date_ast& ast) {
  if (ast.end_month == 0 || ast.end_month % 3 == 0) return calendar_quarter;
  date::year_month_day first{calendar_quarter.begin};
  date::year_month last{first.year(), date::month(unsigned(ast.end_month))};
  return {date::sys_days{(last - date::months{2}) / 1},
          date::sys_days{(last + date::months{1}) / 1}, precision::vague};
}

// The three months of a season of a year (winter: December to February, named by its
// December, as TimeML does).
interval season_of(int year, int season) {
  date::year_month first{date::year{year}, date::month(unsigned(3 * season))};
  return {date::sys_days{first / 1}, date::sys_days{(first + date::months{3}) / 1},
          precision::season};
}

// A date stated without its year takes the year that puts it closest to the anchor day;
// "last August" the latest August before the anchor's month, "next spring" the first spring
// after the anchor's, "this fall" the anchor year's.
interval closest_year(const date_ast& ast, date::sys_days anchor_day, bool prefer_future = false) {
  int anchor_year = int(ymd_of(anchor_day).year());
  if (ast.directed) {
    auto of_year = [&](int y) {
      return ast.season != 0
                 ? season_of(y, ast.season)
                 : month_of(date::year_month{date::year{y}, date::month(unsigned(ast.month))});
    };
    interval current =
        ast.season != 0
            ? season_of(anchor_year, ast.season)
            : month_of(date::year_month{ymd_of(anchor_day).year(), ymd_of(anchor_day).month()});
    if (ast.direction == 0) { // "this winter" in January is the winter under way
      interval last_winter = season_of(anchor_year - 1, 4);
      return ast.season == 4 && anchor_day < last_winter.end ? last_winter : of_year(anchor_year);
    }
    for (int step = 0; step < 3; ++step) {
      int y = ast.direction < 0 ? anchor_year - step : anchor_year + step;
      interval candidate = of_year(y);
      // A winter under way began the December before: "this winter" in January.
      if (ast.direction < 0 ? candidate.end <= current.begin && candidate.end <= anchor_day
                            : candidate.begin >= current.end && candidate.begin > anchor_day)
        return candidate;
    }
    return of_year(anchor_year + ast.direction);
  }
  // "Saturday, April 25": the year whose April 25 is a Saturday, whatever the tense says.
  auto weekday_fits = [&](int y) {
    if (ast.weekday < 0 || ast.day == 0) return false;
    date::year_month_day ymd{date::year{y}, date::month(unsigned(ast.month)),
                             date::day(unsigned(ast.day))};
    return ymd.ok() && date::weekday{date::sys_days{ymd}} == date::weekday{unsigned(ast.weekday)};
  };
  bool by_weekday = false;
  for (int y = anchor_year - 1; y <= anchor_year + 1; ++y)
    by_weekday = by_weekday || weekday_fits(y);
  std::optional<interval> best;
  long best_distance = 0;
  for (int y = anchor_year - 1; y <= anchor_year + 1; ++y) {
    if (by_weekday && !weekday_fits(y)) continue;
    interval candidate;
    date::year_month ym{date::year{y}, date::month(unsigned(std::max(ast.month, 1)))};
    if (ast.season != 0) {
      candidate = season_of(y, ast.season);
    } else if (ast.day != 0) {
      date::year_month_day ymd{ym / date::day(unsigned(ast.day))};
      if (!ymd.ok()) continue; // February 29 in a common year
      candidate = day_of(ymd);
    } else {
      candidate = month_of(ym);
    }
    candidate = part_of(candidate, ast.part, anchor_day);
    long distance = std::labs((candidate.begin - anchor_day).count()) +
                    std::labs((candidate.last() - anchor_day).count());
    if (!by_weekday) {
      // Ahead of the anchor only: an announcement, or a clause in the future tense; behind
      // it in the past tense ("stepped down in March"; tense.cpp keeps "payable Dec. 15" out).
      if ((prefer_future || ast.tense > 0) && candidate.last() < anchor_day) continue;
      if (!prefer_future && ast.tense < 0 && candidate.begin > anchor_day) continue;
    }
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best ? *best : day_of(anchor_day);
}

date::sys_days weekday_near(date::sys_days d, int weekday, int direction) {
  date::weekday wd{unsigned(weekday)};
  if (direction > 0)
    return d + ((wd - date::weekday{d}) == date::days{0} ? date::days{7} : (wd - date::weekday{d}));
  date::sys_days back = d - (date::weekday{d} - wd); // on or before d
  if (direction < 0 && back == d) back -= date::days{7};
  return back;
}

} // namespace

std::optional<interval> span_next_to(const date_ast& ast, date::sys_days anchor_day) {
  if (ast.form != date_form::duration || ast.direction == 0 || ast.count <= 0 || ast.and_half)
    return std::nullopt;
  if (ast.unit == time_unit::hour || ast.unit == time_unit::minute || ast.unit == time_unit::decade)
    return std::nullopt; // factline dates to the day
  interval current = period_holding(anchor_day, ast.unit);
  interval span =
      ast.direction < 0
          ? interval{shift(current.begin, ast.unit, -ast.count), current.begin, current.prec}
          : interval{current.end, shift(current.end, ast.unit, ast.count), current.prec};
  return span;
}

std::pair<long, long> offset_days(const date_ast& ast, const time_settings& settings) {
  // The shortest and longest a unit can be: February to a 31-day month, and so on.
  static const std::pair<long, long> unit_days[] = {{1, 1},     {7, 7},       {28, 31}, {89, 92},
                                                    {365, 366}, {3652, 3653}, {0, 1},   {0, 1}};
  auto [shortest, longest] = unit_days[std::size_t(ast.unit)];
  double low = ast.count + (ast.and_half ? 0.5 : 0.0), high = low;
  if (ast.form == date_form::vague_offset) {
    const auto& bound = settings.vague[std::min<std::size_t>(std::size_t(ast.unit), 5)];
    low = bound.min;
    high = bound.max;
  } else if (ast.approximate) {
    double widen = std::max(1.0, ast.count * settings.approximate_widen);
    low = std::max(0.0, low - widen);
    high += widen;
  }
  return {std::lround(low * double(shortest)), std::lround(high * double(longest))};
}

namespace {

// "Thanksgiving": the one nearest the anchor day (ahead of it for an announcement or a clause
// in the future tense); "next/last Christmas" the first after/before it; "this Easter" and
// "Easter of next year" the one in that year.
std::optional<interval> nearest_holiday(const date_ast& ast, date::sys_days d,
                                        const time_settings& settings) {
  int year = int(ymd_of(d).year());
  auto on = [&](int y) -> std::optional<interval> {
    auto day = holiday_date(settings.holidays, ast.count, y);
    if (!day) return std::nullopt;
    return day_of(*day);
  };
  if (ast.year_relative) return on(year + ast.year_direction);
  if (ast.directed && ast.direction == 0) return on(year);
  std::optional<interval> best;
  long best_distance = 0;
  for (int y = year - 1; y <= year + 1; ++y) {
    auto candidate = on(y);
    if (!candidate) continue;
    bool ahead = candidate->begin > d, behind = candidate->begin < d;
    if (ast.directed && ((ast.direction > 0 && !ahead) || (ast.direction < 0 && !behind))) continue;
    if (!ast.directed && (settings.prefer_future || ast.tense > 0) && behind) continue;
    long distance = std::labs((candidate->begin - d).count());
    // "next Christmas": the first one after; "last Christmas": the latest one before.
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

// An expression resolved against one anchor day.
std::optional<interval> resolve_at(const date_ast& ast, date::sys_days d,
                                   const time_settings& settings) {
  switch (ast.form) {
  case date_form::absolute: { // only reached without a year
    if (ast.year_relative) {
      date_ast with_year = ast;
      with_year.year = int(ymd_of(d).year()) + ast.year_direction;
      with_year.relation = grammar::date_relation::at;
      return normalize(with_year, std::nullopt, settings).value;
    }
    return closest_year(ast, d, settings.prefer_future);
  }
  case date_form::quarter: {
    if (ast.count == 0) { // "the quarter" reported (direction -1), "the current quarter" (0)
      auto ymd = ymd_of(d);
      date::year_month ym{ymd.year(), date::month((unsigned(ymd.month()) - 1) / 3 * 3 + 1)};
      ym += date::months{3 * ast.direction};
      if (ast.year != 0) ym = date::year{ast.year} / ym.month();
      return interval{date::sys_days{ym / 1}, date::sys_days{(ym + date::months{3}) / 1},
                      precision::quarter};
    }
    // News reports quarters under way or over: "the fourth quarter" in a January report is
    // last year's, the latest one begun by the anchor day (the first one ahead with --prefer
    // future).
    int y = int(ymd_of(d).year());
    auto quarter_of = [&](int year) {
      date::year_month ym{date::year{year}, date::month(unsigned(3 * ast.count - 2))};
      return interval{date::sys_days{ym / 1}, date::sys_days{(ym + date::months{3}) / 1},
                      precision::quarter};
    };
    interval candidate = quarter_of(y);
    if (settings.prefer_future)
      candidate = candidate.last() < d ? quarter_of(y + 1) : candidate;
    else if (candidate.begin > d)
      candidate = quarter_of(y - 1);
    // "the year-earlier third quarter": the one a year before the third quarter meant now.
    if (ast.year_relative)
      candidate = quarter_of(int(ymd_of(candidate.begin).year()) + ast.year_direction);
    return fiscal_quarter(candidate, ast);
  }
  case date_form::relative_unit:
    return part_of(period_holding(shift(d, ast.unit, ast.direction), ast.unit), ast.part, d);
  case date_form::offset: {
    int n = ast.count * (ast.direction < 0 ? -1 : 1);
    date::sys_days target = shift(d, ast.unit, n);
    interval r = period_holding(target, ast.unit);
    if (ast.unit == time_unit::week)
      r = {target - date::days{3}, target + date::days{4}, precision::week};
    // "two and a half years ago": somewhere between two and three years back.
    if (ast.and_half)
      r = hull(r, period_holding(shift(d, ast.unit, n + (ast.direction < 0 ? -1 : 1)), ast.unit));
    if (ast.approximate) {
      int widen = int(std::lround(ast.count * settings.approximate_widen));
      r = hull(period_holding(shift(target, ast.unit, -widen), ast.unit),
               period_holding(shift(target, ast.unit, widen), ast.unit));
      r.approximate = true;
    }
    return r;
  }
  case date_form::vague_offset: {
    const auto& bound = settings.vague[std::min<std::size_t>(std::size_t(ast.unit), 5)];
    int sign = ast.direction < 0 ? -1 : 1;
    date::sys_days near = shift(d, ast.unit, sign * bound.min);
    date::sys_days far = shift(d, ast.unit, sign * bound.max);
    return interval{std::min(near, far), std::max(near, far) + date::days{1}, precision::vague};
  }
  case date_form::weekday:
    if (ast.direction == 0 && (settings.prefer_future || ast.tense > 0))
      return day_of(weekday_near(d - date::days{1}, ast.weekday, +1)); // on or after d
    return day_of(weekday_near(d, ast.weekday, ast.direction));
  case date_form::deictic:
    // "at 3am" looking ahead from 04:30 is tomorrow's.
    if (ast.clock_only && settings.prefer_future && settings.reference_minute >= 0 &&
        ast.hour * 60 + std::max(ast.minute, 0) < settings.reference_minute)
      return day_of(d + date::days{ast.count + 1});
    return day_of(d + date::days{ast.count});
  case date_form::holiday:
    return nearest_holiday(ast, d, settings);
  case date_form::decade:
  case date_form::present:
  case date_form::duration:
  case date_form::set:
    break;
  }
  return std::nullopt;
}

bool is_relative(const date_ast& ast) {
  switch (ast.form) {
  case date_form::absolute:
    return ast.year == 0;
  case date_form::decade:
    return false;
  case date_form::quarter: // "the 1988 quarter": the reported one, in 1988
    return ast.year == 0 || ast.count == 0;
  case date_form::holiday:
    return ast.year == 0;
  default:
    return true;
  }
}

interval apply_relation(interval i, grammar::date_relation relation) {
  switch (relation) {
  case grammar::date_relation::at:
    return i;
  case grammar::date_relation::no_later:
    return {far_past, i.end, i.prec, i.approximate};
  case grammar::date_relation::before:
    return {far_past, i.begin, i.prec, i.approximate};
  case grammar::date_relation::after:
    return {i.end, far_future, i.prec, i.approximate};
  case grammar::date_relation::no_earlier:
    return {i.begin, far_future, i.prec, i.approximate};
  }
  return i;
}

} // namespace

namespace {

// What a month-long or one-day reading still needs: "the first Tuesday of" that month, "the
// 20th of" it; "July 13-15" runs on to its last day.
interval within_month(const interval& i, const date_ast& ast) {
  date::year_month_day first{i.begin};
  if (ast.nth_in_month != 0 && i.prec == precision::month) {
    date::year_month ym{first.year(), first.month()};
    if (ast.weekday >= 0) {
      date::weekday wd{unsigned(ast.weekday)};
      if (ast.nth_in_month < 0) return day_of(date::sys_days{ym / wd[date::last]});
      date::year_month_weekday ymw{ym / wd[unsigned(ast.nth_in_month)]};
      return ymw.ok() ? day_of(date::sys_days{ymw}) : i;
    }
    if (ast.nth_in_month < 0) return day_of(date::sys_days{ym / date::last});
    date::year_month_day ymd{ym / date::day(unsigned(ast.nth_in_month))};
    return ymd.ok() ? day_of(ymd) : i;
  }
  if (ast.end_day != 0 && i.prec == precision::day && i.end - i.begin == date::days{1}) {
    date::month m(unsigned(ast.end_month ? ast.end_month : ast.month));
    date::year_month_day last{first.year(), m, date::day(unsigned(ast.end_day))};
    if (last.ok() && date::sys_days{last} > i.begin)
      return {i.begin, date::sys_days{last} + date::days{1}, precision::day, i.approximate};
  }
  return i;
}

} // namespace

normalized normalize(const date_ast& ast, const std::optional<interval>& anchor,
                     const time_settings& settings) {
  normalized out;
  // A length of time and "now" name no day an event could be dated to.
  if (ast.form == date_form::duration || ast.form == date_form::present ||
      ast.form == date_form::set)
    return out;
  std::optional<interval> value;
  if (!is_relative(ast)) {
    if (ast.form == date_form::decade) {
      value = interval{date::sys_days{date::year{ast.count} / 1 / 1},
                       date::sys_days{date::year{ast.count + 10} / 1 / 1}, precision::decade};
    } else if (ast.form == date_form::holiday) {
      auto day = holiday_date(settings.holidays, ast.count, ast.year);
      if (!day) return out;
      value = day_of(*day);
    } else if (ast.form == date_form::quarter) {
      date::year_month ym{date::year{ast.year}, date::month(unsigned(3 * ast.count - 2))};
      value =
          fiscal_quarter(interval{date::sys_days{ym / 1},
                                  date::sys_days{(ym + date::months{3}) / 1}, precision::quarter},
                         ast);
    } else if (ast.season != 0) {
      value = season_of(ast.year, ast.season);
    } else if (ast.month == 0) {
      value = part_of(year_of(date::year{ast.year}), ast.part, far_past);
    } else if (ast.day == 0) {
      value = part_of(month_of(date::year{ast.year} / date::month(unsigned(ast.month))), ast.part,
                      far_past);
    } else {
      date::year_month_day ymd{date::year{ast.year}, date::month(unsigned(ast.month)),
                               date::day(unsigned(ast.day))};
      if (!ymd.ok()) return out; // the grammar rejects these; never snap to a neighbouring day
      value = day_of(ymd);
    }
    if (ast.approximate) value->approximate = true;
  } else {
    if (!anchor) {
      out.needs_anchor = true;
      return out;
    }
    if (ast.form == date_form::absolute && (anchor->end - anchor->begin).count() > 31) {
      // Published "in 2025": a date without its year is in that year, not the one nearest to
      // either end of it.
      int first_year = int(ymd_of(anchor->begin).year());
      int last_year = int(ymd_of(anchor->last()).year());
      for (int y = first_year; y <= last_year; ++y) {
        date_ast with_year = ast;
        with_year.year = y;
        with_year.relation = grammar::date_relation::at;
        auto v = normalize(with_year, std::nullopt, settings).value;
        if (v) value = value ? hull(*value, *v) : *v;
      }
      if (!value) return out;
      out.value = apply_relation(within_month(*value, ast), ast.relation);
      return out;
    }
    if (ast.form == date_form::absolute && anchor->begin != anchor->last()) {
      // Published "in 2025-01": the year nearest the middle of the month; a clause in the past
      // tense reaches to the month's last day ("opened on July 24" in a July page is this July),
      // one in the future from its first.
      auto mid = anchor->begin + (anchor->end - anchor->begin) / 2;
      value = closest_year(ast, ast.tense < 0   ? anchor->last()
                                : ast.tense > 0 ? anchor->begin
                                                : mid);
      if (ast.approximate) value->approximate = true;
      out.value = apply_relation(within_month(*value, ast), ast.relation);
      return out;
    }
    auto first = resolve_at(ast, anchor->begin, settings);
    auto last = resolve_at(ast, anchor->last(), settings);
    if (!first || !last) return out;
    value = anchor->begin == anchor->last() ? *first : hull(*first, *last);
    if (ast.approximate) value->approximate = true;
  }
  out.value = apply_relation(within_month(*value, ast), ast.relation);
  return out;
}

} // namespace factline::calendar
