#!/usr/bin/env bash
# Whole-command benchmark of `istioctl analyze --use-kube=false -A`: generates a mixed config
# of SIZE_MB megabytes (VirtualServices, DestinationRules, Gateways, ServiceEntries, Sidecars,
# AuthorizationPolicies, Services, Deployments, Pods; see benches/analyze_gen.py) in a temp
# dir, runs the release binary RUNS times (default 3) for each size in SIZES (default
# "20 200"), the sizes in turn, and prints a table: size, resources, messages, median wall
# seconds, peak RSS (MiB, of an untimed first run); then each size's median over the first
# size's. MIX picks the objects: realistic (default, ~850 bytes per resource, ~24.7k
# resources in 20 MB) or compact (minimal objects, ~300 bytes, ~70k in 20 MB).
# Targets (2 cores): 20 MB <= 1 s and <= 200 MiB; 200 MB <= 10x the 20 MB time.
# Build first: cargo build --release
set -euo pipefail
export LC_ALL=C # EPOCHREALTIME with a decimal point
. "$(dirname "$0")/lib.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ISTIOCTL:-$root/target/release/istioctl}"
runs="${RUNS:-3}"
sizes="${SIZES:-20 200}"
mix="${MIX:-realistic}"
case "$mix" in realistic | compact) ;; *) echo "MIX must be realistic or compact" >&2; exit 1 ;; esac
[ -x "$bin" ] || { echo "missing $bin: run cargo build --release" >&2; exit 1; }
need_gnu_time

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gen() { # gen FILE SIZE_MB -> prints the number of resources
  python3 "$root/benches/analyze_gen.py" "$1" "$2" "$mix"
}


echo "mix: $mix"
# All inputs first, then the runs in turn (20, 200, 20, 200 …): the figure the issue names is a
# ratio, and this machine's speed drifts by several per cent over minutes, so runs of one size
# made in a block apart from the other's would carry that drift into the ratio.
declare -A count walls peak msgs
for mb in $sizes; do
  count[$mb]="$(gen "$work/mixed-$mb.yaml" "$mb")"
done
# The kernel writes the generated files (and each run's output) back to disk some 30 s later;
# flushed first, that work does not land inside a later timed run.
sync
# One untimed run a size first: its peak RSS (GNU time) and its messages, the same every run.
for mb in $sizes; do
  /usr/bin/time -f '%M' -o "$work/t" "$bin" analyze --use-kube=false -A -o json "$work/mixed-$mb.yaml" \
    >"$work/out" 2>/dev/null || true
  peak[$mb]="$(tail -n 1 "$work/t")"
  msgs[$mb]="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/out")"
  rm -f "$work/out"
  sync
done
for _ in $(seq "$runs"); do
  for mb in $sizes; do
    # Wall time to the microsecond, read by bash itself around the command alone: `$(date …)`
    # after the run, and GNU time around it, each added a fork inside the timed window (about
    # 1 ms, at both sizes alike, which lowers their ratio).
    start="$EPOCHREALTIME"
    "$bin" analyze --use-kube=false -A -o json "$work/mixed-$mb.yaml" >"$work/out" 2>/dev/null || true
    end="$EPOCHREALTIME"
    walls[$mb]+="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }') "
    # Removed before the next clock starts: truncated by the redirection, a 200 MB run's 40 MB
    # of output was freed inside the next (20 MB) run's time.
    rm -f "$work/out"
    sync
  done
done
printf '%-8s %10s %10s %10s %12s\n' size resources messages wall_s peak_MiB
first=""
for mb in $sizes; do
  med="$(printf '%s\n' ${walls[$mb]} | median)"
  printf '%-8s %10s %10s %10s %12s\n' "${mb}MB" "${count[$mb]}" "${msgs[$mb]}" "$med" "$((peak[$mb] / 1024))"
  if [ -z "$first" ]; then
    first="$mb"; first_med="$med"
  else
    awk -v a="$first_med" -v b="$med" -v x="$mb" -v y="$first" 'BEGIN { printf "%sMB / %sMB: %.2f x\n", x, y, b / a }'
  fi
done
