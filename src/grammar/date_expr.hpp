#pragma once
// Declares the date expression grammar; defined in date_expr_def.hpp, instantiated once in
// date_expr.cpp. Include only from the grammar folder.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

#include <string_view>

namespace factline::grammar {

struct date_expr_class;
using date_expr_type = x3::rule<date_expr_class, date_ast>;
BOOST_SPIRIT_DECLARE(date_expr_type)

date_expr_type const& date_expr();

// False when a lowercase word cannot begin a date expression, so the scanner need not try.
bool may_start_date(std::string_view lowercase_word);

} // namespace factline::grammar
