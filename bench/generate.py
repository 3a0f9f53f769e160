"""Deterministic synthetic inputs for `make bench`.

Everything comes from `random.Random(seed)` with fixed seeds and is written in a fixed order,
so the same size gives the same bytes on every machine (Python 3's seeded `random` is stable
across versions for `random()`, `randrange()` and `choice()`).

- `graph(edges, json_path, nt_path)`: a node-link JSON graph shaped like NewsGraph's own
  export (`label`, `name`, `type`, `aliases` as a JSON array string, `wikidata`; edges with
  `key`, `relation`, provenance columns, evidence sentences) and the same graph as N-Triples,
  shaped like NewsGraph's RDF/XML (typed resources, `rdfs:label`, `skos:altLabel`, the direct
  triple plus an `rdf:Statement` carrying the edge's attributes).
- `lexicon(path, entries)`: an analyst lexicon TSV (`id type label aliases wikidata`).
- `corpus(folder, megabytes, lexicon_path)`: news-like articles built from templates that name
  lexicon entries, with an `INDEX.tsv`.
"""

import json
import os
import random

# Attribute namespace and resource namespace of NewsGraph's RDF export.
RES = "https://w3id.org/newsgraph/id/"
NG = "https://w3id.org/newsgraph/ontology#"
NGA = "https://w3id.org/newsgraph/attribute/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"

TYPES = ["Person", "Organization", "WeaponSystem", "State", "Location"]
TYPE_WEIGHTS = [40, 25, 15, 5, 15]
RELATIONS = ["supplies", "meets", "sanctions", "trains", "deploys", "develops", "memberOf",
             "holdsRole", "usesAgainst", "partyTo"]
MODALITIES = ["asserted", "planned", "denied", "reported", "hypothetical"]
VERBS = ["said", "told reporters", "confirmed", "announced", "claimed", "denied"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Élodie", "Farid", "Gökhan", "Hana", "Ingrid",
         "Jürgen", "Kateryna", "Lars", "Małgorzata", "Nikolai", "Oksana", "Pál", "Quentin",
         "Rania", "Søren", "Tomás", "Ulla", "Vítězslav", "Wen", "Xavier", "Yusuf", "Zoë",
         "Ahmed", "Björn", "Carmen", "Dariusz", "Emre", "Fatima", "Giorgi", "Hiroshi", "Irina",
         "José", "Kemal", "Leïla", "Mateusz", "Nadia", "Olga", "Pieter", "Ramón", "Sven",
         "Taras", "Umar", "Valeria", "Wojciech", "Yara", "Zdeněk"]
SYLLABLES = ["ka", "lo", "mi", "ran", "vek", "dor", "sel", "tan", "bri", "gov", "nas", "pel",
             "zur", "hal", "min", "stro", "vel", "ker", "dan", "sov", "lin", "mar", "tek", "bor",
             "ås", "øy", "ül", "ré", "ñe", "ça", "ež", "ił"]
ORG_HEADS = ["Ministry of", "Bureau of", "Council for", "Agency for", "Institute of",
             "Directorate of", "Command of", "Office of"]
ORG_TOPICS = ["Defence", "Strategic Studies", "Air Operations", "Naval Affairs", "Procurement",
              "Cyber Security", "Border Control", "Missile Research", "Intelligence",
              "Logistics"]
WEAPON_KINDS = ["drone", "howitzer", "missile", "frigate", "tank", "fighter", "radar",
                "interceptor", "rocket system", "submarine"]
PLACE_KINDS = ["Port", "Mount", "Lake", "Fort", "Cape", "Valley of", "Gulf of", "Isle of"]
# Suffixes that put every XML- and DOT-special character, and a few shell- and URL-special
# ones, into some labels: & < > " ' \ # % and non-ASCII.
SPECIAL = [" & Partners", " <Holdings>", ' "Vanguard"', " \\ Unit 7", " #3", " 50% Group",
           " O'Neil", " — Société Générale", " (北方)", " Ünited"]


