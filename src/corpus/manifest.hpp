#pragma once
// factline.toml at a corpus root: the corpus name and what is known of each document.
#include "calendar/interval.hpp"
#include "error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace factline::corpus {

struct manifest_entry {
  std::string path; // relative to the corpus root, '/'-separated
  std::optional<calendar::interval> published;
  std::string title;
  source_position where; // the [[document]] table, for later errors
};

// [[suppress]]: a rule (or one conflict of it) set aside, for one document or all, with a reason.
struct suppression {
  std::string rule;
  std::string document; // empty: every document
  std::string conflict; // empty: every conflict of the rule
  std::string reason;
  source_position where;
};

struct manifest {
  std::string name;
  std::vector<suppression> suppressions;
  std::vector<manifest_entry> documents;
  std::unordered_map<std::string, std::size_t> by_path; // path -> index into documents
  const manifest_entry* find(const std::string& path) const;
};

// Reads and checks root/factline.toml: unknown keys, wrong types, impossible dates, files that do
// not exist or lie outside the corpus are input_errors with file:line:column.
manifest load_manifest(const std::filesystem::path& root, const std::string& display_name);
// The same from text already read; paths are checked against root.
manifest parse_manifest(std::string_view text, const std::filesystem::path& root,
                        const std::string& display_name);

// A publication date as the manifest or front matter gives it: a TOML date, or "YYYY-MM-DD",
// "YYYY-MM" or "YYYY" as a string.
std::optional<calendar::interval> parse_published(std::string_view text);

} // namespace factline::corpus
