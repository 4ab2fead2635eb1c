#include "report/timeml.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "corpus/line_index.hpp"
#include "grammar/ascii_word.hpp"
#include "grammar/tense.hpp"
#include "report/escape.hpp"

#include <date/iso_week.h>
#include <fmt/compile.h>
#include <fmt/format.h>

namespace factline::report {

namespace {

using grammar::date_form;
using grammar::period_part;
using grammar::time_unit;

std::string unit_letter(time_unit u, int& count) {
  switch (u) {
  case time_unit::day:
    return "D";
  case time_unit::week:
    return "W";
  case time_unit::month:
    return "M";
  case time_unit::quarter:
    count *= 3;
    return "M";
  case time_unit::year:
    return "Y";
  case time_unit::decade:
    return "DE";
  case time_unit::hour:
    return "H";
  case time_unit::minute:
    return "M";
  }
  return "D";
}

std::string part_mod(period_part p) {
  switch (p) {
  case period_part::early:
    return "START";
  case period_part::mid:
    return "MID";
  case period_part::late:
    return "END";
  default:
    return "";
  }
}

bool starts_with_word(std::string_view text, std::string_view lowercase) {
  return text.size() > lowercase.size() && (text[lowercase.size()] == ' ') &&
         grammar::equals_lowercase(text.substr(0, lowercase.size()), lowercase);
}

// A length with a half, as TimeBank writes it: P2Y6M, PT5H30M, PT1M30S, P1DT12H; weeks,
// months and quarters with a decimal (ISO 8601 allows one in the last part).
std::string half_length(time_unit u, int count) {
  auto whole = [&](const char* fmt_unit) {
    return count > 0 ? fmt::format("{}{}", count, fmt_unit) : std::string();
  };
  switch (u) {
  case time_unit::year:
    return fmt::format("P{}6M", whole("Y"));
  case time_unit::decade:
    return fmt::format("P{}Y", 10 * count + 5);
  case time_unit::day:
    return fmt::format("P{}T12H", whole("D"));
  case time_unit::hour:
    return fmt::format("PT{}30M", whole("H"));
  case time_unit::minute:
    return fmt::format("PT{}30S", whole("M"));
  case time_unit::week:
    return fmt::format("P{}.5W", count);
  case time_unit::month:
    return fmt::format("P{}.5M", count);
  case time_unit::quarter:
    return fmt::format("P{}.5M", 3 * count + 1);
  }
  return "";
}

// TimeML's parts of the day: 1998-08-21TMO.
std::string_view day_part_suffix(int part) {
  static constexpr std::string_view suffixes[] = {"", "TMO", "TAF", "TEV", "TNI"};
  return part >= 0 && part <= 4 ? suffixes[part] : "";
}

} // namespace

timex timeml_of(const grammar::date_ast& ast, const std::optional<calendar::interval>& dct,
                const calendar::time_settings& settings) {
  timex t{"DATE", "", ""};
  if (ast.approximate) t.mod = "APPROX";
  switch (ast.form) {
  case date_form::duration: {
    int count = ast.count;
    std::string unit = unit_letter(ast.unit, count);
    t.type = "DURATION";
    // Hours and minutes are times: PT5H, PT1M.
    const char* time_part = ast.unit == time_unit::hour || ast.unit == time_unit::minute ? "T" : "";
    if (ast.and_half) {
      t.value = half_length(ast.unit, count);
      return t;
    }
    t.value = count > 0 ? fmt::format(FMT_COMPILE("P{}{}{}"), time_part, count, unit)
                        : fmt::format(FMT_COMPILE("P{}X{}"), time_part, unit);
    return t;
  }
  case date_form::present:
    t.value = ast.direction < 0 ? "PAST_REF" : ast.direction > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return t;
  case date_form::set: {
    int count = 1;
    std::string unit = unit_letter(ast.unit, count);
    t.type = "SET";
    t.value = fmt::format(FMT_COMPILE("P{}{}"), count, unit);
    return t;
  }
  case date_form::vague_offset:
    t.value = ast.direction < 0 ? "PAST_REF" : "FUTURE_REF";
    return t;
  default:
    break;
  }
  grammar::date_ast core = ast;
  core.relation = grammar::date_relation::at;
  // TimeML gives the whole period a mod; a weekend (1998-W33-WE) and the week of a day
  // (2000-W10) have values of their own.
  if (ast.part != period_part::weekend && ast.part != period_part::week_holding)
    core.part = period_part::whole;
  core.approximate = false; // the value is the centre; mod="APPROX" says the rest
  auto n = calendar::normalize(core, dct, settings);
  if (auto mod = part_mod(ast.part); !mod.empty()) t.mod = mod;
  if (!n.value) {
    // Unanchored: what is known, with X for the rest.
    if (ast.form == date_form::absolute && ast.month)
      t.value = ast.day ? fmt::format(FMT_COMPILE("XXXX-{:02}-{:02}"), ast.month, ast.day)
                        : fmt::format(FMT_COMPILE("XXXX-{:02}"), ast.month);
    else if (ast.form == date_form::weekday)
      t.value = fmt::format(FMT_COMPILE("XXXX-WXX-{}{}"), ast.weekday == 0 ? 7 : ast.weekday,
                            day_part_suffix(ast.day_part));
    else
      t.value = ast.direction < 0 ? "PAST_REF" : ast.direction > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return t;
  }
  const calendar::interval& i = *n.value;
  date::year_month_day b{i.begin};
  switch (i.prec) {
  case calendar::precision::day:
    t.value = calendar::format_day(i.begin);
    if (ast.has_time) {
      t.type = "TIME";
      // Midnight ending the day is T24, as TimeBank writes it.
      t.value += ast.hour == 24
                     ? std::string("T24")
                     : fmt::format(FMT_COMPILE("T{:02}:{:02}"), ast.hour, std::max(ast.minute, 0));
    } else if (ast.day_part) {
      t.type = "TIME";
      t.value += day_part_suffix(ast.day_part);
    }
    break;
  case calendar::precision::week: {
    iso_week::year_weeknum_weekday w{i.begin + date::days{3}};
    t.value = fmt::format(FMT_COMPILE("{:04}-W{:02}"), int(w.year()), unsigned(w.weeknum()));
    // Saturday and Sunday alone: the week's weekend.
    if (i.end - i.begin == date::days{2} && date::weekday{i.begin} == date::Saturday) {
      iso_week::year_weeknum_weekday monday{i.begin - date::days{5}};
      t.value = fmt::format(FMT_COMPILE("{:04}-W{:02}-WE"), int(monday.year()),
                            unsigned(monday.weeknum()));
    }
    break;
  }
  case calendar::precision::month:
    t.value = fmt::format(FMT_COMPILE("{:04}-{:02}"), int(b.year()), unsigned(b.month()));
    break;
  case calendar::precision::quarter:
    t.value =
        fmt::format(FMT_COMPILE("{:04}-Q{}"), int(b.year()), (unsigned(b.month()) - 1) / 3 + 1);
    break;
  case calendar::precision::season: {
    static const char* const seasons[] = {"WI", "WI", "SP", "SP", "SP", "SU",
                                          "SU", "SU", "FA", "FA", "FA", "WI"};
    t.value = fmt::format(FMT_COMPILE("{:04}-{}"), int(b.year()), seasons[unsigned(b.month()) - 1]);
    break;
  }
  case calendar::precision::year:
  case calendar::precision::vague:
    t.value = fmt::format(FMT_COMPILE("{:04}"), int(b.year()));
    break;
  case calendar::precision::decade:
    t.value = fmt::format(FMT_COMPILE("{:03}"), int(b.year()) / 10);
    break;
  }
  return t;
}

namespace {

// "a year ago", "a year earlier" near talk of quarterly results compare quarters: TimeML
// (and the news reader) take them as the reported quarter one year before, not the year.
bool compares_quarters(std::string_view text, const grammar::date_match& d) {
  if (d.ast.form != date_form::offset || d.ast.unit != time_unit::year || d.ast.count != 1 ||
      d.ast.direction >= 0)
    return false;
  // Its paragraph or the sentences just before it: results articles name the quarter once.
  std::size_t from = d.begin > 600 ? d.begin - 600 : 0;
  std::string_view line = text.substr(from, std::min(text.size(), d.end + 200) - from);
  return line.find("quarter") != std::string_view::npos;
}

// "at 3:30" alone, without a.m. or p.m., looking ahead from 04:30 (--prefer future and a
// reference time): the next 3:30 on the clock's face is 15:30 the same day.
void settle_clock(grammar::date_ast& ast, const calendar::time_settings& settings) {
  if (!ast.clock_only || ast.meridiem || ast.day_part != 0 || ast.hour < 1 || ast.hour > 11 ||
      !settings.prefer_future || settings.reference_minute < 0)
    return;
  int at = ast.hour * 60 + std::max(ast.minute, 0);
  if (at < settings.reference_minute && at + 12 * 60 >= settings.reference_minute) {
    ast.hour += 12;
    if (ast.end_hour >= 0 && ast.end_hour < 12) ast.end_hour += 12; // "3:30 - 6:00" stays one span
  }
}

// "in 15 minutes", "in 2.5 hours" with a reference time (--dct 2013-02-12T04:30): a time of
// day that many minutes after it, perhaps on a later day; "in a week" under --prefer future:
// the day a week on. Without a reference time they stay lengths, as TimeML writes them.
void in_length_from_now(grammar::date_ast& ast, std::string_view extent,
                        const calendar::time_settings& settings) {
  if (ast.form != date_form::duration || !ast.has_preposition || ast.count < 0 ||
      !starts_with_word(extent, "in") || ast.approximate)
    return;
  if (ast.count == 0 && !ast.and_half) return; // "in recent years", "in the coming months"
  if (ast.direction != 0) return; // "in the next 3 hours": the hours ahead, not a moment
  if ((ast.unit == time_unit::hour || ast.unit == time_unit::minute) &&
      settings.reference_minute >= 0) {
    int per = ast.unit == time_unit::hour ? 60 : 1;
    int minutes = settings.reference_minute + ast.count * per + (ast.and_half ? per / 2 : 0);
    ast.form = date_form::deictic;
    ast.count = minutes / (24 * 60);
    ast.hour = minutes % (24 * 60) / 60;
    ast.minute = minutes % 60;
    ast.has_time = true;
    ast.meridiem = true;
    ast.clock_only = false;
    ast.weak = true; // a reading for the tagger, never a claim
    return;
  }
  if ((ast.unit == time_unit::day || ast.unit == time_unit::week) && settings.prefer_future &&
      !ast.and_half) {
    ast.form = date_form::deictic;
    ast.count *= ast.unit == time_unit::week ? 7 : 1;
    ast.weak = true;
  }
}

// "the last 2 minutes", "the next 3 hours" with a reference time (--dct 2013-02-12T04:30): the
// whole minutes or hours next to the current one, 04:28 to 04:29 and 05:00 to 07:59 (json
// only: TimeML keeps the length).
void span_of_clock_units(tagged& t, const calendar::interval& dct,
                         const calendar::time_settings& settings) {
  const auto& a = t.ast;
  if (a.form != date_form::duration || a.direction == 0 || a.count <= 0 || a.and_half ||
      settings.reference_minute < 0 || (a.unit != time_unit::hour && a.unit != time_unit::minute))
    return;
  long unit = a.unit == time_unit::hour ? 60 : 1;
  long current = settings.reference_minute / unit * unit;
  long first = a.direction < 0 ? current - a.count * unit : current + unit;
  long last = first + a.count * unit - 1;
  auto day_of = [](long minute) {
    return minute >= 0 ? minute / 1440 : -((-minute + 1439) / 1440);
  };
  long first_day = day_of(first), last_day = day_of(last);
  t.interval = calendar::interval{dct.begin + date::days{first_day},
                                  dct.begin + date::days{last_day + 1}, calendar::precision::day};
  t.ast.has_time = true;
  t.ast.hour = int((first - first_day * 1440) / 60);
  t.ast.minute = int((first - first_day * 1440) % 60);
  t.ast.end_hour = int((last - last_day * 1440) / 60);
  t.ast.end_minute = int((last - last_day * 1440) % 60);
}

// The last quarter reported before the creation date, one year back: "1988-Q3".
std::string year_earlier_quarter(const calendar::interval& dct) {
  date::year_month_day ymd{dct.begin};
  int quarter = int((unsigned(ymd.month()) - 1) / 3) + 1;
  int year = int(ymd.year()) - 1;
  if (--quarter == 0) quarter = 4, --year;
  return fmt::format(FMT_COMPILE("{:04}-Q{}"), year, quarter);
}

} // namespace

std::vector<tagged> tag_text(std::string_view text, const std::optional<calendar::interval>& dct,
                             const calendar::time_settings& settings) {
  std::vector<tagged> out;
  for (const auto& d : grammar::scan(text, false).dates) {
    tagged t;
    t.match_begin = d.begin;
    t.begin = d.begin;
    t.end = d.end;
    auto skip_first_word = [&] {
      while (t.begin < t.end && text[t.begin] != ' ' && text[t.begin] != '\t') ++t.begin;
      while (t.begin < t.end && (text[t.begin] == ' ' || text[t.begin] == '\t')) ++t.begin;
    };
    // The TimeML extent starts after "on ", "in ", "by "... and after "about", which the
    // annotators leave out (9 times of 11 in TimeBank+AQUAINT; mod="APPROX" keeps it).
    if (d.ast.has_preposition) {
      // ("as early as Tuesday": the whole of a preposition of three words.)
      bool three_words = text.substr(t.begin, t.end - t.begin).starts_with("as early as ");
      skip_first_word();
      if (three_words) skip_first_word(), skip_first_word();
    }
    // ("just over an hour": "over an hour"; "barely a year" likewise.)
    if (d.ast.approximate)
      for (std::string_view approximator : {"about", "just", "barely"})
        if (starts_with_word(text.substr(t.begin, t.end - t.begin), approximator)) {
          skip_first_word();
          break;
        }
    t.ast = d.ast;
    settle_clock(t.ast, settings);
    // ("closed in 24 hours" took a length; "will close in 24 hours" is a time.)
    if (d.ast.form == date_form::duration && grammar::tense_around(text, d.begin, d.end) >= 0)
      in_length_from_now(t.ast, text.substr(d.begin, d.end - d.begin), settings);
    t.value = timeml_of(t.ast, dct, settings);
    // "two weeks after the vote", "days before", "three days later": TimeML tags the length
    // and leaves the signal out; its value is the duration.
    if (d.ast.form == date_form::offset || d.ast.form == date_form::vague_offset) {
      std::string_view extent = text.substr(t.begin, t.end - t.begin);
      std::size_t space = extent.find_last_of(' ');
      std::string_view last_word = space == std::string_view::npos ? "" : extent.substr(space + 1);
      if (grammar::equals_lowercase(last_word, "before") ||
          grammar::equals_lowercase(last_word, "after") ||
          grammar::equals_lowercase(last_word, "later")) {
        t.end = t.begin + space;
        grammar::date_ast length = d.ast;
        length.form = date_form::duration;
        if (d.ast.form == date_form::vague_offset) length.count = 0;
        t.value = timeml_of(length, dct, settings);
        t.value.mod = d.ast.approximate ? "APPROX" : "";
      }
    }
    // A length of time counted from an event has no days of its own here.
    if (t.value.type != "DURATION")
      t.interval = calendar::normalize(t.ast, dct, settings).value;
    else if (dct)
      t.interval = calendar::span_next_to(t.ast, dct->begin); // "the past two weeks"
    if (t.value.type == "DURATION" && dct) span_of_clock_units(t, *dct, settings);
    // Midnight ends its day (TimeML T24); as a moment it is the next day's 00:00.
    if (t.ast.has_time && t.ast.hour == 24 && t.interval && !t.interval->open_end())
      *t.interval = calendar::day_of(t.interval->begin + date::days{1});
    if (dct && compares_quarters(text, d)) t.value.value = year_earlier_quarter(*dct);
    // "the quarter ended Sept. 30": one period for `check`, two expressions for TimeML (the
    // quarter, then the day it ended), as the annotators tag them.
    if (d.ast.form == date_form::quarter) {
      std::string_view extent = text.substr(t.begin, t.end - t.begin);
      std::size_t cut = extent.find(" ended ");
      std::size_t skip = 7;
      if (cut == std::string_view::npos) cut = extent.find(" ending "), skip = 8;
      if (cut != std::string_view::npos) {
        std::size_t day_begin = t.begin + cut + skip;
        if (auto day = grammar::parse_whole_date(text.substr(day_begin, t.end - day_begin))) {
          // The day the quarter ended is in the year the quarter ends in.
          if (day->year == 0 && t.interval)
            day->year = int(date::year_month_day{t.interval->last()}.year());
          tagged ended;
          ended.match_begin = ended.begin = day_begin;
          ended.end = t.end;
          ended.ast = *day;
          ended.value = timeml_of(*day, dct, settings);
          ended.interval = calendar::normalize(*day, dct, settings).value;
          t.end = t.begin + cut;
          // "the quarter that ended April 27": the relative pronoun belongs to neither.
          for (std::string_view pronoun : {" that", " which"})
            if (text.substr(t.begin, t.end - t.begin).ends_with(pronoun)) t.end -= pronoun.size();
          out.push_back(std::move(t));
          out.push_back(std::move(ended));
          continue;
        }
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

// Walks a piece forward to each expression (they come in order), keeping line and column in
// the whole text: one pass over the bytes, with no index of the piece's lines.
class position_walker {
public:
  position_walker(std::string_view piece, piece_start& where) : piece_(piece), where_(where) {}
  corpus::line_column to(std::size_t offset) {
    while (at_ < offset) {
      const void* found = std::memchr(piece_.data() + at_, '\n', offset - at_);
      if (!found) {
        where_.column += int(corpus::code_points(piece_.substr(at_, offset - at_)));
        at_ = offset;
        break;
      }
      at_ = std::size_t(static_cast<const char*>(found) - piece_.data()) + 1;
      ++where_.line;
      where_.column = 1;
    }
    return {where_.line, where_.column};
  }
  // Moves `where` past the piece.
  ~position_walker() {
    to(piece_.size());
    where_.offset += piece_.size();
  }

private:
  std::string_view piece_;
  piece_start& where_;
  std::size_t at_ = 0;
};

} // namespace

namespace {

// The hours of a part of the day, as minutes [from, to] of the day, both included.
constexpr std::pair<int, int> day_part_minutes[] = {{0, 0},
                                                    {0, 12 * 60 - 1},
                                                    {12 * 60, 19 * 60 - 1},
                                                    {18 * 60, 24 * 60 - 1},
                                                    {18 * 60, 24 * 60 - 1}};

// {"from": "15:00", "to": "15:00"} for a clock time, its span's last minute for a span of the
// clock ("9:30 - 11:00"), the part's hours for a part of the day,
// null for a day or longer.
void append_time(std::string& out, const tagged& t) {
  if (!t.ast.has_time && t.ast.day_part == 0) {
    out += "null";
    return;
  }
  auto [from, to] = day_part_minutes[std::clamp(t.ast.day_part, 0, 4)];
  if (t.ast.has_time) from = to = (t.ast.hour % 24) * 60 + std::max(t.ast.minute, 0);
  if (t.ast.has_time && t.ast.end_hour >= 0)
    to = std::min(t.ast.end_hour * 60 + t.ast.end_minute, 24 * 60 - 1);
  fmt::format_to(std::back_inserter(out),
                 FMT_COMPILE("{{\"from\": \"{:02}:{:02}\", \"to\": \"{:02}:{:02}\"}}"), from / 60,
                 from % 60, to / 60, to % 60);
}

} // namespace

std::string tag_json_head(const std::string& path, const std::optional<calendar::interval>& dct) {
  return fmt::format("{{\"path\": {}, \"dct\": {}, \"timexes\": [", json_string(path),
                     dct ? json_string(calendar::describe(*dct)) : "null");
}

std::string tag_json_piece(std::string_view piece, const std::vector<tagged>& tags,
                           piece_start& where) {
  // Appended field by field (no format string parsed per expression): on a large corpus this
  // writer runs once per date and shows in the profile.
  std::string out;
  std::size_t base = where.offset;
  position_walker walk(piece, where);
  auto number = [&](auto n) { fmt::format_to(std::back_inserter(out), FMT_COMPILE("{}"), n); };
  auto day_or_null = [&](const std::optional<calendar::interval>& i, bool first) {
    if (!i || (first ? i->open_begin() : i->open_end()))
      out += "null";
    else
      append_json_string(out, calendar::format_day(first ? i->begin : i->last()));
  };
  for (const auto& t : tags) {
    auto pos = walk.to(t.begin);
    out += where.written++ ? ",\n  {\"begin\": " : "\n  {\"begin\": ";
    number(base + t.begin);
    out += ", \"end\": ";
    number(base + t.end);
    out += ", \"line\": ";
    number(pos.line);
    out += ", \"column\": ";
    number(pos.column);
    out += ", \"text\": ";
    append_json_string(out, piece.substr(t.begin, t.end - t.begin));
    out += ", \"type\": ";
    append_json_string(out, t.value.type);
    out += ", \"value\": ";
    append_json_string(out, t.value.value);
    out += ", \"mod\": ";
    if (t.value.mod.empty())
      out += "null";
    else
      append_json_string(out, t.value.mod);
    out += ", \"earliest\": ";
    day_or_null(t.interval, true);
    out += ", \"latest\": ";
    day_or_null(t.interval, false);
    out += ", \"time\": ";
    append_time(out, t);
    out += ", \"precision\": ";
    if (t.interval)
      append_json_string(out, calendar::to_string(t.interval->prec));
    else
      out += "null";
    out += '}';
  }
  return out;
}

std::string tag_json_tail(const piece_start& where) {
  return where.written ? "\n]}\n" : "]}\n";
}

std::string tag_json(const std::string& path, std::string_view text,
                     const std::optional<calendar::interval>& dct,
                     const std::vector<tagged>& tags) {
  piece_start where;
  std::string out = tag_json_head(path, dct);
  out += tag_json_piece(text, tags, where);
  return out + tag_json_tail(where);
}

std::string tag_lines_piece(const std::string& path, std::string_view piece,
                            const std::vector<tagged>& tags, piece_start& where) {
  std::string out;
  position_walker walk(piece, where);
  for (const auto& t : tags) {
    auto pos = walk.to(t.begin);
    out += fmt::format("{}:{}:{}: {} {}{} \"{}\"\n", path, pos.line, pos.column, t.value.type,
                       t.value.value, t.value.mod.empty() ? "" : " " + t.value.mod,
                       piece.substr(t.begin, t.end - t.begin));
    ++where.written;
  }
  return out;
}

std::string tag_lines(const std::string& path, std::string_view text,
                      const std::vector<tagged>& tags) {
  piece_start where;
  return tag_lines_piece(path, text, tags, where);
}

std::string tag_timeml(const corpus::timeml_document& doc, const std::vector<tagged>& tags) {
  std::string out = doc.original.substr(0, doc.text_begin);
  std::size_t at = 0;
  int tid = 1;
  for (const auto& t : tags) {
    out += doc.text.substr(at, t.begin - at);
    out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"{}>", tid++, t.value.type,
                       t.value.value, t.value.mod.empty() ? "" : " mod=\"" + t.value.mod + "\"");
    out += doc.text.substr(t.begin, t.end - t.begin);
    out += "</TIMEX3>";
    at = t.end;
  }
  out += doc.text.substr(at);
  out += doc.original.substr(doc.text_end);
  return out;
}

} // namespace factline::report
