#pragma once
// Holidays by rule, as rules/holidays.toml defines them: a fixed day ("12-25"), the nth weekday
// of a month (Thanksgiving: the fourth Thursday of November; -1 for the last), a day counted
// from Easter (Western or Orthodox), or a day counted from another holiday (Black Friday).
#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace factline::calendar {

struct holiday_rule {
  enum class kind { fixed, nth_weekday, easter, orthodox_easter, after_holiday };
  std::vector<std::string> names; // "Thanksgiving", "Thanksgiving Day"
  kind how = kind::fixed;
  int month = 0, day = 0;   // fixed; month also for nth_weekday
  int weekday = 0, nth = 0; // nth_weekday: 0 = Sunday; nth 1..5, or -1 for the last
  int offset = 0;           // days after Easter or after the base holiday
  int base = -1;            // after_holiday: index of the holiday counted from
};

// Gregorian Easter Sunday (anonymous Gregorian algorithm); Orthodox Easter (Julian computus,
// given in the Gregorian calendar: valid 1900-2099).
date::sys_days western_easter(int year);
date::sys_days orthodox_easter(int year);

// The holiday's day in a year; nullopt when the rule gives none (February 30).
std::optional<date::sys_days> holiday_date(const std::vector<holiday_rule>& all, int index,
                                           int year);

} // namespace factline::calendar
