#include "rules/kinds/quantity_agreement.hpp"

#include "toml_support.hpp"

#include <algorithm>
#include <cmath>

namespace factline::rules::kinds {

namespace ts = toml_support;

void quantity_agreement::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::quantity_fact& fact : input.timeline.facts) {
    if (fact.claims.size() < 2) continue;
    // The widest gap lies between a claim whose range ends lowest and one whose range starts
    // highest. With claims from different documents required, each side's best claim and its
    // best from another document are enough to find it: O(n log n) per fact.
    auto best_two = [&](auto better) {
      std::vector<const timeline::claim*> all;
      for (const auto& c : fact.claims) all.push_back(&c);
      std::stable_sort(all.begin(), all.end(), better);
      std::vector<const timeline::claim*> two{all.front()};
      for (const auto* c : all)
        if (c != all.front() &&
            (settings_.min_documents < 2 || c->where.document != all.front()->where.document)) {
          two.push_back(c);
          break;
        }
      return two;
    };
    auto lows = best_two([](auto* x, auto* y) { return x->amount->high < y->amount->high; });
    auto highs = best_two([](auto* x, auto* y) { return x->amount->low > y->amount->low; });
    const timeline::claim* lower = nullptr;
    const timeline::claim* higher = nullptr;
    double widest = 0;
    for (const auto* a : lows)
      for (const auto* b : highs) {
        if (a == b || (settings_.min_documents >= 2 && a->where.document == b->where.document))
          continue;
        double gap = b->amount->low - a->amount->high;
        if (gap > settings_.relative_tolerance * b->amount->low && gap > widest)
          widest = gap, lower = a, higher = b;
      }
    if (!lower) continue;
    std::vector<timeline::claim> claims{*lower, *higher};
    std::sort(claims.begin(), claims.end(), [](const auto& x, const auto& y) {
      return std::tie(x.where.document, x.where.begin) < std::tie(y.where.document, y.where.begin);
    });
    // The gap as a share of the larger amount, in percent.
    long gap = std::lround(100.0 * widest / higher->amount->low);
    std::string message = format_message(fact.label, claims[0], &claims[1], gap, input.corpus);
    out.push_back(
        make_finding(fact.id, fact.label, std::move(claims), std::move(message), input.corpus));
  }
}

rule_kind quantity_agreement::kind() {
  return {"quantity_agreement",
          {"relative_tolerance", "min_documents"},
          [](rule_info info, const toml::table& table, const std::string& file) {
            settings s;
            if (auto t = ts::optional_number(table, "relative_tolerance", file)) {
              if (*t < 0 || *t >= 1)
                throw input_error(ts::where(table.get("relative_tolerance")->source(), file),
                                  "'relative_tolerance' must lie in [0, 1)");
              s.relative_tolerance = *t;
            }
            if (auto m = ts::optional_integer(table, "min_documents", file)) {
              if (*m < 1 || *m > 2)
                throw input_error(ts::where(table.get("min_documents")->source(), file),
                                  "'min_documents' must be 1 or 2");
              s.min_documents = std::size_t(*m);
            }
            return std::make_unique<quantity_agreement>(std::move(info), s);
          }};
}

} // namespace factline::rules::kinds
