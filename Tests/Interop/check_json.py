"""Judges NewsGraph's node-link JSON with Python's json and NetworkX 3.6 (node_link_graph).

    check_json.py check OUTPUT DUMP NAMES
        OUTPUT is NewsGraph's JSON, DUMP its reference dump (TextDumpSerializer), NAMES a JSON
        file {"graph"|"node"|"edge": {safe name: JSON member name}}. The dump names columns by
        their safe names (what GraphML carries); JSON keeps the model's names ("date of birth"),
        and renames the structural names id/source/target/key to id_2 etc. The Swift test writes
        NAMES from the graph's schema, so the mapping is exact rather than re-derived here; this
        script checks that every member of the file is accounted for by it and vice versa.

    check_json.py make-foreign FOLDER
        Writes a NetworkX MultiDiGraph full of hostile values as node-link JSON, twice:
        foreign-edges.json (json.dumps defaults, edges="edges", ASCII escapes) and
        foreign-links.json (edges="links", raw UTF-8; without the lone surrogate, which UTF-8
        cannot carry).

    check_json.py compare-foreign VARIANT ROUNDTRIP
        VARIANT is "edges" or "links"; ROUNDTRIP is NewsGraph's JSON export of what it read from
        that file. Checks that node_link_graph(ROUNDTRIP) is the original graph under
        NewsGraph's documented import rules:
          - node ids that are not NMTOKEN-safe get a safe id and keep the original (its text:
            str(1) for integers, compact JSON "[0,1]" for tuples) in original_id; edge keys that
            repeat or are unsafe likewise;
          - integers beyond 64 bits become their digits as a string, lists and dicts their JSON
            text, None values are dropped, lone surrogates become U+FFFD;
          - a column whose values then mix types becomes a string column (lexical forms);
          - NewsGraph adds label (= label, else name, else the original id), name (= label),
            type (= type, else "Entity") to nodes and relation/interaction (= relation, else
            "relatedTo") to edges.
"""
import json
import math
import os
import re
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from graphdump import Dump, Mismatches, same, shorten  # noqa: E402

SAFE_ID = re.compile(r"^[A-Za-z0-9._-]+$")
INT64 = range(-(2**63), 2**63)


def load(path, edges="edges"):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    data = json.loads(text)
    return text, data, nx.node_link_graph(data, edges=edges)


# ---------------------------------------------------------------------------------------------
# check: NewsGraph's export against its dump


def check(output, dump_path, names_path):
    text, data, graph = load(output)
    dump = Dump(dump_path)
    with open(names_path, encoding="utf-8") as handle:
        names = json.load(handle)
    problems = Mismatches("node-link JSON " + os.path.basename(output))

    problems.expect(not text.startswith("\ufeff"), "the file starts with a BOM")
    problems.expect(text.endswith("\n"), "the file does not end with a newline")
    problems.expect(
        list(data)[:3] == ["directed", "multigraph", "graph"] and list(data)[-2:] == ["nodes", "edges"],
        "top-level members are %r" % list(data))
    problems.expect(data["multigraph"] is True, "multigraph is not true")
    problems.expect(data["directed"] is dump.directed, "directed is %r" % data["directed"])
    wanted_class = nx.MultiDiGraph if dump.directed else nx.MultiGraph
    problems.expect(type(graph) is wanted_class, "NetworkX built a %s" % type(graph).__name__)

    for domain in ("graph", "node", "edge"):
        for safe in dump.types[domain]:
            problems.expect(safe in names[domain], "%s column %r has no JSON name" % (domain, safe))

    # Dates: the dump's date columns are exactly those date_attributes names.
    for domain in ("graph", "node", "edge"):
        expected = sorted(names[domain][s] for s, t in dump.types[domain].items() if t == "date")
        declared = sorted(data.get("date_attributes", {}).get(domain, []))
        problems.expect(expected == declared, "%s date columns: expected %r, declared %r" % (domain, expected, declared))

    def compare(where, domain, expected_row, actual_row):
        expected = {names[domain][safe]: value for safe, value in expected_row.items()}
        for name in sorted(set(expected) | set(actual_row)):
            if name not in actual_row:
                problems.expect(False, "%s: %r is missing" % (where, name))
            elif name not in expected:
                problems.expect(False, "%s: unexpected %r = %r" % (where, name, shorten(actual_row[name])))
            else:
                problems.value("%s %r" % (where, name), expected[name], actual_row[name])

    compare("graph", "graph", dump.graph, graph.graph)
    problems.expect(graph.graph.get("name") == dump.name, "graph name is %r" % graph.graph.get("name"))

    problems.expect(set(graph.nodes) == set(dump.nodes),
                    "nodes differ: extra %r, missing %r" % (sorted(set(graph.nodes) - set(dump.nodes), key=str),
                                                          sorted(set(dump.nodes) - set(graph.nodes), key=str)))
    for node, row in dump.nodes.items():
        if node in graph.nodes:
            compare("node %r" % node, "node", row, graph.nodes[node])

    seen = set()
    for source, target, key, attributes in graph.edges(keys=True, data=True):
        problems.expect(key not in seen, "edge key %r appears twice" % key)
        seen.add(key)
        if key not in dump.edges:
            problems.expect(False, "unexpected edge %r" % key)
            continue
        dump_source, dump_target, row = dump.edges[key]
        problems.expect((source, target) == (dump_source, dump_target),
                        "edge %r joins %r -> %r, expected %r -> %r" % (key, source, target, dump_source, dump_target))
        compare("edge %r" % key, "edge", row, attributes)
    problems.expect(seen == set(dump.edges), "edges missing: %r" % sorted(set(dump.edges) - seen))
    problems.finish()


