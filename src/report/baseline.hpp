#pragma once
// The baseline: conflicts accepted as they are today, by fingerprint. `check --baseline FILE`
// fails only on conflicts not in it. TOML, so a reviewer can read and edit it.
#include "rules/rule.hpp"

#include <set>
#include <string>
#include <vector>

namespace factline::report {

std::string baseline_file(const std::vector<rules::finding>& findings);

// The fingerprints in a baseline file; input_error with file:line:column when it is malformed.
std::set<std::string> read_baseline(const std::string& path);

} // namespace factline::report
