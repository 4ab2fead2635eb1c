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

// `tolerance_days`, common to the kinds that compare dates: a whole number of days, not negative.
long tolerance_setting(const toml::table& table, const std::string& file, long fallback);

// `min_documents`, common to the kinds that compare claims: 2 compares only claims from
// different documents, 1 lets a document contradict itself.
std::size_t min_documents_setting(const toml::table& table, const std::string& file,
                                  std::size_t fallback);

// A rule whose one setting is tolerance_days (default 1: the date line).
class tolerance_rule : public rule {
public:
  tolerance_rule(rule_info info, long tolerance) : rule(std::move(info)), tolerance_(tolerance) {}

protected:
  long tolerance_;
};

// The registry entry of such a kind.
template <class Kind>
rule_kind tolerance_kind(std::string name) {
  return {std::move(name),
          {"tolerance_days"},
          [](rule_info info, const toml::table& table, const std::string& file) {
            return std::make_unique<Kind>(std::move(info), tolerance_setting(table, file, 1));
          }};
}
const rule_kind* find_rule_kind(std::string_view name);

} // namespace factline::rules
