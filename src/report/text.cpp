// The text report, in the compiler style CI logs are read in:
//   path:line:col: error: message [rule-id]
// then the cited line with a caret under the claim, and a note for each other claim.
#include "report/escape.hpp"
#include "report/report.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

namespace factline::report {

namespace {

constexpr std::size_t excerpt_width = 100; // code points of a long line shown around the claim

std::string styled(bool color, fmt::text_style style, std::string_view s) {
  return color ? fmt::format(style, "{}", s) : std::string(s);
}

std::size_t byte_of_code_point(std::string_view s, std::size_t index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (seen == index) return i;
    ++seen;
  }
  return s.size();
}

// The source line, cut to a window around the claim when long, and a caret line under it.
void quote_line(std::string& out, const corpus::document& doc, const timeline::source_span& s,
                bool color) {
  auto pos = doc.position(s.begin);
  std::string_view line = doc.line_at(s.begin);
  std::size_t length = std::max<std::size_t>(1, code_points(s.text));
  std::size_t column = std::size_t(pos.column) - 1; // 0-based, code points
  std::size_t total = code_points(line);
  std::size_t from = 0;
  std::string prefix, suffix;
  if (total > excerpt_width) {
    from = column > 40 ? column - 40 : 0;
    std::size_t to = std::min(total, from + excerpt_width);
    if (from > 0) prefix = "…";
    if (to < total) suffix = "…";
    line = line.substr(byte_of_code_point(line, from),
                       byte_of_code_point(line, to) - byte_of_code_point(line, from));
  }
  std::string gutter = fmt::format("{:>5} | ", pos.line);
  out += gutter + prefix + std::string(line) + suffix + "\n";
  std::size_t caret_at = column - from + (prefix.empty() ? 0 : 1);
  std::string marker = "^" + std::string(length - 1, '~');
  out += fmt::format("{:>5} | {}{}\n", "", std::string(caret_at, ' '),
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
    auto pos = doc.position(first.where.begin);
    auto level_style = f.level == rules::severity::error ? fmt::fg(fmt::terminal_color::red)
                                                         : fmt::fg(fmt::terminal_color::magenta);
    out += fmt::format(
        "{}: {}: {} [{}]\n",
        styled(color, fmt::emphasis::bold, fmt::format("{}:{}:{}", doc.path, pos.line, pos.column)),
        styled(color, level_style | fmt::emphasis::bold, rules::to_string(f.level)),
        styled(color, fmt::emphasis::bold, f.message), f.rule_id);
    quote_line(out, doc, first.where, color);
    out += fmt::format("{:>5}   {}; \"{}\" implies {}\n", "", published_note(doc), first.where.text,
                       calendar::describe(first.value));
    for (std::size_t c = 1; c < f.claims.size(); ++c) {
      const auto& claim = f.claims[c];
      const auto& other = in.corpus.documents[claim.where.document];
      auto p = other.position(claim.where.begin);
      out += fmt::format(
          "{}: {}: {}; \"{}\" implies {}\n",
          styled(color, fmt::emphasis::bold, fmt::format("{}:{}:{}", other.path, p.line, p.column)),
          styled(color, fmt::fg(fmt::terminal_color::cyan) | fmt::emphasis::bold, "note"),
          published_note(other), claim.where.text, calendar::describe(claim.value));
      quote_line(out, other, claim.where, color);
    }
  }
  std::size_t skipped = 0, events = 0;
  for (const auto& d : in.corpus.documents) skipped += d.skipped;
  for (const auto& e : in.timeline.events) events += e.merged.has_value();
  out += fmt::format("factline: {} document{} ({} skipped), {} dated event{}, {} conflict{}",
                     in.corpus.documents.size(), in.corpus.documents.size() == 1 ? "" : "s",
                     skipped, events, events == 1 ? "" : "s", in.findings.size(),
                     in.findings.size() == 1 ? "" : "s");
  if (!in.timeline.unanchored.empty())
    out +=
        fmt::format(", {} relative expression{} without a publication date",
                    in.timeline.unanchored.size(), in.timeline.unanchored.size() == 1 ? "" : "s");
  out += "\n";
  return out;
}

} // namespace factline::report
