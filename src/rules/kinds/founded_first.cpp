#include "rules/kinds/founded_first.hpp"

#include "toml_support.hpp"

#include <map>

namespace factline::rules::kinds {

void founded_first::check(const check_input& input, std::vector<finding>& out) const {
  int first_class = -1;
  for (std::size_t c = 0; c < input.words.triggers.size(); ++c)
    if (input.words.triggers[c].id == first_) first_class = int(c);
  if (first_class < 0) return;
  // The `first` events by their one participant: "founding: Kestrel Semiconductor".
  std::map<std::string, const timeline::event*> firsts;
  for (const auto& e : input.timeline.events)
    if (e.trigger_class == first_class && e.key.size() == 1 && e.undisputed() &&
        !e.merged->open_begin())
      firsts[e.key.front().key] = &e;
  for (const auto& e : input.timeline.events) {
    if (e.trigger_class == first_class || !e.undisputed() || e.merged->open_end()) continue;
    // Only the participants that identify the event or did it: a name merely standing in the
    // same sentence ("..., months after SiCarrier was founded") takes no part in it.
    std::vector<grammar::participant> takes_part = e.key;
    takes_part.insert(takes_part.end(), e.subjects.begin(), e.subjects.end());
    for (const auto& p : takes_part) {
      auto it = firsts.find(p.key);
      if (it == firsts.end()) continue;
      const timeline::event& founding = *it->second;
      long gap = (founding.merged->begin - e.merged->end).count();
      if (gap <= tolerance_) continue;
      // The claim dating the event earliest, and the founding claim dating it latest.
      const timeline::claim* before = nullptr;
      for (const auto& c : e.claims)
        if (!c.narrative && c.value.end <= e.merged->end &&
            (!before || c.value.end < before->value.end))
          before = &c;
      const timeline::claim* founded = nullptr;
      for (const auto& c : founding.claims)
        if (!c.narrative && c.value.begin >= founding.merged->begin &&
            (!founded || c.value.begin > founded->value.begin))
          founded = &c;
      if (!before || !founded) continue;
      std::string message = format_message(e, *before, founded, gap, input.corpus);
      out.push_back(make_finding(e, {*before, *founded}, std::move(message), input.corpus));
      break;
    }
  }
}

rule_kind founded_first::kind() {
  return {"founded_first",
          {"tolerance_days", "first"},
          [](rule_info info, const toml::table& table, const std::string& file) {
            std::string first =
                toml_support::optional_string(table, "first", file).value_or("founding");
            return std::make_unique<founded_first>(std::move(info), std::move(first),
                                                   tolerance_setting(table, file, 1));
          }};
}

} // namespace factline::rules::kinds
