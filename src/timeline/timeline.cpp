#include "timeline/timeline.hpp"

#include "grammar/scan.hpp"
#include "heap_policy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace factline::timeline {

namespace {

// "the first three months of 2025", "the last six months of 2024": TimeML tags the length and
// the year apart; as an amount's period they are those months of that year.
void narrow_to_months_before(const corpus::document& doc, const grammar::scan_result& scan,
                             const grammar::date_match& date,
                             std::vector<calendar::normalized>& values) {
  auto& value = values.back().value;
  std::size_t i = std::size_t(&date - scan.dates.data());
  if (!value || i == 0 || value->prec != calendar::precision::year) return;
  const auto& length = scan.dates[i - 1];
  if (length.ast.form != grammar::date_form::duration ||
      length.ast.unit != grammar::time_unit::month || length.ast.count < 1 ||
      length.ast.count > 11 || length.ast.and_half || length.end + 1 != date.begin)
    return;
  std::string_view words =
      std::string_view(doc.text).substr(length.begin, length.end - length.begin);
  // (After a preposition: "In the first three months".)
  if (length.ast.has_preposition) words.remove_prefix(std::min(words.size(), words.find(' ') + 1));
  bool first = words.starts_with("the first ") || words.starts_with("The first ");
  bool last = words.starts_with("the last ") || words.starts_with("The last ");
  if (!first && !last) return;
  date::year_month_day start{value->begin};
  date::year_month from = date::year_month{start.year(), start.month()} +
                          date::months{first ? 0 : 12 - length.ast.count};
  date::year_month to = from + date::months{length.ast.count};
  *value = {date::sys_days{from / 1}, date::sys_days{to / 1}, calendar::precision::month};
}

// "in the first three months of the year", "the last six months of this year": no year follows
// for the tagger to read, so they are those months of the year the document was published in.
void months_of_this_year(const corpus::document& doc, const grammar::date_match& date,
                         std::vector<calendar::normalized>& values) {
  auto& value = values.back().value;
  if (value || !doc.published.date || date.ast.form != grammar::date_form::duration ||
      date.ast.unit != grammar::time_unit::month || date.ast.count < 1 || date.ast.count > 11 ||
      date.ast.and_half)
    return;
  std::string_view text(doc.text);
  std::string_view rest = text.substr(date.end, 14);
  if (!rest.starts_with(" of the year") && !rest.starts_with(" of this year")) return;
  std::string_view words = text.substr(date.begin, date.end - date.begin);
  if (date.ast.has_preposition) words.remove_prefix(std::min(words.size(), words.find(' ') + 1));
  bool first = words.starts_with("the first ") || words.starts_with("The first ");
  bool last = words.starts_with("the last ") || words.starts_with("The last ");
  if (!first && !last) return;
  date::year_month_day published{doc.published.date->begin};
  date::year_month from =
      published.year() / date::month{first ? 1u : unsigned(13 - date.ast.count)};
  date::year_month to = from + date::months{date.ast.count};
  value = calendar::interval{date::sys_days{from / 1}, date::sys_days{to / 1},
                             calendar::precision::month};
}

} // namespace

namespace {

std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == ' ' ? '-' : c);
  return out;
}

std::string join_keys(const std::vector<grammar::participant>& ps, std::string_view sep,
                      bool display) {
  std::string out;
  for (const auto& p : ps) {
    if (!out.empty()) out += sep;
    out += display ? p.display : slug(p.key);
  }
  return out;
}

} // namespace

