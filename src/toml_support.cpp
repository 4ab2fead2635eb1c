#include "toml_support.hpp"

#include <fmt/format.h>

namespace factline::toml_support {

source_position where(const toml::source_region& region, const std::string& file) {
  return {file, int(region.begin.line), int(region.begin.column)};
}

toml::table parse(std::string_view text, const std::string& display_name) {
  try {
    return toml::parse(text, display_name);
  } catch (const toml::parse_error& e) {
    throw input_error(where(e.source(), display_name),
                      fmt::format("invalid TOML: {}", e.description()));
  }
}

std::string_view type_name(toml::node_type t) {
  switch (t) {
  case toml::node_type::none:
    return "nothing";
  case toml::node_type::table:
    return "a table";
  case toml::node_type::array:
    return "an array";
  case toml::node_type::string:
    return "a string";
  case toml::node_type::integer:
    return "an integer";
  case toml::node_type::floating_point:
    return "a number";
  case toml::node_type::boolean:
    return "a boolean";
  case toml::node_type::date:
    return "a date";
  case toml::node_type::time:
    return "a time";
  case toml::node_type::date_time:
    return "a date-time";
  }
  return "a value";
}

void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                const std::string& file, std::string_view context) {
  for (const auto& [key, node] : table) {
    bool known = false;
    for (auto a : allowed) known = known || key.str() == a;
    if (known) continue;
    std::string valid;
    for (auto a : allowed) valid += fmt::format("{}{}", valid.empty() ? "" : ", ", a);
    throw input_error(
        where(key.source(), file),
        fmt::format("unknown key '{}' in {} (expected one of: {})", key.str(), context, valid));
  }
}

namespace {
[[noreturn]] void wrong_type(const toml::node& node, std::string_view key, std::string_view want,
                             const std::string& file) {
  throw input_error(where(node.source(), file),
                    fmt::format("'{}' must be {}, not {}", key, want, type_name(node.type())));
}
} // namespace

std::optional<std::string> optional_string(const toml::table& table, std::string_view key,
                                           const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (auto s = node->value<std::string>(); s && node->is_string()) return *s;
  wrong_type(*node, key, "a string", file);
}

std::string required_string(const toml::table& table, std::string_view key, const std::string& file,
                            std::string_view context) {
  if (auto s = optional_string(table, key, file)) return *s;
  throw input_error(where(table.source(), file),
                    fmt::format("{} has no '{}' (a string is required)", context, key));
}

std::optional<long long> optional_integer(const toml::table& table, std::string_view key,
                                          const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_integer()) return node->as_integer()->get();
  wrong_type(*node, key, "an integer", file);
}

std::optional<double> optional_number(const toml::table& table, std::string_view key,
                                      const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_integer()) return double(node->as_integer()->get());
  if (node->is_floating_point()) return node->as_floating_point()->get();
  wrong_type(*node, key, "a number", file);
}

std::optional<bool> optional_bool(const toml::table& table, std::string_view key,
                                  const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_boolean()) return node->as_boolean()->get();
  wrong_type(*node, key, "a boolean (true or false)", file);
}

std::vector<std::string> string_list(const toml::table& table, std::string_view key,
                                     const std::string& file) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array) wrong_type(*node, key, "an array of strings", file);
  for (const auto& element : *array) {
    if (!element.is_string()) wrong_type(element, key, "an array of strings", file);
    out.push_back(element.as_string()->get());
  }
  return out;
}

std::vector<const toml::table*> array_of_tables(const toml::table& table, std::string_view key,
                                                const std::string& file) {
  std::vector<const toml::table*> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array) wrong_type(*node, key, fmt::format("an array of tables ([[{}]])", key), file);
  for (const auto& element : *array) {
    const toml::table* t = element.as_table();
    if (!t) wrong_type(element, key, fmt::format("an array of tables ([[{}]])", key), file);
    out.push_back(t);
  }
  return out;
}

const toml::table* optional_table(const toml::table& table, std::string_view key,
                                  const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  if (const toml::table* t = node->as_table()) return t;
  wrong_type(*node, key, "a table", file);
}

} // namespace factline::toml_support
