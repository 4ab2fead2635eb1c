#pragma once
// The event mention grammar (X3). Its word tables are filled at run time from the vocabulary
// (rules/events.toml); the shape of a token is fixed here.
#include "grammar/ascii_encoding.hpp"
#include "grammar/event_mention.hpp"
#include "grammar/word_boundary.hpp"

namespace factline::grammar {
namespace event_grammar {

// ASCII case folding, safe for UTF-8 bytes (see ascii_encoding.hpp).
inline auto lit(char c) {
  return ascii_lit(c);
}
inline auto lit(char const* s) {
  return ascii_lit(s);
}
using x3::no_case;

// Filled by load_event_words. Triggers and anaphoric nouns are matched without case
// ("Launched four years ago"); participant aliases with case ("Apple", not "apple").
inline ascii_symbols<int> trigger_words;
inline ascii_symbols<int> entity_aliases;
inline ascii_symbols<int> anaphor_nouns;
inline ascii_symbols<int> determiners;

template <event_token_kind K>
inline auto set_token = [](auto& ctx) {
  x3::_val(ctx).kind = K;
  x3::_val(ctx).id = x3::_attr(ctx);
};
inline auto set_name = [](auto& ctx) {
  x3::_val(ctx).kind = event_token_kind::name;
  x3::_val(ctx).id = -1;
};

struct name_space_class;
x3::rule<name_space_class> const name_space = "space";
auto const name_space_def = +(lit(' ') | lit("\xC2\xA0"));
BOOST_SPIRIT_DEFINE(name_space)

// A capitalized word ("Huawei", "SiCarrier", "Mate") or a model number inside a name
// ("60" in "Mate 60 Pro", "5.5" in "SenseNova 5.5", "910C" in "Ascend 910C").
// "V3.1", "Qwen2.5-Max", "Mate 60 Pro+": a version's decimals and a trailing plus are part of
// the word (V3.1 is no V3).
// "Pony.ai", "Character.ai", "Amazon.com": a web suffix is part of the name too.
auto const web_suffix = lit('.') >> (lit("ai") | lit("AI") | lit("com") | lit("io")) >> word_end;
auto const capitalized_word = x3::upper >>
                              *(x3::alnum | lit('-') | lit('&') | (lit('.') >> &x3::digit)) >>
                              -lit('+') >> -web_suffix >> word_end;
// "910C", "4o": a model number may end in letters; "2.5-Max", "3-VL": and in a capitalized
// variant after a hyphen ("Qwen 2.5-Max" is no "Qwen 2.5").
auto const model_number = +x3::digit >> -(lit('.') >> +x3::digit) >> *x3::alpha >>
                          *(lit('-') >> x3::upper >> *x3::alnum) >> -lit('+') >> word_end;
// "iPhone", "iPad", "eBay": a lowercase letter before a capital opens a name too.
auto const camel_word = x3::lower >> x3::upper >> *(x3::alnum | lit('-') | lit('&')) >> word_end;
// "Chinese Academy of Sciences", "Bank of China", "Ministry of Commerce": an institution's
// name holds "of" (no other name does: "Shares of Horizon Robotics" is two).
auto const institution_word = lit("Academy") | lit("Bank") | lit("Ministry") | lit("University") |
                              lit("Institute") | lit("Department") | lit("Bureau") |
                              lit("Chamber") | lit("Council") | lit("Commission") | lit("College") |
                              lit("School") | lit("Administration") | lit("Agency");
auto const institution_of = institution_word >> word_end >> name_space >> lit("of") >> name_space >>
                            &x3::upper >> capitalized_word;
auto const name = (institution_of | capitalized_word | camel_word) >>
                  *(name_space >> (institution_of | capitalized_word | camel_word | model_number));

// A chipmaking process ("7nm", "5-nanometer", "3 nm"): a product of its own, keyed by its
// number (see mentions.cpp).
auto const process_node = +x3::digit >> (lit("-nanometer") | lit("-nm") | lit("nm") |
                                         (name_space >> (lit("nanometer") | lit("nm")))) >>
                          word_end;

// "the 910C", "its 6000D": a model number standing alone, three digits or more and one or two
// capitals; not a unit or a multiplier ("128GB", "671B", "100M", "100X", "2025E").
auto const unit_suffix = lit("GB") | lit("MB") | lit("TB") | lit("KB") | lit("MW") | lit("GW") |
                         lit("KW") | lit("BN") | lit("MN") | lit("AM") | lit("PM") | lit("NM") |
                         lit("MHZ") | lit("GHZ") | lit("B") | lit("M") | lit("K") | lit("T") |
                         lit("G") | lit("X") | lit("W") | lit("V") | lit("E");
auto const standalone_model = x3::repeat(3, x3::inf)[x3::digit] >> !(unit_suffix >> word_end) >>
                              x3::upper >> -x3::upper >> word_end;

auto const event_token_def =
    // ("Mate 60 Pro+" is no "Mate 60 Pro": a name read on.)
    (entity_aliases >> word_end >> !lit('+'))[set_token<event_token_kind::entity>] |
    (no_case[determiners] >> word_end)[set_token<event_token_kind::determiner>] |
    (no_case[trigger_words] >> word_end)[set_token<event_token_kind::trigger>] |
    (no_case[anaphor_nouns] >> word_end)[set_token<event_token_kind::anaphor_noun>] |
    x3::omit[name][set_name] | x3::omit[process_node][set_name] |
    x3::omit[standalone_model][set_name];

} // namespace event_grammar

event_token_type const event_token_rule = "event token";
auto const event_token_rule_def = event_grammar::event_token_def;
BOOST_SPIRIT_DEFINE(event_token_rule)

event_token_type const& event_token() {
  return event_token_rule;
}

} // namespace factline::grammar
