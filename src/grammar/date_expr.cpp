// The only translation unit that compiles the date grammar.
#include "grammar/date_expr_def.hpp"

#include <unordered_set>

namespace factline::grammar {

BOOST_SPIRIT_INSTANTIATE(date_expr_type, iterator_type, context_type)

bool may_start_date(std::string_view lowercase_word) {
  static const std::unordered_set<std::string_view> words(
      std::begin(date_grammar::lowercase_start_words),
      std::end(date_grammar::lowercase_start_words));
  return words.count(lowercase_word) > 0;
}

} // namespace factline::grammar
