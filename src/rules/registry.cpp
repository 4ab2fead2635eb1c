#include "rules/registry.hpp"

#include "rules/kinds/date_agreement.hpp"

namespace factline::rules {

const std::vector<rule_kind>& rule_kinds() {
  static const std::vector<rule_kind> kinds = {
      kinds::date_agreement::kind(),
  };
  return kinds;
}

const rule_kind* find_rule_kind(std::string_view name) {
  for (const auto& k : rule_kinds())
    if (k.name == name) return &k;
  return nullptr;
}

} // namespace factline::rules
