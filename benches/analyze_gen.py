#!/usr/bin/env python3
"""Writes the generated mixed config that benches/analyze.sh analyzes.

usage: benches/analyze_gen.py FILE SIZE_MB [MIX]   (prints the number of resources)

The nine kinds of issue 12's benchmark (VirtualServices, DestinationRules, Gateways,
ServiceEntries, Sidecars, AuthorizationPolicies, Services, Deployments, Pods), one of each per
index i, spread over 50 namespaces, until the file reaches SIZE_MB megabytes. MIX:

- realistic (default): objects as charts and clusters have them -- labels and annotations,
  several routes with retries, connection pools and outlier detection, Deployments with
  probes and resources, Pods with their injected sidecar, volumes and status. About 850 bytes
  per resource: ~24,700 resources in 20 MB (the issue asks for ~20k).
- compact: the earlier mix of minimal objects, about 300 bytes per resource (~70,000 in
  20 MB); more resources per byte, so the joins weigh more than parsing.
"""

import sys

REALISTIC = [
"""apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews-{i}
  namespace: ns-{n}
  labels:
    app.kubernetes.io/name: reviews-{i}
    app.kubernetes.io/part-of: shop-{n}
    app.kubernetes.io/managed-by: Helm
  annotations:
    meta.helm.sh/release-name: reviews-{i}
    meta.helm.sh/release-namespace: ns-{n}
spec:
  hosts:
  - reviews-{i}
  gateways:
  - mesh
  - gw-{i}
  http:
  - name: canary
    match:
    - headers:
        x-canary:
          exact: "true"
      uri:
        prefix: /v{i}
    route:
    - destination:
        host: reviews-{i}
        subset: v2
    retries:
      attempts: 3
      perTryTimeout: 2s
      retryOn: gateway-error,connect-failure,refused-stream
  - name: default
    match:
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
    retries:
      attempts: 2
      perTryTimeout: 2s
""",
"""apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews-{i}
  namespace: ns-{n}
  labels:
    app.kubernetes.io/name: reviews-{i}
    app.kubernetes.io/part-of: shop-{n}
spec:
  host: reviews-{i}
  trafficPolicy:
    tls:
      mode: {tls}
    loadBalancer:
      simple: LEAST_REQUEST
    connectionPool:
      tcp:
        maxConnections: 100
        connectTimeout: 3s
      http:
        http2MaxRequests: 1000
        maxRequestsPerConnection: 10
    outlierDetection:
      consecutive5xxErrors: 5
      interval: 30s
      baseEjectionTime: 60s
      maxEjectionPercent: 50
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
  labels:
    app.kubernetes.io/part-of: shop-{n}
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "reviews-{i}.example.com"
    tls:
      httpsRedirect: true
  - port:
      number: 443
      name: https
      protocol: HTTPS
    hosts:
    - "reviews-{i}.example.com"
    tls:
      mode: SIMPLE
      credentialName: cert-{i}
      minProtocolVersion: TLSV1_2
""",
"""apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext-{i}
  namespace: ns-{n}
  labels:
    app.kubernetes.io/part-of: shop-{n}
  annotations:
    owner: team-{n}@example.com
spec:
  hosts:
  - api-{i}.example.com
  ports:
  - number: 443
    name: tls
    protocol: TLS
  - number: 80
    name: http
    protocol: HTTP
  resolution: DNS
  location: MESH_EXTERNAL
""",
"""apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: sc-{i}
  namespace: ns-{n}
  labels:
    app.kubernetes.io/part-of: shop-{n}
spec:
  workloadSelector:
    labels:
      app: reviews-{i}
  egress:
  - hosts:
    - "./*"
    - "istio-system/*"
    - "ns-{m}/*"
  outboundTrafficPolicy:
    mode: REGISTRY_ONLY
""",
"""apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: allow-{i}
  namespace: ns-{n}
  labels:
    app.kubernetes.io/part-of: shop-{n}
spec:
  selector:
    matchLabels:
      app: reviews-{i}
  action: ALLOW
  rules:
  - from:
    - source:
        namespaces: ["ns-{n}"]
    to:
    - operation:
        methods: ["GET", "HEAD"]
        paths: ["/v{i}/*"]
  - from:
    - source:
        principals: ["cluster.local/ns/ns-{m}/sa/frontend"]
    to:
    - operation:
        methods: ["GET", "POST"]
        ports: ["9080"]
""",
"""apiVersion: v1
kind: Service
metadata:
  name: reviews-{i}
  namespace: ns-{n}
  labels:
    app: reviews-{i}
    app.kubernetes.io/name: reviews-{i}
    app.kubernetes.io/part-of: shop-{n}
    app.kubernetes.io/managed-by: Helm
  annotations:
    meta.helm.sh/release-name: reviews-{i}
    meta.helm.sh/release-namespace: ns-{n}
spec:
  type: ClusterIP
  selector:
    app: reviews-{i}
  ports:
  - name: http
    port: 9080
    targetPort: 9080
    protocol: TCP
""",
"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: reviews-{i}
  namespace: ns-{n}
  labels:
    app: reviews-{i}
    app.kubernetes.io/name: reviews-{i}
    app.kubernetes.io/part-of: shop-{n}
    app.kubernetes.io/managed-by: Helm
  annotations:
    meta.helm.sh/release-name: reviews-{i}
    meta.helm.sh/release-namespace: ns-{n}
spec:
  replicas: 2
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      app: reviews-{i}
  template:
    metadata:
      labels:
        app: reviews-{i}
        version: v1
        app.kubernetes.io/name: reviews-{i}
      annotations:
        sidecar.istio.io/inject: "true"
        prometheus.io/scrape: "true"
        prometheus.io/port: "9080"
    spec:
      serviceAccountName: reviews-{i}
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
      - name: reviews
        image: registry.example.com/shop/reviews:1.{i}
        imagePullPolicy: IfNotPresent
        ports:
        - name: http
          containerPort: 9080
        env:
        - name: LOG_LEVEL
          value: info
        - name: UPSTREAM
          value: http://ratings-{i}.ns-{n}.svc.cluster.local:9080
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
          limits:
            cpu: "1"
            memory: 512Mi
        readinessProbe:
          httpGet:
            path: /health
            port: 9080
          periodSeconds: 10
        livenessProbe:
          httpGet:
            path: /health
            port: 9080
          initialDelaySeconds: 15
""",
"""apiVersion: v1
kind: Pod
metadata:
  name: reviews-{i}-pod
  namespace: ns-{n}
  labels:
    app: reviews-{i}
    version: v1
    app.kubernetes.io/name: reviews-{i}
    security.istio.io/tlsMode: istio
    service.istio.io/canonical-name: reviews-{i}
  annotations:
    sidecar.istio.io/status: '{{"initContainers":["istio-init"],"containers":["istio-proxy"],"volumes":["istio-envoy"]}}'
    prometheus.io/scrape: "true"
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: reviews-{i}-5d8f7c9b4
    controller: true
spec:
  serviceAccountName: reviews-{i}
  nodeName: node-{n}
  containers:
  - name: reviews
    image: registry.example.com/shop/reviews:1.{i}
    ports:
    - name: http
      containerPort: 9080
    resources:
      requests:
        cpu: 100m
        memory: 128Mi
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.30.3
    args: ["proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local"]
    resources:
      requests:
        cpu: 100m
        memory: 128Mi
    volumeMounts:
    - name: istio-envoy
      mountPath: /etc/istio/proxy
    - name: istio-token
      mountPath: /var/run/secrets/tokens
  initContainers:
  - name: istio-init
    image: docker.io/istio/proxyv2:1.30.3
  volumes:
  - name: istio-envoy
    emptyDir:
      medium: Memory
  - name: istio-token
    projected:
      sources:
      - serviceAccountToken:
          audience: istio-ca
          expirationSeconds: 43200
          path: istio-token
status:
  phase: Running
  podIP: 10.{a}.{b}.{c}
  hostIP: 192.168.{a}.{b}
  conditions:
  - type: Initialized
    status: "True"
  - type: Ready
    status: "True"
  - type: ContainersReady
    status: "True"
  - type: PodScheduled
    status: "True"
  containerStatuses:
  - name: reviews
    ready: true
    restartCount: 0
    image: registry.example.com/shop/reviews:1.{i}
  - name: istio-proxy
    ready: true
    restartCount: 0
    image: docker.io/istio/proxyv2:1.30.3
""",
]

COMPACT = [
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


def main():
    path, size_mb = sys.argv[1], int(sys.argv[2])
    mix = sys.argv[3] if len(sys.argv) > 3 else "realistic"
    templates = {"realistic": REALISTIC, "compact": COMPACT}.get(mix)
    if templates is None:
        sys.exit(f"unknown mix {mix!r}: realistic or compact")
    target = size_mb * 1024 * 1024
    out, size, count, i = [], 0, 0, 0
    while size < target:
        for t in templates:
            doc = t.format(
                i=i,
                n=i % 50,
                m=(i + 1) % 50,
                tls="SIMPLE" if i % 7 == 0 else "ISTIO_MUTUAL",
                a=(i >> 16) & 255,
                b=(i >> 8) & 255,
                c=i & 255,
            )
            out.append(doc)
            size += len(doc) + 4
            count += 1
        i += 1
    with open(path, "w") as f:
        f.write("---\n".join(out))
    print(count)


if __name__ == "__main__":
    main()
