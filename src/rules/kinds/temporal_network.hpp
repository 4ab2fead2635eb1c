#pragma once
// temporal_network: claims that date events from one another ("two months after the launch",
// "after the ban") join the calendar dates of those events in a simple temporal network:
// every claim bounds the difference of two time points (an event and the calendar's origin, or
// two events), in days. Claims that cannot all hold form a negative cycle in its distance
// graph; a simple negative cycle is a minimal set (drop any claim and the rest can hold). The
// cycle found is reported, its claims are set aside, and the search goes on until the rest is
// consistent. Each event takes part with the claims that agree on its date (event::merged):
// those that contradict them are date_agreement's to report.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class temporal_network : public tolerance_rule {
public:
  using tolerance_rule::tolerance_rule;
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind() { return tolerance_kind<temporal_network>("temporal_network"); }
};

} // namespace factline::rules::kinds