std::optional<calendar::interval> merge_claims(const std::vector<claim>& claims,
                                               std::size_t* agreeing) {
  // Sweep the claims' starts in order, keeping those still open; at each start the open ones
  // all hold that day, and their intersection is [latest start, earliest end). O(n log n).
  std::vector<const claim*> by_begin;
  for (const claim& c : claims)
    if (!c.narrative) by_begin.push_back(&c);
  std::sort(by_begin.begin(), by_begin.end(),
            [](const claim* a, const claim* b) { return a->value.begin < b->value.begin; });
  std::multiset<date::sys_days> ends;
  std::optional<calendar::interval> best;
  std::size_t best_count = 0;
  auto width = [](const calendar::interval& i) { return (i.end - i.begin).count(); };
  for (std::size_t i = 0; i < by_begin.size(); ++i) {
    const auto& v = by_begin[i]->value;
    while (!ends.empty() && *ends.begin() <= v.begin) ends.erase(ends.begin());
    ends.insert(v.end);
    // Claims starting on the same day join before the candidate is taken.
    if (i + 1 < by_begin.size() && by_begin[i + 1]->value.begin == v.begin) continue;
    calendar::interval common{v.begin, *ends.begin(), v.prec, v.approximate};
    std::size_t count = ends.size();
    if (count > best_count || (count == best_count && best && width(common) < width(*best))) {
      best = common;
      best_count = count;
    }
  }
  if (best) {
    // The precision is that of the narrowest claim taking part.
    for (const claim* c : by_begin)
      if (c->value.begin <= best->begin && c->value.end >= best->end)
        best->prec = std::min(best->prec, c->value.prec);
  }
  if (agreeing) *agreeing = best_count;
  return best;
}

namespace {
source_span span_of(const corpus::document& doc, std::size_t index, std::size_t begin,
                    std::size_t end) {
  auto pos = doc.position(begin);
  return {index, begin, end, doc.text.substr(begin, end - begin), pos.line, pos.column};
}
} // namespace

