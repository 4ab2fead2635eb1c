#include "app.hpp"

#include "corpus/loader.hpp"
#include "corpus/timeml.hpp"
#include "error.hpp"
#include "grammar/scan.hpp"
#include "report/baseline.hpp"
#include "report/report.hpp"
#include "report/timeml.hpp"
#include "rules/load.hpp"
#include "timeline/timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <unistd.h>

namespace factline::app {

const char* version() {
  return "0.1.0";
}

void write_file_atomically(const std::string& path, const std::string& text) {
  std::filesystem::path target(path);
  std::error_code status_ec;
  auto status = std::filesystem::status(target, status_ec);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    // /dev/null, a pipe, a terminal: nothing to replace, write straight to it.
    std::FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (f) ok = (std::fclose(f) == 0) && ok;
    if (!ok)
      throw input_error({path, 0, 0}, fmt::format("cannot be written: {}", std::strerror(errno)));
    return;
  }
  std::filesystem::path temp = target;
  temp += fmt::format(".factline-{}.tmp", ::getpid());
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (!f)
    throw input_error({path, 0, 0}, fmt::format("cannot be written: {}", std::strerror(errno)));
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (::fsync(::fileno(f)) == 0 || errno == EINVAL) && ok;
  ok = (std::fclose(f) == 0) && ok;
  std::error_code ec;
  if (ok) std::filesystem::rename(temp, target, ec);
  if (!ok || ec) {
    int err = errno;
    std::filesystem::remove(temp, ec);
    throw input_error({path, 0, 0}, fmt::format("cannot be written: {}", std::strerror(err)));
  }
}

namespace {

bool color_wanted(const run_config& config) {
  if (config.color == color_mode::always) return true;
  if (config.color == color_mode::never || config.output) return false;
  if (std::getenv("NO_COLOR")) return false;
  return ::isatty(::fileno(stdout));
}

// DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible builds convention), else now.
std::string dtstamp() {
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"))
    t = std::time_t(std::strtoll(epoch, nullptr, 10));
  auto tp =
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::from_time_t(t));
  auto day = date::floor<date::days>(tp);
  date::year_month_day ymd{day};
  date::hh_mm_ss<std::chrono::seconds> hms{tp - day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(),
                     hms.seconds().count());
}

// factline tag: the temporal tagger alone, on text files or TimeML documents.
int tag(const run_config& config) {
  std::optional<std::filesystem::path> rules_dir;
  if (config.rules_dir) rules_dir = *config.rules_dir;
  rules::configuration rules = rules::load(rules_dir);
  rules.time.prefer_future = config.prefer_future;
  std::optional<calendar::interval> given_dct;
  if (config.dct) {
    given_dct = calendar::parse_partial_date(*config.dct);
    if (!given_dct)
      throw input_error({"--dct", 0, 0},
                        fmt::format("'{}' is not a date (YYYY-MM-DD)", *config.dct));
  }
  std::string all;
  for (const auto& path : config.paths) {
    std::string output;
    if (config.input_timeml) {
      corpus::timeml_document doc = corpus::read_timeml(path);
      auto dct = given_dct ? given_dct : doc.dct;
      auto tags = report::tag_text(doc.text, dct, rules.time);
      if (config.format == output_format::timeml)
        output = report::tag_timeml(doc, tags);
      else if (config.format == output_format::json)
        output = report::tag_json(path, doc.text, dct, tags);
      else
        output = report::tag_lines(path, doc.text, tags);
    } else {
      corpus::document doc;
      doc.path = path;
      doc.file = path;
      corpus::open_document(doc);
      if (doc.skipped) throw input_error({path, 0, 0}, doc.reason);
      auto dct = given_dct ? given_dct : doc.published.date;
      std::string_view body = std::string_view(doc.text);
      auto tags = report::tag_text(body, dct, rules.time);
      output = config.format == output_format::json ? report::tag_json(path, body, dct, tags)
                                                    : report::tag_lines(path, body, tags);
    }
    if (config.output_dir) {
      auto target =
          std::filesystem::path(*config.output_dir) / std::filesystem::path(path).filename();
      write_file_atomically(target.string(), output);
    } else {
      all += output;
    }
  }
  if (!config.output_dir) {
    if (config.output)
      write_file_atomically(*config.output, all);
    else
      fmt::print("{}", all);
  }
  return exit_clean;
}

