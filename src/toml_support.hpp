#pragma once
// Reading TOML configuration strictly: every error names the file, line and column, and what
// was expected there. Shared by the corpus manifest and the rule files.
#include "error.hpp"

#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace factline::toml_support {

toml::table parse(std::string_view text, const std::string& display_name);

source_position where(const toml::source_region& region, const std::string& file);

// Every key of table must be one of allowed; otherwise an error at the key naming the valid ones.
void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                const std::string& file, std::string_view context);

std::optional<std::string> optional_string(const toml::table& table, std::string_view key,
                                           const std::string& file);
std::string required_string(const toml::table& table, std::string_view key, const std::string& file,
                            std::string_view context);
std::optional<long long> optional_integer(const toml::table& table, std::string_view key,
                                          const std::string& file);
std::optional<double> optional_number(const toml::table& table, std::string_view key,
                                      const std::string& file);
std::optional<bool> optional_bool(const toml::table& table, std::string_view key,
                                  const std::string& file);
// A list of strings; an error names the first element of another type.
std::vector<std::string> string_list(const toml::table& table, std::string_view key,
                                     const std::string& file);
// The tables of an array of tables ([[key]]), empty when the key is absent; anything else under
// the key is an error at its position.
std::vector<const toml::table*> array_of_tables(const toml::table& table, std::string_view key,
                                                const std::string& file);
const toml::table* optional_table(const toml::table& table, std::string_view key,
                                  const std::string& file);

std::string_view type_name(toml::node_type t);

} // namespace factline::toml_support
