#include "grammar/scan.hpp"

#include "grammar/date_expr.hpp"
#include "grammar/event_mention.hpp"
#include "grammar/quantity_expr.hpp"
#include "grammar/word_boundary.hpp"

namespace factline::grammar {

namespace {

const char* next_code_point(const char* p, const char* last) {
  ++p;
  while (p < last && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) ++p;
  return p;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A currency sign ("$", "€", "£", "¥", "₹", "₩") may begin an amount of money.
bool is_currency_sign(const char* p, const char* last) {
  auto at = [&](std::string_view s) {
    return std::size_t(last - p) >= s.size() && std::string_view(p, s.size()) == s;
  };
  return *p == '$' || at("\xE2\x82\xAC") || at("\xC2\xA3") || at("\xC2\xA5") ||
         at("\xE2\x82\xB9") || at("\xE2\x82\xA9");
}

// Words that may begin an amount of money before its number: "US$", "RMB 380 billion".
bool is_currency_word(std::string_view word) {
  static constexpr std::string_view words[] = {"US",  "HK",  "NT",  "C",   "CA",  "A",   "S",
                                               "USD", "EUR", "GBP", "JPY", "RMB", "CNY", "Rs"};
  for (auto w : words)
    if (w == word) return true;
  return false;
}

bool parse_quantity(const char*& p, const char* last, const char* first, scan_result& out) {
  const char* q = p;
  quantity_ast ast;
  if (!x3::parse(q, last, quantity_expr(), ast) || q <= p) return false;
  out.quantities.push_back({std::size_t(p - first), std::size_t(q - first), ast});
  p = q;
  return true;
}

} // namespace

scan_result scan(std::string_view text, bool with_events) {
  scan_result out;
  const char* const first = text.data();
  const char* const last = first + text.size();
  const char* p = first;
  while (p < last) {
    if (with_events && is_currency_sign(p, last) && parse_quantity(p, last, first, out)) continue;
    // Only a word start can begin an expression: "H20" holds no number, "Advice5" no date.
    if (!is_word_byte(p, last) || !starts_word(first, p)) {
      p = next_code_point(p, last);
      continue;
    }
    // A lowercase word that begins no expression is skipped without running the grammars.
    const char* word_end_at = p;
    while (word_end_at < last && is_word_byte(word_end_at, last)) ++word_end_at;
    bool lower = *p >= 'a' && *p <= 'z';
    std::string_view word(p, std::size_t(word_end_at - p));
    if (lower && word.size() <= 16) {
      char buffer[16];
      for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = char(word[i] | 0x20);
      std::string_view folded(buffer, word.size());
      bool date_start = may_start_date(folded);
      bool event_start = with_events && may_start_event_token(folded);
      if (!date_start && !event_start) {
        p = word_end_at;
        continue;
      }
      if (!date_start) {
        const char* q = p;
        event_token_ast token;
        if (x3::parse(q, last, event_token(), token) && q > p) {
          out.tokens.push_back(
              {token.kind, std::size_t(p - first), std::size_t(q - first), token.id});
          p = q;
        } else {
          p = word_end_at;
        }
        continue;
      }
    }
    if (with_events && is_currency_word(word) && parse_quantity(p, last, first, out)) continue;
    const char* q = p;
    date_ast ast;
    if (x3::parse(q, last, date_expr(), ast) && q > p) {
      out.dates.push_back({std::size_t(p - first), std::size_t(q - first), ast});
      p = q;
      continue;
    }
    if (with_events && *p >= '0' && *p <= '9' && parse_quantity(p, last, first, out)) continue;
    if (with_events) {
      q = p;
      event_token_ast token;
      if (x3::parse(q, last, event_token(), token) && q > p) {
        out.tokens.push_back(
            {token.kind, std::size_t(p - first), std::size_t(q - first), token.id});
        p = q;
        continue;
      }
    }
    while (p < last && is_word_byte(p, last)) p = next_code_point(p, last);
  }
  return out;
}

std::optional<date_ast> parse_whole_date(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  const char* q = text.data();
  const char* const last = q + text.size();
  date_ast ast;
  if (!x3::parse(q, last, date_expr(), ast) || q != last) return std::nullopt;
  return ast;
}

void use_vocabulary(const vocabulary& words) {
  load_event_words(words);
}

} // namespace factline::grammar
