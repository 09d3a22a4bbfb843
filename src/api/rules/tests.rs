use super::*;
use std::collections::BTreeMap;

use crate::api::path::Path;
use crate::api::selectors::{
    NetworkingWorkloadSelector, PolicyTargetReference, PortSelector, WorkloadSelector,
};
use crate::api::validation::{Ctx, Finding, Level, Meta};

fn run(f: impl FnOnce(&Path<'_>, &mut Ctx<'_>)) -> Vec<Finding> {
    let meta = Meta::default();
    let mut cx = Ctx::new(&meta);
    let p = Path::root("spec");
    f(&p, &mut cx);
    cx.into_findings()
}
fn errors(f: impl FnOnce(&Path<'_>, &mut Ctx<'_>)) -> Vec<String> {
    run(f).into_iter().filter(|f| f.level == Level::Error).map(|f| f.message).collect()
}

#[test]
fn dns_labels() {
    assert!(is_dns1123_label("Foo-1"));
    assert!(!is_dns1123_label("-a"));
    assert!(!is_dns1123_label("a_b"));
    assert!(!is_dns1123_label(""));
    assert!(!is_dns1123_label(&"a".repeat(64)));
    assert!(is_wildcard_dns1123_label("*"));
    assert!(is_wildcard_dns1123_label("*foo"));
    assert!(is_wildcard_dns1123_label("*-foo"));
    assert!(!is_wildcard_dns1123_label("foo*"));
    assert!(!is_wildcard_dns1123_label("**"));
}

#[test]
fn fqdn_and_wildcards() {
    assert!(check_fqdn("reviews").is_ok());
    assert!(check_fqdn("a.123.").is_ok());
    assert!(check_fqdn("a.123").unwrap_err().contains("cannot be all-numeric"));
    assert!(check_fqdn("").unwrap_err().contains("empty domain"));
    assert!(check_fqdn(&"a.".repeat(130)).unwrap_err().contains("too long"));
    assert!(check_fqdn("*.a.com").is_err());
    for ok in ["*", "*.example.com", "*foo.example.com", "reviews", "123", "a.b."] {
        assert!(check_wildcard_domain(ok).is_ok(), "{ok}");
    }
    for bad in ["foo.*.com", "a..b", "10.0.0.1", "*.123"] {
        assert!(check_wildcard_domain(bad).is_err(), "{bad}");
    }
    assert!(is_partial_wildcard("*foo.com"));
    assert!(!is_partial_wildcard("*.foo.com"));
    assert!(!is_partial_wildcard("*"));
    let e = errors(|p, cx| fqdn("a.1", p, cx));
    assert_eq!(e.len(), 1);
    assert!(errors(|p, cx| wildcard_domain("*.ok.com", p, cx)).is_empty());
}

#[test]
fn sni_gateway_hosts() {
    assert!(check_gateway_bound_domain("outbound_.80_._.reviews.default.svc.cluster.local", true).is_ok());
    assert!(
        check_gateway_bound_domain("outbound_.80_.", true)
            .unwrap_err()
            .contains("outbound_.<PORT>_._.<HOSTNAME>")
    );
    assert!(check_gateway_bound_domain("outbound_.x_._.reviews", true).is_err());
    assert!(check_gateway_bound_domain("outbound_.80_._.123", true).is_err());
    // Without sni, `outbound_…` is just an invalid wildcard domain.
    assert!(check_gateway_bound_domain("outbound_.80_._.reviews", false).is_err());
}

