// The only translation unit that compiles the quantity grammar.
#include "grammar/quantity_expr_def.hpp"

namespace factline::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_expr_type, iterator_type, context_type)

} // namespace factline::grammar
