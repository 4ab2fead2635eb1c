#include "corpus/publication.hpp"

#include "calendar/normalize.hpp"
#include "corpus/manifest.hpp"
#include "grammar/scan.hpp"

#include <algorithm>

namespace factline::corpus {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// An absolute date, written out in full or in part, standing alone on a line.
std::optional<calendar::interval> absolute_date(std::string_view text) {
  if (auto partial = parse_published(text)) return partial;
  auto ast = grammar::parse_whole_date(text);
  if (!ast || ast->year == 0 || ast->form != grammar::date_form::absolute ||
      ast->relation != grammar::date_relation::at)
    return std::nullopt;
  return calendar::normalize(*ast, std::nullopt, {}).value;
}

std::string_view unquote(std::string_view s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
    return s.substr(1, s.size() - 2);
  return s;
}

// "---" on the first line opens a block closed by the next "---" line.
void read_front_matter(document& doc) {
  std::string_view text = doc.text;
  if (text.substr(0, 4) != "---\n") return;
  std::size_t pos = 4;
  std::optional<calendar::interval> found;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = trim(text.substr(pos, eol - pos));
    if (line == "---" || line == "...") {
      doc.body_begin = std::min(eol + 1, text.size());
      if (found && !doc.published.date) {
        doc.published.date = found;
        doc.published.source = publication_source::front_matter;
      }
      return;
    }
    for (std::string_view key : {"published:", "date:"}) {
      if (line.substr(0, key.size()) == key && !found)
        found = absolute_date(trim(unquote(trim(line.substr(key.size())))));
    }
    pos = eol + 1;
  }
  // No closing line: not front matter after all.
}

// Lines near the top that hold nothing but a date (maybe with a time): "Apr 21, 2025, 5:33 PM".
void read_dateline(document& doc) {
  std::vector<calendar::interval> dates;
  std::size_t pos = doc.body_begin;
  int lines_seen = 0;
  while (pos < doc.text.size() && lines_seen < 6) {
    std::size_t eol = doc.text.find('\n', pos);
    if (eol == std::string::npos) eol = doc.text.size();
    std::string_view line = trim(std::string_view(doc.text).substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    ++lines_seen;
    for (std::string_view prefix :
         {"Published:", "Published", "Updated:", "Updated", "Posted:", "Posted", "Date:"})
      if (line.substr(0, prefix.size()) == prefix) {
        line = trim(line.substr(prefix.size()));
        break;
      }
    if (auto d = absolute_date(line); d && d->prec <= calendar::precision::month)
      dates.push_back(*d);
  }
  if (dates.empty()) return;
  std::sort(dates.begin(), dates.end(),
            [](const auto& a, const auto& b) { return a.begin < b.begin; });
  doc.published.date = dates.front();
  doc.published.source = publication_source::dateline;
  if (dates.size() > 1) doc.published.updated = dates.back();
}

} // namespace

void find_publication_date(document& doc) {
  read_front_matter(doc);
  if (!doc.published.date) read_dateline(doc);
}

} // namespace factline::corpus
