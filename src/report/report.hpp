#pragma once
// Everything a report or an export is made from.
#include "corpus/loader.hpp"
#include "rules/rule.hpp"
#include "timeline/timeline.hpp"

#include <string>
#include <vector>

namespace factline::report {

// A conflict kept out of the failing set, and why.
struct set_aside {
  rules::finding finding;
  std::string reason; // the manifest's suppression reason, or "baseline"
};

struct report_input {
  const corpus::corpus& corpus;
  const timeline::timeline& timeline;
  const std::vector<rules::finding>& findings; // what the report is about and CI fails on
  const std::vector<const rules::rule_info*>& rules;
  const std::vector<set_aside>* suppressed = nullptr; // by the manifest
  const std::vector<set_aside>* baselined = nullptr;  // by --baseline
  std::size_t baseline_gone = 0;                      // baselined conflicts that no longer occur
};

struct text_options {
  bool color = false;
};

std::string json_report(const report_input& in);
std::string text_report(const report_input& in, const text_options& options);
std::string sarif_report(const report_input& in);
std::string github_report(const report_input& in);
std::string timeline_json(const report_input& in);
std::string timeline_csv(const report_input& in);
// dtstamp: the DTSTAMP of every VEVENT, as YYYYMMDDTHHMMSSZ.
std::string timeline_ics(const report_input& in, const std::string& dtstamp);

} // namespace factline::report
