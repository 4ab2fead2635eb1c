#pragma once
// Everything a report or an export is made from.
#include "corpus/loader.hpp"
#include "rules/rule.hpp"
#include "timeline/timeline.hpp"

#include <string>
#include <vector>

namespace factline::report {

struct report_input {
  const corpus::corpus& corpus;
  const timeline::timeline& timeline;
  const std::vector<rules::finding>& findings;
  const std::vector<const rules::rule_info*>& rules;
};

struct text_options {
  bool color = false;
};

std::string json_report(const report_input& in);
std::string text_report(const report_input& in, const text_options& options);
std::string timeline_json(const report_input& in);
std::string timeline_csv(const report_input& in);
// dtstamp: the DTSTAMP of every VEVENT, as YYYYMMDDTHHMMSSZ.
std::string timeline_ics(const report_input& in, const std::string& dtstamp);

} // namespace factline::report
