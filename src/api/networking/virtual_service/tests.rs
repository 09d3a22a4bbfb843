//! VirtualService tests: schema coverage, round trip, decoding, and every VS rule.

use serde_json::json;

use crate::api::networking::test_support::assert_full_coverage;
use super::KIND;
use crate::api::validation::{Level, Meta};


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

// ---------------------------------------------------------------------------------------------
// Rules: one failing and one passing input per rule ID
// ---------------------------------------------------------------------------------------------

use crate::api::networking::test_support::{self, Case, default_meta as meta, e, run, w, yaml};
use super::validate::ROUTE_SEMANTICS;

const R: &str = "route: [{destination: {host: reviews}}]";

/// A VirtualService for `reviews` with one HTTP rule made of `rule` (flow-mapping body).
fn h(rule: &str) -> String {
    format!("hosts: [reviews]\nhttp: [{{{rule}}}]\n")
}

/// As [`h`], with a route.
fn hr(rest: &str) -> String {
    h(&format!("{R}, {rest}"))
}

/// One HTTP rule with a match `m` (flow-mapping body) and a route.
fn hm(m: &str) -> String {
    h(&format!("match: [{{{m}}}], {R}"))
}

/// A TLS VirtualService with one rule made of `rule`.
fn t(rule: &str) -> String {
    format!("hosts: [a.example.com]\ntls: [{{{rule}}}]\n")
}
const TM: &str = "match: [{sniHosts: [a.example.com]}]";
const TR: &str = "route: [{destination: {host: a.example.com}}]";

/// A TCP VirtualService with one rule made of `rule`.
fn c(rule: &str) -> String {
    format!("hosts: [db]\ntcp: [{{{rule}}}]\n")
}
const CR: &str = "route: [{destination: {host: db}}]";

fn top_level_cases() -> Vec<Case> {
    vec![
        e("VS-1", "spec.gateways", "must have no gateways", &format!("gateways: [edge/gw]\nhttp: [{{{R}}}]"), &format!("http: [{{{R}}}]")),
        e("VS-2", "spec.tls", "no tls route", &format!("tls: [{{{TM}, {TR}}}]\nhttp: [{{{R}}}]"), &t(&format!("{TM}, {TR}"))),
        e("VS-3", "spec.tcp", "no tcp route", &format!("tcp: [{{{CR}}}]\nhttp: [{{{R}}}]"), &c(CR)),
        e("VS-4", "spec.gateways[0]", "invalid value for namespace", &format!("hosts: [r]\ngateways: [bad_ns/gw]\nhttp: [{{{R}}}]"), &format!("hosts: [r]\ngateways: [ns/gw]\nhttp: [{{{R}}}]")),
        w("VS-4", "spec.gateways[0]", "legacy gatewayName format", &format!("hosts: [r]\ngateways: [gw.ns]\nhttp: [{{{R}}}]"), &format!("hosts: [r]\ngateways: [ns/gw]\nhttp: [{{{R}}}]")),
        e("VS-5", "spec.http[0].match[0].headers[@request.auth.claims.group]", "JWT claim based routing", &hm("headers: {\"@request.auth.claims.group\": {exact: a}}"), &format!("gateways: [ns/gw]\n{}", hm("headers: {\"@request.auth.claims.group\": {exact: a}}"))),
        e("VS-5", "spec.http[0].match[0].withoutHeaders[@request.auth.claims.group]", "only supported for gateway, found no gateways: [mesh]", &format!("gateways: [mesh]\n{}", hm("withoutHeaders: {\"@request.auth.claims.group\": {exact: a}}")), &hm("withoutHeaders: {x-group: {exact: a}}")),
        e("VS-6", "spec.hosts[0]", "invalid", &format!("hosts: [\"foo..com\"]\nhttp: [{{{R}}}]"), &format!("hosts: [10.0.0.1]\nhttp: [{{{R}}}]")),
        e("VS-6", "spec.hosts[0]", "outbound_", &format!("hosts: [outbound_.80_.]\ngateways: [ns/gw]\ntls: [{{match: [{{sniHosts: [a.com]}}], {TR}}}]"), &format!("hosts: [outbound_.80_._.a.com]\ngateways: [ns/gw]\ntls: [{{match: [{{sniHosts: [outbound_.80_._.a.com]}}], {TR}}}]")),
        e("VS-7", "spec.hosts[0]", "wildcard host * is not allowed", &format!("hosts: [\"*\"]\nhttp: [{{{R}}}]"), &format!("hosts: [\"*\"]\ngateways: [ns/gw]\nhttp: [{{{R}}}]")),
        e("VS-8", "spec.hosts[1]", "duplicate hosts in virtual service: *.example.com & a.example.com", &format!("hosts: [\"*.example.com\", a.example.com]\nhttp: [{{{R}}}]"), &format!("hosts: [a.example.com, b.example.com]\nhttp: [{{{R}}}]")),
        e("VS-9", "spec", "http, tcp or tls must be provided", "hosts: [reviews]", &h(R)),
        e("VS-11", "spec.exportTo[0]", "exportTo ~", &format!("exportTo: [\"~\"]\n{}", h(R)), &format!("exportTo: [\".\", other]\n{}", h(R))),
    ]
}

