// Event mentions: triggers, participants, the date their sentence attaches, anaphors.
#include "grammar/mentions.hpp"
#include "rules/load.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace factline;

namespace {

struct mention_view {
  std::string trigger;
  std::string event_class; // the trigger class's id: "launch", "ipo"
  std::string key;
  std::string agent;
  std::string date;
  bool anaphor;
  bool hedged;
  std::string anchor; // "on January 27, 2025" when the date is an offset counted from it
  std::string market; // "europe" for "launched the SU7 in Europe"
  int relative_to;    // the mention it is dated from ("a week later"), or -1
  int direction;      // and on which side of it: +1 after, -1 before
  bool object_named;  // what the deed acted on is named after it ("banned DeepSeek")
};

std::vector<mention_view> mentions(std::string_view text) {
  static const rules::configuration config = rules::load(std::nullopt);
  grammar::use_vocabulary(config.words);
  auto scan = grammar::scan(text, true);
  std::vector<mention_view> out;
  auto ms = grammar::find_event_mentions(text, scan, config.words);
  for (const auto& m : ms) {
    const auto& identity = m.antecedent ? ms[*m.antecedent] : m;
    std::string key;
    for (const auto& p : grammar::key_participants(identity))
      key += (key.empty() ? "" : "+") + p.key;
    std::string date;
    if (m.date) {
      const auto& d = scan.dates[*m.date];
      date = std::string(text.substr(d.begin, d.end - d.begin));
    }
    std::string event_class =
        m.trigger_class >= 0 ? config.words.triggers[std::size_t(m.trigger_class)].id : "";
    std::string anchor;
    if (m.anchor_date) {
      const auto& d = scan.dates[*m.anchor_date];
      anchor = std::string(text.substr(d.begin, d.end - d.begin));
    }
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), event_class, key,
                   identity.agent ? identity.agent->key : "", date, m.antecedent.has_value(),
                   m.hedged, anchor, m.market ? m.market->key : "",
                   m.relative ? int(m.relative->mention) : -1,
                   m.relative ? m.relative->direction : 0, m.object_named});
  }
  return out;
}

} // namespace

TEST_CASE("a trigger takes its clause's participants, agent and date", "[grammar][events]") {
  auto ms = mentions("When the Trump administration abruptly banned Nvidia's H20 AI chips from "
                     "export to China on April 15, it confirmed fears.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "banned");
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].agent == "us");
  CHECK(ms[0].date == "on April 15");
}

