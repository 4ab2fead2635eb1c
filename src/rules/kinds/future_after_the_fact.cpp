#include "rules/kinds/future_after_the_fact.hpp"

#include <set>

namespace factline::rules::kinds {

void future_after_the_fact::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::event& e : input.timeline.events) {
    std::set<std::size_t> reported;
    for (const auto& m : e.mentions) {
      const auto& doc = input.corpus.documents[m.where.document];
      if (!m.future || !doc.published.date || reported.count(m.where.document)) continue;
      const calendar::interval& published = *doc.published.date;
      timeline::claim ahead =
          implied_claim(m, {published.begin, calendar::far_future, published.prec});
      // Its own date lies before it was written: "will launch in 2023" in a 2025 article. The
      // date must follow the trigger closely: in "In September, it announced plans to acquire"
      // the date is the announcement's.
      bool own_date = m.stated && m.stated->where.document == m.where.document &&
                      m.stated->where.begin > m.where.begin &&
                      m.stated->where.begin - m.where.end <= 60;
      if (own_date && !m.stated->value.open_end()) {
        long gap = (published.begin - m.stated->value.end).count();
        if (gap > tolerance_) {
          reported.insert(m.where.document);
          std::string message = format_message(e, ahead, &*m.stated, gap, input.corpus);
          out.push_back(make_finding(e, {ahead, *m.stated}, std::move(message), input.corpus));
          continue;
        }
      }
      // The other sources date it before the document was written.
      if (e.repeatable || !e.undisputed() || e.merged->open_end()) continue;
      long gap = (published.begin - e.merged->end).count();
      if (gap <= tolerance_) continue;
      const timeline::claim* earlier = nullptr;
      for (const auto& c : e.claims)
        if (!c.narrative && c.where.document != m.where.document && c.value.end <= e.merged->end &&
            (!earlier || c.value.end < earlier->value.end))
          earlier = &c;
      if (!earlier) continue;
      reported.insert(m.where.document);
      std::string message = format_message(e, ahead, earlier, gap, input.corpus);
      out.push_back(make_finding(e, {ahead, *earlier}, std::move(message), input.corpus));
    }
  }
}

} // namespace factline::rules::kinds
