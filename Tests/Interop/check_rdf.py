#!/usr/bin/env python3
"""Judges NewsGraph's RDF/XML with rapper and rdflib, against the reference dump.

    check_rdf.py RDF DUMP ONTOLOGY TRIPLES [--supply SUPPLIER,WEAPON,RECIPIENT,SOURCE ...]

RDF is the exported file, DUMP its reference dump (graphdump.py), ONTOLOGY the OWL file it was
written with, TRIPLES the N-Triples of NewsGraph's own triple builder. Checks:

1. rapper reads RDF (and ONTOLOGY) with exit status 0 and no warning or error on stderr;
2. rdflib reads it; rapper's N-Triples read by rdflib give the same triple set, of the same
   size as rapper's count, as rdflib's own parse and as TRIPLES; there are no blank nodes;
3. every node, edge, attribute and evidence of DUMP is there, value for value, and nothing
   else is: types, labels, altLabels, owl:sameAs, the plain triple and the rdf:Statement of
   each edge, typed literals (xsd:integer -> int, xsd:double -> float with NaN/INF/-INF,
   xsd:boolean -> bool), entity IRIs for object-property attributes;
4. ONTOLOGY and RDF read together: every class and property used is declared, and
   rdfs:subPropertyOf* ng:relatedTo finds every plain triple;
5. SPARQL "who supplies which weapon to whom, according to whom" returns exactly the
   --supply rows (entity ids), with the labels of the dump.
"""
import argparse
import json
import math
import re
import subprocess
import sys
import urllib.parse

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from graphdump import Dump, Mismatches, same, shorten

# Keep lexical forms as written ("-0.0", "INF"), so that comparisons are exact.
rdflib.NORMALIZE_LITERALS = False

RESERVED_NODE = {"label", "name", "type", "aliases", "wikidata"}
RESERVED_EDGE = {"relation", "interaction", "document", "sentence", "start", "end",
                 "evidence", "support", "provenance"}
DATATYPES = {"string": None, "integer": XSD.integer, "double": XSD.double,
             "boolean": XSD.boolean, "date": XSD.date}
XSD_DOUBLE = re.compile(r"^(NaN|-?INF|[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)$")
W3C = (str(RDF), str(RDFS), str(OWL), str(SKOS), str(PROV), str(XSD))


def rapper(path, problems):
    """rapper's N-Triples and triple count; records non-zero exits and warnings."""
    run = subprocess.run(["rapper", "-i", "rdfxml", "-o", "ntriples", path], capture_output=True)
    stderr = run.stderr.decode("utf-8", "replace")
    problems.expect(run.returncode == 0, "rapper exited %d on %s" % (run.returncode, path))
    noisy = [line for line in stderr.splitlines()
             if "warning" in line.lower() or "error" in line.lower()]
    problems.expect(not noisy, "rapper complained about %s: %s" % (path, noisy[:5]))
    count = re.search(r"Parsing returned (\d+) triple", stderr)
    return run.stdout.decode("utf-8"), int(count.group(1)) if count else -1


def safe_name(name):
    """AttributeNaming's rule: one `_` per code point outside [A-Za-z0-9._-]."""
    keep = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"
    text = "".join(c if c in keep else "_" for c in name)
    if not text or not (text[0] in keep[:52] or text[0] == "_"):
        text = "_" + text
    return text


