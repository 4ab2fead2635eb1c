// SARIF 2.1.0 for code scanning: one result per conflict, its first claim as the location and
// the others as relatedLocations linked from the message; rules under tool.driver.rules;
// partialFingerprints from the conflict's stable id, so re-runs do not duplicate alerts.
// Paths are the files as given on the command line (repository-relative when run from the
// repository root), under %SRCROOT%; columns count code points (columnKind).
#include "report/escape.hpp"
#include "report/report.hpp"

#include <fmt/format.h>

namespace factline::report {

namespace {

// RFC 3986: keep unreserved characters and '/', percent-encode every other byte.
std::string uri_path(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, char(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string physical_location(const report_input& in, const timeline::claim& c) {
  const auto& doc = in.corpus.documents[c.where.document];
  return fmt::format(
      "{{\"artifactLocation\": {{\"uri\": {}, \"uriBaseId\": \"%SRCROOT%\"}}, \"region\": "
      "{{\"startLine\": {}, \"startColumn\": {}, \"endColumn\": {}, \"snippet\": {{\"text\": "
      "{}}}}}}}",
      json_string(uri_path(doc.file.lexically_normal().generic_string())), c.where.line,
      c.where.column, c.where.column + int(code_points(c.where.text)), json_string(c.where.text));
}

std::string claim_words(const report_input& in, const timeline::claim& c) {
  const auto& doc = in.corpus.documents[c.where.document];
  std::string published =
      doc.published.date ? "published " + calendar::describe(*doc.published.date) : "undated";
  return fmt::format("\"{}\" ({}, {}) implies {}", c.where.text, doc.path, published,
                     timeline::describe(c));
}

} // namespace

std::string sarif_report(const report_input& in) {
  std::string out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                    "  \"version\": \"2.1.0\",\n  \"runs\": [{\n";
  out += "    \"tool\": {\"driver\": {\"name\": \"factline\", \"version\": \"0.1.0\", "
         "\"informationUri\": \"https://example.invalid/factline\", \"rules\": [";
  for (std::size_t r = 0; r < in.rules.size(); ++r) {
    const auto& info = *in.rules[r];
    out +=
        fmt::format("{}\n      {{\"id\": {}, \"name\": {}, \"shortDescription\": {{\"text\": {}}}, "
                    "\"fullDescription\": {{\"text\": {}}}, \"defaultConfiguration\": "
                    "{{\"level\": {}}}, \"properties\": {{\"kind\": {}}}}}",
                    r ? "," : "", json_string(info.id), json_string(info.kind),
                    json_string(info.description.empty() ? info.id : info.description),
                    json_string(info.description.empty() ? info.message : info.description),
                    json_string(rules::to_string(info.level)), json_string(info.kind));
  }
  out += "]}},\n    \"columnKind\": \"unicodeCodePoints\",\n";
  out += "    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": {\"text\": \"The "
         "folder factline was run in\"}}},\n";
  out += "    \"results\": [";
  for (std::size_t i = 0; i < in.findings.size(); ++i) {
    const auto& f = in.findings[i];
    std::size_t rule_index = 0;
    for (std::size_t r = 0; r < in.rules.size(); ++r)
      if (in.rules[r]->id == f.rule_id) rule_index = r;
    // The message names every other claim as a link to its relatedLocation.
    std::string text = fmt::format("{}: {}", f.event_label, claim_words(in, f.claims.front()));
    std::string related;
    for (std::size_t c = 1; c < f.claims.size(); ++c) {
      text += fmt::format("; but [{}]({})", claim_words(in, f.claims[c]), c);
      related +=
          fmt::format("{}{{\"id\": {}, \"physicalLocation\": {}, \"message\": {{\"text\": {}}}}}",
                      c > 1 ? ", " : "", c, physical_location(in, f.claims[c]),
                      json_string(claim_words(in, f.claims[c])));
    }
    out += fmt::format("{}\n      {{\"ruleId\": {}, \"ruleIndex\": {}, \"level\": {}, \"message\": "
                       "{{\"text\": {}}}, "
                       "\"locations\": [{{\"physicalLocation\": {}}}], \"relatedLocations\": [{}], "
                       "\"partialFingerprints\": {{\"factlineConflict/v1\": {}}}, \"properties\": "
                       "{{\"event\": {}}}}}",
                       i ? "," : "", json_string(f.rule_id), rule_index,
                       json_string(rules::to_string(f.level)), json_string(text),
                       physical_location(in, f.claims.front()), related, json_string(f.id),
                       json_string(f.event_id));
  }
  out += in.findings.empty() ? "]\n" : "\n    ]\n";
  out += "  }]\n}\n";
  return out;
}

} // namespace factline::report