fn http_route_cases() -> Vec<Case> {
    let redirect = "redirect: {uri: /x}";
    let direct = "directResponse: {status: 200}";
    vec![
        e("VS-H1", "spec.http[0].redirect", "must not specify redirect", &h(&format!("delegate: {{name: c}}, {redirect}")), &h("delegate: {name: c}")),
        e("VS-H2", "spec.http[0].route", "must not specify route", &h(&format!("delegate: {{name: c}}, {R}")), &h("delegate: {name: c}")),
        e("VS-H3", "spec.http[0].delegate", "delegate HTTP route cannot contain delegate", "http: [{delegate: {name: c}}]", &format!("http: [{{{R}}}]")),
        e("VS-H4", "spec.http[0].route", "both route and redirect", &hr(redirect), &h(redirect)),
        e("VS-H5", "spec.http[0].fault", "both fault and redirect", &h(&format!("{redirect}, fault: {{abort: {{httpStatus: 500}}}}")), &h(redirect)),
        e("VS-H6", "spec.http[0].rewrite", "both rewrite and redirect", &h(&format!("{redirect}, rewrite: {{uri: /y}}")), &h(redirect)),
        e("VS-H7", "spec.http[0].directResponse", "both redirect and direct_response", &h(&format!("{redirect}, {direct}")), &h(direct)),
        e("VS-H8", "spec.http[0].route", "both route and direct_response", &hr(direct), &h(direct)),
        e("VS-H9", "spec.http[0].fault", "both fault and direct_response", &h(&format!("{direct}, fault: {{abort: {{httpStatus: 500}}}}")), &h(direct)),
        e("VS-H10", "spec.http[0].rewrite", "both rewrite and direct_response", &h(&format!("{direct}, rewrite: {{uri: /y}}")), &h(direct)),
        e("VS-H11", "spec.http[0]", "HTTP route, redirect or direct_response is required", &h("name: x"), &h(R)),
        e("VS-H12", "spec.http[0].mirrors", "both mirror and mirrors", &hr("mirror: {host: m}, mirrors: [{destination: {host: m}}]"), &hr("mirrors: [{destination: {host: m}}]")),
        e("VS-H14", "spec.http[0].match[0].headers[bad header]", "is not a valid header name", &hm("headers: {bad header: {exact: a}}"), &hm("headers: {x-ok: {exact: a}, \":authority\": {exact: b}}")),
        e("VS-H15", "spec.http[0].match[0].headers[x].prefix", "\"headers\": prefix string match should not be empty", &hm("headers: {x: {prefix: \"\"}}"), &hm("headers: {x: {prefix: a}}")),
        e("VS-H15", "spec.http[0].match[0].headers[x].regex", "\"headers\"", &hm("headers: {x: {regex: \"(\"}}"), &hm("headers: {x: {regex: \"(a)\"}}")),
        e("VS-H16", "spec.http[0].match[0].withoutHeaders[bad header]", "is not a valid header name", &hm("withoutHeaders: {bad header: {exact: a}}"), &hm("withoutHeaders: {x-ok: {exact: a}}")),
        e("VS-H17", "spec.http[0].match[0].withoutHeaders[x].regex", "\"withoutHeaders\"", &hm("withoutHeaders: {x: {regex: \"(\"}}"), &hm("withoutHeaders: {x: {regex: \"*\"}}")),
        e("VS-H18", "spec.http[0].match[0].uri.regex", "\"uri\"", &hm("uri: {regex: \"(\"}"), &hm("uri: {prefix: \"\"}")),
        e("VS-H19", "spec.http[0].match[0].method.prefix", "\"method\": prefix string match should not be empty", &hm("method: {prefix: \"\"}"), &hm("method: {exact: GET}")),
        e("VS-H19", "spec.http[0].match[0].authority.regex", "\"authority\"", &hm("authority: {regex: \"a{1001}\"}"), &hm("authority: {regex: \"a{1000}\"}")),
        e("VS-H19", "spec.http[0].match[0].scheme.prefix", "\"scheme\"", &hm("scheme: {prefix: \"\"}"), &hm("scheme: {exact: \"\"}")),
        e("VS-H20", "spec.http[0].match[0].queryParams[q].regex", "\"queryParams\": regex string match should not be empty", &hm("queryParams: {q: {regex: \"\"}}"), &hm("queryParams: {q: {exact: \"\"}}")),
        e("VS-H21", "spec.http[0].match[0].port", "port number 70000", &hm("port: 70000"), &hm("port: 8080")),
        e("VS-H22", "spec.http[0].match[0].sourceLabels[bad key!]", "invalid tag key", &hm("sourceLabels: {\"bad key!\": v}"), &hm("sourceLabels: {app: v}")),
        e("VS-H23", "spec.http[0].match[0].gateways[0]", "invalid value for namespace", &hm("gateways: [bad_ns/gw]"), &hm("gateways: [ns/gw]")),
        e("VS-H24", "spec.http[0].match[0].sourceNamespace", "sourceNamespace match Bad_NS is invalid", &hm("sourceNamespace: Bad_NS"), &hm("sourceNamespace: web")),
        e("VS-H25", "spec.http[0].headers.request.set[:path]", "header cannot have \":\" prefix", &hr("headers: {request: {set: {\":path\": /x}}}"), &hr("headers: {request: {set: {\":authority\": a}, add: {host: b}}}")),
        e("VS-H25", "spec.http[0].headers.response.add[x-a]", "header value configuration", &hr("headers: {response: {add: {x-a: \"abc%123\"}}}"), &hr("headers: {response: {add: {x-a: \"100%%\"}}}")),
        e("VS-H25", "spec.http[0].headers.request.remove[0]", "cannot set Host header", &hr("headers: {request: {remove: [Host]}}"), &hr("headers: {request: {remove: [x-b]}}")),
        e("VS-H26", "spec.http[0].corsPolicy.allowOrigins[0]", "'' is not a valid match type for CORS allow origins", &hr("corsPolicy: {allowOrigins: [{exact: \"\"}]}"), &hr("corsPolicy: {allowOrigins: [{exact: a}]}")),
        e("VS-H26", "spec.http[0].corsPolicy.allowOrigins[0].regex", "\"corsPolicy.allowOrigins\"", &hr("corsPolicy: {allowOrigins: [{regex: \"(\"}]}"), &hr("corsPolicy: {allowOrigins: [{regex: \".*\"}]}")),
        e("VS-H27", "spec.http[0].corsPolicy.allowMethods[0]", "\"get\" is not a supported HTTP method", &hr("corsPolicy: {allowMethods: [get]}"), &hr("corsPolicy: {allowMethods: [GET, \"*\"]}")),
        e("VS-H28", "spec.http[0].corsPolicy.exposeHeaders[0]", "is not a valid header name", &hr("corsPolicy: {exposeHeaders: [\"bad header\"]}"), &hr("corsPolicy: {exposeHeaders: [\"*\", x-trace]}")),
        e("VS-H29", "spec.http[0].corsPolicy.maxAge", "accurate only to seconds", &hr("corsPolicy: {maxAge: 1500ms}"), &hr("corsPolicy: {maxAge: 2s}")),
        e("VS-H29", "spec.http[0].corsPolicy.maxAge", "duration must be greater than 1ms", &hr("corsPolicy: {maxAge: 0s}"), &hr("corsPolicy: {maxAge: 1m}")),
        e("VS-H30", "spec.http[0].fault", "must have an abort and/or a delay", &hr("fault: {}"), &hr("fault: {delay: {fixedDelay: 1s}}")),
        e("VS-H31", "spec.http[0].fault.abort.percentage.value", "is neither 0.0, nor in range", &hr("fault: {abort: {httpStatus: 500, percentage: {value: 101}}}"), &hr("fault: {abort: {httpStatus: 500, percentage: {value: 50}}}")),
        e("VS-H32", "spec.http[0].fault.abort.grpcStatus", "is not supported", &hr("fault: {abort: {grpcStatus: NOPE}}"), &hr("fault: {abort: {grpcStatus: UNAVAILABLE}}")),
        e("VS-H33", "spec.http[0].fault.abort.http2Error", "not supported yet", &hr("fault: {abort: {http2Error: x}}"), &hr("fault: {abort: {httpStatus: 500}}")),
        e("VS-H34", "spec.http[0].fault.abort.httpStatus", "HTTP status 100", &hr("fault: {abort: {httpStatus: 100}}"), &hr("fault: {abort: {httpStatus: 600}}")),
        e("VS-H35", "spec.http[0].fault.delay.percentage.value", "is neither 0.0, nor in range", &hr("fault: {delay: {fixedDelay: 1s, percentage: {value: 0.00001}}}"), &hr("fault: {delay: {fixedDelay: 1s, percentage: {value: 0}}}")),
        e("VS-H36", "spec.http[0].fault.delay.fixedDelay", "duration must be greater than 1ms", &hr("fault: {delay: {fixedDelay: 0.5ms}}"), &hr("fault: {delay: {fixedDelay: 1ms}}")),
        e("VS-H37", "spec.http[0].fault.delay.exponentialDelay", "exponentialDelay not supported yet", &hr("fault: {delay: {exponentialDelay: 1s}}"), &hr("fault: {delay: {fixedDelay: 1s}}")),
        e("VS-H38", "spec.http[0].mirrorPercent", "must have a max value of 100 (it has 101)", &hr("mirror: {host: m}, mirrorPercent: 101"), &hr("mirror: {host: m}, mirrorPercent: 100")),
        w("VS-H39", "spec.http[0].mirrorPercent", "deprecated setting \"mirrorPercent\"", &hr("mirror: {host: m}, mirror_percent: 5"), &hr("mirror: {host: m}, mirrorPercentage: {value: 5}")),
        e("VS-H40", "spec.http[0].mirrorPercentage.value", "min value of 0 (it has -1.000000)", &hr("mirror: {host: m}, mirrorPercentage: {value: -1}"), &hr("mirror: {host: m}, mirrorPercentage: {value: 100}")),
        e("VS-H40", "spec.http[0].mirrorPercentage.value", "max value of 100 (it has 100.500000)", &hr("mirror: {host: m}, mirrorPercentage: {value: 100.5}"), &hr("mirror: {host: m}, mirrorPercentage: {value: 0}")),
        e("VS-H41", "spec.http[0].mirror.host", "invalid destination host *", &hr("mirror: {host: \"*\"}"), &hr("mirror: {host: shadow}")),
        e("VS-H41", "spec.http[0].mirror.port.number", "port number 0", &hr("mirror: {host: m, port: {}}"), &hr("mirror: {host: m, port: {number: 80}}")),
        e("VS-H42", "spec.http[0].mirrors[0]", "destination is required for mirrors", &hr("mirrors: [{percentage: {value: 1}}]"), &hr("mirrors: [{destination: {host: s}}]")),
        e("VS-H42", "spec.http[0].mirrors[0].destination.subset", "subset name is invalid", &hr("mirrors: [{destination: {host: s, subset: a.b}}]"), &hr("mirrors: [{destination: {host: s, subset: v1}}]")),
        e("VS-H42", "spec.http[0].mirrors[0].percentage.value", "mirror percentage must have a max value of 100", &hr("mirrors: [{destination: {host: s}, percentage: {value: 120}}]"), &hr("mirrors: [{destination: {host: s}, percentage: {value: 20}}]")),
        e("VS-H43", "spec.http[0].redirect", "redirect must specify URI, authority, scheme, or port", &h("redirect: {}"), &h("redirect: {derivePort: FROM_REQUEST_PORT}")),
        e("VS-H44", "spec.http[0].redirect.redirectCode", "200 is not a valid redirect code, must be 3xx", &h("redirect: {uri: /x, redirectCode: 200}"), &h("redirect: {uri: /x, redirectCode: 308}")),
        e("VS-H45", "spec.http[0].redirect.scheme", "invalid redirect scheme", &h("redirect: {scheme: ftp}"), &h("redirect: {scheme: https}")),
        e("VS-H46", "spec.http[0].redirect.port", "port number 70000", &h("redirect: {port: 70000}"), &h("redirect: {port: 8443}")),
        e("VS-H47", "spec.http[0].directResponse.status", "HTTP status 0 is not in range", &h("directResponse: {}"), &h("directResponse: {status: 503}")),
        e("VS-H47", "spec.http[0].directResponse.body", "must be less than 1MB", &h(&format!("directResponse: {{status: 200, body: {{string: {}}}}}", "a".repeat(1024 * 1024 + 1))), &h(&format!("directResponse: {{status: 200, body: {{string: {}}}}}", "a".repeat(1024 * 100)))),
        w("VS-H47", "spec.http[0].directResponse.body", "large direct_responses may impact", &h(&format!("directResponse: {{status: 200, body: {{bytes: {}}}}}", "QUJD".repeat(102400 / 3 + 1))), &h("directResponse: {status: 200, body: {bytes: QUJD}}")),
        e("VS-H48a", "spec.http[0].retries.attempts", "attempts cannot be negative", &hr("retries: {attempts: -1}"), &hr("retries: {attempts: 3}")),
        e("VS-H48b", "spec.http[0].retries", "attempts are set to 0", &hr("retries: {retryOn: 5xx}"), &hr("retries: {attempts: 2, retryOn: 5xx}")),
        e("VS-H48b", "spec.http[0].retries", "attempts are set to 0", &hr("retries: {retryRemoteLocalities: false}"), &hr("retries: {retryIgnorePreviousHosts: true}")),
        e("VS-H48c", "spec.http[0].retries.perTryTimeout", "duration must be greater than 1ms", &hr("retries: {attempts: 1, perTryTimeout: 100us}"), &hr("retries: {attempts: 1, perTryTimeout: 1s}")),
        e("VS-H48c", "spec.http[0].retries.backoff", "only durations to ms precision", &hr("retries: {attempts: 1, backoff: 1500us}"), &hr("retries: {attempts: 1, backoff: 25ms}")),
        e("VS-H48d", "spec.http[0].retries.retryOn", "\"nope\" is not a valid retryOn policy", &hr("retries: {attempts: 1, retryOn: \"5xx,nope\"}"), &hr("retries: {attempts: 1, retryOn: \"5xx,503,reset\"}")),
        e("VS-H48e", "spec.http[0].rewrite", "rewrite may only contain one of URI or UriRegexRewrite", &hr("rewrite: {uri: /a, uriRegexRewrite: {match: a, rewrite: b}}"), &hr("rewrite: {uri: /a}")),
        e("VS-H48f", "spec.http[0].rewrite", "rewrite must specify at least one of URI", &hr("rewrite: {}"), &hr("rewrite: {authority: x}")),
        e("VS-H48g", "spec.http[0].rewrite.uriRegexRewrite", "UriRegexRewrite has errors\nUriRegexRewrite requires both", &hr("rewrite: {uriRegexRewrite: {match: a}}"), &hr("rewrite: {uriRegexRewrite: {match: \"^/(a)\", rewrite: \"/\\\\1\"}}")),
        e("VS-H48g", "spec.http[0].rewrite.uriRegexRewrite", "\"HTTPRewrite.UriRegexRewrite.Match\"", &hr("rewrite: {uriRegexRewrite: {match: \"(\", rewrite: b}}"), &hr("rewrite: {uriRegexRewrite: {match: \"(a)\", rewrite: b}}")),
        e("VS-H48h", "spec.http[0].headers.request.set[host]", "authority header cannot be set multiple times: have \"a\", attempting to set \"b\"", &hr("rewrite: {authority: a}, headers: {request: {set: {host: b}}}"), &hr("rewrite: {authority: a}, headers: {request: {set: {x-host: b}}}")),
        e("VS-H49", "spec.http[0].route[0]", "destination is required", &h("route: [{weight: 1}]"), &h(R)),
        e("VS-H49", "spec.http[0].route[0].destination.host", "invalid destination host *", &h("route: [{destination: {host: \"*\"}}]"), &h("route: [{destination: {host: \"*.example.com\"}}]")),
        e("VS-H50", "spec.http[0].route[0].headers.response.set[host]", "cannot set Host header", &h("route: [{destination: {host: r}, headers: {response: {set: {host: x}}}}]"), &h("route: [{destination: {host: r}, headers: {response: {set: {x-a: x}}}}]")),
        e("VS-H51", "spec.http[0].route[0].weight", "weight -15 < 0", &h("route: [{destination: {host: reviews, subset: v1}, weight: -15}]"), &h("route: [{destination: {host: reviews, subset: v1}, weight: 15}]")),
        e("VS-H51", "spec.http[0].route", "total destination weight = 0", &h("route: [{destination: {host: a}}, {destination: {host: b}, weight: 0}]"), &h("route: [{destination: {host: a}, weight: 50}, {destination: {host: b}, weight: 50}]")),
        e("VS-H52", "spec.http[0].timeout", "duration must be greater than 1ms", &hr("timeout: 0.1ms"), &hr("timeout: 10s")),
    ]
}

