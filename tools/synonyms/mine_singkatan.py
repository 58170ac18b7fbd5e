#!/usr/bin/env python3
"""Mine high-confidence acronym/expansion pairs from ../shared/data/singkatan-peraturan for the synonym map.

Rules (each pair must pass all):
- keyakinan (confidence) is `tinggi`: seen in at least two regulations;
- the acronym is 2 to 12 characters, letters (and an inner hyphen) only, at least two of them upper case,
  and, lower-cased, is neither a stopword nor a word-like attested root (two vowels or more, attested by
  affixation), so acronyms that are also ordinary words never expand;
- the expansion is 2 to 10 words of letters (commas allowed), starts with the acronym's first letter, and
  has no digits;
- for an acronym with several expansions, only those found in at least a fifth as many documents as its
  most frequent one are kept (drops OCR variants; real ambiguity such as KK stays, as separate groups).

Output: src/Inovasi.Search/Resources/synonyms-singkatan.txt in SynonymMap's format (`acronym | expansion`).
Usage: python3 tools/synonyms/mine_singkatan.py   (derived output: regenerate, never edit)
"""
import collections
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCE = os.path.join(REPO, "..", "shared", "data", "singkatan-peraturan", "singkatan_peraturan.tsv")
RESOURCES = os.path.join(REPO, "src", "Inovasi.Search", "Resources")
OUT = os.path.join(RESOURCES, "synonyms-singkatan.txt")

ACRONYM = re.compile(r"^[A-Za-z]+(-[A-Za-z]+)?$")
EXPANSION = re.compile(r"^[A-Za-z][A-Za-z ,]*[A-Za-z]$")


def load_rows(name):
    with open(os.path.join(RESOURCES, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def ordinary_words():
    """Stopwords, and attested roots that look like words (two vowels or more, attested by affixation)."""
    words = {row[0] for row in load_rows("stopwords.txt")}
    for row in load_rows("roots.txt"):
        word, weight = row[0], int(row[1])
        if weight >= 2 and sum(c in "aeiou" for c in word) >= 2:
            words.add(word)
    return words


def main():
    blocked = ordinary_words()
    by_acronym = collections.defaultdict(list)
    with open(SOURCE, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["keyakinan"] != "tinggi":
                continue
            acronym = row["singkatan"].strip()
            expansion = " ".join(row["kepanjangan"].split()).strip(" ,")
            if not (2 <= len(acronym) <= 12 and ACRONYM.match(acronym)):
                continue
            if sum(c.isupper() for c in acronym) < 2 or acronym.lower().replace("-", "") in blocked:
                continue
            words = expansion.split()
            if not (2 <= len(words) <= 10 and EXPANSION.match(expansion)):
                continue
            if expansion[0].lower() != acronym[0].lower():
                continue
            by_acronym[acronym.lower()].append((int(row["jumlah_dokumen"]), expansion.lower()))

    lines = []
    for acronym in sorted(by_acronym):
        options = sorted(by_acronym[acronym], reverse=True)
        top = options[0][0]
        seen = set()
        for documents, expansion in options:
            if documents * 5 < top or expansion in seen:
                continue
            seen.add(expansion)
            lines.append(f"{acronym} | {expansion}")

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Acronym groups mined by tools/synonyms/mine_singkatan.py from ../shared/data/singkatan-peraturan\n")
        f.write("# (pairs seen in at least two national regulations). Do not edit: regenerate.\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{len(lines)} groups -> {OUT}")


if __name__ == "__main__":
    main()
