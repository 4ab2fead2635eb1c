// The only translation unit that compiles the date grammar.
#include "grammar/date_expr_def.hpp"

namespace factline::grammar {
BOOST_SPIRIT_INSTANTIATE(date_expr_type, iterator_type, context_type)
} // namespace factline::grammar
