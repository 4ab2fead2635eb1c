// The text report, in the compiler style CI logs are read in:
//   path:line:col: error: message [rule-id]
// then the cited line with a caret under the claim, and a note for each other claim.
#include "report/escape.hpp"
#include "report/report.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

namespace factline::report {

namespace {

std::string styled(bool color, fmt::text_style style, std::string_view s) {
  return color ? fmt::format(style, "{}", s) : std::string(s);
}

// The claim's line (cut around it when long, see document::excerpt_at), a caret line under it.
void quote_line(std::string& out, const timeline::claim& c, bool color) {
  out += fmt::format("{:>5} | {}\n", c.where.line, c.quote.text);
  std::string marker(c.quote.length, '~');
  marker[0] = '^';
  out += fmt::format("{:>5} | {}{}\n", "", std::string(c.quote.column, ' '),
                     styled(color, fmt::fg(fmt::terminal_color::green), marker));
}

std::string published_note(const corpus::document& doc) {
  if (!doc.published.date) return "no publication date";
  return fmt::format("published {} ({})", calendar::describe(*doc.published.date),
                     corpus::to_string(doc.published.source));
}

} // namespace

std::string text_report(const report_input& in, const text_options& options) {
  std::string out;
  bool color = options.color;
  for (const auto& doc : in.corpus.documents)
    if (doc.skipped)
      out +=
          fmt::format("{}: {}: skipped: {}\n", styled(color, fmt::emphasis::bold, doc.path),
                      styled(color, fmt::fg(fmt::terminal_color::magenta), "warning"), doc.reason);
  for (const auto& f : in.findings) {
    const auto& first = f.claims.front();
    const auto& doc = in.corpus.documents[first.where.document];

    auto level_style = f.level == rules::severity::error ? fmt::fg(fmt::terminal_color::red)
                                                         : fmt::fg(fmt::terminal_color::magenta);
    out +=
        fmt::format("{}: {}: {} [{}]\n",
                    styled(color, fmt::emphasis::bold,
                           fmt::format("{}:{}:{}", doc.path, first.where.line, first.where.column)),
                    styled(color, level_style | fmt::emphasis::bold, rules::to_string(f.level)),
                    styled(color, fmt::emphasis::bold, f.message), f.rule_id);
    quote_line(out, first, color);
    out += fmt::format("{:>5}   {}; \"{}\" implies {}\n", "", published_note(doc), first.where.text,
                       timeline::describe(first));
    for (std::size_t c = 1; c < f.claims.size(); ++c) {
      const auto& claim = f.claims[c];
      const auto& other = in.corpus.documents[claim.where.document];

      out += fmt::format(
          "{}: {}: {}; \"{}\" implies {}\n",
          styled(color, fmt::emphasis::bold,
                 fmt::format("{}:{}:{}", other.path, claim.where.line, claim.where.column)),
          styled(color, fmt::fg(fmt::terminal_color::cyan) | fmt::emphasis::bold, "note"),
          published_note(other), claim.where.text, timeline::describe(claim));
      quote_line(out, claim, color);
    }
  }
  std::size_t skipped = 0, events = 0;
  for (const auto& d : in.corpus.documents) skipped += d.skipped;
  for (const auto& e : in.timeline.events) events += e.merged.has_value();
  std::size_t amounts = 0; // facts with a reported amount
  for (const auto& f : in.timeline.facts) amounts += !f.claims.empty();
  out += fmt::format("factline: {} document{} ({} skipped), {} dated event{}, {} amount{}, {} "
                     "conflict{}",
                     in.corpus.documents.size(), in.corpus.documents.size() == 1 ? "" : "s",
                     skipped, events, events == 1 ? "" : "s", amounts, amounts == 1 ? "" : "s",
                     in.findings.size(), in.findings.size() == 1 ? "" : "s");
  if (!in.timeline.unanchored.empty())
    out +=
        fmt::format(", {} relative expression{} without a publication date",
                    in.timeline.unanchored.size(), in.timeline.unanchored.size() == 1 ? "" : "s");
  if (in.suppressed && !in.suppressed->empty())
    out += fmt::format(", {} suppressed by the manifest", in.suppressed->size());
  if (in.baselined && (!in.baselined->empty() || in.baseline_gone))
    out += fmt::format(", {} in the baseline ({} baselined no longer occur{})",
                       in.baselined->size(), in.baseline_gone, in.baseline_gone == 1 ? "s" : "");
  out += "\n";
  return out;
}

} // namespace factline::report