#[test]
fn subset_port_names_protocols() {
    assert_eq!(errors(|p, cx| subset_name("", p, cx)), ["subset name cannot be empty"]);
    assert_eq!(errors(|p, cx| subset_name("v_1", p, cx)), ["subset name is invalid: v_1"]);
    assert!(errors(|p, cx| subset_name("v1", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| port_name("", p, cx)), ["invalid port name: "]);
    assert!(errors(|p, cx| port_name("http-web", p, cx)).is_empty());
    assert_eq!(Protocol::parse("grpc-WEB"), Some(Protocol::GrpcWeb));
    assert_eq!(Protocol::parse("HBONE"), None);
    assert!(Protocol::Https.is_tcp_family() && Protocol::Https.is_tls_like());
    assert!(Protocol::Grpc.is_http_like());
    assert!(errors(|p, cx| protocol("", true, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| protocol("", false, p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| protocol("http3", true, p, cx)).len(), 1);
}

#[test]
fn namespaced_hosts() {
    let sc = NsHostUse::Sidecar;
    let gw = NsHostUse::Gateway { gateway_semantics: false };
    assert_eq!(
        errors(|p, cx| namespaced_host("foo.example.com", sc, p, cx)),
        ["host must be of form namespace/dnsName"]
    );
    assert!(errors(|p, cx| namespaced_host("foo.example.com", gw, p, cx)).is_empty());
    assert!(errors(|p, cx| namespaced_host("./foo.example.com", sc, p, cx)).is_empty());
    assert!(errors(|p, cx| namespaced_host("~/*", sc, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| namespaced_host("~/*", gw, p, cx)).len(), 1);
    let gws = NsHostUse::Gateway { gateway_semantics: true };
    assert!(errors(|p, cx| namespaced_host("~/*", gws, p, cx)).is_empty());
    assert!(errors(|p, cx| namespaced_host("ns/reviews", sc, p, cx))[0].contains("short names"));
    // Gateway accepts IPs; Sidecar reports a non-IP invalid host twice.
    assert!(errors(|p, cx| namespaced_host("*/10.0.0.1", gw, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| namespaced_host("*/10.0.0.1", sc, p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| namespaced_host("*/a..b", sc, p, cx)).len(), 2);
    assert!(
        errors(|p, cx| namespaced_host("*/*foo.com", gw, p, cx))
            .iter()
            .any(|e| e.contains("partial wildcard"))
    );
    assert!(errors(|p, cx| namespaced_host("/", sc, p, cx))[0].contains("cannot be empty"));
}

#[test]
fn host_matching() {
    assert!(hosts_match("*.com", "a.b.com"));
    assert!(hosts_match("*.b.com", "*.com"));
    assert!(!hosts_match("a.com", "A.com"));
    assert!(host_subset_of("*.b.com", "*.com"));
    assert!(!host_subset_of("*.com", "*.b.com"));
    assert!(!host_subset_of("*.com", "a.com"));
    assert!(host_subset_of("a.com", "*.com"));
}

#[test]
fn numbers() {
    assert!(errors(|p, cx| port(1, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| port(0, p, cx)), ["port number 0 must be in the range 1..65535"]);
    assert_eq!(errors(|p, cx| port(65536, p, cx)).len(), 1);
    assert!(errors(|p, cx| port_selector(&PortSelector::default(), p, cx))[0].contains("port number 0"));
    assert!(check_duration_nanos(1_000_000).is_ok());
    assert!(check_duration_nanos(999_999).unwrap_err().contains("greater than 1ms"));
    assert!(check_duration_nanos(1_500_000).unwrap_err().contains("ms precision"));
    let d = crate::api::common::Duration("1.5ms".into());
    assert_eq!(errors(|p, cx| duration(&d, p, cx)).len(), 1);
    assert!(errors(|p, cx| percent_int(100, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| percent_int(101, p, cx)), ["percentage 101 is not in range 0..100"]);
    assert!(errors(|p, cx| percent_frac(0.0, p, cx)).is_empty());
    assert!(errors(|p, cx| percent_frac(0.0001, p, cx)).is_empty());
    assert_eq!(
        errors(|p, cx| percent_frac(0.00001, p, cx)),
        ["percentage 1e-05 is neither 0.0, nor in range [0.0001, 100.0]"]
    );
    assert_eq!(errors(|p, cx| percent_frac(100.5, p, cx)).len(), 1);
    // Go's float comparisons: NaN passes, ±Inf fail and print as Go does.
    assert!(errors(|p, cx| percent_frac(f64::NAN, p, cx)).is_empty());
    let inf = errors(|p, cx| percent_frac(f64::INFINITY, p, cx));
    assert!(inf[0].contains("percentage +Inf is neither"), "{inf:?}");
    let neg = errors(|p, cx| percent_frac(f64::NEG_INFINITY, p, cx));
    assert!(neg[0].contains("percentage -Inf is neither"), "{neg:?}");
    assert!(errors(|p, cx| http_status(600, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| http_status(199, p, cx)).len(), 1);
    assert!(errors(|p, cx| grpc_status("UNAVAILABLE", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| grpc_status("unavailable", p, cx)).len(), 1);
}

#[test]
fn weights() {
    let f = run(|p, cx| route_weights(&[-15], &p.field("route"), cx));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].path, "spec.route[0].weight");
    assert_eq!(f[0].message, "weight -15 < 0");
    let f = run(|p, cx| route_weights(&[0, 0], &p.field("route"), cx));
    assert_eq!(f[0].message, "total destination weight = 0");
    assert_eq!(f[0].path, "spec.route");
    assert!(run(|p, cx| route_weights(&[0], p, cx)).is_empty());
    assert!(run(|p, cx| route_weights(&[30, 30], p, cx)).is_empty());
}

#[test]
fn addresses() {
    for ok in ["1.2.3.4", "::1", "fe80::1%eth0", "::ffff:1.2.3.4"] {
        assert!(check_ip(ok).is_ok(), "{ok}");
    }
    for bad in ["01.2.3.4", "1.2.3", "1.2.3.256", "fe80::1%", "x", "", "1.2.3.4.5"] {
        assert!(check_ip(bad).is_err(), "{bad}");
    }
    assert_eq!(check_ip("1.2.3").unwrap_err(), "1.2.3 is not a valid IP");
    assert!(check_subnet("10.0.0.1/8").is_ok());
    assert!(check_subnet("::/0").is_ok());
    assert!(check_subnet("10.0.0.0/33").is_err());
    assert!(check_subnet("10.0.0.0/08").is_err());
    assert!(check_subnet("fe80::1%eth0/64").is_err());
    assert!(check_subnet("1.2.3.4").is_ok());
    assert!(check_subnet("1/2/3").is_err());
    let e = errors(|p, cx| ip_blocks(&["1.2.3.4/40".into(), "1.2.3.4".into(), "nope".into()], p, cx));
    assert_eq!(e.len(), 2);
    assert!(e[0].starts_with("bad CIDR range (1.2.3.4/40)"), "{}", e[0]);
    assert!(e[1].starts_with("bad IP address (nope)"), "{}", e[1]);
    assert!(check_unix_address("@abstract").is_ok());
    assert!(check_unix_address("/var/run/x.sock").is_ok());
    assert!(check_unix_address("").is_err());
    assert!(check_unix_address("rel/path").is_err());
    assert!(check_unix_address("/dir/").is_err());
}

#[test]
fn go_regex_acceptance() {
    for ok in [
        "^/api/v[0-9]+$",
        "a{2,5}",
        "a{1000}",
        "a{",
        "x{a}",
        "{",
        "(?P<n>a)",
        "(?<n>a)",
        "(?P<1st>a)",
        r"\pL\p{Greek}\p{^Greek}\PL\p{Any}\p{Old_Italic}",
        r"[\p{Lu}\d]+",
        r"[\p{Cs}a]\P{Cs}",
        "(?P<名前>a)(?P<_x9>b)",
        "(?i)abc",
        "(?i:x)",
        r"\Qa.b(\E",
        "[[:alpha:]]",
        "[a&&b]",
        "[[]",
        r"\012",
        "a*?",
        r"\b",
        "[]a]",
    ] {
        assert!(check_go_regex(ok).is_ok(), "{ok}: {:?}", check_go_regex(ok));
    }
    for (bad, want) in [
        ("(", "missing closing ): `(`"),
        ("a)", "unexpected ): `a)`"),
        ("[a", "missing closing ]: `[a`"),
        ("a{1001}", "invalid repeat count"),
        ("a{3,2}", "invalid repeat count"),
        ("a**", "invalid nested repetition operator: `**`"),
        ("(?=x)", "invalid or unsupported Perl syntax"),
        ("(?x)a", "invalid or unsupported Perl syntax"),
        (r"(a)\1", "invalid escape sequence"),
        ("*", "missing argument to repetition operator"),
        ("[z-a]", "invalid character class range"),
        ("(?P<a.b>x)", "invalid named capture: `(?P<a.b>`"),
        (r"\p{greek}", r"invalid character class range: `\p{greek}`"),
        (r"a\p{Emoji}", r"invalid character class range: `\p{Emoji}`"),
        (r"\p{sc=Greek}", "invalid character class range"),
        (r"\pX", r"invalid character class range: `\pX`"),
        (r"[\p{Alphabetic}]", r"invalid character class range: `\p{Alphabetic}`"),
        (r"\p{Greek", "invalid character class range"),
        ("(?<a[0]>x)", "invalid named capture: `(?<a[0]>`"),
        ("(?P<>x)", "invalid named capture: `(?P<>`"),
        ("(?P<abc", "invalid named capture: `(?P<abc`"),
        ("(?P<1st>a)(?P<1st>b)", "duplicate capture group name: `1st`"),
        (r"a\", "trailing backslash"),
    ] {
        let e = check_go_regex(bad).unwrap_err();
        assert!(e.contains(want), "{bad}: {e}");
        assert!(e.starts_with("error parsing regexp: "), "{e}");
    }
    let long = "a".repeat(1025);
    assert!(check_regex(&long, "uri").unwrap_err().contains("too large"));
}

#[test]
fn string_matches() {
    let f = run(|p, cx| string_match(StrMatch::Regex("("), "uri", p, cx));
    assert_eq!(f[0].path, "spec.regex");
    assert!(f[0].message.starts_with("\"uri\": error parsing regexp: missing closing )"), "{}", f[0].message);
    assert!(f[0].message.contains("RE2"));
    assert_eq!(errors(|p, cx| string_match(StrMatch::Prefix(""), "headers", p, cx)).len(), 1);
    assert!(errors(|p, cx| string_match_regex(StrMatch::Prefix(""), "uri", p, cx)).is_empty());
    assert!(errors(|p, cx| string_match(StrMatch::Exact(""), "uri", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| string_match(StrMatch::Regex(""), "uri", p, cx)).len(), 1);
}

#[test]
fn headers() {
    assert!(is_header_token("x-request-id"));
    assert!(!is_header_token("bad header"));
    assert!(is_jwt_claim_header("@request.auth.claims.sub"));
    assert!(is_jwt_claim_header("@request.auth.claims[group]"));
    assert!(!is_jwt_claim_header("@request.auth.claims."));
    assert!(!is_jwt_claim_header("@request.auth.claims[]"));
    assert!(errors(|p, cx| header_match_name(":path", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| header_match_name(":foo", p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| header_match_name("", p, cx)).len(), 1);
    assert!(errors(|p, cx| header_name_set_request(":authority", p, cx)).is_empty());
    assert!(errors(|p, cx| header_name_set_request("host", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| header_name_set_request(":path", p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| header_name_other("Host", p, cx)), ["cannot set Host header"]);
    assert_eq!(errors(|p, cx| header_name_other(":x", p, cx)).len(), 1);
    assert!(errors(|p, cx| header_name_other("x-a", p, cx)).is_empty());
    for ok in
        ["foo", "%HOSTNAME%", "100%%", "a\tb", "%REQ(x-foo)%", "%FOO([\"a\", \"b\"])%", "%FOO( [ \"a\" ] )%"]
    {
        assert!(check_header_value(ok).is_ok(), "{ok}: {:?}", check_header_value(ok));
    }
    for bad in ["abc%123", "%START_TIME%%", "a\nb", "%FOO([a])%", "%FOO(x)", "%FOO([\"a\"]x)%", "%FOO(x)y"] {
        assert!(check_header_value(bad).is_err(), "{bad}");
    }
    assert!(check_header_value("abc%123").unwrap_err().starts_with("header value configuration: "));
    assert!(errors(|p, cx| cors_header("*", p, cx)).is_empty());
    assert_eq!(errors(|p, cx| cors_header("a b", p, cx)).len(), 1);
    assert!(is_strict_header_name("x_a-1") && !is_strict_header_name("x.a"));
    assert!(is_probe_header_name("x-a") && !is_probe_header_name("x_a"));
}

#[test]
fn labels_and_selectors() {
    assert!(is_label_key("app"));
    assert!(is_label_key("example.com/app.v_1"));
    assert!(!is_label_key("-app"));
    assert!(!is_label_key("a/b/c"));
    assert!(!is_label_key(""));
    assert!(check_label_key(&"a".repeat(64)).unwrap_err().ends_with("(name is too long)"));
    let long_prefix = format!("{}/a", "a.".repeat(127) + "a");
    assert!(check_label_key(&long_prefix).unwrap_err().ends_with("(DNS prefix is too long)"));
    assert!(is_label_value(""));
    assert!(is_label_value(&"a".repeat(100)));
    assert!(!is_label_value("a b"));
    let mut m = BTreeMap::new();
    m.insert("ok".to_string(), "v1".to_string());
    m.insert("bad key".to_string(), "bad value".to_string());
    let f = run(|p, cx| label_map(&m, &p.field("labels"), cx));
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].path, "spec.labels[bad key]");

    let mut wild = BTreeMap::new();
    wild.insert("app".to_string(), "*".to_string());
    let sel = NetworkingWorkloadSelector { labels: Some(wild.clone()) };
    let mut bad = false;
    let f = run(|p, cx| bad = alpha_selector(Some(&sel), "w", p, cx));
    assert!(bad);
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("wildcard is not supported in selector: \"app=*\""));
    let empty = NetworkingWorkloadSelector::default();
    let f = run(|p, cx| bad = alpha_selector(Some(&empty), "applies to all", p, cx));
    assert!(!bad);
    assert_eq!(f[0].level, Level::Warning);
    assert!(run(|p, cx| bad = alpha_selector(None, "w", p, cx)).is_empty());

    let f = run(|p, cx| selector(Some(&WorkloadSelector { match_labels: Some(BTreeMap::new()) }), p, cx));
    assert_eq!(
        (f[0].level, f[0].message.as_str()),
        (Level::Warning, "workload selector specified without labels")
    );
    let mut e = BTreeMap::new();
    e.insert(String::new(), "x".to_string());
    let f = run(|p, cx| selector(Some(&WorkloadSelector { match_labels: Some(e) }), p, cx));
    assert_eq!(f[0].level, Level::Error);

    assert_eq!(errors(|p, cx| selector_or_target_refs(true, false, true, p, cx)).len(), 1);
    assert!(errors(|p, cx| selector_or_target_refs(false, false, true, p, cx)).is_empty());
}

#[test]
fn target_refs() {
    let good =
        PolicyTargetReference { kind: Some("Service".into()), name: Some("a".into()), ..Default::default() };
    assert!(errors(|p, cx| target_ref(&good, p, cx)).is_empty());
    let bad = PolicyTargetReference {
        group: Some("apps".into()),
        kind: Some("Deployment".into()),
        name: None,
        namespace: Some("other".into()),
    };
    let e = errors(|p, cx| target_ref(&bad, p, cx));
    assert_eq!(e.len(), 3);
    assert!(e[2].ends_with("but was apps/Deployment"), "{}", e[2]);
}

#[test]
fn export_to_rules() {
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let vs = ExportToOf::VirtualService;
    assert!(errors(|p, cx| export_to(&v(&[".", "other"]), "ns", vs, p, cx)).is_empty());
    assert_eq!(
        errors(|p, cx| export_to(&v(&["a", "a"]), "ns", vs, p, cx)),
        ["duplicate entries in exportTo for entry a"]
    );
    assert_eq!(
        errors(|p, cx| export_to(&v(&["ns", "."]), "ns", vs, p, cx)),
        ["duplicate entries in exportTo: . and current namespace ns"]
    );
    assert_eq!(
        errors(|p, cx| export_to(&v(&[".", "ns"]), "ns", vs, p, cx)),
        ["duplicate entries in exportTo for entry ns"]
    );
    assert_eq!(errors(|p, cx| export_to(&v(&["~"]), "ns", vs, p, cx)).len(), 1);
    assert!(errors(|p, cx| export_to(&v(&["~"]), "ns", ExportToOf::ServiceEntry, p, cx)).is_empty());
    assert_eq!(errors(|p, cx| export_to(&v(&["~", "a"]), "ns", ExportToOf::ServiceEntry, p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| export_to(&v(&["bad_ns"]), "ns", vs, p, cx)).len(), 1);
    assert_eq!(
        errors(|p, cx| export_to(&v(&["*", "a"]), "ns", vs, p, cx)),
        ["cannot have both public (*) and non-public exportTo values for a resource"]
    );
    let dr = ExportToOf::DestinationRule { with_selector: true };
    assert_eq!(errors(|p, cx| export_to(&v(&["*"]), "ns", dr, p, cx)).len(), 1);
    assert_eq!(errors(|p, cx| export_to(&v(&[".", "a"]), "ns", dr, p, cx)).len(), 1);
    assert!(errors(|p, cx| export_to(&v(&["."]), "ns", dr, p, cx)).is_empty());
}

#[test]
fn gateway_name_lists() {
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(run(|p, cx| gateway_names(&v(&["mesh", "ns/gw"]), false, p, cx)).is_empty());
    // The first short entry stops the walk: the bad second entry is not checked.
    assert!(run(|p, cx| gateway_names(&v(&["mesh", "bad//x"]), false, p, cx)).is_empty());
    let f = run(|p, cx| gateway_names(&v(&["gw.ns"]), false, p, cx));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Warning);
    assert!(f[0].message.contains("\"ns/gw\""), "{}", f[0].message);
    assert_eq!(errors(|p, cx| gateway_names(&v(&["ns/"]), false, p, cx)).len(), 2);
    assert_eq!(errors(|p, cx| gateway_names(&v(&["/"]), false, p, cx)).len(), 3);
    assert_eq!(errors(|p, cx| gateway_names(&v(&["ns/a/b"]), false, p, cx)).len(), 1);
    assert!(errors(|p, cx| gateway_names(&v(&["ns/a/b"]), true, p, cx)).is_empty());
    assert!(binds_to_mesh(&[]));
    assert!(binds_to_mesh(&v(&["ns/gw", "mesh"])));
    assert!(!binds_to_mesh(&v(&["ns/gw"])));
}

#[test]
fn destinations() {
    let f = run(|p, cx| destination("*", None, None, p, cx));
    assert_eq!((f[0].path.as_str(), f[0].message.as_str()), ("spec.host", "invalid destination host *"));
    assert!(run(|p, cx| destination("reviews", Some("v1"), None, p, cx)).is_empty());
    assert!(run(|p, cx| destination("*.example.com", Some(""), None, p, cx)).is_empty());
    let f = run(|p, cx| destination("reviews", Some("V_1"), Some(&PortSelector::default()), p, cx));
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].path, "spec.port.number");
}

#[test]
fn exclusion_helpers() {
    assert!(
        errors(|p, cx| {
            at_most_one(&[true, false], "x", p, cx);
        })
        .is_empty()
    );
    assert_eq!(
        errors(|p, cx| {
            at_most_one(&[true, true, false], "only one", p, cx);
        }),
        ["only one"]
    );
    assert_eq!(
        errors(|p, cx| {
            exactly_one(&[false, false], "exactly one", p, cx);
        }),
        ["exactly one"]
    );
    assert!(
        errors(|p, cx| {
            exactly_one(&[false, true], "x", p, cx);
        })
        .is_empty()
    );
    assert_eq!(
        errors(|p, cx| {
            requires(true, false, "needs b", p, cx);
        }),
        ["needs b"]
    );
}

#[test]
fn overlapping_host_pairs_equal_the_pairwise_loop() {
    let pool = ["a.com", "*.com", "*", "b.a.com", "*.a.com", "a.com", "*.b.a.com", "com", "*com", "x.org", "*.a.com"];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let n = (seed % 9) as usize;
        let hosts: Vec<String> = (0..n)
            .map(|k| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                pool[((seed >> (k % 8)) as usize) % pool.len()].to_string()
            })
            .collect();
        let mut brute = Vec::new();
        for i in 0..hosts.len() {
            for j in i + 1..hosts.len() {
                if hosts_match(&hosts[i], &hosts[j]) {
                    brute.push((i, j));
                }
            }
        }
        assert_eq!(overlapping_host_pairs(&hosts), brute, "{hosts:?}");
    }
    // Distinct names: no pairs, and no pairwise work (100k hosts in one sort).
    let many: Vec<String> = (0..100_000).map(|i| format!("h{i}.example.com")).collect();
    assert!(overlapping_host_pairs(&many).is_empty());
}
