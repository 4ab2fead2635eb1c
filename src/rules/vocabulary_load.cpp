// The vocabulary tables of rule files: [events], [entity.*], [quantities] and [time].
#include "rules/vocabulary_load.hpp"
#include "toml_support.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace factline::rules {

namespace ts = toml_support;

void read_vocabulary(const toml::table& events, const std::string& file, grammar::vocabulary& out) {
  ts::check_keys(events,
                 {"triggers",
                  "anaphor_nouns",
                  "determiners",
                  "not_names",
                  "hedges",
                  "negations",
                  "modifiers",
                  "future_markers",
                  "past_forms",
                  "speech_verbs",
                  "organization_nouns",
                  "part_nouns",
                  "object_markers",
                  "reference_markers",
                  "contrast_markers",
                  "notice_verbs",
                  "speech_settings",
                  "person_names",
                  "person_name_exceptions",
                  "common_words",
                  "product_nouns",
                  "modified_nouns",
                  "authority_nouns",
                  "event_nouns"},
                 file, "[events]");
  auto append = [&](std::vector<std::string>& to, std::string_view key) {
    auto list = ts::string_list(events, key, file);
    to.insert(to.end(), list.begin(), list.end());
  };
  append(out.anaphor_nouns, "anaphor_nouns");
  append(out.determiners, "determiners");
  append(out.not_names, "not_names");
  append(out.hedges, "hedges");
  append(out.negations, "negations");
  append(out.modifiers, "modifiers");
  append(out.future_markers, "future_markers");
  append(out.past_forms, "past_forms");
  append(out.speech_verbs, "speech_verbs");
  append(out.organization_nouns, "organization_nouns");
  append(out.part_nouns, "part_nouns");
  append(out.authority_nouns, "authority_nouns");
  append(out.event_nouns, "event_nouns");
  append(out.object_markers, "object_markers");
  append(out.reference_markers, "reference_markers");
  append(out.contrast_markers, "contrast_markers");
  append(out.notice_verbs, "notice_verbs");
  append(out.speech_settings, "speech_settings");
  append(out.person_names, "person_names");
  append(out.person_name_exceptions, "person_name_exceptions");
  append(out.common_words, "common_words");
  append(out.product_nouns, "product_nouns");
  append(out.modified_nouns, "modified_nouns");
  if (const toml::table* triggers = ts::optional_table(events, "triggers", file)) {
    for (const auto& [key, node] : *triggers) {
      const toml::table* t = node.as_table();
      if (!t)
        throw input_error(ts::where(node.source(), file),
                          fmt::format("[events.triggers.{}] must be a table", key.str()));
      std::string context = fmt::format("[events.triggers.{}]", key.str());
      ts::check_keys(*t,
                     {"label",
                      "words",
                      "object_words",
                      "product_subject_words",
                      "product_object_words",
                      "anaphor_words",
                      "persons_identify",
                      "actors_identify",
                      "gated_words",
                      "gate_verbs",
                      "gate_verbs_after",
                      "passive_words",
                      "repeatable",
                      "stage_stems",
                      "recast_markers",
                      "recast_as",
                      "stage_label",
                      "once_per_participant",
                      "notice_imposes",
                      "place_matters",
                      "in_names_place",
                      "place_is_agent",
                      "in_names_market",
                      "products_identify",
                      "venue_words",
                      "venue_markers",
                      "from_names_seller",
                      "subject_suffixes",
                      "yearly",
                      "not_before",
                      "not_after",
                      "needs_agent"},
                     file, context);
      grammar::trigger_class c;
      c.id = std::string(key.str());
      c.label = ts::optional_string(*t, "label", file).value_or(c.id);
      c.words = ts::string_list(*t, "words", file);
      c.object_words = ts::string_list(*t, "object_words", file);
      c.passive_words = ts::string_list(*t, "passive_words", file);
      c.product_subject_words = ts::string_list(*t, "product_subject_words", file);
      c.product_object_words = ts::string_list(*t, "product_object_words", file);
      c.anaphor_words = ts::string_list(*t, "anaphor_words", file);
      c.persons_identify = ts::optional_bool(*t, "persons_identify", file).value_or(true);
      c.actors_identify = ts::optional_bool(*t, "actors_identify", file).value_or(true);
      c.gated_words = ts::string_list(*t, "gated_words", file);
      c.gate_verbs = ts::string_list(*t, "gate_verbs", file);
      c.gate_verbs_after = ts::string_list(*t, "gate_verbs_after", file);
      if (c.gated_words.empty() != (c.gate_verbs.empty() && c.gate_verbs_after.empty()))
        throw input_error(
            ts::where(t->source(), file),
            fmt::format("{} needs gated_words with gate_verbs or gate_verbs_after", context));
      c.venue_words = ts::string_list(*t, "venue_words", file);
      c.venue_markers = ts::string_list(*t, "venue_markers", file);
      c.from_names_seller = ts::optional_bool(*t, "from_names_seller", file).value_or(false);
      c.subject_suffixes = ts::string_list(*t, "subject_suffixes", file);
      c.yearly = ts::optional_bool(*t, "yearly", file).value_or(false);
      c.not_before = ts::string_list(*t, "not_before", file);
      c.not_after = ts::string_list(*t, "not_after", file);
      c.repeatable = ts::optional_bool(*t, "repeatable", file).value_or(false);
      c.stage_stems = ts::string_list(*t, "stage_stems", file);
      c.recast_markers = ts::string_list(*t, "recast_markers", file);
      c.recast_as = ts::optional_string(*t, "recast_as", file).value_or("");
      if (c.recast_markers.empty() != c.recast_as.empty())
        throw input_error(ts::where(t->source(), file),
                          fmt::format("{} needs recast_markers with recast_as", context));
      if (!c.recast_as.empty() && !triggers->contains(c.recast_as))
        throw input_error(
            ts::where(t->source(), file),
            fmt::format("{}: recast_as names no class: \"{}\"", context, c.recast_as));
      c.stage_label = ts::optional_string(*t, "stage_label", file).value_or("stage");
      c.once_per_participant = ts::optional_bool(*t, "once_per_participant", file).value_or(false);
      c.notice_imposes = ts::optional_bool(*t, "notice_imposes", file).value_or(false);
      c.place_matters = ts::optional_bool(*t, "place_matters", file).value_or(false);
      c.in_names_place = ts::optional_bool(*t, "in_names_place", file).value_or(false);
      c.place_is_agent = ts::optional_bool(*t, "place_is_agent", file).value_or(false);
      c.in_names_market = ts::optional_bool(*t, "in_names_market", file).value_or(false);
      c.products_identify = ts::optional_bool(*t, "products_identify", file).value_or(true);
      c.needs_agent = ts::optional_bool(*t, "needs_agent", file).value_or(false);
      if (c.words.empty())
        throw input_error(ts::where(t->source(), file), fmt::format("{} has no words", context));
      out.triggers.push_back(std::move(c));
    }
  }
}

