use super::load_balancer::is_prime;
use super::*;
use crate::api::networking::testing::{Expect::*, run_cases};
use crate::api::networking::{destination_rule, gateway};

/// A DestinationRule spec with this `trafficPolicy` body.
fn tp(body: &str) -> String {
    format!("host: reviews\ntrafficPolicy: {body}")
}

#[test]
fn several_oneof_members_decode_and_the_last_declared_wins() {
    // Used to fail decoding ("oneof … is already set"); upstream keeps the last member.
    let both = tp("{loadBalancer: {simple: RANDOM, consistentHash: {httpCookie: {ttl: 0s}}}}");
    let found = crate::api::networking::testing::check(&destination_rule::KIND, &both);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].path, "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name");
    crate::api::networking::testing::assert_roundtrip(&destination_rule::KIND, &both);

    // hashKey: useSourceIp is declared after httpCookie, so the cookie is not checked (LB-1)…
    let lb: LoadBalancerSettings = serde_json::from_value(crate::api::networking::testing::yaml(
        "{consistentHash: {httpCookie: {ttl: 0s}, useSourceIp: true, ringHash: {}, maglev: {tableSize: 4}}}",
    ))
    .unwrap();
    let Some(LbPolicy::ConsistentHash(ch)) = lb.lb_policy() else { panic!("consistentHash wins") };
    assert_eq!(ch.hash_key(), Some(HashKey::UseSourceIp(true)));
    assert!(matches!(ch.hash_algorithm(), Some(HashAlgorithm::Maglev(_))));
    let cookie_ignored = tp("{loadBalancer: {consistentHash: {httpCookie: {ttl: 0s}, useSourceIp: true}}}");
    assert!(crate::api::networking::testing::check(&destination_rule::KIND, &cookie_ignored).is_empty());
    // …but it is checked when it is declared after the other member written.
    let cookie_kept = tp("{loadBalancer: {consistentHash: {httpHeaderName: x, httpCookie: {ttl: 0s}}}}");
    let found = crate::api::networking::testing::check(&destination_rule::KIND, &cookie_kept);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("name required for HttpCookie"));

    // hashAlgorithm: maglev wins over ringHash, so its table size is checked (LB-6).
    let spec = tp("{loadBalancer: {consistentHash: {httpQueryParameterName: q, ringHash: {}, maglev: {}}}}");
    let found = crate::api::networking::testing::check(&destination_rule::KIND, &spec);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found.iter().all(|f| f.path == "spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize")
    );
    let ok = tp("{loadBalancer: {consistentHash: {httpQueryParameterName: q, ringHash: {}}}}");
    assert!(crate::api::networking::testing::check(&destination_rule::KIND, &ok).is_empty());
}

#[test]
fn lb_policy_alone() {
    let lb: LoadBalancerSettings =
        serde_json::from_value(crate::api::networking::testing::yaml("{simple: 2}")).unwrap();
    assert_eq!(lb.lb_policy(), Some(LbPolicy::Simple(SimpleLb::Number(2))));
    assert_eq!(LoadBalancerSettings::default().lb_policy(), None);
    let ch = ConsistentHashLb { http_header_name: Some("h".into()), ..Default::default() };
    assert_eq!(ch.hash_key(), Some(HashKey::HttpHeaderName("h")));
    assert_eq!(ch.hash_algorithm(), None);
}

#[test]
fn oneof_messages_stay_strict() {
    for (spec, path) in [
        (tp("{loadBalancer: {simple: RANDOM, bogus: 1}}"), "spec.trafficPolicy.loadBalancer.bogus"),
        (
            tp("{loadBalancer: {consistentHash: {bogus: 1}}}"),
            "spec.trafficPolicy.loadBalancer.consistentHash.bogus",
        ),
    ] {
        let found = crate::api::networking::testing::check(&destination_rule::KIND, &spec);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, path);
        assert!(found[0].message.contains("unknown field"), "{}", found[0].message);
    }
    // snake_case names decode too
    let snake = tp(
        "{load_balancer: {consistent_hash: {http_query_parameter_name: q, ring_hash: {minimum_ring_size: 4}}}}",
    );
    assert!(crate::api::networking::testing::check(&destination_rule::KIND, &snake).is_empty());
}

