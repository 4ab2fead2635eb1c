#include "rules/registry.hpp"

#include "rules/kinds/after_publication.hpp"
#include "rules/kinds/date_agreement.hpp"
#include "rules/kinds/founded_first.hpp"
#include "rules/kinds/future_after_the_fact.hpp"
#include "rules/kinds/quantity_agreement.hpp"
#include "rules/kinds/temporal_network.hpp"
#include "toml_support.hpp"

namespace factline::rules {

const std::vector<rule_kind>& rule_kinds() {
  static const std::vector<rule_kind> kinds = {
      kinds::date_agreement::kind(),        kinds::after_publication::kind(),
      kinds::future_after_the_fact::kind(), kinds::founded_first::kind(),
      kinds::quantity_agreement::kind(),    kinds::temporal_network::kind(),
  };
  return kinds;
}

const rule_kind* find_rule_kind(std::string_view name) {
  for (const auto& k : rule_kinds())
    if (k.name == name) return &k;
  return nullptr;
}

long tolerance_setting(const toml::table& table, const std::string& file, long fallback) {
  auto t = toml_support::optional_integer(table, "tolerance_days", file);
  if (!t) return fallback;
  if (*t < 0 || *t > 36500)
    throw input_error(toml_support::where(table.get("tolerance_days")->source(), file),
                      "'tolerance_days' must be a whole number of days from 0 to 36500");
  return long(*t);
}

std::size_t min_documents_setting(const toml::table& table, const std::string& file,
                                  std::size_t fallback) {
  auto m = toml_support::optional_integer(table, "min_documents", file);
  if (!m) return fallback;
  if (*m < 1 || *m > 2)
    throw input_error(toml_support::where(table.get("min_documents")->source(), file),
                      "'min_documents' must be 1 or 2");
  return std::size_t(*m);
}

} // namespace factline::rules
