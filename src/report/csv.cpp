// CSV timeline (RFC 4180): a header row, one row per dated event in date order. Dates are
// inclusive; an open end ("by 2030") is left empty.
#include "report/calendar_export.hpp"
#include "report/escape.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace factline::report {

std::vector<dated_event> dated_events(const report_input& in) {
  std::vector<dated_event> out;
  for (const auto& e : in.timeline.events) {
    if (!e.merged) continue;
    dated_event d{&e, {}};
    for (const auto& f : in.findings)
      if (f.event_id == e.id) d.findings.push_back(&f);
    out.push_back(std::move(d));
  }
  std::sort(out.begin(), out.end(), [](const dated_event& a, const dated_event& b) {
    return std::tie(a.event->merged->begin, a.event->id) <
           std::tie(b.event->merged->begin, b.event->id);
  });
  return out;
}

std::string claim_sources(const report_input& in, const timeline::event& e, std::string_view sep) {
  std::string out;
  for (const auto& c : e.claims) {
    const auto& doc = in.corpus.documents[c.where.document];
    if (!out.empty()) out += sep;
    out += fmt::format("{}:{}", doc.path, c.where.line);
  }
  return out;
}

std::string timeline_csv(const report_input& in) {
  std::string out = "id,label,start,end,precision,mentions,claims,conflicts,disputed,sources\r\n";
  for (const auto& d : dated_events(in)) {
    const auto& e = *d.event;
    const auto& m = *e.merged;
    out +=
        fmt::format("{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(e.id), csv_field(e.label),
                    m.open_begin() ? "" : calendar::format_day(m.begin),
                    m.open_end() ? "" : calendar::format_day(m.last()), calendar::to_string(m.prec),
                    e.mentions.size(), e.claims.size(), d.findings.size(),
                    d.findings.empty() ? "false" : "true", csv_field(claim_sources(in, e, "; ")));
  }
  return out;
}

} // namespace factline::report
