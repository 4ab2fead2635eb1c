// The test runner. The date grammar reads its words (months, weekdays, seasons, numbers,
// holidays) from the shipped rules, as the factline binary does: load them once first.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "grammar/scan.hpp"
#include "rules/load.hpp"

int main(int argc, char* argv[]) {
  using namespace factline;
  auto config = rules::load(std::nullopt);
  grammar::use_vocabulary(config.words);
  std::vector<std::vector<std::string>> holiday_names;
  for (const auto& h : config.time.holidays) holiday_names.push_back(h.names);
  grammar::use_holidays(holiday_names);
  return Catch::Session().run(argc, argv);
}
