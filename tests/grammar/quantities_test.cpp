// Amounts: the quantity grammar (table-driven) and how a sentence's amounts get their measure,
// approximator, modality and owner.
#include "grammar/mentions.hpp"
#include "rules/load.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

using namespace factline;

namespace {

struct amount_row {
  const char* text;
  const char* found; // the expression found, "" when none
  grammar::quantity_kind kind;
  double value;
  const char* currency;
};

const rules::configuration& shipped() {
  static const rules::configuration config = rules::load(std::nullopt);
  grammar::use_vocabulary(config.words);
  return config;
}

} // namespace

TEST_CASE("amounts of money, percentages and counts are read with their scale", "[quantities]") {
  using k = grammar::quantity_kind;
  const amount_row rows[] = {
      {"paid $2.1 billion for it", "$2.1 billion", k::money, 2.1e9, "USD"},
      {"paid US$2.1bn for it", "US$2.1bn", k::money, 2.1e9, "USD"},
      {"a $12 Billion market", "$12 Billion", k::money, 12e9, "USD"},
      {"worth 15 billion yuan", "15 billion yuan", k::money, 15e9, "CNY"},
      {"invest RMB 380 billion", "RMB 380 billion", k::money, 380e9, "CNY"},
      {"about 380 billion RMB in", "380 billion RMB", k::money, 380e9, "CNY"},
      {"a \xE2\x82\xAC"
       "30m fine",
       "\xE2\x82\xAC"
       "30m",
       k::money, 30e6, "EUR"},
      {"\xC2\xA3"
       "5.5 million",
       "\xC2\xA3"
       "5.5 million",
       k::money, 5.5e6, "GBP"},
      {"costs $52 today", "$52", k::money, 52, "USD"},
      {"rose 8% in", "8%", k::percent, 8, ""},
      {"rose 8 percent in", "8 percent", k::percent, 8, ""},
      {"rose 8 per cent in", "8 per cent", k::percent, 8, ""},
      {"a 10.4% increase", "10.4%", k::percent, 10.4, ""},
      {"over 300 firms", "300 firms", k::count, 300, ""},
      {"hired 10,000 engineers", "10,000 engineers", k::count, 10000, ""},
      {"2 million users", "2 million users", k::count, 2e6, ""},
  };
  shipped();
  for (const auto& row : rows) {
    INFO(row.text);
    std::string_view text = row.text;
    auto scan = grammar::scan(text, true);
    REQUIRE(scan.quantities.size() == 1);
    const auto& q = scan.quantities.front();
    std::string_view found = text.substr(q.begin, q.end - q.begin);
    // A count's noun is read by the mention finder, not the grammar.
    CHECK(std::string(row.found).find(found) == 0);
    CHECK(q.ast.kind == row.kind);
    CHECK(q.ast.value == Approx(row.value));
    CHECK(std::string(q.ast.currency) == row.currency);
  }
}

TEST_CASE("numbers that are no amounts are left alone", "[quantities]") {
  const char* texts[] = {"the H20 chip",         "a 7nm process",        "5-nanometer chips",
                         "the Mate 60 Pro",      "a 10,000-GPU cluster", "10.4 percentage points",
                         "at 12:00 AM today",    "SenseNova 5.5 models", "in 2024 alone",
                         "at 9:30 Beijing time", "on April 15, 2025,",   "Apr 24, 2025, 12:00 AM"};
  shipped();
  for (const char* text : texts) {
    INFO(text);
    CHECK(grammar::scan(text, true).quantities.empty());
  }
}

TEST_CASE("an amount's rounding is half its last stated digit", "[quantities]") {
  shipped();
  auto one = [](std::string_view text) { return grammar::scan(text, true).quantities.at(0).ast; };
  CHECK(one("$52.7 billion").rounding == Approx(0.05e9));
  CHECK(one("$53 billion").rounding == Approx(0.5e9));
  CHECK(one("8%").rounding == Approx(0.5));
}

namespace {
struct amount_view {
  std::string text;
  std::string measure;
  std::string approximator;
  bool forecast;
  bool has_event;
  std::string period;
  bool publication_year;
  bool plan;
  std::string owner;   // the keys of whose it is, joined with "+"
  bool edition;        // a gathering's: keyed by its edition's year
  bool quarter_ending; // for the three months ending with its period's month
  bool whole_year;     // for the year holding its period
};

std::vector<amount_view> amounts(std::string_view text) {
  const auto& config = shipped();
  auto scan = grammar::scan(text, true);
  auto found = grammar::mention_finder(config.words).find_all(text, scan);
  std::vector<amount_view> out;
  for (const auto& qm : found.quantities) {
    const auto& q = scan.quantities[qm.quantity];
    std::string period;
    if (qm.period) {
      const auto& d = scan.dates[*qm.period];
      period = std::string(text.substr(d.begin, d.end - d.begin));
    }
    std::string owner;
    for (const auto& p : qm.subjects) owner += (owner.empty() ? "" : "+") + p.key;
    out.push_back({std::string(text.substr(qm.begin, q.end - qm.begin)), qm.measure,
                   qm.approximator >= 0
                       ? config.words.quantities.approximators[std::size_t(qm.approximator)].phrase
                       : "",
                   qm.forecast, qm.event.has_value(), period, qm.publication_year, qm.plan, owner,
                   qm.edition, qm.quarter_ending, qm.whole_year});
  }
  return out;
}
} // namespace

