"""rdflib peer: N-Triples -> RDF/XML (rdflib's "xml" serializer). Usage: INPUT.nt OUTPUT.rdf"""
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="nt")
graph.serialize(destination=sys.argv[2], format="xml")