def _word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _label(rng, kind, serial):
    if kind == "Person":
        return f"{rng.choice(FIRST)} {_word(rng, 3)}"
    if kind == "Organization":
        return f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TOPICS)} {_word(rng, 2)}"
    if kind == "WeaponSystem":
        return f"{_word(rng, 2)}-{serial % 997} {rng.choice(WEAPON_KINDS)}"
    if kind == "State":
        return f"Republic of {_word(rng, 3)}"
    return f"{rng.choice(PLACE_KINDS)} {_word(rng, 3)}"


def _jstr(text):
    """A JSON string literal; the generated text has no control characters to escape."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    return '"' + text + '"'


class _Draw:
    """Fast deterministic draws from one `random.Random`: `below(n)` and `pick(seq)` use
    `random()` alone, several times cheaper than `randrange` and `choice`."""

    def __init__(self, rng):
        self.random = rng.random

    def below(self, bound):
        return int(self.random() * bound)

    def pick(self, values):
        return values[int(self.random() * len(values))]


def _nt_literal(text):
    """An N-Triples 1.1 string literal (UTF-8; only backslash, quote and line breaks escaped),
    which rapper, pyoxigraph and rdflib all read."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\n" in text or "\r" in text:
        text = text.replace("\n", "\\n").replace("\r", "\\r")
    return '"' + text + '"'


