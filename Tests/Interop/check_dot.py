"""Checks a NewsGraph DOT file with Graphviz itself against the reference dump.

    check_dot.py GRAPH.dot EXPECTED.dump.txt

- the file is UTF-8 without BOM, starts `digraph "` (or `graph "`), never `strict`;
- `dot -Tsvg` exits 0 with an empty stderr and the SVG parses as XML; its node titles are the
  dump's node ids and its edge groups carry the relation ids;
- `dot -Tcanon` exits 0 with an empty stderr;
- `dot -Tjson0` gives exactly the dump's node ids (no legend or other extra node), the dump's
  edges (tail, head, id), and every `data_<column>` value of the graph, nodes and edges, read
  back by the escString rule, equal to the dump's value.

Graphviz's own output is the judge: pydot and NetworkX's read_dot mangle quoted names.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from graphdump import Dump, Mismatches

SVG = "{http://www.w3.org/2000/svg}"
PREFIX = "data_"
_ESCAPE = re.compile(r'\\(.)', re.S)


def unescape(raw):
    """escString as NewsGraph writes it: \\\\ -> \\, \\" -> ", \\n -> LF; any other escape is an error."""
    def replace(match):
        char = match.group(1)
        if char in '\\"':
            return char
        if char == "n":
            return "\n"
        raise ValueError("unexpected escape \\%s in %r" % (char, raw[:80]))
    if re.search(r'(?<!\\)(\\\\)*\\$', raw):
        raise ValueError("dangling backslash in %r" % raw[:80])
    return _ESCAPE.sub(replace, raw)


_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def normalized(text):
    """What DOT display text carries of a string (documented in DOTString): line ends become LF
    and the characters XML cannot carry U+FFFD."""
    return carried(text.replace("\r\n", "\n").replace("\r", "\n"))


def carried(text):
    """What DOT data attributes carry of a string: everything but the characters XML cannot
    carry, which become U+FFFD."""
    return _FORBIDDEN.sub("\ufffd", text)


def read_value(kind, raw):
    text = unescape(raw)
    if kind == "integer":
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError("boolean %r" % text)
        return text == "true"
    return text


def expected_value(kind, value):
    return carried(value) if isinstance(value, str) else value


def run(arguments):
    return subprocess.run(arguments, capture_output=True)


def compare_data(mismatches, where, kinds, expected, attributes):
    """Every dump column against `data_<column>`; no other data_ attribute may carry a value."""
    for column, value in expected.items():
        name = PREFIX + column
        want = expected_value(kinds[column], value)
        raw = attributes.get(name)
        if raw is None:
            # Graphviz omits attributes that equal their default, the empty string.
            mismatches.expect(want == "", "%s: %s missing (expected %r)" % (where, name, want))
            continue
        try:
            got = read_value(kinds[column], raw)
        except ValueError as error:
            mismatches.expect(False, "%s: %s unreadable: %s" % (where, name, error))
            continue
        mismatches.value("%s.%s" % (where, name), want, got)
    for name, raw in attributes.items():
        if name.startswith(PREFIX) and name[len(PREFIX):] not in expected:
            mismatches.expect(raw == "", "%s: unexpected %s=%r" % (where, name, raw[:80]))


def check_text(mismatches, path, dump):
    data = open(path, "rb").read()
    mismatches.expect(not data.startswith(b"\xef\xbb\xbf"), "file starts with a BOM")
    mismatches.expect(data.endswith(b"\n"), "file does not end with a newline")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        mismatches.expect(False, "file is not UTF-8: %s" % error)
    opening = b'digraph "' if dump.directed else b'graph "'
    # Never `strict`, which merges parallel edges: the file opens with the graph keyword.
    mismatches.expect(data.startswith(opening), "file does not start with %r" % opening)


def check_svg(mismatches, path, dump):
    result = run(["dot", "-Tsvg", path])
    mismatches.expect(result.returncode == 0, "dot -Tsvg exit %d" % result.returncode)
    mismatches.expect(result.stderr == b"", "dot -Tsvg stderr: %r" % result.stderr[:2000])
    try:
        root = ElementTree.fromstring(result.stdout)
    except ElementTree.ParseError as error:
        mismatches.expect(False, "SVG does not parse: %s" % error)
        return
    titles, edge_ids = [], []
    for group in root.iter(SVG + "g"):
        title = group.find(SVG + "title")
        if group.get("class") == "node":
            titles.append(title.text if title is not None else None)
        elif group.get("class") == "edge":
            edge_ids.append(group.get("id"))
    mismatches.expect(sorted(titles) == sorted(dump.nodes),
                      "SVG node titles %r != node ids %r" % (sorted(titles)[:20], sorted(dump.nodes)[:20]))
    mismatches.expect(sorted(edge_ids) == sorted(dump.edges),
                      "SVG edge ids %r != relation ids %r" % (sorted(edge_ids)[:20], sorted(dump.edges)[:20]))


def check_canon(mismatches, path):
    result = run(["dot", "-Tcanon", path])
    mismatches.expect(result.returncode == 0, "dot -Tcanon exit %d" % result.returncode)
    mismatches.expect(result.stderr == b"", "dot -Tcanon stderr: %r" % result.stderr[:2000])


def check_json(mismatches, path, dump):
    result = run(["dot", "-Tjson0", path])
    mismatches.expect(result.returncode == 0, "dot -Tjson0 exit %d" % result.returncode)
    mismatches.expect(result.stderr == b"", "dot -Tjson0 stderr: %r" % result.stderr[:2000])
    if result.returncode != 0:
        return
    graph = json.loads(result.stdout.decode("utf-8"))
    mismatches.expect(graph.get("directed") == dump.directed, "directed is %r" % graph.get("directed"))
    mismatches.expect(graph.get("strict") is False, "strict is %r" % graph.get("strict"))
    mismatches.expect(graph.get("_subgraph_cnt", 0) == 0, "the file has subgraphs")
    # The graph name is display text (`&` written `&amp;`); the exact name is data_name.
    name = unescape(graph.get("name", "")).replace("&amp;", "&")
    mismatches.value("graph name", normalized(dump.name), name)
    compare_data(mismatches, "graph", dump.types["graph"], dump.graph, graph)

    objects = graph.get("objects", [])
    names = [item["name"] for item in objects]
    mismatches.expect(len(names) == len(set(names)), "duplicate node names")
    extra = sorted(set(names) - set(dump.nodes))
    missing = sorted(set(dump.nodes) - set(names))
    mismatches.expect(not extra, "nodes not in the graph: %r" % extra[:20])
    mismatches.expect(not missing, "nodes missing: %r" % missing[:20])
    by_gvid = {item["_gvid"]: item["name"] for item in objects}
    for item in objects:
        if item["name"] in dump.nodes:
            compare_data(mismatches, "node %s" % item["name"], dump.types["node"],
                         dump.nodes[item["name"]], item)

    edges = graph.get("edges", [])
    ids = [edge.get("id") for edge in edges]
    mismatches.expect(len(ids) == len(set(ids)), "duplicate edge ids")
    mismatches.expect(sorted(ids, key=str) == sorted(dump.edges),
                      "edge ids %r != %r" % (sorted(ids, key=str)[:20], sorted(dump.edges)[:20]))
    for edge in edges:
        identifier = edge.get("id")
        if identifier not in dump.edges:
            continue
        source, target, values = dump.edges[identifier]
        ends = (by_gvid.get(edge["tail"]), by_gvid.get(edge["head"]))
        if dump.directed:
            mismatches.expect(ends == (source, target), "edge %s joins %r, expected %r"
                              % (identifier, ends, (source, target)))
        else:
            mismatches.expect(sorted(ends) == sorted((source, target)), "edge %s joins %r, expected %r"
                              % (identifier, ends, (source, target)))
        compare_data(mismatches, "edge %s" % identifier, dump.types["edge"], values, edge)


def main():
    path, dump_path = sys.argv[1], sys.argv[2]
    dump = Dump(dump_path)
    mismatches = Mismatches("DOT %s" % path)
    check_text(mismatches, path, dump)
    check_svg(mismatches, path, dump)
    check_canon(mismatches, path)
    check_json(mismatches, path, dump)
    mismatches.finish()


if __name__ == "__main__":
    main()
