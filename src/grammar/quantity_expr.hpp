#pragma once
// Declares the quantity grammar (money, percentages, counted numbers); defined in
// quantity_expr_def.hpp, instantiated once in quantity_expr.cpp. Include only from the grammar
// folder.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace factline::grammar {

struct quantity_expr_class;
using quantity_expr_type = x3::rule<quantity_expr_class, quantity_ast>;
BOOST_SPIRIT_DECLARE(quantity_expr_type)

quantity_expr_type const& quantity_expr();

} // namespace factline::grammar
