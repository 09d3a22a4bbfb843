#!/usr/bin/env bash
# Whole-command benchmark of `istioctl validate`: generates a ~10 MB multi-document YAML file of
# mixed valid kinds (Istio networking/security/telemetry kinds, EnvoyFilters whose patch values
# decode into Envoy types, Services, Deployments, ConfigMaps) in a temp dir, runs
# `target/release/istioctl validate -f FILE` RUNS times (default 10), and prints the median wall
# time and the median and max peak RSS.
# Targets: median wall <= 0.5 s, peak RSS <= 100 MiB. Build first: cargo build --release
set -euo pipefail
. "$(dirname "$0")/lib.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ISTIOCTL:-$root/target/release/istioctl}"
runs="${RUNS:-10}"
size_mb="${SIZE_MB:-10}"
[ -x "$bin" ] || { echo "missing $bin: run cargo build --release" >&2; exit 1; }
need_gnu_time

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/mixed.yaml"

python3 - "$file" "$size_mb" <<'PY'
import sys
path, size_mb = sys.argv[1], int(sys.argv[2])
target = size_mb * 1024 * 1024
templates = [
"""apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  hosts:
  - reviews-{i}.ns-{n}.svc.cluster.local
  http:
  - match:
    - uri:
        prefix: /v{i}
      headers:
        x-user:
          exact: user-{i}
    route:
    - destination:
        host: reviews-{i}.ns-{n}.svc.cluster.local
        subset: v1
      weight: 75
    - destination:
        host: reviews-{i}.ns-{n}.svc.cluster.local
        subset: v2
      weight: 25
    timeout: 5s
    retries:
      attempts: 3
      perTryTimeout: 2s
  - route:
    - destination:
        host: reviews-{i}.ns-{n}.svc.cluster.local
""",
"""apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  host: reviews-{i}.ns-{n}.svc.cluster.local
  trafficPolicy:
    connectionPool:
      tcp:
        maxConnections: 100
        connectTimeout: 30ms
      http:
        http2MaxRequests: 1000
    outlierDetection:
      consecutive5xxErrors: 7
      interval: 5m
      baseEjectionTime: 15m
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
    - "app-{i}.example.com"
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
    name: https
    protocol: TLS
  resolution: DNS
  location: MESH_EXTERNAL
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
  action: ALLOW
  rules:
  - from:
    - source:
        principals: ["cluster.local/ns/ns-{n}/sa/frontend"]
    to:
    - operation:
        methods: ["GET", "POST"]
        paths: ["/api/*"]
""",
"""apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: strict-{i}
  namespace: ns-{n}
spec:
  mtls:
    mode: STRICT
""",
"""apiVersion: telemetry.istio.io/v1
kind: Telemetry
metadata:
  name: tel-{i}
  namespace: ns-{n}
spec:
  accessLogging:
  - providers:
    - name: envoy
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
  - name: grpc-api
    port: 9090
""",
"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: reviews-{i}
  namespace: ns-{n}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: reviews-{i}
  template:
    metadata:
      labels:
        app: reviews-{i}
        version: v1
    spec:
      containers:
      - name: reviews
        image: example.com/reviews:{i}
        ports:
        - containerPort: 9080
""",
"""apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
metadata:
  name: filters-{i}
  namespace: ns-{n}
spec:
  workloadSelector:
    labels:
      app: reviews-{i}
  configPatches:
  - applyTo: HTTP_FILTER
    match:
      context: SIDECAR_INBOUND
      listener:
        filterChain:
          filter:
            name: envoy.filters.network.http_connection_manager
    patch:
      operation: INSERT_BEFORE
      value:
        name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
          suppress_envoy_headers: true
  - applyTo: CLUSTER
    match:
      cluster:
        service: reviews-{i}.ns-{n}.svc.cluster.local
    patch:
      operation: MERGE
      value:
        connect_timeout: 1.5s
        per_connection_buffer_limit_bytes: 32768
        circuit_breakers:
          thresholds:
          - max_connections: {i}
""",
"""apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg-{i}
  namespace: ns-{n}
data:
  key: "value {i}"
""",
]
written = 0
i = 0
with open(path, "w") as f:
    while written < target:
        doc = templates[i % len(templates)].format(i=i, n=i % 50)
        chunk = doc + "---\n"
        f.write(chunk)
        written += len(chunk)
        i += 1
print(f"generated {written / 1048576:.1f} MiB, {i} documents", file=sys.stderr)
PY

walls=()
rss=()
for _ in $(seq "$runs"); do
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" validate -f "$file" >/dev/null 2>"$work/stderr" || {
    echo "istioctl validate failed:" >&2; tail -5 "$work/stderr" >&2; exit 1; }
  read -r wall kb <"$work/time"
  walls+=("$wall"); rss+=("$kb")
done

max() { printf '%s\n' "$@" | sort -g | tail -1; }
echo "runs: $runs"
echo "median wall: $(printf '%s\n' "${walls[@]}" | median) s (all: ${walls[*]})"
echo "median peak RSS: $(( $(printf '%s\n' "${rss[@]}" | median | cut -d. -f1) / 1024 )) MiB, max $(( $(max "${rss[@]}") / 1024 )) MiB"