fn tls_tcp_cases() -> Vec<Case> {
    vec![
        e("VS-T1", "spec.tls[0].match", "TLS route must have at least one match condition", &t(TR), &t(&format!("{TM}, {TR}"))),
        e("VS-T2", "spec.tls[0].match[0].sniHosts", "TLS match must have at least one SNI host", &t(&format!("match: [{{port: 443}}], {TR}")), &t(&format!("{TM}, {TR}"))),
        e("VS-T3", "spec.tls[0].match[0].sniHosts[0]", "invalid", &t(&format!("match: [{{sniHosts: [\"a..example.com\"]}}], {TR}")), &t(&format!("{TM}, {TR}"))),
        w("VS-T3", "spec.tls[0].match[0].sniHosts[0]", "goes against SNI spec", &t(&format!("match: [{{sniHosts: [10.0.0.1]}}], {TR}")), &t(&format!("{TM}, {TR}"))),
        e("VS-T4", "spec.tls[0].match[0].sniHosts[0]", "is not a compatible subset of any of the virtual service hosts: [a.example.com]", &t(&format!("match: [{{sniHosts: [b.example.com]}}], {TR}")), &format!("hosts: [\"*.example.com\"]\ntls: [{{match: [{{sniHosts: [b.example.com]}}], {TR}}}]")),
        e("VS-T5", "spec.tls[0].match[0].destinationSubnets[0]", "is not a valid CIDR block", &t(&format!("match: [{{sniHosts: [a.example.com], destinationSubnets: [10.0.0.0/33]}}], {TR}")), &t(&format!("match: [{{sniHosts: [a.example.com], destinationSubnets: [10.0.0.0/8, 10.1.1.1]}}], {TR}"))),
        e("VS-T6", "spec.tls[0].match[0].port", "port number 70000", &t(&format!("match: [{{sniHosts: [a.example.com], port: 70000}}], {TR}")), &t(&format!("match: [{{sniHosts: [a.example.com], port: 443}}], {TR}"))),
        e("VS-T7", "spec.tls[0].match[0].sourceLabels[a]", "invalid tag value", &t(&format!("match: [{{sniHosts: [a.example.com], sourceLabels: {{a: \"-x\"}}}}], {TR}")), &t(&format!("match: [{{sniHosts: [a.example.com], sourceLabels: {{a: x}}}}], {TR}"))),
        w("VS-T8", "spec.tls[0].match[0].gateways[0]", "legacy gatewayName format", &t(&format!("match: [{{sniHosts: [a.example.com], gateways: [gw.ns]}}], {TR}")), &t(&format!("match: [{{sniHosts: [a.example.com], gateways: [ns/gw]}}], {TR}"))),
        e("VS-T9", "spec.tls[0].route", "TLS route is required", &t(TM), &t(&format!("{TM}, {TR}"))),
        e("VS-T10", "spec.tls[0].route[0]", "destination is required", &t(&format!("{TM}, route: [{{weight: 1}}]")), &t(&format!("{TM}, {TR}"))),
        e("VS-T11", "spec.tls[0].route[0].destination.port.number", "port number 0", &t(&format!("{TM}, route: [{{destination: {{host: a.example.com, port: {{}}}}}}]")), &t(&format!("{TM}, route: [{{destination: {{host: a.example.com, port: {{number: 443}}}}}}]"))),
        e("VS-T12", "spec.tls[0].route", "total destination weight = 0", &t(&format!("{TM}, route: [{{destination: {{host: a}}}}, {{destination: {{host: b}}}}]")), &t(&format!("{TM}, route: [{{destination: {{host: a}}}}, {{destination: {{host: b}}, weight: 1}}]"))),
        e("VS-C1", "spec.tcp[0].match[0].destinationSubnets[0]", "is not a valid", &c(&format!("match: [{{destinationSubnets: [300.0.0.1]}}], {CR}")), &c(&format!("match: [{{destinationSubnets: [10.0.0.1/32]}}], {CR}"))),
        e("VS-C2", "spec.tcp[0].match[0].port", "port number 65536", &c(&format!("match: [{{port: 65536}}], {CR}")), &c(&format!("match: [{{port: 0}}], {CR}"))),
        e("VS-C3", "spec.tcp[0].match[0].sourceLabels[]", "invalid tag key", &c(&format!("match: [{{sourceLabels: {{\"\": x}}}}], {CR}")), &c(&format!("match: [{{sourceLabels: {{app: x}}}}], {CR}"))),
        e("VS-C4", "spec.tcp[0].match[0].gateways[0]", "invalid value for gateway name", &c(&format!("match: [{{gateways: [ns/Bad_gw]}}], {CR}")), &c(&format!("match: [{{gateways: [ns/gw]}}], {CR}"))),
        e("VS-C5", "spec.tcp[0].route", "TCP route is required", &c("match: [{port: 3306}]"), &c(CR)),
        e("VS-C6", "spec.tcp[0].route[0]", "destination is required", &c("route: [{weight: 1}]"), &c(CR)),
        e("VS-C6", "spec.tcp[0].route[0].weight", "weight -1 < 0", &c("route: [{destination: {host: db}, weight: -1}]"), &c(CR)),
    ]
}

