#pragma once
// One document of the corpus: its text as UTF-8 with LF line breaks, where it came from, and
// when it was published.
#include "calendar/interval.hpp"
#include "corpus/line_index.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace factline::corpus {

enum class publication_source { manifest, front_matter, dateline, none };
std::string_view to_string(publication_source s);

struct publication {
  std::optional<calendar::interval> date;
  publication_source source = publication_source::none;
  std::optional<calendar::interval> updated; // a later dateline, when there are two
};

struct document {
  std::string path;           // as reports show it: relative to the corpus folder
  std::filesystem::path file; // where it was read from
  std::string title;          // from the manifest, if any
  std::string text;           // UTF-8, LF line breaks (CRLF and lone CR converted)
  std::size_t body_begin = 0; // first byte after a front-matter block
  line_index lines;
  publication published;
  bool skipped = false;
  std::string reason;           // why it was skipped, or how it was decoded
  std::string dateline_problem; // a dateline that could not be read as a date

  line_column position(std::size_t offset) const { return lines.at(text, offset); }
  std::string_view line_at(std::size_t offset) const { return lines.line_text(text, offset); }
  // The line holding [begin, end), cut to about width code points around it when longer.
  struct excerpt {
    std::string text;       // with "…" where the line was cut
    std::size_t column = 0; // 0-based, in code points of text: where the span starts
    std::size_t length = 1; // code points of the span (at least 1)
  };
  excerpt excerpt_at(std::size_t begin, std::size_t end, std::size_t width = 100) const;
  // Documents are processed one at a time: after the pipeline has taken what it needs, the
  // text goes, so memory grows with events, not with bytes read.
  void release_text();
};

// Bytes as read from disk -> UTF-8 text with LF breaks, or the reason it is not text.
struct decoded_text {
  std::optional<std::string> text;
  std::string reason; // skip reason when text is empty; else a note on how it was decoded
};
decoded_text decode_text(std::string_view bytes);
// True when decode_text would return the bytes unchanged (valid UTF-8 without a BOM, NUL, CR or
// other control characters): the caller may use them as they are, without a copy.
bool is_plain_utf8(std::string_view bytes);

} // namespace factline::corpus