int pipeline(const run_config& config) {
  if (config.command == subcommand::tag) return tag(config);
  std::optional<std::filesystem::path> rules_dir;
  if (config.rules_dir) rules_dir = *config.rules_dir;
  rules::configuration rules = rules::load(rules_dir);
  grammar::use_vocabulary(rules.words);

  corpus::corpus corpus = corpus::load(config.paths);
  timeline::timeline timeline = timeline::build(corpus, rules.words, rules.time);

  std::vector<rules::finding> findings;
  rules::check_input input{corpus, timeline, rules.words};
  for (const auto& r : rules.rules) r->check(input, findings);
  std::sort(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
    const auto& x = a.claims.front().where;
    const auto& y = b.claims.front().where;
    return std::tie(x.document, x.begin, a.rule_id, a.id) <
           std::tie(y.document, y.begin, b.rule_id, b.id);
  });

  std::vector<const rules::rule_info*> infos;
  for (const auto& r : rules.rules) infos.push_back(&r->info());

  // Suppressions from the manifest, then the baseline: both set conflicts aside, and say so.
  std::vector<report::set_aside> suppressed, baselined;
  for (const auto& s : corpus.suppressions) {
    bool known = std::any_of(infos.begin(), infos.end(), [&](auto* i) { return i->id == s.rule; });
    if (!known)
      throw input_error(s.where,
                        fmt::format("[[suppress]] names rule '{}', which is not loaded", s.rule));
  }
  std::erase_if(findings, [&](const rules::finding& f) {
    for (const auto& s : corpus.suppressions) {
      if (s.rule != f.rule_id || (!s.conflict.empty() && s.conflict != f.id)) continue;
      bool cites =
          s.document.empty() || std::any_of(f.claims.begin(), f.claims.end(), [&](const auto& c) {
            return corpus.documents[c.where.document].path == s.document;
          });
      if (!cites) continue;
      suppressed.push_back({f, s.reason});
      return true;
    }
    return false;
  });
  std::size_t baseline_gone = 0;
  if (config.baseline) {
    std::set<std::string> accepted = report::read_baseline(*config.baseline);
    std::set<std::string> seen;
    std::erase_if(findings, [&](const rules::finding& f) {
      if (!accepted.count(f.id)) return false;
      seen.insert(f.id);
      baselined.push_back({f, "baseline"});
      return true;
    });
    for (const auto& s : suppressed) seen.insert(s.finding.id);
    for (const auto& id : accepted) baseline_gone += !seen.count(id);
  }
  if (config.command == subcommand::check && config.format == output_format::text) {
    std::vector<timeline::claim*> cited;
    for (auto& f : findings)
      for (auto& c : f.claims) cited.push_back(&c);
    timeline::quote_claims(corpus, cited);
  }
  report::report_input in{corpus,      timeline,   findings,     infos,
                          &suppressed, &baselined, baseline_gone};

  std::string text;
  if (config.command == subcommand::baseline) {
    text = report::baseline_file(findings);
  } else if (config.command == subcommand::check) {
    switch (config.format) {
    case output_format::json:
      text = report::json_report(in);
      break;
    case output_format::sarif:
      text = report::sarif_report(in);
      break;
    case output_format::github:
      text = report::github_report(in);
      break;
    default:
      text = report::text_report(in, {color_wanted(config)});
      break;
    }
  } else {
    switch (config.format) {
    case output_format::csv:
      text = report::timeline_csv(in);
      break;
    case output_format::ics:
      text = report::timeline_ics(in, dtstamp());
      break;
    default:
      text = report::timeline_json(in);
      break;
    }
  }
  if (config.output)
    write_file_atomically(*config.output, text);
  else
    fmt::print("{}", text);

  if (config.command != subcommand::check || config.fail_on == fail_level::never) return exit_clean;
  auto threshold =
      config.fail_on == fail_level::warning ? rules::severity::warning : rules::severity::error;
  bool failing = std::any_of(findings.begin(), findings.end(),
                             [&](const auto& f) { return f.level >= threshold; });
  return failing ? exit_conflicts : exit_clean;
}

} // namespace

int run(const run_config& config) {
  try {
    return pipeline(config);
  } catch (const input_error& e) {
    fmt::print(stderr, "factline: error: {}\n", e.describe());
  } catch (const std::filesystem::filesystem_error& e) {
    fmt::print(stderr, "factline: error: {}: {}\n", e.path1().string(), e.code().message());
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "factline: error: out of memory\n");
  } catch (const std::exception& e) {
    fmt::print(stderr, "factline: internal error (please report): {}\n", e.what());
  }
  return exit_usage;
}

} // namespace factline::app