void read_entities(const toml::table& entities, const std::string& file, grammar::vocabulary& out) {
  static const std::pair<std::string_view, grammar::entity_kind> kinds[] = {
      {"product", grammar::entity_kind::product},
      {"organization", grammar::entity_kind::organization},
      {"person", grammar::entity_kind::person},
      {"name", grammar::entity_kind::name},
      {"government", grammar::entity_kind::government},
      {"place", grammar::entity_kind::place}};
  for (const auto& [key, node] : entities) {
    const toml::table* t = node.as_table();
    std::string context = fmt::format("[entity.{}]", key.str());
    if (!t) throw input_error(ts::where(node.source(), file), context + " must be a table");
    ts::check_keys(*t, {"name", "kind", "aliases", "demonyms"}, file, context);
    grammar::entity e;
    e.id = std::string(key.str());
    e.name = ts::optional_string(*t, "name", file).value_or(e.id);
    std::string kind = ts::required_string(*t, "kind", file, context);
    bool found = false;
    for (const auto& [name, value] : kinds)
      if (name == kind) e.kind = value, found = true;
    if (!found)
      throw input_error(ts::where(t->get("kind")->source(), file),
                        fmt::format("unknown entity kind '{}' (expected one of: product, "
                                    "organization, person, name, government, place)",
                                    kind));
    e.aliases = ts::string_list(*t, "aliases", file);
    if (e.aliases.empty()) e.aliases.push_back(e.name);
    e.demonyms = ts::string_list(*t, "demonyms", file);
    out.entities.push_back(std::move(e));
  }
}

