#pragma once
// The English dictionary (Debian's wamerican, built into the binary): a capitalized word that
// opens a sentence and is no English word ("Loongson", "Shein", "Wolfspeed") is a name, where an
// English one ("Meanwhile", "Analysts") may be any word.
#include <string_view>

namespace factline::grammar {

// `word` in lowercase ASCII.
bool is_english_word(std::string_view word);

} // namespace factline::grammar
