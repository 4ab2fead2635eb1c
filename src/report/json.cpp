// The JSON report (check --format json) and the JSON timeline. The keys are a contract: more
// may be added, none renamed or removed.
#include "report/escape.hpp"
#include "report/report.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <iterator>
#include <map>

namespace factline::report {

namespace {

std::string date_or_null(const calendar::interval& i, bool first) {
  if (first && i.open_begin()) return "null";
  if (!first && i.open_end()) return "null";
  return json_string(calendar::format_day(first ? i.begin : i.last()));
}

std::string days_or_null(const std::optional<long>& days) {
  return days ? fmt::format("{}", *days) : std::string("null");
}

// Appended in place: a large corpus writes a location for every mention and claim.
void append_location(std::string& out, const report_input& in, const timeline::source_span& s) {
  out += "\"path\": ";
  append_json_string(out, in.corpus.documents[s.document].path);
  fmt::format_to(std::back_inserter(out), FMT_COMPILE(", \"line\": {}, \"column\": {}, \"text\": "),
                 s.line, s.column);
  append_json_string(out, s.text);
}

std::string location(const report_input& in, const timeline::source_span& s) {
  std::string out;
  append_location(out, in, s);
  return out;
}

// "YYYY-MM-DD" with quotes, or null for an open end.
void append_day_or_null(std::string& out, const calendar::interval& i, bool first) {
  if (first ? i.open_begin() : i.open_end()) {
    out += "null";
    return;
  }
  date::year_month_day ymd{first ? i.begin : i.last()};
  fmt::format_to(std::back_inserter(out), FMT_COMPILE("\"{:04}-{:02}-{:02}\""), int(ymd.year()),
                 unsigned(ymd.month()), unsigned(ymd.day()));
}

std::string published_text(const corpus::document& doc) {
  return doc.published.date ? calendar::describe(*doc.published.date) : "";
}

void documents(std::string& out, const report_input& in) {
  out += "  \"documents\": [";
  bool first = true;
  for (const auto& doc : in.corpus.documents) {
    out += first ? "\n" : ",\n";
    first = false;
    out += fmt::format("    {{\"path\": {}, \"published\": {}, \"published_from\": {}, "
                       "\"status\": {}, \"reason\": {}",
                       json_string(doc.path),
                       doc.published.date ? json_string(published_text(doc)) : "null",
                       json_string(corpus::to_string(doc.published.source)),
                       json_string(doc.skipped ? "skipped" : "read"), json_string(doc.reason));
    if (doc.published.updated)
      out +=
          fmt::format(", \"updated\": {}", json_string(calendar::describe(*doc.published.updated)));
    if (!doc.title.empty()) out += fmt::format(", \"title\": {}", json_string(doc.title));
    out += "}";
  }
  out += first ? "],\n" : "\n  ],\n";
}

void events(std::string& out, const report_input& in, bool with_claims) {
  std::map<std::string, std::size_t> conflicts_per_event;
  for (const auto& f : in.findings) ++conflicts_per_event[f.event_id];
  out += "  \"events\": [";
  bool first = true;
  for (const auto& e : in.timeline.events) {
    if (!e.merged) continue; // an event nobody dates has no place on a timeline
    out += first ? "\n" : ",\n";
    first = false;
    out += fmt::format("    {{\"id\": {}, \"label\": {}, \"earliest\": {}, \"latest\": {}, "
                       "\"precision\": {}, \"disputed\": {}, \"mentions\": [",
                       json_string(e.id), json_string(e.label), date_or_null(*e.merged, true),
                       date_or_null(*e.merged, false),
                       json_string(calendar::to_string(e.merged->prec)),
                       conflicts_per_event.count(e.id) ? "true" : "false");
    for (std::size_t m = 0; m < e.mentions.size(); ++m) {
      out += m ? ", {" : "{";
      append_location(out, in, e.mentions[m].where);
      out += '}';
    }
    out += "]";
    if (with_claims) {
      out += ", \"claims\": [";
      for (std::size_t c = 0; c < e.claims.size(); ++c) {
        out += c ? ", {" : "{";
        append_location(out, in, e.claims[c].where);
        out += ", \"earliest\": ";
        append_day_or_null(out, e.claims[c].value, true);
        out += ", \"latest\": ";
        append_day_or_null(out, e.claims[c].value, false);
        out += '}';
      }
      out += "]";
    }
    out += "}";
  }
  out += first ? "],\n" : "\n  ],\n";
}

// "low"/"high"/"unit" of an amount claim, as JSON members.
std::string amount_members(const timeline::amount& a) {
  return fmt::format("\"low\": {}, \"high\": {}, \"unit\": {}", fmt::format("{:.15g}", a.low),
                     fmt::format("{:.15g}", a.high), json_string(a.unit));
}

void facts(std::string& out, const report_input& in) {
  std::map<std::string, std::size_t> conflicts_per_fact;
  for (const auto& f : in.findings) ++conflicts_per_fact[f.event_id];
  out += "  \"amounts\": [";
  bool first = true;
  for (const auto& f : in.timeline.facts) {
    out += first ? "\n" : ",\n";
    first = false;
    out += fmt::format("    {{\"id\": {}, \"label\": {}, \"disputed\": {}, \"forecasts\": {}, "
                       "\"claims\": [",
                       json_string(f.id), json_string(f.label),
                       conflicts_per_fact.count(f.id) ? "true" : "false", f.forecasts);
    for (std::size_t c = 0; c < f.claims.size(); ++c)
      out += fmt::format("{}{{{}, {}}}", c ? ", " : "", location(in, f.claims[c].where),
                         amount_members(*f.claims[c].amount));
    out += "]}";
  }
  out += first ? "],\n" : "\n  ],\n";
}

// "two months after the launch": events dated from other events.
void relations(std::string& out, const report_input& in) {
  out += "  \"relations\": [";
  for (std::size_t i = 0; i < in.timeline.relations.size(); ++i) {
    const auto& r = in.timeline.relations[i];
    const auto& o = *r.said.offset;
    out +=
        fmt::format("{}\n    {{\"event\": {}, \"relative_to\": {}, \"min_days\": {}, "
                    "\"max_days\": {}, {}}}",
                    i ? "," : "", json_string(r.event), json_string(o.event),
                    days_or_null(o.min_days), days_or_null(o.max_days), location(in, r.said.where));
  }
  out += in.timeline.relations.empty() ? "],\n" : "\n  ],\n";
}

std::size_t dated_events(const report_input& in) {
  std::size_t n = 0;
  for (const auto& e : in.timeline.events) n += e.merged.has_value();
  return n;
}

std::size_t skipped(const report_input& in) {
  std::size_t n = 0;
  for (const auto& d : in.corpus.documents) n += d.skipped;
  return n;
}

} // namespace

std::string json_report(const report_input& in) {
  std::string out = "{\n  \"version\": 1,\n";
  documents(out, in);
  events(out, in, true);
  relations(out, in);
  facts(out, in);
  out += "  \"conflicts\": [";
  for (std::size_t i = 0; i < in.findings.size(); ++i) {
    const auto& f = in.findings[i];
    out += i ? ",\n" : "\n";
    out += fmt::format("    {{\"id\": {}, \"rule\": {}, \"severity\": {}, \"event\": {}, "
                       "\"message\": {}, \"claims\": [",
                       json_string(f.id), json_string(f.rule_id),
                       json_string(rules::to_string(f.level)), json_string(f.event_id),
                       json_string(f.message));
    for (std::size_t c = 0; c < f.claims.size(); ++c) {
      const auto& claim = f.claims[c];
      const auto& doc = in.corpus.documents[claim.where.document];
      std::string value;
      if (claim.amount) {
        value = amount_members(*claim.amount);
      } else if (const auto& o = claim.offset) {
        value = fmt::format("\"relative_to\": {}, \"min_days\": {}, \"max_days\": {}",
                            json_string(o->event), days_or_null(o->min_days),
                            days_or_null(o->max_days));
      } else {
        value = fmt::format("\"earliest\": {}, \"latest\": {}", date_or_null(claim.value, true),
                            date_or_null(claim.value, false));
      }
      out += fmt::format("{}\n      {{{}, {}, \"published\": {}}}", c ? "," : "",
                         location(in, claim.where), value,
                         doc.published.date ? json_string(published_text(doc)) : "null");
    }
    out += "]}";
  }
  out += in.findings.empty() ? "],\n" : "\n  ],\n";
  auto set_aside_list = [&](std::string_view key, const std::vector<set_aside>* list) {
    out += fmt::format("  \"{}\": [", key);
    std::size_t n = list ? list->size() : 0;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& a = (*list)[i];
      out += fmt::format("{}\n    {{\"id\": {}, \"rule\": {}, \"event\": {}, \"message\": {}, "
                         "\"reason\": {}}}",
                         i ? "," : "", json_string(a.finding.id), json_string(a.finding.rule_id),
                         json_string(a.finding.event_id), json_string(a.finding.message),
                         json_string(a.reason));
    }
    out += n ? "\n  ],\n" : "],\n";
  };
  set_aside_list("suppressed", in.suppressed);
  set_aside_list("baselined", in.baselined);
  out += "  \"unanchored\": [";
  for (std::size_t i = 0; i < in.timeline.unanchored.size(); ++i)
    out +=
        fmt::format("{}\n    {{{}}}", i ? "," : "", location(in, in.timeline.unanchored[i].where));
  out += in.timeline.unanchored.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format(
      "  \"summary\": {{\"documents\": {}, \"read\": {}, \"skipped\": {}, "
      "\"events\": {}, \"amounts\": {}, \"conflicts\": {}, \"date_expressions\": {}, "
      "\"unanchored\": {}, \"suppressed\": {}, \"baselined\": {}, "
      "\"baseline_resolved\": {}}}\n}}\n",
      in.corpus.documents.size(), in.corpus.documents.size() - skipped(in), skipped(in),
      dated_events(in), in.timeline.facts.size(), in.findings.size(), in.timeline.date_expressions,
      in.timeline.unanchored.size(), in.suppressed ? in.suppressed->size() : 0,
      in.baselined ? in.baselined->size() : 0, in.baseline_gone);
  return out;
}

std::string timeline_json(const report_input& in) {
  std::string out = "{\n  \"version\": 1,\n";
  events(out, in, true);
  relations(out, in);
  facts(out, in);
  out +=
      fmt::format("  \"summary\": {{\"documents\": {}, \"events\": {}, \"conflicts\": {}}}\n}}\n",
                  in.corpus.documents.size(), dated_events(in), in.findings.size());
  return out;
}

} // namespace factline::report
