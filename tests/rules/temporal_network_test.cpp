// temporal_network on timelines built by hand: chains through event offsets that hold, that
// cannot hold (the minimal set is reported), several independent contradictions, and
// contradictions among one event's calendar dates (left to date_agreement).
#include "rules/kinds/temporal_network.hpp"

#include <catch2/catch.hpp>

using namespace factline;
using namespace date::literals;

namespace {

timeline::claim dated(std::size_t doc, std::size_t at, calendar::interval value) {
  return {{doc, at, at + 5, "date", 1, int(at) + 1}, value, false, {"date", at, 4}, {}, {}};
}

timeline::event event_of(std::string id, std::vector<timeline::claim> claims) {
  timeline::event e;
  e.id = id;
  e.label = id;
  e.claims = std::move(claims);
  e.merged = timeline::merge_claims(e.claims, &e.agreeing_claims);
  return e;
}

// from - to lies in [min, max] days, said in document doc.
timeline::relation offset(std::string from, std::string to, std::optional<long> min,
                          std::optional<long> max, std::size_t doc, std::size_t at) {
  timeline::relation r;
  r.event = from;
  r.event_label = from;
  r.said = dated(doc, at, {});
  r.said.where.text = "offset";
  r.said.offset = std::make_shared<timeline::offset>(timeline::offset{to, to, min, max});
  return r;
}

std::vector<rules::finding> check(std::vector<timeline::event> events,
                                  std::vector<timeline::relation> relations, long tolerance = 1) {
  corpus::corpus c;
  for (int i = 0; i < 4; ++i) {
    corpus::document d;
    d.path = "doc" + std::to_string(i) + ".txt";
    c.documents.push_back(std::move(d));
  }
  timeline::timeline t;
  t.events = std::move(events);
  std::sort(t.events.begin(), t.events.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  t.relations = std::move(relations);
  grammar::vocabulary words;
  rules::rule_info info{
      "temporal-network", "temporal_network", rules::severity::error, "{chain} ({gap})", "", {}};
  rules::kinds::temporal_network rule(info, tolerance);
  std::vector<rules::finding> out;
  rule.check({c, t, words}, out);
  return out;
}

} // namespace

TEST_CASE("a chain through an offset that holds gives no conflict", "[rules][network]") {
  auto findings = check({event_of("launch", {dated(0, 10, calendar::day_of(2024_y / 3 / 4))}),
                         event_of("ban", {dated(1, 10, calendar::day_of(2024_y / 5 / 4))})},
                        {offset("ban", "launch", 56, 62, 2, 10)});
  CHECK(findings.empty());
  // Open on one side: "after the launch".
  findings = check({event_of("launch", {dated(0, 10, calendar::day_of(2024_y / 3 / 4))}),
                    event_of("ban", {dated(1, 10, calendar::day_of(2024_y / 3 / 5))})},
                   {offset("ban", "launch", 0, std::nullopt, 2, 10)});
  CHECK(findings.empty());
}

TEST_CASE("a chain that cannot hold is reported with exactly its claims", "[rules][network]") {
  auto findings =
      check({event_of("launch", {dated(0, 10, calendar::day_of(2024_y / 3 / 4))}),
             event_of("ban", {dated(1, 10, calendar::day_of(2024_y / 8 / 20))}),
             // Not part of the contradiction: must not be cited.
             event_of("report", {dated(3, 10, calendar::day_of(2024_y / 9 / 1))})},
            {offset("ban", "launch", 56, 62, 2, 10), offset("report", "ban", 0, 30, 3, 20)});
  REQUIRE(findings.size() == 1);
  const auto& f = findings[0];
  REQUIRE(f.claims.size() == 3);
  // The chain starts at the claim first in the corpus.
  CHECK(f.claims[0].where.document == 0);
  std::vector<std::size_t> documents;
  for (const auto& c : f.claims) documents.push_back(c.where.document);
  std::sort(documents.begin(), documents.end());
  CHECK(documents == std::vector<std::size_t>{0, 1, 2});
  CHECK(f.event_id == "ban|launch");
  // March 4 + 62 days = May 5; August 20 is 107 days later; 3 claims x 1 day of slack.
  CHECK(f.message.find("(104)") != std::string::npos);
}

TEST_CASE("slack per claim: a near miss within tolerance holds", "[rules][network]") {
  // June 3 + 7 = June 10; June 11 is one day late; one day of slack per claim covers it.
  auto events =
      std::vector{event_of("unveil", {dated(0, 10, calendar::day_of(2024_y / 6 / 3))}),
                  event_of("approval", {dated(1, 10, calendar::day_of(2024_y / 6 / 11))})};
  CHECK(check(events, {offset("approval", "unveil", 7, 7, 2, 10)}).empty());
  CHECK(check(events, {offset("approval", "unveil", 7, 7, 2, 10)}, 0).size() == 1);
}

TEST_CASE("each contradiction is set aside and the search goes on", "[rules][network]") {
  auto findings = check({event_of("a", {dated(0, 10, calendar::day_of(2024_y / 1 / 1))}),
                         event_of("b", {dated(1, 10, calendar::day_of(2024_y / 6 / 1))}),
                         event_of("c", {dated(0, 30, calendar::day_of(2023_y / 1 / 1))}),
                         event_of("d", {dated(1, 30, calendar::day_of(2023_y / 2 / 1))})},
                        {offset("b", "a", 0, 10, 2, 10), offset("d", "c", 100, 200, 2, 20)});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].claims.size() == 3);
  CHECK(findings[1].claims.size() == 3);
}

TEST_CASE("one event's own calendar dates are left to date_agreement", "[rules][network]") {
  auto findings = check({event_of("launch", {dated(0, 10, calendar::day_of(2024_y / 3 / 4)),
                                             dated(1, 10, calendar::day_of(2024_y / 9 / 4))}),
                         event_of("ban", {dated(2, 10, calendar::day_of(2024_y / 9 / 4))})},
                        {offset("ban", "launch", 0, std::nullopt, 3, 10)});
  // launch's two dates contradict each other (date_agreement's); the network takes the
  // narrowest agreeing reading (here the first, March 4), and the ban after it holds.
  CHECK(findings.empty());
}

TEST_CASE("a dispute over one event's date does not hide a chain through it", "[rules][network]") {
  auto findings = check({event_of("ban", {dated(0, 10, calendar::day_of(2025_y / 4 / 9)),
                                          dated(1, 10, calendar::day_of(2025_y / 4 / 15))}),
                         event_of("unveil", {dated(3, 10, calendar::day_of(2025_y / 3 / 1))})},
                        {offset("unveil", "ban", 14, 14, 2, 10)});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].claims.size() == 3);
}
