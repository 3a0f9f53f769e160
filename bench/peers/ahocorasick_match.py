"""pyahocorasick peer: match every lexicon label and alias over every article (match only).

Builds one automaton of the analyst lexicon's labels and aliases, then reads each *.txt file
under CORPUS and counts the matches (case-sensitive, as written in the lexicon). Prints
`automaton_seconds match_seconds matches bytes` so the harness can report the matching alone
as well as the whole process. Usage: ahocorasick_match.py LEXICON.tsv CORPUS OUT.txt
"""
import os
import sys
import time

import ahocorasick

lexicon, corpus, output = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
automaton = ahocorasick.Automaton()
with open(lexicon, encoding="utf-8") as handle:
    next(handle)
    for line in handle:
        fields = line.rstrip("\n").split("\t")
        names = [fields[2]] + [alias for alias in fields[3].split("|") if alias]
        for name in names:
            automaton.add_word(name, fields[0])
automaton.make_automaton()
built = time.perf_counter()

matches = 0
total = 0
paths = []
for folder, subfolders, files in os.walk(corpus):
    subfolders.sort()
    paths += [os.path.join(folder, name) for name in sorted(files) if name.endswith(".txt")]
for path in paths:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    total += len(text)
    for _ in automaton.iter(text):
        matches += 1
finished = time.perf_counter()
with open(output, "w") as out:
    out.write(f"{built - started:.6f} {finished - built:.6f} {matches} {total}\n")