void builder::add(const corpus::document& doc, std::size_t d) {
  if (doc.skipped) return;
  std::string_view body = std::string_view(doc.text).substr(doc.body_begin);
  grammar::scan_result scan = grammar::scan(body, true);
  for (auto& date : scan.dates) date.begin += doc.body_begin, date.end += doc.body_begin;
  for (auto& token : scan.tokens) token.begin += doc.body_begin, token.end += doc.body_begin;
  for (auto& q : scan.quantities) q.begin += doc.body_begin, q.end += doc.body_begin;
  out_.date_expressions += scan.dates.size();

  std::vector<calendar::normalized> values;
  values.reserve(scan.dates.size());
  std::optional<std::size_t> last_quarter; // the quarter the text last named
  for (auto& date : scan.dates) {
    // "the quarter" after "its fiscal first quarter" is that quarter: a claim like it.
    if (date.ast.weak && date.ast.form == grammar::date_form::quarter && date.ast.count == 0 &&
        date.ast.direction < 0 && last_quarter) {
      date.ast = scan.dates[*last_quarter].ast;
      values.push_back(values[*last_quarter]);
      continue;
    }
    // (A quarter as an adjective, "third-quarter revenue", names one too.)
    if (date.ast.form == grammar::date_form::quarter &&
        (!date.ast.weak || grammar::period_adjective(date.ast)))
      last_quarter = std::size_t(&date - scan.dates.data());
    // The tagger's weak readings are never an event's date; a lone year or quarter before a noun
    // ("its 2023 revenue", "second-quarter sales") may still be an amount's period.
    if (date.ast.weak && !grammar::period_adjective(date.ast)) {
      values.emplace_back();
      continue;
    }
    values.push_back(calendar::normalize(date.ast, doc.published.date, settings_));
    narrow_to_months_before(doc, scan, date, values);
    months_of_this_year(doc, date, values);
    if (values.back().needs_anchor)
      out_.unanchored.push_back({span_of(doc, d, date.begin, date.end)});
  }

  auto found = finder_.find_all(doc.text, scan);
  auto& mentions = found.events;
  std::size_t first = mentions_.size();
  add_amounts(doc, d, scan, values, found.quantities, first);
  for (auto& m : mentions) {
    located_mention lm{std::move(m), {}, nullptr, 0};
    auto& r = lm.record;
    r.where = span_of(doc, d, lm.mention.begin, lm.mention.end);
    r.past = lm.mention.past;
    r.future = lm.mention.future;
    r.hedged = lm.mention.hedged;
    // "on January 27, 2025, two months after DeepSeek released R1": the offset counted back
    // from (after) or on from (before) the anchor date is the event's date.
    if (lm.mention.date && lm.mention.anchor_date && values[*lm.mention.anchor_date].value) {
      const auto& offset = scan.dates[*lm.mention.date];
      calendar::interval value = *values[*lm.mention.anchor_date].value;
      auto [low, high] = calendar::offset_days(offset.ast, settings_);
      // Before the anchor: the anchor's event comes after the offset ("two months after"), or
      // the event comes the offset before the anchor's ("three weeks before ... on January 20").
      bool before_anchor =
          lm.mention.anchor_after ? offset.ast.direction < 0 : offset.ast.direction > 0;
      if (before_anchor)
        value = {value.begin - date::days{high}, value.end - date::days{low},
                 calendar::precision::vague};
      else
        value = {value.begin + date::days{low}, value.end + date::days{high},
                 calendar::precision::vague};
      // Cited from the anchor to the offset: "on January 27, 2025, two months after" implies ...
      // (or from the offset to the anchor after it).
      const auto& anchor = scan.dates[*lm.mention.anchor_date];
      std::size_t from = lm.mention.anchor_after ? offset.begin : anchor.begin;
      std::size_t to = lm.mention.anchor_after ? anchor.end : offset.end;
      r.stated = claim{span_of(doc, d, from, to), value, false, {}, {}, {}};
      bool forecast = doc.published.date && value.begin >= doc.published.date->end;
      r.claims = !lm.mention.hedged && !forecast;
    } else if (lm.mention.date && values[*lm.mention.date].value) {
      const auto& date = scan.dates[*lm.mention.date];
      // "announced an agreement ... in January" (published in November): a date without its
      // year that the clause's words put ahead is behind when the event is told as done.
      if (lm.mention.past && !lm.mention.hedged && !lm.mention.future && doc.published.date &&
          date.ast.form == grammar::date_form::absolute && date.ast.year == 0 &&
          !date.ast.year_relative &&
          values[*lm.mention.date].value->begin >= doc.published.date->end) {
        grammar::date_ast past = date.ast;
        past.tense = -1;
        if (auto behind = calendar::normalize(past, doc.published.date, settings_).value)
          values[*lm.mention.date].value = behind;
      }
      calendar::interval value = *values[*lm.mention.date].value;
      // "Apple, which unveiled its iPhone 16 lineup this week" (told on Thursday): what is told
      // as done lies in the part of the period up to the day the document was written.
      if (lm.mention.past && !lm.mention.hedged && !lm.mention.future && !date.ast.narrative &&
          doc.published.date && value.begin < doc.published.date->end &&
          value.end > doc.published.date->end && !value.open_end())
        value.end = doc.published.date->end;
      r.stated =
          claim{span_of(doc, d, date.begin, date.end), value, date.ast.narrative, {}, {}, {}};
      // A date after the document was written is a plan or a forecast, not a reported fact.
      bool forecast = doc.published.date && value.begin >= doc.published.date->end;
      r.claims = !lm.mention.hedged && !forecast;
      // "the phones go on sale on December 4" (told on November 26): a schedule, which tells
      // as much as "will go on sale" that it had not happened when the document was written.
      // Only a date written out says so: a year-less one counts when its year is plain (no
      // more than a month ahead), not when a dated list's "January 20:" in August was read
      // forward; "a day later" counts from another date.
      if (forecast && !lm.mention.past && !lm.mention.hedged && !date.ast.narrative &&
          date.ast.form == grammar::date_form::absolute &&
          (date.ast.year != 0 || (value.begin - doc.published.date->end).count() <= 31))
        r.future = true;
    }
    if (lm.mention.antecedent) lm.mention.antecedent = first + *lm.mention.antecedent;
    // "plans to begin mass shipments ... The move comes a week after Washington told Nvidia":
    // what a word standing for a plan times is the plan's telling, not the planned event.
    bool stands_for_plan = false;
    if (lm.mention.antecedent && *lm.mention.antecedent < mentions_.size()) {
      const auto& planned = mentions_[*lm.mention.antecedent];
      stands_for_plan = planned.mention.hedged || planned.mention.future || planned.record.future;
    }
    if (const auto& rel = lm.mention.relative; rel && !lm.mention.hedged && !stands_for_plan) {
      relation out;
      out.said.where = span_of(doc, d, rel->begin, rel->end);
      struct offset o;
      if (rel->date) {
        auto [low, high] = calendar::offset_days(scan.dates[*rel->date].ast, settings_);
        if (rel->direction > 0) o.min_days = low, o.max_days = high;
        if (rel->direction < 0) o.min_days = -high, o.max_days = -low;
        if (rel->direction == 0) o.min_days = -high, o.max_days = high;
      } else {
        (rel->direction > 0 ? o.min_days : o.max_days) = 0;
      }
      out.said.offset = std::make_shared<struct offset>(std::move(o));
      lm.relative = std::make_unique<relation>(std::move(out));
      lm.relative_to = first + rel->mention;
    }
    mentions_.push_back(std::move(lm));
  }
}

