#include "corpus/document.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace factline::corpus {

std::string_view to_string(publication_source s) {
  switch (s) {
  case publication_source::manifest:
    return "manifest";
  case publication_source::front_matter:
    return "front-matter";
  case publication_source::dateline:
    return "dateline";
  case publication_source::none:
    return "none";
  }
  return "none";
}

namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at p, or 0 when it is not one (overlongs, surrogates too).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((b(k) & 0xC0) != 0x80) return 0;
  if (n == 3 && c == 0xE0 && b(1) < 0xA0) return 0;
  if (n == 3 && c == 0xED && b(1) >= 0xA0) return 0;
  if (n == 4 && c == 0xF0 && b(1) < 0x90) return 0;
  if (n == 4 && c == 0xF4 && b(1) >= 0x90) return 0;
  return n;
}

std::optional<std::string> decode_utf16(std::string_view bytes, bool little_endian) {
  if (bytes.size() % 2 != 0) return std::nullopt;
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return char32_t(hi << 8 | lo);
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00) {
      if (i + 2 >= bytes.size()) return std::nullopt;
      char32_t v = unit(i + 2);
      if (v < 0xDC00 || v >= 0xE000) return std::nullopt;
      u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
      i += 2;
    } else if (u >= 0xDC00 && u < 0xE000) {
      return std::nullopt;
    }
    if (u == 0) return std::nullopt;
    append_utf8(out, u);
  }
  return out;
}

std::string normalize_line_breaks(std::string_view s) {
  if (s.find('\r') == std::string_view::npos) return std::string(s); // the usual case
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

} // namespace

namespace {

bool valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    // Runs of ASCII, eight bytes at a time: most of a news text.
    while (i + 8 <= bytes.size()) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= bytes.size()) break;
    std::size_t n = utf8_sequence(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

} // namespace

bool is_plain_utf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" ||
      bytes.substr(0, 2) == "\xFE\xFF")
    return false;
  // Bytes below 0x20 eight at a time (the SWAR "has a byte less than n" test); only a word
  // holding one is looked at byte by byte (line breaks, mostly).
  // The same pass notes whether any byte has its high bit set: pure ASCII needs no UTF-8 check.
  std::size_t i = 0;
  std::uint64_t high = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    high |= word;
    if (((word - 0x2020202020202020ull) & ~word & 0x8080808080808080ull) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k) {
      auto c = static_cast<unsigned char>(bytes[k]);
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') return false;
    }
  }
  for (; i < bytes.size(); ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') return false;
    high |= c;
  }
  return (high & 0x8080808080808080ull) == 0 || valid_utf8(bytes);
}

decoded_text decode_text(std::string_view bytes) {
  decoded_text out;
  std::string note;
  std::string utf8;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    auto text = decode_utf16(bytes.substr(2), le);
    if (!text) {
      out.reason = fmt::format("not valid UTF-16{} text", le ? "LE" : "BE");
      return out;
    }
    utf8 = std::move(*text);
    note = fmt::format("decoded from UTF-16{}", le ? "LE" : "BE");
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
      out.reason = fmt::format("binary content (NUL byte at offset {})", nul);
      return out;
    }
    if (valid_utf8(bytes)) {
      utf8.assign(bytes);
    } else {
      // Not UTF-8: read it as Latin-1, the usual origin of such bytes, and say so.
      for (unsigned char c : bytes) append_utf8(utf8, c);
      note = "not valid UTF-8; decoded as Latin-1";
    }
  }
  // Control characters other than white space mean this is not prose.
  std::size_t controls = 0;
  for (unsigned char c : utf8)
    controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  if (controls > 0 && controls * 100 > utf8.size()) {
    out.reason = fmt::format("binary content ({} control characters)", controls);
    return out;
  }
  out.text = normalize_line_breaks(utf8);
  out.reason = note;
  return out;
}

namespace {} // namespace

document::excerpt document::excerpt_at(std::size_t begin, std::size_t end,
                                       std::size_t width) const {
  excerpt out;
  std::string_view line = line_at(begin);
  std::size_t line_begin = std::size_t(line.data() - text.data());
  std::size_t line_end = line_begin + line.size();
  std::size_t span_end = std::min(end, line_end);
  out.length = std::max<std::size_t>(1, code_points(text.substr(begin, span_end - begin)));
  // Walk out from the span, code point by code point, to at most width around it.
  auto back = [&](std::size_t i) {
    do --i;
    while (i > line_begin && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
    return i;
  };
  auto forward = [&](std::size_t i) {
    do ++i;
    while (i < line_end && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
    return i;
  };
  std::size_t from = begin, before = 0;
  while (from > line_begin && before < width * 2 / 5) from = back(from), ++before;
  std::size_t to = begin, after = 0;
  while (to < line_end && after < width - before) to = forward(to), ++after;
  if (from > line_begin) out.text = "…";
  out.text.append(text.substr(from, to - from));
  if (to < line_end) out.text.append("…");
  out.column = before + (from > line_begin ? 1 : 0);
  out.length = std::min(out.length, std::max<std::size_t>(1, after));
  return out;
}

void document::release_text() {
  std::string().swap(text);
  lines = line_index();
}

} // namespace factline::corpus
