#!/usr/bin/env python3
"""Derive a lexicon of attested Indonesian roots from real text.

Rule (issue 2, section 3): a word is attested as a root when the corpus also holds it after an affix
that never changes the root's first letter -- di-, ter-, ber- (optionally followed by a suffix -kan, -i,
-an, -nya) or with -nya attached. Sound-changing prefixes (meN-, peN-) are not evidence, since they hide
the first letter, and that is exactly what the lexicon must decide.

A root never seen bare is kept when it follows di- often enough (diselenggarakan -> selenggara).
Frequent bare words (MIN_FREQUENT occurrences, not ending in a particle or possessive) join the lexicon too: they are no proof of rootness, but the
stemmer only uses an entry to choose among analyses and prefers the deepest attested one, so a frequent derived
word (pemerintah) still yields its attested root (perintah) while a frequent word that merely looks affixed
(menteri, pedoman) is kept whole instead of being cut by Tala's rules.

Inputs: the regulation corpus (../shared/data/peraturan-corpus/*.jsonl, field `teks`) and the LAN
innovation write-ups (../shared/data/lan-inovasi/inovasi_lan.jsonl, all text fields).
Output: src/Inovasi.Search/Resources/roots.txt, one root a line, sorted, with a header comment.

Usage: python3 tools/lexicon/build_roots.py [--shared ../shared] [--out src/Inovasi.Search/Resources/roots.txt]
The output is derived data: regenerate it, never edit it by hand.
"""
import argparse
import collections
import glob
import json
import os
import unicodedata

MIN_ROOT_LENGTH = 3      # the stemmer never produces shorter stems from longer words
MIN_ROOT_COUNT = 3       # a root seen bare must occur at least this often (filters OCR noise)
MIN_EVIDENCE_COUNT = 2   # total occurrences of attesting affixed forms, of at least two kinds (di-, ter-,
                         # ber-, -nya): one kind alone is how ber+ita (berita) or ter+ima (terima) would fool it
MIN_FREQUENT = 25        # a bare word this frequent is kept whole by the stemmer unless a deeper root is attested
MIN_COMMON_REST = 10     # a bare word this common blocks the suffix reading of its prefixed forms
MIN_BOUND_EVIDENCE = 3   # a root rarely seen bare (selenggara) needs this many occurrences after di-
PREFIXES = ("di", "ter", "ber")
INFLECTIONS = ("nya", "lah", "kah", "pun", "ku", "mu")
# Affixes are never roots, however often OCR splits them off ("ber kah" -> ber).
AFFIXES = {"ber", "ter", "per", "men", "mem", "meng", "meny", "pen", "pem", "peng", "peny", "kan", "nya", "lah",
           "kah", "pun", "tah", "kau", "para"}
SUFFIXES = ("", "kan", "i", "an", "nya")


def fold(text):
    """Lower-case and strip diacritics, as the analyzer does."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    """Runs of ASCII letters after folding (the lexicon is about Indonesian morphology only)."""
    current = []
    for c in fold(text):
        if "a" <= c <= "z":
            current.append(c)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def texts(shared):
    for path in sorted(glob.glob(os.path.join(shared, "data", "peraturan-corpus", "peraturan_fulltext_*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line).get("teks") or ""
    with open(os.path.join(shared, "data", "lan-inovasi", "inovasi_lan.jsonl"), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield " ".join(str(v) for v in row.values() if isinstance(v, str))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--out", default=os.path.join(repo, "src", "Inovasi.Search", "Resources", "roots.txt"))
    args = parser.parse_args()

    counts = collections.Counter()
    for text in texts(args.shared):
        counts.update(words(text))

    evidence = collections.Counter()
    after_di = collections.Counter()
    kinds = collections.defaultdict(set)
    for word, n in counts.items():
        for prefix in PREFIXES:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix):]
            for suffix in SUFFIXES:
                if suffix and not rest.endswith(suffix):
                    continue
                root = rest[: len(rest) - len(suffix)] if suffix else rest
                # A suffix reading does not count when the unsuffixed rest is itself a common bare word, much
                # commoner than the shorter reading: dinilai attests nilai, not nila + -i; dilayani attests layan.
                if suffix and counts.get(rest, 0) >= MIN_COMMON_REST and counts.get(rest, 0) > 2 * counts.get(root, 0):
                    continue
                if len(root) >= MIN_ROOT_LENGTH:
                    evidence[root] += n
                    kinds[root].add(prefix)
                    if prefix == "di":
                        after_di[root] += n
        if word.endswith("nya"):
            root = word[:-3]
            if len(root) >= MIN_ROOT_LENGTH:
                evidence[root] += n
                kinds[root].add("nya")

    roots = sorted(
        w for w, e in evidence.items()
        if len(w) >= MIN_ROOT_LENGTH and (
            (e >= MIN_EVIDENCE_COUNT and counts.get(w, 0) >= MIN_ROOT_COUNT and len(kinds[w]) >= 2)
            or after_di[w] >= MIN_BOUND_EVIDENCE))
    frequent = {w for w, n in counts.items()
                if n >= MIN_FREQUENT and len(w) >= MIN_ROOT_LENGTH and not w.endswith(INFLECTIONS)}
    roots = sorted((set(roots) | frequent) - AFFIXES)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Attested Indonesian roots, derived by tools/lexicon/build_roots.py from the regulation corpus\n")
        f.write("# (mblonyox/data-peraturan) and the LAN innovation directory. Do not edit: regenerate.\n")
        f.write("# Format: root<TAB>weight (occurrences of attesting affixed forms; 1 for a frequent bare word).\n")
        for w in roots:
            f.write(f"{w}\t{max(1, evidence[w])}\n")
    print(f"{len(counts)} distinct words, {len(roots)} attested roots -> {args.out}")


if __name__ == "__main__":
    main()