TEST_CASE("an amount is kept with what it measures, whose it is and its modality", "[quantities]") {
  SECTION("the price of an event, from its clause or after 'paid'") {
    auto a = amounts("Halvard Bank acquired Quillo for $2.1 billion on May 28.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "amount");
    CHECK(a[0].has_event);
    CHECK_FALSE(a[0].forecast); // "May 28" holds no "may"
    a = amounts("When Halvard Bank bought Quillo last week, it paid $2.6bn.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].has_event);
  }
  SECTION("a single word before 'reported' or 'said' is whose the amount is") {
    auto a = amounts("Tencent reported net profit of 194.1 billion yuan for 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "profit");
    CHECK(a[0].owner == "tencent");
    CHECK(a[0].period == "for 2024");
    a = amounts("Analysts said net profit was 9 billion yuan in 2024."); // a plural: nobody's
    CHECK((a.empty() || a[0].owner != "analysts"));
  }
  SECTION("'now' in the amount's clause is the publication's year; examples are no owners") {
    auto a = amounts("Apollo Go, which began charging fares in 2022, now runs about 400 cars.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].period.empty());
    CHECK(a[0].publication_year);
    a = amounts("Horizon now supplies chips to more than 20 carmakers, including Li Auto and BYD.");
    CHECK((a.empty() || a[0].owner != "li auto"));
  }
  SECTION("a measure of participants over a period") {
    auto a = amounts("In 2024, China imported about $385 billion worth of chips.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "about $385 billion");
    CHECK(a[0].approximator == "about");
    CHECK(a[0].measure == "imports");
    CHECK(a[0].period == "In 2024");
  }
  SECTION("a growth rate is not dated by the year it is compared with") {
    auto a = amounts("In 2024, China imported chips worth less, a 10.4% increase from 2023.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "imports_growth"); // the change of what the clause before names
    CHECK(a[0].period == "In 2024");
  }
  SECTION("forecasts are marked, comparisons and negations dropped") {
    auto a = amounts("Tessary Motors projects a loss of about $2 billion for 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].forecast);
    a = amounts("Halvard Bank's revenue rose to $5.2 billion in 2024, up from $4.1 billion.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "$5.2 billion");
    a = amounts("Tessary Motors reported a loss of $1.6 billion for 2024, below its earlier "
                "projection of $2 billion.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "$1.6 billion");
    CHECK_FALSE(a[0].forecast);
  }
  SECTION("a change is named by what changed; money after 'to' is the level") {
    auto a = amounts("Huawei's revenue grew 22.4% in 2024 to 862 billion yuan.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].measure == "revenue_growth");
    CHECK(a[1].measure == "revenue");
    a = amounts("South Korea's chip exports to China rose 9.1% in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "exports_growth");
  }
  SECTION("a change on a day is that day's; a relative clause's verb measures its own amount") {
    auto a = amounts("Nvidia recovered on Tuesday after a 12% drop on Monday that erased $593 "
                     "billion of market value.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].measure == "decline");
    CHECK(a[0].period == "on Monday");
    CHECK(a[1].measure == "valuation_loss");
  }
  SECTION("an amount after a colon is the clause before's; a participle shares its date") {
    // The whole the sentence draws from is no fact of its own.
    auto a = amounts("Of the $39 billion in grants in the 2022 CHIPS Act, the largest award went "
                     "to Halvard Bank: $8.5 billion, finalized in November 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "$8.5 billion");
    CHECK(a[0].owner == "halvard bank");
    CHECK(a[0].period == "in November 2024");
    a = amounts("The department finalized the grant on November 26, 2024, awarding Halvard Bank "
                "$7.86 billion.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].period == "on November 26, 2024");
  }
  SECTION("a second predicate after 'and' keeps its own amount, date and subject") {
    auto a = amounts("Unitree Robotics was founded in 2016 by Wang Xingxing and sold more than "
                     "23,700 quadruped robots in 2024.");
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].has_event); // not the founding's figure
    CHECK(a[0].owner == "unitree");
    CHECK(a[0].period == "in 2024"); // a comma inside a number ends no clause
    a = amounts("Apollo Go began offering rides in Wuhan in August 2022 and now runs about 400 "
                "cars.");
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].has_event);
  }
  SECTION("a trigger modifying a noun is no event to own the amount") {
    auto a = amounts("Nvidia took a $4.5 billion charge in the first quarter tied to excess H20 "
                     "inventory and purchase obligations.");
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].has_event); // "purchase obligations" bought nothing
    CHECK(a[0].owner == "nvidia");
  }
  SECTION("'the chipmaker' past an opening adverbial phrase is the company named last") {
    auto a = amounts("Nvidia reported results on Wednesday. In the first quarter of 2025, the "
                     "chipmaker booked a charge of about $3.2 billion.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == "nvidia");
  }
  SECTION("a part sold abroad or at home is measured apart from the whole") {
    auto a = amounts("BYD shipped 417,000 vehicles abroad in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "cars_abroad");
    a = amounts("BYD sold 4.27 million vehicles in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "cars");
  }
  SECTION("a segment is measured apart from the whole; a fiscal year from the calendar's") {
    auto a =
        amounts("Huawei's revenue rose to 862 billion yuan in 2024. Its smartphone revenue was "
                "about 190 billion yuan in 2024. Nvidia's data center revenue reached $115.2 "
                "billion in fiscal 2025. SMIC's revenue from Chinese customers was $6.7 billion "
                "in 2024. Tencent's capital expenditure was 76.8 billion yuan in 2024.");
    REQUIRE(a.size() == 5);
    CHECK(a[0].measure == "revenue");
    CHECK(a[1].measure == "revenue_smartphone");
    CHECK(a[2].measure == "revenue_data_center");
    CHECK(a[2].period == "in fiscal 2025");
    CHECK(a[3].measure == "revenue_from_chinese");
    CHECK(a[4].measure == "cost"); // "capital expenditure" is the company's spending
    // An acronym is a segment's word; so is a business of the owner's that is the subject.
    a = amounts("Baidu's AI cloud revenue grew 26% in 2024. Huawei's consumer business "
                "reported revenue of 251 billion yuan in 2023.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].measure == "revenue_ai_cloud_growth");
    CHECK(a[1].measure == "revenue_consumer");
    // After a period's adjective too, and the change told in the next clause is the segment's:
    // neither is Nvidia's whole revenue.
    a = amounts("Nvidia reported fourth-quarter data centre revenue of $35.6 billion, up 93% "
                "from a year earlier.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].measure == "revenue_data_centre");
    CHECK(a[1].measure == "revenue_data_centre_growth");
    // A measure word before "on" and the nearest one heads the phrase: a tariff, not imports.
    a = amounts("Tariffs on Chinese imports now total 145% in 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "tariff");
    // The amount's own scale word is no segment: "the $3.5 billion charge" is a charge.
    a = amounts("The $3.5 billion charge Nvidia took in the first quarter hurt.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "charge");
  }
  SECTION("money raised 'in its listing', past a conversion, is the listing's") {
    auto a = amounts("CATL raised HK$35.7 billion, or about $4.6 billion, in its Hong Kong "
                     "listing on Tuesday.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].has_event);
    CHECK(a[1].has_event);
    // A conversion in brackets likewise; "the initial public offering" is the listing told.
    a = amounts("Horizon Robotics listed in Hong Kong on Thursday. It raised HK$5.4 billion ($695 "
                "million) in the initial public offering.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].has_event);
    CHECK(a[1].has_event);
  }
  SECTION("an event the amount is tied to does not own it") {
    auto a = amounts("Nvidia recorded a $4.5 billion charge in the first quarter tied to the H20 "
                     "restrictions.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "charge");
    CHECK_FALSE(a[0].has_event);
    CHECK(a[0].period == "in the first quarter");
  }
  SECTION("a count at a yearly gathering spoken of now is for this year's edition") {
    auto a = amounts("More than 800 companies are showing products at the World AI Conference.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].publication_year);
    CHECK(amounts("More than 800 companies showed products at the World AI Conference.").empty());
  }
  SECTION("a version number or a model number is no count") {
    CHECK(amounts("Moonshot released its Kimi k1.5 model in January.").empty());
    CHECK(amounts("Apple's iPhone 16 went on sale in China on Sept. 20.").empty());
  }
  SECTION("a sentence naming neither whose nor when goes on with the one before") {
    auto a = amounts("SMIC said net profit for 2024 fell 23.3% to $492.8 million.\n\n"
                     "Revenue rose 27% to a record $8.03 billion.");
    REQUIRE(a.size() == 4);
    CHECK(a[2].measure == "revenue_growth");
    CHECK(a[2].period == "for 2024");
    CHECK(a[3].measure == "revenue"); // "to a record $8.03 billion": the level
    // Not with a time of its own, nor after a sentence in between.
    CHECK(amounts("SMIC's profit for 2024 fell 23.3%. Revenue should rise in the current "
                  "quarter by 10%.")
              .size() == 1);
    CHECK(amounts("SMIC's profit for 2024 fell 23.3%. It is based in Shanghai. Revenue rose 27%.")
              .size() == 1);
  }
  SECTION("the counted noun comes after its modifiers, or before the change that reaches it") {
    auto a = amounts("Baidu's Apollo Go completed 1.4 million driverless rides in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "rides");
    a = amounts("In the fourth quarter, Apollo Go rides rose to about 1.1 million.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "rides");
    a = amounts("In 2024, DeepSeek trained V3 on 2,048 Nvidia H800 chips.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "chips");
    // Counted nouns of one group are one measure.
    a = amounts("In March, Washington added 54 entities to the Entity List.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "companies");
  }
  SECTION("a forecast word far after the amount is a noun of something else") {
    auto a = amounts("Tencent Holdings spent 68.4 billion yuan on capital projects in 2024.");
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].forecast);
    a = amounts("Tencent's spending will reach 90 billion yuan in 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].forecast);
  }
  SECTION(
      "an amount with no date takes its sentence's earlier one; a later clause names no owner") {
    auto a = amounts("Huawei posted 2024 revenue of about 860 billion yuan, but its net profit "
                     "dropped by nearly half because of heavy research spending.");
    REQUIRE(a.size() == 2);
    CHECK(a[1].text == "nearly half");
    CHECK(a[1].period == "2024");
    CHECK(a[1].owner == "huawei");
    a = amounts("Net profit fell 28% to 62.6 billion yuan, as the company poured money into its "
                "HarmonyOS software.");
    for (const auto& x : a) CHECK(x.owner.find("harmonyos") == std::string::npos);
  }
  SECTION("orders and shipments are measures; what could not be shipped is no amount") {
    auto a = amounts("Chinese companies ordered at least $16 billion worth of H20 chips in the "
                     "first quarter of 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "orders");
    CHECK(a[0].owner == "china");
    CHECK(amounts("Nvidia said it was unable to ship another $2.5 billion of H20 orders in the "
                  "first quarter of 2025.")
              .empty());
  }
  SECTION("who led or backed a round owns none of its figures") {
    auto a = amounts("Moonshot AI raised money in February 2024 in a round led by Alibaba that "
                     "valued it at $2.5 billion.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == "moonshot");
  }
  SECTION("a share in words after 'by' is a percentage") {
    auto a = amounts("SMIC's net profit dropped by roughly a third in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "roughly a third");
    CHECK(a[0].approximator == "roughly");
    CHECK(amounts("The bank cut rates by half a percentage point in 2024.").empty());
  }
  SECTION("a name after the amount owns it only after 'in', as a possessive, or 'by'") {
    auto a = amounts("BYD delivered about 3 million vehicles in 2024 and overtook Tesla.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == "byd");
    a = amounts("Nvidia took a 4% stake in Intel in 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == "intel+nvidia");
  }
  SECTION("a lone year before the measure dates it before another clause's date") {
    auto a = amounts("Cambricon reported 2024 revenue of about 2 billion yuan, and its market "
                     "value passed 500 billion yuan in August.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].period == "2024");
    CHECK(a[0].owner == "cambricon");
  }
  SECTION("a plan is not dated by what it is compared with; a conversion is the same plan") {
    auto a = amounts("Alibaba said on February 24, 2025 that it will spend 380 billion yuan, about "
                     "$53 billion, on AI over the next three years, more than it spent in the "
                     "previous decade.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].plan);
    CHECK(a[0].text == "380 billion yuan");
    CHECK(a[0].period == "on February 24, 2025");
    // The dollar figure is the same plan in dollars.
    CHECK(a[1].plan);
    CHECK(a[1].text == "about $53 billion");
    CHECK(a[1].period == "on February 24, 2025");
  }
  SECTION("a pledged or planned spending is a plan, dated by its announcement") {
    auto a = amounts("In February, Alibaba planned to invest approximately 380 billion RMB in AI.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].plan);
    CHECK(a[0].period == "In February");
    a = amounts("Alibaba's pledge to spend 480 billion RMB over three years, announced in "
                "February, surprised rivals.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].plan);
    CHECK(a[0].period == "in February");
    // Guidance is a forecast, not a plan.
    a = amounts("Nvidia expects revenue of about $45 billion in the second quarter of 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].forecast);
    CHECK_FALSE(a[0].plan);
  }
  SECTION("an approximator or a determiner opening a sentence leaves the number alone") {
    auto a = amounts("Over 800 companies set up stands at the World AI Conference in 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].text == "Over 800");
    CHECK(a[0].measure == "companies");
    a = amounts("Halvard Bank's revenue for 2024 was $5.1 billion.\nIts 2023 revenue was $4.1 "
                "billion.");
    REQUIRE(a.size() == 2);
    CHECK(a[1].period == "2023");
  }
  SECTION("an amount in a clause after 'after' is no forecast of the clause before") {
    auto a = amounts("Tencent Holdings expects spending to rise again this year after it spent "
                     "76.8 billion yuan in 2024.");
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].forecast);
    a = amounts("ByteDance Ltd has earmarked $20 billion for AI infrastructure in 2025.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].plan);
  }
  SECTION("a comparison date does not stop a sentence going on with the one before") {
    auto a = amounts("Li Auto sold 500,508 vehicles in 2024.\nLi Auto's total was 24% higher "
                     "than in 2023.");
    REQUIRE(a.size() == 2);
    CHECK(a[1].measure == "cars_growth"); // the total the sentence before counted
    CHECK(a[1].period == "in 2024");
  }
  SECTION("a demonym owns what names nobody; a change clause goes on with the clause before") {
    auto a = amounts("Chinese companies imported chips worth $385 billion in 2024, an increase "
                     "of 10.4% from the previous year.");
    REQUIRE(a.size() == 2);
    CHECK(a[0].measure == "imports");
    CHECK(a[1].measure == "imports_growth");
    CHECK(a[1].period == "in 2024");
  }
  SECTION("'Its' goes on about the organization; a measure may stand clauses before") {
    auto a = amounts("Mistral AI was set up in 2022.\nIts latest funding round, in June 2024, "
                     "brought in 640 million euros.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "funding");
    CHECK(a[0].period == "in June 2024");
  }
  SECTION("a country buying is importing") {
    auto a = amounts("China bought roughly $385 billion of foreign chips in 2024.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "imports");
  }
  SECTION("a company's figure is its own, not the places' it names") {
    auto a = amounts("BYD delivered 4.3 million cars in 2024, many of them outside China.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "cars");
  }
  SECTION("an amount nobody owns, or with no period, is no claim") {
    CHECK(amounts("That bill came to more than 3 trillion yuan.").empty());
    CHECK(amounts("Nvidia's revenue was $44 billion.").empty());
    CHECK(amounts("The conference gathers 500 senior leaders every year.").empty());
  }
}

TEST_CASE("an approximator, a trading venue and an effect are no part of the measure",
          "[quantities]") {
  // "up to" is no rise.
  auto a = amounts("In April 2025, AMD warned of charges of up to $800 million.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "charge");
  // A funding word measures no percentage.
  a = amounts("US tariffs on Chinese goods stood at 145% after the White House raised them on "
              "April 10, 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "tariff");
  // Where shares trade tells listings apart, by the place's whole name.
  a = amounts("Xiaomi shares fell 4% in Hong Kong on April 1, 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "decline_in_hong_kong");
  a = amounts("Xiaomi's revenue from China rose 4% in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "revenue_from_china_growth");
  // Charges a rule leads to are the company's, not the rule's.
  a = amounts("In April 2025, AMD said license requirements for the MI308 could lead to charges "
              "of $800 million.");
  for (const auto& x : a) CHECK_FALSE(x.has_event);
}

TEST_CASE("'The country' opening a sentence is the government named last", "[quantities]") {
  auto a = amounts("China's appetite for chips grows. The country imported roughly $420 billion "
                   "worth of chips in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "china");
  CHECK(a[0].measure == "imports");
}

TEST_CASE("a parent told by what it owns is the organization a headline or sentence named",
          "[quantities]") {
  auto a = amounts("ByteDance Plots Its AI Future\n\nThe parent company of TikTok plans to spend "
                   "$12 billion on AI infrastructure in 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "bytedance");
  CHECK(a[0].plan);
  // A budget is a plan too.
  a = amounts("ByteDance has budgeted about $20 billion for AI infrastructure in 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].plan);
}

TEST_CASE("a gathering's figures are its edition's, and count for it a sentence later",
          "[quantities]") {
  auto a = amounts("The World Artificial Intelligence Conference opened in Shanghai on July 26, "
                   "2025. More than 800 companies took part this year.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "world-ai-conference");
  CHECK(a[0].edition);
  a = amounts("This year's WAIC, held in Shanghai in late July 2025, drew about 500 companies.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "world-ai-conference");
  CHECK(a[0].edition);
  // Told with its opening, a figure is still the edition's, not the opening's own.
  a = amounts("The World Artificial Intelligence Conference opened in Shanghai on July 26, "
              "drawing more than 800 exhibitors.");
  REQUIRE(a.size() == 1);
  CHECK_FALSE(a[0].has_event);
  CHECK(a[0].owner == "world-ai-conference");
  CHECK(a[0].edition);
}

TEST_CASE("a subordinate clause after an amount measures and owns nothing of it", "[quantities]") {
  auto a = amounts("Cambricon said its revenue in the first half of 2025 rose to 1.88 billion yuan "
                   "as Chinese cloud companies bought domestic chips in place of Nvidia's.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "revenue");
  CHECK(a[0].owner == "cambricon");
}

TEST_CASE("market value lost is one measure; a day opening a sentence dates its amount",
          "[quantities]") {
  auto a = amounts("On January 27, 2025, Nvidia lost $593 billion of market value in a session.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "valuation_loss");
  CHECK(a[0].period == "On January 27, 2025");
  a = amounts("Nvidia lost some $400 billion in market value on January 27, 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "valuation_loss");
  // A saying's day is still no period.
  CHECK(amounts("On Tuesday, Nvidia said its market value was $3 trillion.").empty());
  // "erasing ... in value", after an opening phrase of place or a colon: still Nvidia's.
  for (const char* text :
       {"On Wall Street, Nvidia's shares fell 17% on January 27, erasing some $465 billion in "
        "value.",
        "The reaction on Wall Street was brutal: Nvidia's shares fell 17% on January 27, erasing "
        "some $465 billion in value."}) {
    a = amounts(text);
    REQUIRE(a.size() == 2);
    CHECK(a[1].measure == "valuation_loss");
    CHECK(a[1].owner == "nvidia");
  }
}

TEST_CASE("the change of an output is the change of what was produced", "[quantities]") {
  auto a = amounts("China's output of integrated circuits rose 8 percent in the first half of "
                   "2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "circuits_growth");
  a = amounts("China produced 207 billion integrated circuits in the first half of 2024, up "
              "28.9% from a year earlier.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].measure == "circuits_growth");
}

TEST_CASE("'made up' a share is no rise", "[quantities]") {
  auto a = amounts("BYD's overseas sales made up about 10% of the total in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure.find("growth") == std::string::npos);
  a = amounts("BYD's overseas sales were up 10% in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure.find("growth") != std::string::npos);
}

TEST_CASE("a gerund of its own pays the amount in its clause", "[quantities]") {
  auto a = amounts("Nvidia closed its $1bn purchase of Run:ai in January, its largest deal since "
                   "buying Mellanox for $6.9 billion in 2020.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "$1bn");
  // ("paying" pays for the event itself.)
  a = amounts("Nvidia completed its acquisition of Run:ai on December 30, paying about $700 "
              "million.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "amount");
}

TEST_CASE("money spent on research and development is R&D spending", "[quantities]") {
  for (const char* text : {"Huawei spent 179.7 billion yuan on research and development in 2024.",
                           "Huawei's R&D spending reached 164.7 billion yuan in 2024."}) {
    INFO(text);
    auto a = amounts(text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == "research");
    CHECK(a[0].owner == "huawei");
  }
  // Spending at large stays spending.
  auto a = amounts("Tencent spent 76.8 billion yuan in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "cost");
}

TEST_CASE("what follows a colon keeps the subject before it unless it names its own",
          "[quantities]") {
  auto a = amounts("Alibaba is backing the effort with money: its 280 billion yuan investment "
                   "pledge, announced in February, is the largest.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "alibaba");
}

TEST_CASE("a date that closes a quarter gives the three months ending with it", "[quantities]") {
  const char* texts[] = {
      "Nvidia reported revenue of $46.7 billion for the quarter that ended in July 2025.",
      "Nvidia's revenue for the three months through July 2025 was $46.7 billion.",
      "Nvidia expects the rule to cost it $5.5 billion in the quarter that ends in April 2025."};
  for (const char* text : texts) {
    INFO(text);
    auto a = amounts(text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].quarter_ending);
  }
  auto a = amounts("Nvidia reported revenue of $46.7 billion in July 2025.");
  REQUIRE(a.size() == 1);
  CHECK_FALSE(a[0].quarter_ending);
}

TEST_CASE("a participle clause after an event goes on with it", "[quantities]") {
  auto a = amounts("Pony AI listed on the Nasdaq on November 27, 2024, raising $260 million.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].has_event);
  CHECK(a[0].measure == "funding");
  // Without a measure word it may be one version's price.
  CHECK(amounts("Xiaomi launched the SU7 on March 28, 2024, pricing the base version at 215,900 "
                "yuan.")
            .empty());
  // "pricing the SU7 sedan at": the launch's headline price; the top version's is its own.
  a = amounts("Xiaomi launched the SU7 on March 28, 2024, pricing the SU7 sedan at 215,900 yuan.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].has_event);
  CHECK(amounts("Xiaomi launched the SU7 on March 28, 2024, pricing the top SU7 Max at 299,900 "
                "yuan.")
            .empty());
}

TEST_CASE("rates and a sentence's paired amounts are no claims", "[quantities]") {
  // A rate per share, per barrel: not an amount of the deal.
  CHECK(amounts("Halvard Bank acquired Quillo for $50 a share.").empty());
  CHECK(amounts("Halvard Bank acquired Quillo for $50 per share in cash.").empty());
  CHECK(amounts("Quillo, founded in 2016, priced its shares at $13 each.").empty());
  // "a premium" after a comma is no rate.
  CHECK(amounts("Halvard Bank bought Quillo, paying $2.6bn, a premium.").size() == 1);
  // A change and a level in one sentence are two measures.
  auto a = amounts("Acme's revenue fell $1.5 billion to $4.2 billion in 2024.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].measure == "revenue_decline");
  CHECK(a[1].measure == "revenue");
  // Two amounts of one sentence for the same measure are two periods or two sources: neither.
  CHECK(amounts("Acme's revenue was $4.2 billion in 2024 and $3.9 billion.").empty());
}

TEST_CASE("an amount is not the amount of an event it is told before or after", "[quantities]") {
  auto a = amounts("In 2018, ZTE paid a $1.4 billion penalty to settle with Washington after a "
                   "seven-week ban on exports to the company.");
  REQUIRE(a.size() == 1);
  CHECK_FALSE(a[0].has_event);
  CHECK(a[0].owner == "zte");
}

TEST_CASE("a percentage of a whole named after it is a share of it, in the present this year's",
          "[quantities]") {
  struct row {
    const char* text;
    const char* measure;
    const char* owner;
    bool publication_year;
  };
  const row rows[] = {
      {"China dominates the industry. It refines about 90% of the world's rare earths, "
       "according to the International Energy Agency.",
       "world_share_rare_earths", "china", true},
      {"Nvidia has about 80% of the AI chip market.", "market_share_ai_chip", "nvidia", true},
      {"CATL holds roughly 38% of the global market.", "market_share", "catl", true},
      {"Nvidia held 95% of China's AI chip market in 2022.", "market_share_china_ai_chip", "nvidia",
       false},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto a = amounts(r.text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == r.measure);
    CHECK(a[0].owner == r.owner);
    CHECK(a[0].publication_year == r.publication_year);
  }
  // A share told in the past with no date of its own is no claim: which year's?
  CHECK(amounts("Micron once had 25% of the memory market.").empty());
}

TEST_CASE("'the company' after a participle's doer owns the amount; 'valued at' values",
          "[quantities]") {
  auto a = amounts("Unitree makes robots. Founded in 2016 by Wang Xingxing, the company sold "
                   "more than 23,700 robots in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "unitree");
  a = amounts("Investors valued Unitree at about 12 billion yuan in its latest funding round in "
              "June 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "valuation");
  // "valued it": the company the round was for, never the round's leader.
  a = amounts("The Beijing start-up Moonshot AI was founded in 2023 by Yang Zhilin. Alibaba led "
              "a funding round last year that valued it at about $3 billion.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "moonshot");
  a = amounts("Moonshot AI raised $1 billion in February 2024 in a round led by Alibaba that "
              "valued it at $2.5 billion.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].owner == "moonshot");
  // A month the tagger leaves alone still keeps the sentence from borrowing the last one's
  // year.
  a = amounts("Unitree shipped about 15,000 robots last year. Its June funding round gave "
              "Unitree a valuation of 18 billion yuan.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "robots");
}

TEST_CASE("an event the amount is told despite, during or ahead of is only its setting",
          "[quantities]") {
  for (const char* text :
       {"The US banned exports of the H20 to China on April 15. Tencent's capital spending "
        "rose to 76.8 billion yuan in 2024 despite the curbs.",
        "The US banned exports of the H20 to China on April 15. Tencent's capital spending "
        "rose to 76.8 billion yuan in 2024, as it bought GPUs ahead of the curbs."}) {
    INFO(text);
    auto a = amounts(text);
    REQUIRE(a.size() == 1);
    CHECK_FALSE(a[0].has_event);
    CHECK(a[0].owner == "tencent");
    CHECK(a[0].measure == "cost");
  }
  // "The company's" is the organization named last, as "The company" is.
  auto a = amounts("Tencent had chips in stock. The company's capital spending rose to 76.8 "
                   "billion yuan in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "tencent");
}

TEST_CASE("past an opening adverbial clause the main clause's name is the subject",
          "[quantities]") {
  auto a = amounts("Five years after Washington cut it off from Google's apps, Huawei is growing "
                   "again. The company took in about 704 billion yuan in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "huawei"); // not Google
  // A place after "in" is where the amount went, not whose it is.
  a = amounts("SMIC's revenue reached $6.3 billion in 2024, and the company kept its capital "
              "expenditure near $7.5 billion to add capacity in Beijing.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].owner == "smic");
}

TEST_CASE("a bare count reached by a verb counts the noun before the verb", "[quantities]") {
  struct row {
    const char* text;
    const char* measure;
  };
  const row rows[] = {
      {"BYD's shipments abroad more than doubled to roughly 1.05 million in 2025.",
       "shipments_abroad"},
      {"BYD's overseas deliveries in 2025 came to about 1.3 million.", "deliveries_abroad"},
      {"Apollo Go rides rose to about 1.1 million in 2024.", "rides"},
      {"BYD's sales reached nearly 4.3 million in 2024.", "sales"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    auto a = amounts(r.text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == r.measure);
  }
  // A bare number after a verb that reaches nothing counts nothing.
  CHECK(amounts("BYD said on Monday it had 1.3 million in 2025.").empty());
}

TEST_CASE("a change of sales counted in things is theirs, not revenue's", "[quantities]") {
  auto a = amounts("BYD's sales reached nearly 4.3 million vehicles in 2024, up about 41% from a "
                   "year earlier.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].measure == "cars");
  CHECK(a[1].measure == "cars_growth");
  // Money sales stay revenue.
  a = amounts("SMIC's sales reached $8 billion in 2024, up 27% from a year earlier.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].measure == "revenue_growth");
  // What a company wants to deliver is a forecast.
  a = amounts("Lei Jun has said Xiaomi wants to deliver 350,000 cars in 2025.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].forecast);
  // A change after a clause that counts things is theirs; so is "the total" of the sentence
  // after; "a 33% increase on 2023" is 2024's, not 2023's.
  a = amounts("BYD sold 4.27 million vehicles in 2024, up 41% from the year before.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].measure == "cars_growth");
  a = amounts("Li Auto sold 500,508 vehicles last year. Li Auto's total was 24% higher than in "
              "2023.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].measure == "cars_growth");
  a = amounts("BYD grew fast. Its 2024 sales of 4.25 million cars were a 33% increase on 2023.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].period == "2024");
  CHECK(a[1].measure == "cars_growth");
  CHECK(a[1].period == "2024");
  // ("a rise of 6% on 2023", "rose 33% on 2023" likewise; "Its" opening a sentence is the
  // country or company told before.)
  // (A title that asks is read for nothing: "Can China Wean Itself Off Foreign Chips?")
  a = amounts("Can China Wean Itself Off Foreign Chips?\nChina spends more on chips than on oil. "
              "Its purchases of integrated circuits reached $385 billion in 2024, a rise of 6% "
              "on 2023.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].owner == "china");
  CHECK(a[1].period == "in 2024");
  // "narrowed to 660 million yuan from 1.37 billion yuan a year earlier": the compared amount's
  // period is not this one's ("more than 1 billion yuan last year" compares nothing).
  a = amounts("Qorvane said its first-quarter net loss narrowed to 660 million yuan from 1.37 "
              "billion yuan a year earlier.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].period != "a year earlier");
  a = amounts("Qorvane had revenue of more than 1 billion yuan last year, the filing showed.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].period == "last year");
  // "China accounted for 49% of ASML's system sales": the part is the measure's, so Taiwan's
  // share of the same sales is another fact.
  a = amounts("China accounted for 49% of Qorvane's system sales in the second quarter.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure.ends_with("_of_china"));
  a = amounts("Qorvane earned roughly 25% of its revenue from mainland China in 2022.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure.ends_with("_of_china"));
  // ... but a company's measure is never a government's.
  a = amounts("Qorvane was set up in 2016. Washington blacklisted the company in late 2021. Its "
              "first-quarter revenue jumped to 1.11 billion yuan.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "qorvane");
  a = amounts("China's imports rose 33% on 2023 to $385 billion in 2024.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].period == "in 2024");
  // "fell 17% on January 27": the day it fell.
  a = amounts("Nvidia's shares fell 17% on January 27.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].period == "on January 27");
  // "the first three months of the year" is a period (the publication's year's months).
  a = amounts("Chinese firms ordered $16 billion of H20 chips in the first three months of the "
              "year.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].period == "in the first three months"); // (the timeline reads the months)
  // Shedding market value loses it.
  a = amounts("Nvidia shed $465 billion of market value on January 27.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "valuation_loss");
}

TEST_CASE("a word naming a part of what is counted measures that part apart", "[quantities]") {
  auto a = amounts("BYD sold 1.76 million battery-electric cars in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "battery-electric_cars");
  a = amounts("BYD sold 4.27 million cars in 2024, including plug-in hybrids.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "cars");
  // One part named two ways is one; words describing all of them name no part.
  CHECK(amounts("Unitree sold 23,700 four-legged robots in 2024.")[0].measure ==
        "quadruped_robots");
  CHECK(amounts("Apollo Go gave 1.4 million driverless rides in 2024.")[0].measure == "rides");
}

TEST_CASE("an amount naming no one goes on with the organization opening the sentence before",
          "[quantities]") {
  auto a = amounts("SMIC's sales have climbed as Beijing pushes for home-grown chips. In the third "
                   "quarter of 2024, revenue grew 27% on the year.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "smic");
  // Not two sentences on, nor when the sentence before opened with something else.
  a = amounts("SMIC's sales have climbed. Analysts are cheerful. In the third quarter of 2024, "
              "revenue grew 27% on the year.");
  CHECK(a.empty());
  a = amounts("Sales have climbed at SMIC. In the third quarter of 2024, revenue grew 27%.");
  CHECK(a.empty());
}

TEST_CASE("a change on the quarter before is measured apart from one on a year earlier",
          "[quantities]") {
  const char* rows[][2] = {
      {"SMIC's revenue rose 1.7% from the previous quarter in the fourth quarter of 2024.",
       "revenue_growth_sequential"},
      {"SMIC's revenue rose 5% sequentially in the fourth quarter of 2024.",
       "revenue_growth_sequential"},
      {"SMIC's revenue rose 31% from a year earlier in the fourth quarter of 2024.",
       "revenue_growth"},
      {"SMIC's revenue fell 3% quarter-on-quarter in the fourth quarter of 2024.",
       "revenue_decline_sequential"},
  };
  for (const auto& [text, measure] : rows) {
    auto a = amounts(text);
    INFO(text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure == measure);
  }
}

TEST_CASE("'for the full year' is the year holding the period told before", "[quantities]") {
  auto a = amounts("BYD sold 526,409 battery-electric cars in the fourth quarter of 2023. For the "
                   "full year, the carmaker sold 3.02 million cars.");
  REQUIRE(a.size() == 2);
  CHECK_FALSE(a[0].whole_year);
  CHECK(a[1].whole_year);
  CHECK(a[1].owner == "byd");
}

TEST_CASE("an approximator does not hide the sold goods from a divestiture", "[quantities]") {
  // ("which sold" with a name after it is a divestiture; with goods after it, sales.)
  auto a = amounts("BYD, which sold about 3.5 million new-energy vehicles last year, has cut "
                   "prices.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].owner == "byd");
  CHECK(a[0].measure == "cars");
  CHECK_FALSE(a[0].has_event);
}

TEST_CASE("an added amount is measured apart from the total", "[quantities]") {
  const char* rows[] = {"TSMC pledged on Monday to invest an additional $100 billion in 2025.",
                        "TSMC pledged on Monday to invest another $100 billion in 2025.",
                        "TSMC pledged on Monday to invest $100 billion more in 2025."};
  for (const char* text : rows) {
    auto a = amounts(text);
    INFO(text);
    REQUIRE(a.size() == 1);
    CHECK(a[0].measure.ends_with("_added"));
  }
  auto a = amounts("TSMC pledged on Monday to invest $100 billion in 2025.");
  REQUIRE(a.size() == 1);
  CHECK_FALSE(a[0].measure.ends_with("_added"));
}

TEST_CASE("money committed to a use is a plan", "[quantities]") {
  auto a = amounts("In February, Alibaba committed 280 billion yuan to AI infrastructure over "
                   "three years.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].plan);
  CHECK(a[0].owner == "alibaba");
}

TEST_CASE("a trade surplus is a measure of its own, and the sentence after goes on with it",
          "[quantities]") {
  auto a = amounts("China's goods trade surplus approached $1 trillion in 2024. Exports grew 7.1% "
                   "for the year.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].measure.starts_with("surplus"));
  CHECK(a[1].measure == "exports_growth");
  CHECK(a[1].owner == "china");
}

TEST_CASE("imports bought from abroad are all the imports", "[quantities]") {
  auto a = amounts("In 2024 alone, China bought $385 billion worth of integrated circuits from "
                   "abroad.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure == "imports");
  // (A sales figure abroad is still a part of the whole.)
  a = amounts("BYD shipped 417,000 vehicles abroad in 2024.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].measure.ends_with("_abroad"));
}

TEST_CASE("money wiped off a market value is the value lost, no valuation", "[quantities]") {
  auto a = amounts("Nvidia's shares fell 17% on January 27, 2025, wiping $589 billion off its "
                   "market value.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].measure == "valuation_loss");
}
