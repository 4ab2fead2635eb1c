// libFuzzer: one document through the whole pipeline, to every report format.
#include "corpus/publication.hpp"
#include "grammar/scan.hpp"
#include "report/report.hpp"
#include "rules/load.hpp"
#include "timeline/timeline.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factline;
  static const rules::configuration config = [] {
    auto c = rules::load(std::nullopt);
    grammar::use_vocabulary(c.words);
    return c;
  }();
  corpus::corpus corpus;
  for (int copy = 0; copy < 2; ++copy) { // two documents, so cross-document rules run
    corpus::document doc;
    doc.path = copy ? "b.txt" : "a.txt";
    auto decoded = corpus::decode_text({reinterpret_cast<const char*>(data), size});
    if (!decoded.text) return 0;
    doc.text = std::move(*decoded.text);
    doc.lines = corpus::line_index(doc.text);
    corpus::find_publication_date(doc);
    if (copy && !doc.published.date)
      doc.published.date = calendar::parse_partial_date("2025-04-21");
    corpus.documents.push_back(std::move(doc));
  }
  timeline::builder builder(config.words, config.time);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) builder.add(corpus.documents[d], d);
  auto timeline = builder.finish();
  std::vector<rules::finding> findings;
  for (const auto& r : config.rules) r->check({corpus, timeline, config.words}, findings);
  std::vector<const rules::rule_info*> infos;
  report::report_input in{corpus, timeline, findings, infos};
  (void)report::json_report(in);
  (void)report::text_report(in, {true});
  (void)report::timeline_csv(in);
  (void)report::timeline_ics(in, "20250101T000000Z");
  return 0;
}