TEST_CASE("an anaphor stands for the latest compatible mention", "[grammar][events]") {
  auto ms = mentions("The Trump administration imposed the H20 chip ban, hurting exporters. "
                     "This ban, enacted months prior, caught companies off guard.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].anaphor);
  CHECK(ms[1].key == "h20");
  CHECK(ms[1].date == "months prior");
  CHECK(ms[0].date.empty());
}

TEST_CASE("a fronted date attaches to the trigger of a clause without one", "[grammar][events]") {
  auto ms = mentions("Established in 2021, SiCarrier gained attention in 2023.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "Established");
  CHECK(ms[0].key == "sicarrier");
  CHECK(ms[0].date == "in 2021");
}

TEST_CASE("unknown capitalized names identify events too", "[grammar][events]") {
  auto ms = mentions("Launched four years ago, the Piper Sandler Cybersecurity CEO Summit is "
                     "an invite-only event.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "piper sandler cybersecurity ceo summit");
  CHECK(ms[0].date == "four years ago");
}

TEST_CASE("hedged and negated triggers are marked", "[grammar][events]") {
  auto ms = mentions("Alibaba planned to invest in Qwen in February. Meta did not acquire "
                     "Scale in 2024. Apple will launch the Vision Pro 2 in 2026.");
  REQUIRE(ms.size() == 3);
  for (const auto& m : ms) CHECK(m.hedged);
}

TEST_CASE("a mention without participants is no event", "[grammar][events]") {
  CHECK(mentions("Restrictions were imposed in 2019 and tightened later.").empty());
  CHECK(mentions("It was a smart move in 2020.").empty());
}

TEST_CASE("different governments are different agents", "[grammar][events]") {
  auto ms = mentions("Beijing restricted purchases of the H20 in August. "
                     "Washington banned the H20 on April 15.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].agent == "china");
  CHECK(ms[1].agent == "us");
}

TEST_CASE("a trigger noun acted on by a later event is not dated by it", "[grammar][events]") {
  auto ms = mentions("Washington lifted the Corvid R9 ban in July.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].hedged);
}

TEST_CASE("a generic anaphor reaches only two sentences back", "[grammar][events]") {
  auto near = mentions("Halvard Bank acquired Quillo in March. The move surprised analysts.");
  REQUIRE(near.size() == 2);
  CHECK(near[1].anaphor);
  auto far =
      mentions("Halvard Bank acquired Quillo in March. One. Two. Three. The move surprised.");
  CHECK(far.size() == 1);
  // "the instruction", "the directive": an order told before.
  auto order = mentions("Regulators told firms to stop buying the Corvid R9. The agency issued the "
                        "instruction on Monday.");
  REQUIRE(order.size() == 2);
  CHECK(order[1].anaphor);
  CHECK(order[1].date == "on Monday");
}

TEST_CASE("a date right after a speech verb dates the statement", "[grammar][events]") {
  auto ms =
      mentions("Nvidia said on Wednesday that the H20 ban, imposed on April 9, would cost it.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].date == "on April 9");
}

TEST_CASE("an opening clause naming a statement dates the saying", "[grammar][events]") {
  auto ms = mentions("In a filing on April 16, AMD said license requirements for its MI308 chips "
                     "would hurt sales.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "mi308");
  CHECK(ms[0].date.empty());
  ms = mentions("In a surprise move on April 16, Washington banned the MI308.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "on April 16");
}

TEST_CASE("a coordinate clause with its own subject borrows no date; a habit is no event",
          "[grammar][events]") {
  auto ms = mentions("Baidu answered with Ernie 4.5 two months ago, and Alibaba released Qwen 3.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
  ms = mentions("Alibaba keeps releasing new versions of Qwen in 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].hedged);
}

TEST_CASE("a statement's participle right after a trigger noun tells when its event was made "
          "known",
          "[grammar][events]") {
  auto ms = mentions("The H20 ban, announced in early March 2025, hurt Nvidia.");
  REQUIRE(ms.size() == 2); // the ban, and the announcement
  CHECK(ms[0].trigger == "ban");
  CHECK(ms[0].date == "in early March 2025");
  // Another clause's statement still dates only the saying.
  ms = mentions("The H20 ban hurt Nvidia, which announced in early March 2025 a charge.");
  for (const auto& m : ms)
    if (m.trigger == "ban") CHECK(m.date.empty());
}

TEST_CASE("a determined trigger noun opening its clause is named by its own phrase",
          "[grammar][events]") {
  // (Nvidia, after the verb, is what the investment did not stop: no investment by Nvidia.)
  auto ms = mentions("The investment has not stopped Nvidia from selling, nor did it help when "
                     "Nvidia lost value on January 27, 2025.");
  for (const auto& m : ms)
    if (m.trigger == "investment") CHECK(m.key.find("nvidia") == std::string::npos);
  // "the company sells" is a verb: its names stay, and it stands for no founding.
  ms = mentions("Founded in 2016, the company sells its G1 humanoid for 99,000 yuan.");
  for (const auto& m : ms)
    if (m.trigger == "sells") CHECK_FALSE(m.anaphor);
}

TEST_CASE("a possessor before a later trigger is that trigger's", "[grammar][events]") {
  auto ms = mentions("Analysts compared the launch with DeepSeek's release of R1 in January.");
  for (const auto& m : ms)
    if (m.trigger == "launch") CHECK(m.key.find("deepseek") == std::string::npos);
}

TEST_CASE("object words trigger only with a name right after them", "[grammar][events]") {
  auto ms = mentions("Liang Wenfeng started DeepSeek in 2021.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "started");
  CHECK(ms[0].date == "in 2021");
  CHECK(mentions("Nvidia started testing the H20 in 2024.").empty());
}

TEST_CASE("an event referred to is dated only after it in its clause", "[grammar][events]") {
  // The year is the revenue's: the sanctions are a reference point.
  auto ms = mentions("Huawei's revenue grew 22% in 2024, the company said on Monday, its best "
                     "showing since it came under U.S. sanctions.");
  for (const auto& m : ms) CHECK(m.date.empty());
  ms = mentions("Huawei has grown since it was sanctioned by the U.S. in 2019.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "in 2019");
  // A date after the marker and before the trigger is the referred event's too.
  ms = mentions("Since Chinese regulators ordered companies in August to stop purchasing the "
                "RTX Pro 6000D, orders have dried up.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "in August");
  // One before the marker is not.
  ms = mentions("Orders fell in August after regulators told companies to stop purchasing the "
                "RTX Pro 6000D.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
}

TEST_CASE("a company's subsidiaries are another party than the company", "[grammar][events]") {
  for (const char* text :
       {"In February, Washington added six Inspur subsidiaries to the Entity List.",
        "The US on Tuesday added six subsidiaries of the server maker Inspur Group to the Entity "
        "List."}) {
    auto ms = mentions(text);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].key == "inspur subsidiaries");
  }
  auto ms = mentions("Inspur itself was blacklisted by the US in 2023.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "inspur");
}

TEST_CASE("a dated notice imposes the requirement its that-clause states", "[grammar][events]") {
  auto ms = mentions("Nvidia said on Tuesday that the U.S. government informed it on April 9 "
                     "that exports of its H20 chip to China will require a license.");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].hedged);
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].agent == "us"); // China is where the exports go
  CHECK(ms[0].date == "on April 9");
  // Not for classes a notice does not impose, nor without a date before "that".
  ms = mentions("Acme told investors on May 1 that it will launch the Nimbus X2.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].hedged);
  ms = mentions("The government informed Nvidia that exports of the H20 will require a license.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].hedged);
}

TEST_CASE("'the Beijing start-up' is the organization named last", "[grammar][events]") {
  auto ms = mentions("Moonshot AI released its Kimi k1.5 model on Monday. The Beijing start-up, "
                     "backed by Alibaba, was founded in 2023.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].trigger == "founded");
  CHECK(ms[1].key == "moonshot");
  CHECK(ms[1].date == "in 2023");
}

TEST_CASE("a listing's venue tells two listings of one company apart", "[grammar][events]") {
  auto ms = mentions("Halvard Bank went public in Shenzhen in 2016 and added a Hong Kong listing "
                     "this year.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "halvard bank+shenzhen");
  CHECK(ms[0].date == "in 2016");
  CHECK(ms[1].key == "halvard bank+hong kong");
  CHECK(ms[1].date == "this year");
}

TEST_CASE("a listing told next without a place goes on with the place told before",
          "[grammar][events]") {
  auto ms = mentions("CATL's Hong Kong listing was the story of the week. The battery giant "
                     "debuted on the exchange last Thursday.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "catl+hong kong");
  CHECK(ms[1].date == "last Thursday");
  // ("first day of trading" is a listing's.)
  ms = mentions("Shares of CATL jumped 16% on their first day of trading in Hong Kong on Tuesday "
                "after the company raised $4.6 billion in the year's biggest listing.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "catl+hong kong");
  CHECK(ms[0].date == "on Tuesday");
  CHECK(ms[1].key == "catl+hong kong");
  // Two sentences on, the place is no longer told.
  ms = mentions("CATL listed in Shenzhen in 2018. It makes batteries. It supplies Tesla. CATL "
                "debuted on the exchange in 2025.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "catl");
}

TEST_CASE("a trigger noun opening a sentence and naming nobody goes on with the event before",
          "[grammar][events]") {
  auto ms = mentions("Huawei has started mass shipments of its Ascend 910C to Chinese customers. "
                     "Deliveries began in May, they said.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "910c");
  CHECK(ms[1].date == "in May");
  // Not two sentences on.
  ms = mentions("Huawei has started mass shipments of its Ascend 910C. Prices are high. "
                "Deliveries began in May.");
  REQUIRE(ms.size() == 1);
}

TEST_CASE("a determined trigger after an unnamed one of its class stands for that one",
          "[grammar][events]") {
  // "banned sales of both metals" names nothing factline reads; "the outright ban" is that one,
  // not the 2023 controls.
  auto ms = mentions("China restricted gallium and germanium exports in September 2023. Last "
                     "month it went further and banned sales of both metals to the United States "
                     "outright. Beijing announced the outright ban on December 3.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "in September 2023");
}

TEST_CASE("a government's deed on 'the app' acts on the one company named; a summons is an "
          "event",
          "[grammar][events]") {
  auto ms = mentions("Watchdogs are examining DeepSeek after Italy banned the app in February.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "deepseek");
  CHECK(ms[0].object_named);
  // Not a company's own deed: which of its launches "the app" is stays unknown.
  ms = mentions("ByteDance launched the app in 2017.");
  for (const auto& m : ms) CHECK_FALSE(m.object_named);
  ms = mentions("China's cyberspace regulator summoned Nvidia last Thursday over the H20.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "summons");
  CHECK(ms[0].agent == "china");
}

TEST_CASE("a deal named as what was announced takes no date from the announcement",
          "[grammar][events]") {
  auto ms = mentions("Nvidia first announced the acquisition of Run:ai in April.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].event_class == "announcement");
  CHECK(ms[0].date == "in April");
  CHECK(ms[1].event_class == "acquisition");
  CHECK(ms[1].date.empty());
  // A government's announced ban is enacted, and keeps its date.
  ms = mentions("The US announced the ban on exports of the H20 on April 15.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.date == "on April 15");
}

TEST_CASE("an update of a product is no launch of it", "[grammar][events]") {
  for (const char* text : {"March 24: an updated V3 arrives.",
                           "DeepSeek released an updated version of its R1 model on May 28.",
                           "Alibaba released an upgrade to Qwen3 in July."}) {
    INFO(text);
    CHECK(mentions(text).empty());
  }
  auto ms = mentions("DeepSeek released its R1 model on January 20.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "r1");
}

TEST_CASE("'founded in Ningde' names a place; 'invested in Qwen' does not", "[grammar][events]") {
  auto ms = mentions("Founded in Ningde in 2011, Kestrel Power now supplies Tesla.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "kestrel power");
  CHECK(ms[0].date == "in 2011");
  ms = mentions("Yesterday Alibaba invested in Qwen.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "alibaba+qwen");
}

TEST_CASE("a trigger inside a compound word triggers nothing", "[grammar][events]") {
  CHECK(mentions("Congress passed the divest-or-ban law on TikTok in April 2024.").empty());
}

TEST_CASE("a baseline after 'since' dates nothing", "[grammar][events]") {
  auto ms = mentions("CATL raised HK$35.7 billion in its Hong Kong listing, the largest share "
                     "sale in the city since 2021.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
}

TEST_CASE("a possessive makes a sentence-initial word a name", "[grammar][events]") {
  auto ms = mentions("Quorvia's robot launched on May 2.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "quorvia");
  CHECK(mentions("Yesterday's launch went well.").empty());
}

TEST_CASE("'the requirement' stands for the rule a sentence before imposed", "[grammar][events]") {
  auto ms = mentions("Nvidia said in a regulatory filing on Tuesday that the U.S. now requires a "
                     "licence for sales of its H20 chip. The requirement took effect on April 14.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].date.empty()); // Tuesday is when Nvidia said so
  CHECK(ms[1].anaphor);
  CHECK(ms[1].key == "h20");
  CHECK(ms[1].date == "on April 14");
}

TEST_CASE("unveiling and going on sale are two events", "[grammar][events]") {
  auto ms = mentions("Huawei began selling its Mate 70 smartphone on December 4, a week after "
                     "unveiling the handset.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].trigger == "began selling");
  CHECK(ms[1].trigger == "unveiling");
}

TEST_CASE("'the company' after a person is the organization named most", "[grammar][events]") {
  auto ms = mentions("The engineer behind Moore Threads\n\nZhang Jianzhong left Nvidia's China "
                     "business to start Moore Threads five years ago.\n\nThe company, which was "
                     "put on the Entity List in 2022, has since grown.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].trigger == "Entity List");
  CHECK(ms[1].key == "moore threads");
  CHECK(ms[1].date == "in 2022");
}

TEST_CASE("'the company' is nobody when the subject and the last name disagree",
          "[grammar][events]") {
  // DeepSeek opens the sentence before; Nvidia is named inside it, not as its subject.
  auto ms = mentions("DeepSeek released its R1 model on January 20, 2025. Within a week Nvidia "
                     "shares lost $600 billion. The company was founded in 2023.");
  for (const auto& m : ms) CHECK(m.trigger != "founded");
  // Named as the subject, it is the company.
  ms = mentions("DeepSeek released its R1 model on January 20, 2025. Nvidia lost $600 billion "
                "in value. The company was founded in 1993.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "nvidia");
}

TEST_CASE("shipping needs a name after it", "[grammar][events]") {
  auto ms = mentions("Huawei will ship its Ascend 910C accelerator in volume in 2026.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key.find("910c") != std::string::npos);
  CHECK(ms[0].hedged); // "will": told as ahead
  CHECK(mentions("Huawei shipped 50 million phones in 2024.").empty());
}

TEST_CASE("a capital before an organization noun is a place, not an agent", "[grammar][events]") {
  auto ms = mentions("Moore Threads was founded in 2020. The Beijing company was added to the "
                     "Entity List in October 2023.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "moore threads");
  CHECK(ms[1].agent.empty());
}

TEST_CASE("'the chip' opening a sentence is the product named last", "[grammar][events]") {
  auto ms = mentions("Nvidia sold the H20 in China. The chip had been banned since early 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].date == "since early 2025");
  // Right after a trigger too: "stop buying the chip".
  ms = mentions("Regulators questioned Nvidia about the H20. In August they told companies such "
                "as ByteDance to stop buying the chip.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
  // With that noun: "the model" is the V3, not the H800 chips named after it.
  ms = mentions("DeepSeek trained its V3 model on 2,048 Nvidia H800 chips. The model was "
                "released on December 26, 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "v3");
}

TEST_CASE("a second predicate after 'and' keeps its names; 'or see ... banned' is hedged",
          "[grammar][events]") {
  auto ms = mentions("Tencent introduced its Hunyuan model in September 2023 and has since "
                     "folded it into WeChat.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key.find("wechat") == std::string::npos);
  // (An adverb may open the second predicate; "drew" is a past verb too.)
  ms = mentions("Manus, an AI agent built by the start-up Butterfly Effect, was unveiled on March "
                "6 and quickly drew comparisons with DeepSeek.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "manus");
  ms = mentions("The model, Xunlei's K2, was released on January 20 and quickly climbed to the "
                "top of Apple's App Store.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "k2");
  ms = mentions("Congress passed a law in April 2024 requiring ByteDance to sell TikTok or see "
                "the app banned.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.hedged);
  // An alternative shares the modal of the verb it is offered against.
  ms = mentions("TikTok asked a court on Tuesday to strike down the law that would force a sale "
                "of the app or ban it in the United States.");
  REQUIRE(std::count_if(ms.begin(), ms.end(),
                        [](const auto& m) { return m.event_class == "ban"; }) == 1);
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.hedged);
}

TEST_CASE("'iPhone' is a name; a chip process is keyed with its maker", "[grammar][events]") {
  auto ms = mentions("Apple released the iPhone 16 on September 20, 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "iphone 16");
  ms = mentions("SMIC began mass production of 5-nanometer chips in 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "5nm+smic");
  ms = mentions("SMIC started mass production of its 5nm process in 2023.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "5nm+smic");
  // A model number alone ("the 910C") is a product; a size or a multiplier is not.
  ms = mentions("Huawei unveiled the 910C in 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "910c");
  for (const char* size : {"671B", "128GB", "100M", "100X", "2025E"})
    CHECK(mentions(std::string("Huawei unveiled the ") + size + " in 2024.").at(0).key == "huawei");
}

TEST_CASE("an event after a reference marker is named by the words after it", "[grammar][events]") {
  auto ms = mentions("Chinese developers have turned to Huawei's Ascend chips since the H20 ban.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
}

TEST_CASE("a parent spinning a brand off founds nothing; selling a name is a divestiture",
          "[grammar][events]") {
  CHECK(mentions("Huawei spun off Honor in 2021.").empty());
  auto ms = mentions("Huawei sold Honor in November 2020.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "divestiture");
  CHECK(mentions("Nvidia sold H20 chips to Chinese firms in 2024.").empty());
}

TEST_CASE("buying a stake is no acquisition", "[grammar][events]") {
  CHECK(mentions("Berkshire Hathaway bought a stake in BYD in 2008.").empty());
  auto ms = mentions("Lenovo bought Motorola Mobility in 2014.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "acquisition");
}

TEST_CASE("a relative date keeps the name its clause describes", "[grammar][events]") {
  auto ms = mentions("Moore Threads, which Zhang Jianzhong set up two years before Washington "
                     "blacklisted it in October 2023, filed for a listing.");
  REQUIRE(ms.size() >= 2);
  CHECK(ms[0].trigger == "set up");
  CHECK(ms[0].key == "moore threads");
}

TEST_CASE("a gathering opens; shares and factories do not", "[grammar][events]") {
  auto ms = mentions("The World AI Conference opened in Shanghai on July 26, 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "opening");
  CHECK(ms[0].date == "on July 26, 2025");
  ms = mentions("The Boao Forum, which opened on Tuesday, drew 2,000 delegates.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "opening");
  CHECK(mentions("Nvidia shares opened 3% higher on Monday.").empty());
  CHECK(mentions("Tesla opened its Shanghai factory in 2019.").empty());
}

TEST_CASE("'set up' founds only as a participle", "[grammar][events]") {
  auto ms = mentions("Kestrel Power, set up in 2021, makes batteries.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "in 2021");
  CHECK(mentions("Over 800 companies set up stands at the World AI Conference this year.").empty());
}

TEST_CASE("a notice dated before its verb imposes the requirement", "[grammar][events]") {
  auto ms = mentions("Washington's decision landed on April 9, when Nvidia was told that every "
                     "export of the H20 would now need a licence.");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].hedged);
  CHECK(ms[0].date == "on April 9");
}

TEST_CASE("a carmaker named like a person is no person; 'signed up' signs nothing",
          "[grammar][events]") {
  auto ms = mentions("Li Auto went public in New York in 2020.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "li auto+new york");
  ms = mentions("Kuaishou Technology signed up 22 million users in 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "signed up");
}

TEST_CASE("coordinated triggers keep their own names and dates", "[grammar][events]") {
  auto ms = mentions("Cambricon was established eight years ago and listed on Shanghai's STAR "
                     "Market in July 2020.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "cambricon");
  CHECK(ms[0].date == "eight years ago");
  CHECK(ms[1].date == "in July 2020");
  // Who did it, after "by", is not what was done; a word inside "start-up" triggers nothing.
  ms = mentions("Cambricon Technologies, which was founded in 2016 by two brothers from the "
                "Chinese Academy of Sciences, makes chips.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "cambricon");
  ms = mentions("Halvard Bank acquired the payments start-up Quillo for $2.1 billion on May 28.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "halvard bank+quillo");
}

TEST_CASE("a model's own name identifies it with or without its brand", "[grammar][events]") {
  auto ms = mentions("Baidu started deploying its Kunlun P800 chips in February. Its P800 "
                     "accelerator entered service in Baidu's data centres in April 2025.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "p800");
  CHECK(ms[1].key == "p800");
  // A unit named in an appositive is the organization founded, not its parent.
  ms = mentions("Kunlunxin, the Baidu unit that designs the chips, was spun off in 2021.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "kunlunxin");
}

TEST_CASE("an event named as a purpose is no event dated by its sentence", "[grammar][events]") {
  auto ms = mentions("Honor, the smartphone brand Huawei sold in November 2020 to escape U.S. "
                     "sanctions, shipped phones.");
  for (const auto& m : ms)
    if (m.trigger == "sanctions") CHECK(m.date.empty());
  ms = mentions("Huawei sold its Honor unit in November 2021, hoping to keep it out of reach of "
                "American restrictions.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].trigger == "sold its");
  CHECK(ms[0].date == "in November 2021");
  CHECK(ms[1].date.empty());
}

TEST_CASE("one mention: its trigger, identity, agent and date", "[grammar][events]") {
  struct row {
    const char* why;
    const char* text;
    const char* trigger; // nullptr: not checked
    const char* key;
    const char* agent; // nullptr: not checked
    const char* date;
  };
  const row rows[] = {
      {"a dateline is when the story was filed, not an event's date",
       "BEIJING, March 17 (Desk) - Baidu released Ernie 4.5 and a reasoning model, Ernie X1, on "
       "Sunday.",
       nullptr, "ernie 4.5+x1", nullptr, "on Sunday"}, // (both models released)
      {"what a blacklist acts on stands before the trigger",
       "Huawei was put on a U.S. trade blacklist in May 2019.", nullptr, "huawei", "us",
       "in May 2019"},
      {"an acronym is a name at a sentence start; a listing's place is part of it",
       "CATL listed in Shenzhen in 2018.", nullptr, "catl+shenzhen", nullptr, "in 2018"},
      {"'It' opening a sentence is the organization named last",
       "SMIC added capacity in 2024. It was placed on the U.S. Entity List in December 2020.",
       nullptr, "smic", "us", "in December 2020"},
      {"'the <trigger>' with nothing before it takes its sentence's names",
       "SMIC, China's largest contract chipmaker, has been on the Entity List since 2019.", nullptr,
       "smic", nullptr, "since 2019"},
      {"a spin-out is a founding",
       "DeepSeek, which High-Flyer spun out as an independent lab in 2021, is small.", "spun out",
       nullptr, nullptr, "in 2021"},
      {"in an appositive, a name right before the trigger is who acted",
       "Kling, the video generator Kuaishou released in July 2024, earned money.", nullptr,
       "kling+kuaishou", nullptr, "in July 2024"},
      {"a clause opening with an auxiliary goes on from the sentence's subject",
       "Biren Technology, a Shanghai GPU designer, was added to the U.S. Entity List in October "
       "2023, along with Moore Threads.",
       nullptr, "biren", nullptr, "in October 2023"},
      {"a relative clause describes the name before it",
       "Biren, which Washington blacklisted in October 2022, has grown.", nullptr, "biren", nullptr,
       "in October 2022"},
      {"a participle after a name describes it; its agent is no participant",
       "Unitree Robotics, founded in 2016 by engineer Wang Xingxing, sold robots.", nullptr,
       "unitree", nullptr, "in 2016"},
      {"an appositive calling it an organization makes a sentence-initial word a name",
       "Unitree, the Hangzhou robot maker established in 2016, sells robots.", nullptr, "unitree",
       nullptr, "in 2016"},
      {"a long participle after a name describes it ('blacklisted' is no 'blackli')",
       "The part went to Sophgo, blacklisted by Washington last October, according to people "
       "briefed on it.",
       "blacklisted", "sophgo", nullptr, "last October"},
      {"past an appositive a clause goes on from the one before; a 'citing' clause names no "
       "participant",
       "The Commerce Department added Sophgo, a Beijing chip designer, to its entity list in "
       "January 2025, citing links between its processors and Huawei.",
       "entity list", "sophgo", nullptr, "in January 2025"},
      {"an object word in a relative clause acts on the name the clause describes",
       "Moonshot AI, which Yang Zhilin started in March 2023, has grown.", "started", "moonshot",
       nullptr, "in March 2023"},
      {"'formed' as a participle founds", "Moonshot AI was formed in 2022 by graduates.", "formed",
       "moonshot", nullptr, "in 2022"},
      {"'closed' with a name right after shuts it; the date reaches past an appositive",
       "Oppo closed Zeku, its in-house chip design business, in May 2023, citing the market.",
       "closed", "oppo+zeku", nullptr,
       "in May 2023"}, // (one word right before a past trigger is a name: "Oppo closed")
      {"a name after 'from' is the seller, no part of an acquisition's identity",
       "The deal: Halvard Bank bought Motorola Mobility from Google in October 2014.", "bought",
       "halvard bank+motorola mobility", nullptr, "in October 2014"},
      {"'it' right after a past verb is the organization named last",
       "SMIC makes chips. Washington added it to the Entity List in December 2021.", "Entity List",
       "smic", "us", "in December 2021"},
      {"a sentence opening 'Hangzhou-based <Name>' names it for 'the company' after",
       "Hangzhou-based Unitree Robotics makes robots. The company, founded by Wang Xingxing in "
       "2016, grew.",
       "founded", "unitree", nullptr, "in 2016"},
      {"'it' as an object in a clause naming nothing is the sentence's subject",
       "Huawei's phones sold well in August 2019, three months after the United States put it on "
       "the Entity List.",
       "Entity List", "huawei", "us", "three months after"},
      {"'which the company' is the company the sentence named before it",
       "The Mate 70, Huawei's flagship, runs Harmony Next, which the company rolled out in June "
       "2024.",
       "rolled out", nullptr, nullptr, "in June 2024"},
      {"an offset ending in 'after' right before a trigger dates the other event, not it",
       "Cambricon Technologies grew, four years after it went public in Shanghai in 2021.",
       "went public", "cambricon+shanghai", nullptr, "in 2021"}, // ("Technologies": a suffix)
      {"an exchange is its city: a debut on the Nasdaq is a New York listing",
       "Pony AI made its debut on the Nasdaq on November 27, 2024.", "debut", "new york+pony",
       nullptr, "on November 27, 2024"},
      {"a government halting purchases is a ban of its own",
       "Chinese regulators instructed ByteDance and Tencent to halt purchases of Nvidia's H20 "
       "chips in August.",
       nullptr, "h20", "china", "in August"},
      {"a name inside a sentence opened by 'The <government>' is what 'the company' means next",
       "The Pentagon added Hesai to its list. The company, which listed its shares in New York in "
       "February 2022, objected.",
       "listed", "hesai+new york", nullptr, "in February 2022"},
      {"a government taking control of a company is a takeover of its own, by that government",
       "The Netherlands took control of Nexperia on September 30, 2025.", "took control of",
       "nexperia", "netherlands", "on September 30, 2025"},
      {"a bankruptcy filing is an event ('filed for' hedges a listing, not this); a state is a "
       "place",
       "Wolfspeed, the North Carolina maker of silicon carbide chips, filed for Chapter 11 "
       "bankruptcy protection on June 30, 2025.",
       "filed for Chapter 11", "wolfspeed", nullptr, "on June 30, 2025"},
      {"an opening word described by a participle and its preposition is a name, and an "
       "object marker opening the appositive makes it what the trigger acted on",
       "Loongson, added to the Entity List in January, designs processors.", "Entity List",
       "loongson", nullptr, "in January"},
      {"an opening word before 'was added to the <trigger>' is its object",
       "Loongson was added to the Entity List on March 2, 2023.", "Entity List", "loongson",
       nullptr, "on March 2, 2023"},
      {"an opening word that is no English word is a name (Debian's dictionary)",
       "Wolfspeed in the end filed for bankruptcy protection on June 30, 2025.",
       "filed for bankruptcy", "wolfspeed", nullptr, "on June 30, 2025"},
      {"an English word opening a sentence is still no name",
       "Meanwhile filed for bankruptcy protection at Wolfspeed on June 30, 2025.",
       "filed for bankruptcy", "wolfspeed", nullptr, "on June 30, 2025"},
      {"'X, known in English as Y,': one thing, named by the key that sorts first",
       "Xiaohongshu, known in English as RedNote, grew. The Shanghai company was founded in "
       "2013.",
       "founded", "rednote", nullptr, "in 2013"},
      {"'Y, the <noun> X,': the appositive names the same thing",
       "RedNote, the lifestyle app Xiaohongshu, was created in 2014.", "created", "rednote",
       nullptr, "in 2014"},
      {"an opening word before a future marker and a trigger is its subject",
       "Shein will list its shares in London in 2024, people familiar with the matter said.",
       "list its shares", "london+shein", nullptr, "in 2024"},
      {"a verb after an appositive goes on from the name it describes, not the appositive's",
       "Zeekr, the car brand controlled by Geely, made its debut on the Nasdaq on May 10, 2024.",
       "debut", "new york+zeekr", nullptr, "on May 10, 2024"},
      {"an appositive 'the <organization noun>' right after a name is no 'the company'",
       "Geely owns most of Zeekr. Zeekr, the premium electric brand, listed in New York in May "
       "2024.",
       "listed", "new york+zeekr", nullptr, "in May 2024"},
      {"a government opening an investigation into a company is an event of its own",
       "China opened an antitrust investigation into Google on February 4, 2025.",
       "antitrust investigation", "google", "china", "on February 4, 2025"},
      {"a coordinate clause with its own subject is dated by an appositive after it",
       "The Google probe continues, and Beijing's curbs on antimony, imposed in June 2024, "
       "remain.",
       "curbs", "antimony", "china", "in June 2024"},
      {"authorities opening a sentence act for the government named last, and their saying "
       "dates what they opened",
       "Beijing reached for other tools. Regulators said on February 4, 2025 that they had "
       "opened an antitrust investigation into Google.",
       "antitrust investigation", "google", "china", "on February 4, 2025"},
      {"'the chip' after a sentence opened by a product is that product, whatever was named "
       "with the noun before",
       "Its Blackwell chips sold well. The H20 had a rough year. Washington banned sales of the "
       "chip to China in April 2025.",
       "banned", "h20", "us", "in April 2025"},
      {"a lone name right after a trigger's clause ending in a product noun is that product",
       "Huawei lost access to Google. It introduced its own operating system, HarmonyOS, in "
       "August 2019.",
       "introduced", "harmonyos", nullptr, "in August 2019"},
      {"an adverb between a relative clause's subject and its verb keeps the subject acting",
       "Huawei grew. HarmonyOS, which the company first unveiled in 2022, runs on phones.",
       "unveiled", "harmonyos", nullptr, "in 2022"},
      {"'took the wraps off' unveils",
       "Huawei took the wraps off the Mate 70 on November 26, 2024.", "took the wraps off",
       "mate 70", nullptr, "on November 26, 2024"}, // (a model names its launch alone)
      {"'the <product noun>'s <trigger>' is the product named last with that noun",
       "Butterfly Effect built the Manus AI agent. The agent's launch in late February drew "
       "crowds.",
       "launch", "manus", nullptr, "in late February"},
      {"an appositive opening with a possessive name describes the name before it",
       "The XRING O1, Xiaomi's in-house processor, debuted in late June.", "debuted", "o1", nullptr,
       "in late June"},
      {"a restrictive relative clause's verb has the name before 'that' as its object, not "
       "the main clause's names",
       "SMIC made the processor in the Mate 60 that Huawei released in September 2023.", "released",
       "mate-60", nullptr, "in September 2023"},
      {"a name after a contrast marker ('as a successor to') is compared with the event's own",
       "Huawei released the Ascend 910B in August 2023 as a successor to the original Ascend "
       "910.",
       "released", "910b", nullptr, "in August 2023"},
      {"a gathering that 'began' opened",
       "The three-day World Artificial Intelligence Conference, which began on July 24, drew "
       "crowds.",
       "began", "world-ai-conference", nullptr, "on July 24"},
      {"'arrived' right after a product's name launches it", "Alibaba's Qwen3 arrived on May 3.",
       "arrived", "qwen3", nullptr, "on May 3"},
  };
  for (const auto& r : rows) {
    INFO(r.why);
    auto ms = mentions(r.text);
    REQUIRE(ms.size() == 1);
    if (r.trigger) CHECK(ms[0].trigger == r.trigger);
    if (r.key) CHECK(ms[0].key == r.key);
    if (r.agent) CHECK(ms[0].agent == r.agent);
    CHECK(ms[0].date == r.date);
    CHECK_FALSE(ms[0].anaphor);
  }
}

TEST_CASE("an event a name faces or risks is no fact", "[grammar][events]") {
  auto ms = mentions("Congress passed a law forcing ByteDance to sell TikTok or face a ban in "
                     "April 2024.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.hedged);
}

TEST_CASE("a debut or the start of trading is a listing only where a venue follows (or, for the "
          "noun, comes before)",
          "[grammar][events]") {
  struct row {
    const char* text;
    const char* event_class; // "" when no mention
  };
  const row rows[] = {
      {"Horizon Robotics debuted on the Hong Kong Stock Exchange on October 24, 2024.", "ipo"},
      {"Horizon Robotics makes chips. Its shares began trading in Hong Kong in December 2024.",
       "ipo"},
      {"Pony AI debuted on Nasdaq in November 2024.", "ipo"},
      {"Huawei debuted the Mate 60 in August 2023.", "launch"},
      {"Xiaomi began trading in March 2024.", ""},
      {"Pony AI made its debut on the Nasdaq on November 27, 2024.", "ipo"},
      {"Shares of Horizon Robotics rose in their Hong Kong debut on Thursday.", "ipo"},
      {"Pony AI rose 5% in its Nasdaq debut in November 2024.", "ipo"},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto ms = mentions(r.text);
    if (std::string_view(r.event_class).empty()) {
      CHECK(ms.empty());
      continue;
    }
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].event_class == r.event_class);
  }
}

TEST_CASE("an event told despite, during or ahead of is not dated by its clause",
          "[grammar][events]") {
  for (const char* text : {"The US banned exports of the H20 on April 15. Tencent grew in 2024 "
                           "despite the curbs.",
                           "The US banned exports of the H20 on April 15. Tencent grew in 2024 "
                           "amid the curbs.",
                           "The US banned exports of the H20 on April 15. Tencent stocked up "
                           "in 2024 ahead of the curbs."}) {
    INFO(text);
    auto ms = mentions(text);
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].date.empty());
  }
  // Buying things is no acquisition.
  CHECK(mentions("Tencent grew in 2024, as it bought GPUs.").empty());
}

TEST_CASE("gated words count only after a gate verb, and a demonym's authorities act for it",
          "[grammar][events]") {
  struct row {
    const char* text;
    const char* event_class; // "" when no mention
    const char* agent;
    const char* date;
  };
  const row rows[] = {
      {"Chinese regulators ordered ByteDance to halt H20 purchases on August 12.", "ban", "china",
       "on August 12"},
      {"Chinese regulators ordered ByteDance to halt their purchases of the H20 on August 12.",
       "ban", "china", "on August 12"},
      {"Beijing told its tech giants to stop ordering Nvidia's H20 on August 12.", "ban", "china",
       "on August 12"},
      {"ByteDance resumed purchases of the H20 on August 12.", "", "", ""},
      {"China banned purchases of the H20 in September 2025.", "ban", "china", "in September 2025"},
      {"The US Commerce Department began issuing H20 export licences on August 8.", "licence_grant",
       "us", "on August 8"},
      {"Washington issued no licences for the H20 in July.", "", "", ""},
      {"Licences for Nvidia's H20 were granted in late July, a US official said.", "licence_grant",
       "", "in late July"},
      {"Nvidia said licenses would be granted for the H20 in July.", "", "", ""},
      // An appositive opening with "one of" describes the name before it.
      {"The US on Wednesday added Zhipu AI, one of China's leading developers of large language "
       "models, to the Entity List.",
       "ban", "", "on Wednesday"},
      {"Nvidia applied for licenses for the H20 in July.", "", "", ""},
      // An appositive naming the event with a past verb dates it.
      {"Regulators in Beijing told firms to halt H20 purchases, an instruction issued on July "
       "30 that left orders in limbo.",
       "ban", "china", "on July 30"},
      // Shutting a company out of a market closes nothing.
      {"The ban shut Nvidia out of China's market in April.", "", "", ""},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto ms = mentions(r.text);
    if (std::string_view(r.event_class).empty()) {
      for (const auto& m : ms) CHECK(m.event_class != "ban");
      for (const auto& m : ms) CHECK(m.event_class != "licence_grant");
      for (const auto& m : ms) CHECK(m.event_class != "closure");
      continue;
    }
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].event_class == r.event_class);
    CHECK(ms[0].agent == r.agent);
    CHECK(ms[0].date == r.date);
  }
  // Authorities after "by" act for the government named before, a demonym's included.
  for (const char* text :
       {"It seems the Chinese government has rules of its own. Big firms have been ordered by "
        "regulatory authorities to halt their purchases of the H20.",
        "Big firms have been ordered by Chinese regulators to halt their purchases of the H20."}) {
    INFO(text);
    auto ms = mentions(text);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].agent == "china");
  }
  // Gate verbs after the word: "Shipments of the Ascend 910C started last year".
  auto ms = mentions("Shipments of the Ascend 910C started in May 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "sale");
  CHECK(ms[0].date == "in May 2025");
  CHECK(mentions("Sales of the Mate 60 started falling in May 2024.").empty());
  CHECK(mentions("Sales of the Mate 60 rose in 2024.").empty());
  // "licences for the chip": the product named last.
  ms = mentions("It has been a strange summer for the H20. Washington began issuing "
                "licences for the chip in early July.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
}

TEST_CASE("'it' after an irregular past verb, and a subordinate clause with its own subject",
          "[grammar][events]") {
  auto ms = mentions("Nexperia has been owned by Wingtech since 2019. Wingtech bought it in 2019 "
                     "for $3.6 billion.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "nexperia+wingtech");
  // The consortium's purchase is no deal of Wingtech's.
  ms = mentions("Wingtech acquired Nexperia in 2018, paying about $2.7 billion, after a "
                "consortium of Chinese investors had bought it from NXP Semiconductors in 2017.");
  for (const auto& m : ms)
    if (m.date == "in 2017") CHECK(m.key.find("wingtech") == std::string::npos);
  // Making a model open source is an event of its own, not its launch.
  ms = mentions("Baidu open-sourced its Ernie 4.5 family on July 1.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "open_sourcing");
}

TEST_CASE("a notice with 'that' left out, a dated list, and a told event's later deed",
          "[grammar][events]") {
  auto ms = mentions("Nvidia sells the H20 in China. That changed on April 9, when the US "
                     "government told Nvidia it would need a licence to ship the H20.");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].hedged);
  CHECK(ms[0].date == "on April 9");
  ms = mentions("January 2025: The US government informs Nvidia that the H20 will need an "
                "export licence.");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].hedged);
  CHECK(ms[0].date == "January 2025");
  // "the restriction will cost it ... in the first quarter": the cost's date, not the ban's.
  ms = mentions("The US banned sales of the H20 on April 9. Nvidia says the restriction will "
                "cost it $5.5 billion in the first quarter.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].date.empty());
  ms = mentions("The US banned sales of the H20 in April. The restriction took effect on April "
                "15.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].date == "on April 15");
}

TEST_CASE("a determined noun whose own phrase names nobody is the one told before",
          "[grammar][events]") {
  auto ms = mentions("Washington required licences for the H20. Nvidia said it learned of the "
                     "licence requirement on April 14.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].trigger == "licence requirement");
  CHECK(ms[1].anaphor); // the H20's, not Nvidia's
  CHECK(ms[1].date == "on April 14");
  // A name in the noun's own phrase still names it.
  ms = mentions("Washington required licences for the H20. Nvidia said it learned of the "
                "licence requirement on the B20 on April 14.");
  REQUIRE(ms.size() == 2);
  CHECK_FALSE(ms[1].anaphor);
  CHECK(ms[1].key == "b20");
}

TEST_CASE("words that launch only a product, and a dateline, name nobody", "[grammar][events]") {
  CHECK(mentions("Trump arrived in Beijing on May 3.").empty());
  CHECK(mentions("Nvidia arrived on May 3.").empty());
  // The dateline's city is no company for "the company" to mean.
  for (const char* text : {"SHENZHEN - The company was founded in 1987.",
                           "BEIJING (Reuters) - The company was founded in 1987.",
                           "SHENZHEN \xe2\x80\x94 The company was founded in 1987."})
    CHECK(mentions(text).empty());
  // A name in capitals opening a paragraph before anything else is a name still.
  auto ms = mentions("CATL, the battery maker, was founded in 2011.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "catl");
}

TEST_CASE("'it' right after a past verb is the name before it", "[grammar][events]") {
  auto ms = mentions("YMTC has struggled since Washington blacklisted it in February 2023.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "ymtc");
  CHECK(ms[0].agent == "us");
  CHECK(ms[0].date == "in February 2023");
  // A relative clause after a noun: "it" is no object there.
  ms = mentions("Lenovo bought Motorola Mobility for $2.91 billion, a purchase it closed in 2015.");
  for (const auto& m : ms) CHECK(m.key != "lenovo");
}

TEST_CASE("a full name and its initials in one document are one participant", "[grammar][events]") {
  auto ms = mentions("Contemporary Amperex Technology Co. Ltd. listed in Hong Kong in May. CATL, "
                     "founded in 2011, supplies Tesla.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "catl+hong kong");
  CHECK(ms[1].key == "catl");
  // Initials that do not fit the words stay apart.
  ms = mentions("Contemporary Amperex Technology Co. Ltd. listed in Hong Kong in May. BYD, "
                "founded in 1995, sells cars.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "contemporary amperex+hong kong");
}

TEST_CASE("'the company' after a described name, and a founding's place after its date",
          "[grammar][events]") {
  auto ms = mentions("Battery giant CATL raised money in May. The company was established in 2011 "
                     "in Ningde.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "catl");
  CHECK(ms[0].date == "in 2011");
}

TEST_CASE("'the first step toward' is a new act, not an anaphor", "[grammar][events]") {
  auto ms = mentions("Zhipu AI was founded in 2019. It began tutoring with regulators in April "
                     "2025, the first step toward an initial public offering.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "founded");
  ms = mentions("Washington banned the H20 in April. The move surprised analysts.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].anaphor);
}

TEST_CASE("a founding's parent, after 'from', is no part of it", "[grammar][events]") {
  auto ms = mentions("Zhipu AI was founded in 2019 as a spin-off from Tsinghua University's "
                     "computer science department.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "zhipu");
}

TEST_CASE("'started requiring a license' is a ban; 'the H20 ban cost' still one",
          "[grammar][events]") {
  auto ms = mentions("Washington started requiring a license for H20 exports to China in January.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "ban");
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].date == "in January");
  ms = mentions("Xiaomi shelved its IPO plans in 2023."); // a plan is no listing
  CHECK(ms.empty());
  ms = mentions("Analysts asked what the H20 ban cost Nvidia.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "ban");
}

TEST_CASE("an event after 'N after' is dated from the eventless date before it",
          "[grammar][events]") {
  auto ms = mentions("NVIDIA lost nearly $600 billion in market value on January 27, 2025, two "
                     "months after DeepSeek released its R1 model.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "r1");
  CHECK(ms[0].date == "two months after");
  CHECK(ms[0].anchor == "on January 27, 2025");
  // Without an offset the other clause's date is still not the event's.
  ms = mentions("Shares fell on January 27, 2025, after DeepSeek released its R1 model.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
  CHECK(ms[0].anchor.empty());
}

TEST_CASE("construction starts, fares charged, and 'the service' named by its noun",
          "[grammar][events]") {
  auto ms = mentions("CATL broke ground on its battery factory in Debrecen, Hungary, in September "
                     "2022.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "construction");
  CHECK(ms[0].key == "catl+debrecen"); // one start per site
  CHECK(ms[0].date == "in September 2022");
  ms = mentions("Baidu's Apollo Go robotaxi service grew. The service began charging fares in "
                "Wuhan in 2022.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "sale");
  CHECK(ms[0].key == "apollo go"); // Wuhan is where, not what
  CHECK(ms[0].date == "in 2022");
}

TEST_CASE("a version's decimals are part of its name: V3.1 is no V3", "[grammar][events]") {
  auto ms = mentions("DeepSeek released V3.1 in August 2025. Alibaba released Qwen2.5-Max in "
                     "January 2025.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "v3.1");
  CHECK(ms[1].key == "qwen2.5-max");
  // A version word ending a name is part of it: HarmonyOS Next is no HarmonyOS.
  ms = mentions("Huawei launched HarmonyOS Next in October 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "harmonyos next+huawei");
}

TEST_CASE("a place acting in a ban is its government", "[grammar][events]") {
  struct row {
    const char* text;
    const char* agent;
  };
  const row rows[] = {
      {"India banned TikTok in June 2020.", "india"},
      {"TikTok was banned in India in June 2020.", "india"},
      {"India's ban on TikTok came in June 2020.", "india"},
      {"Japan has also restricted the H20 in July 2023.", "japan"},
      // A government before the trigger stays the agent; the place after it is a market.
      {"Washington banned sales of the H20 in India in April 2025.", "us"},
      // Not after a preposition, and not before a noun without a possessive.
      {"Exports to Japan were restricted in July 2023 under the H20 rules.", ""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    auto ms = mentions(r.text);
    REQUIRE(ms.size() >= 1);
    CHECK(ms[0].agent == r.agent);
  }
  // Only classes whose flag says so: a listing in Hong Kong has no agent.
  auto ms = mentions("CATL raised $4.6 billion in its Hong Kong listing in May 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].agent.empty());
}

TEST_CASE("a launch names its market after 'in'", "[grammar][events]") {
  auto ms =
      mentions("Xiaomi launched the SU7 sedan in China in March 2024. Xiaomi launched the SU7 "
               "in Europe in 2025. Xiaomi launched the SU7 in the U.S. in 2026. Xiaomi "
               "launched the YU7 in June 2025.");
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].market == "china");
  CHECK(ms[1].market == "europe");
  CHECK(ms[2].market == "us");
  CHECK(ms[3].market.empty());
}

TEST_CASE("an event after 'after the <subject>' is reported, with its own names",
          "[grammar][events]") {
  auto ms = mentions("Nvidia released the H20 in early 2024 after the U.S. banned the H800 in "
                     "October 2023.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].date == "in early 2024");
  CHECK(ms[1].key == "h800"); // not the H20 named before "after"
  CHECK(ms[1].agent == "us");
  CHECK_FALSE(ms[1].hedged);
  CHECK(ms[1].date == "in October 2023");
  // "after the ban" still refers to one: the noun reports nothing of its own.
  ms = mentions("Nvidia released the H20 after the ban in October 2023.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.hedged);
  // Nor does "or see the app banned".
  ms = mentions("A law required ByteDance to sell TikTok or see the app banned in April 2024.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.hedged);
}

TEST_CASE("a second object with its own date after 'and' is a second event", "[grammar][events]") {
  auto ms = mentions("Alibaba released Qwen in April 2023 and Qwen2.5 in September 2024.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "alibaba+qwen");
  CHECK(ms[0].date == "in April 2023");
  CHECK(ms[1].key == "qwen2.5");
  CHECK(ms[1].date == "in September 2024");
  ms = mentions("Huawei launched the Mate 60 in August 2023 and the Mate 60 Pro+ in September "
                "2023.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "mate-60");
  CHECK(ms[1].key == "mate 60 pro+"); // no Mate 60 Pro
  CHECK(ms[1].date == "in September 2023");
  // A second name that may be a second subject is left alone.
  ms = mentions("Nvidia launched the H20 in 2024 and Huawei in 2025.");
  CHECK(ms.size() == 1);
}

TEST_CASE("a place's regulator acts for its government", "[grammar][events]") {
  auto ms = mentions("Italy's privacy regulator blocked DeepSeek on January 30, 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].agent == "italy");
  CHECK(ms[0].key == "deepseek");
  // A phrase is past by its first word: South Korea acted.
  ms = mentions("South Korea suspended new downloads of DeepSeek in February 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].agent == "south korea");
}

TEST_CASE("an organization described as the object is the one named last, not the actor",
          "[grammar][events]") {
  auto ms = mentions("Nvidia agreed to buy Mellanox Technologies in 2019. Nvidia completed the "
                     "acquisition of the Israeli networking firm in April 2020.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "mellanox+nvidia");
  CHECK(ms[1].date == "in April 2020");
  // "the parent company", "the same firm" are others.
  ms = mentions("Nvidia agreed to buy Mellanox Technologies in 2019. Nvidia completed the "
                "acquisition of the parent company in April 2020.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "nvidia");
}

TEST_CASE("an appositive naming an event dates the trigger before it", "[grammar][events]") {
  auto ms = mentions("The review concerned Nvidia's purchase of Mellanox, a deal it closed in "
                     "2019.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "mellanox+nvidia");
  CHECK(ms[0].date == "in 2019");
  // Not when the appositive is a trigger of its own (it is its own mention).
  ms = mentions("Lenovo bought Motorola Mobility for $2.91 billion, a purchase it closed in 2015.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].date.empty());
  CHECK(ms[1].date == "in 2015");
}

TEST_CASE("a government announcing what it imposes imposes it that day", "[grammar][events]") {
  struct row {
    const char* text;
    const char* date;
  };
  const row rows[] = {
      // The comma in "May 21, 2023" ends no clause, and "May" is no hedge.
      {"China said on May 21, 2023 that it banned Micron.", "on May 21, 2023"},
      // A date of the trigger's own comes first; "had banned" is earlier than the saying.
      {"The Commerce Department said on Tuesday that it banned the H20 in January.", "in January"},
      {"The Commerce Department said on Tuesday that it had banned the H20.", ""},
      // Another government's act is not dated by the saying.
      {"Beijing said on March 3 that Washington banned the H20.", ""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    auto ms = mentions(r.text);
    REQUIRE(ms.size() == 1);
    CHECK_FALSE(ms[0].hedged);
    CHECK(ms[0].date == r.date);
  }
}

TEST_CASE("a trigger noun with a relative clause is a new event, its verb no other",
          "[grammar][events]") {
  auto ms = mentions("The licensing regime Beijing introduced in September 2023 for gallium was "
                     "a first step.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "ban");
  CHECK(ms[0].key == "gallium");
  CHECK(ms[0].agent == "china");
  CHECK(ms[0].date == "in September 2023");
  CHECK_FALSE(ms[0].anaphor);
}

TEST_CASE("an offset from an event no mention stands for dates nothing", "[grammar][events]") {
  auto ms = mentions("Zhipu put out GLM-4.5 at the end of June, weeks before rivals refreshed "
                     "their own open models, and the release drew praise.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "glm-4.5");
  CHECK(ms[0].date == "at the end of June");
  CHECK(ms[1].anaphor);
  CHECK(ms[1].date.empty()); // not "weeks before" the publication
}

TEST_CASE("'barely a year after' is a length told loosely", "[grammar][events]") {
  static const rules::configuration config = rules::load(std::nullopt);
  grammar::use_vocabulary(config.words);
  std::string_view text = "Qorvane went private barely a year after its listing.";
  auto scan = grammar::scan(text, true);
  REQUIRE(scan.dates.size() == 1);
  CHECK(text.substr(scan.dates[0].begin, scan.dates[0].end - scan.dates[0].begin) ==
        "barely a year after");
  CHECK(scan.dates[0].ast.approximate);
}

TEST_CASE("an offset before a deed its own clause dates counts from that date",
          "[grammar][events]") {
  auto ms = mentions("Qorvane launched Tessel-2 three weeks before a rival's model captured "
                     "attention on January 20.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "three weeks before");
  CHECK(ms[0].anchor == "on January 20");
  // A deed with a mention of its own between is the relation's, not the calendar's.
  ms = mentions("Qorvane launched Tessel-2 three weeks before Halvard Bank acquired Quillo on "
                "January 20.");
  for (const auto& m : ms) CHECK(m.anchor.empty());
}

TEST_CASE("'as open source' makes a release an open-sourcing; founders are no part of a founding",
          "[grammar][events]") {
  auto ms = mentions("Qorvane on Monday released its Tessel-2 family of models as open source.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "open_sourcing");
  ms = mentions("Quillo International, the venture Halvard Bank and Quillo formed last year, "
                "began selling cars this month.");
  for (const auto& m : ms)
    if (m.event_class == "founding") CHECK(m.key == "quillo international");
}

TEST_CASE("a clause opening with 'when' after a date tells what happened then",
          "[grammar][events]") {
  auto ms = mentions("The Corvid R9 had been blocked from sale since early March, when the US "
                     "government first required export licences for it.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].trigger == "required export licences");
  CHECK(ms[1].date == "since early March");
  CHECK(ms[1].agent == "us");
}

TEST_CASE("'the conference' opening a trigger's clause is the gathering named last",
          "[grammar][events]") {
  auto ms = mentions("Li Qiang spoke at the Qorvane Innovation Summit in Shanghai. The summit, "
                     "which opened on Saturday, drew about 800 exhibitors.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "opening");
  CHECK(ms[0].key == "qorvane innovation summit");
  CHECK(ms[0].date == "on Saturday");
}

TEST_CASE("a second predicate naming its own object shares only the subject", "[grammar][events]") {
  auto ms = mentions("Qorvane was set up in 2016 by two brothers from the Chinese Academy of "
                     "Sciences and listed on Shanghai's STAR Market in July 2020.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].event_class == "ipo");
  CHECK(ms[1].key.find("academy") == std::string::npos);
  // "and merged it into TikTok", "and started deliveries": the first one's object.
  ms = mentions("Huawei unveiled the Mate 70 on November 26 and started deliveries in early "
                "December.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "mate 70");
}

TEST_CASE("a law or an order signed is no agreement", "[grammar][events]") {
  for (const char* text :
       {"A defense bill signed on Monday gives agencies a year to determine whether Corvid's "
        "drones pose a risk.",
        "His first order, signed on January 20, gave Qorvane until April 5 to reach a deal."})
    for (const auto& m : mentions(text)) CHECK(m.event_class != "agreement");
  auto ms = mentions("Qorvane and Halvard Bank signed an agreement on Monday.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "agreement");
}

TEST_CASE("'the company' is neither a party named by its relation nor a public body",
          "[grammar][events]") {
  auto ms = mentions("Qorvane was set up in 2016 by two brothers from the Chinese Academy of "
                     "Sciences. It lost its largest customer, Huawei, in 2019. Washington "
                     "blacklisted the company in late 2021.");
  for (const auto& m : ms)
    if (m.trigger == "blacklisted") CHECK(m.key == "qorvane");
}

TEST_CASE("'Its rival X' opening a sentence makes X the subject, not the company named last",
          "[grammar][events]") {
  auto ms = mentions("Qorvane was founded in 2016. Its rival Tesselate listed on the Nasdaq in "
                     "October.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key.find("qorvane") == std::string::npos);
  CHECK(ms[1].key.find("tesselate") != std::string::npos);
}

TEST_CASE("a determined trigger whose subject names another party is no anaphor",
          "[grammar][events]") {
  auto ms = mentions("Washington could ban Corvid drones. Yangtze Memory Technologies, the "
                     "country's top memory chipmaker, was added to the Entity List in December "
                     "2022.");
  REQUIRE(ms.size() == 2);
  CHECK_FALSE(ms[1].anaphor);
  CHECK(ms[1].key == "ymtc");
}

TEST_CASE("'the graphics chip start-up' is the organization named last", "[grammar][events]") {
  auto ms = mentions("Biren, which was set up six years ago, has filed to list its shares in Hong "
                     "Kong. The graphics chip start-up has struggled since Washington blacklisted "
                     "it in October 2022.");
  REQUIRE(ms.size() == 3);
  CHECK(ms[1].event_class == "ipo");
  CHECK(ms[1].hedged); // filed to list: not listed
  CHECK(ms[2].key == "biren");
  CHECK(ms[2].agent == "us");
  CHECK(ms[2].date == "in October 2022");
}

TEST_CASE("a headline line is read for nothing", "[grammar][events]") {
  auto ms = mentions("Robot Maker Unitree Heads to Market\n\nUnitree Robotics, the Hangzhou maker "
                     "of humanoid robots, listed its shares in Shanghai in July 2025.\n");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "shanghai+unitree"); // no "Robot Maker Unitree Heads"
  // A headline of short words is one too.
  ms = mentions("How BYD Got So Big\n\nFrom a maker of phone batteries to the world's largest "
                "seller of electric vehicles: BYD's rise has been steep. The company was founded "
                "in 1994 by chemist Wang Chuanfu in Shenzhen.\n");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "byd");
  // A last line of running text is no headline, capitalized as it may be.
  ms = mentions("Kestrel Robotics launched the K9 arm on February 2, 2024.\n");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "on February 2, 2024");
}

TEST_CASE("an opening trigger describes 'the company' of the next clause", "[grammar][events]") {
  auto ms = mentions("Unitree Robotics makes robots. Founded in 2016 by Wang Xingxing, the company "
                     "sells its G1 humanoid for about 99,000 yuan.");
  REQUIRE(ms.size() >= 1);
  CHECK(ms[0].event_class == "founding");
  CHECK(ms[0].key == "unitree");
  CHECK(ms[0].date == "in 2016");
}

TEST_CASE("a trigger noun with none of its kind before it speaks of its sentence's event",
          "[grammar][events]") {
  auto ms = mentions("Huawei put the Mate 60 Pro on sale in September 2023, timing the release "
                     "to coincide with a visit by the U.S. commerce secretary.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].event_class == "sale");
  CHECK(ms[0].key == "mate-60-pro");
  CHECK(ms[1].anaphor); // of the sale, no launch of its own
  CHECK(ms[1].key == "mate-60-pro");
  // Not a proper noun, nor a verb after "the company", nor after "after".
  ms = mentions("Huawei announced HarmonyOS in August 2019, three months after the United "
                "States put it on the Entity List.");
  REQUIRE(ms.size() == 2);
  CHECK_FALSE(ms[1].anaphor);
}

TEST_CASE("a subordinate clause after the trigger tells another event", "[grammar][events]") {
  auto ms = mentions("The US added Sophgo to the Entity List in January 2025 after TSMC found its "
                     "chips in a Huawei processor.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "sophgo"); // not TSMC's or Huawei's
  CHECK(ms[0].date == "in January 2025");
  // Nor is a date in it the trigger's; a noun phrase after "after" is no clause.
  ms = mentions("Sophgo was blacklisted after its chips turned up in a Huawei processor in "
                "October 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "sophgo");
  CHECK(ms[0].date.empty());
  ms = mentions("Huawei launched the Mate 60 after years of work in August 2023.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "in August 2023");
  // An appositive describing a thing lends its date to nothing.
  ms = mentions("Sophgo was blacklisted, a finding made public in October 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
}

TEST_CASE("a government something is made for acts in nothing", "[grammar][events]") {
  auto ms = mentions("The H800 was designed for China in 2023 and banned later that year.");
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.agent != "china");
}

TEST_CASE("names told only at a sentence's start, and appositives naming the subject",
          "[grammar][events]") {
  // One word before a past trigger is its subject; a web suffix is part of a name.
  auto ms = mentions("Zeekr listed in New York in May 2024. Pony.ai went public on the Nasdaq in "
                     "November 2024.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].key == "new york+zeekr");
  CHECK(ms[1].key == "new york+pony.ai");
  // A venue alone identifies no listing.
  ms = mentions("The company listed in New York in May 2024.");
  CHECK(ms.empty());
  // "Xiaomi's first car, the SU7, was launched": the appositive names the subject.
  ms = mentions("Xiaomi's first car, the SU7, was launched in March 2024.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "su7");
  // Past an opening participle the main clause's name is the sentence's subject.
  ms = mentions("Founded in Ningde in 2011, CATL now supplies Tesla. The company went public in "
                "Shenzhen in 2016.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].key == "catl+shenzhen");
}

TEST_CASE("'now' makes a saying a notice; a gathering that ran from a date opened then",
          "[grammar][events]") {
  auto ms = mentions("Nvidia disclosed on April 15, 2025 that the U.S. government would now "
                     "require a license for every H20 shipped to China.");
  REQUIRE(ms.size() >= 1);
  CHECK(ms[0].key == "h20");
  CHECK(ms[0].agent == "us");
  CHECK_FALSE(ms[0].hedged);
  CHECK(ms[0].date == "on April 15, 2025");
  // Without "now" the saying dates nothing of the requirement.
  ms = mentions("Nvidia disclosed on April 15, 2025 that the U.S. government would require a "
                "license for every H20 shipped to China.");
  REQUIRE(ms.size() >= 1);
  CHECK(ms[0].hedged);
  ms = mentions("This year's World Artificial Intelligence Conference, which ran for three days "
                "from July 28, drew crowds.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "opening");
  CHECK(ms[0].date == "from July 28");
}

TEST_CASE("a trigger in an appositive, or a noun standing for nothing, borrows nothing",
          "[grammar][events]") {
  // The founding told in the appositive is not dated by the main clause.
  auto ms = mentions("DeepSeek, the Hangzhou start-up spun out of the fund High-Flyer, made its R1 "
                     "model public on January 20, 2025.");
  for (const auto& m : ms)
    if (m.event_class == "founding") CHECK(m.date.empty());
  // A main clause after an opening phrase is no appositive.
  ms = mentions("Roughly five years ago, the United States imposed sweeping sanctions on Huawei.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date == "Roughly five years ago");
  // "The release" with none before it and no name in its clause is named by its own phrase
  // only: not by the next clause's Nvidia.
  ms = mentions("The release, a shock to investors, wiped $590 billion off Nvidia's value.");
  CHECK(ms.empty());
  ms = mentions("The ban on the H20 took effect in April 2025.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "h20");
}

TEST_CASE("an opening word the dictionary lacks is a name unless it is a common word",
          "[grammar][events]") {
  auto keys = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : mentions(text)) out.push_back(m.key);
    return out;
  };
  using v = std::vector<std::string>;
  // Not in the dictionary: a name.
  CHECK(keys("Lumora trading was banned in China in May 2021.") == v{"lumora"});
  // Listed in rules/events.toml common_words, or written in lowercase elsewhere: a word.
  CHECK(keys("Crypto trading was banned in China in May 2021.").empty());
  CHECK(keys("Lumora trading was banned in China in May 2021. Investors in lumora lost money.")
            .empty());
}

TEST_CASE("'a week later' counts from the dated event the sentence told before",
          "[grammar][events]") {
  auto ms = mentions("China banned exports of gallium to the United States on December 3, 2024, "
                     "and regulators opened an antitrust probe into Nvidia a week later.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].relative_to == 0);
  CHECK(ms[1].direction == +1);
  // Failing one in its sentence, the last dated event of the two sentences before.
  ms = mentions("Washington restricted HBM exports on December 9. The curbs hit CXMT hardest. "
                "China's ban on gallium exports to the US followed a day later.");
  REQUIRE(ms.size() >= 2);
  CHECK(ms.back().relative_to == 0);
  CHECK(ms.back().direction == +1);
  // Not where the sentence dates its event itself.
  ms = mentions("Washington added SMIC to the Entity List in December 2020. Huawei had been "
                "blacklisted a year earlier, in May 2019.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].relative_to == -1);
}

TEST_CASE("a possessive month yields to the clause telling when the event was announced",
          "[grammar][events]") {
  auto ms = mentions("Last month's restrictions on high-bandwidth memory, announced on December 9, "
                     "forced developers to look elsewhere.");
  REQUIRE(!ms.empty());
  CHECK(ms[0].key == "hbm");
  CHECK(ms[0].date == "on December 9");
}

TEST_CASE("a trigger that only modifies a noun leaves the clause's date to the verb",
          "[grammar][events]") {
  auto ms = mentions("Xiaomi unveiled its first electric car, the SU7 sedan, at a launch event in "
                     "Beijing on Thursday.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].trigger == "unveiled");
  CHECK(ms[0].date == "on Thursday");
}

TEST_CASE("'it' as the subject of a passive ban is the organization named last",
          "[grammar][events]") {
  auto ms = mentions("SMIC's sales have climbed. The company will add capacity despite the U.S. "
                     "restrictions it has faced since it was blacklisted in 2019.");
  REQUIRE(!ms.empty());
  CHECK(ms.back().trigger == "blacklisted");
  CHECK(ms.back().key == "smic");
  CHECK(ms.back().date == "in 2019");
  // Not when the sentence names a product before it: "it" is the chip.
  ms = mentions("SMIC's sales have climbed. The chip has sold well since it was banned in 2019.");
  for (const auto& m : ms) CHECK(m.key != "smic");
}

TEST_CASE("a licence revocation is an event of its own, acting on its products' maker",
          "[grammar][events]") {
  auto ms =
      mentions("ASML reported bookings on Wednesday. Sales held up after the Dutch government "
               "pulled licences for two of its scanners in late 2023.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].event_class == "licence_revocation");
  CHECK(ms[1].key == "asml");
  CHECK(ms[1].agent == "netherlands");
  CHECK(ms[1].object_named);
}

TEST_CASE("a date in a later trigger's relative clause is that trigger's", "[grammar][events]") {
  auto ms = mentions("China's regulator barred Micron's chips on May 21. The ban followed a "
                     "security review that Beijing opened in January 2023.");
  REQUIRE(!ms.empty());
  for (const auto& m : ms)
    if (m.event_class == "ban") CHECK(m.date != "in January 2023");
}

TEST_CASE("'review' stands for an investigation only after a determiner", "[grammar][events]") {
  auto ms = mentions("Beijing opened a security review of Micron on March 31. The review ended in "
                     "May.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].anaphor);
  CHECK(ms[1].event_class == "investigation");
  ms = mentions("Micron published a review of its supply chain in March.");
  CHECK(ms.empty());
}

TEST_CASE("names listed after a colon are what the trigger released", "[grammar][events]") {
  auto ms = mentions("Baidu released two new models on Sunday: Ernie 4.5, a multimodal model, and "
                     "Ernie X1, which it says matches R1.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key.find("ernie 4.5") != std::string::npos);
  CHECK(ms[0].key.find("x1") != std::string::npos);
  CHECK(ms[0].object_named);
  // Only when a product noun says a list of products follows.
  ms = mentions("Baidu released its results on Sunday: Ernie Bot gained users.");
  for (const auto& m : ms) CHECK(m.key.find("ernie") == std::string::npos);
}

TEST_CASE("a law's signing: the signer is no party, 'it' and 'the measure' refer back",
          "[grammar][events]") {
  auto ms = mentions("President Joe Biden on Wednesday signed into law a measure that gives "
                     "ByteDance nine months to sell TikTok.");
  REQUIRE(!ms.empty());
  CHECK(ms[0].event_class == "enactment");
  CHECK(ms[0].key == "bytedance+tiktok");
  ms = mentions("The court upheld the law requiring ByteDance to divest TikTok. Congress passed "
                "the law last spring, and President Biden signed it in March 2024.");
  REQUIRE(!ms.empty());
  CHECK(ms.back().trigger == "signed it");
  CHECK(ms.back().anaphor);
  CHECK(ms.back().key == "bytedance");
  CHECK(ms.back().date == "in March 2024");
  // Upholding and passing the law are no signing: no date of theirs is the law's.
  for (const auto& m : ms)
    if (m.trigger == "law") CHECK(m.hedged);
  // "signed it" with nothing of its class told before refers to nothing.
  ms = mentions("Nvidia drafted a contract. Foxconn signed it in May.");
  for (const auto& m : ms) CHECK(m.event_class != "enactment");
}

TEST_CASE("a list its clause ends with is the trigger's, and no later trigger's",
          "[grammar][events]") {
  auto ms = mentions("China on Tuesday banned exports of gallium, germanium and antimony to the "
                     "United States, a day after Washington added 140 Chinese companies to its "
                     "trade blacklist.");
  REQUIRE(!ms.empty());
  CHECK(ms[0].trigger == "banned");
  CHECK(ms[0].key == "antimony+gallium+germanium");
  for (std::size_t i = 1; i < ms.size(); ++i)
    CHECK(ms[i].key.find("germanium") == std::string::npos);
}

TEST_CASE("a plural's possessive ('the Netherlands' seizure') names who acted",
          "[grammar][events]") {
  auto ms = mentions("The blockade followed the Netherlands' seizure of Nexperia in mid-October.");
  REQUIRE(!ms.empty());
  CHECK(ms.back().event_class == "seizure");
  CHECK(ms.back().agent == "netherlands");
  CHECK(ms.back().key == "nexperia");
}

TEST_CASE("a list at the very start of a text reads no byte before it", "[grammar][events]") {
  // (Its last item opens right after the text's first comma.)
  auto ms = mentions("A, Bo and Cy were banned.");
  CHECK(ms.size() <= 1);
}

TEST_CASE("'the phones' is the product the text names most, not one named as another thing",
          "[grammar][events]") {
  auto ms = mentions("Huawei unveiled its Mate 70 series on Tuesday. The standard Mate 70 runs "
                     "on the Kirin 9020 processor. Pre-orders opened the same day, and the phones "
                     "go on sale on December 4.");
  auto sale = std::find_if(ms.begin(), ms.end(),
                           [](const mention_view& m) { return m.event_class == "sale"; });
  REQUIRE(sale != ms.end());
  CHECK(sale->key == "mate 70");
  CHECK(sale->date == "on December 4");
  // Not the object of another verb before the trigger: nobody founded "the chips".
  ms = mentions("Baidu deploys its Kunlun P800 chips. Kunlunxin, the Baidu unit that designs the "
                "chips, was spun off in 2021.");
  for (const auto& m : ms) CHECK(m.key != "p800");
}

TEST_CASE("a participle after a product told by a noun names it", "[grammar][events]") {
  auto ms = mentions("Xiaomi launched its first electric car on Thursday, pricing the SU7 sedan "
                     "at 215,900 yuan.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "su7");
  CHECK(ms[0].date == "on Thursday");
}

TEST_CASE("a date after a relative clause's own past verb is not a past trigger's",
          "[grammar][events]") {
  auto ms = mentions("The UAE and Saudi Arabia have signed deals with Nvidia that would have been "
                     "hard to square with the rule that Washington scrapped three months earlier.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].date.empty());
  // After a noun the clause tells of it.
  ms = mentions("The ban remains in force, and so does the antitrust investigation into Nvidia "
                "that regulators announced in November.");
  auto probe = std::find_if(ms.begin(), ms.end(),
                            [](const mention_view& m) { return m.event_class == "investigation"; });
  REQUIRE(probe != ms.end());
  CHECK(probe->date == "in November");
}

TEST_CASE("a variant after a version is part of the product's name", "[grammar][events]") {
  auto ms = mentions("Alibaba released Qwen 2.5-Max on Wednesday.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "qwen 2.5-max");
  // A model word alone still identifies its product: "Kunlun P800" is the P800.
  ms = mentions("Baidu released the Kunlun P800 on Wednesday.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key == "p800");
}

TEST_CASE("a second predicate after 'and' lends no names to a trigger that has none",
          "[grammar][events]") {
  // Which 200 firms is unknown; the memory is what the second verb limited.
  auto ms = mentions("In early December, the US blacklisted about 200 Chinese firms, most of them "
                     "toolmakers, and put limits on exports of high-bandwidth memory.");
  for (const auto& m : ms) CHECK(m.trigger != "blacklisted");
}

TEST_CASE("'began delivering its first model, the L60 sport utility vehicle,' is the L60's sale",
          "[grammar][events]") {
  auto ms = mentions("Nio's brand Onvo began delivering its first model, the L60 sport utility "
                     "vehicle, on Thursday.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].event_class == "sale");
  CHECK(ms[0].key == "l60");
}

TEST_CASE("a clause 'called X' after a product noun names the product", "[grammar][events]") {
  auto ms = mentions("Qorvane unveiled the system, called Hawk's Nest, on February 10.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].key.find("nest") != std::string::npos);
  CHECK(ms[0].key.find("hawk") != std::string::npos);
}

TEST_CASE("'Shares of X' opening a sentence makes X the company named last", "[grammar][events]") {
  auto ms =
      mentions("Shares of Horizon Robotics rose in their Hong Kong trading debut on Thursday. "
               "The company raised HK$5.4 billion in its IPO.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].trigger == "IPO");
  CHECK(ms[1].key == "hong kong+horizon robotics");
}
