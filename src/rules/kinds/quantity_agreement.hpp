#pragma once
// quantity_agreement: the amounts sources report for one fact (the price of one acquisition,
// one country's imports in one year) must be able to hold together. Each claim is a range (its
// rounding and approximator, see rules/quantities.toml); two ranges further apart than
// `relative_tolerance` of the larger amount cannot both hold. As with dates, a set of ranges
// that cannot all hold always has such a pair, so the pair furthest apart is reported.
// Forecasts never take part: a projection is not a reported amount.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class quantity_agreement : public rule {
public:
  struct settings {
    double relative_tolerance = 0.02;
    std::size_t min_documents = 2;
  };
  quantity_agreement(rule_info info, settings s) : rule(std::move(info)), settings_(s) {}
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind();

private:
  settings settings_;
};

} // namespace factline::rules::kinds
