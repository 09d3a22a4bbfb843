#!/usr/bin/env bash
# Whole-command benchmark of `istioctl analyze --use-kube=false -A`: generates a mixed config
# of SIZE_MB megabytes (VirtualServices, DestinationRules, Gateways, ServiceEntries, Sidecars,
# AuthorizationPolicies, Services, Deployments, Pods; ~1 KB per resource) in a temp dir, runs
# the release binary RUNS times (default 3) for each size in SIZES (default "20 200"), and
# prints a table: size, resources, messages, median wall seconds, max peak RSS (MiB).
# Targets (2 cores): 20 MB <= 1 s and <= 200 MiB; 200 MB <= 10x the 20 MB time.
# Build first: cargo build --release
set -euo pipefail
. "$(dirname "$0")/lib.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ISTIOCTL:-$root/target/release/istioctl}"
runs="${RUNS:-3}"
sizes="${SIZES:-20 200}"
[ -x "$bin" ] || { echo "missing $bin: run cargo build --release" >&2; exit 1; }
need_gnu_time

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gen() { # gen FILE SIZE_MB -> prints the number of resources
python3 - "$1" "$2" <<'PY'
import sys
path, size_mb = sys.argv[1], int(sys.argv[2])
target = size_mb * 1024 * 1024
T = [
"""apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  hosts:
  - reviews-{i}
  gateways:
  - mesh
  - gw-{i}
  http:
  - match:
    - uri:
        prefix: /v{i}
    route:
    - destination:
        host: reviews-{i}
        subset: v1
      weight: 80
    - destination:
        host: reviews-{i}
        subset: v2
      weight: 20
    timeout: 5s
""",
"""apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  host: reviews-{i}
  trafficPolicy:
    tls:
      mode: {tls}
    connectionPool:
      tcp:
        maxConnections: 100
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
""",
"""apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: gw-{i}
  namespace: ns-{n}
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 443
      name: https
      protocol: HTTPS
    hosts:
    - "reviews-{i}.example.com"
    tls:
      mode: SIMPLE
      credentialName: cert-{i}
""",
"""apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext-{i}
  namespace: ns-{n}
spec:
  hosts:
  - api-{i}.example.com
  ports:
  - number: 443
    name: tls
    protocol: TLS
  resolution: DNS
  location: MESH_EXTERNAL
""",
"""apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: sc-{i}
  namespace: ns-{n}
spec:
  workloadSelector:
    labels:
      app: reviews-{i}
  egress:
  - hosts:
    - "./*"
    - "istio-system/*"
""",
"""apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: allow-{i}
  namespace: ns-{n}
spec:
  selector:
    matchLabels:
      app: reviews-{i}
  rules:
  - from:
    - source:
        namespaces: ["ns-{n}"]
    to:
    - operation:
        methods: ["GET"]
""",
"""apiVersion: v1
kind: Service
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  selector:
    app: reviews-{i}
  ports:
  - name: http
    port: 9080
    targetPort: 9080
""",
"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  selector:
    matchLabels:
      app: reviews-{i}
  template:
    metadata:
      labels:
        app: reviews-{i}
        version: v1
      annotations:
        sidecar.istio.io/inject: "true"
    spec:
      containers:
      - name: reviews
        image: example/reviews:1
        ports:
        - containerPort: 9080
""",
"""apiVersion: v1
kind: Pod
metadata:
  name: reviews-{i}-pod
  namespace: ns-{n}
  labels:
    app: reviews-{i}
    version: v1
spec:
  containers:
  - name: reviews
    image: example/reviews:1
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.30.3
""",
]
out, size, count, i = [], 0, 0, 0
while size < target:
    for t in T:
        doc = t.format(i=i, n=i % 50, tls="SIMPLE" if i % 7 == 0 else "ISTIO_MUTUAL")
        out.append(doc)
        size += len(doc) + 4
        count += 1
    i += 1
with open(path, "w") as f:
    f.write("---\n".join(out))
print(count)
PY
}


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
