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
  for (const auto& r : tl.relations) {
    std::size_t self = node[r.event], other = node[r.said.offset->event];
    std::size_t k = claims.size();
    claims.push_back({&r.said, &r.event, &r.event_label});
    if (r.said.offset->max_days)
      edges.push_back({other, self, *r.said.offset->max_days + tolerance, k});
    if (r.said.offset->min_days)
      edges.push_back({self, other, -*r.said.offset->min_days + tolerance, k});
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

  std::vector<bool> active(claims.size(), true);
  for (auto& [r, component_edges] : components) {
    for (;;) {
      auto cycle = negative_cycle(local[r].size() + 1, component_edges, active);
      if (cycle.empty()) break;
      long total = 0;
      std::vector<std::size_t> cited;
      for (std::size_t e : cycle) {
        total += component_edges[e].weight;
        if (std::find(cited.begin(), cited.end(), component_edges[e].claim) == cited.end())
          cited.push_back(component_edges[e].claim);
      }
      for (std::size_t k : cited) active[k] = false; // set aside; look for the next
      bool through_offset = std::any_of(cited.begin(), cited.end(), [&](std::size_t k) {
        return claims[k].said->offset != nullptr;
      });
      if (!through_offset) continue; // one event's dates alone: date_agreement reports those

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
    }
  }
}

} // namespace factline::rules::kinds
