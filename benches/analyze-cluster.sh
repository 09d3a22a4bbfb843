#!/usr/bin/env bash
# Whole-command benchmark of `istioctl analyze` against a live cluster: starts kube-sim, installs
# the Istio CRDs as install renders them, loads UNITS units of a mixed mesh across 50 namespaces
# (per unit: Deployment, Service, VirtualService, DestinationRule, Sidecar, AuthorizationPolicy,
# Gateway, ServiceEntry; the simulated controllers add a ReplicaSet and a Pod), then times
# `analyze -A` and `analyze -n ns-0` (RUNS runs each, median wall, max peak RSS) and counts the
# API requests each made (kube-sim's request counter). Targets: -A <= 2 s, requests <= kinds read
# x pages + 10; -n of one namespace <= 0.3 s.
# Build first: cargo build --release --workspace
set -euo pipefail
. "$(dirname "$0")/lib.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ISTIOCTL:-$root/target/release/istioctl}"
sim="${KUBE_SIM:-$root/target/release/kube-sim}"
units="${UNITS:-2000}"
runs="${RUNS:-3}"
for b in "$bin" "$sim"; do [ -x "$b" ] || { echo "missing $b: run cargo build --release --workspace" >&2; exit 1; }; done
command -v kubectl >/dev/null || { echo "needs kubectl" >&2; exit 1; }
need_gnu_time

work="$(mktemp -d)"
"$sim" --kubeconfig "$work/kc" > "$work/sim.out" 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$work/sim.out" && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' "$work/sim.out")"
k() { kubectl --kubeconfig "$work/kc" "$@"; }

"$bin" manifest generate --set profile=minimal | python3 -c '
import sys
docs = sys.stdin.read().split("\n---\n")
print("\n---\n".join(d for d in docs if "kind: CustomResourceDefinition" in d))' > "$work/crds.yaml"
k apply --server-side --validate=false -f "$work/crds.yaml" > /dev/null

python3 - "$work/mesh.yaml" "$units" <<'PY'
import sys
path, units = sys.argv[1], int(sys.argv[2])
out = [f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-{n}\n  labels:\n    istio-injection: enabled\n" for n in range(50)]
for i in range(units):
    ns, app = f"ns-{i % 50}", f"app-{i}"
    host = f"{app}.{ns}.svc.cluster.local"
    out += [
        f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: {app}\n  template:\n    metadata:\n      labels:\n        app: {app}\n        version: v1\n    spec:\n      containers:\n      - name: app\n        image: registry.local/{app}:1.0\n        ports:\n        - containerPort: 8080\n",
        f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  selector:\n    app: {app}\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n",
        f"apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  hosts:\n  - {host}\n  http:\n  - route:\n    - destination:\n        host: {host}\n        subset: v1\n",
        f"apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  host: {host}\n  subsets:\n  - name: v1\n    labels:\n      version: v1\n",
        f"apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  workloadSelector:\n    labels:\n      app: {app}\n  egress:\n  - hosts:\n    - ./*\n",
        f"apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  selector:\n    matchLabels:\n      app: {app}\n  rules:\n  - from:\n    - source:\n        namespaces:\n        - {ns}\n",
        f"apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  selector:\n    istio: ingressgateway\n  servers:\n  - port:\n      number: 80\n      name: http\n      protocol: HTTP\n    hosts:\n    - {app}.example.com\n",
        f"apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  hosts:\n  - {app}.external.example\n  ports:\n  - number: 443\n    name: https\n    protocol: TLS\n  resolution: DNS\n",
    ]
open(path, "w").write("---\n".join(out))
PY
start=$(date +%s)
k apply --server-side --validate=false -f "$work/mesh.yaml" > /dev/null
echo "loaded $((units * 8 + 50)) objects in $(( $(date +%s) - start )) s (kubectl apply)" >&2
sleep 2

measure() { # measure LABEL ARGS... -> one table row
  local label="$1"; shift
  local walls=() rss=0 reqs=0
  for _ in $(seq "$runs"); do
    curl -s -X DELETE "$url/kube-sim/requests" > /dev/null
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --kubeconfig "$work/kc" analyze "$@" -o json > "$work/out.json" 2> /dev/null || true
    read -r wall kib < <(tail -1 "$work/time")
    walls+=("$wall")
    rss=$(( kib > rss ? kib : rss ))
    reqs=$(curl -s "$url/kube-sim/requests" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  done
  local med
  med=$(printf '%s\n' "${walls[@]}" | median)
  local msgs
  msgs=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/out.json")
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$med" "$reqs" "$((rss / 1024))" "$msgs"
}

stored=$(k get --raw /api/v1/pods | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
echo "| analyze | median wall s | API requests | peak RSS MiB | messages |"
echo "|---|---|---|---|---|"
measure "-A ($((units * 8 + 50)) objects applied, $stored pods)" -A
measure "-n ns-0" -n ns-0