# ---------------------------------------------------------------------------------------------
# make-foreign / compare-foreign: a NetworkX graph through NewsGraph and back

CAFE_NFC = "Caf\u00e9"
CAFE_NFD = "Cafe\u0301"


def foreign_graph(variant):
    graph = nx.MultiDiGraph()
    graph.graph.update({"name": "foreign", "created": "2024-01-01", "version": 3,
                        "tags": ["a", "b"], "nothing": None})
    graph.add_node("a b", label="Alpha Beta", weight=float("nan"), count=2**63, exact=2**53 + 1,
                   nested=[1, [2.5, None], {"k": "v", "n": float("inf")}], gone=None, zero=-0.0, flag=True)
    graph.add_node(1, weight=float("inf"), count=5, flag=False, day="1940-02-10")
    graph.add_node(CAFE_NFC, name="Cytoscape name", weight=float("-inf"), exact=-(2**53 + 1))
    graph.add_node(CAFE_NFD, weight=0.1, text='🙂 \u2028 \x07 "q" \\ \r\n end\\')
    graph.add_node("plain", weight=5e-324, type="Person", huge=-(2**70))
    if variant == "edges":
        graph.nodes["plain"]["surrogate"] = "x\ud800y"
    graph.add_node((0, 1), label="tuple id", empty=[], mapping={})
    graph.add_edge("a b", 1, key=0, weight=1.5, big=2**64, list=[1, 2])
    graph.add_edge("a b", 1, key=1, weight=float("nan"))
    graph.add_edge(1, CAFE_NFC, key=0, since="2019-07-24")
    graph.add_edge(CAFE_NFD, CAFE_NFC, key="custom key", weight=-0.0)
    graph.add_edge("plain", "plain", key="safe-key", relation="supplies", weight=2.0)
    graph.add_edge((0, 1), "plain", key=0)
    graph.add_edge("plain", "a b", key=0, note=None, x=1)
    return graph


def make_foreign(folder):
    graph = foreign_graph("edges")
    with open(os.path.join(folder, "foreign-edges.json"), "w", encoding="ascii") as handle:
        handle.write(json.dumps(nx.node_link_data(graph, edges="edges")))
    graph = foreign_graph("links")
    with open(os.path.join(folder, "foreign-links.json"), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False))
    print("wrote foreign-edges.json and foreign-links.json")


