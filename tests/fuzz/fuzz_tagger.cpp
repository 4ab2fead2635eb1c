// libFuzzer: any bytes through decoding, the date grammar and normalization.
#include "calendar/normalize.hpp"
#include "corpus/document.hpp"
#include "grammar/scan.hpp"
#include "rules/load.hpp"

#include <cstddef>
#include <cstdint>

// The grammar's calendar words come from the shipped rules, as in the binary.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  factline::grammar::use_vocabulary(factline::rules::load(std::nullopt).words);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factline;
  auto decoded = corpus::decode_text({reinterpret_cast<const char*>(data), size});
  if (!decoded.text) return 0;
  auto anchor = calendar::parse_partial_date("2025-04-21");
  auto coarse = calendar::parse_partial_date("2024");
  for (const auto& d : grammar::scan(*decoded.text, false).dates) {
    if (d.end <= d.begin || d.end > decoded.text->size()) __builtin_trap();
    for (const auto& a : {anchor, coarse, std::optional<calendar::interval>{}}) {
      auto n = calendar::normalize(d.ast, a, {});
      if (n.value && n.value->end < n.value->begin) __builtin_trap();
    }
  }
  return 0;
}