fn unreachable_cases() -> Vec<Case> {
    let m = |prefix: &str| format!("{{match: [{{uri: {{prefix: {prefix}}}}}], {R}}}");
    let catch_all = format!("{{{R}}}");
    vec![
        w("VS-U1", "spec.http[1]", "virtualService rule #1 not used (only the last rule can have no matches)", &format!("hosts: [r]\nhttp: [{catch_all}, {catch_all}]"), &format!("hosts: [r]\nhttp: [{}, {catch_all}]", m("/a"))),
        w("VS-U2", "spec.http[1]", "rule #1 not used (route without matches defined before)", &format!("hosts: [reviews]\nhttp: [{catch_all}, {}]", m("/v2")), &format!("hosts: [reviews]\nhttp: [{}, {catch_all}]", m("/v2"))),
        w("VS-U3", "spec.http[1].match[0]", "virtualService rule \"second\" match \"m1\" is not used (duplicate/overlapping match in rule #0)", &format!("hosts: [r]\nhttp: [{}, {{name: second, match: [{{name: m1, uri: {{prefix: /a}}}}, {{uri: {{prefix: /b}}}}], {R}}}]", m("/a")), &format!("hosts: [r]\nhttp: [{}, {{name: second, match: [{{name: m1, uri: {{prefix: /a}}, port: 81}}], {R}}}]", m("/a"))),
        w("VS-U3", "spec.tcp[1].match[0]", "rule #1 match #0 is not used (duplicate/overlapping match in rule #0)", &format!("hosts: [db]\ntcp: [{{match: [{{port: 1}}], {CR}}}, {{match: [{{port: 1}}, {{port: 2}}], {CR}}}]"), &format!("hosts: [db]\ntcp: [{{match: [{{port: 1}}], {CR}}}, {{match: [{{port: 2}}], {CR}}}]")),
        w("VS-U4", "spec.http[1]", "virtualService rule #1 not used (all matches used by prior rules)", &format!("hosts: [r]\nhttp: [{}, {}]", m("/a"), m("/a")), &format!("hosts: [r]\nhttp: [{}, {}]", m("/a"), m("/b"))),
        w("VS-U4", "spec.tls[1]", "rule #1 not used (all matches used by prior rules)", &format!("hosts: [a.example.com]\ntls: [{{{TM}, {TR}}}, {{{TM}, {TR}}}]"), &format!("hosts: [a.example.com]\ntls: [{{{TM}, {TR}}}, {{match: [{{sniHosts: [a.example.com], port: 8443}}], {TR}}}]")),
        w("VS-U5", "spec.http[1].match[0]", "rule #1 match #0 of prefix /debugs is not used (duplicate/overlapping match in rule #0 of prefix /debug on #0)", &format!("hosts: [r]\nhttp: [{}, {}]", m("/debug"), m("/debugs")), &format!("hosts: [r]\nhttp: [{}, {}]", m("/debugs"), m("/debug"))),
    ]
}

