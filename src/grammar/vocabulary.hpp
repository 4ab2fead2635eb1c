#pragma once
// The words the event grammar looks for. Data, loaded from rules/*.toml, so a user can teach
// factline a new trigger or alias without touching the grammar.
#include <string>
#include <utility>
#include <vector>

namespace factline::grammar {

// The calendar's words, from rules/calendar-words.toml: the date grammar reads these names.
struct calendar_words {
  std::vector<std::vector<std::string>> months;   // 12, January first: full name, then others
  std::vector<std::vector<std::string>> weekdays; // 7, Sunday first: full name, abbreviations
  std::vector<std::vector<std::string>> seasons;  // spring, summer, fall, winter
  std::vector<std::string> numbers;               // one, two, ...: the nth is n
  std::vector<std::string> tens;                  // twenty, thirty, ...: the nth is 10(n + 2)
  std::vector<std::pair<std::string, int>> number_phrases; // "a dozen" = 12
};

// The kinds are ordered from most to least specific: event identity compares the most
// specific participants two mentions have (see timeline/identity).
enum class entity_kind { product, organization, person, name, government, place };

struct trigger_class {
  std::string id;    // "ban"
  std::string label; // "ban"
  std::vector<std::string> words;
  // Words that trigger this class only with a name right after them: "started DeepSeek" is a
  // founding, "started shipping" is not.
  std::vector<std::string> object_words;
  // Words that trigger this class only with a product's name right before them: "Qwen3
  // arrived on May 3" is a launch, "Trump arrived in Beijing" is not.
  std::vector<std::string> product_subject_words;
  // Words that trigger this class only when a product is among the event's names: "its R1
  // model, which DeepSeek made public in December" is a launch, "made public its findings" is
  // not.
  std::vector<std::string> product_object_words;
  // Nouns that trigger this class only after a determiner, standing for the event of the class
  // told before: "The review began in March" after "failed a network security review".
  std::vector<std::string> anaphor_words;
  // false: a person named with the trigger never identifies its event (who signs a law).
  bool persons_identify = true;
  // false: who acted in a relative clause describing a name is no part of the event ("the
  // venture Stellantis and Leapmotor formed": the founding is the venture's).
  bool actors_identify = true;
  // Nouns and gerunds that trigger this class only after one of its gate verbs, with at most
  // three words between: "halt H20 purchases", "stop purchasing the H20", "began issuing H20
  // export licences".
  std::vector<std::string> gated_words;
  std::vector<std::string> gate_verbs;
  // ... or before one of these, at most six words after them: "Shipments of the Ascend 910C
  // started last year".
  std::vector<std::string> gate_verbs_after;
  // Words that trigger this class only as participles: "was set up in 2021", not "set up
  // stands".
  std::vector<std::string> passive_words;
  // "released its Ernie 4.5 models as open source": one of these after the trigger, in its
  // clause, makes the mention one of the class recast_as names.
  std::vector<std::string> recast_markers;
  std::string recast_as;
  // Triggers holding one of these name a milder stage of the event ("restricted", "licence
  // requirement" before "banned"). One document dating the stage and the event itself apart
  // tells two events: the stage becomes an event of its own, labelled stage_label.
  std::vector<std::string> stage_stems;
  std::string stage_label;
  // Events of this class happen again and again (reports, statements): two dates for them are
  // two occurrences, not a contradiction.
  bool repeatable = false;
  // An organization alone identifies an event of this class only when the class happens once
  // per organization (a founding, a listing). Otherwise ("Apple launched ...") the mention
  // needs a product or two participants to be told apart from the organization's other events.
  bool once_per_participant = false;
  // A notice imposes events of this class: "informed it on April 9 that exports will require
  // a license" reports a requirement imposed on April 9, not a future one.
  bool notice_imposes = false;
  // The place the event happens in is part of its identity: a company lists once per exchange.
  bool place_matters = false;
  // "<trigger> in <Name>" names where it happened ("founded in Ningde"), not what it acted on
  // ("invested in Qwen").
  bool in_names_place = false;
  // A place acting in it is its government, the agent: "India banned TikTok", "India's ban",
  // and "<trigger> in <Place>" when the clause names no agent before ("TikTok was banned in
  // India").
  bool place_is_agent = false;
  // "<trigger> ... in <Place>" after the trigger names a market ("launched the SU7 in
  // Europe"): launches in two markets are two events.
  bool in_names_market = false;
  // Products alone identify no event of this class: "Chinese firms bought a million H20 chips"
  // is a purchase, not an acquisition of the H20.
  bool products_identify = true;
  // Only a government acting makes an event of this class: "the Netherlands seized control of
  // Nexperia" is a state takeover, "Geely took control of Volvo" an acquisition told otherwise.
  bool needs_agent = false;
  // Words that report this class only where a venue follows in their clause: "debuted on the
  // Hong Kong Stock Exchange", "its shares began trading in Shanghai" are listings, "debuted
  // its phone" a launch. A venue is one of venue_markers within a few words, or a place named
  // right after "in"/"on".
  std::vector<std::string> venue_words;
  std::vector<std::string> venue_markers;
  // "bought Motorola Mobility from Google", "a spin-off from Tsinghua University": a name after
  // "from" is the seller or the parent, the other party, and no part of the event's identity.
  bool from_names_seller = false;
  // Words that report this class only after a name ending in one of these: "the World AI
  // Conference opened on July 26", "the summit, which opened Monday" ("shares opened higher"
  // reports nothing).
  std::vector<std::string> subject_suffixes;
  // Words that, within the four after the trigger, make it another kind of fact: "bought a
  // stake in", "bought shares of" is an investment, no acquisition.
  std::vector<std::string> not_before;
  // Words right before the trigger that make it another fact: "a defense bill signed on Monday"
  // is a law, no agreement.
  std::vector<std::string> not_after;
  // Events of this class come back every year (a conference's opening): two dates in different
  // years are two editions, only dates within one year can disagree.
  bool yearly = false;
};

struct entity {
  std::string id;   // "h20"
  std::string name; // "H20", as reports show it
  entity_kind kind = entity_kind::name;
  std::vector<std::string> aliases;
  // "Chinese companies imported $385 billion": an adjective naming the country, read as the
  // owner of an amount that names nobody else.
  std::vector<std::string> demonyms;
};

// "about", "more than": how far the true amount may lie below and above the stated one, as
// shares of it.
struct approximator {
  std::string phrase;
  double below = 0, above = 0;
};

// What an amount measures ("revenue", "imports"), named by the words that say so.
struct measure {
  std::string id;
  std::string label;
  std::vector<std::string> words;
  // A change of something ("grew", "fell"): "revenue grew 22%" measures revenue growth, and
  // "grew to 862 billion yuan" states the revenue itself.
  bool change = false;
  // Measures only money ("raised them again": a funding word, no measure of a percentage).
  bool money_only = false;
  // A company's measure, never a government's: "Washington blacklisted the company. Its revenue
  // jumped": "Its" is the company's.
  bool companies_only = false;
};

struct quantity_words {
  std::vector<approximator> approximators;
  std::vector<measure> measures;
  std::vector<std::string> forecast_markers;     // "projects", "expected": not a reported amount
  std::vector<std::string> comparison_markers;   // "up from", "than": another period's amount
  std::vector<std::string> event_amount_markers; // "paid", "for": the amount of the event
  std::vector<std::string> gatherings;     // "conference", "expo": a name ending so recurs yearly
  std::vector<std::string> plan_markers;   // "pledged", "plans": a forecast that is a plan
  std::vector<std::string> plan_measures;  // the measures a plan's size is stated in
  std::vector<std::string> cause_markers;  // "tied to the ban": the event caused the amount
  std::vector<std::string> effect_markers; // "the curbs could lead to charges of": likewise
  // "shipped 417,000 vehicles abroad", "domestic sales": a share of the whole, measured apart.
  std::vector<std::string> abroad_markers;
  // "Its 2024 sales of $7.3 billion still trail TSMC's": a name after one of these, past the
  // amount, is what the amount is measured against, not its owner.
  std::vector<std::string> rival_markers;
  // "pricing the top version at ...": a price of one version, not the launch's headline price.
  std::vector<std::string> version_words;
  // "1.76 million battery-electric cars": a word before a counted noun that names a part of
  // what is counted (measured apart from all the cars).
  std::vector<std::string> count_segments;
  std::vector<std::string> domestic_markers;
  // "rose 1.7% from the previous quarter": a change against the period before, measured apart
  // from the change on a year earlier.
  std::vector<std::string> sequential_markers;
  // Counted nouns that count the same things ("companies", "firms", "entities"): each group is
  // one measure, named by its first word.
  std::vector<std::vector<std::string>> count_synonyms;
};

struct vocabulary {
  calendar_words calendar;
  quantity_words quantities;
  std::vector<trigger_class> triggers;
  std::vector<entity> entities;
  std::vector<std::string> anaphor_nouns;  // "move", "decision": stand for the latest event
  std::vector<std::string> determiners;    // "this", "the": make a trigger noun an anaphor
  std::vector<std::string> not_names;      // capitalized words that never name a participant
  std::vector<std::string> hedges;         // "will", "could", "plans to": not a reported fact
  std::vector<std::string> negations;      // "not", "never": the event did not happen
  std::vector<std::string> modifiers;      // "lifted the ban": a later event acting on this one
  std::vector<std::string> future_markers; // "will", "plans to": the event lies ahead
  std::vector<std::string> past_forms;     // irregular past triggers ("bought"); "-ed" counts too
  std::vector<std::string> speech_verbs;   // "said on Wednesday": that date is the saying's
  // "The company was established in 2023": a sentence opening with "the" and one of these
  // speaks of the organization the text last named.
  std::vector<std::string> organization_nouns;
  // "six Inspur subsidiaries", "subsidiaries of Inspur Group": a company's parts, another
  // party than the company itself.
  std::vector<std::string> part_nouns;
  // "Italy's privacy regulator blocked": after a place's possessive, a body of its government.
  std::vector<std::string> authority_nouns;
  // "a deal it closed in 2019": nouns naming an event of no one kind (besides anaphor_nouns and
  // trigger words); in an appositive after a trigger they carry its date.
  std::vector<std::string> event_nouns;
  // "was put on a blacklist", "came under sanctions": the names before the trigger are what
  // the event acted on, as in a passive.
  std::vector<std::string> object_markers;
  // "since it came under sanctions", "tied to the restrictions": the event is referred to, and
  // only a date after it in its clause dates it.
  std::vector<std::string> reference_markers;
  // "released the Ascend 910B as a successor to the Ascend 910": names after one of these in
  // the trigger's clause are what the event's own is compared with, no part of it.
  std::vector<std::string> contrast_markers;
  // "informed", "notified": with a date and "that", a notice of what the that-clause says.
  std::vector<std::string> notice_verbs;
  // "said in a regulatory filing on Tuesday": words that may stand between a speech verb and
  // the date of the saying.
  std::vector<std::string> speech_settings;
  // "Zhang", "Jensen": a name of two or three words opening with one of these is a person's.
  std::vector<std::string> person_names;
  std::vector<std::string> person_name_exceptions; // "Li Auto": a word no person's name holds
  // Words the English dictionary lacks that open sentences as words ("Chipmaking", "Crypto").
  std::vector<std::string> common_words;
  // "Kling, the video generator": nouns that, in an appositive, show the name before is a thing.
  std::vector<std::string> product_nouns;
  // "purchase obligations", "IPO plans", "launch event": a trigger right before one of these
  // modifies it and reports no event.
  std::vector<std::string> modified_nouns;
};

} // namespace factline::grammar
