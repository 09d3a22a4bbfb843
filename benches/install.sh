#!/usr/bin/env bash
# Whole-command benchmark of the install lifecycle against kube-sim (--ready-after 0):
# `install --set profile=P -y` on an empty cluster, then `uninstall --purge -y`, each with its
# wall time and the API requests kube-sim counted (total and mutating). Median of RUNS runs.
# Usage: benches/install.sh [ISTIOCTL] [KUBE_SIM]  (defaults: target/release/istioctl and
# target/release/kube-sim; build with `cargo build --release -p istioctl -p kube-sim`).
# Targets: <= 0.5 s wall, mutating <= objects + 10, total <= 2 x objects + 20.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BIN=${1:-target/release/istioctl}
SIM=${2:-target/release/kube-sim}
PROFILE=${PROFILE:-demo}
RUNS=${RUNS:-5}
for b in "$BIN" "$SIM"; do [ -x "$b" ] || { echo "no binary at $b (cargo build --release -p istioctl -p kube-sim)" >&2; exit 2; }; done
dir=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
"$SIM" --kubeconfig "$dir/config" --ready-after 0 >"$dir/sim.out" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$dir/sim.out" 2>/dev/null && break; sleep 0.05; done
url=$(sed -n 's/^listening on //p' "$dir/sim.out")
[ -n "$url" ] || { echo "kube-sim did not start" >&2; cat "$dir/sim.out" >&2; exit 1; }
objects=$("$BIN" manifest generate --set profile="$PROFILE" | grep -c '^kind:' || true)

# Runs "$@" once: prints "<wall_ms> <total> <mutating>".
measure() {
  curl -s -X DELETE "$url/kube-sim/requests" >/dev/null
  local s e
  s=$(date +%s%N)
  "$@" >/dev/null 2>"$dir/err" || { cat "$dir/err" >&2; exit 1; }
  e=$(date +%s%N)
  curl -s "$url/kube-sim/requests" | python3 -c "import json,sys; d=json.load(sys.stdin); print($(( (e - s) / 1000 )) / 1000, d['total'], d['mutating'])"
}


inst=(); uninst=()
for _ in $(seq "$RUNS"); do
  inst+=("$(measure "$BIN" --kubeconfig "$dir/config" install --set profile="$PROFILE" -y)")
  uninst+=("$(measure "$BIN" --kubeconfig "$dir/config" uninstall --purge -y)")
done
report() {
  local name=$1; shift
  local wall total mut
  wall=$(printf '%s\n' "$@" | awk '{print $1}' | median)
  total=$(printf '%s\n' "$@" | awk '{print $2}' | median)
  mut=$(printf '%s\n' "$@" | awk '{print $3}' | median)
  printf '%-22s %9s %8s %9s   (targets: wall <= 500 ms, mutating <= %d, total <= %d)\n' "$name" "$wall" "$total" "$mut" $((objects + 10)) $((2 * objects + 20))
}
echo "profile $PROFILE: $objects rendered objects (install also writes the namespace and 3 default-tag objects); median of $RUNS runs"
printf '%-22s %9s %8s %9s\n' command wall_ms total mutating
report "install -y" "${inst[@]}"
report "uninstall --purge -y" "${uninst[@]}"
