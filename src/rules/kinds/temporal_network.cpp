#include "rules/kinds/temporal_network.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace factline::rules::kinds {

namespace {

// One claim of the network, with the event it dates.
struct network_claim {
  const timeline::claim* said;
  const std::string* event_id;
  const std::string* event_label;
};

// t[to] - t[from] <= weight, said by claims[claim].
struct edge {
  std::size_t from, to;
  long weight;
  std::size_t claim;
};

// Bellman-Ford from a virtual source joined to every node at 0: the edges of a negative cycle
// in order, or nothing when the active edges can all hold. O(nodes x edges).
std::vector<std::size_t> negative_cycle(std::size_t nodes, const std::vector<edge>& edges,
                                        const std::vector<bool>& active) {
  std::vector<long> distance(nodes, 0);
  std::vector<std::size_t> parent(nodes, SIZE_MAX); // the edge that last lowered a node
  std::size_t lowered = SIZE_MAX;
  for (std::size_t round = 0; round <= nodes; ++round) {
    lowered = SIZE_MAX;
    for (std::size_t e = 0; e < edges.size(); ++e) {
      if (!active[edges[e].claim]) continue;
      const edge& x = edges[e];
      if (distance[x.from] + x.weight < distance[x.to]) {
        distance[x.to] = distance[x.from] + x.weight;
        parent[x.to] = e;
        lowered = x.to;
      }
    }
    if (lowered == SIZE_MAX) return {};
  }
  // Still lowering after `nodes` rounds: walking back `nodes` parents lands on the cycle.
  std::size_t at = lowered;
  for (std::size_t i = 0; i < nodes; ++i) at = edges[parent[at]].from;
  std::vector<std::size_t> cycle;
  std::size_t v = at;
  do {
    cycle.push_back(parent[v]);
    v = edges[parent[v]].from;
  } while (v != at);
  std::reverse(cycle.begin(), cycle.end());
  return cycle;
}

} // namespace

