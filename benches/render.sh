#!/usr/bin/env bash
# Whole-process benchmark of `istioctl manifest generate --set profile=P` for the 8 profiles:
# median wall time of 10 runs and peak RSS (from GNU time, else /proc polling is not attempted).
# Usage: benches/render.sh [BINARY]   (default: target/release/istioctl; build it with
# `cargo build --release` first). Targets: <= 20 ms wall, <= 30 MiB peak RSS.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BIN=${1:-target/release/istioctl}
RUNS=${RUNS:-10}
[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }
printf '%-10s %10s %12s %8s\n' profile "median_ms" "peak_rss_MiB" objects
for p in default demo minimal ambient empty preview remote stable; do
  times=()
  for _ in $(seq "$RUNS"); do
    s=$(date +%s%N)
    "$BIN" manifest generate --set profile="$p" >/dev/null
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
  done
  median_us=$(printf '%s\n' "${times[@]}" | median)
  if [ -x /usr/bin/time ]; then
    rss_kb=$(/usr/bin/time -f '%M' "$BIN" manifest generate --set profile="$p" 2>&1 >/dev/null | tail -1)
  else
    rss_kb=$( { command time -f '%M' "$BIN" manifest generate --set profile="$p" >/dev/null; } 2>&1 | tail -1 || echo 0)
  fi
  objects=$("$BIN" manifest generate --set profile="$p" | grep -c '^kind:' || true)
  awk -v p="$p" -v us="$median_us" -v kb="$rss_kb" -v n="$objects" \
    'BEGIN { printf "%-10s %10.1f %12.1f %8d\n", p, us / 1000, kb / 1024, n }'
done
