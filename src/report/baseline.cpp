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
  for (const toml::table* t : ts::array_of_tables(top, "conflict", path)) {
    ts::check_keys(*t, {"id", "rule", "event", "message"}, path, "[[conflict]]");
    ids.insert(ts::required_string(*t, "id", path, "[[conflict]]"));
  }
  return ids;
}

} // namespace factline::report