def id_text(value):
    """How NewsGraph reads an id: str as is, int as decimal, tuple as its compact JSON list."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return json.dumps(list(value), separators=(",", ":"), ensure_ascii=False)
    raise TypeError(value)


class Structured:
    """A list or dict value NewsGraph stores as JSON text: compared structurally."""

    def __init__(self, value):
        self.value = value


def imported(value):
    """The value NewsGraph keeps for a NetworkX value, or None when it drops it."""
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, float):
        return value
    if isinstance(value, int):
        return value if value in INT64 else str(value)
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, (list, dict)):
        return Structured(value)
    raise TypeError(value)


def lexical(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    raise TypeError("no lexical form predicted for %r in a mixed column" % (value,))


def kind(value):
    if isinstance(value, Structured):
        return str
    return type(value)


def expected_rows(rows):
    """rows: {element: {column: NetworkX value}} -> {element: {column: expected value}}."""
    kept = {element: {k: imported(v) for k, v in row.items() if imported(v) is not None}
            for element, row in rows.items()}
    types = {}
    for row in kept.values():
        for column, value in row.items():
            types.setdefault(column, set()).add(kind(value))
    for row in kept.values():
        for column, value in list(row.items()):
            if len(types[column]) > 1 and not isinstance(value, Structured):
                row[column] = lexical(value)
    return kept


def same_structure(expected, actual):
    if isinstance(expected, dict):
        return isinstance(actual, dict) and list(expected) == list(actual) and all(
            same_structure(expected[k], actual[k]) for k in expected)
    if isinstance(expected, (list, tuple)):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            same_structure(e, a) for e, a in zip(expected, actual))
    if expected is None:
        return actual is None
    return same(expected, actual)


def compare_row(problems, where, expected, actual):
    for name in sorted(set(expected) | set(actual)):
        if name not in actual:
            problems.expect(False, "%s: %r is missing" % (where, name))
        elif name not in expected:
            problems.expect(False, "%s: unexpected %r = %r" % (where, name, shorten(actual[name])))
        elif isinstance(expected[name], Structured):
            text = actual[name]
            ok = isinstance(text, str) and same_structure(expected[name].value, json.loads(text))
            problems.expect(ok, "%s %r: expected JSON text of %r, got %r" % (where, name, expected[name].value, text))
            problems.expect(not isinstance(text, str) or ", " not in text and ": " not in text,
                            "%s %r: JSON text is not compact: %r" % (where, name, text))
        else:
            problems.value("%s %r" % (where, name), expected[name], actual[name])


def compare_foreign(variant, roundtrip):
    original = foreign_graph(variant)
    _, data, graph = load(roundtrip)
    problems = Mismatches("NetworkX -> NewsGraph -> NetworkX (%s)" % variant)
    problems.expect(type(graph) is nx.MultiDiGraph, "NetworkX built a %s" % type(graph).__name__)

    # Graph attributes.
    expected_graph = expected_rows({"graph": original.graph})["graph"]
    compare_row(problems, "graph", expected_graph, graph.graph)

    # Nodes: each original node is the round trip node whose original_id (or id) is its text.
    by_original = {}
    for node, attributes in graph.nodes(data=True):
        problems.expect(isinstance(node, str) and SAFE_ID.match(node) is not None, "node id %r is not safe" % (node,))
        original_text = attributes.get("original_id", node)
        problems.expect(original_text not in by_original, "two nodes claim the original %r" % original_text)
        by_original[original_text] = node
    problems.expect(len(graph) == len(original), "%d nodes, expected %d" % (len(graph), len(original)))
    node_rows = expected_rows({n: dict(d) for n, d in original.nodes(data=True)})
    mapped = {}
    for node in original.nodes:
        text = id_text(node)
        if text not in by_original:
            problems.expect(False, "node %r is missing" % (node,))
            continue
        new_id = by_original[text]
        mapped[node] = new_id
        row = dict(node_rows[node])
        label = row.pop("label", None)
        if not isinstance(label, str):
            label = row["name"] if isinstance(row.get("name"), str) else text
        if row.get("name") == label:
            row.pop("name")
        row["label"] = label
        row["name"] = label
        row["type"] = row["type"] if isinstance(row.get("type"), str) else "Entity"
        if new_id != text:
            row["original_id"] = text
            problems.expect(SAFE_ID.match(text) is None, "safe id %r was mapped to %r" % (text, new_id))
        compare_row(problems, "node %r" % (node,), row, graph.nodes[new_id])

    # Edges: found by mapped ends and original key.
    problems.expect(graph.number_of_edges() == original.number_of_edges(),
                    "%d edges, expected %d" % (graph.number_of_edges(), original.number_of_edges()))
    edges = {}
    for source, target, key, attributes in graph.edges(keys=True, data=True):
        problems.expect(isinstance(key, str) and SAFE_ID.match(key) is not None, "edge key %r is not safe" % (key,))
        edges[(source, target, attributes.get("original_id", key))] = (key, attributes)
    edge_rows = expected_rows({(u, v, k): dict(d) for u, v, k, d in original.edges(keys=True, data=True)})
    for (source, target, key), row in edge_rows.items():
        found = edges.get((mapped.get(source), mapped.get(target), id_text(key)))
        if found is None:
            problems.expect(False, "edge %r -> %r key %r is missing" % (source, target, key))
            continue
        new_key, attributes = found
        row = dict(row)
        relation = row["relation"] if isinstance(row.get("relation"), str) else "relatedTo"
        row["relation"] = relation
        row["interaction"] = relation
        if new_key != id_text(key):
            row["original_id"] = id_text(key)
        compare_row(problems, "edge %r -> %r key %r" % (source, target, key), row, attributes)
    problems.finish()


def main(arguments):
    if len(arguments) == 4 and arguments[0] == "check":
        check(*arguments[1:])
    elif len(arguments) == 2 and arguments[0] == "make-foreign":
        make_foreign(arguments[1])
    elif len(arguments) == 3 and arguments[0] == "compare-foreign":
        compare_foreign(*arguments[1:])
    else:
        print(__doc__)
        raise SystemExit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