namespace {

// "2.05 to 2.15 billion USD", "36 to 44", "10.35 to 10.45%": both ends in the scale of the
// higher one, short, with no trailing zeros.
std::string amount_words(const amount& a) {
  static const std::pair<double, const char*> scales[] = {
      {1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}, {1, ""}};
  double scale = 1;
  const char* word = "";
  for (const auto& [s, w] : scales)
    if (std::abs(a.high) >= s) {
      scale = s, word = w;
      break;
    }
  // Under a million, whole numbers with their thousands grouped ("199,999.5 to 200,000.5"):
  // four significant digits would print "2e+05".
  auto number = [&](double v) {
    if (scale != 1 || std::abs(v) < 1000) return fmt::format("{:.4g}", v / scale);
    std::string digits = fmt::format("{:.1f}", std::abs(v));
    if (digits.ends_with(".0")) digits.resize(digits.size() - 2);
    std::size_t point = std::min(digits.find('.'), digits.size());
    std::string grouped = v < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && i < point && (point - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return grouped;
  };
  std::string range =
      a.low == a.high ? number(a.high) : fmt::format("{} to {}", number(a.low), number(a.high));
  if (a.unit == "%") return range + "%";
  return fmt::format("{}{}{}{}", range, word, a.unit.empty() ? "" : " ", a.unit);
}

} // namespace

std::string describe(const claim& c) {
  if (c.offset) {
    const auto& o = *c.offset;
    if (!o.min_days) return fmt::format("on or before {}", o.event_label);
    if (!o.max_days) return fmt::format("on or after {}", o.event_label);
    auto range = [](long a, long b) {
      return a == b ? fmt::format("{}", a) : fmt::format("{} to {}", a, b);
    };
    if (*o.min_days >= 0)
      return fmt::format("{} days after {}", range(*o.min_days, *o.max_days), o.event_label);
    if (*o.max_days <= 0)
      return fmt::format("{} days before {}", range(-*o.max_days, -*o.min_days), o.event_label);
    return fmt::format("within {} days of {}", *o.max_days, o.event_label);
  }
  if (!c.amount) return calendar::describe(c.value);
  return amount_words(*c.amount);
}

void builder::add_amounts(const corpus::document& doc, std::size_t d,
                          const grammar::scan_result& scan,
                          const std::vector<calendar::normalized>& values,
                          const std::vector<grammar::quantity_mention>& quantities,
                          std::size_t first_mention) {
  const auto& approximators = words_.quantities.approximators;
  for (const auto& qm : quantities) {
    const auto& match = scan.quantities[qm.quantity];
    const auto& q = match.ast;
    double below = 0, above = 0;
    if (qm.approximator >= 0) {
      below = approximators[std::size_t(qm.approximator)].below;
      above = approximators[std::size_t(qm.approximator)].above;
    }
    located_amount la;
    amount a;
    // A figure holds to its last digit, but a sum of money in one digit ("$1bn") is not a
    // rounding of $700 million: at most a fifth of it either way.
    double rounding = q.rounding;
    if (q.kind == grammar::quantity_kind::money) rounding = std::min(rounding, 0.2 * q.value);
    // "more than 1 billion yuan" is no less than the figure, "nearly $2 billion" no more.
    double rounding_below = below == 0 && above > 0 ? 0.0 : rounding;
    double rounding_above = above == 0 && below > 0 ? 0.0 : rounding;
    a.low = std::max(0.0, q.value - rounding_below - below * q.value);
    a.high = q.value + rounding_above + above * q.value;
    a.unit = q.kind == grammar::quantity_kind::money     ? std::string(q.currency)
             : q.kind == grammar::quantity_kind::percent ? "%"
                                                         : "";
    la.stated.where = span_of(doc, d, qm.begin, match.end);
    la.stated.amount = std::make_shared<const amount>(std::move(a));
    la.forecast = qm.forecast;
    la.measure_label = qm.measure_label;
    const amount& stated = *la.stated.amount;
    std::string unit = stated.unit.empty() ? "count" : stated.unit;
    if (qm.event) {
      la.event_mention = first_mention + *qm.event;
      la.fact_suffix = fmt::format("{}/{}", slug(qm.measure), unit);
    } else {
      std::optional<calendar::interval> period;
      if (qm.period)
        period = values[*qm.period].value;
      else if (qm.publication_year && doc.published.date)
        period = calendar::year_of(date::year_month_day{doc.published.date->begin}.year());
      if (!period) continue; // "last year" in a document with no date
      if (qm.edition || qm.whole_year)
        period = calendar::year_of(date::year_month_day{period->begin}.year());
      if (qm.quarter_ending) {
        // The three months ending with the month of the period's last day.
        date::year_month_day last{period->end - date::days{1}};
        date::year_month first_month =
            date::year_month{last.year(), last.month()} - date::months{2};
        date::year_month next_month = date::year_month{last.year(), last.month()} + date::months{1};
        period = calendar::interval{date::sys_days{first_month / 1}, date::sys_days{next_month / 1},
                                    calendar::precision::month};
      }
      if (qm.plan) {
        // A plan by the year it was announced in; its size is a fact, not a forecast.
        period = calendar::year_of(date::year_month_day{period->begin}.year());
        la.forecast = false;
      } else {
        // An amount for a period after the document was written is a forecast.
        la.forecast =
            la.forecast || (doc.published.date && period->begin >= doc.published.date->end);
      }
      std::string period_text = calendar::describe(*period);
      // A company's fiscal year is no calendar year: "FY2025" is compared only with itself.
      if (qm.period && scan.dates[*qm.period].ast.fiscal) period_text = "FY" + period_text;
      la.fact_id = fmt::format("{}/{}@{}/{}", slug(qm.measure), join_keys(qm.subjects, "+", false),
                               period_text, unit);
      la.fact_label =
          fmt::format("{} of {}, {}{}", qm.measure_label, join_keys(qm.subjects, ", ", true),
                      period_text, stated.unit.empty() ? "" : fmt::format(" ({})", stated.unit));
    }
    amounts_.push_back(std::move(la));
  }
}

void quote_claims(corpus::corpus& corpus, const std::vector<claim*>& claims) {
  std::map<std::size_t, std::vector<claim*>> by_document;
  for (claim* c : claims) by_document[c->where.document].push_back(c);
  for (auto& [d, cited] : by_document) {
    corpus::document& doc = corpus.documents[d];
    bool opened = doc.text.empty();
    if (opened) corpus::open_document(doc);
    for (claim* c : cited) {
      // The file may have changed since it was read: quote only what still matches.
      if (c->where.end <= doc.text.size() &&
          doc.text.compare(c->where.begin, c->where.end - c->where.begin, c->where.text) == 0)
        c->quote = doc.excerpt_at(c->where.begin, c->where.end);
      else
        c->quote = {"(the file changed since it was read)", 0, 1};
    }
    if (opened) doc.release_text();
  }
}

timeline build(corpus::corpus& corpus, const grammar::vocabulary& words,
               const calendar::time_settings& settings) {
  builder b(words, settings);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    corpus::document& doc = corpus.documents[d];
    corpus::open_document(doc);
    b.add(doc, d);
    doc.release_text();
    heap_policy::advise_growth();
  }
  return b.finish();
}