def _compact(values):
    """A JSON array as NewsGraph writes list columns: compact, non-ASCII kept."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def _typed(value, datatype):
    return f'"{value}"^^<{XSD}{datatype}>'


def _evidence(draw, source, target):
    verb = draw.pick(VERBS)
    day = draw.pick(DAYS)
    number = 2 + draw.below(898)
    kind = draw.pick(WEAPON_KINDS)
    template = draw.below(4)
    return [
        f"{source} {verb} on {day} that it had delivered {number} {kind}s to {target}, "
        f"according to officials.",
        f"Officials in {target} {verb} that {source} would send more than {number} {kind}s "
        f"before the end of {draw.pick(MONTHS)}.",
        f"“We will not accept this,” {source} {verb}, after {target} moved {number} {kind}s "
        f"closer to the border.",
        f"{source} and {target} met on {day} to discuss the {kind} programme, a statement "
        f"said; {number} experts attended.",
    ][template]


def graph(edges, json_path, nt_path, seed=20261121):
    """Writes a graph of `edges` edges and about 0.3 × edges nodes, as JSON and N-Triples."""
    rng = random.Random(seed + edges)
    node_count = max(10, edges * 3 // 10)
    width = len(str(node_count))
    ids = [f"n{index:0{width}d}" for index in range(node_count)]
    iris = [f"<{RES}{node_id}>" for node_id in ids]
    kinds = rng.choices(TYPES, weights=TYPE_WEIGHTS, k=node_count)
    labels = []
    for index in range(node_count):
        label = _label(rng, kinds[index], index)
        if rng.random() < 0.2:
            label += rng.choice(SPECIAL)
        labels.append(label)

    with open(json_path, "w", encoding="utf-8", newline="\n") as out_json, \
            open(nt_path, "w", encoding="utf-8", newline="\n") as out_nt:
        out_json.write('{"directed":true,"multigraph":true,"graph":{"name":"bench-'
                       f'{edges}"}},"nodes":[\n')
        for index in range(node_count):
            node_id, kind, label = ids[index], kinds[index], labels[index]
            aliases = [label.split(" ")[-1], label.upper()] if rng.random() < 0.5 else []
            wikidata = f"Q{9_000_000 + index}" if rng.random() < 0.4 else None
            population = rng.randrange(0, 40_000_000)
            score = round(rng.random() * 100, 3)
            active = rng.random() < 0.7
            fields = [f'"id":"{node_id}"', f'"label":{_jstr(label)}',
                      f'"name":{_jstr(label)}', f'"type":"{kind}"']
            if aliases:
                fields.append(f'"aliases":{_jstr(_compact(aliases))}')
            if wikidata:
                fields.append(f'"wikidata":"{wikidata}"')
            fields += [f'"population":{population}', f'"score":{score!r}',
                       f'"active":{"true" if active else "false"}']
            separator = ",\n" if index + 1 < node_count else "\n"
            out_json.write("{" + ",".join(fields) + "}" + separator)

            subject = f"<{RES}{node_id}>"
            lines = [f"{subject} <{RDF}type> <{NG}{kind}> .",
                     f"{subject} <{RDFS}label> {_nt_literal(label)} ."]
            for alias in aliases:
                lines.append(f"{subject} <{SKOS}altLabel> {_nt_literal(alias)} .")
            if wikidata:
                lines.append(f"{subject} <{OWL}sameAs> <http://www.wikidata.org/entity/{wikidata}> .")
            lines += [f"{subject} <{NGA}population> {_typed(population, 'integer')} .",
                      f"{subject} <{NGA}score> {_typed(repr(score), 'double')} .",
                      f"{subject} <{NGA}active> {_typed('true' if active else 'false', 'boolean')} ."]
            out_nt.write("\n".join(lines) + "\n")

        out_json.write('],"edges":[\n')
        draw = _Draw(rng)
        for index in range(edges):
            source = draw.below(node_count)
            target = draw.below(node_count - 1)
            if target >= source:
                target += 1
            key = f"e{index:08d}"
            relation = draw.pick(RELATIONS)
            document = f"{draw.below(100_000):06d}_{rng.getrandbits(32):08x}.txt"
            sentence = 1 + draw.below(59)
            start = draw.below(20_000)
            evidence = _evidence(draw, labels[source], labels[target])
            end = start + len(evidence)
            # One evidence sentence per edge: `support` is then 1, as NewsGraph writes it.
            support = 1
            confidence = round(draw.random(), 4)
            modality = draw.pick(MODALITIES)
            verified = draw.random() < 0.3
            quantity = 1 + draw.below(4999) if draw.random() < 0.3 else None
            fields = [f'"source":"{ids[source]}"', f'"target":"{ids[target]}"', f'"key":"{key}"',
                      f'"relation":"{relation}"', f'"document":"{document}"',
                      f'"sentence":{sentence}', f'"start":{start}', f'"end":{end}',
                      f'"evidence":{_jstr(evidence)}', f'"support":{support}',
                      f'"confidence":{confidence!r}', f'"modality":"{modality}"',
                      f'"verified":{"true" if verified else "false"}']
            if quantity is not None:
                fields.append(f'"quantity":{quantity}')
            separator = ",\n" if index + 1 < edges else "\n"
            out_json.write("{" + ",".join(fields) + "}" + separator)

            statement = f"<{RES}relation/{key}>"
            lines = [f"{iris[source]} <{NG}{relation}> {iris[target]} .",
                     f"{statement} <{RDF}subject> {iris[source]} .",
                     f"{statement} <{RDF}predicate> <{NG}{relation}> .",
                     f"{statement} <{RDF}object> {iris[target]} .",
                     f"{statement} <{NG}document> {_nt_literal(document)} .",
                     f"{statement} <{NG}sentence> {_typed(sentence, 'integer')} .",
                     f"{statement} <{NG}evidence> {_nt_literal(evidence)} .",
                     f"{statement} <{NG}support> {_typed(support, 'integer')} .",
                     f"{statement} <{NGA}confidence> {_typed(repr(confidence), 'double')} .",
                     f"{statement} <{NG}modality> {_nt_literal(modality)} ."]
            if quantity is not None:
                lines.append(f"{statement} <{NG}quantity> {_typed(quantity, 'integer')} .")
            out_nt.write("\n".join(lines) + "\n")
        out_json.write("]}\n")
    return node_count


def lexicon(path, entries=100_000, seed=7):
    """Writes an analyst lexicon of `entries` rows with distinct labels; returns the labels by
    type (for the corpus templates)."""
    rng = random.Random(seed)
    by_type = {kind: [] for kind in TYPES}
    seen = set()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("id\ttype\tlabel\taliases\twikidata\n")
        serial = 0
        while serial < entries:
            kind = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
            label = _label(rng, kind, serial)
            if label in seen:
                continue
            seen.add(label)
            aliases = []
            if kind == "Person":
                first, _, last = label.partition(" ")
                aliases.append(f"{first[0]}. {last}")
            elif kind == "Organization" and rng.random() < 0.5:
                aliases.append("".join(word[0] for word in label.split() if word[0].isupper())
                               + f"-{serial}")
            wikidata = f"Q{90_000_000 + serial}" if rng.random() < 0.3 else ""
            out.write(f"bench-{kind.lower()}-{serial:06d}\t{kind}\t{label}\t"
                      f"{'|'.join(aliases)}\t{wikidata}\n")
            by_type[kind].append(label)
            serial += 1
    return by_type


SENTENCES = [
    "{P} said on {D} that {S} would deliver {N} {W} systems to {S2} before {M}.",
    "Officials in {L} confirmed that {O} had begun training crews on the {W}.",
    "{S} imposed new sanctions on {O} after {P2} met {P} in {L}.",
    "“We will respond,” {P} told reporters in {L}, adding that {S2} had deployed the {W}.",
    "According to {O}, {S} and {S2} signed an agreement on {D} covering {N} units of the {W}.",
    "{P2}, a spokesperson for {O}, denied that {S} had used the {W} against {S2}.",
    "The {W} was first shown at {L} in {M}, when {P} described it as a turning point.",
    "Analysts at {O} said the deal could reach {N} million dollars over five years.",
    "{S2} has suspended its cooperation with {O}, {P} said in a statement on {D}.",
    "Satellite images reviewed by {O} show {N} {W} launchers near {L}.",
    "Russia and Ukraine traded accusations on {D}, while NATO officials met in {L}.",
    "Weather in {L} delayed the exercise by two days, organisers said.",
]


def corpus(folder, megabytes, names_by_type, seed=11):
    """Writes articles of about 4 kB into `folder` until `megabytes` MB, plus INDEX.tsv; returns
    (article count, total bytes)."""
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    people = names_by_type["Person"]
    organizations = names_by_type["Organization"]
    weapons = names_by_type["WeaponSystem"]
    states = names_by_type["State"]
    places = names_by_type["Location"]
    target = megabytes * 1_000_000
    total = 0
    count = 0
    index_rows = ["file\ttitle\toutlet\tpublished\tnote"]
    while total < target:
        # Each article is about one small cast, as news is.
        cast = {"P": rng.choice(people), "P2": rng.choice(people), "O": rng.choice(organizations),
                "W": rng.choice(weapons), "S": rng.choice(states), "S2": rng.choice(states),
                "L": rng.choice(places)}
        title = f"{cast['S']} and {cast['S2']} discuss {cast['W']} deliveries"
        paragraphs = [title, ""]
        length = len(title)
        while length < 4000:
            sentences = []
            for _ in range(rng.randrange(2, 5)):
                if rng.random() < 0.3:
                    cast["P2"] = rng.choice(people)
                    cast["L"] = rng.choice(places)
                sentence = rng.choice(SENTENCES).format(
                    D=rng.choice(DAYS), M=rng.choice(MONTHS), N=rng.randrange(2, 900), **cast)
                sentences.append(sentence)
            paragraph = " ".join(sentences)
            paragraphs += [paragraph, ""]
            length += len(paragraph) + 2
        text = "\n".join(paragraphs) + "\n"
        name = f"{count:06d}_{rng.getrandbits(64):016x}.txt"
        data = text.encode("utf-8")
        subfolder = os.path.join(folder, f"{count // 1000:03d}")
        if count % 1000 == 0:
            os.makedirs(subfolder, exist_ok=True)
            if count > 0:
                _write_index(folder, count // 1000 - 1, index_rows)
                index_rows = index_rows[:1]
        with open(os.path.join(subfolder, name), "wb") as out:
            out.write(data)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        index_rows.append(f"{name}\t{title}\tBench Wire\t2024-{month:02d}-{day:02d}\tsynthetic")
        total += len(data)
        count += 1
    _write_index(folder, (count - 1) // 1000, index_rows)
    return count, total


def _write_index(folder, subfolder, rows):
    path = os.path.join(folder, f"{subfolder:03d}", "INDEX.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(rows) + "\n")
