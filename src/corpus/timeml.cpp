#include "corpus/timeml.hpp"

#include "error.hpp"

#include <fstream>
#include <sstream>

namespace factline::corpus {

timeml_document read_timeml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error({path, 0, 0}, "cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  timeml_document doc;
  doc.original = buffer.str();
  const std::string& s = doc.original;
  auto open = s.find("<TEXT>");
  auto close = s.find("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open)
    throw input_error({path, 0, 0}, "not a TimeML document: no <TEXT>...</TEXT>");
  doc.text_begin = open + 6;
  doc.text_end = close;
  for (std::size_t i = doc.text_begin; i < doc.text_end; ++i) {
    if (s[i] == '<') {
      auto end = s.find('>', i);
      if (end == std::string::npos || end > doc.text_end) break;
      i = end;
      continue;
    }
    doc.text += s[i];
  }
  // <DCT><TIMEX3 ... value="1998-01-08" ...>
  auto dct = s.find("<DCT>");
  if (dct != std::string::npos) {
    auto value = s.find("value=\"", dct);
    auto dct_end = s.find("</DCT>", dct);
    if (value != std::string::npos && value < dct_end) {
      auto v = s.substr(value + 7, 10);
      doc.dct = calendar::parse_partial_date(v.substr(0, v.find('"')));
    }
  }
  return doc;
}

} // namespace factline::corpus
