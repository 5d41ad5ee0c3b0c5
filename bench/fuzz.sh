#!/usr/bin/env bash
# Runs every cargo-fuzz target in turn and prints executions and crashes.
#   bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, all targets)
# Needs cargo-fuzz (`cargo install cargo-fuzz`); uses RUSTC_BOOTSTRAP=1 on stable.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(plain jsonl html bytes pipeline)
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz is not installed: cargo install cargo-fuzz" >&2; exit 2; }
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  # Seed each corpus with the repo's own example articles.
  case $t in
    plain|pipeline) cp -n ../examples/*.txt "corpus/$t/" 2>/dev/null || true ;;
    jsonl) find ../examples -name '*.jsonl' -exec cp -n {} "corpus/$t/" \; ;;
    html) find ../examples -name '*.html' -exec cp -n {} "corpus/$t/" \; ;;
    bytes) find ../examples -type f -size -64k -exec cp -n {} "corpus/$t/" \; ;;
  esac
  log="artifacts/$t.log"
  set +e
  cargo fuzz run -O -s none "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=65536 \
    -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
  crashes=$(find "artifacts/$t" -type f | wc -l)
  echo "$t: ${execs:-?} executions in ${secs}s, exit $rc, crash artifacts: $crashes (log fuzz/$log)"
done