void read_quantities(const toml::table& quantities, const std::string& file,
                     grammar::vocabulary& out) {
  ts::check_keys(quantities,
                 {"approximators", "measures", "forecast_markers", "comparison_markers",
                  "event_amount_markers", "gatherings", "cause_markers", "effect_markers",
                  "count_synonyms", "plan_markers", "plan_measures", "abroad_markers",
                  "rival_markers", "domestic_markers", "count_segments", "sequential_markers",
                  "version_words"},
                 file, "[quantities]");
  auto& q = out.quantities;
  auto append = [&](std::vector<std::string>& to, std::string_view key) {
    auto list = ts::string_list(quantities, key, file);
    to.insert(to.end(), list.begin(), list.end());
  };
  append(q.gatherings, "gatherings");
  append(q.cause_markers, "cause_markers");
  append(q.effect_markers, "effect_markers");
  append(q.plan_markers, "plan_markers");
  append(q.plan_measures, "plan_measures");
  append(q.abroad_markers, "abroad_markers");
  append(q.rival_markers, "rival_markers");
  append(q.count_segments, "count_segments");
  append(q.domestic_markers, "domestic_markers");
  append(q.sequential_markers, "sequential_markers");
  append(q.version_words, "version_words");
  if (const toml::node* groups = quantities.get("count_synonyms")) {
    const toml::array* list = groups->as_array();
    if (!list)
      throw input_error(ts::where(groups->source(), file),
                        "count_synonyms must be an array of arrays of strings");
    for (const auto& group : *list) {
      const toml::array* words = group.as_array();
      if (!words || words->empty())
        throw input_error(ts::where(group.source(), file),
                          "each count_synonyms entry must be a non-empty array of strings");
      std::vector<std::string> out_group;
      for (const auto& w : *words) {
        if (!w.is_string())
          throw input_error(ts::where(w.source(), file), "count_synonyms holds only strings");
        out_group.push_back(w.as_string()->get());
      }
      q.count_synonyms.push_back(std::move(out_group));
    }
  }
  append(q.forecast_markers, "forecast_markers");
  append(q.comparison_markers, "comparison_markers");
  append(q.event_amount_markers, "event_amount_markers");
  if (const toml::table* approximators = ts::optional_table(quantities, "approximators", file)) {
    for (const auto& [key, node] : *approximators) {
      std::string context = fmt::format("[quantities.approximators] \"{}\"", key.str());
      const toml::table* t = node.as_table();
      if (!t) throw input_error(ts::where(node.source(), file), context + " must be a table");
      ts::check_keys(*t, {"below", "above"}, file, context);
      grammar::approximator a;
      a.phrase = std::string(key.str());
      a.below = ts::optional_number(*t, "below", file).value_or(0);
      a.above = ts::optional_number(*t, "above", file).value_or(0);
      if (a.below < 0 || a.below > 1 || a.above < 0 || a.above > 10)
        throw input_error(ts::where(t->source(), file),
                          context + " needs 0 <= below <= 1 and 0 <= above <= 10");
      q.approximators.push_back(std::move(a));
    }
  }
  if (const toml::table* measures = ts::optional_table(quantities, "measures", file)) {
    for (const auto& [key, node] : *measures) {
      std::string context = fmt::format("[quantities.measures.{}]", key.str());
      const toml::table* t = node.as_table();
      if (!t) throw input_error(ts::where(node.source(), file), context + " must be a table");
      ts::check_keys(*t, {"label", "words", "change", "money_only", "companies_only"}, file,
                     context);
      grammar::measure m;
      m.id = std::string(key.str());
      m.label = ts::optional_string(*t, "label", file).value_or(m.id);
      m.words = ts::string_list(*t, "words", file);
      m.change = ts::optional_bool(*t, "change", file).value_or(false);
      m.money_only = ts::optional_bool(*t, "money_only", file).value_or(false);
      m.companies_only = ts::optional_bool(*t, "companies_only", file).value_or(false);
      if (m.words.empty())
        throw input_error(ts::where(t->source(), file), fmt::format("{} has no words", context));
      q.measures.push_back(std::move(m));
    }
  }
}

