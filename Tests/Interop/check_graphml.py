"""Reads a NewsGraph GraphML file with NetworkX and python-igraph and compares every node,
edge and value with the reference dump.

    check_graphml.py GRAPHML EXPECTED_DUMP [--yed] [--networkx-copy PATH]

NetworkX (read_graphml): node ids, edge ids as multigraph keys, and every attribute with its
Python type (long -> int, double -> float, boolean -> bool, string and date -> str). Nothing
but the dump's columns may appear, except, with --yed, what NetworkX derives from yEd's
yFiles data: x, y (None: no layout) and shape_type on nodes, and label (the relation) on edges.

igraph (Graph.Read_GraphML, plain files only): vertex attribute `id` holds the node ids, edge
attribute `id` the edge ids; igraph stores long as float, so integers compare as
float(expected); igraph fills values an element lacks with "" or NaN, so only the values in
the dump are compared. igraph 1.0.0 fills the edge attribute `id` with the first vertex ids
instead of the <edge id>s; the checker then matches igraph's edges (kept in file order) to the
file's <edge>s by position.

--networkx-copy PATH writes what NetworkX read back out with nx.write_graphml, so that a test
can convert a GraphML file NetworkX wrote.
"""
import sys
from xml.etree import ElementTree

import networkx as nx

from graphdump import Dump, Mismatches

# What NetworkX makes of the yFiles data NewsGraph writes in the yed profile.
YED_NODE_EXTRAS = {"x", "y", "shape_type"}
YED_EDGE_EXTRAS = {"label"}


def check_networkx(path, dump, yed, copy=None):
    found = Mismatches("networkx " + ("yed " if yed else "") + path)
    graph = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    found.expect(graph.is_directed() == dump.directed, "directedness differs")

    graph_data = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    found.expect(set(graph_data) == set(dump.graph),
                 "graph columns: expected %r, got %r" % (sorted(dump.graph), sorted(graph_data)))
    for column, expected in dump.graph.items():
        found.value("graph %s" % column, expected, graph_data.get(column))

    found.expect(set(graph.nodes) == set(dump.nodes),
                 "node ids differ: %r" % sorted(set(graph.nodes) ^ set(dump.nodes)))
    for node, expected in dump.nodes.items():
        if node not in graph.nodes:
            continue
        actual = dict(graph.nodes[node])
        if yed:
            for extra in sorted(YED_NODE_EXTRAS - set(expected)):
                found.expect(extra in actual, "node %s: NetworkX did not read yEd's %s" % (node, extra))
                derived = actual.pop(extra, None)
                found.expect(derived is None or isinstance(derived, str),
                             "node %s %s: %r from the yFiles data" % (node, extra, derived))
        found.expect(set(actual) == set(expected),
                     "node %s columns: extra %r, missing %r"
                     % (node, sorted(set(actual) - set(expected)), sorted(set(expected) - set(actual))))
        for column, value in expected.items():
            found.value("node %s %s" % (node, column), value, actual.get(column))

    edges = {key: (source, target, data) for source, target, key, data in graph.edges(keys=True, data=True)}
    found.expect(len(edges) == graph.number_of_edges(), "edge keys are not unique")
    found.expect(set(edges) == set(dump.edges),
                 "edge ids differ: %r" % sorted(set(edges) ^ set(dump.edges)))
    for edge, (source, target, expected) in dump.edges.items():
        if edge not in edges:
            continue
        actual_source, actual_target, data = edges[edge]
        actual = dict(data)
        found.expect((actual_source, actual_target) == (source, target),
                     "edge %s joins %s -> %s, expected %s -> %s"
                     % (edge, actual_source, actual_target, source, target))
        if yed:
            for extra in sorted(YED_EDGE_EXTRAS - set(expected)):
                # y:EdgeLabel holds the relation.
                found.value("edge %s yEd %s" % (edge, extra), expected.get("relation"),
                            actual.pop(extra, None))
        found.expect(set(actual) == set(expected),
                     "edge %s columns: extra %r, missing %r"
                     % (edge, sorted(set(actual) - set(expected)), sorted(set(expected) - set(actual))))
        for column, value in expected.items():
            found.value("edge %s %s" % (edge, column), value, actual.get(column))
    found.finish()
    if copy:
        nx.write_graphml(graph, copy)


def igraph_value(expected):
    """What igraph gives for a value: integers as float (GraphML long is read as a double)."""
    if isinstance(expected, int) and not isinstance(expected, bool):
        return float(expected)
    return expected


def file_edge_ids(path):
    """The id of every <edge> of the file, in document order."""
    tag = "{http://graphml.graphdrawing.org/xmlns}edge"
    return [element.get("id") for _, element in ElementTree.iterparse(path) if element.tag == tag]


def check_igraph(path, dump):
    import igraph

    found = Mismatches("igraph " + path)
    graph = igraph.Graph.Read_GraphML(path)
    found.expect(graph.is_directed() == dump.directed, "directedness differs")
    for column, expected in dump.graph.items():
        found.value("graph %s" % column, igraph_value(expected), graph[column])

    ids = graph.vs["id"]
    found.expect(sorted(ids) == sorted(dump.nodes), "node ids differ")
    found.expect(len(set(ids)) == len(ids), "node ids repeat")
    attributes = set(graph.vs.attributes())
    for vertex in graph.vs:
        expected = dump.nodes.get(vertex["id"], {})
        for column, value in expected.items():
            found.expect(column in attributes, "vertex attribute %s missing" % column)
            if column in attributes:
                found.value("node %s %s" % (vertex["id"], column), igraph_value(value), vertex[column])

    edge_ids = graph.es["id"] if graph.ecount() else []
    if edge_ids and edge_ids == ids[:len(edge_ids)] and edge_ids != file_edge_ids(path):
        # igraph 1.0.0 fills the edge attribute `id` with the first vertex ids instead of the
        # <edge id>s. Match igraph's edges (kept in file order) to the file's edges by position.
        print("igraph: edge attribute 'id' holds vertex ids (igraph bug); matching edges by position")
        edge_ids = file_edge_ids(path)
    found.expect(sorted(edge_ids) == sorted(dump.edges), "edge ids differ")
    attributes = set(graph.es.attributes())
    for edge, edge_id in zip(graph.es, edge_ids):
        if edge_id not in dump.edges:
            continue
        source, target, expected = dump.edges[edge_id]
        found.expect((ids[edge.source], ids[edge.target]) == (source, target),
                     "edge %s endpoints differ" % edge_id)
        for column, value in expected.items():
            found.expect(column in attributes, "edge attribute %s missing" % column)
            if column in attributes:
                found.value("edge %s %s" % (edge_id, column), igraph_value(value), edge[column])
    found.finish()


def main():
    path, dump_path, options = sys.argv[1], sys.argv[2], sys.argv[3:]
    yed = "--yed" in options
    copy = options[options.index("--networkx-copy") + 1] if "--networkx-copy" in options else None
    dump = Dump(dump_path)
    check_networkx(path, dump, yed, copy)
    if not yed:
        check_igraph(path, dump)


if __name__ == "__main__":
    main()
