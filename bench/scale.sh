#!/usr/bin/env bash
# Distributed ingest throughput: PostgreSQL store + NATS JetStream queue,
# with 1 and with 2 workers on this machine, next to the embedded ingest.
#   bench/scale.sh [ARTICLES] [LAYERS] [JOBS_PER_WORKER]
#     ARTICLES         first N Reuters-21578 records (default 3000; records
#                      without a body are rejected by the readers as usual)
#     LAYERS           comma-separated layers (default: all)
#     JOBS_PER_WORKER  extraction threads per worker (default 1)
# Servers: DATELINE_BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432/test)
# and DATELINE_BENCH_NATS (default nats://127.0.0.1:4222). Each run uses its
# own stream and schema (bench_<pid>_<workers>); schemas are dropped with psql
# when it is installed; the streams stay on the server, empty (work queue).
#
# Throughput = distinct articles stored / seconds from starting the workers
# until the store holds all of them (model loading included), measured by
# polling `dateline stats`. Enqueue throughput is measured separately.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-3000}"
layers="${2:-}"
jobs="${3:-1}"
pg="${DATELINE_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432/test}"
nats="${DATELINE_BENCH_NATS:-nats://127.0.0.1:4222}"
corpus=../shared/corpora/reuters21578/reuters21578.jsonl
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 2; }
layer_args=()
[ -n "$layers" ] && layer_args=(--layers "$layers")
cargo build --release -q -p dateline
bin="${CARGO_TARGET_DIR:-target}/release/dateline"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
head -n "$n" "$corpus" > "$work/in.jsonl"

now() { date +%s.%N; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
articles() { "$bin" --store "$1" --data "$work/x" stats --json | sed -nE 's/^  "articles": ([0-9]+),?/\1/p'; }

# Embedded reference: one process, as many extraction threads as the workers have in total.
for w in 1 2; do
  rm -rf "$work/emb"
  t0=$(now)
  "$bin" --data "$work/emb" ingest "$work/in.jsonl" --quiet --jobs $((w * jobs)) "${layer_args[@]}" 2>/dev/null || true
  t1=$(now)
  stored=$("$bin" --data "$work/emb" stats --json | sed -nE 's/^  "articles": ([0-9]+),?/\1/p')
  emb[$w]=$(awk -v a="$stored" -v s="$(minus "$t1" "$t0")" 'BEGIN { printf "%.1f", a / s }')
done

for w in 1 2; do
  run="bench_$$_$w"
  url="$pg?schema=$run"
  t0=$(now)
  "$bin" --store "$url" enqueue "$work/in.jsonl" --nats "$nats" --stream "$run" --quiet 2> "$work/enq.log" || true
  t1=$(now)
  distinct=$(sed -nE 's/.*published ([0-9]+).*/\1/p' "$work/enq.log")
  enq_rate=$(awk -v a="$distinct" -v s="$(minus "$t1" "$t0")" 'BEGIN { printf "%.0f", a / s }')
  pids=()
  t0=$(now)
  for i in $(seq "$w"); do
    "$bin" --store "$url" --data "$work/node$i" worker --nats "$nats" --stream "$run" --jobs "$jobs" \
      --exit-when-idle 3 --quiet --name "bench-$i" "${layer_args[@]}" 2> "$work/worker$i.log" &
    pids+=($!)
  done
  while :; do
    have=$(articles "$url")
    [ "${have:-0}" -ge "$distinct" ] && break
    sleep 0.25
  done
  t1=$(now)
  secs=$(minus "$t1" "$t0")
  rate=$(awk -v a="$distinct" -v s="$secs" 'BEGIN { printf "%.1f", a / s }')
  for p in "${pids[@]}"; do wait "$p" || true; done
  pids=()
  printf "workers %d x %d threads: %d articles in %.1fs = %s articles/s (embedded ingest with %d threads: %s/s); enqueue %s articles/s\n" \
    "$w" "$jobs" "$distinct" "$secs" "$rate" $((w * jobs)) "${emb[$w]}" "$enq_rate"
  "$bin" --store "$url" --data "$work/x" status --nats "$nats" --stream "$run" | sed 's/^/    /'
  if command -v psql >/dev/null; then psql -q "$pg" -c "DROP SCHEMA IF EXISTS $run CASCADE" >/dev/null 2>&1 || true; fi
done
