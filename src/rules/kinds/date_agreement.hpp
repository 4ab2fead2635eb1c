#pragma once
// date_agreement: the dated claims about one event must be able to hold together. Two claims
// whose intervals are further apart than `tolerance_days` cannot; in one dimension a set of
// intervals that cannot all hold always has such a pair (Helly), so the pair is the smallest
// conflicting set. The pair reported is the one furthest apart.
#include "rules/registry.hpp"

namespace factline::rules::kinds {

class date_agreement : public rule {
public:
  struct settings {
    long tolerance_days = 0;
    std::size_t min_documents = 2; // 1 also flags a document that contradicts itself
    bool include_repeatable = false;
  };
  date_agreement(rule_info info, settings s) : rule(std::move(info)), settings_(s) {}
  void check(const check_input& input, std::vector<finding>& out) const override;
  static rule_kind kind();

private:
  settings settings_;
};

} // namespace factline::rules::kinds
