#pragma once
// Reads rule files (rules/*.toml): the rules to run, the event vocabulary and the time settings.
// The files shipped with factline are built in; --rules DIR supplies the rules instead and may
// replace a vocabulary file by giving one of the same name.
#include "calendar/normalize.hpp"
#include "grammar/vocabulary.hpp"
#include "rules/rule.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace factline::rules {

struct configuration {
  std::vector<std::unique_ptr<rule>> rules;
  grammar::vocabulary words;
  calendar::time_settings time;
};

struct rule_source {
  std::string name; // as errors show it: "rules/date-agreement.toml" or a user path
  std::string text;
  bool builtin = false;
};

// Throws input_error (file:line:column) for bad TOML, unknown keys or kinds, wrong types.
configuration load(const std::optional<std::filesystem::path>& rules_dir);
configuration load_sources(const std::vector<rule_source>& sources);

} // namespace factline::rules
