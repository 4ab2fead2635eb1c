#pragma once
// future_after_the_fact: a document tells as still ahead ("will launch in 2023", "plans to
// acquire") an event that, by its own date or by the other sources, happened before the
// document was written.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class future_after_the_fact : public tolerance_rule {
public:
  using tolerance_rule::tolerance_rule;
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind() { return tolerance_kind<future_after_the_fact>("future_after_the_fact"); }
};

} // namespace factline::rules::kinds
