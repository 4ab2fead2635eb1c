// GitHub Actions workflow commands: one ::error/::warning/::notice annotation per conflict at
// its first claim, the other claims in the message. GitHub shows at most ten annotations of
// each level per step; a last line says how many the others are.
#include "report/escape.hpp"
#include "report/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace factline::report {

namespace {

constexpr std::size_t shown_per_level = 10;

// Workflow command escaping: data escapes % CR LF; property values also : and ,.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string_view command_of(rules::severity s) {
  switch (s) {
  case rules::severity::error:
    return "error";
  case rules::severity::warning:
    return "warning";
  case rules::severity::note:
    return "notice";
  }
  return "error";
}

} // namespace

std::string github_report(const report_input& in) {
  std::string out;
  std::map<rules::severity, std::size_t> count;
  for (const auto& f : in.findings) {
    ++count[f.level];
    const auto& first = f.claims.front();
    const auto& doc = in.corpus.documents[first.where.document];
    std::string message = f.message;
    for (std::size_t c = 1; c < f.claims.size(); ++c) {
      const auto& other = in.corpus.documents[f.claims[c].where.document];
      message +=
          fmt::format("\nsee {}:{}:{}: \"{}\"", other.file.lexically_normal().generic_string(),
                      f.claims[c].where.line, f.claims[c].where.column, f.claims[c].where.text);
    }
    out += fmt::format(
        "::{} file={},line={},col={},endColumn={},title={}::{}\n", command_of(f.level),
        escape_property(doc.file.lexically_normal().generic_string()), first.where.line,
        first.where.column,
        first.where.column + int(std::max<std::size_t>(1, code_points(first.where.text))),
        escape_property(fmt::format("{} [{}]", f.event_label, f.rule_id)), escape_data(message));
  }
  std::size_t hidden = 0;
  for (const auto& [level, n] : count) hidden += n > shown_per_level ? n - shown_per_level : 0;
  if (hidden > 0)
    out += fmt::format("::notice title=factline::{} more conflict{} than GitHub shows per step "
                       "({} in all); run factline check for the full report\n",
                       hidden, hidden == 1 ? "" : "s", in.findings.size());
  return out;
}

} // namespace factline::report
