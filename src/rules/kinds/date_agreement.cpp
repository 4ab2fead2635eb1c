#include "rules/kinds/date_agreement.hpp"

#include "toml_support.hpp"

#include <fmt/format.h>

namespace factline::rules::kinds {

namespace ts = toml_support;

namespace {

std::string claim_phrase(const timeline::claim& c, const corpus::corpus& corpus) {
  const auto& doc = corpus.documents[c.where.document];
  return fmt::format("\"{}\" in {} ({})", c.where.text, doc.path, calendar::describe(c.value));
}

} // namespace

void date_agreement::check(const check_input& input, std::vector<finding>& out) const {
  for (const timeline::event& e : input.timeline.events) {
    if (e.repeatable && !settings_.include_repeatable) continue;
    const timeline::claim* earlier = nullptr; // ends first
    const timeline::claim* later = nullptr;   // starts last
    long widest = settings_.tolerance_days;
    for (const auto& a : e.claims) {
      if (a.narrative) continue;
      for (const auto& b : e.claims) {
        if (b.narrative || &a == &b) continue;
        if (settings_.min_documents >= 2 && a.where.document == b.where.document) continue;
        if (a.value.end > b.value.begin) continue; // a must end before b begins
        long gap = (b.value.begin - a.value.end).count();
        if (gap > widest) {
          widest = gap;
          earlier = &a;
          later = &b;
        }
      }
    }
    if (!earlier) continue;
    // Report order: by document, then position, so output does not depend on which is earlier.
    std::vector<timeline::claim> claims{*earlier, *later};
    std::sort(claims.begin(), claims.end(), [](const auto& x, const auto& y) {
      return std::tie(x.where.document, x.where.begin) < std::tie(y.where.document, y.where.begin);
    });
    std::string message = fmt::format(fmt::runtime(info().message), fmt::arg("event", e.label),
                                      fmt::arg("first", claim_phrase(claims[0], input.corpus)),
                                      fmt::arg("second", claim_phrase(claims[1], input.corpus)),
                                      fmt::arg("gap", widest));
    out.push_back(make_finding(e, std::move(claims), std::move(message), input.corpus));
  }
}

rule_kind date_agreement::kind() {
  return {"date_agreement",
          {"tolerance_days", "min_documents", "include_repeatable"},
          [](rule_info info, const toml::table& table, const std::string& file) {
            settings s;
            if (auto t = ts::optional_integer(table, "tolerance_days", file)) {
              if (*t < 0)
                throw input_error(ts::where(table.get("tolerance_days")->source(), file),
                                  "'tolerance_days' must not be negative");
              s.tolerance_days = long(*t);
            }
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
