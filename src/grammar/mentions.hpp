#pragma once
// Event mentions: a trigger with its participants and the date expression its sentence attaches
// to it, and anaphors ("this ban", "the move") linked to what they stand for.
#include "grammar/scan.hpp"
#include "grammar/vocabulary.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factline::grammar {

struct participant {
  std::string key;     // "h20", "piper sandler cybersecurity ceo summit"
  std::string display; // "H20"
  entity_kind kind = entity_kind::name;
  friend bool operator<(const participant& a, const participant& b) { return a.key < b.key; }
  friend bool operator==(const participant& a, const participant& b) { return a.key == b.key; }
};

// "two months after the launch", "within a week of the deal", "after the ban": an event dated
// from another event rather than from the calendar.
struct relative_date {
  std::size_t mention = 0;         // the other event's mention (index into the mentions)
  std::optional<std::size_t> date; // the offset ("two months after"); none for a bare "after"
  int direction = 0;               // +1 after, -1 before, 0 within (on either side)
  std::size_t begin = 0, end = 0;  // the words that say so, for citing
};

struct event_mention {
  int trigger_class = -1;                // index into vocabulary::triggers
  std::size_t begin = 0, end = 0;        // the trigger word, as offsets into the scanned text
  std::vector<participant> participants; // sorted, unique; the agent is not among them
  std::optional<participant> agent;      // who acted, when the clause names a government first
  std::optional<participant> subject;    // the organization or name right before the trigger
  std::optional<participant> market;     // "launched the SU7 in Europe": where, for some classes
  std::optional<std::size_t> date;       // index into scan_result::dates
  // "on January 27, 2025, two months after DeepSeek released R1": the date the offset in `date`
  // counts back (after) or on (before) from; the event lies that far from it.
  std::optional<std::size_t> anchor_date;
  // "launched Doubao three weeks before DeepSeek's R1 captured attention on January 20": the
  // anchor comes after the offset and dates the other deed; the event lies that far from it.
  bool anchor_after = false;
  std::optional<std::size_t> antecedent; // anaphors: the earlier mention they stand for
  bool hedged = false;                   // "will ban", "did not ban": no fact to date
  bool future = false;                   // "will launch", "plans to acquire"
  bool past = false;                     // "launched", "was banned", "bought": reported as done
  // A key participant stands where the event's object does: after the trigger ("banned the
  // H20", "Launched in 2021, the Summit") or before a passive one ("the dam was approved").
  bool object_named = false;
  std::shared_ptr<const relative_date> relative; // rare: by pointer, mentions are many
};

// An amount its sentence states, with what it measures and whose it is.
struct quantity_mention {
  std::size_t quantity = 0;         // index into scan_result::quantities
  std::size_t begin = 0;            // where it starts, its approximator included ("about $2bn")
  std::string measure;              // a measure id ("revenue") or the counted noun ("firms")
  std::string measure_label;        // "market share"
  int approximator = -1;            // index into vocabulary::quantities.approximators
  std::optional<std::size_t> event; // the event mention it is an amount of, when its clause has one
  std::vector<participant> subjects; // otherwise: whose amount it is ...
  std::optional<std::size_t> period; // ... and for when (index into scan_result::dates)
  // No date, but the owner is a recurring gathering ("the World AI Conference") spoken of in
  // the present: this year's edition, the year of publication.
  bool publication_year = false;
  // The owner is a gathering held each year: the amount is its edition's, keyed by the year of
  // its period ("in late July" and "this year" are one edition).
  bool edition = false;
  // The period's date closes a quarter ("the quarter that ended in July"): the amount is for
  // the three months ending with that date's month.
  bool quarter_ending = false;
  // "For the full year, it sold 3.02 million": the year holding its period (one carried on from
  // a quarter told before).
  bool whole_year = false;
  bool forecast = false; // projected, planned, hoped for: not a reported amount
  // Spending its owner pledged or planned ("pledged to invest 380 billion yuan"): the plan's
  // size is compared with other reports of the same owner's plan of the same year.
  bool plan = false;
};

struct mentions_found {
  std::vector<event_mention> events;
  std::vector<quantity_mention> quantities;
};

// Sentences are split at line breaks and at sentence-final punctuation (not after "U.S." or
// "Mr."); clauses at commas, semicolons, colons, dashes and brackets.
class mention_finder {
public:
  explicit mention_finder(const vocabulary& words);
  std::vector<event_mention> find(std::string_view text, const scan_result& scan) const;
  // Event mentions and the amounts stated for them or for their participants.
  mentions_found find_all(std::string_view text, const scan_result& scan) const;
  struct prepared; // the vocabulary's lists in the forms the search needs, built once

private:
  std::shared_ptr<const prepared> prepared_;
};

// One-off convenience: prepares the vocabulary on every call.
std::vector<event_mention> find_event_mentions(std::string_view text, const scan_result& scan,
                                               const vocabulary& words);

// Participants that decide identity: the most specific ones a mention has (products and model
// numbers before organizations and names; governments and places never).
std::vector<participant> key_participants(const event_mention& m);

} // namespace factline::grammar