#[test]
fn primes_match_envoy() {
    assert!(is_prime(1) && is_prime(2) && is_prime(3) && is_prime(65537) && is_prime(5_000_011));
    assert!(!is_prime(0) && !is_prime(4) && !is_prime(1000) && !is_prime(9));
}

#[test]
fn traffic_policy_rules() {
    let p = "spec.trafficPolicy";
    let cases: Vec<(&str, String, crate::api::networking::testing::Expect)> = vec![
        ("TP-1 fail", tp("{}"), Error(p, "at least one field")),
        ("TP-1 pass", tp("{retryBudget: {percent: 10.5}}"), Clean),
        (
            "TP-2 fail",
            tp("{tunnel: {targetHost: a.b, targetPort: 80}, proxyProtocol: {}}"),
            Error(p, "must not be set together"),
        ),
        ("TP-2 pass", tp("{tunnel: {targetHost: a.b, targetPort: 80}}"), Clean),
        (
            "TP-5 fail",
            tp("{portLevelSettings: [{tls: {mode: SIMPLE}}]}"),
            Error("spec.trafficPolicy.portLevelSettings[0].port", "must have valid port"),
        ),
        (
            "TP-6 fail",
            tp("{portLevelSettings: [{port: {number: 80}}]}"),
            Error(
                "spec.trafficPolicy.portLevelSettings[0]",
                "port traffic policy must have at least one field",
            ),
        ),
        (
            "TP-7 errors kept",
            tp("{portLevelSettings: [{port: {number: 80}, connectionPool: {}}]}"),
            Error("spec.trafficPolicy.portLevelSettings[0].connectionPool", "at least one field"),
        ),
        (
            "TP-7 warnings dropped",
            tp("{portLevelSettings: [{port: {number: 80}, outlierDetection: {consecutiveErrors: 3}}]}"),
            Clean,
        ),
        (
            "TP-8 fail",
            tp("{tunnel: {protocol: GET, targetHost: a.b, targetPort: 80}}"),
            Error("spec.trafficPolicy.tunnel.protocol", "\"CONNECT\" or \"POST\""),
        ),
        ("TP-8 pass", tp("{tunnel: {protocol: POST, targetHost: a.b, targetPort: 80}}"), Clean),
        (
            "TP-9 fail",
            tp("{tunnel: {targetHost: 'a..b', targetPort: 80}}"),
            Error("spec.trafficPolicy.tunnel.targetHost", "valid FQDN or IP address"),
        ),
        ("TP-9 ip", tp("{tunnel: {targetHost: 10.0.0.1, targetPort: 80}}"), Clean),
        (
            "TP-10 fail",
            tp("{tunnel: {targetHost: a.b}}"),
            Error("spec.trafficPolicy.tunnel.targetPort", "tunnel target port is invalid"),
        ),
        (
            "TP-11 fail",
            tp("{proxyProtocol: {version: 5}}"),
            Error("spec.trafficPolicy.proxyProtocol.version", "invalid: 5"),
        ),
        ("TP-11 pass", tp("{proxyProtocol: {version: 1}}"), Clean),
        ("TP-5..7 pass", tp("{portLevelSettings: [{port: {number: 80}, tls: {mode: ISTIO_MUTUAL}}]}"), Clean),
        (
            "TP-8..10 pass",
            tp("{tunnel: {protocol: CONNECT, targetHost: a.example.com, targetPort: 65535}}"),
            Clean,
        ),
        (
            "OD-1..6 pass",
            tp(
                "{outlierDetection: {baseEjectionTime: 1ms, interval: 1s, consecutiveErrors: 0, consecutiveLocalOriginFailures: 0, maxEjectionPercent: 0, minHealthPercent: 100}}",
            ),
            Clean,
        ),
        (
            "OD-1 fail",
            tp("{outlierDetection: {baseEjectionTime: 0.5ms}}"),
            Error("spec.trafficPolicy.outlierDetection.baseEjectionTime", "greater than 1ms"),
        ),
        ("OD-1 pass", tp("{outlierDetection: {baseEjectionTime: 1ms}}"), Clean),
        (
            "OD-2 fail",
            tp("{outlierDetection: {interval: 1.5ms}}"),
            Error("spec.trafficPolicy.outlierDetection.interval", "ms precision"),
        ),
        (
            "OD-3 warn",
            tp("{outlierDetection: {consecutiveErrors: 3}}"),
            Warn("spec.trafficPolicy.outlierDetection.consecutiveErrors", "deprecated"),
        ),
        (
            "OD-4 fail",
            tp("{outlierDetection: {consecutiveLocalOriginFailures: 3}}"),
            Error(
                "spec.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures",
                "split external local origin errors",
            ),
        ),
        (
            "OD-4 pass",
            tp(
                "{outlierDetection: {consecutiveLocalOriginFailures: 3, splitExternalLocalOriginErrors: true}}",
            ),
            Clean,
        ),
        (
            "OD-5 fail",
            tp("{outlierDetection: {maxEjectionPercent: 101}}"),
            Error(
                "spec.trafficPolicy.outlierDetection.maxEjectionPercent",
                "percentage 101 is not in range 0..100",
            ),
        ),
        (
            "OD-6 fail",
            tp("{outlierDetection: {minHealthPercent: -1}}"),
            Error("spec.trafficPolicy.outlierDetection.minHealthPercent", "not in range"),
        ),
        ("OD-5/6 pass", tp("{outlierDetection: {maxEjectionPercent: 100, minHealthPercent: 0}}"), Clean),
        (
            "CP-1 fail",
            tp("{connectionPool: {}}"),
            Error("spec.trafficPolicy.connectionPool", "connection pool must have at least one field"),
        ),
        (
            "CP-2 fail",
            tp("{connectionPool: {http: {http1MaxPendingRequests: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.http.http1MaxPendingRequests", "non-negative"),
        ),
        (
            "CP-3 fail",
            tp("{connectionPool: {http: {http2MaxRequests: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.http.http2MaxRequests", "non-negative"),
        ),
        (
            "CP-4 fail",
            tp("{connectionPool: {http: {maxRequestsPerConnection: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.http.maxRequestsPerConnection", "non-negative"),
        ),
        (
            "CP-5 fail",
            tp("{connectionPool: {http: {maxRetries: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.http.maxRetries", "non-negative"),
        ),
        (
            "CP-6 fail",
            tp("{connectionPool: {http: {idleTimeout: 0s}}}"),
            Error("spec.trafficPolicy.connectionPool.http.idleTimeout", "greater than 1ms"),
        ),
        (
            "CP-7 fail",
            tp("{connectionPool: {http: {h2UpgradePolicy: UPGRADE, useClientProtocol: true}}}"),
            Error("spec.trafficPolicy.connectionPool.http.useClientProtocol", "UPGRADE"),
        ),
        (
            "CP-7 raw number",
            tp("{connectionPool: {http: {h2UpgradePolicy: 2, useClientProtocol: true}}}"),
            Error("spec.trafficPolicy.connectionPool.http.useClientProtocol", "UPGRADE"),
        ),
        (
            "CP-7 pass",
            tp("{connectionPool: {http: {h2UpgradePolicy: UPGRADE, useClientProtocol: false}}}"),
            Clean,
        ),
        (
            "CP-8 fail",
            tp("{connectionPool: {http: {maxConcurrentStreams: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.http.maxConcurrentStreams", "non-negative"),
        ),
        (
            "CP-9 fail",
            tp("{connectionPool: {tcp: {maxConnections: -1}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.maxConnections", "non-negative"),
        ),
        (
            "CP-10 fail",
            tp("{connectionPool: {tcp: {connectTimeout: 100us}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.connectTimeout", "greater than 1ms"),
        ),
        (
            "CP-11 fail",
            tp("{connectionPool: {tcp: {maxConnectionDuration: 0s}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.maxConnectionDuration", "greater than 1ms"),
        ),
        (
            "CP-12 fail",
            tp("{connectionPool: {tcp: {idleTimeout: 1.5ms}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.idleTimeout", "ms precision"),
        ),
        ("CP-12 zero disables", tp("{connectionPool: {tcp: {idleTimeout: 0s}}}"), Clean),
        ("CP-12 sub-ms skipped", tp("{connectionPool: {tcp: {idleTimeout: 0.5ms}}}"), Clean),
        (
            "CP-13 fail",
            tp("{connectionPool: {tcp: {tcpKeepalive: {time: 100us}}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.tcpKeepalive.time", "greater than 1ms"),
        ),
        (
            "CP-14 fail",
            tp("{connectionPool: {tcp: {tcpKeepalive: {interval: 10us}}}}"),
            Error("spec.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval", "greater than 1ms"),
        ),
        ("CP pass", tp("{connectionPool: {tcp: {tcpKeepalive: {time: 10s, interval: 1s}}}}"), Clean),
        (
            "CP-1..14 pass",
            tp(
                "{connectionPool: {http: {http1MaxPendingRequests: 0, http2MaxRequests: 0, maxRequestsPerConnection: 0, maxRetries: 0, idleTimeout: 1ms, h2UpgradePolicy: UPGRADE, maxConcurrentStreams: 0}, tcp: {maxConnections: 0, connectTimeout: 1ms, maxConnectionDuration: 1ms, idleTimeout: 2ms, tcpKeepalive: {time: 1ms, interval: 1ms}}}}",
            ),
            Clean,
        ),
        (
            "LB-1..5 pass",
            tp(
                "{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{name: a}, {name: b}]}, minimumRingSize: 0, ringHash: {minimumRingSize: 8}}}}",
            ),
            Clean,
        ),
        (
            "LB oneof: both members written pass",
            tp("{loadBalancer: {simple: RANDOM, consistentHash: {useSourceIp: true}}}"),
            Clean,
        ),
        (
            "LB hashKey oneof: both members written pass",
            tp("{loadBalancer: {consistentHash: {useSourceIp: true, httpHeaderName: x}}}"),
            Clean,
        ),
        (
            "LB-1 fail",
            tp("{loadBalancer: {consistentHash: {httpCookie: {ttl: 0s}}}}"),
            Error(
                "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name",
                "name required for HttpCookie",
            ),
        ),
        (
            "LB-2 fail",
            tp("{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{value: x}]}}}}"),
            Error(
                "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[0].name",
                "name is required",
            ),
        ),
        (
            "LB-3 fail",
            tp(
                "{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{name: a}, {name: a}]}}}}",
            ),
            Error(
                "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[1].name",
                "duplicate cookie attribute name",
            ),
        ),
        (
            "LB-4 warn",
            tp("{loadBalancer: {consistentHash: {useSourceIp: true, minimumRingSize: 1024}}}"),
            Warn("spec.trafficPolicy.loadBalancer.consistentHash.minimumRingSize", "deprecated"),
        ),
        (
            "LB-5 fail",
            tp("{loadBalancer: {consistentHash: {useSourceIp: true, minimumRingSize: 1024, ringHash: {}}}}"),
            Error(
                "spec.trafficPolicy.loadBalancer.consistentHash.minimumRingSize",
                "only one of MinimumRingSize",
            ),
        ),
        (
            "LB-6 fail",
            tp("{loadBalancer: {consistentHash: {useSourceIp: true, maglev: {}}}}"),
            Error("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize", "tableSize must be set"),
        ),
        (
            "LB-7 fail",
            tp("{loadBalancer: {consistentHash: {useSourceIp: true, maglev: {tableSize: 5000011}}}}"),
            Error("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize", "less than 5000011"),
        ),
        (
            "LB-8 fail",
            tp("{loadBalancer: {consistentHash: {httpHeaderName: x-user, maglev: {tableSize: 1000}}}}"),
            Error("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize", "prime"),
        ),
        (
            "LB-6..8 pass",
            tp("{loadBalancer: {consistentHash: {httpHeaderName: x-user, maglev: {tableSize: 65537}}}}"),
            Clean,
        ),
        (
            "LB-9 uses policy OD",
            tp("{outlierDetection: {}, loadBalancer: {localityLbSetting: {failover: [{from: a, to: b}]}}}"),
            Clean,
        ),
        (
            "LB-10 missing",
            tp("{loadBalancer: {warmup: {minimumPercent: 10.5}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.duration", "duration is required"),
        ),
        (
            "LB-10 dur",
            tp("{loadBalancer: {warmup: {duration: 0.5ms}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.duration", "greater than 1ms"),
        ),
        (
            "LB-11 fail",
            tp("{loadBalancer: {warmup: {duration: 1s, minimumPercent: 150.5}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.minimumPercent", "less than or equal to 100"),
        ),
        (
            "LB-12 fail",
            tp("{loadBalancer: {warmup: {duration: 1s, aggression: 0.5}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.aggression", "greater than or equal to 1"),
        ),
        (
            "LB-10..12 pass",
            tp(
                "{loadBalancer: {simple: ROUND_ROBIN, warmup: {duration: 1s, aggression: 1.5, minimumPercent: 99.5}}}",
            ),
            Clean,
        ),
        (
            "LB-11 fail on Infinity",
            tp("{loadBalancer: {warmup: {duration: 1s, minimumPercent: Infinity}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.minimumPercent", "less than or equal to 100"),
        ),
        (
            "LB-12 fail on -Infinity",
            tp("{loadBalancer: {warmup: {duration: 1s, aggression: '-Infinity'}}}"),
            Error("spec.trafficPolicy.loadBalancer.warmup.aggression", "greater than or equal to 1"),
        ),
        (
            "LB-11/12 pass on NaN (Go's comparisons with NaN are false)",
            tp(
                "{loadBalancer: {warmup: {duration: 1s, aggression: NaN, minimumPercent: NaN}}, retryBudget: {percent: NaN}}",
            ),
            Clean,
        ),
    ];
    run_cases(&destination_rule::KIND, &cases);
}

