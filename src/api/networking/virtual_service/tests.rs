//! VirtualService tests: schema coverage, round trip, decoding, and every VS rule.

use serde_json::{Value, json};

use super::crd_check::assert_full_coverage;
use super::KIND;
use crate::api::validation::{Level, Meta};

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).expect("test YAML parses")
}

#[test]
fn schema_covers_every_inventory_path() {
    assert_full_coverage(&KIND);
}

const RICH: &str = r#"
hosts: [reviews.prod.svc.cluster.local, "*.example.com"]
gateways: [istio-system/edge, mesh]
exportTo: [".", other]
http:
- name: main
  match:
  - name: v2
    uri: {prefix: /v2}
    scheme: {exact: https}
    method: {regex: "GET|POST"}
    authority: {exact: reviews}
    headers: {x-user: {exact: jason}}
    withoutHeaders: {x-debug: {prefix: "1"}}
    queryParams: {q: {exact: "1"}}
    port: 8080
    sourceLabels: {app: web}
    gateways: [istio-system/edge]
    ignoreUriCase: true
    sourceNamespace: web
    statPrefix: v2
  route:
  - destination: {host: reviews, subset: v2, port: {number: 9080}}
    weight: 75
    headers:
      request: {set: {x-a: "1"}, add: {x-b: "2"}, remove: [x-c]}
      response: {set: {x-d: "%HOSTNAME%"}, remove: [x-e]}
  - destination: {host: reviews, subset: v1}
    weight: 25
  rewrite: {uri: /, authority: reviews.internal}
  timeout: 10s
  retries: {attempts: 3, perTryTimeout: 2s, retryOn: "5xx,connect-failure", retryRemoteLocalities: true, retryIgnorePreviousHosts: false, backoff: 100ms}
  fault:
    delay: {fixedDelay: 5s, percentage: {value: 0.5}, percent: 10}
    abort: {httpStatus: 503, percentage: {value: 1}}
  mirrors:
  - destination: {host: mirror, port: {number: 80}}
    percentage: {value: 12.5}
  mirrorPercentage: {value: 50}
  corsPolicy:
    allowOrigins: [{exact: "https://a.example.com"}, {regex: ".*\\.example\\.com"}]
    allowOrigin: ["https://legacy.example.com"]
    allowMethods: [GET, POST]
    allowHeaders: [x-token]
    exposeHeaders: [x-trace]
    maxAge: 24h
    allowCredentials: false
    unmatchedPreflights: IGNORE
  headers:
    request: {add: {x-req: "1"}}
- name: moved
  match: [{uri: {exact: /old}}]
  redirect: {uri: /new, authority: new.example.com, port: 8443, scheme: https, redirectCode: 308}
- name: teapot
  match: [{uri: {exact: /tea}}]
  directResponse: {status: 418, body: {bytes: "SSdtIGEgdGVhcG90"}}
- name: rx
  match: [{uri: {regex: "^/rx/.*"}}]
  rewrite: {uriRegexRewrite: {match: "^/rx/(.*)", rewrite: "/\\1"}}
  route: [{destination: {host: reviews}}]
  mirror: {host: shadow, subset: v1}
  mirrorPercent: 5
- name: late
  match: [{uri: {prefix: /late}}]
  redirect: {derivePort: FROM_REQUEST_PORT, uri: /later}
- delegate: {name: child, namespace: team}
  match: [{uri: {prefix: /team}}]
tls:
- match:
  - sniHosts: [a.example.com]
    destinationSubnets: [10.0.0.0/8]
    port: 443
    sourceLabels: {app: web}
    gateways: [mesh]
    sourceNamespace: web
  route: [{destination: {host: a.example.com, port: {number: 443}}, weight: 100}]
tcp:
- match:
  - destinationSubnets: [10.1.0.0/16]
    port: 3306
    sourceSubnet: 10.2.0.0/16
    sourceLabels: {app: db-client}
    gateways: [istio-system/edge]
    sourceNamespace: web
  route: [{destination: {host: db, port: {number: 3306}}, weight: 100}]
