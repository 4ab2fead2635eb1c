#include "cli.hpp"

#include <fmt/format.h>

#include <string_view>

namespace factline::cli {

std::string usage() {
  return R"(usage: factline check [PATH...] [--format text|json|sarif|github] [-o FILE]
                      [--rules DIR] [--baseline FILE] [--fail-on error|warning|never]
                      [--color auto|always|never]
       factline timeline [PATH...] --format csv|ics|json [-o FILE] [--rules DIR]
       factline baseline [PATH...] [-o FILE] [--rules DIR]
       factline tag FILE... [--dct YYYY-MM-DD[THH:MM]] [--format text|json|timeml]
                    [--input text|timeml] [--prefer past|future] [-o FILE | --output-dir DIR]
       factline --help | --version

PATH is a file or a corpus folder (its factline.toml is read; every .txt and .md file under
it is a document); the default is the current folder.

Exit status: 0 no conflict at or above --fail-on, 1 conflicts found, 2 usage, configuration
or input error.
)";
}

parsed parse(int argc, const char* const* argv) {
  parsed out;
  auto& config = out.config;
  bool format_given = false;
  int i = 1;
  if (argc < 2) throw usage_error("no command given");
  std::string_view command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    out.help = true;
    return out;
  }
  if (command == "--version") {
    out.version = true;
    return out;
  }
  if (command == "check")
    config.command = app::subcommand::check;
  else if (command == "timeline")
    config.command = app::subcommand::timeline;
  else if (command == "baseline")
    config.command = app::subcommand::baseline;
  else if (command == "tag")
    config.command = app::subcommand::tag;
  else
    throw usage_error(
        fmt::format("unknown command '{}' (expected check, timeline or baseline)", command));
  ++i;

  auto value_of = [&](std::string_view flag, std::string_view arg) -> std::string {
    // "--flag=value" or "--flag value"
    if (arg.size() > flag.size() && arg[flag.size()] == '=')
      return std::string(arg.substr(flag.size() + 1));
    if (i + 1 >= argc) throw usage_error(fmt::format("{} needs a value", flag));
    return argv[++i];
  };
  auto matches = [](std::string_view arg, std::string_view flag) {
    return arg == flag || (arg.size() > flag.size() && arg.substr(0, flag.size()) == flag &&
                           arg[flag.size()] == '=');
  };
  bool only_paths = false;
  for (; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (only_paths || arg.empty() || arg[0] != '-' || arg == "-") {
      config.paths.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_paths = true;
    } else if (arg == "--help" || arg == "-h") {
      out.help = true;
    } else if (matches(arg, "--format")) {
      std::string v = value_of("--format", arg);
      format_given = true;
      if (v == "text")
        config.format = app::output_format::text;
      else if (v == "json")
        config.format = app::output_format::json;
      else if (v == "sarif")
        config.format = app::output_format::sarif;
      else if (v == "timeml")
        config.format = app::output_format::timeml;
      else if (v == "github")
        config.format = app::output_format::github;
      else if (v == "csv")
        config.format = app::output_format::csv;
      else if (v == "ics")
        config.format = app::output_format::ics;
      else
        throw usage_error(fmt::format("unknown format '{}'", v));
    } else if (matches(arg, "-o") || matches(arg, "--output")) {
      config.output = value_of(arg.substr(0, 2) == "-o" ? "-o" : "--output", arg);
    } else if (matches(arg, "--dct")) {
      config.dct = value_of("--dct", arg);
    } else if (matches(arg, "--input")) {
      std::string v = value_of("--input", arg);
      if (v != "text" && v != "timeml")
        throw usage_error(fmt::format("--input takes text or timeml, not '{}'", v));
      config.input_timeml = v == "timeml";
    } else if (matches(arg, "--prefer")) {
      std::string v = value_of("--prefer", arg);
      if (v != "past" && v != "future")
        throw usage_error(fmt::format("--prefer takes past or future, not '{}'", v));
      config.prefer_future = v == "future";
    } else if (matches(arg, "--output-dir")) {
      config.output_dir = value_of("--output-dir", arg);
    } else if (matches(arg, "--baseline")) {
      config.baseline = value_of("--baseline", arg);
    } else if (matches(arg, "--rules")) {
      config.rules_dir = value_of("--rules", arg);
    } else if (matches(arg, "--fail-on")) {
      std::string v = value_of("--fail-on", arg);
      if (v == "error")
        config.fail_on = app::fail_level::error;
      else if (v == "warning")
        config.fail_on = app::fail_level::warning;
      else if (v == "never")
        config.fail_on = app::fail_level::never;
      else
        throw usage_error(fmt::format("--fail-on takes error, warning or never, not '{}'", v));
    } else if (matches(arg, "--color")) {
      std::string v = value_of("--color", arg);
      if (v == "auto")
        config.color = app::color_mode::automatic;
      else if (v == "always")
        config.color = app::color_mode::always;
      else if (v == "never")
        config.color = app::color_mode::never;
      else
        throw usage_error(fmt::format("--color takes auto, always or never, not '{}'", v));
    } else {
      throw usage_error(fmt::format("unknown option '{}'", arg));
    }
  }
  if (config.command == app::subcommand::tag) {
    if (config.paths.empty()) throw usage_error("tag needs at least one FILE");
    if (config.format != app::output_format::text && config.format != app::output_format::json &&
        config.format != app::output_format::timeml)
      throw usage_error("tag writes --format text, json or timeml");
    if (config.format == app::output_format::timeml && !config.input_timeml)
      throw usage_error("--format timeml needs --input timeml");
    if (config.output && config.output_dir) throw usage_error("give -o or --output-dir, not both");
    return out;
  }
  if (config.paths.empty()) config.paths.emplace_back(".");
  if (config.command == app::subcommand::check) {
    if (config.format == app::output_format::csv || config.format == app::output_format::ics)
      throw usage_error("check writes --format text, json, sarif or github");
  } else if (config.command == app::subcommand::baseline) {
    if (format_given) throw usage_error("baseline writes its own format; it takes no --format");
    if (config.baseline) throw usage_error("--baseline goes with check");
  } else {
    if (config.baseline) throw usage_error("--baseline goes with check");
    if (!format_given) throw usage_error("timeline needs --format csv, ics or json");
    if (config.format != app::output_format::csv && config.format != app::output_format::ics &&
        config.format != app::output_format::json)
      throw usage_error("timeline writes --format csv, ics or json");
  }
  return out;
}

} // namespace factline::cli
