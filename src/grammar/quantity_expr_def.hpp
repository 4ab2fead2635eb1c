#pragma once
// The quantity grammar (X3): money ("$2.1 billion", "US$2.1bn", "15 billion yuan",
// "RMB 380 billion"), percentages ("8%", "8 percent", "8 per cent") and counted numbers
// ("300 firms"; the counted noun is read by the caller). Approximators ("about", "more than")
// are words before the amount and are read by the caller too, from rules/quantities.toml.
//
// Scanning policy: a number glued to letters is a model or a unit ("H20", "7nm", "5-nanometer"),
// never an amount; "10.4 percentage points" is not a percentage.
#include "grammar/ascii_encoding.hpp"
#include "grammar/quantity_expr.hpp"
#include "grammar/word_boundary.hpp"

#include <cmath>
#include <cstring>

namespace factline::grammar {
namespace quantity_grammar {

// ASCII case folding, safe for UTF-8 bytes (see ascii_encoding.hpp).
inline auto lit(char c) {
  return ascii_lit(c);
}
inline auto lit(char const* s) {
  return ascii_lit(s);
}
using x3::no_case;

// ---- word lists -------------------------------------------------------------------------
struct scale_words : ascii_symbols<double> {
  scale_words() {
    add("trillion", 1e12)("billion", 1e9)("million", 1e6)("thousand", 1e3)("tn", 1e12)("trn", 1e12)(
        "bn", 1e9)("bln", 1e9)("mn", 1e6)("mln", 1e6);
  }
};
inline const scale_words scale_word;

// One-letter scales only glued to an amount of money: "$5m", "$2.1B", "€30k".
struct glued_scale_words : ascii_symbols<double> {
  glued_scale_words() {
    for (const char* w : {"trillion", "tn", "trn", "T"}) add(w, 1e12);
    for (const char* w : {"billion", "bn", "bln", "B", "b"}) add(w, 1e9);
    for (const char* w : {"million", "mn", "mln", "M", "m"}) add(w, 1e6);
    for (const char* w : {"thousand", "K", "k"}) add(w, 1e3);
  }
};
inline const glued_scale_words glued_scale_word;

struct currency_symbols : ascii_symbols<const char*> {
  currency_symbols() {
    add("US$", "USD")("$", "USD")("USD", "USD")("HK$", "HKD")("NT$", "TWD")("C$", "CAD")(
        "CA$", "CAD")("A$", "AUD")("S$", "SGD")("\xE2\x82\xAC", "EUR")("EUR", "EUR")(
        "\xC2\xA3", "GBP")("GBP", "GBP")("\xC2\xA5", "JPY")("JPY", "JPY")("RMB", "CNY")(
        "CNY", "CNY")("\xE2\x82\xB9", "INR")("Rs", "INR")("\xE2\x82\xA9", "KRW");
  }
};
inline const currency_symbols currency_symbol;

// Currency words after the amount. "pounds" and "won" are left out: weights and verbs.
struct currency_names : ascii_symbols<const char*> {
  currency_names() {
    add("dollars", "USD")("dollar", "USD")("US dollars", "USD")("U.S. dollars", "USD")(
        "USD", "USD")("yuan", "CNY")("renminbi", "CNY")("RMB", "CNY")("CNY", "CNY")("euros", "EUR")(
        "euro", "EUR")("EUR", "EUR")("pounds sterling", "GBP")("GBP", "GBP")("yen", "JPY")(
        "JPY", "JPY")("rupees", "INR")("Hong Kong dollars", "HKD")("guilders", "NLG")(
        "marks", "DEM")("francs", "FRF")("lire", "ITL");
  }
};
inline const currency_names currency_name;

// ---- semantic actions ---------------------------------------------------------------------
// The digits as written: "10,000", "2.1". The rounding is half the last stated digit.
inline auto set_number = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const auto& range = x3::_attr(ctx);
  double value = 0, scale = 1;
  bool fraction = false;
  for (auto it = range.begin(); it != range.end(); ++it) {
    char c = *it;
    if (c == '.') {
      fraction = true;
    } else if (c >= '0' && c <= '9') {
      if (fraction) {
        scale /= 10;
        value += (c - '0') * scale;
      } else {
        value = value * 10 + (c - '0');
      }
    }
  }
  v.value = value;
  v.rounding = 0.5 * scale;
};
inline auto apply_scale = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.value *= x3::_attr(ctx);
  v.rounding *= x3::_attr(ctx);
};
inline auto set_currency = [](auto& ctx) {
  std::memcpy(x3::_val(ctx).currency, x3::_attr(ctx), 3);
  x3::_val(ctx).currency[3] = 0;
};
template <quantity_kind K>
inline auto set_kind = [](auto& ctx) { x3::_val(ctx).kind = K; };
inline auto reset = [](auto& ctx) { x3::_val(ctx) = quantity_ast{}; };

// ---- rules --------------------------------------------------------------------------------
struct sp_class;
x3::rule<sp_class> const sp = "space";
auto const sp_def = +(lit(' ') | lit("\xC2\xA0"));
BOOST_SPIRIT_DEFINE(sp)

// Thousands groups are exactly three digits ("10,000"), so "2,3" is not a number.
auto const digit_run = +x3::digit >> *(lit(',') >> x3::repeat(3)[x3::digit] >> !x3::digit) >>
                       -(lit('.') >> +x3::digit);
auto const number = x3::raw[digit_run][set_number];
// A number glued to a hyphen and a word ("10,000-GPU", "5-nanometer") describes a thing.
auto const not_compound = !(lit('-') >> x3::alnum);

// The action runs once the whole scale word is seen, so a failed try leaves the value alone.
auto const spaced_scale = (sp >> no_case[scale_word] >> word_end)[apply_scale];
auto const glued_scale = (glued_scale_word >> word_end)[apply_scale];

auto const money_prefix = currency_symbol[set_currency] >> -sp >> number >>
                          (glued_scale | (-spaced_scale >> word_end));
auto const money_suffix =
    number >> word_end >> -spaced_scale >> sp >> currency_name[set_currency] >> word_end;
auto const money = x3::eps[reset] >> x3::eps[set_kind<quantity_kind::money>] >>
                   (money_prefix | money_suffix);

auto const percent_sign =
    lit('%') | (sp >> no_case[lit("percent") | lit("per cent") | lit("pct")] >> word_end);
auto const percent = x3::eps[reset] >> x3::eps[set_kind<quantity_kind::percent>] >> number >>
                     percent_sign >> !(sp >> no_case[lit("point")]);

// A counted number stands before a word ("300 firms", "2 million users", "2,048 H800 chips");
// with a scale it may end a phrase ("rides rose to 1.1 million."). What it counts is read by
// the caller.
auto const count = x3::eps[reset] >> x3::eps[set_kind<quantity_kind::count>] >> number >>
                   word_end >> not_compound >> (spaced_scale | &(sp >> (x3::lower | x3::upper))) >>
                   !(sp >> lit("percentage"));

auto const quantity_expr_def = money | percent | count;

} // namespace quantity_grammar

quantity_expr_type const quantity_expr_rule = "quantity";
auto const quantity_expr_rule_def = quantity_grammar::quantity_expr_def;
BOOST_SPIRIT_DEFINE(quantity_expr_rule)

quantity_expr_type const& quantity_expr() {
  return quantity_expr_rule;
}

} // namespace factline::grammar
