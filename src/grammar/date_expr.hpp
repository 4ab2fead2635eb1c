#pragma once
// Declares the date expression grammar; defined in date_expr_def.hpp, instantiated once in
// date_expr.cpp. Include only from the grammar folder.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace factline::grammar {

struct date_expr_class;
using date_expr_type = x3::rule<date_expr_class, date_ast>;
BOOST_SPIRIT_DECLARE(date_expr_type)

date_expr_type const& date_expr();

} // namespace factline::grammar
