#include "rules/kinds/date_agreement.hpp"

#include "toml_support.hpp"

#include <fmt/format.h>

namespace factline::rules::kinds {

namespace ts = toml_support;

void date_agreement::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::event& e : input.timeline.events) {
    if (e.repeatable && !settings_.include_repeatable) continue;
    // The widest gap lies between a claim ending first and one starting last. With claims
    // from different documents required, the two best of each side from different
    // documents are enough to find it: O(n) per event.
    const timeline::claim* earlier = nullptr; // ends first
    const timeline::claim* later = nullptr;   // starts last
    long widest = settings_.tolerance_days;
    std::vector<const timeline::claim*> first_ends, last_begins;
    // best[0]: the best claim so far; best[1]: the best from another document than best[0]'s
    // (or simply the second best when a document may contradict itself).
    bool any_document = settings_.min_documents < 2;
    auto keep_two = [&](std::vector<const timeline::claim*>& best, const timeline::claim& c,
                        auto better) {
      if (best.empty()) {
        best.push_back(&c);
      } else if (better(c, *best[0])) {
        const timeline::claim* old = best[0];
        best[0] = &c;
        if (any_document || old->where.document != c.where.document) {
          if (best.size() < 2)
            best.push_back(old);
          else
            best[1] = old;
        }
      } else if (any_document || c.where.document != best[0]->where.document) {
        if (best.size() < 2)
          best.push_back(&c);
        else if (better(c, *best[1]))
          best[1] = &c;
      }
    };
    auto ends_first = [](const timeline::claim& a, const timeline::claim& b) {
      return a.value.end < b.value.end;
    };
    auto begins_last = [](const timeline::claim& a, const timeline::claim& b) {
      return a.value.begin > b.value.begin;
    };
    for (const auto& c : e.claims) {
      if (c.narrative) continue;
      keep_two(first_ends, c, ends_first);
      keep_two(last_begins, c, begins_last);
    }
    for (const auto* a : first_ends) {
      for (const auto* b : last_begins) {
        if (a == b) continue;
        if (settings_.min_documents >= 2 && a->where.document == b->where.document) continue;
        if (a->value.end > b->value.begin) continue;
        long gap = (b->value.begin - a->value.end).count();
        if (gap > widest) {
          widest = gap;
          earlier = a;
          later = b;
        }
      }
    }
    if (!earlier) continue;
    // Report order: by document, then position, so output does not depend on which is earlier.
    std::vector<timeline::claim> claims{*earlier, *later};
    std::sort(claims.begin(), claims.end(), [](const auto& x, const auto& y) {
      return std::tie(x.where.document, x.where.begin) < std::tie(y.where.document, y.where.begin);
    });
    std::string message = format_message(e, claims[0], &claims[1], widest, input.corpus);
    out.push_back(make_finding(e, std::move(claims), std::move(message), input.corpus));
  }
}

rule_kind date_agreement::kind() {
  return {"date_agreement",
          {"tolerance_days", "min_documents", "include_repeatable"},
          [](rule_info info, const toml::table& table, const std::string& file) {
            settings s;
            s.tolerance_days = tolerance_setting(table, file, s.tolerance_days);
            if (auto m = ts::optional_integer(table, "min_documents", file)) {
              if (*m < 1 || *m > 2)
                throw input_error(ts::where(table.get("min_documents")->source(), file),
                                  "'min_documents' must be 1 or 2");
              s.min_documents = std::size_t(*m);
            }
            if (auto r = ts::optional_bool(table, "include_repeatable", file))
              s.include_repeatable = *r;
            return std::make_unique<date_agreement>(std::move(info), s);
          }};
}

// Named fields a date_agreement message may use.
} // namespace factline::rules::kinds