namespace {

int weekday_number(std::string_view name) {
  static constexpr std::string_view names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  std::string lower(name);
  for (char& c : lower) c = char(c | 0x20);
  for (int d = 0; d < 7; ++d)
    if (names[d] == lower) return d;
  return -1;
}

// [[time.holiday]]: names, and one way to find the day: date = "MM-DD"; month, weekday and nth
// (-1 = last); easter or orthodox_easter = days after that Easter; after = "Name" and offset.
void read_holidays(const toml::table& time, const std::string& file,
                   std::vector<calendar::holiday_rule>& out) {
  std::vector<std::pair<std::string, const toml::table*>> pending_after;
  const std::size_t first_new = out.size();
  for (const toml::table* t : ts::array_of_tables(time, "holiday", file)) {
    ts::check_keys(*t,
                   {"names", "date", "month", "weekday", "nth", "easter", "orthodox_easter",
                    "after", "offset"},
                   file, "[[time.holiday]]");
    calendar::holiday_rule h;
    h.names = ts::string_list(*t, "names", file);
    auto bad = [&](std::string_view why) {
      return input_error(ts::where(t->source(), file),
                         fmt::format("holiday '{}': {}", h.names.empty() ? "" : h.names[0], why));
    };
    if (h.names.empty()) throw bad("needs 'names'");
    auto date = ts::optional_string(*t, "date", file);
    auto month = ts::optional_integer(*t, "month", file);
    auto weekday = ts::optional_string(*t, "weekday", file);
    auto nth = ts::optional_integer(*t, "nth", file);
    auto easter = ts::optional_integer(*t, "easter", file);
    auto orthodox = ts::optional_integer(*t, "orthodox_easter", file);
    auto after = ts::optional_string(*t, "after", file);
    auto offset = ts::optional_integer(*t, "offset", file);
    int ways = int(bool(date)) + int(bool(weekday)) + int(bool(easter)) + int(bool(orthodox)) +
               int(bool(after));
    if (ways != 1)
      throw bad("give exactly one of date, weekday (with month and nth), easter, orthodox_easter "
                "or after");
    if (date) {
      unsigned m = 0, d = 0;
      if (date->size() != 5 || (*date)[2] != '-' ||
          std::sscanf(date->c_str(), "%2u-%2u", &m, &d) != 2 || m < 1 || m > 12 || d < 1 || d > 31)
        throw bad(fmt::format("date '{}' is not MM-DD", *date));
      h.how = calendar::holiday_rule::kind::fixed;
      h.month = int(m);
      h.day = int(d);
    } else if (weekday) {
      h.how = calendar::holiday_rule::kind::nth_weekday;
      h.weekday = weekday_number(*weekday);
      if (h.weekday < 0) throw bad(fmt::format("'{}' is no weekday", *weekday));
      if (!month || *month < 1 || *month > 12) throw bad("needs a month from 1 to 12");
      if (!nth || *nth == 0 || *nth < -1 || *nth > 5) throw bad("needs nth from 1 to 5, or -1");
      h.month = int(*month);
      h.nth = int(*nth);
    } else if (easter || orthodox) {
      h.how = easter ? calendar::holiday_rule::kind::easter
                     : calendar::holiday_rule::kind::orthodox_easter;
      h.offset = int(easter ? *easter : *orthodox);
    } else {
      h.how = calendar::holiday_rule::kind::after_holiday;
      h.offset = int(offset.value_or(0));
      pending_after.emplace_back(*after, t);
    }
    out.push_back(std::move(h));
  }
  // "after" names a holiday defined anywhere in the list, and never itself in a circle.
  std::vector<std::pair<std::size_t, const toml::table*>> afters;
  std::size_t next = 0;
  for (std::size_t i = first_new; i < out.size(); ++i) {
    if (out[i].how != calendar::holiday_rule::kind::after_holiday) continue;
    const auto& [base_name, t] = pending_after[next++];
    for (std::size_t j = 0; j < out.size(); ++j)
      for (const auto& n : out[j].names)
        if (n == base_name) out[i].base = int(j);
    if (out[i].base < 0)
      throw input_error(
          ts::where(t->source(), file),
          fmt::format("holiday '{}': no holiday is named '{}'", out[i].names[0], base_name));
    afters.emplace_back(i, t);
  }
  for (const auto& [i, t] : afters) {
    std::size_t at = i;
    for (std::size_t steps = 0; out[at].how == calendar::holiday_rule::kind::after_holiday;
         ++steps) {
      if (steps > out.size())
        throw input_error(ts::where(t->source(), file),
                          fmt::format("holiday '{}' is counted from itself", out[i].names[0]));
      at = std::size_t(out[at].base);
    }
  }
}

} // namespace