#[test]
fn locality_and_client_tls_rules() {
    let loc =
        |body: &str| tp(&format!("{{outlierDetection: {{}}, loadBalancer: {{localityLbSetting: {body}}}}}"));
    let l = "spec.trafficPolicy.loadBalancer.localityLbSetting";
    let cases: Vec<(&str, String, crate::api::networking::testing::Expect)> = vec![
        (
            "H-LOC-1 fail",
            loc("{distribute: [{from: a, to: {b: 100}}], failover: [{from: a, to: b}]}"),
            Error(l, "'distribute' and 'failover'"),
        ),
        (
            "H-LOC-2 fail",
            loc("{failover: [{from: a, to: b}], failoverPriority: [topology.kubernetes.io/region]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority", "topology label"),
        ),
        (
            "H-LOC-2 pass",
            loc("{failover: [{from: a, to: b}], failoverPriority: [topology.istio.io/network]}"),
            Clean,
        ),
        (
            "H-LOC-3 fail",
            loc("{distribute: [{from: 'a/*', to: {'b/*': 0, 'c/*': 100}}]}"),
            Error(
                "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to[b/*]",
                "range [1, 100]",
            ),
        ),
        (
            "H-LOC-4 fail",
            loc("{distribute: [{from: 'a/*', to: {'b/*': 40, 'c/*': 50}}]}"),
            Error(
                "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to",
                "total locality weight 90 != 100",
            ),
        ),
        (
            "H-LOC-5 overlap",
            loc("{distribute: [{from: 'a/*', to: {'us-west': 50, 'us-west/zone1': 50}}]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to", "overlap"),
        ),
        (
            "H-LOC-5 wildcard",
            loc("{distribute: [{from: 'a*b', to: {c: 100}}]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.distribute", "wildcard"),
        ),
        (
            "H-LOC-5 empty segment",
            loc("{distribute: [{from: 'a//c', to: {c: 100}}]}"),
            Error(
                "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute",
                "empty region/zone/subzone",
            ),
        ),
        (
            "H-LOC-3..5 pass",
            loc(
                "{distribute: [{from: 'us-west/zone1/*', to: {'us-west/zone1/*': 80, 'us-west/zone2/*': 20}}, {from: 'us-east/*', to: {'*': 100}}]}",
            ),
            Clean,
        ),
        (
            "H-LOC-6 warn",
            tp("{loadBalancer: {localityLbSetting: {failoverPriority: [a]}}}"),
            Warn(
                "spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority",
                "outlier detection policy must be provided",
            ),
        ),
        (
            "H-LOC-7 fail",
            loc("{failover: [{from: a, to: a}]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "different regions"),
        ),
        (
            "H-LOC-8 fail",
            loc("{failover: [{from: a/b, to: c}]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "only specify region"),
        ),
        (
            "H-LOC-9 fail",
            loc("{failover: [{from: 'a*', to: c}]}"),
            Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "'*' wildcard"),
        ),
        (
            "CTLS-1 namespace",
            tp("{tls: {mode: SIMPLE, credentialName: 'configmap://other/cm'}}"),
            Error("spec.trafficPolicy.tls.credentialName", "configmap://"),
        ),
        (
            "CTLS-1 shape",
            tp("{tls: {mode: SIMPLE, credentialName: 'configmap://ns/'}}"),
            Error("spec.trafficPolicy.tls.credentialName", "invalid configmap://"),
        ),
        ("CTLS-1 pass", tp("{tls: {mode: SIMPLE, credentialName: 'configmap://ns/cm'}}"), Clean),
        (
            "CTLS-2 fail",
            tp("{tls: {mode: SIMPLE, insecureSkipVerify: true, caCertificates: /ca.pem}}"),
            Error("spec.trafficPolicy.tls.insecureSkipVerify", "insecureSkipVerify"),
        ),
        ("CTLS-2 pass", tp("{tls: {mode: SIMPLE, insecureSkipVerify: true}}"), Clean),
        (
            "CTLS-3 fail",
            tp(
                "{tls: {mode: MUTUAL, insecureSkipVerify: true, subjectAltNames: [a], clientCertificate: c, privateKey: k}}",
            ),
            Error("spec.trafficPolicy.tls.insecureSkipVerify", "insecureSkipVerify"),
        ),
        (
            "CTLS-4 fail",
            tp("{tls: {mode: SIMPLE, credentialName: secret, caCertificates: /ca.pem}}"),
            Error("spec.trafficPolicy.tls.credentialName", "If credentialName is set"),
        ),
        ("CTLS-4 stops", tp("{tls: {mode: MUTUAL, credentialName: secret}}"), Clean),
        (
            "CTLS-5 fail",
            tp("{tls: {mode: MUTUAL, privateKey: k}}"),
            Error("spec.trafficPolicy.tls.clientCertificate", "client certificate required"),
        ),
        (
            "CTLS-6 fail",
            tp("{tls: {mode: MUTUAL, clientCertificate: c}}"),
            Error("spec.trafficPolicy.tls.privateKey", "private key required"),
        ),
        ("CTLS-5/6 pass", tp("{tls: {mode: MUTUAL, clientCertificate: c, privateKey: k}}"), Clean),
        (
            "CTLS-3 pass",
            tp("{tls: {mode: MUTUAL, insecureSkipVerify: true, clientCertificate: c, privateKey: k}}"),
            Clean,
        ),
        (
            "H-LOC-1,6..9 pass",
            loc("{failover: [{from: us-east, to: eu-west}], failoverPriority: [topology.istio.io/network]}"),
            Clean,
        ),
    ];
    run_cases(&destination_rule::KIND, &cases);
}

#[test]
fn server_tls_rules() {
    let gw = |tls: &str| {
        format!(
            "servers: [{{port: {{number: 443, name: https, protocol: HTTPS}}, hosts: ['*'], tls: {tls}}}]"
        )
    };
    let t = "spec.servers[0].tls";
    let cases: Vec<(&str, String, crate::api::networking::testing::Expect)> = vec![
        (
            "STLS-1 warn",
            gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, minProtocolVersion: TLSV1_1}"),
            Warn("spec.servers[0].tls.minProtocolVersion", "below TLSV1_2"),
        ),
        (
            "STLS-1 pass",
            gw(
                "{mode: SIMPLE, serverCertificate: c, privateKey: k, minProtocolVersion: TLSV1_0, cipherSuites: [AES128-SHA]}",
            ),
            Clean,
        ),
        (
            "STLS-2 warn",
            gw(
                "{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [ZZZ, FOO, ECDHE-RSA-AES128-SHA]}",
            ),
            Warn("spec.servers[0].tls.cipherSuites", "ignoring invalid cipher suites: [FOO ZZZ]"),
        ),
        (
            "STLS-2 pass",
            gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [ALL, '-X', '!Y', '']}"),
            Clean,
        ),
        (
            "STLS-3 warn",
            gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [AES128-SHA, AES128-SHA]}"),
            Warn("spec.servers[0].tls.cipherSuites", "ignoring duplicate cipher suites: [AES128-SHA]"),
        ),
        (
            "STLS-4 fail",
            gw("{mode: ISTIO_MUTUAL, serverCertificate: c}"),
            Error(
                "spec.servers[0].tls.serverCertificate",
                "ISTIO_MUTUAL TLS cannot have associated server certificate",
            ),
        ),
        (
            "STLS-4 credentialNames",
            gw("{mode: ISTIO_MUTUAL, credentialNames: [a]}"),
            Error("spec.servers[0].tls.credentialNames", "ISTIO_MUTUAL"),
        ),
        ("STLS-4 pass", gw("{mode: ISTIO_MUTUAL}"), Clean),
        (
            "STLS-5 warn",
            gw("{credentialName: app-cert}"),
            Warn(t, "PASSTHROUGH mode does not use certificates"),
        ),
        (
            "STLS-5 auto",
            gw("{mode: AUTO_PASSTHROUGH, caCrl: x}"),
            Warn(t, "AUTO_PASSTHROUGH mode does not use certificates"),
        ),
        ("STLS-5 pass", gw("{mode: PASSTHROUGH}"), Clean),
        (
            "STLS-6 fail",
            gw("{mode: SIMPLE, credentialName: a, tlsCertificates: [{serverCertificate: c, privateKey: k}]}"),
            Error(t, "only one of credential_name"),
        ),
        ("STLS-7 stops", gw("{mode: OPTIONAL_MUTUAL, credentialNames: [a]}"), Clean),
        (
            "STLS-8 fail",
            gw("{mode: MUTUAL, serverCertificate: c, privateKey: k}"),
            Error("spec.servers[0].tls.caCertificates", "MUTUAL TLS requires a client CA bundle"),
        ),
        (
            "STLS-9 warn",
            gw(
                "{mode: SIMPLE, tlsCertificates: [{serverCertificate: a, privateKey: a}, {serverCertificate: b, privateKey: b}, {serverCertificate: c, privateKey: c}]}",
            ),
            Warn("spec.servers[0].tls.tlsCertificates", "up to 2 server certificates"),
        ),
        (
            "STLS-10 fail",
            gw("{mode: SIMPLE, privateKey: k}"),
            Error("spec.servers[0].tls.serverCertificate", "SIMPLE TLS requires a server certificate"),
        ),
        (
            "STLS-10 list",
            gw("{mode: MUTUAL, caCertificates: ca, tlsCertificates: [{privateKey: k}]}"),
            Error(
                "spec.servers[0].tls.tlsCertificates[0].serverCertificate",
                "MUTUAL TLS requires a server certificate",
            ),
        ),
        (
            "STLS-11 fail",
            gw("{mode: SIMPLE, serverCertificate: c}"),
            Error("spec.servers[0].tls.privateKey", "SIMPLE TLS requires a private key"),
        ),
        ("STLS-10/11 pass", gw("{mode: SIMPLE, serverCertificate: c, privateKey: k}"), Clean),
        (
            "STLS-12 fail",
            gw("{credentialName: a, caCrl: crl}"),
            Error("spec.servers[0].tls.caCrl", "CRL is not supported with credentialName"),
        ),
        (
            "STLS-13 fail",
            gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, caCrl: crl}"),
            Error("spec.servers[0].tls.caCrl", "CRL is not supported with SIMPLE TLS"),
        ),
        (
            "STLS-13 pass",
            gw("{mode: MUTUAL, serverCertificate: c, privateKey: k, caCertificates: ca, caCrl: crl}"),
            Clean,
        ),
    ];
    run_cases(&gateway::KIND, &cases);
}
