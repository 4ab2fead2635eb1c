#include "rules/kinds/quantity_agreement.hpp"

#include "rules/widest_pair.hpp"
#include "toml_support.hpp"

#include <algorithm>
#include <cmath>

namespace factline::rules::kinds {

namespace ts = toml_support;

void quantity_agreement::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::quantity_fact& fact : input.timeline.facts) {
    if (fact.claims.size() < 2) continue;
    auto pair = widest_pair(
        fact.claims, settings_.min_documents, [](const timeline::claim&) { return true; },
        [](const timeline::claim& a, const timeline::claim& b) {
          return a.amount->high < b.amount->high;
        },
        [](const timeline::claim& a, const timeline::claim& b) {
          return a.amount->low > b.amount->low;
        },
        [&](const timeline::claim& a, const timeline::claim& b) -> std::optional<double> {
          double gap = b.amount->low - a.amount->high;
          if (gap <= settings_.relative_tolerance * b.amount->low) return std::nullopt;
          return gap;
        });
    if (!pair) continue;
    const timeline::claim* higher = pair->second;
    double widest = higher->amount->low - pair->first->amount->high;
    auto claims = in_report_order(*pair->first, *higher);
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
            s.min_documents = min_documents_setting(table, file, s.min_documents);
            return std::make_unique<quantity_agreement>(std::move(info), s);
          }};
}

} // namespace factline::rules::kinds
