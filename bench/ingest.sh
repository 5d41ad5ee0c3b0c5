#!/usr/bin/env bash
# Ingest throughput and peak memory on the Reuters-21578 corpus.
#   bench/ingest.sh [JOBS] [LAYERS]   (default JOBS=1: one extraction thread;
#                                     LAYERS=segment for ingest before extractors)
# Prints articles/s of a first run into an empty store, of a re-run (all
# duplicates), and the peak resident memory of each, from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${1:-1}"
layers="${2:-}"
layer_args=()
[ -n "$layers" ] && layer_args=(--layers "$layers")
corpus=../shared/corpora/reuters21578/reuters21578.jsonl
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 2; }
cargo build --release -q -p dateline
bin="${CARGO_TARGET_DIR:-target}/release/dateline"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
for run in first re-run; do
  /usr/bin/time -f "%M %e %U %S" -o "$data/time" "$bin" --data "$data/store" ingest "$corpus" --quiet --jobs "$jobs" "${layer_args[@]}" 2> "$data/log" || true
  summary=$(grep '^ingested' "$data/log")
  read -r kb secs user sys < <(tail -n 1 "$data/time")
  read_n=$(sed -E 's/.*read ([0-9]+).*/\1/' <<<"$summary")
  echo "$run: $summary"
  awk -v n="$read_n" -v s="$secs" -v kb="$kb" -v j="$jobs" -v u="$user" -v y="$sys" 'BEGIN { printf "  %d articles in %.2f s wall = %.0f articles/s (jobs=%d); %.2f s CPU = %.0f articles per CPU-second; peak RSS %.1f MB\n", n, s, n/s, j, u+y, n/(u+y), kb/1024 }'
done
