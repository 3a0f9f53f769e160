"""igraph peer: node-link JSON -> GraphML or DOT through python-igraph's C writers.

igraph has no node-link reader, so the graph is built from Python's json: vertices in file
order with every attribute (missing strings become "", missing numbers NaN, as igraph itself
fills them), edges by vertex index. Usage: igraph_convert.py INPUT.json OUTPUT.(graphml|dot)
"""
import json
import math
import sys

import igraph

source, output = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as handle:
    data = json.load(handle)


def columns(rows, skip):
    names = []
    seen = set()
    for row in rows:
        for name in row:
            if name not in seen and name not in skip:
                seen.add(name)
                names.append(name)
    table = {}
    for name in names:
        values = [row.get(name) for row in rows]
        sample = next(value for value in values if value is not None)
        if isinstance(sample, str):
            table[name] = [value if value is not None else "" for value in values]
        else:
            table[name] = [value if value is not None else math.nan for value in values]
    return table


nodes = data["nodes"]
index = {node["id"]: position for position, node in enumerate(nodes)}
edges = data["edges"]
graph = igraph.Graph(
    n=len(nodes),
    edges=[(index[edge["source"]], index[edge["target"]]) for edge in edges],
    directed=data.get("directed", False),
    vertex_attrs=columns(nodes, skip=set()),
    edge_attrs=columns(edges, skip={"source", "target"}),
)
if output.endswith(".graphml"):
    graph.write_graphml(output)
elif output.endswith(".dot"):
    graph.write_dot(output)
else:
    sys.exit(f"unknown output format: {output}")
