#include "report/baseline.hpp"

#include "toml_support.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace factline::report {

namespace ts = toml_support;

namespace {
// TOML basic string: the same escapes as JSON for what factline writes.
std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}
} // namespace

std::string baseline_file(const std::vector<rules::finding>& findings) {
  std::string out = "# factline baseline: conflicts accepted as they stand. `factline check "
                    "--baseline FILE`\n# reports and fails only on conflicts not listed here.\n";
  for (const auto& f : findings)
    out += fmt::format("\n[[conflict]]\nid = {}\nrule = {}\nevent = {}\nmessage = {}\n",
                       toml_string(f.id), toml_string(f.rule_id), toml_string(f.event_id),
                       toml_string(f.message));
  return out;
}

std::set<std::string> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error({path, 0, 0}, "cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  toml::table top = ts::parse(buffer.str(), path);
  ts::check_keys(top, {"conflict"}, path, "a baseline");
  std::set<std::string> ids;
  if (const toml::node* conflicts = top.get("conflict")) {
    const toml::array* array = conflicts->as_array();
    if (!array)
      throw input_error(ts::where(conflicts->source(), path),
                        "'conflict' must be [[conflict]] tables");
    for (const auto& node : *array) {
      const toml::table* t = node.as_table();
      if (!t)
        throw input_error(ts::where(node.source(), path), "'conflict' must be [[conflict]] tables");
      ts::check_keys(*t, {"id", "rule", "event", "message"}, path, "[[conflict]]");
      ids.insert(ts::required_string(*t, "id", path, "[[conflict]]"));
    }
  }
  return ids;
}

} // namespace factline::report
