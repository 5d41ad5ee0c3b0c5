#!/usr/bin/env bash
# HTTP load test of `dateline serve` from other processes, bounded in time:
# wrk drives a fixed mix of API reads while malformed.py sends malformed and
# hostile requests; the server's memory is sampled every second.
#   bench/http_load.sh [SECONDS] [CONNECTIONS]   (default 30 s, 16 connections)
# Prints requests/s, latency percentiles, non-2xx answers (must be 0), the
# malformed requests' answers (no 500s), and RSS at start, peak and end.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
conns="${2:-16}"
corpus=../shared/corpora/reuters21578/reuters21578.jsonl
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 2; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
cargo build --release -q -p dateline
bin="${CARGO_TARGET_DIR:-target}/release/dateline"
# DATELINE_LOAD_DATA: an existing data dir to serve (e.g. the 1M-article
# store of the latency benchmark); else the Reuters corpus, ingested once.
data="${DATELINE_LOAD_DATA:-${CARGO_TARGET_DIR:-target}/http-load-data}"
if [ -z "${DATELINE_LOAD_DATA:-}" ] && [ ! -f "$data/.done" ]; then
  rm -rf "$data"
  echo "ingesting the Reuters corpus into $data (once)"
  "$bin" --data "$data" ingest "$corpus" --quiet || true
  touch "$data/.done"
fi
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
port=$((20000 + RANDOM % 20000))
"$bin" --data "$data" serve --addr "127.0.0.1:$port" 2> "$logs/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$logs"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
ids=$(curl -sf "http://127.0.0.1:$port/api/search?q=oil&limit=50" | python3 -c 'import json,sys; print(",".join(h["article_id"] for h in json.load(sys.stdin)["hits"]))')
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
# Warm up, then measure.
DATELINE_IDS="$ids" wrk -t1 -c"$conns" -d3s -s bench/load/mix.lua "http://127.0.0.1:$port" >/dev/null
start_kb=$(rss)
peak_kb=$start_kb
( while kill -0 $pid 2>/dev/null; do r=$(rss); echo "$r"; sleep 1; done ) > "$logs/rss.log" &
sampler=$!
python3 bench/load/malformed.py 127.0.0.1 "$port" "$secs" > "$logs/malformed.log" 2>&1 &
mal=$!
DATELINE_IDS="$ids" wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/load/mix.lua "http://127.0.0.1:$port" > "$logs/wrk.log"
mal_rc=0
wait $mal || mal_rc=$?
# A second wrk round: memory must not keep growing.
DATELINE_IDS="$ids" wrk -t1 -c"$conns" -d"${secs}s" -s bench/load/mix.lua "http://127.0.0.1:$port" > "$logs/wrk2.log"
kill $sampler 2>/dev/null || true
end_kb=$(rss)
peak_kb=$(sort -n "$logs/rss.log" | tail -1)
alive=yes; kill -0 $pid 2>/dev/null || alive=no
cat "$logs/wrk.log"
grep -E "Requests/sec" "$logs/wrk2.log" | sed 's/^/second round: /'
cat "$logs/malformed.log"
non2xx=$( (grep -h "Non-2xx" "$logs/wrk.log" "$logs/wrk2.log" || true) | awk '{s+=$NF} END {print s+0}')
sockerr=$(grep -h "Socket errors" "$logs/wrk.log" "$logs/wrk2.log" || true)
echo "server alive: $alive; non-2xx answers to valid requests: $non2xx; ${sockerr:-no socket errors}"
echo "server RSS: start $((start_kb / 1024)) MB, peak $((peak_kb / 1024)) MB, end $((end_kb / 1024)) MB"
[ "$alive" = yes ] && [ "$non2xx" = 0 ] && [ "$mal_rc" = 0 ]
