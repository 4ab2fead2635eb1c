#pragma once
// The tense of the clause around a date expression: whether a bare "Tuesday" or "March 31"
// lies behind the reference date ("said Tuesday", "fell in March") or ahead of it ("will meet
// Tuesday", "is due March 31"). Plain text work, free of Spirit.
#include <cstddef>
#include <string_view>

namespace factline::grammar {

// -1 past, +1 future, 0 when the words around [begin, end) do not say: the nearest tense
// marker before the expression within its sentence, else the nearest one just after it.
int tense_around(std::string_view text, std::size_t begin, std::size_t end);

} // namespace factline::grammar
