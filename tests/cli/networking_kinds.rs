//! `istioctl validate` black-box for DestinationRule, Gateway, Sidecar, EnvoyFilter and
//! ProxyConfig: exit code, the verdict line, and each finding with its kind, object and path.

use crate::support::istioctl;

/// Validates one YAML file (written to a temp dir) and returns (exit code, stderr).
fn validate(yaml: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("case.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = istioctl().current_dir(dir.path()).args(["validate", "-f", "case.yaml"]).output().unwrap();
    assert!(out.stdout.is_empty(), "validate writes only to stderr");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn assert_case(yaml: &str, code: i32, lines: &[&str]) {
    let (got, err) = validate(yaml);
    assert_eq!(got, code, "{err}");
    for l in lines {
        assert!(err.contains(l), "missing {l:?} in:\n{err}");
    }
}

#[test]
fn destination_rule_errors_and_dropped_subset_warnings() {
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: dup}\nspec:\n  host: reviews\n  subsets:\n  - {name: v1}\n  - {name: v1}\n",
        1,
        &["DestinationRule//dup: spec.subsets[1].name: duplicate subset names: v1"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata: {name: od}\nspec:\n  host: reviews\n  trafficPolicy:\n    outlierDetection: {consecutiveErrors: 5}\n",
        0,
        &[
            "\"case.yaml\" has warnings:",
            "DestinationRule//od: spec.trafficPolicy.outlierDetection.consecutiveErrors:",
        ],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1alpha3\nkind: DestinationRule\nmetadata: {name: od2}\nspec:\n  host: reviews\n  subsets:\n  - name: v1\n    trafficPolicy:\n      outlierDetection: {consecutiveErrors: 5}\n",
        0,
        &["\"case.yaml\" is valid"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: sel, namespace: ns1}\nspec:\n  host: reviews\n  workloadSelector: {matchLabels: {app: reviews}}\n  exportTo: ['*']\n",
        1,
        &[
            "DestinationRule/ns1/sel: spec.exportTo: destination rule with workload selector cannot have exportTo beyond current namespace",
        ],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: u}\nspec:\n  host: r\n  trafficPolicy: {tls: {mode: SIMPLE, sniff: x}}\n",
        1,
        &["DestinationRule//u: spec.trafficPolicy.tls.sniff:"],
    );
}

#[test]
fn gateway_name_tls_and_passthrough_warning() {
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: my.gw}\nspec:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*']\n",
        1,
        &["Gateway//my.gw: metadata.name: invalid gateway name"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  selector: {istio: ingressgateway}\n  servers:\n  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: ['*.example.com']\n",
        1,
        &["Gateway//gw: spec.servers[0].tls: server must have TLS settings for HTTPS/TLS protocols"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: pt}\nspec:\n  servers:\n  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: [app.example.com]\n    tls: {credentialName: app-cert}\n",
        0,
        &[
            "Gateway//pt: spec.servers[0].tls: PASSTHROUGH mode does not use certificates, they will be ignored",
        ],
    );
}

#[test]
fn sidecar_envoy_filter_and_proxy_config() {
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: sc}\nspec:\n  egress:\n  - hosts: [foo.example.com]\n",
        1,
        &["Sidecar//sc: spec.egress[0].hosts[0]: host must be of form namespace/dnsName"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata: {name: ef, namespace: istio-system}\nspec:\n  configPatches:\n  - applyTo: CLUSTER\n    patch: {operation: REMOVE}\n",
        0,
        &["EnvoyFilter/istio-system/ef: spec: EnvoyFilter exposes internal implementation details"],
    );
    // EnvoyFilter is served as v1alpha3 only: other versions are not Istio config here
    assert_case(
        "apiVersion: networking.istio.io/v1\nkind: EnvoyFilter\nmetadata: {name: ef}\nspec:\n  bogus: 1\n",
        0,
        &["\"case.yaml\" is valid"],
    );
    assert_case(
        "apiVersion: networking.istio.io/v1beta1\nkind: ProxyConfig\nmetadata: {name: pc}\nspec:\n  concurrency: -1\n",
        1,
        &["ProxyConfig//pc: spec.concurrency: concurrency must be greater than or equal to 0"],
    );
}

#[test]
fn envoy_filter_patch_values_decode_into_envoy_types() {
    let ef = |patches: &str| {
        format!("apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata: {{name: ef, namespace: ns}}\nspec:\n  configPatches:\n{patches}")
    };
    // A value of the wrong shape for its applyTo fails (EF-20), with the path inside the value.
    assert_case(
        &ef("  - applyTo: CLUSTER\n    patch:\n      operation: ADD\n      value: {name: c, connect_timeout: 5}\n"),
        1,
        &["EnvoyFilter/ns/ef: spec.configPatches[0].patch.value.connect_timeout: Envoy filter: expected a string for google.protobuf.Duration"],
    );
    // A v2 type URL: unknown, with the hint.
    assert_case(
        &ef("  - applyTo: NETWORK_FILTER\n    patch:\n      operation: ADD\n      value:\n        name: tcp\n        typed_config: {'@type': type.googleapis.com/envoy.config.filter.network.tcp_proxy.v2.TcpProxy}\n"),
        1,
        &["spec.configPatches[0].patch.value.typed_config: referenced type unknown (hint: try using the v3 XDS API): Envoy filter: could not resolve Any message type: type.googleapis.com/envoy.config.filter.network.tcp_proxy.v2.TcpProxy"],
    );
    // Unknown fields (EF-21) and configuration by name (EF-23) only warn: exit 0.
    assert_case(
        &ef("  - applyTo: HTTP_FILTER\n    patch:\n      operation: ADD\n      value: {name: envoy.lua, colour: red}\n  - applyTo: HTTP_FILTER\n    patch:\n      operation: ADD\n      value: {name: envoy.router}\n"),
        0,
        &[
            "spec.configPatches[0].patch.value.colour: Envoy filter: unknown field \"colour\" in envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter",
            "spec.configPatches[1].patch.value: using deprecated types by name without typed_config; envoy.router",
        ],
    );
    // A well-formed typed filter: only the always-on warning.
    let (code, err) = validate(&ef("  - applyTo: HTTP_FILTER\n    patch:\n      operation: INSERT_BEFORE\n      value:\n        name: envoy.filters.http.router\n        typed_config:\n          '@type': type.googleapis.com/envoy.extensions.filters.http.router.v3.Router\n          suppress_envoy_headers: true\n"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("\t* ").count(), 1, "{err}");
}
