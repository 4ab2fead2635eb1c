#include "app.hpp"

#include "corpus/loader.hpp"
#include "corpus/publication.hpp"
#include "corpus/timeml.hpp"
#include "error.hpp"
#include "grammar/scan.hpp"
#include "output_file.hpp"
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
#include <memory>
#include <set>
#include <unistd.h>

namespace factline::app {

const char* version() {
  return "0.1.0";
}

void write_file_atomically(const std::string& path, const std::string& text) {
  output_file out(path);
  out.write(text);
  out.commit();
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

void use_holiday_names(const calendar::time_settings& time) {
  std::vector<std::vector<std::string>> names;
  for (const auto& h : time.holidays) names.push_back(h.names);
  grammar::use_holidays(names);
}

// factline tag: the temporal tagger alone, on text files or TimeML documents.
// Tags a plain-text file a block at a time, cut at line breaks, so memory stays flat however
// large the file. The publication date, when not given, comes from the first block (its front
// matter or dateline). A UTF-16 file is decoded whole (it cannot be cut on bytes).
void tag_plain_file(const std::string& path, const run_config& config,
                    const std::optional<calendar::interval>& given_dct,
                    const calendar::time_settings& settings, output_file& out) {
  constexpr std::size_t block = 1 << 20;
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) throw input_error({path, 0, 0}, fmt::format("cannot be read: {}", std::strerror(errno)));
  struct closer {
    std::FILE* f;
    ~closer() { std::fclose(f); }
  } close_in{in};
  std::string pending;
  bool at_end = false;
  pending.reserve(2 * block);
  std::unique_ptr<char[]> chunk(new char[block]); // read into, then appended: no zero-filling
  auto fill = [&] {
    std::size_t got = std::fread(chunk.get(), 1, block, in);
    pending.append(chunk.get(), got);
    if (got < block) {
      if (std::ferror(in))
        throw input_error({path, 0, 0}, fmt::format("cannot be read: {}", std::strerror(errno)));
      at_end = true;
    }
  };
  fill();
  bool json = config.format == output_format::json;
  bool utf16 = pending.size() >= 2 &&
               (pending.compare(0, 2, "\xFF\xFE") == 0 || pending.compare(0, 2, "\xFE\xFF") == 0);
  if (utf16) {
    while (!at_end) fill();
  }
  report::piece_start where;
  std::optional<calendar::interval> dct = given_dct;
  bool first = true;
  for (;;) {
    while (!at_end && pending.size() < block) fill();
    if (pending.empty() && !first) break; // (a piece may end exactly where a read did)
    // Cut after the last line break (or blank, for a line longer than a block), never inside a
    // UTF-8 sequence.
    std::size_t cut = pending.size();
    if (!at_end) {
      std::size_t at = pending.rfind('\n');
      if (at == std::string::npos) at = pending.rfind(' ');
      if (at != std::string::npos) {
        cut = at + 1;
      } else {
        while (cut > 0 && (static_cast<unsigned char>(pending[cut - 1]) & 0xC0) == 0x80) --cut;
        if (cut > 0) --cut;
        if (cut == 0) cut = pending.size();
      }
    }
    // Plain UTF-8 (nearly every file) is tagged where it lies; anything else is decoded.
    std::string_view bytes = std::string_view(pending).substr(0, cut);
    corpus::decoded_text decoded;
    if (!corpus::is_plain_utf8(bytes)) { // (a UTF-16 file is never plain: its BOM)
      decoded = corpus::decode_text(bytes);
      if (!decoded.text)
        throw input_error({path, where.line, 0}, fmt::format("skipped: {}", decoded.reason));
    }
    std::string_view text = decoded.text ? std::string_view(*decoded.text) : bytes;
    if (first) {
      if (!dct) {
        corpus::document doc;
        doc.path = path;
        doc.text = std::string(text);
        doc.lines = corpus::line_index(doc.text);
        corpus::find_publication_date(doc);
        dct = doc.published.date;
      }
      if (json) out.write(report::tag_json_head(path, dct));
      first = false;
    }
    auto tags = report::tag_text(text, dct, settings);
    out.write(json ? report::tag_json_piece(text, tags, where)
                   : report::tag_lines_piece(path, text, tags, where));
    pending.erase(0, cut);
  }
  if (json) out.write(report::tag_json_tail(where));
}

int tag(const run_config& config) {
  std::optional<std::filesystem::path> rules_dir;
  if (config.rules_dir) rules_dir = *config.rules_dir;
  rules::configuration rules = rules::load(rules_dir);
  grammar::use_calendar_words(rules.words.calendar);
  use_holiday_names(rules.time);
  rules.time.prefer_future = config.prefer_future;
  std::optional<calendar::interval> given_dct;
  if (config.dct) {
    // A time of day may follow the day: 2013-02-12T04:30.
    std::string_view day = *config.dct;
    std::size_t t = day.find('T');
    bool time_ok = true;
    if (t != std::string_view::npos) {
      std::string_view clock = day.substr(t + 1);
      day = day.substr(0, t);
      unsigned h = 0, m = 0;
      time_ok = clock.size() == 5 && clock[2] == ':' &&
                std::sscanf(std::string(clock).c_str(), "%2u:%2u", &h, &m) == 2 && h < 24 && m < 60;
      rules.time.reference_minute = int(h * 60 + m);
    }
    given_dct = calendar::parse_partial_date(day);
    if (!given_dct || !time_ok)
      throw input_error(
          {"--dct", 0, 0},
          fmt::format("'{}' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)", *config.dct));
  }
  std::optional<output_file> shared;
  if (!config.output_dir) shared.emplace(config.output);
  for (const auto& path : config.paths) {
    std::optional<output_file> own;
    if (config.output_dir)
      own.emplace(
          (std::filesystem::path(*config.output_dir) / std::filesystem::path(path).filename())
              .string());
    output_file& out = own ? *own : *shared;
    if (config.input_timeml) {
      corpus::timeml_document doc = corpus::read_timeml(path);
      auto dct = given_dct ? given_dct : doc.dct;
      auto tags = report::tag_text(doc.text, dct, rules.time);
      if (config.format == output_format::timeml)
        out.write(report::tag_timeml(doc, tags));
      else if (config.format == output_format::json)
        out.write(report::tag_json(path, doc.text, dct, tags));
      else
        out.write(report::tag_lines(path, doc.text, tags));
    } else {
      tag_plain_file(path, config, given_dct, rules.time, out);
    }
    if (own) own->commit();
  }
  if (shared) shared->commit();
  return exit_clean;
}

int pipeline(const run_config& config) {
  if (config.command == subcommand::tag) return tag(config);
  std::optional<std::filesystem::path> rules_dir;
  if (config.rules_dir) rules_dir = *config.rules_dir;
  rules::configuration rules = rules::load(rules_dir);
  grammar::use_vocabulary(rules.words);
  use_holiday_names(rules.time);

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
