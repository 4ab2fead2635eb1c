#pragma once
// The pipeline, stage after stage: corpus -> grammar -> calendar -> timeline -> rules -> report.
#include <optional>
#include <string>
#include <vector>

namespace factline::app {

enum class subcommand { check, timeline, baseline, tag };
enum class output_format { text, json, sarif, github, csv, ics, timeml };
enum class fail_level { error, warning, never };
enum class color_mode { automatic, always, never };

inline constexpr int exit_clean = 0;
inline constexpr int exit_conflicts = 1;
inline constexpr int exit_usage = 2;

struct run_config {
  subcommand command = subcommand::check;
  std::vector<std::string> paths;
  output_format format = output_format::text;
  std::optional<std::string> output; // -o FILE; standard output otherwise
  std::optional<std::string> rules_dir;
  std::optional<std::string> baseline; // check --baseline FILE
  // tag
  std::optional<std::string> dct;        // --dct YYYY-MM-DD
  bool input_timeml = false;             // --input timeml
  bool prefer_future = false;            // --prefer future
  std::optional<std::string> output_dir; // --output-dir DIR: one output per input
  fail_level fail_on = fail_level::error;
  color_mode color = color_mode::automatic;
};

const char* version();

// Runs one command; every error is reported on stderr with its file:line:column and turned
// into exit status 2.
int run(const run_config& config);

// Writes text to path whole or not at all: a temporary file beside it, then a rename.
void write_file_atomically(const std::string& path, const std::string& text);

} // namespace factline::app
