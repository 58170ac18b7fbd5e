#!/usr/bin/env bash
# Web load test (issue 5): generates write-ups, starts the site in Release on 127.0.0.1 (it builds its index on
# first start), then runs wrk with 32 connections against the search page (varied queries) and the
# recommendation API (varied profiles), and prints requests/s and the 99th-percentile latency of each.
#
#   benchmarks/web-load.sh                 # 100,000 write-ups, 30 s per target
#   COUNT=5000 DURATION=10s benchmarks/web-load.sh
#
# Settings (environment): COUNT (100000), SEED (42), DURATION (30s), THREADS (2), CONNECTIONS (32),
# PORT (5099), WORK (a temp folder; reuse one to skip generating and indexing again).
# The API's per-client rate limit is raised for the run (wrk is one client); every other setting is the default.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

COUNT="${COUNT:-100000}"
SEED="${SEED:-42}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-5099}"
WORK="${WORK:-$(mktemp -d)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "== build (Release)"
dotnet build src/Inovasi.Cli -c Release -v quiet -nologo >/dev/null
dotnet build src/Inovasi.Web -c Release -v quiet -nologo >/dev/null

corpus="$WORK/corpus-$COUNT-$SEED"
if [ ! -f "$corpus/.complete" ]; then
  echo "== generate $COUNT write-ups (seed $SEED) into $corpus"
  rm -rf "$corpus"
  start=$(date +%s.%N)
  dotnet src/Inovasi.Cli/bin/Release/net10.0/inovasi.dll generate --count "$COUNT" --seed "$SEED" --out "$corpus" 2>/dev/null
  printf 'generated in %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
  touch "$corpus/.complete"
fi

echo "== start the site (builds the index on first start) on 127.0.0.1:$PORT"
log="$WORK/site.log"
start=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Production \
Inovasi__CorpusPath="$corpus" \
Inovasi__DatabasePath="$WORK/index-$COUNT-$SEED.db" \
Inovasi__ApiRatePermitLimit=1000000000 \
Logging__LogLevel__Default=Warning \
urls="http://127.0.0.1:$PORT" \
  dotnet src/Inovasi.Web/bin/Release/net10.0/Inovasi.Web.dll >"$log" 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true' EXIT
until curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; do
  if ! kill -0 "$site" 2>/dev/null; then
    echo "the site stopped; log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  sleep 1
done
printf 'ready in %.1f s (index and recommender over %s write-ups)\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$COUNT"
ps -o rss= -p "$site" | awk '{ printf "resident memory after start: %.0f MiB\n", $1 / 1024 }'

run() {
  local name="$1" script="$2" out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$script" "http://127.0.0.1:$PORT" >/dev/null
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "http://127.0.0.1:$PORT")"
  echo "$out" > "$WORK/wrk-$name.txt"
  local rps p99 p50 errors
  rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  errors="$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { print }' <<<"$out")"
  printf '%-16s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:+errors: $errors}"
}

echo "== wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per target (after a 5 s warm-up)"
run search-page benchmarks/web/search.lua
run recommendations benchmarks/web/recommend.lua
ps -o rss= -p "$site" | awk '{ printf "resident memory after load: %.0f MiB\n", $1 / 1024 }'
echo "raw wrk output: $WORK/wrk-*.txt; site log: $log"
