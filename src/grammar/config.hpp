#pragma once
// One iterator and one context type for every grammar, so each rule is instantiated once.
#include <boost/spirit/home/x3.hpp>

namespace factline::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using context_type = x3::unused_type;
} // namespace factline::grammar
