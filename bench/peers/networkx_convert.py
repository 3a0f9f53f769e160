"""NetworkX peer: node-link JSON -> GraphML (write_graphml_lxml) or DOT (write_dot via pydot).

For DOT, the node attribute `name` is renamed `node_name` first: pydot's `Node(name, **attrs)`
takes `name` for the node id and fails on a graph that has one ("got multiple values for
argument 'name'"), which any user of write_dot on such a graph must work around the same way.
Usage: networkx_convert.py INPUT.json OUTPUT.(graphml|dot)
"""
import json
import sys

import networkx as nx

source, output = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as handle:
    graph = nx.node_link_graph(json.load(handle), edges="edges")
if output.endswith(".graphml"):
    nx.write_graphml_lxml(graph, output)
elif output.endswith(".dot"):
    for _, attributes in graph.nodes(data=True):
        if "name" in attributes:
            attributes["node_name"] = attributes.pop("name")
    nx.nx_pydot.write_dot(graph, output)
else:
    sys.exit(f"unknown output format: {output}")
