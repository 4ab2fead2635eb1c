#pragma once
// What the CSV and iCalendar exports share: the dated events in timeline order, with the
// findings about each.
#include "report/report.hpp"

#include <vector>

namespace factline::report {

struct dated_event {
  const timeline::event* event;
  std::vector<const rules::finding*> findings;
};

// Events with a merged date, by start date, then id.
std::vector<dated_event> dated_events(const report_input& in);

// "000.txt:7" for each claim of the event, in order.
std::string claim_sources(const report_input& in, const timeline::event& e, std::string_view sep);

} // namespace factline::report
