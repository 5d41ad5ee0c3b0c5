#!/usr/bin/env bash
# Ingest throughput and peak memory on the Reuters-21578 corpus.
#   bench/ingest.sh [JOBS]       (default JOBS=1: one extraction thread)
# Prints articles/s of a first run into an empty store, of a re-run (all
# duplicates), and the peak resident memory of each, from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${1:-1}"
corpus=../shared/corpora/reuters21578/reuters21578.jsonl
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 2; }
cargo build --release -q -p dateline
bin="${CARGO_TARGET_DIR:-target}/release/dateline"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
for run in first re-run; do
  /usr/bin/time -f "%M %e" -o "$data/time" "$bin" --data "$data/store" ingest "$corpus" --quiet --jobs "$jobs" 2> "$data/log" || true
  summary=$(grep '^ingested' "$data/log")
  read -r kb secs < "$data/time"
  read_n=$(sed -E 's/.*read ([0-9]+).*/\1/' <<<"$summary")
  echo "$run: $summary"
  awk -v n="$read_n" -v s="$secs" -v kb="$kb" -v j="$jobs" 'BEGIN { printf "  %d articles in %.2f s wall = %.0f articles/s (jobs=%d), peak RSS %.1f MB\n", n, s, n/s, j, kb/1024 }'
done