#[test]
fn top_level_rules() {
    run(&KIND, top_level_cases());
}

#[test]
fn http_route_rules() {
    run(&KIND, http_route_cases());
}

#[test]
fn tls_and_tcp_rules() {
    run(&KIND, tls_tcp_cases());
}

#[test]
fn unreachable_rule_analysis() {
    run(&KIND, unreachable_cases());
}

fn messages(spec: &str, meta: &Meta) -> Vec<String> {
    test_support::messages(&KIND, spec, meta)
}

#[test]
fn route_semantics_gateway_skips_destinations_and_gateway_names() {
    // VS-H49/T11 destination checks and the H-GWNAME-5 name check on spec.gateways.
    let spec = "hosts: [a.example.com]\ngateways: [ns/Bad_Name]\nhttp: [{route: [{destination: {host: \"*\"}}]}]\n\
                tls: [{match: [{sniHosts: [a.example.com]}], route: [{destination: {host: \"*\"}}]}]";
    let plain = messages(spec, &meta());
    assert!(plain.iter().any(|m| m.contains("invalid value for gateway name")), "{plain:?}");
    assert_eq!(plain.iter().filter(|m| m.contains("invalid destination host")).count(), 2, "{plain:?}");
    let mut gw = meta();
    gw.annotations.insert(ROUTE_SEMANTICS.into(), "gateway".into());
    assert_eq!(messages(spec, &gw), Vec::<String>::new());
}

