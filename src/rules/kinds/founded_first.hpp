#pragma once
// founded_first: an ordering the rule file declares: an organization's `first` event (by
// default its founding) precedes every other event it takes part in. A launch dated before the
// founding of the company that launched it cannot be right.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class founded_first : public rule {
public:
  founded_first(rule_info info, std::string first, long tolerance)
      : rule(std::move(info)), first_(std::move(first)), tolerance_(tolerance) {}
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind();

private:
  std::string first_; // trigger class id
  long tolerance_;
};

} // namespace factline::rules::kinds
