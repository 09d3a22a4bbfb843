#!/usr/bin/env bash
# Whole-command benchmark of `istioctl analyze --use-kube=false -A`: generates a mixed config
# of SIZE_MB megabytes (VirtualServices, DestinationRules, Gateways, ServiceEntries, Sidecars,
# AuthorizationPolicies, Services, Deployments, Pods; see benches/analyze_gen.py) in a temp
# dir, runs the release binary RUNS times (default 3) for each size in SIZES (default
# "20 200"), and prints a table: size, resources, messages, median wall seconds, max peak RSS
# (MiB). MIX picks the objects: realistic (default, ~850 bytes per resource, ~24.7k resources
# in 20 MB) or compact (minimal objects, ~300 bytes, ~70k in 20 MB).
# Targets (2 cores): 20 MB <= 1 s and <= 200 MiB; 200 MB <= 10x the 20 MB time.
# Build first: cargo build --release
set -euo pipefail
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
printf '%-8s %10s %10s %10s %12s\n' size resources messages wall_s peak_MiB
for mb in $sizes; do
  file="$work/mixed-$mb.yaml"
  n="$(gen "$file" "$mb")"
  # The kernel writes the generated file (and each run's output) back to disk some 30 s
  # later; flushed first, that work does not land inside a later timed run.
  sync
  walls=(); peak=0; msgs=0
  for _ in $(seq "$runs"); do
    # Wall time to the millisecond (GNU time's %e has 10 ms steps: 2.5 % of a 20 MB run).
    start="$(date +%s%N)"
    /usr/bin/time -f '%M' -o "$work/t" "$bin" analyze --use-kube=false -A -o json "$file" >"$work/out" 2>/dev/null || true
    end="$(date +%s%N)"
    kb="$(tail -n 1 "$work/t")"
    walls+=("$(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }')")
    [ "$kb" -gt "$peak" ] && peak="$kb"
    msgs="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/out")"
    sync
  done
  med="$(printf '%s\n' "${walls[@]}" | median)"
  printf '%-8s %10s %10s %10s %12s\n' "${mb}MB" "$n" "$msgs" "$med" "$((peak / 1024))"
done
