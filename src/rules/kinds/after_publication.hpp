#pragma once
// after_publication: a document reports an event as done ("the ministry banned ...") before the
// date the other sources give it. The mention implies "on or before the publication date"; the
// conflict cites it and the claim that puts the event later.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class after_publication : public tolerance_rule {
public:
  using tolerance_rule::tolerance_rule;
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind() { return tolerance_kind<after_publication>("after_publication"); }
};

} // namespace factline::rules::kinds