void temporal_network::check(const check_input& input, std::vector<finding>& out) const {
  const auto& tl = input.timeline;
  if (tl.relations.empty()) return;
  // Nodes: the calendar's origin (0) and every event some relation names.
  std::map<std::string, std::size_t> node;
  for (const auto& r : tl.relations) {
    node.emplace(r.event, 0);
    node.emplace(r.said.offset->event, 0);
  }
  std::size_t next = 1;
  for (auto& [id, n] : node) n = next++;

  std::vector<network_claim> claims;
  std::vector<edge> edges;
  const long tolerance = tolerance_;
  // Calendar dates: day numbers from 1970-01-01, the origin's time.
  for (const auto& e : tl.events) {
    auto it = node.find(e.id);
    if (it == node.end()) continue;
    // Claims that contradict the agreeing ones must not hide a chain through the rest.
    if (!e.merged) continue;
    for (const auto& c : e.claims) {
      if (c.narrative || c.value.begin > e.merged->begin || c.value.end < e.merged->end) continue;
      std::size_t k = claims.size();
      claims.push_back({&c, &e.id, &e.label});
      if (!c.value.open_end())
        edges.push_back({0, it->second, c.value.last().time_since_epoch().count() + tolerance, k});
      if (!c.value.open_begin())
        edges.push_back({it->second, 0, -c.value.begin.time_since_epoch().count() + tolerance, k});
    }
  }
  // Offsets: t[event] - t[other] lies in [min, max].
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> relation_edges; // claim, edges
  for (const auto& r : tl.relations) {
    std::size_t self = node[r.event], other = node[r.said.offset->event];
    std::size_t k = claims.size();
    claims.push_back({&r.said, &r.event, &r.event_label});
    auto& own = relation_edges.emplace_back(k, std::vector<std::size_t>{}).second;
    if (r.said.offset->max_days) {
      own.push_back(edges.size());
      edges.push_back({other, self, *r.said.offset->max_days + tolerance, k});
    }
    if (r.said.offset->min_days) {
      own.push_back(edges.size());
      edges.push_back({self, other, -*r.said.offset->min_days + tolerance, k});
    }
  }

  std::vector<bool> active(claims.size(), true);
  // Reports a set of claims that cannot all hold, with the chain in words; claims are set
  // aside so the search can go on. A set with no offset in it is one event's own dates:
  // date_agreement's to report.
  auto emit = [&](std::vector<std::size_t> cited, long total) {
    for (std::size_t k : cited) active[k] = false;
    bool through_offset = std::any_of(cited.begin(), cited.end(), [&](std::size_t k) {
      return claims[k].said->offset != nullptr;
    });
    if (!through_offset) return;
    // The chain starts at its claim first in the corpus, so the report does not depend on
    // where the search entered the cycle.
    auto first = std::min_element(cited.begin(), cited.end(), [&](std::size_t a, std::size_t b) {
      const auto& x = claims[a].said->where;
      const auto& y = claims[b].said->where;
      return std::tie(x.document, x.begin) < std::tie(y.document, y.begin);
    });
    std::rotate(cited.begin(), first, cited.end());
    std::vector<timeline::claim> cited_claims;
    std::set<std::string> ids, labels;
    std::string chain;
    for (std::size_t k : cited) {
      const auto& c = claims[k];
      cited_claims.push_back(*c.said);
      ids.insert(*c.event_id);
      labels.insert(*c.event_label);
      if (c.said->offset) {
        ids.insert(c.said->offset->event);
        labels.insert(c.said->offset->event_label);
      }
      chain += fmt::format("{}{} puts {} {} (\"{}\")", chain.empty() ? "" : "; ",
                           input.corpus.documents[c.said->where.document].path, *c.event_label,
                           timeline::describe(*c.said), c.said->where.text);
    }
    std::string id, label;
    for (const auto& i : ids) id += (id.empty() ? "" : "|") + i;
    for (const auto& l : labels) label += (label.empty() ? "" : " / ") + l;
    std::string message = format_message(label, cited_claims.front(),
                                         cited_claims.size() > 1 ? &cited_claims[1] : nullptr,
                                         -total, input.corpus, chain);
    out.push_back(
        make_finding(id, label, std::move(cited_claims), std::move(message), input.corpus));
  };

  // First the short chains, in one pass: an offset against the tightest calendar dates of its
  // two events (three claims). A corpus that repeats one contradiction in many documents finds
  // them all here in linear time; the full search below then has little left to do.
  std::vector<std::vector<std::size_t>> from_origin(node.size() + 1), to_origin(node.size() + 1);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (edges[e].from == 0) from_origin[edges[e].to].push_back(e);
    if (edges[e].to == 0) to_origin[edges[e].from].push_back(e);
  }
  auto by_weight = [&](std::size_t x, std::size_t y) { return edges[x].weight < edges[y].weight; };
  for (auto& list : from_origin) std::stable_sort(list.begin(), list.end(), by_weight);
  for (auto& list : to_origin) std::stable_sort(list.begin(), list.end(), by_weight);
  std::vector<std::size_t> from_cursor(node.size() + 1, 0), to_cursor(node.size() + 1, 0);
  auto tightest = [&](std::vector<std::size_t>& list, std::size_t& cursor) -> const edge* {
    while (cursor < list.size() && !active[edges[list[cursor]].claim]) ++cursor;
    return cursor < list.size() ? &edges[list[cursor]] : nullptr;
  };
  for (const auto& [k, offset_edges] : relation_edges) {
    for (std::size_t e : offset_edges) {
      if (!active[k]) break;
      const edge& middle = edges[e];
      // origin -> middle.from -> middle.to -> origin
      const edge* in = tightest(from_origin[middle.from], from_cursor[middle.from]);
      const edge* back = tightest(to_origin[middle.to], to_cursor[middle.to]);
      if (!in || !back) continue;
      long total = in->weight + middle.weight + back->weight;
      if (total < 0) emit({in->claim, k, back->claim}, total);
    }
  }

  // The network falls apart into components (events joined by offsets, with the origin):
  // each is searched on its own, so the search stays small however large the corpus.
  std::vector<std::size_t> parent(node.size() + 1);
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const auto& e : edges)
    if (e.from != 0 && e.to != 0) parent[root(e.from)] = root(e.to);
  std::map<std::size_t, std::vector<edge>> components; // by root, edges in local numbering
  std::map<std::size_t, std::map<std::size_t, std::size_t>> local; // root -> node -> local
  for (const auto& e : edges) {
    std::size_t r = root(e.from != 0 ? e.from : e.to);
    auto& numbers = local[r];
    auto number = [&](std::size_t n) {
      if (n == 0) return std::size_t{0};
      return numbers.emplace(n, numbers.size() + 1).first->second;
    };
    components[r].push_back({number(e.from), number(e.to), e.weight, e.claim});
  }

  for (auto& component : components) {
    // (Named, not a structured binding: clang 14 cannot capture one in a lambda.)
    std::size_t r = component.first;
    std::vector<edge>& component_edges = component.second;
    // Between two time points only the tightest active constraint matters: the search runs
    // on the best edge of each pair, so a corpus repeating one chain a thousand times costs a
    // thousand small searches, not a thousand searches over every copy's edges.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> by_pair;
    for (std::size_t e = 0; e < component_edges.size(); ++e)
      by_pair[{component_edges[e].from, component_edges[e].to}].push_back(e);
    std::vector<std::pair<std::vector<std::size_t>, std::size_t>> pairs; // edges by weight, cursor
    for (auto& [key, list] : by_pair) {
      std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
        return component_edges[a].weight < component_edges[b].weight;
      });
      pairs.emplace_back(std::move(list), 0);
    }
    for (;;) {
      std::vector<edge> best;
      std::vector<std::size_t> best_index; // into component_edges
      for (auto& [list, cursor] : pairs) {
        while (cursor < list.size() && !active[component_edges[list[cursor]].claim]) ++cursor;
        if (cursor == list.size()) continue;
        best.push_back(component_edges[list[cursor]]);
        best_index.push_back(list[cursor]);
      }
      auto cycle = negative_cycle(local[r].size() + 1, best, active);
      if (cycle.empty()) break;
      long total = 0;
      std::vector<std::size_t> cited;
      for (std::size_t b : cycle) {
        const edge& e = component_edges[best_index[b]];
        total += e.weight;
        if (std::find(cited.begin(), cited.end(), e.claim) == cited.end()) cited.push_back(e.claim);
      }
      emit(std::move(cited), total);
    }
  }
}

} // namespace factline::rules::kinds
