#!/usr/bin/env bash
# Inovasi next to Apache Lucene 8 on the same generated corpus and the same queries, in one run.
#
#   benchmarks/lucene-compare.sh [DOCS]          # DOCS generated write-ups (default 100000)
#
# Steps: generate the corpus with `inovasi generate` (cached), build Lucene's index and Inovasi's index
# (each under /usr/bin/time for peak memory), re-index Inovasi with nothing changed, open it, then time the
# same query file on both, in-process, one thread, after a warm-up. Prints Lucene's report table
# (../shared/anchors/report.py) and the ratios Inovasi / Lucene.
#
# The anchor is the Java program in ../shared/anchors/lucene (Debian liblucene8-java: `apt-get install -y
# liblucene8-java`); it is invoked from there at run time, never copied. Environment:
#   QUERIES      query file, qid<TAB>text (default benchmarks/queries/lucene-compare.tsv)
#   SEED         generator seed (default 1)
#   REPEATS      measured rounds over the query file (default 100)
#   WARMUP_S     warm-up seconds per engine (default 5; Lucene also needs >= 20,000 executions)
#   INOVASI_BENCH_CACHE  where corpora are cached (shared with SearchBenchmarks) (default ${TMPDIR:-/tmp}/inovasi-bench)
#   OUT          output folder (default a new folder under INOVASI_BENCH_CACHE); keeps every JSON file
#   ANCHORS      the anchors folder (default ../shared/anchors beside the checkout)
#   JAVA_OPTS    passed to the JVM by anchor.sh (default -Xms1g -Xmx4g)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-100000}"
case "$docs" in ''|*[!0-9]*) echo "usage: $0 [DOCS]  (DOCS: a positive number of write-ups)" >&2; exit 2 ;; esac
seed="${SEED:-1}"
queries="$(realpath "${QUERIES:-$repo/benchmarks/queries/lucene-compare.tsv}")"
repeats="${REPEATS:-100}"
warmup="${WARMUP_S:-5}"
cache="${INOVASI_BENCH_CACHE:-${TMPDIR:-/tmp}/inovasi-bench}"
anchors="${ANCHORS:-$(realpath -m "$repo/../shared/anchors")}"
out="${OUT:-$cache/compare-$docs-$(date -u +%Y%m%dT%H%M%SZ)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -x "$anchors/lucene/anchor.sh" ] || { echo "no Lucene anchor at $anchors/lucene (set ANCHORS)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed for peak memory (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$cache" "$out"
step() { printf '== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)" >&2; }

step "build (Release)"
dotnet build "$repo/src/Inovasi.Cli" -c Release -v quiet -nologo >&2
dotnet build "$repo/benchmarks/Inovasi.Benchmarks" -c Release -v quiet -nologo >&2
cli="$repo/src/Inovasi.Cli/bin/Release/net10.0/inovasi"
harness=(dotnet "$repo/benchmarks/Inovasi.Benchmarks/bin/Release/net10.0/Inovasi.Benchmarks.dll" compare)

corpus="$cache/corpus-$docs-seed$seed"
if [ ! -f "$corpus/.complete" ]; then
  step "generate $docs write-ups (seed $seed) into $corpus"
  rm -rf "$corpus"
  "$cli" generate --count "$docs" --seed "$seed" --out "$corpus" >&2
  touch "$corpus/.complete"
fi

# timed NAME CMD...: runs CMD under /usr/bin/time, stdout to $out/NAME.out, peak RSS (KiB) and wall seconds to $out/NAME.time
timed() {
  local name="$1"; shift
  /usr/bin/time -f '%M %e' -o "$out/$name.time" "$@" > "$out/$name.out"
}

step "lucene: index"
rm -rf "$out/lucene-index"
timed lucene-index "$anchors/lucene/anchor.sh" index "$corpus" "$out/lucene-index"
step "inovasi: index"
rm -f "$out/inovasi.db" "$out/inovasi.db-wal" "$out/inovasi.db-shm"
timed inovasi-index "${harness[@]}" index "$corpus" "$out/inovasi.db"
step "inovasi: re-index with nothing changed"
timed inovasi-reindex "${harness[@]}" index "$corpus" "$out/inovasi.db"
step "inovasi: open"
timed inovasi-open "${harness[@]}" open "$out/inovasi.db"
# Leave the index beside the cached corpus, where SearchQueryBenchmarks looks for it (saves a rebuild).
cp -f "$out/inovasi.db" "$corpus.db"
rm -f "$corpus.db-wal" "$corpus.db-shm"
step "lucene: search ($repeats rounds)"
timed lucene-search "$anchors/lucene/anchor.sh" search "$out/lucene-index" "$queries" 10 "$repeats" "$warmup"
step "inovasi: search ($repeats rounds)"
timed inovasi-search "${harness[@]}" search "$out/inovasi.db" "$queries" 10 "$repeats" "$warmup"

cp "$out/lucene-index.out" "$out/lucene-index.json"
cp "$out/inovasi-index.out" "$out/inovasi-index.json"
cp "$out/lucene-search.out" "$out/lucene-search.jsonl"
cp "$out/inovasi-search.out" "$out/inovasi-search.jsonl"

echo
echo "## $docs generated write-ups (seed $seed), $(grep -cv -e '^#' -e '^$' "$queries") queries, $repeats rounds"
echo
python3 "$anchors/report.py" "$out"
echo
python3 - "$out" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
def last(name):
    lines = [l for l in (out / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    return json.loads(lines[-1])
def mem(name):
    kib, secs = (out / f"{name}.time").read_text().split()[-2:]
    return int(kib) / 1024, float(secs)
li, ii, ri, oi = last("lucene-index.json"), last("inovasi-index.json"), last("inovasi-reindex.out"), last("inovasi-open.out")
ls, ins = last("lucene-search.jsonl"), last("inovasi-search.jsonl")
rows = [
    ("index build, s", li["seconds"], ii["seconds"]),
    ("index build peak RSS, MiB", mem("lucene-index")[0], mem("inovasi-index")[0]),
    ("index size, MB", li["index_bytes"] / 1e6, ii["index_bytes"] / 1e6),
    ("index size / Markdown", li["index_bytes"] / li["input_bytes"], ii["index_bytes"] / ii["input_bytes"]),
    ("query p50, us", ls["p50_us"], ins["p50_us"]),
    ("query p95, us", ls["p95_us"], ins["p95_us"]),
    ("search process peak RSS, MiB", mem("lucene-search")[0], mem("inovasi-search")[0]),
]
print("| measure | Lucene | Inovasi | Inovasi / Lucene |")
print("|---|---:|---:|---:|")
for name, l, i in rows:
    print(f"| {name} | {l:,.2f} | {i:,.2f} | {i / l:.2f} |" if l else f"| {name} | {l} | {i} | - |")
print()
print(f"Inovasi only: re-index with nothing changed {ri['seconds']:.2f} s (process {mem('inovasi-reindex')[1]:.2f} s); "
      f"open {oi['seconds']:.3f} s (process {mem('inovasi-open')[1]:.2f} s, peak RSS {mem('inovasi-open')[0]:,.0f} MiB); "
      f"search with facets and snippets p50 {ins.get('facets_snippets_p50_us', float('nan')):,.1f} us, "
      f"p95 {ins.get('facets_snippets_p95_us', float('nan')):,.1f} us.")
PY
echo
echo "(all files in $out)"
