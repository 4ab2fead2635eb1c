#include "calendar/interval.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace factline::calendar {

std::string_view to_string(precision p) {
  switch (p) {
  case precision::day:
    return "day";
  case precision::week:
    return "week";
  case precision::month:
    return "month";
  case precision::quarter:
    return "quarter";
  case precision::season:
    return "season";
  case precision::year:
    return "year";
  case precision::decade:
    return "decade";
  case precision::vague:
    return "vague";
  }
  return "vague";
}

interval day_of(date::sys_days d) {
  return {d, d + date::days{1}, precision::day};
}
interval day_of(date::year_month_day ymd) {
  return day_of(date::sys_days{ymd});
}

interval month_of(date::year_month ym) {
  date::sys_days first{ym / 1};
  date::sys_days next{(ym + date::months{1}) / 1};
  return {first, next, precision::month};
}

interval year_of(date::year y) {
  return {date::sys_days{y / 1 / 1}, date::sys_days{(y + date::years{1}) / 1 / 1}, precision::year};
}

interval days_between(date::sys_days first, date::sys_days last_inclusive, precision p) {
  return {first, last_inclusive + date::days{1}, p};
}

interval hull(const interval& a, const interval& b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end), std::max(a.prec, b.prec),
          a.approximate || b.approximate};
}

std::optional<interval> intersect(const interval& a, const interval& b) {
  interval r{std::max(a.begin, b.begin), std::min(a.end, b.end), std::min(a.prec, b.prec),
             a.approximate && b.approximate};
  if (r.empty()) return std::nullopt;
  return r;
}

long gap_days(const interval& a, const interval& b) {
  if (a.end <= b.begin) return (b.begin - a.end).count();
  if (b.end <= a.begin) return (a.begin - b.end).count();
  return 0;
}

date::sys_days add_months(date::sys_days d, int months) {
  date::year_month_day ymd{d};
  date::year_month ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  date::day last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  return date::sys_days{ym / std::min(ymd.day(), last)};
}

std::string format_day(date::sys_days d) {
  // By hand rather than through a format string: the tagger writes two days per expression,
  // and parsing "{:04}-{:02}-{:02}" each time was a tenth of its work.
  date::year_month_day ymd{d};
  int year = int(ymd.year());
  if (year < 0 || year > 9999)
    return fmt::format("{:04}-{:02}-{:02}", year, unsigned(ymd.month()), unsigned(ymd.day()));
  unsigned month = unsigned(ymd.month()), day = unsigned(ymd.day());
  char text[10] = {char('0' + year / 1000),
                   char('0' + year / 100 % 10),
                   char('0' + year / 10 % 10),
                   char('0' + year % 10),
                   '-',
                   char('0' + month / 10),
                   char('0' + month % 10),
                   '-',
                   char('0' + day / 10),
                   char('0' + day % 10)};
  return std::string(text, sizeof text);
}

std::string describe(const interval& i) {
  if (i.open_begin() && i.open_end()) return "any date";
  if (i.open_begin()) return fmt::format("on or before {}", format_day(i.last()));
  if (i.open_end()) return fmt::format("on or after {}", format_day(i.begin));
  date::year_month_day b{i.begin};
  date::year_month_day l{i.last()};
  if (i.begin == i.last()) return format_day(i.begin);
  if (b.day() == date::day{1} && date::year_month_day{i.end}.day() == date::day{1}) {
    if (b.month() == date::January && date::year_month_day{i.end}.month() == date::January) {
      if (b.year() == l.year()) return fmt::format("{:04}", int(b.year()));
      return fmt::format("{:04}..{:04}", int(b.year()), int(l.year()));
    }
    if (b.year() == l.year() && b.month() == l.month())
      return fmt::format("{:04}-{:02}", int(b.year()), unsigned(b.month()));
  }
  return fmt::format("{}..{}", format_day(i.begin), format_day(i.last()));
}

std::optional<interval> parse_partial_date(std::string_view text) {
  auto number = [&](size_t pos, size_t len) -> std::optional<int> {
    if (pos + len > text.size()) return std::nullopt;
    int v = 0;
    auto [p, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, v);
    if (ec != std::errc{} || p != text.data() + pos + len) return std::nullopt;
    return v;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  auto y = number(0, 4);
  if (!y || *y < 1) return std::nullopt;
  if (text.size() == 4) return year_of(date::year{*y});
  if (text[4] != '-') return std::nullopt;
  auto m = number(5, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  date::year_month ym{date::year{*y}, date::month(unsigned(*m))};
  if (text.size() == 7) return month_of(ym);
  if (text[7] != '-') return std::nullopt;
  auto d = number(8, 2);
  if (!d) return std::nullopt;
  date::year_month_day ymd{ym / date::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return day_of(ymd);
}

} // namespace factline::calendar
