#pragma once
// The pair of claims furthest apart, for the rules that compare claims on one line (dates,
// amounts): one claim ending first, one beginning last, from different documents unless a
// document may contradict itself. In one dimension a set of ranges that cannot all hold always
// holds such a pair, so it is the smallest conflicting set. Each side's best claim and its best
// from another document are enough to find it: O(n), one pass.
#include "timeline/timeline.hpp"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace factline::rules {

// ends_first(a, b): a's range ends before b's; begins_last(a, b): a's begins after b's.
// apart(a, b): how far b lies beyond a when the two cannot both hold, else nothing.
template <class Take, class EndsFirst, class BeginsLast, class Apart>
std::optional<std::pair<const timeline::claim*, const timeline::claim*>>
widest_pair(const std::vector<timeline::claim>& claims, std::size_t min_documents, Take take,
            EndsFirst ends_first, BeginsLast begins_last, Apart apart) {
  bool any_document = min_documents < 2;
  // best[0]: the best claim so far; best[1]: the best from another document than best[0]'s
  // (or simply the second best when a document may contradict itself).
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
  std::vector<const timeline::claim*> first_ends, last_begins;
  for (const auto& c : claims) {
    if (!take(c)) continue;
    keep_two(first_ends, c, ends_first);
    keep_two(last_begins, c, begins_last);
  }
  std::optional<std::pair<const timeline::claim*, const timeline::claim*>> widest;
  decltype(apart(claims.front(), claims.front())) widest_gap;
  for (const auto* a : first_ends)
    for (const auto* b : last_begins) {
      if (a == b || (!any_document && a->where.document == b->where.document)) continue;
      auto gap = apart(*a, *b);
      if (gap && (!widest || *gap > *widest_gap)) widest = {a, b}, widest_gap = gap;
    }
  return widest;
}

// A finding's two claims in report order: by document, then position, whichever is earlier.
inline std::vector<timeline::claim> in_report_order(const timeline::claim& a,
                                                    const timeline::claim& b) {
  std::vector<timeline::claim> claims{a, b};
  std::sort(claims.begin(), claims.end(), [](const auto& x, const auto& y) {
    return std::tie(x.where.document, x.where.begin) < std::tie(y.where.document, y.where.begin);
  });
  return claims;
}

} // namespace factline::rules
