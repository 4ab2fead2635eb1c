// iCalendar timeline (RFC 5545): CRLF lines folded at 75 octets, one all-day VEVENT per dated
// event with a stable UID; DTEND is exclusive, so an event known to the month spans the month.
// Events with an open end ("by 2030") have no span to show and are left out.
#include "report/calendar_export.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>

namespace factline::report {

namespace {
std::string ics_date(date::sys_days d) {
  date::year_month_day ymd{d};
  return fmt::format("{:04}{:02}{:02}", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()));
}
} // namespace

std::string timeline_ics(const report_input& in, const std::string& dtstamp) {
  std::string out;
  auto line = [&](std::string_view text) { out += ics_fold(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//factline//factline timeline//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  if (!in.corpus.name.empty()) line("X-WR-CALNAME:" + ics_text(in.corpus.name));
  for (const auto& d : dated_events(in)) {
    const auto& e = *d.event;
    const auto& m = *e.merged;
    if (m.open_begin() || m.open_end()) continue;
    bool disputed = !d.findings.empty();
    std::string description =
        fmt::format("{} claim(s), precision {}. Sources: {}.", e.claims.size(),
                    calendar::to_string(m.prec), claim_sources(in, e, ", "));
    for (const auto* f : d.findings) {
      description += fmt::format("\nDisputed [{}]: {}", f->rule_id, f->message);
      for (const auto& c : f->claims) {
        const auto& doc = in.corpus.documents[c.where.document];
        description += fmt::format("\n- {}:{}: \"{}\" ({})", doc.path, c.where.line, c.where.text,
                                   calendar::describe(c.value));
      }
    }
    line("BEGIN:VEVENT");
    line("UID:" + ics_text(e.id) + "@factline");
    line("DTSTAMP:" + dtstamp);
    line("DTSTART;VALUE=DATE:" + ics_date(m.begin));
    line("DTEND;VALUE=DATE:" + ics_date(m.end));
    line("SUMMARY:" + ics_text((disputed ? "[DISPUTED] " : "") + e.label));
    line("DESCRIPTION:" + ics_text(description));
    if (disputed) line("STATUS:TENTATIVE");
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

} // namespace factline::report
