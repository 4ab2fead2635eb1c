#include "rules/kinds/after_publication.hpp"

#include <set>

namespace factline::rules::kinds {

void after_publication::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::event& e : input.timeline.events) {
    // A document dating what it reports as done after its own publication ("launched the Pura
    // 70 on April 18, 2024" in an article of March 10, 2024): its date and its text disagree.
    std::set<std::size_t> self_dated;
    for (const auto& m : e.mentions) {
      const auto& doc = input.corpus.documents[m.where.document];
      if (!m.past || m.hedged || m.future || !m.stated || m.stated->narrative ||
          !doc.published.date || self_dated.count(m.where.document))
        continue;
      const calendar::interval& published = *doc.published.date;
      long gap = (m.stated->value.begin - published.end).count();
      if (gap <= tolerance_) continue;
      self_dated.insert(m.where.document);
      timeline::claim implied =
          implied_claim(m, {calendar::far_past, published.end, published.prec});
      std::string message = format_message(e, implied, &*m.stated, gap, input.corpus);
      out.push_back(make_finding(e, {implied, *m.stated}, std::move(message), input.corpus));
    }
    if (!e.merged) continue;
    // The sources must agree that it happened later: a disagreement among them is
    // date_agreement's to report.
    if (e.repeatable || !e.undisputed() || e.merged->open_begin()) continue;
    std::set<std::size_t> reported; // one finding per document
    for (const auto& m : e.mentions) {
      const auto& doc = input.corpus.documents[m.where.document];
      if (!m.past || m.hedged || !doc.published.date || reported.count(m.where.document) ||
          self_dated.count(m.where.document))
        continue;
      const calendar::interval& published = *doc.published.date;
      long gap = (e.merged->begin - published.end).count();
      if (gap <= tolerance_) continue;
      // The other source's claim that dates it latest, within the agreed date.
      const timeline::claim* later = nullptr;
      for (const auto& c : e.claims)
        if (!c.narrative && c.where.document != m.where.document &&
            c.value.begin >= e.merged->begin && (!later || c.value.begin > later->value.begin))
          later = &c;
      if (!later) continue;
      reported.insert(m.where.document);
      timeline::claim implied =
          implied_claim(m, {calendar::far_past, published.end, published.prec});
      std::string message = format_message(e, implied, later, gap, input.corpus);
      out.push_back(make_finding(e, {implied, *later}, std::move(message), input.corpus));
    }
  }
}

} // namespace factline::rules::kinds
