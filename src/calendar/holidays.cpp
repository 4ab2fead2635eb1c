#include "calendar/holidays.hpp"

namespace factline::calendar {

date::sys_days western_easter(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return date::sys_days{date::year{year} / month / day};
}

date::sys_days orthodox_easter(int year) {
  int a = year % 4, b = year % 7, c = year % 19;
  int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  // Julian to Gregorian: 13 days from 1900 to 2099.
  return date::sys_days{date::year{year} / month / day} + date::days{13};
}

std::optional<date::sys_days> holiday_date(const std::vector<holiday_rule>& all, int index,
                                           int year) {
  // A chain of "after" rules ends within as many steps as there are rules (the loader refuses
  // cycles; the bound keeps a bad table from looping).
  int offset = 0;
  for (std::size_t steps = 0; steps <= all.size(); ++steps) {
    if (index < 0 || std::size_t(index) >= all.size()) return std::nullopt;
    const holiday_rule& h = all[std::size_t(index)];
    switch (h.how) {
    case holiday_rule::kind::fixed: {
      date::year_month_day ymd{date::year{year}, date::month(unsigned(h.month)),
                               date::day(unsigned(h.day))};
      if (!ymd.ok()) return std::nullopt;
      return date::sys_days{ymd} + date::days{offset};
    }
    case holiday_rule::kind::nth_weekday: {
      date::year_month ym{date::year{year}, date::month(unsigned(h.month))};
      date::weekday wd{unsigned(h.weekday)};
      date::sys_days day;
      if (h.nth > 0) {
        date::year_month_weekday ymw{ym / wd[unsigned(h.nth)]};
        if (!ymw.ok()) return std::nullopt;
        day = date::sys_days{ymw};
      } else {
        day = date::sys_days{ym / wd[date::last]};
      }
      return day + date::days{offset};
    }
    case holiday_rule::kind::easter:
      return western_easter(year) + date::days{h.offset + offset};
    case holiday_rule::kind::orthodox_easter:
      return orthodox_easter(year) + date::days{h.offset + offset};
    case holiday_rule::kind::after_holiday:
      offset += h.offset;
      index = h.base;
      break;
    }
  }
  return std::nullopt;
}

} // namespace factline::calendar
