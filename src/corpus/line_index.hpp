#pragma once
// Byte offset -> line:column, with the column counted in Unicode code points.
#include <cstddef>
#include <string_view>
#include <vector>

namespace factline::corpus {

// Unicode code points in UTF-8 text (what every column and caret counts).
std::size_t code_points(std::string_view text);

struct line_column {
  int line = 1;
  int column = 1;
};

class line_index {
public:
  line_index() = default;
  explicit line_index(std::string_view text);
  // The index does not keep the text (documents move); pass the text it was built from.
  line_column at(std::string_view text, std::size_t offset) const;
  // The text of the line holding offset, without its line break.
  std::string_view line_text(std::string_view text, std::size_t offset) const;
  std::size_t line_count() const { return starts_.size(); }

private:
  std::vector<std::size_t> starts_;
  // The last answer: lookups come in increasing order, and on a 50 MB line counting from the
  // line start each time would be quadratic.
  mutable std::size_t cached_offset_ = 0;
  mutable line_column cached_{1, 1};
};

} // namespace factline::corpus
