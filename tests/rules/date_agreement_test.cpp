// date_agreement on a timeline built by hand: the pair furthest apart, tolerance, one document.
#include "rules/kinds/date_agreement.hpp"

#include <catch2/catch.hpp>

using namespace factline;
using namespace date::literals;

namespace {

timeline::claim claim_of(std::size_t doc, std::size_t at, calendar::interval value) {
  return {{doc, at, at + 5, "text", 1, int(at) + 1}, value, false, {"text", at, 4}, {}, {}};
}

std::vector<rules::finding> check(const timeline::event& e,
                                  rules::kinds::date_agreement::settings s) {
  corpus::corpus c;
  for (int i = 0; i < 3; ++i) {
    corpus::document d;
    d.path = "doc" + std::to_string(i) + ".txt";
    d.text = std::string(100, 'x');
    d.lines = corpus::line_index(d.text);
    c.documents.push_back(std::move(d));
  }
  timeline::timeline t;
  t.events.push_back(e);
  grammar::vocabulary words;
  rules::rule_info info{"date-agreement",
                        "date_agreement",
                        rules::severity::error,
                        "{event}: {first} vs {second} ({gap})",
                        "",
                        {}};
  rules::kinds::date_agreement rule(info, s);
  std::vector<rules::finding> out;
  rule.check({c, t, words}, out);
  return out;
}

} // namespace

TEST_CASE("disjoint claims from two documents conflict, the widest pair is reported", "[rules]") {
  timeline::event e;
  e.id = "ban:x";
  e.label = "ban: X";
  e.claims = {claim_of(0, 10, calendar::day_of(2025_y / 4 / 15)),
              claim_of(1, 20, calendar::month_of(2025_y / 4)),
              claim_of(2, 30, calendar::month_of(2025_y / 1))};
  auto findings = check(e, {});
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].claims.size() == 2);
  CHECK(findings[0].claims[0].where.document == 0);
  CHECK(findings[0].claims[1].where.document == 2);
  CHECK(findings[0].message ==
        "ban: X: \"text\" in doc0.txt (2025-04-15) vs \"text\" in doc2.txt (2025-01) (74)");
}

TEST_CASE("tolerance, one document and agreeing claims give no conflict", "[rules]") {
  timeline::event e;
  e.id = "ban:x";
  e.claims = {claim_of(0, 10, calendar::day_of(2025_y / 4 / 15)),
              claim_of(1, 20, calendar::day_of(2025_y / 4 / 18))};
  CHECK(check(e, {}).size() == 1);
  CHECK(check(e, {3, 2, false}).empty()); // 3 days apart: within tolerance
  e.claims[1].where.document = 0;
  CHECK(check(e, {}).empty()); // the same document, min_documents = 2
  CHECK(check(e, {0, 1, false}).size() == 1);
  e.claims[1] = claim_of(1, 20, calendar::month_of(2025_y / 4));
  CHECK(check(e, {}).empty());
  e.repeatable = true;
  e.claims[1] = claim_of(1, 20, calendar::month_of(2024_y / 4));
  CHECK(check(e, {}).empty());
}

TEST_CASE("the slack is for days; two years in a row are two years", "[rules]") {
  timeline::event e;
  e.id = "founding:x";
  e.claims = {claim_of(0, 10, calendar::day_of(2025_y / 4 / 14)),
              claim_of(1, 20, calendar::day_of(2025_y / 4 / 15))};
  const rules::kinds::date_agreement::settings shipped{1, 2, false}; // rules/date-agreement.toml
  CHECK(check(e, shipped).empty());                                  // one day apart: the date line
  e.claims[1] = claim_of(1, 20, calendar::day_of(2025_y / 4 / 16));
  CHECK(check(e, shipped).size() == 1);
  e.claims = {claim_of(0, 10, calendar::year_of(2020_y)),
              claim_of(1, 20, calendar::year_of(2021_y))};
  auto findings = check(e, shipped);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.ends_with("(1)"));
  // A day at a year's end beside the next year: the date line again.
  e.claims[0] = claim_of(0, 10, calendar::day_of(2020_y / 12 / 31));
  CHECK(check(e, shipped).empty());
}

TEST_CASE("the fingerprint ignores line numbers but not the claims", "[rules]") {
  timeline::event e;
  e.id = "ban:x";
  e.claims = {claim_of(0, 10, calendar::day_of(2025_y / 4 / 15)),
              claim_of(1, 20, calendar::month_of(2025_y / 1))};
  auto a = check(e, {});
  e.claims[0].where.begin = 50;
  auto b = check(e, {});
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].id == b[0].id);
  e.claims[0].where.text = "other";
  CHECK(check(e, {})[0].id != a[0].id);
}

TEST_CASE("a document dating the event twice, apart, tells two events: no conflict", "[rules]") {
  timeline::event e;
  e.id = "ban:gallium@china";
  // doc1 names the licences of August 2023 and the ban of December 2024; doc0 only the former.
  e.claims = {claim_of(0, 10, calendar::month_of(2023_y / 8)),
              claim_of(1, 20, calendar::day_of(2024_y / 12 / 3)),
              claim_of(1, 40, calendar::month_of(2023_y / 8))};
  const rules::kinds::date_agreement::settings shipped{1, 2, false};
  CHECK(check(e, shipped).empty());
  // Two dates of one document that agree (a day and its month) split nothing.
  e.claims[2] = claim_of(1, 40, calendar::month_of(2024_y / 12));
  CHECK(check(e, shipped).size() == 1);
  // Where a document may contradict itself, it is reported.
  e.claims[2] = claim_of(1, 40, calendar::month_of(2023_y / 8));
  CHECK(check(e, {1, 1, false}).size() == 1);
}
