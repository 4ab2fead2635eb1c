#include "rules/load.hpp"

#include "rules/builtin.hpp"
#include "rules/registry.hpp"
#include "rules/vocabulary_load.hpp"
#include "toml_support.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace factline::rules {

namespace ts = toml_support;

namespace {

severity parse_severity(const toml::table& t, const std::string& file) {
  auto s = ts::optional_string(t, "severity", file).value_or("error");
  if (s == "error") return severity::error;
  if (s == "warning") return severity::warning;
  if (s == "note") return severity::note;
  throw input_error(ts::where(t.get("severity")->source(), file),
                    fmt::format("unknown severity '{}' (expected error, warning or note)", s));
}

void check_message(const std::string& message, const toml::table& t, const std::string& file) {
  try {
    (void)fmt::format(fmt::runtime(message), fmt::arg("event", ""), fmt::arg("first", ""),
                      fmt::arg("second", ""), fmt::arg("gap", 0), fmt::arg("days", ""),
                      fmt::arg("chain", ""));
  } catch (const fmt::format_error& e) {
    throw input_error(ts::where(t.get("message")->source(), file),
                      fmt::format("'message' is not a valid template ({}); fields: {{event}}, "
                                  "{{first}}, {{second}}, {{gap}}, {{days}}, {{chain}}",
                                  e.what()));
  }
}

std::unique_ptr<rule> read_rule(const toml::table& t, const std::string& file) {
  std::string kind_name = ts::required_string(t, "kind", file, "[rule]");
  const rule_kind* kind = find_rule_kind(kind_name);
  if (!kind) {
    std::string valid;
    for (const auto& k : rule_kinds())
      valid += fmt::format("{}{}", valid.empty() ? "" : ", ", k.name);
    throw input_error(ts::where(t.get("kind")->source(), file),
                      fmt::format("unknown rule kind '{}' (valid kinds: {})", kind_name, valid));
  }
  // Common keys, then the kind's own: an unknown key is an error at its line.
  for (const auto& [key, node] : t) {
    static const std::string_view common[] = {"id", "kind", "severity", "message", "description"};
    bool known =
        std::find(std::begin(common), std::end(common), key.str()) != std::end(common) ||
        std::find(kind->settings.begin(), kind->settings.end(), key.str()) != kind->settings.end();
    if (known) continue;
    std::string valid = "id, kind, severity, message, description";
    for (const auto& s : kind->settings) valid += ", " + s;
    throw input_error(ts::where(key.source(), file),
                      fmt::format("unknown key '{}' for a {} rule (expected one of: {})", key.str(),
                                  kind_name, valid));
  }
  rule_info info;
  info.kind = kind_name;
  info.id = ts::required_string(t, "id", file, "[rule]");
  info.level = parse_severity(t, file);
  info.message = ts::optional_string(t, "message", file)
                     .value_or("{event}: {first} and {second} cannot both hold");
  info.description = ts::optional_string(t, "description", file).value_or("");
  info.where = ts::where(t.source(), file);
  if (t.get("message")) check_message(info.message, t, file);
  return kind->make(std::move(info), t, file);
}

void read_source(const rule_source& source, bool take_rules, configuration& out) {
  toml::table top = ts::parse(source.text, source.name);
  ts::check_keys(top, {"rule", "events", "entity", "quantities", "time"}, source.name,
                 "a rule file");
  if (const toml::table* events = ts::optional_table(top, "events", source.name))
    read_vocabulary(*events, source.name, out.words);
  if (const toml::table* entities = ts::optional_table(top, "entity", source.name))
    read_entities(*entities, source.name, out.words);
  if (const toml::table* quantities = ts::optional_table(top, "quantities", source.name))
    read_quantities(*quantities, source.name, out.words);
  if (const toml::table* time = ts::optional_table(top, "time", source.name)) {
    read_time(*time, source.name, out.time);
    if (const toml::table* words = ts::optional_table(*time, "words", source.name))
      read_calendar_words(*words, source.name, out.words.calendar);
  }
  if (const toml::node* rule_node = top.get("rule"); rule_node && take_rules) {
    if (const toml::table* t = rule_node->as_table()) {
      out.rules.push_back(read_rule(*t, source.name));
    } else if (rule_node->is_array()) {
      for (const toml::table* t : ts::array_of_tables(top, "rule", source.name))
        out.rules.push_back(read_rule(*t, source.name));
    } else {
      throw input_error(ts::where(rule_node->source(), source.name), "'rule' must be a table");
    }
  }
}

} // namespace

configuration load_sources(const std::vector<rule_source>& sources) {
  configuration out;
  bool user_rules =
      std::any_of(sources.begin(), sources.end(), [](const rule_source& s) { return !s.builtin; });
  for (const auto& s : sources) read_source(s, !(user_rules && s.builtin), out);
  std::map<std::string, const rule_info*> ids;
  for (const auto& r : out.rules) {
    auto [it, fresh] = ids.emplace(r->info().id, &r->info());
    if (!fresh)
      throw input_error(r->info().where,
                        fmt::format("rule id '{}' is already used at {}:{}", r->info().id,
                                    it->second->where.file, it->second->where.line));
  }
  return out;
}

configuration load(const std::optional<std::filesystem::path>& rules_dir) {
  std::vector<rule_source> sources;
  std::map<std::string, rule_source> by_name;
  for (const auto& f : builtin_files()) by_name[f.name] = {"rules/" + f.name, f.text, true};
  if (rules_dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(*rules_dir, ec))
      throw input_error({rules_dir->string(), 0, 0}, "is not a folder of rule files");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(*rules_dir, ec))
      if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      if (!in) throw input_error({f.string(), 0, 0}, "cannot be read");
      std::stringstream buffer;
      buffer << in.rdbuf();
      // A user file of the same name as a shipped one replaces it.
      by_name[f.filename().string()] = {f.string(), buffer.str(), false};
    }
  }
  for (auto& [name, source] : by_name) sources.push_back(std::move(source));
  return load_sources(sources);
}

} // namespace factline::rules
