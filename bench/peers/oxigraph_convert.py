"""pyoxigraph peer: N-Triples -> RDF/XML, streaming (parse is an iterator, serialize consumes it).

Usage: oxigraph_convert.py INPUT.nt OUTPUT.rdf
"""
import sys

import pyoxigraph

triples = pyoxigraph.parse(path=sys.argv[1], format=pyoxigraph.RdfFormat.N_TRIPLES)
pyoxigraph.serialize(triples, output=sys.argv[2], format=pyoxigraph.RdfFormat.RDF_XML)
