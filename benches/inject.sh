#!/usr/bin/env bash
# Whole-process benchmark of `istioctl kube-inject` with this tool's own injector (templates,
# values and mesh taken from `manifest generate`): a bookinfo-like sample (6 Deployments and
# their Services) and 1,000 generated Deployments. Median wall time of RUNS runs and peak RSS
# (GNU time). Usage: benches/inject.sh [BINARY]   (default target/release/istioctl).
# Targets: bookinfo <= 20 ms, 1,000 Deployments <= 1 s, peak RSS <= 100 MiB.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BIN=${1:-target/release/istioctl}
RUNS=${RUNS:-10}
[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# The injector ConfigMap and mesh ConfigMap of the default profile.
"$BIN" manifest generate >"$DIR/manifest.yaml"
python3 - "$DIR" <<'PY'
import sys, yaml
d = sys.argv[1]
for doc in yaml.safe_load_all(open(f"{d}/manifest.yaml")):
    if not doc or doc.get("kind") != "ConfigMap":
        continue
    name = doc["metadata"]["name"]
    if name == "istio-sidecar-injector":
        open(f"{d}/config.yaml", "w").write(doc["data"]["config"])
        open(f"{d}/values.json", "w").write(doc["data"]["values"])
    elif name == "istio":
        open(f"{d}/mesh.yaml", "w").write(doc["data"]["mesh"])
PY

deployment() { # name app version port
  cat <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $1
  labels: {app: $2, version: $3}
spec:
  replicas: 1
  selector:
    matchLabels: {app: $2, version: $3}
  template:
    metadata:
      labels: {app: $2, version: $3}
    spec:
      serviceAccountName: bookinfo-$2
      containers:
      - name: $2
        image: example.com/bookinfo/$2:1.0
        imagePullPolicy: IfNotPresent
        ports:
        - containerPort: $4
        securityContext:
          runAsUser: 1000
---
apiVersion: v1
kind: Service
metadata:
  name: $2
spec:
  ports:
  - port: $4
    name: http
  selector: {app: $2}
---
YAML
}
{
  deployment details-v1 details v1 9080
  deployment ratings-v1 ratings v1 9080
  deployment reviews-v1 reviews v1 9080
  deployment reviews-v2 reviews v2 9080
  deployment reviews-v3 reviews v3 9080
  deployment productpage-v1 productpage v1 9080
} >"$DIR/bookinfo.yaml"
: >"$DIR/many.yaml"
for i in $(seq 1 1000); do
  cat >>"$DIR/many.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-$i
spec:
  selector:
    matchLabels: {app: app-$i}
  template:
    metadata:
      labels: {app: app-$i, version: v1}
    spec:
      containers:
      - name: app
        image: example.com/app-$i:1.0
        ports:
        - containerPort: 8080
          name: http
        readinessProbe:
          httpGet: {port: http, path: /ready}
---
YAML
done

run() { "$BIN" kube-inject -f "$1" --injectConfigFile "$DIR/config.yaml" --valuesFile "$DIR/values.json" \
  --meshConfigFile "$DIR/mesh.yaml" >/dev/null; }

printf '%-22s %10s %12s\n' input median_ms peak_rss_MiB
for input in bookinfo many; do
  times=()
  for _ in $(seq "$RUNS"); do
    s=$(date +%s%N); run "$DIR/$input.yaml"; e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
  done
  median_us=$(printf '%s\n' "${times[@]}" | median)
  rss_kb=$(/usr/bin/time -f '%M' "$BIN" kube-inject -f "$DIR/$input.yaml" --injectConfigFile "$DIR/config.yaml" \
    --valuesFile "$DIR/values.json" --meshConfigFile "$DIR/mesh.yaml" 2>&1 >/dev/null | tail -1)
  label=$([ "$input" = bookinfo ] && echo "bookinfo (6 Deployments)" || echo "1,000 Deployments")
  awk -v l="$label" -v us="$median_us" -v kb="$rss_kb" 'BEGIN { printf "%-22s %10.1f %12.1f\n", l, us / 1000, kb / 1024 }'
done
