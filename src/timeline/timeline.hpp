#pragma once
// One timeline for the corpus: event mentions from every document, grouped into events by
// identity, each with every dated claim made about it.
#include "calendar/interval.hpp"
#include "calendar/normalize.hpp"
#include "corpus/loader.hpp"
#include "grammar/mentions.hpp"
#include "grammar/vocabulary.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace factline::timeline {

// A place in a document: a date expression or an event trigger.
struct source_span {
  std::size_t document = 0; // index into corpus::documents
  std::size_t begin = 0, end = 0;
  std::string text;
  int line = 0, column = 0; // 1-based; column in code points
};

// An amount a claim states, as the range it allows: "about $2 billion" is 1.8 to 2.2 billion.
struct amount {
  double low = 0, high = 0;
  std::string unit; // a currency code ("USD"), "%", or empty for a count (its noun is the measure)
};

// How a claim places its event from another event: "two months after the launch" says this
// event's day minus the launch's lies in [min_days, max_days].
struct offset {
  std::string event; // the other event's id
  std::string event_label;
  std::optional<long> min_days, max_days; // none: open on that side ("after the ban")
};

// One mention of an event, with how its sentence tells of it.
struct claim {
  source_span where; // the date expression (or the amount, for an amount claim)
  calendar::interval value;
  bool narrative = false; // "two years later": counted from a narrated event
  // Its line, for the text report: filled only for the claims a finding cites, by
  // quote_claims, so that memory does not hold a line per claim.
  corpus::document::excerpt quote;
  // Set for claims about an amount, or dating an event from another event. Held by pointer:
  // a corpus has millions of date claims, and these are rare.
  std::shared_ptr<const struct amount> amount;
  std::shared_ptr<struct offset> offset;
};

// A claim that one event's date lies at an offset from another's.
struct relation {
  std::string event; // the event it dates
  std::string event_label;
  claim said; // said.offset names the other event
};

struct mention_record {
  source_span where;   // the trigger
  bool past = false;   // reported as done ("banned", "was acquired")
  bool future = false; // told as ahead ("will launch")
  bool hedged = false; // future, planned, negated or acted on: no dated claim comes from it
  // The date its sentence gives it, even when hedged ("will launch in 2023"). It is one of the
  // event's claims only when the mention reports a fact.
  std::optional<claim> stated;
  bool claims = false;
};

struct event {
  std::string id;    // stable: "ban:h20", "ban:h20@us", "launch:su7@in-europe"
  std::string label; // "ban: H20 (United States)"
  int trigger_class = -1;
  bool repeatable = false;
  std::optional<grammar::participant> agent;
  std::optional<grammar::participant> market; // "in Europe": where a launch or sale was
  std::vector<grammar::participant> key;
  std::vector<mention_record> mentions;
  std::vector<grammar::participant> participants; // everyone any mention names
  std::vector<grammar::participant> subjects;     // who any mention says did it
  std::vector<claim> claims;
  // The date the agreeing claims give: the most claims that can hold together, and of those
  // the narrowest reading. Empty when the event has no dated claim.
  std::optional<calendar::interval> merged;
  std::size_t agreeing_claims = 0;
  // Every dated claim agrees with the merged date: rules that build on the merged date only
  // trust it then (a disputed date is date_agreement's to report, once).
  bool undisputed() const {
    std::size_t n = 0;
    for (const auto& c : claims) n += !c.narrative;
    return merged && agreeing_claims == n;
  }
};

// One amount measured for one thing: the price of one acquisition, China's chip imports in
// 2024. Every source stating it must give amounts that can all hold.
struct quantity_fact {
  std::string id;            // "acquisition:quillo+halvard-bank/amount/USD"
  std::string label;         // "amount of acquisition: Halvard Bank, Quillo (USD)"
  std::vector<claim> claims; // reported amounts
  std::size_t forecasts = 0; // projected or planned amounts, never compared with reported ones
};

// "2025-04-15" for a date claim, "$2.1 billion" style ranges for an amount claim.
std::string describe(const claim& c);

// A relative expression in a document without a publication date.
struct unanchored_expression {
  source_span where;
};

struct timeline {
  std::vector<event> events;        // sorted by id
  std::vector<quantity_fact> facts; // sorted by id
  std::vector<relation> relations;  // in document order
  std::vector<unanchored_expression> unanchored;
  std::size_t date_expressions = 0;
};

// Builds the timeline one document at a time: add() takes what it needs from an open
// document, so the caller can release its text before opening the next.
class builder {
public:
  builder(const grammar::vocabulary& words, const calendar::time_settings& settings)
      : words_(words), settings_(settings), finder_(words) {}
  void add(const corpus::document& doc, std::size_t index);
  timeline finish();

private:
  struct located_mention {
    grammar::event_mention mention;
    mention_record record;
    std::unique_ptr<relation> relative; // rare: event ids filled in when the events are known
    std::size_t relative_to = 0;        // the other event's mention, index into mentions_
  };
  // An amount claim waiting for its fact: the event it belongs to is known only once all
  // documents are in.
  struct located_amount {
    claim stated;
    bool forecast = false;
    std::optional<std::size_t> event_mention; // index into mentions_
    std::string fact_suffix;                  // "amount/USD"
    std::string measure_label;
    std::string fact_id, fact_label; // when it needs no event
  };
  void add_amounts(const corpus::document& doc, std::size_t d, const grammar::scan_result& scan,
                   const std::vector<calendar::normalized>& values,
                   const std::vector<grammar::quantity_mention>& quantities,
                   std::size_t first_mention);
  const grammar::vocabulary& words_;
  const calendar::time_settings& settings_;
  grammar::mention_finder finder_;
  std::vector<located_mention> mentions_;
  std::vector<located_amount> amounts_;
  timeline out_;
};

// Re-reads the documents these claims cite, one at a time, and fills in each claim's quote.
void quote_claims(corpus::corpus& corpus, const std::vector<claim*>& claims);

// Opens, adds and releases every document of the corpus in turn.
timeline build(corpus::corpus& corpus, const grammar::vocabulary& words,
               const calendar::time_settings& settings);

// The largest set of claims that can all hold, narrowest first on ties: its intersection.
std::optional<calendar::interval> merge_claims(const std::vector<claim>& claims,
                                               std::size_t* agreeing = nullptr);

} // namespace factline::timeline
