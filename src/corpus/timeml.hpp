#pragma once
// TimeML / TempEval-3 documents: the creation time from the <DCT> TIMEX3, the text of <TEXT>
// with its tags removed, and where that text sits in the file, so that a tagged copy can be
// written back with nothing else changed.
#include "calendar/interval.hpp"

#include <optional>
#include <string>

namespace factline::corpus {

struct timeml_document {
  std::string original;       // the whole file
  std::size_t text_begin = 0; // just after <TEXT>
  std::size_t text_end = 0;   // at </TEXT>
  std::string text;           // the TEXT content without tags, character for character
  std::optional<calendar::interval> dct;
};

// Throws input_error naming the file when it has no <TEXT> element.
timeml_document read_timeml(const std::string& path);

} // namespace factline::corpus
