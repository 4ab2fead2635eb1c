// How a claim about an amount reads in a report: the range it implies, in words.
#include "timeline/timeline.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace {

struct amount_case {
  double low, high;
  const char* unit;
  const char* words;
};

// (Counts under a million keep their digits grouped: four significant digits printed
// "2e+05".)
const amount_case amount_cases[] = {
    {199999.5, 200000.5, "", "199,999.5 to 200,000.5"},
    {1199.5, 1200.5, "", "1,199.5 to 1,200.5"},
    {800, 1000.5, "", "800 to 1,000.5"},
    {36, 44, "", "36 to 44"},
    {474.5, 525.5, "", "474.5 to 525.5"},
    {1234567, 1234567, "", "1.235 million"},
    {2.05e9, 2.15e9, "USD", "2.05 to 2.15 billion USD"},
    {10.35, 10.45, "%", "10.35 to 10.45%"},
    {-12000, -12000, "", "-12,000"},
};

} // namespace

TEST_CASE("an amount claim is described as the range it implies", "[timeline]") {
  for (const auto& c : amount_cases) {
    factline::timeline::claim claim;
    claim.amount = std::make_shared<const factline::timeline::amount>(
        factline::timeline::amount{c.low, c.high, c.unit});
    INFO(c.words);
    CHECK(factline::timeline::describe(claim) == c.words);
  }
}