"#;

#[test]
fn rich_spec_round_trips_unchanged() {
    let spec = yaml(RICH);
    let back = (KIND.roundtrip)(&spec).expect("decodes");
    assert_eq!(back, spec);
}

#[test]
fn snake_case_names_decode_to_the_same_spec() {
    let snake = yaml(
        r#"
export_to: ["*"]
http:
- match: [{source_labels: {a: b}, ignore_uri_case: true, without_headers: {x: {exact: yy}}, query_params: {q: {prefix: p}}, source_namespace: ns1, stat_prefix: st}]
  direct_response: {status: 200, body: {string: ok}}
  mirror_percent: 20
  mirror_percentage: {value: 1}
  cors_policy: {allow_origins: [{exact: x}], allow_methods: [GET], allow_headers: [a], expose_headers: [b], max_age: 1s, allow_credentials: true, unmatched_preflights: FORWARD}
  retries: {per_try_timeout: 1s, retry_on: 5xx, retry_remote_localities: true, retry_ignore_previous_hosts: true}
  fault: {delay: {fixed_delay: 1s}, abort: {http_status: 500, grpc_status: UNAVAILABLE}}
  rewrite: {uri_regex_rewrite: {match: a, rewrite: b}}
  redirect: {derive_port: FROM_PROTOCOL_DEFAULT, redirect_code: 302}
tls: [{match: [{sni_hosts: [a], destination_subnets: [1.1.1.1]}]}]
tcp: [{match: [{source_subnet: 1.1.1.1/32}]}]
"#,
    );
    let back = (KIND.roundtrip)(&snake).expect("snake_case decodes");
    assert_eq!(back["exportTo"], json!(["*"]));
    let h = &back["http"][0];
    assert_eq!(h["mirrorPercent"], json!(20));
    assert_eq!(h["directResponse"]["status"], json!(200));
    assert_eq!(h["match"][0]["sourceLabels"], json!({"a": "b"}));
    assert_eq!(h["corsPolicy"]["unmatchedPreflights"], json!("FORWARD"));
    assert_eq!(h["retries"]["perTryTimeout"], json!("1s"));
    assert_eq!(h["fault"]["abort"]["grpcStatus"], json!("UNAVAILABLE"));
    assert_eq!(h["rewrite"]["uriRegexRewrite"]["match"], json!("a"));
    assert_eq!(back["tls"][0]["match"][0]["sniHosts"], json!(["a"]));
    assert_eq!(back["tcp"][0]["match"][0]["sourceSubnet"], json!("1.1.1.1/32"));
}

#[test]
fn quoted_numbers_and_enum_numbers_decode() {
    let spec = yaml("http: [{match: [{port: \"8080\"}], redirect: {derivePort: 1, uri: /x}}]");
    let back = (KIND.roundtrip)(&spec).expect("decodes");
    assert_eq!(back["http"][0]["redirect"]["derivePort"], json!(1));
}

#[test]
fn unknown_and_malformed_fields_fail_with_their_path() {
    let meta = Meta::default();
    let cases = [
        ("http: [{route: [{destination: {host: a, sbuset: v1}}]}]", "spec.http[0].route[0].destination.sbuset", "sbuset"),
        ("hosts: [a]\nbogus: 1", "spec.bogus", "bogus"),
        ("http: [{timeout: 5x}]", "spec.http[0].timeout", "bad Duration"),
        ("http: [{redirect: {derivePort: SOMETIMES}}]", "spec.http[0].redirect.derivePort", "unknown value"),
        ("http: [{directResponse: {status: 200, body: {bytes: \"not base64!\"}}}]", "spec.http[0].directResponse.body.bytes", "base64"),
        ("http: [{match: [{port: -1}]}]", "spec.http[0].match[0].port", "out of range"),
    ];
    for (text, path, token) in cases {
        let found = (KIND.check_spec)(&yaml(text), &meta);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].level, Level::Error);
        assert_eq!(found[0].path, path, "{text}");
        assert!(found[0].message.contains(token), "{text}: {}", found[0].message);
    }
}