class Checker:
    def __init__(self, args):
        self.args = args
        self.problems = Mismatches("RDF/XML %s" % args.rdf)
        self.dump = Dump(args.dump)

    def run(self):
        self.read_ontology()
        self.read_data()
        self.compare_parsers()
        self.check_graph()
        self.check_nodes()
        self.check_edges()
        self.check_declarations()
        self.check_subjects()
        self.check_with_ontology()
        self.check_supplies()
        self.problems.finish()

    # --- reading ------------------------------------------------------------------------

    def read_ontology(self):
        text, count = rapper(self.args.ontology, self.problems)
        self.ontology = Graph()
        self.ontology.parse(self.args.ontology, format="xml")
        self.problems.expect(len(self.ontology) == count,
                             "ontology: rapper read %d triples, rdflib %d" % (count, len(self.ontology)))
        ng = dict(self.ontology.namespaces()).get("ng")
        self.problems.expect(ng is not None, "the ontology binds no ng prefix")
        self.NG = rdflib.Namespace(str(ng))
        header = self.ontology.value(predicate=RDF.type, object=OWL.Ontology)
        self.RES = str(self.ontology.value(header, self.NG.resourceNamespace))
        self.ATTR = str(self.ontology.value(header, self.NG.attributeNamespace))
        self.WD = str(self.ontology.value(header, self.NG.wikidataNamespace))
        self.columns = {str(c): p for p, c in self.ontology.subject_objects(self.NG.column)}
        self.object_properties = set(self.ontology.subjects(RDF.type, OWL.ObjectProperty))
        own = lambda kind: {str(s)[len(str(self.NG)):]: s for s in self.ontology.subjects(RDF.type, kind)
                            if str(s).startswith(str(self.NG))}
        self.classes = own(OWL.Class)
        self.relations = {name: iri for name, iri in own(OWL.ObjectProperty).items()
                          if (iri, self.NG.column, None) not in self.ontology}

    def read_data(self):
        self.rapper_text, self.rapper_count = rapper(self.args.rdf, self.problems)
        self.data = Graph()
        self.data.parse(self.args.rdf, format="xml")
        self.from_rapper = Graph()
        self.from_rapper.parse(data=self.rapper_text, format="nt")
        self.ours = Graph()
        self.ours.parse(self.args.triples, format="nt")

    def compare_parsers(self):
        p = self.problems
        lines = [line for line in self.rapper_text.splitlines() if line.strip()]
        with open(self.args.triples, encoding="utf-8") as handle:
            our_lines = [line for line in handle if line.strip()]
        counts = (len(self.data), len(self.from_rapper), self.rapper_count, len(lines), len(our_lines))
        p.expect(len(set(counts)) == 1,
                 "triple counts differ: rdflib %d, rapper N-Triples in rdflib %d, rapper %d, "
                 "N-Triples lines %d, builder %d" % counts)
        for name, other in (("rapper", self.from_rapper), ("the triple builder", self.ours)):
            mine, theirs = set(self.data), set(other)
            for triple in sorted(mine - theirs)[:5]:
                p.expect(False, "rdflib read %s, %s did not" % (shorten(str(triple)), name))
            for triple in sorted(theirs - mine)[:5]:
                p.expect(False, "%s has %s, rdflib did not read it" % (name, shorten(str(triple))))
        blank = [t for t in self.data if any(isinstance(term, BNode) for term in t)]
        p.expect(not blank, "blank nodes: %s" % blank[:3])

    # --- values -------------------------------------------------------------------------

    def value(self, term, where):
        """The dump's value for an RDF object (an entity IRI gives its id)."""
        if isinstance(term, URIRef):
            text = str(term)
            self.problems.expect(text.startswith(self.RES), "%s: IRI %s is not an entity" % (where, text))
            return text[len(self.RES):]
        text = str(term)
        datatype = term.datatype
        if datatype is None:
            return text
        if datatype == XSD.integer:
            return int(text)
        if datatype == XSD.double:
            self.problems.expect(XSD_DOUBLE.match(text), "%s: %r is not an xsd:double" % (where, text))
            return {"NaN": math.nan, "INF": math.inf, "-INF": -math.inf}.get(text) or float(text)
        if datatype == XSD.boolean:
            self.problems.expect(text in ("true", "false"), "%s: boolean %r" % (where, text))
            return text == "true"
        return text

    def only(self, subject, predicate, where):
        objects = list(self.data.objects(subject, predicate))
        self.problems.expect(len(objects) == 1, "%s: %d objects, expected 1" % (where, len(objects)))
        return objects[0] if objects else None

    def attribute(self, subject, column, expected, kind, where):
        """One attribute triple: the value and its datatype. Returns the predicate."""
        predicate = self.columns.get(column) or URIRef(self.ATTR + column)
        term = self.only(subject, predicate, "%s %s" % (where, column))
        if term is None:
            return predicate
        if isinstance(term, URIRef):
            self.problems.expect(predicate in self.object_properties and kind == "string",
                                 "%s %s: an IRI for a %s datatype property" % (where, column, kind))
        else:
            self.problems.expect(term.datatype == DATATYPES[kind] and term.language is None,
                                 "%s %s: datatype %s for a %s column" % (where, column, term.datatype, kind))
        self.problems.value("%s %s" % (where, column), expected, self.value(term, where))
        return predicate

    def relation_property(self, kind):
        return self.relations.get(kind, self.NG.relatedTo)

    # --- the model ----------------------------------------------------------------------

    def check_graph(self):
        collections = list(self.data.subjects(RDF.type, PROV.Collection))
        self.problems.expect(len(collections) == 1, "%d prov:Collection resources" % len(collections))
        if not collections:
            return
        self.graph_iri = collections[0]
        self.problems.value("graph name", self.dump.name,
                            self.value(self.only(self.graph_iri, RDFS.label, "graph label"), "graph"))
        predicates = {RDF.type, RDFS.label}
        for column, value in self.dump.graph.items():
            if column != "name":
                predicates.add(self.attribute(self.graph_iri, column, value,
                                              self.dump.types["graph"][column], "graph"))
        self.problems.expect(set(self.data.predicates(self.graph_iri)) == predicates,
                             "graph: predicates %s" % set(self.data.predicates(self.graph_iri)))

    def check_nodes(self):
        plain = {}
        for edge, (source, target, row) in self.dump.edges.items():
            plain.setdefault(source, {}).setdefault(self.relation_property(row["relation"]), set()) \
                .add(URIRef(self.RES + target))
        for node, row in self.dump.nodes.items():
            where = "node %s" % node
            subject = URIRef(self.RES + node)
            predicates = {RDF.type, RDFS.label}
            types = set(self.data.objects(subject, RDF.type))
            if row["type"] in self.classes:
                self.problems.expect(types == {self.classes[row["type"]]}, "%s: types %s" % (where, types))
            else:
                self.problems.expect(types == {self.NG.Entity}, "%s: types %s" % (where, types))
                predicates.add(self.NG.className)
                self.problems.value(where + " className", row["type"],
                                    self.value(self.only(subject, self.NG.className, where), where))
            label = self.only(subject, RDFS.label, where + " label")
            self.problems.value(where + " label", row["label"], self.value(label, where))
            aliases = json.loads(row["aliases"]) if "aliases" in row else []
            found = list(self.data.objects(subject, SKOS.altLabel))
            self.problems.expect(all(isinstance(a, Literal) and a.datatype is None for a in found),
                                 where + ": altLabels must be plain literals")
            self.problems.expect(sorted(set(aliases)) == sorted(str(a) for a in found),
                                 "%s: altLabels %r, expected %r" % (where, [shorten(str(a)) for a in found], aliases))
            if aliases:
                predicates.add(SKOS.altLabel)
            if "wikidata" in row:
                predicates.add(OWL.sameAs)
                iri = self.WD + urllib.parse.quote(row["wikidata"], safe="!$&'()*+,;=:@")
                self.problems.expect(set(self.data.objects(subject, OWL.sameAs)) == {URIRef(iri)},
                                     "%s: owl:sameAs %s, expected %s" % (where, list(self.data.objects(subject, OWL.sameAs)), iri))
            for column, value in row.items():
                if column not in RESERVED_NODE:
                    predicates.add(self.attribute(subject, column, value,
                                                  self.dump.types["node"][column], where))
            for predicate, targets in plain.get(node, {}).items():
                predicates.add(predicate)
                self.problems.expect(set(self.data.objects(subject, predicate)) == targets,
                                     "%s: %s targets %s, expected %s" % (where, predicate, set(self.data.objects(subject, predicate)), targets))
            found_predicates = set(self.data.predicates(subject))
            self.problems.expect(found_predicates == predicates,
                                 "%s: predicates %s, expected %s" % (where, found_predicates, predicates))

    def check_edges(self):
        for edge, (source, target, row) in self.dump.edges.items():
            where = "edge %s" % edge
            statement = URIRef(self.RES + "relation/" + edge)
            property = self.relation_property(row["relation"])
            predicates = {RDF.type, RDF.subject, RDF.predicate, RDF.object}
            self.problems.expect((URIRef(self.RES + source), property, URIRef(self.RES + target)) in self.data,
                                 where + ": the plain triple is missing")
            for predicate, expected in ((RDF.type, RDF.Statement), (RDF.subject, URIRef(self.RES + source)),
                                        (RDF.predicate, property), (RDF.object, URIRef(self.RES + target))):
                found = self.only(statement, predicate, "%s %s" % (where, predicate))
                self.problems.expect(found == expected, "%s: %s is %s, expected %s" % (where, predicate, found, expected))
            if row["relation"] not in self.relations:
                predicates.add(self.NG.relationName)
                self.problems.value(where + " relationName", row["relation"],
                                    self.value(self.only(statement, self.NG.relationName, where), where))
            for column, value in row.items():
                if column not in RESERVED_EDGE:
                    predicates.add(self.attribute(statement, column, value,
                                                  self.dump.types["edge"][column], where))
            if "provenance" in row:
                entries = json.loads(row["provenance"])
            elif "document" in row:
                entries = [{key: row[key] for key in ("document", "sentence", "start", "end", "evidence")}]
            else:
                entries = []
            if entries:
                predicates.add(PROV.wasDerivedFrom)
                for key in ("document", "sentence", "start", "end", "evidence"):
                    self.problems.value("%s first %s" % (where, key), entries[0][key], row[key])
                self.problems.value(where + " support", len(entries), row.get("support"))
            evidence = [URIRef("%sevidence/%s-%d" % (self.RES, edge, i)) for i in range(len(entries))]
            found = set(self.data.objects(statement, PROV.wasDerivedFrom))
            self.problems.expect(found == set(evidence), "%s: evidence %s" % (where, found))
            for index, (iri, entry) in enumerate(zip(evidence, entries)):
                at = "%s evidence %d" % (where, index)
                self.problems.expect(set(self.data.objects(iri, RDF.type)) == {self.NG.Evidence}, at + ": type")
                for key in ("document", "sentence", "start", "end", "evidence"):
                    term = self.only(iri, self.NG[key], "%s %s" % (at, key))
                    if term is not None:
                        kind = XSD.integer if key in ("sentence", "start", "end") else None
                        self.problems.expect(term.datatype == kind, "%s %s: datatype %s" % (at, key, term.datatype))
                        self.problems.value("%s %s" % (at, key), entry[key], self.value(term, at))
                self.problems.expect(len(list(self.data.predicate_objects(iri))) == 6, at + ": extra triples")
            found_predicates = set(self.data.predicates(statement))
            self.problems.expect(found_predicates == predicates,
                                 "%s: predicates %s, expected %s" % (where, found_predicates, predicates))

    def check_declarations(self):
        """Undeclared attribute properties are declared, labelled with their original name."""
        used = {p for p in self.data.predicates() if str(p).startswith(self.ATTR)}
        declared = set(self.data.subjects(RDF.type, OWL.DatatypeProperty))
        self.problems.expect(used == declared, "attribute properties used %s, declared %s" % (used, declared))
        for prop in declared:
            local = str(prop)[len(self.ATTR):]
            labels = [str(l) for l in self.data.objects(prop, RDFS.label)]
            self.problems.expect(len(labels) == 1 and re.fullmatch(re.escape(safe_name(labels[0])) + r"(_\d+)?", local),
                                 "%s: labels %r" % (prop, labels))
            self.problems.expect(len(list(self.data.predicate_objects(prop))) == 2, "%s: extra triples" % prop)

    def check_subjects(self):
        expected = {URIRef(self.RES + node) for node in self.dump.nodes}
        for edge, (_, _, row) in self.dump.edges.items():
            expected.add(URIRef(self.RES + "relation/" + edge))
            count = len(json.loads(row["provenance"])) if "provenance" in row else (1 if "document" in row else 0)
            expected.update(URIRef("%sevidence/%s-%d" % (self.RES, edge, i)) for i in range(count))
        expected.update(self.data.subjects(RDF.type, OWL.DatatypeProperty))
        if getattr(self, "graph_iri", None) is not None:
            expected.add(self.graph_iri)
        found = set(self.data.subjects())
        self.problems.expect(found == expected, "unexpected subjects %s, missing %s"
                             % (list(found - expected)[:5], list(expected - found)[:5]))

    # --- with the ontology ----------------------------------------------------------------

    def check_with_ontology(self):
        both = Graph()
        both += self.ontology
        both += self.data
        self.problems.expect(len(both) == len(set(self.ontology) | set(self.data)), "union size")
        declared = set()
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
            declared.update(both.subjects(RDF.type, kind))
        for predicate in set(self.data.predicates()):
            self.problems.expect(predicate in declared or str(predicate).startswith(W3C),
                                 "property %s is not declared" % predicate)
        classes = set(both.subjects(RDF.type, OWL.Class))
        for kind in set(self.data.objects(None, RDF.type)):
            self.problems.expect(kind in classes or str(kind).startswith(W3C), "class %s is not declared" % kind)
        query = """
            PREFIX rdfs: <%s> PREFIX ng: <%s>
            SELECT DISTINCT ?s ?p ?o WHERE { ?p rdfs:subPropertyOf* ng:relatedTo . ?s ?p ?o }
        """ % (RDFS, self.NG)
        found = {(str(s), str(p), str(o)) for s, p, o in both.query(query)}
        expected = {(self.RES + source, str(self.relation_property(row["relation"])), self.RES + target)
                    for source, target, row in self.dump.edges.values()}
        self.problems.expect(found == expected, "subPropertyOf* ng:relatedTo found %s, expected %s"
                             % (sorted(found - expected)[:3], sorted(expected - found)[:3]))

    def check_supplies(self):
        query = """
            PREFIX rdf: <%s> PREFIX rdfs: <%s> PREFIX ng: <%s>
            SELECT ?supplier ?weapon ?recipient ?source
                   ?supplierLabel ?weaponLabel ?recipientLabel ?sourceLabel
            WHERE {
              ?supplier ng:supplies ?recipient .
              ?statement a rdf:Statement ; rdf:subject ?supplier ; rdf:predicate ng:supplies ;
                         rdf:object ?recipient ; ng:weapon ?weapon ; ng:attributedTo ?source .
              ?supplier rdfs:label ?supplierLabel . ?weapon rdfs:label ?weaponLabel .
              ?recipient rdfs:label ?recipientLabel . ?source rdfs:label ?sourceLabel .
            }
        """ % (RDF, RDFS, self.NG)
        rows = list(self.data.query(query))
        found = [tuple(self.value(term, "sparql") for term in row[:4]) for row in rows]
        expected = [tuple(row.split(",")) for row in self.args.supply]
        self.problems.expect(sorted(found) == sorted(expected),
                             "who supplies what to whom: %s, expected %s" % (found, expected))
        for row in rows:
            for term, label in zip(row[:4], row[4:]):
                node = self.value(term, "sparql")
                if node in self.dump.nodes:
                    self.problems.value("sparql label of " + node, self.dump.nodes[node]["label"], str(label))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rdf")
    parser.add_argument("dump")
    parser.add_argument("ontology")
    parser.add_argument("triples")
    parser.add_argument("--supply", action="append", default=[],
                        help="an expected SPARQL row: supplier,weapon,recipient,source entity ids")
    Checker(parser.parse_args()).run()


if __name__ == "__main__":
    main()
