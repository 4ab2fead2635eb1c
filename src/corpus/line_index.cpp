#include "corpus/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace factline::corpus {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

line_index::line_index(std::string_view text) {
  starts_.push_back(0);
  cached_offset_ = 0;
  cached_ = {1, 1};
  // memchr skips a line's bytes many at a time: most of a text holds no line break.
  const char* const first = text.data();
  const char* const last = first + text.size();
  for (const char* p = first; p < last;) {
    const void* found = std::memchr(p, '\n', std::size_t(last - p));
    if (!found) break;
    p = static_cast<const char*>(found) + 1;
    starts_.push_back(std::size_t(p - first));
  }
}

line_column line_index::at(std::string_view text, std::size_t offset) const {
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = std::size_t(it - starts_.begin()); // 1-based
  std::size_t start = starts_[line - 1];
  int column = 1;
  if (cached_.line == int(line) && cached_offset_ >= start && cached_offset_ <= offset) {
    start = cached_offset_;
    column = cached_.column;
  }
  for (std::size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  cached_offset_ = offset;
  cached_ = {int(line), column};
  return cached_;
}

std::string_view line_index::line_text(std::string_view text, std::size_t offset) const {
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t start = *(it - 1);
  // The next line's start is known: no search, so a 50 MB line costs nothing here.
  std::size_t end = it == starts_.end() ? text.size() : *it - 1;
  return text.substr(start, end - start);
}

} // namespace factline::corpus
