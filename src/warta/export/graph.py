"""The actor graph as GraphML or GEXF (networkx), for Gephi.

Nodes are actors (``label``, ``country``, ``n_events``, ``n_mentions``); edges are directed,
one per (source, target, event type), with ``event_type`` (also the edge ``label``; GEXF reserves
``type`` for directedness), ``quad``, ``weight`` (= events),
``n_mentions``, ``n_denied`` and ``goldstein`` (mean Goldstein value).
"""

from __future__ import annotations

from pathlib import Path

from warta.store.results import Graph

__all__ = ["write_gexf", "write_graphml"]


def _nx(graph: Graph):
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in graph.nodes:
        g.add_node(n.id, label=n.label, country=n.country, n_events=n.n_events, n_mentions=n.n_mentions)
    for e in graph.edges:
        g.add_edge(e.source, e.target, key=e.type, event_type=e.type, label=e.type, quad=e.quad,
                   weight=float(e.n_events),
                   n_mentions=e.n_mentions, n_denied=e.n_denied, goldstein=float(e.goldstein_mean))
    return g


def write_graphml(graph: Graph, path: str | Path) -> int:
    import networkx as nx

    nx.write_graphml(_nx(graph), str(path))
    return len(graph.edges)


def write_gexf(graph: Graph, path: str | Path) -> int:
    import networkx as nx

    nx.write_gexf(_nx(graph), str(path))
    return len(graph.edges)
