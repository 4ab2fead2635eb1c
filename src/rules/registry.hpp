#pragma once
// Rule kinds by name. Adding one: a .hpp/.cpp pair under kinds/, one line in registry.cpp.
#include "rules/rule.hpp"

#include <toml++/toml.h>

#include <functional>
#include <string>
#include <vector>

namespace factline::rules {

// Makes a rule from its [rule] table; checks the kind's own keys (common ones are checked by
// the loader) and throws input_error at the offending line.
using rule_factory =
    std::function<std::unique_ptr<rule>(rule_info, const toml::table&, const std::string& file)>;

struct rule_kind {
  std::string name;                  // snake_case, as in the rule file's `kind`
  std::vector<std::string> settings; // the keys a rule of this kind may set
  rule_factory make;
};

const std::vector<rule_kind>& rule_kinds();
const rule_kind* find_rule_kind(std::string_view name);

} // namespace factline::rules
