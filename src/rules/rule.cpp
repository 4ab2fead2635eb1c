#include "rules/rule.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace factline::rules {

std::string_view to_string(severity s) {
  switch (s) {
  case severity::note:
    return "note";
  case severity::warning:
    return "warning";
  case severity::error:
    return "error";
  }
  return "error";
}

namespace {
// FNV-1a, 64 bits: stable across platforms and runs, unlike std::hash.
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
} // namespace

timeline::claim rule::implied_claim(const timeline::mention_record& m, calendar::interval value) {
  return {m.where, value, false, {}, {}, {}};
}

std::string rule::format_message(std::string_view subject, const timeline::claim& first,
                                 const timeline::claim* second, long gap,
                                 const corpus::corpus& corpus, std::string_view chain) const {
  auto phrase = [&](const timeline::claim& c) {
    const auto& doc = corpus.documents[c.where.document];
    return fmt::format("\"{}\" in {} ({})", c.where.text, doc.path, timeline::describe(c));
  };
  return fmt::format(
      fmt::runtime(info_.message), fmt::arg("event", subject), fmt::arg("first", phrase(first)),
      fmt::arg("second", second ? phrase(*second) : std::string()), fmt::arg("gap", gap),
      fmt::arg("days", fmt::format("{} day{}", gap, gap == 1 ? "" : "s")),
      fmt::arg("chain", chain));
}

finding rule::make_finding(std::string_view subject_id, std::string_view subject_label,
                           std::vector<timeline::claim> claims, std::string message,
                           const corpus::corpus& corpus) const {
  finding f;
  f.rule_id = info_.id;
  f.level = info_.level;
  f.event_id = subject_id;
  f.event_label = subject_label;
  f.message = std::move(message);
  // The fingerprint leaves out line numbers, so an edit elsewhere in a file keeps it.
  std::uint64_t h = fnv1a(info_.id);
  h = fnv1a(subject_id, h);
  for (const auto& c : claims) {
    h = fnv1a(corpus.documents[c.where.document].path, h);
    h = fnv1a(c.where.text, h);
  }
  f.id = fmt::format("{:016x}", h);
  f.claims = std::move(claims);
  return f;
}

} // namespace factline::rules
