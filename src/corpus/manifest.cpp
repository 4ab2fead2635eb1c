#include "corpus/manifest.hpp"

#include "toml_support.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace factline::corpus {

namespace ts = toml_support;

const manifest_entry* manifest::find(const std::string& path) const {
  auto it = by_path.find(path);
  return it == by_path.end() ? nullptr : &documents[it->second];
}

std::optional<calendar::interval> parse_published(std::string_view text) {
  return calendar::parse_partial_date(text);
}

namespace {

std::optional<calendar::interval> published_value(const toml::node& node, const std::string& file) {
  if (const auto* d = node.as_date()) {
    const toml::date& v = d->get();
    date::year_month_day ymd{date::year{v.year}, date::month{v.month}, date::day{v.day}};
    if (!ymd.ok())
      throw input_error(ts::where(node.source(), file),
                        fmt::format("'published' is not a calendar date: {:04}-{:02}-{:02}", v.year,
                                    v.month, v.day));
    return calendar::day_of(ymd);
  }
  if (const auto* s = node.as_string()) {
    if (auto i = parse_published(s->get())) return i;
    throw input_error(ts::where(node.source(), file),
                      fmt::format("'published' must be a date (2025-04-21), \"YYYY-MM\" or "
                                  "\"YYYY\"; \"{}\" is none of these",
                                  s->get()));
  }
  throw input_error(
      ts::where(node.source(), file),
      fmt::format("'published' must be a date or a string, not {}", ts::type_name(node.type())));
}

// Lexically normal and inside the root: no "..", not absolute.
bool inside_root(const std::filesystem::path& relative) {
  if (relative.is_absolute() || relative.has_root_name()) return false;
  auto normal = relative.lexically_normal();
  return !normal.empty() && *normal.begin() != "..";
}

} // namespace

manifest load_manifest(const std::filesystem::path& root, const std::string& display_name) {
  std::ifstream in(root / "factline.toml", std::ios::binary);
  if (!in) throw input_error({display_name, 0, 0}, "cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse_manifest(buffer.str(), root, display_name);
}

manifest parse_manifest(std::string_view text, const std::filesystem::path& root,
                        const std::string& display_name) {
  toml::table top = ts::parse(text, display_name);
  ts::check_keys(top, {"corpus", "document", "suppress"}, display_name, "the manifest");

  manifest out;
  if (const toml::table* corpus = ts::optional_table(top, "corpus", display_name)) {
    ts::check_keys(*corpus, {"name"}, display_name, "[corpus]");
    out.name = ts::optional_string(*corpus, "name", display_name).value_or("");
  }
  for (const toml::table* table : ts::array_of_tables(top, "document", display_name)) {
    ts::check_keys(*table, {"path", "published", "title"}, display_name, "[[document]]");
    manifest_entry entry;
    entry.where = ts::where(table->source(), display_name);
    entry.path = ts::required_string(*table, "path", display_name, "[[document]]");
    const toml::node* path_node = table->get("path");
    std::filesystem::path relative(entry.path);
    if (!inside_root(relative))
      throw input_error(ts::where(path_node->source(), display_name),
                        fmt::format("path \"{}\" lies outside the corpus folder", entry.path));
    entry.path = relative.lexically_normal().generic_string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(root / relative, ec))
      throw input_error(ts::where(path_node->source(), display_name),
                        fmt::format("no such document: \"{}\"", entry.path));
    if (out.find(entry.path))
      throw input_error(ts::where(path_node->source(), display_name),
                        fmt::format("\"{}\" is listed twice", entry.path));
    if (const toml::node* published = table->get("published"))
      entry.published = published_value(*published, display_name);
    entry.title = ts::optional_string(*table, "title", display_name).value_or("");
    out.by_path.emplace(entry.path, out.documents.size());
    out.documents.push_back(std::move(entry));
  }
  for (const toml::table* table : ts::array_of_tables(top, "suppress", display_name)) {
    ts::check_keys(*table, {"rule", "document", "conflict", "reason"}, display_name,
                   "[[suppress]]");
    suppression s;
    s.where = ts::where(table->source(), display_name);
    s.rule = ts::required_string(*table, "rule", display_name, "[[suppress]]");
    s.reason = ts::required_string(*table, "reason", display_name, "[[suppress]]");
    s.document = ts::optional_string(*table, "document", display_name).value_or("");
    s.conflict = ts::optional_string(*table, "conflict", display_name).value_or("");
    if (!s.document.empty() && !out.find(s.document)) {
      std::error_code ec;
      if (!inside_root(s.document) || !std::filesystem::is_regular_file(root / s.document, ec))
        throw input_error(ts::where(table->get("document")->source(), display_name),
                          fmt::format("no such document: \"{}\"", s.document));
    }
    out.suppressions.push_back(std::move(s));
  }
  return out;
}

} // namespace factline::corpus