#[test]
fn lost_warnings_stay_lost() {
    // §1.6.3: abort without an error type (VS-H34's warning).
    assert_eq!(messages(&hr("fault: {abort: {percentage: {value: 1}}}"), &meta()), Vec::<String>::new());
    // §1.6.4: legacy gateway names in HTTP and TCP matches (VS-H23, VS-C4) …
    assert_eq!(messages(&hm("gateways: [gw.ns]"), &meta()), Vec::<String>::new());
    assert_eq!(messages(&c(&format!("match: [{{gateways: [gw.ns]}}], {CR}")), &meta()), Vec::<String>::new());
    // … but a broken one there is still an error.
    let found = messages(&hm("gateways: [\"gw..ns\"]"), &meta());
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn null_elements_are_empty_messages() {
    // VS-10 and VS-H13 are unreachable: a null route or header match decodes as `{}`, which
    // then fails (or passes) its own content rules.
    let found = messages("hosts: [r]\nhttp: [null]", &meta());
    assert_eq!(found, ["Error spec.http[0]: HTTP route, redirect or direct_response is required"]);
    let found = messages(&hm("headers: {x: null}"), &meta());
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn oneof_members_follow_upstream_decoding() {
    assert_eq!(crate::api::schema::last_declared([Some(1), None, Some(3), None]), Some(3));
    assert_eq!(crate::api::schema::last_declared::<u8, 2>([None, None]), None);
    // Several members of a oneof: upstream keeps the last declared one (regex over prefix).
    let found = messages(&hm("uri: {prefix: /a, regex: \"(\"}"), &meta());
    assert!(found.iter().any(|m| m.contains("spec.http[0].match[0].uri.regex")), "{found:?}");
    // exponentialDelay wins over fixedDelay, so the fixed delay is not checked.
    let found = messages(&hr("fault: {delay: {fixedDelay: 0s, exponentialDelay: 1s}}"), &meta());
    assert_eq!(found, ["Error spec.http[0].fault.delay.exponentialDelay: exponentialDelay not supported yet"]);
}

#[test]
fn conformance_style_examples() {
    let found = messages(&h("route: [{destination: {host: reviews, subset: v1}, weight: -15}]"), &meta());
    assert_eq!(found, ["Error spec.http[0].route[0].weight: weight -15 < 0"]);
    let found = messages(&format!("hosts: [\"*\"]\nhttp: [{{{R}}}]"), &meta());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Error spec.hosts[0]: wildcard host *"));
    assert_eq!(messages(RICH, &meta()).iter().filter(|m| m.starts_with("Error")).count(), 0, "{:?}", messages(RICH, &meta()));
}

#[test]
fn base64_and_double_wire_types() {
    use super::decode_base64;
    use crate::api::common::Double;
    assert_eq!(decode_base64("SSdtIGEgdGVhcG90").unwrap(), b"I'm a teapot");
    assert_eq!(decode_base64("YQ==").unwrap(), b"a");
    assert_eq!(decode_base64("YWI=\n").unwrap(), b"ab");
    assert_eq!(decode_base64("").unwrap(), b"");
    for bad in ["YQ", "Y===", "YQ==YQ==", "a-b_", "YQ=A"] {
        assert!(decode_base64(bad).is_none(), "{bad}");
    }
    let d: Double = serde_json::from_value(json!("12.5")).unwrap();
    assert_eq!(d.get(), 12.5);
    let d: Double = serde_json::from_value(json!(50)).unwrap();
    assert_eq!(serde_json::to_value(&d).unwrap(), json!(50));
    assert!(serde_json::from_value::<Double>(json!(true)).is_err());
    // Quoted text is read as a JSON number (surrounding JSON whitespace allowed), as upstream does.
    let d: Double = serde_json::from_value(json!(" 7 ")).unwrap();
    assert_eq!(serde_json::to_value(&d).unwrap(), json!(7));
    for bad in ["nan", "inf", "infinity", "+Infinity", "+1", ".5", "1.", "1e500", "NaN ", ""] {
        assert!(serde_json::from_value::<Double>(json!(bad)).is_err(), "{bad:?}");
    }
}

#[test]
fn non_finite_doubles_decode_round_trip_and_compare_like_go() {
    use crate::api::common::Double;
    for (text, want) in [("NaN", Double::NaN), ("Infinity", Double::Infinity), ("-Infinity", Double::NegInfinity)] {
        let d: Double = serde_json::from_value(json!(text)).unwrap();
        assert_eq!(d, want);
        assert_eq!(serde_json::to_value(&d).unwrap(), json!(text));
        assert_eq!(Double::from(d.get()), want);
    }
    assert!(Double::NaN.get().is_nan());
    let spec = yaml("hosts: [r]\nhttp: [{route: [{destination: {host: r}}], mirrorPercentage: {value: NaN}, \
                     mirrors: [{destination: {host: m}, percentage: {value: '-Infinity'}}], \
                     fault: {abort: {httpStatus: 500, percentage: {value: Infinity}}}}]");
    assert_eq!((KIND.roundtrip)(&spec).unwrap(), spec);
    // NaN passes every bound (Go's comparisons with NaN are all false); ±Inf fail them.
    assert_eq!(
        messages(&spec.to_string(), &meta()),
        [
            "Error spec.http[0].fault.abort.percentage.value: percentage +Inf is neither 0.0, nor in range [0.0001, 100.0]",
            "Error spec.http[0].mirrors[0].percentage.value: mirror percentage must have a min value of 0 (it has -Inf)",
        ]
    );
    let found = messages(&hr("mirror: {host: m}, mirrorPercentage: {value: Infinity}, fault: {delay: {fixedDelay: 1s, percentage: {value: NaN}}}"), &meta());
    assert_eq!(found, ["Error spec.http[0].mirrorPercentage.value: mirror_percentage must have a max value of 100 (it has +Inf)"]);
}