timeline builder::finish() {
  timeline& out = out_;
  const auto& words = words_;
  auto& all = mentions_;
  // Identity: trigger class and key participants; an anaphor takes its antecedent's.
  auto identity_of = [&](std::size_t i) -> const grammar::event_mention& {
    const auto& m = all[i].mention;
    return m.antecedent ? all[*m.antecedent].mention : m;
  };
  struct group {
    int trigger_class;
    std::vector<grammar::participant> key; // sorted
    std::vector<std::size_t> members;
  };
  std::map<std::string, group> by_key;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& m = identity_of(i);
    if (m.trigger_class < 0) continue;
    auto key = grammar::key_participants(m);
    if (key.empty()) continue;
    const auto& trigger = words.triggers[std::size_t(m.trigger_class)];
    if (!trigger.once_per_participant && key.size() == 1 &&
        key.front().kind != grammar::entity_kind::product && !m.object_named)
      continue; // "Apple launched its phone": which of Apple's launches is unknown
    if (trigger.needs_agent && !m.agent) continue; // nobody acted for a government
    if (!trigger.products_identify &&
        std::all_of(key.begin(), key.end(), [](const grammar::participant& p) {
          return p.kind == grammar::entity_kind::product;
        }))
      continue; // "bought a million H20 chips": a purchase

    auto& g = by_key[fmt::format("{}:{}", words.triggers[std::size_t(m.trigger_class)].id,
                                 join_keys(key, "+", false))];
    g.trigger_class = m.trigger_class;
    g.key = key;
    g.members.push_back(i);
  }
  // A mention naming fewer participants ("Quillo was acquired") joins the one group of the same
  // class whose participants include its own ("Halvard Bank acquired Quillo"); with two such
  // groups it is ambiguous and stays apart.
  std::vector<std::string> ids;
  std::vector<group*> list;
  for (auto& [id, g] : by_key) ids.push_back(id), list.push_back(&g);
  std::vector<std::size_t> parent(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) parent[i] = i;
  auto includes = [&](std::size_t big, std::size_t small) {
    return list[big]->trigger_class == list[small]->trigger_class &&
           list[big]->key.size() > list[small]->key.size() &&
           std::includes(list[big]->key.begin(), list[big]->key.end(), list[small]->key.begin(),
                         list[small]->key.end());
  };
  // Candidates are found through an index of (class, participant), so this stays near linear.
  std::map<std::pair<int, std::string>, std::vector<std::size_t>> by_participant;
  for (std::size_t i = 0; i < list.size(); ++i)
    for (const auto& p : list[i]->key) by_participant[{list[i]->trigger_class, p.key}].push_back(i);
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::vector<std::size_t> supersets;
    for (std::size_t j : by_participant[{list[i]->trigger_class, list[i]->key.front().key}])
      if (includes(j, i)) supersets.push_back(j);
    std::vector<std::size_t> minimal;
    for (std::size_t j : supersets) {
      bool has_smaller = false;
      for (std::size_t k : supersets) has_smaller = has_smaller || includes(j, k);
      if (!has_smaller) minimal.push_back(j);
    }
    if (minimal.size() == 1) parent[i] = minimal.front();
  }
  auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i];
    return i;
  };
  // Which event each mention went to (an index into names), for the amounts and offsets
  // stated for it: only those need the event's id and label.
  constexpr std::size_t no_event = SIZE_MAX;
  std::vector<std::size_t> event_of(all.size(), no_event);
  std::vector<std::pair<std::string, std::string>> names; // id, label
  bool need_names = !amounts_.empty() || std::any_of(all.begin(), all.end(), [](const auto& m) {
    return m.relative != nullptr;
  });
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto& target = groups[ids[root(i)]];
    target.insert(target.end(), list[i]->members.begin(), list[i]->members.end());
  }

  // Which members name the class's milder stage, and whether one document dates the stage and
  // the event apart (more than a day between what each allows): then they are two events.
  auto dates_stages_apart = [&](const std::vector<std::size_t>& members, std::vector<bool>& milder,
                                const std::set<std::string>& agents) {
    const auto& trigger = words.triggers[std::size_t(identity_of(members.front()).trigger_class)];
    if (trigger.stage_stems.empty()) return false;
    bool any = false;
    for (std::size_t n = 0; n < members.size(); ++n) {
      std::string word = all[members[n]].record.where.text;
      for (char& ch : word)
        if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
      milder[n] = std::any_of(
          trigger.stage_stems.begin(), trigger.stage_stems.end(),
          [&](const std::string& stem) { return word.find(stem) != std::string::npos; });
      any = any || milder[n];
    }
    if (!any) return false;
    // Per document and stage: the latest first day and the earliest last day its claims allow.
    struct bounds {
      date::sys_days latest_begin = date::sys_days::min(), earliest_last = date::sys_days::max();
    };
    // (By agent too: the US licence requirement and China's purchase ban are two events anyway.)
    std::map<std::tuple<std::size_t, std::string, bool>, bounds> by_document;
    for (std::size_t n = 0; n < members.size(); ++n) {
      // (A word standing for the event told before, "disclosed the rule on April 15", names
      // no stage of its own.)
      const auto& record = all[members[n]].record;
      if (!record.claims || record.stated->narrative || all[members[n]].mention.antecedent)
        continue;
      const auto& m = identity_of(members[n]);
      std::string agent = m.agent ? m.agent->key : (agents.size() == 1 ? *agents.begin() : "");
      auto& b = by_document[{record.where.document, agent, milder[n]}];
      b.latest_begin = std::max(b.latest_begin, record.stated->value.begin);
      b.earliest_last = std::min(b.earliest_last, record.stated->value.last());
    }
    for (const auto& [where, stage] : by_document) {
      if (std::get<2>(where)) continue;
      auto other = by_document.find({std::get<0>(where), std::get<1>(where), true});
      if (other == by_document.end()) continue;
      if ((other->second.latest_begin - stage.earliest_last).count() > 1 ||
          (stage.latest_begin - other->second.earliest_last).count() > 1)
        return true;
    }
    return false;
  };
  for (auto& [base_id, members] : groups) {
    heap_policy::advise_growth(); // the events grow the heap as the documents did
    // Different agents ("the United States banned", "China banned") are different events; a
    // mention naming no agent joins only when the group has at most one.
    // Markets likewise ("launched the SU7 in China" and "in Europe" are two launches).
    std::set<std::string> agents, markets;
    for (std::size_t i : members) {
      if (const auto& a = identity_of(i).agent) agents.insert(a->key);
      if (const auto& place = identity_of(i).market) markets.insert(place->key);
    }
    std::vector<bool> milder(members.size());
    bool by_stage = dates_stages_apart(members, milder, agents);
    std::map<std::string, event> split;
    std::vector<std::pair<std::size_t, const event*>> member_event; // map nodes stay put
    for (std::size_t n = 0; n < members.size(); ++n) {
      std::size_t i = members[n];
      const auto& m = identity_of(i);
      const auto& trigger = words.triggers[std::size_t(m.trigger_class)];
      bool stage = by_stage && milder[n];
      std::string agent_key = m.agent ? m.agent->key : (agents.size() == 1 ? *agents.begin() : "");
      std::string market_key =
          m.market ? m.market->key : (markets.size() == 1 ? *markets.begin() : "");
      // A yearly event's edition: the year its mention dates it in.
      std::string edition;
      if (trigger.yearly && all[i].record.stated)
        edition =
            fmt::format("{}", int(date::year_month_day{all[i].record.stated->value.begin}.year()));
      event& e = split[agent_key + "|" + market_key + "|" + edition + (stage ? "|stage" : "")];
      if (e.id.empty()) {
        // Room for every member at once: growing by doubling left a third of the space unused
        // (a million claims held 250 MB more), and most groups make one event.
        e.mentions.reserve(members.size());
        e.claims.reserve(members.size());
        e.trigger_class = m.trigger_class;
        e.repeatable = trigger.repeatable;
        e.key = by_key[base_id].key;
        e.id = agent_key.empty() ? base_id : fmt::format("{}@{}", base_id, slug(agent_key));
        if (markets.size() > 1 && !market_key.empty()) e.id += "@in-" + slug(market_key);
        if (!edition.empty()) e.id += "/" + edition;
        if (stage) e.id += "/" + slug(trigger.stage_label);
        e.label = fmt::format("{}: {}", stage ? trigger.stage_label : trigger.label,
                              join_keys(e.key, ", ", true));
        if (!edition.empty()) e.label += fmt::format(" ({})", edition);
      }
      if (m.agent && !e.agent) e.agent = m.agent;
      if (m.market && !e.market) e.market = m.market;
      member_event.emplace_back(i, &e);
      auto& lm = all[i];
      if (lm.record.claims) e.claims.push_back(*lm.record.stated);
      e.mentions.push_back(std::move(lm.record));
      if (lm.mention.subject &&
          std::find(e.subjects.begin(), e.subjects.end(), *lm.mention.subject) == e.subjects.end())
        e.subjects.push_back(*lm.mention.subject);
      const std::vector<grammar::participant>* lists[] = {&m.participants,
                                                          &lm.mention.participants};
      for (const auto* list : lists)
        for (const auto& p : *list)
          if (std::find(e.participants.begin(), e.participants.end(), p) == e.participants.end())
            e.participants.push_back(p);
    }
    std::map<const event*, std::size_t> name_of;
    for (auto& [agent_key, e] : split) {
      if (e.agent) e.label += fmt::format(" ({})", e.agent->display);
      if (e.market && markets.size() > 1) e.label += fmt::format(" (in {})", e.market->display);
      if (need_names) {
        name_of[&e] = names.size();
        names.emplace_back(e.id, e.label);
      }
    }
    for (const auto& [i, e] : member_event)
      if (need_names) event_of[i] = name_of[e];
    for (auto& [agent_key, e] : split) {
      e.merged = merge_claims(e.claims, &e.agreeing_claims);
      out.events.push_back(std::move(e));
    }
  }
  std::sort(out.events.begin(), out.events.end(),
            [](const event& a, const event& b) { return a.id < b.id; });

  for (std::size_t i = 0; i < all.size(); ++i) {
    auto& rel = all[i].relative;
    if (!rel) continue;
    std::size_t from_event = event_of[i], to_event = event_of[all[i].relative_to];
    if (from_event == no_event || to_event == no_event || from_event == to_event)
      continue; // one side identifies no event
    const auto& [from, from_label] = names[from_event];
    const auto& [to, to_label] = names[to_event];
    rel->event = from;
    rel->event_label = from_label;
    rel->said.offset->event = to;
    rel->said.offset->event_label = to_label;
    out.relations.push_back(std::move(*rel));
  }

  std::map<std::string, quantity_fact> facts;
  for (auto& la : amounts_) {
    if (la.event_mention) {
      if (event_of[*la.event_mention] == no_event) continue; // it identifies no event
      const auto& [event_id, event_label] = names[event_of[*la.event_mention]];
      la.fact_id = fmt::format("{}/{}", event_id, la.fact_suffix);
      const auto& unit = la.stated.amount->unit;
      la.fact_label = fmt::format("{} of {}{}", la.measure_label, event_label,
                                  unit.empty() ? "" : fmt::format(" ({})", unit));
    }
    quantity_fact& f = facts[la.fact_id];
    if (f.id.empty()) f.id = la.fact_id, f.label = la.fact_label;
    if (la.forecast)
      ++f.forecasts;
    else
      f.claims.push_back(std::move(la.stated));
  }
  for (auto& [id, f] : facts) out.facts.push_back(std::move(f));
  amounts_.clear();
  mentions_.clear();
  return std::move(out_);
}

} // namespace factline::timeline
