#pragma once
// A rule kind is a C++ class; a rule is one configured instance of it, read from a TOML file in
// rules/ (id, severity, message and the kind's own settings).
#include "corpus/loader.hpp"
#include "error.hpp"
#include "grammar/vocabulary.hpp"
#include "timeline/timeline.hpp"

#include <memory>
#include <string>
#include <vector>

namespace factline::rules {

enum class severity { note, warning, error };
std::string_view to_string(severity s);

// What a report says about one contradiction.
struct finding {
  std::string id; // stable fingerprint: the same contradiction keeps it across runs and edits
  std::string rule_id;
  severity level = severity::error;
  std::string event_id;
  std::string event_label;
  std::string message;
  std::vector<timeline::claim> claims; // the smallest set that cannot all hold, in report order
};

struct rule_info {
  std::string id;
  std::string kind;
  severity level = severity::error;
  std::string message; // fmt template with named fields, checked when the rule loads
  std::string description;
  source_position where;
};

struct check_input {
  const corpus::corpus& corpus;
  const timeline::timeline& timeline;
  const grammar::vocabulary& words;
};

class rule {
public:
  explicit rule(rule_info info) : info_(std::move(info)) {}
  virtual ~rule() = default;
  const rule_info& info() const { return info_; }
  virtual void check(const check_input& input, std::vector<finding>& out) const = 0;

protected:
  // What a mention implies without a date of its own: "banned" in a text published P says
  // "on or before P"; "will launch" says "on or after P". Cited at the trigger.
  static timeline::claim implied_claim(const timeline::mention_record& m, calendar::interval value);
  // The message of the rule file, filled with what the claims are about and two of them.
  // {chain} is the explanation of a longer set of claims, in words.
  std::string format_message(std::string_view subject, const timeline::claim& first,
                             const timeline::claim* second, long gap, const corpus::corpus& corpus,
                             std::string_view chain = {}) const;
  std::string format_message(const timeline::event& e, const timeline::claim& first,
                             const timeline::claim* second, long gap,
                             const corpus::corpus& corpus) const {
    return format_message(e.label, first, second, gap, corpus);
  }
  // Fills a finding's common fields, its fingerprint among them. subject_id names what the
  // claims are about: an event, or an amount (timeline::quantity_fact).
  finding make_finding(std::string_view subject_id, std::string_view subject_label,
                       std::vector<timeline::claim> claims, std::string message,
                       const corpus::corpus& corpus) const;
  finding make_finding(const timeline::event& e, std::vector<timeline::claim> claims,
                       std::string message, const corpus::corpus& corpus) const {
    return make_finding(e.id, e.label, std::move(claims), std::move(message), corpus);
  }

private:
  rule_info info_;
};

} // namespace factline::rules
