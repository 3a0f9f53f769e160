"""Reads NewsGraph's text dump (TextDumpSerializer): the reference every checker compares with.

    graph  <name>  directed|undirected
    G      <column>  <type>  <value>
    node   <id>
    N      <id>  <column>  <type>  <value>
    edge   <id>  <source>  <target>
    E      <id>  <column>  <type>  <value>

Values come back typed: integer -> int, double -> float, boolean -> bool, string/date -> str.
"""
import math
import re

_ESCAPE = re.compile(r"\\(\\|u\{([0-9A-F]+)\})")


def unescape(text):
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(2), 16)), text)


def typed(kind, text):
    if kind == "integer":
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


class Dump:
    def __init__(self, path):
        self.name = None
        self.directed = True
        self.graph = {}          # column -> value
        self.types = {"graph": {}, "node": {}, "edge": {}}   # column -> type name
        self.nodes = {}          # id -> {column: value}
        self.edges = {}          # id -> (source, target, {column: value})
        with open(path, encoding="ascii") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                tag = fields[0]
                if tag == "graph":
                    self.name = unescape(fields[1])
                    self.directed = fields[2] == "directed"
                elif tag == "G":
                    self.types["graph"][fields[1]] = fields[2]
                    self.graph[fields[1]] = typed(fields[2], unescape(fields[3]))
                elif tag == "node":
                    self.nodes[fields[1]] = {}
                elif tag == "N":
                    self.types["node"][fields[2]] = fields[3]
                    self.nodes[fields[1]][fields[2]] = typed(fields[3], unescape(fields[4]))
                elif tag == "edge":
                    self.edges[fields[1]] = (fields[2], fields[3], {})
                elif tag == "E":
                    self.types["edge"][fields[2]] = fields[3]
                    self.edges[fields[1]][2][fields[2]] = typed(fields[3], unescape(fields[4]))
                else:
                    raise ValueError("unknown dump line: " + line)


def same(expected, actual):
    """Identity of values: NaN equals NaN, -0.0 differs from 0.0, bool is not int."""
    if isinstance(expected, float) and isinstance(actual, float):
        if math.isnan(expected) or math.isnan(actual):
            return math.isnan(expected) and math.isnan(actual)
        return expected == actual and math.copysign(1, expected) == math.copysign(1, actual)
    return type(expected) is type(actual) and expected == actual


class Mismatches:
    """Collects differences and prints them; exit status 1 when there are any."""

    def __init__(self, what):
        self.what = what
        self.items = []

    def expect(self, condition, message):
        if not condition:
            self.items.append(message)

    def value(self, where, expected, actual):
        if not same(expected, actual):
            self.items.append("%s: expected %r, got %r" % (where, shorten(expected), shorten(actual)))

    def finish(self):
        if self.items:
            print("%s: %d mismatches" % (self.what, len(self.items)))
            for item in self.items[:60]:
                print("  " + item)
            raise SystemExit(1)
        print("%s: ok" % self.what)


def shorten(value):
    if isinstance(value, str) and len(value) > 200:
        return value[:100] + "...<%d chars>..." % len(value) + value[-60:]
    return value
