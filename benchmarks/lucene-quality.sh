#!/usr/bin/env bash
# Lucene's quality on the judged query set, as a reference for Inovasi's (docs/search-quality.md).
#
#   benchmarks/lucene-quality.sh [-v]      # -v: one line per query
#
# Indexes data/ with the Lucene anchor (../shared/anchors/lucene: IndonesianAnalyzer, BM25, title boost 2, OR)
# and scores tests/Inovasi.Search.Tests/TestData/judged-queries.tsv with the same nDCG@10 (gain 2^grade - 1)
# and MRR (first write-up graded 2 or 3) as the test SearchQualityTests.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
anchors="${ANCHORS:-$(realpath -m "$repo/../shared/anchors")}"
judged="$repo/tests/Inovasi.Search.Tests/TestData/judged-queries.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$anchors/lucene/anchor.sh" index "$repo/data" "$work/index" > /dev/null
awk -F'\t' '!/^#/ && NF == 4 {print $1 "\t" $3}' "$judged" > "$work/queries.tsv"
"$anchors/lucene/anchor.sh" search "$work/index" "$work/queries.tsv" 10 1 0.1 > "$work/search.jsonl"
python3 - "$judged" "$work/search.jsonl" "${1:-}" <<'PY'
import json, math, sys
judged = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    qid, kind, text, grades = line.rstrip("\n").split("\t")
    judged[qid] = (kind, text, {g.rsplit(":", 1)[0]: int(g.rsplit(":", 1)[1]) for g in grades.split()})
def ndcg(ranked, grades, k=10):
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(grades.values(), reverse=True)[:k]))
    return dcg / ideal
def rr(ranked, grades):
    return next((1 / (i + 1) for i, d in enumerate(ranked) if grades.get(d, 0) >= 2), 0.0)
by_kind, all_n, all_r = {}, [], []
for line in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(line)
    if o.get("summary"):
        continue
    kind, text, grades = judged[o["qid"]]
    n, r = ndcg(o["top"], grades), rr(o["top"], grades)
    all_n.append(n); all_r.append(r)
    by_kind.setdefault(kind, []).append((n, r))
    if sys.argv[3] == "-v":
        print(f"{o['qid']} {kind:10} nDCG@10 {n:.3f} RR {r:.3f}  {text}  ->  {', '.join(o['top'][:3])}")
for kind, v in sorted(by_kind.items()):
    print(f"kind {kind:10} n={len(v):2}  nDCG@10 {sum(a for a, _ in v) / len(v):.3f}  MRR {sum(b for _, b in v) / len(v):.3f}")
print(f"ALL {len(all_n)} queries: nDCG@10 {sum(all_n) / len(all_n):.3f}  MRR {sum(all_r) / len(all_r):.3f}  (Lucene 8 IndonesianAnalyzer, BM25)")
PY