void read_calendar_words(const toml::table& words, const std::string& file,
                         grammar::calendar_words& out) {
  ts::check_keys(words, {"months", "weekdays", "seasons", "numbers", "tens", "number_phrases"},
                 file, "[time.words]");
  // A list of lists of names, exactly `count` long (0: any length).
  auto lists = [&](std::string_view key, std::size_t count,
                   std::vector<std::vector<std::string>>& to) {
    const toml::node* node = words.get(key);
    if (!node) return;
    const toml::array* outer = node->as_array();
    auto bad = [&](const toml::node& at, std::string_view why) {
      return input_error(ts::where(at.source(), file),
                         fmt::format("[time.words] {}: {}", key, why));
    };
    if (!outer) throw bad(*node, "must be a list of lists of names");
    if (count && outer->size() != count) throw bad(*node, fmt::format("needs {} entries", count));
    to.clear();
    for (const toml::node& entry : *outer) {
      const toml::array* names = entry.as_array();
      if (!names || names->empty()) throw bad(entry, "each entry is a non-empty list of names");
      std::vector<std::string> list;
      for (const toml::node& n : *names) {
        auto text = n.value<std::string>();
        if (!text || text->empty()) throw bad(n, "names are non-empty strings");
        list.push_back(*text);
      }
      to.push_back(std::move(list));
    }
  };
  lists("months", 12, out.months);
  lists("weekdays", 7, out.weekdays);
  lists("seasons", 4, out.seasons);
  if (words.get("numbers")) out.numbers = ts::string_list(words, "numbers", file);
  if (words.get("tens")) out.tens = ts::string_list(words, "tens", file);
  if (const toml::table* phrases = ts::optional_table(words, "number_phrases", file)) {
    out.number_phrases.clear();
    for (const auto& [phrase, value] : *phrases) {
      auto n = value.value<long long>();
      if (!n || *n < 1 || *n > 1000)
        throw input_error(ts::where(value.source(), file),
                          fmt::format("[time.words.number_phrases] '{}' needs a whole number "
                                      "from 1 to 1000",
                                      phrase.str()));
      out.number_phrases.emplace_back(std::string(phrase.str()), int(*n));
    }
  }
}

void read_time(const toml::table& time, const std::string& file, calendar::time_settings& out) {
  ts::check_keys(time, {"vague", "approximate", "holiday", "words"}, file, "[time]");
  if (time.get("holiday")) read_holidays(time, file, out.holidays);
  if (const toml::table* vague = ts::optional_table(time, "vague", file)) {
    static const std::string_view units[] = {"days",     "weeks", "months",
                                             "quarters", "years", "decades"};
    ts::check_keys(*vague, {"days", "weeks", "months", "quarters", "years", "decades"}, file,
                   "[time.vague]");
    for (std::size_t u = 0; u < 6; ++u) {
      const toml::table* bound = ts::optional_table(*vague, units[u], file);
      if (!bound) continue;
      std::string context = fmt::format("[time.vague.{}]", units[u]);
      ts::check_keys(*bound, {"min", "max"}, file, context);
      auto min = ts::optional_integer(*bound, "min", file);
      auto max = ts::optional_integer(*bound, "max", file);
      if (!min || !max || *min < 1 || *max < *min || *max > 1000)
        throw input_error(ts::where(bound->source(), file),
                          fmt::format("{} needs whole numbers 1 <= min <= max <= 1000", context));
      out.vague[u] = {int(*min), int(*max)};
    }
  }
  if (const toml::table* approximate = ts::optional_table(time, "approximate", file)) {
    ts::check_keys(*approximate, {"widen"}, file, "[time.approximate]");
    if (auto widen = ts::optional_number(*approximate, "widen", file)) {
      if (*widen < 0 || *widen > 1)
        throw input_error(ts::where(approximate->get("widen")->source(), file),
                          "'widen' must lie between 0 and 1");
      out.approximate_widen = *widen;
    }
  }
}

} // namespace factline::rules
