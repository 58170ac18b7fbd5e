#!/usr/bin/env bash
# End-to-end timing of `inovasi generate` (docs/generator.md): generates COUNT write-ups (default 100,000) into
# OUT (default a fresh temporary folder), reports wall/CPU time and peak memory, then validates the result.
# Usage: benchmarks/generate-100k.sh [COUNT] [OUT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
out="${2:-$(mktemp -d)/contoh}"
dotnet build "$root/src/Inovasi.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/src/Inovasi.Cli/bin/Release/net10.0/inovasi.dll"
rm -rf "$out"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "generate: %e s wall, %U s user, %S s system, %M KB peak" dotnet "$cli" generate --count "$count" --out "$out" 2>&1 >/dev/null | tail -1
/usr/bin/time -f "validate: %e s wall" dotnet "$cli" validate "$out" 2>&1 | tail -2
echo "output: $out ($(du -sh "$out" | cut -f1))"
