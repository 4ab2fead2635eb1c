#include "rules/kinds/date_agreement.hpp"

#include "rules/widest_pair.hpp"
#include "toml_support.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace factline::rules::kinds {

namespace ts = toml_support;

namespace {

// One document giving the event two dates that cannot both hold ("began requiring licences for
// gallium in August 2023" and "banned exports of gallium on Tuesday"): its writer tells two events
// apart that factline took for one, so which one another source dates is unknown.
bool dated_twice_by_one_document(const timeline::event& e, long slack) {
  if (e.claims.size() < 2) return false;
  std::vector<const timeline::claim*> own;
  own.reserve(e.claims.size());
  for (const auto& c : e.claims)
    if (!c.narrative) own.push_back(&c);
  std::sort(own.begin(), own.end(), [](const timeline::claim* a, const timeline::claim* b) {
    return a->where.document < b->where.document;
  });
  for (std::size_t i = 0; i < own.size();) {
    std::size_t j = i;
    auto earliest_end = own[i]->value.last(), latest_begin = own[i]->value.begin;
    for (; j < own.size() && own[j]->where.document == own[i]->where.document; ++j) {
      earliest_end = std::min(earliest_end, own[j]->value.last());
      latest_begin = std::max(latest_begin, own[j]->value.begin);
    }
    if ((latest_begin - earliest_end).count() > slack) return true;
    i = j;
  }
  return false;
}

} // namespace

void date_agreement::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::event& e : input.timeline.events) {
    if (e.repeatable && !settings_.include_repeatable) continue;
    // (Unless a document may contradict itself: then that is what is reported.)
    if (settings_.min_documents >= 2 && dated_twice_by_one_document(e, settings_.tolerance_days))
      continue;
    auto pair = widest_pair(
        e.claims, settings_.min_documents, [](const timeline::claim& c) { return !c.narrative; },
        [](const timeline::claim& a, const timeline::claim& b) {
          return a.value.end < b.value.end;
        },
        [](const timeline::claim& a, const timeline::claim& b) {
          return a.value.begin > b.value.begin;
        },
        [&](const timeline::claim& a, const timeline::claim& b) -> std::optional<long> {
          // Days from the last day a allows to the first day b allows: 1 for "April 14" and
          // "April 15", and for "in 2020" and "in 2021". The slack absorbs the date line, so it
          // applies only where a claim names a day; two years in a row are two different years.
          long apart = (b.value.begin - a.value.last()).count();
          bool names_a_day =
              a.value.prec == calendar::precision::day || b.value.prec == calendar::precision::day;
          long slack = names_a_day ? settings_.tolerance_days : 0;
          return apart > slack ? std::optional<long>(apart) : std::nullopt;
        });
    if (!pair) continue;
    long widest = (pair->second->value.begin - pair->first->value.last()).count();
    auto claims = in_report_order(*pair->first, *pair->second);
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
            s.min_documents = min_documents_setting(table, file, s.min_documents);
            if (auto r = ts::optional_bool(table, "include_repeatable", file))
              s.include_repeatable = *r;
            return std::make_unique<date_agreement>(std::move(info), s);
          }};
}

// Named fields a date_agreement message may use.
} // namespace factline::rules::kinds
