use prost_reflect::prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, Value as PValue};
use serde_json::{Value, json};

use super::*;

const CLUSTER: &str = "envoy.config.cluster.v3.Cluster";
const HTTP_FILTER: &str = "envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter";
const LISTENER: &str = "envoy.config.listener.v3.Listener";

fn run(root: &str, v: Value, strict: bool) -> Result<Tree, DecodeError> {
    let pool = pool();
    decode(pool, &message(pool, root).unwrap(), &v, strict)
}

fn err(root: &str, v: Value, strict: bool) -> (String, String) {
    let Err(e) = run(root, v.clone(), strict) else { panic!("expected a decode error for {v}") };
    match e {
        DecodeError { path, kind: ErrorKind::Invalid(m) } => (path, m),
        DecodeError { path, kind: ErrorKind::UnknownType(u) } => (path, format!("unknown type {u}")),
    }
}

#[test]
fn the_registry_has_every_patch_root() {
    for root in [
        CLUSTER,
        LISTENER,
        "envoy.config.route.v3.RouteConfiguration",
        "envoy.config.listener.v3.FilterChain",
        HTTP_FILTER,
        "envoy.config.listener.v3.Filter",
        "envoy.config.route.v3.VirtualHost",
        "envoy.config.route.v3.Route",
        "envoy.config.core.v3.TypedExtensionConfig",
        "envoy.config.bootstrap.v3.Bootstrap",
        "envoy.config.listener.v3.ListenerFilter",
    ] {
        assert!(message(pool(), root).is_some(), "{root}");
    }
}

#[test]
fn unknown_fields_are_skipped_leniently_and_named_strictly() {
    let v = json!({"name": "c", "not_a_field": 1, "connect_timeout": "1s"});
    assert!(run(CLUSTER, v.clone(), false).is_ok());
    let (path, m) = err(CLUSTER, v, true);
    assert_eq!(path, "not_a_field");
    assert_eq!(m, "unknown field \"not_a_field\" in envoy.config.cluster.v3.Cluster");
}

#[test]
fn both_spellings_decode_and_the_last_declared_oneof_member_wins() {
    // The JSON name wins; the proto-name value is not even read.
    assert!(run(CLUSTER, json!({"connect_timeout": "bad", "connectTimeout": "2s"}), true).is_ok());
    assert_eq!(
        err(CLUSTER, json!({"connect_timeout": "2s", "connectTimeout": "bad"}), true).0,
        "connectTimeout"
    );
    // `type` and `cluster_type` are members of one oneof: both decode, the later declared stays.
    let tree = run(CLUSTER, json!({"cluster_type": {"name": "x"}, "type": "STATIC"}), true).unwrap();
    assert!(tree.get("type").is_none() && tree.get("cluster_type").is_some());
    // An error in the member that loses still fails the decode.
    assert_eq!(err(CLUSTER, json!({"type": "NOPE", "cluster_type": {"name": "x"}}), false).0, "type");
}

#[test]
fn scalars_follow_upstreams_decoder() {
    // Integers: JSON numbers with a whole value, or quoted integer literals.
    let limit = |v: Value| json!({"per_connection_buffer_limit_bytes": v});
    for ok in [json!(1024), json!("1024"), json!(1e3), json!(" 7 ")] {
        assert!(run(CLUSTER, limit(ok.clone()), true).is_ok(), "{ok}");
    }
    for bad in
        [json!(-1), json!(1.5), json!("1e3"), json!("01"), json!("1.0"), json!("+1"), json!(""), json!(true)]
    {
        assert!(err(CLUSTER, limit(bad.clone()), true).1.contains("uint32"), "{bad}");
    }
    assert!(err(CLUSTER, limit(json!(4294967296u64)), true).1.contains("out of range"));
    assert!(run(CLUSTER, json!({"lb_policy": 1}), true).is_ok());
    assert!(run(CLUSTER, json!({"lb_policy": "LEAST_REQUEST"}), true).is_ok());
    assert!(err(CLUSTER, json!({"name": 5}), true).1.contains("string"));
    assert!(err(CLUSTER, json!({"respect_dns_ttl": "true"}), true).1.contains("bool"));
    // Floats: numbers, quoted number literals, and the three non-finite names.
    let panic = |v: &str| json!({"common_lb_config": {"healthy_panic_threshold": {"value": v}}});
    for ok in ["NaN", "Infinity", "-Infinity", "1.5e1", "50"] {
        assert!(run(CLUSTER, panic(ok), true).is_ok(), "{ok}");
    }
    for bad in ["lots", ".5", "+1", "nan", "inf", "1."] {
        assert!(err(CLUSTER, panic(bad), true).1.contains("floating-point"), "{bad}");
    }
}

#[test]
fn unknown_enum_names_fail_even_leniently() {
    for strict in [false, true] {
        let (path, m) = err(CLUSTER, json!({"lb_policy": "FASTEST"}), strict);
        assert_eq!(path, "lb_policy");
        assert_eq!(m, "unknown value \"FASTEST\" for enum envoy.config.cluster.v3.Cluster.LbPolicy");
    }
    assert!(err(CLUSTER, json!({"lb_policy": "least_request"}), false).1.contains("unknown value"));
}

#[test]
fn well_known_types_have_their_own_forms() {
    // Durations in Go's syntax, as upstream's decoder parses them.
    for ok in ["1s", "1.5s", "1m30s", "250ms", "-2h", "0"] {
        assert!(run(CLUSTER, json!({"connect_timeout": ok}), true).is_ok(), "{ok}");
    }
    for bad in ["1", "1x", "", "s", "3000000h"] {
        assert!(err(CLUSTER, json!({"connect_timeout": bad}), true).1.starts_with("bad Duration"), "{bad}");
    }
    assert!(err(CLUSTER, json!({"connect_timeout": 5}), true).1.contains("Duration"));
    // Wrappers take the bare value; a Struct any object.
    assert!(run(CLUSTER, json!({"max_requests_per_connection": 3}), true).is_ok());
    assert!(err(CLUSTER, json!({"max_requests_per_connection": {"value": 3}}), true).1.contains("uint32"));
    let md = json!({"metadata": {"filter_metadata": {"a": {"x": [1, null, {"y": true}]}}}});
    assert!(run(CLUSTER, md, true).is_ok());
    assert!(err(CLUSTER, json!({"metadata": {"filter_metadata": {"a": [1]}}}), true).1.contains("Struct"));
    // Bytes are standard, padded base64.
    let body = |b: &str| json!({"direct_response": {"status": 200, "body": {"inline_bytes": b}}});
    for ok in ["aGk=", "+/8=", ""] {
        assert!(run("envoy.config.route.v3.Route", body(ok), true).is_ok(), "{ok}");
    }
    for bad in ["aGk", "-_8=", "not base64!"] {
        let (path, m) = err("envoy.config.route.v3.Route", body(bad), true);
        assert_eq!(path, "direct_response.body.inline_bytes");
        assert!(m.contains("base64"), "{m}");
    }
}

#[test]
fn maps_lists_and_nulls() {
    let any = |t: &str| json!({"@type": format!("type.googleapis.com/{t}")});
    let v = json!({"typed_extension_protocol_options": {"envoy.a": any("envoy.extensions.filters.http.router.v3.Router")}});
    assert!(run(CLUSTER, v, true).is_ok());
    // An Any holding a well-known type needs "value".
    let v = json!({"typed_extension_protocol_options": {"k": any("google.protobuf.Empty")}});
    let (path, m) = err(CLUSTER, v, true);
    assert_eq!(path, "typed_extension_protocol_options[k]");
    assert!(m.contains("\"value\""), "{m}");
    // A null list element or map value decodes as the type's zero value; a null field is unset.
    assert!(run(CLUSTER, json!({"typed_extension_protocol_options": {"k": null}}), true).is_ok());
    assert!(run(LISTENER, json!({"filter_chains": [null, {"filters": [null]}]}), true).is_ok());
    assert!(run(CLUSTER, json!({"name": null, "load_assignment": null}), true).is_ok());
    let (path, _) =
        err(LISTENER, json!({"filter_chains": [{"filters": [{"name": "a"}, {"name": 1}]}]}), true);
    assert_eq!(path, "filter_chains[0].filters[1].name");
    assert!(err(LISTENER, json!({"filter_chains": {"filters": []}}), true).1.contains("array"));
}

#[test]
fn any_resolves_its_type_through_the_registry() {
    let router = json!({"name": "r", "typed_config": {
        "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router", "suppress_envoy_headers": true}});
    let tree = run(HTTP_FILTER, router, true).unwrap();
    match tree.get("typed_config") {
        Some(Node::Any { type_url, inner: Some(t) }) => {
            assert!(type_url.ends_with("router.v3.Router"));
            assert!(t.has("suppress_envoy_headers"));
        }
        other => panic!("{other:?}"),
    }
    // The payload is checked with the same rules.
    let bad = json!({"name": "r", "typed_config": {
        "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router", "suppress_envoy_headers": "yes"}});
    assert_eq!(err(HTTP_FILTER, bad, true).0, "typed_config.suppress_envoy_headers");
    // A well-known type inside an Any is written as "value".
    let wkt = json!({"name": "r", "typed_config": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "2s"}});
    assert!(run(HTTP_FILTER, wkt, true).is_ok());
    let wkt = json!({"name": "r", "typed_config": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": 2}});
    assert!(err(HTTP_FILTER, wkt, true).1.contains("Duration"));
    for no_type in [json!({}), json!({"a": 1})] {
        assert!(err(HTTP_FILTER, json!({"name": "r", "typed_config": no_type}), true).1.contains("@type"));
    }
    assert!(err(HTTP_FILTER, json!({"name": "r", "typed_config": {"@type": 5}}), true).1.contains("@type"));
}

#[test]
fn unresolvable_types_are_told_apart() {
    let any = |url: &str| json!({"name": "f", "typed_config": {"@type": url, "x": 1}});
    // Retired v2 and foreign packages fail; an Envoy extension this registry lacks passes unchecked.
    let v2 = "type.googleapis.com/envoy.config.filter.http.lua.v2.Lua";
    match run(HTTP_FILTER, any(v2), false).unwrap_err().kind {
        ErrorKind::UnknownType(u) => assert_eq!(classify_unknown(&u), TypeLookup::Unknown),
        other => panic!("{other:?}"),
    }
    let foreign = "type.googleapis.com/acme.filters.Magic";
    assert_eq!(
        run(HTTP_FILTER, any(foreign), false).unwrap_err().kind,
        ErrorKind::UnknownType(foreign.into())
    );
    assert_eq!(classify_unknown(foreign), TypeLookup::Unknown);
    for retired in [
        "envoy.api.v2.Cluster",
        "envoy.type.matcher.StringMatcher",
        "envoy.config.filter.http.jwt_authn.v2alpha.JwtAuthentication",
    ] {
        assert_eq!(
            classify_unknown(&format!("type.googleapis.com/{retired}")),
            TypeLookup::Unknown,
            "{retired}"
        );
    }
    for current in [
        "istio.envoy.config.filter.http.alpn.v2alpha1.FilterConfig",
        "envoy.extensions.filters.http.golang.v3alpha.Config",
        "udpa.type.v1.TypedStruct",
    ] {
        assert_eq!(classify_unknown(current), TypeLookup::NotCarried, "{current}");
    }
    // The rule holds for every Envoy message the registry does carry.
    for m in pool().all_messages().filter(|m| m.full_name().starts_with("envoy.")) {
        assert_eq!(classify_unknown(m.full_name()), TypeLookup::NotCarried, "{}", m.full_name());
    }
    let lua = "type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua";
    assert_eq!(classify_unknown(lua), TypeLookup::NotCarried);
    let tree = run(HTTP_FILTER, any(lua), true).unwrap();
    assert!(matches!(tree.get("typed_config"), Some(Node::Any { inner: None, .. })));
}

#[test]
fn by_name_configuration_is_found_through_singular_messages_only() {
    let tree = run(HTTP_FILTER, json!({"name": "envoy.router"}), true).unwrap();
    assert_eq!(names_without_typed_config(&tree), ["envoy.router"]);
    // ECDS counts as configured.
    let ecds = json!({"name": "e", "config_discovery": {"config_source": {"ads": {}}, "type_urls": ["x"]}});
    assert!(names_without_typed_config(&run(HTTP_FILTER, ecds, true).unwrap()).is_empty());
    // A nested singular message is entered; list elements are not.
    let cluster = json!({"name": "c", "transport_socket": {"name": "envoy.transport_sockets.tls"}});
    assert_eq!(
        names_without_typed_config(&run(CLUSTER, cluster, true).unwrap()),
        ["envoy.transport_sockets.tls"]
    );
    let listener = json!({"name": "l", "filter_chains": [{"filters": [{"name": "by-name"}]}]});
    assert!(names_without_typed_config(&run(LISTENER, listener, true).unwrap()).is_empty());
    // Nested names come before the enclosing message's own.
    let log = json!({"name": "outer", "filter": {"extension_filter": {"name": "inner"}}});
    let tree = run("envoy.config.accesslog.v3.AccessLog", log, true).unwrap();
    assert_eq!(names_without_typed_config(&tree), ["inner", "outer"]);
    // A message without a name reports an empty one.
    assert_eq!(names_without_typed_config(&run(HTTP_FILTER, json!({}), true).unwrap()), [""]);
}

/// The registry plus one file whose package is FROZEN, holding message `test.frozen.v1.Old`.
pub(crate) fn pool_with_frozen_type() -> DescriptorPool {
    let base = pool();
    let msg = |name: &str| DynamicMessage::new(base.get_message_by_name(name).unwrap());
    let mut status = msg("udpa.annotations.StatusAnnotation");
    status.set_field_by_name("package_version_status", PValue::EnumNumber(FROZEN));
    let mut options = msg("google.protobuf.FileOptions");
    options.set_extension(
        &base.get_extension_by_name("udpa.annotations.file_status").unwrap(),
        PValue::Message(status),
    );
    let mut old = msg("google.protobuf.DescriptorProto");
    old.set_field_by_name("name", PValue::String("Old".into()));
    let mut file = msg("google.protobuf.FileDescriptorProto");
    file.set_field_by_name("name", PValue::String("test/frozen/v1/old.proto".into()));
    file.set_field_by_name("package", PValue::String("test.frozen.v1".into()));
    file.set_field_by_name("syntax", PValue::String("proto3".into()));
    file.set_field_by_name("message_type", PValue::List(vec![PValue::Message(old)]));
    file.set_field_by_name("options", PValue::Message(options));
    let mut pool = base.clone();
    pool.decode_file_descriptor_proto(file.encode_to_vec().as_slice()).unwrap();
    pool
}

#[test]
fn frozen_packages_are_found_through_singular_anys() {
    let pool = pool_with_frozen_type();
    let old = message(&pool, "test.frozen.v1.Old").unwrap();
    assert!(is_frozen(&old));
    assert!(!is_frozen(&message(&pool, CLUSTER).unwrap()));
    let url = "type.googleapis.com/test.frozen.v1.Old";
    let v = json!({"name": "f", "typed_config": {"@type": url}});
    let tree = decode(&pool, &message(&pool, HTTP_FILTER).unwrap(), &v, true).unwrap();
    assert_eq!(frozen_type_urls(&tree), [url]);
    // Inside a list it is not reached.
    let l = json!({"listener_filters": [{"name": "f", "typed_config": {"@type": url}}]});
    let tree = decode(&pool, &message(&pool, LISTENER).unwrap(), &l, true).unwrap();
    assert!(frozen_type_urls(&tree).is_empty());
    // The shipped registry has no frozen package at all (v2 is retired, not frozen).
    assert!(base_has_no_frozen_files());
}

fn base_has_no_frozen_files() -> bool {
    pool().all_messages().all(|m| !is_frozen(&m))
}

#[test]
fn timestamps_are_rfc3339() {
    for ok in ["2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123456789+02:00", "2024-12-31T23:59:59-08:00"] {
        assert!(json::rfc3339(ok), "{ok}");
    }
    for bad in [
        "2024-01-02",
        "2024-13-02T03:04:05Z",
        "2024-01-02T03:04:05",
        "2024-01-02T03:04:05.Z",
        "2024-12-31t23:59:59z",
    ] {
        assert!(!json::rfc3339(bad), "{bad}");
    }
}

#[test]
fn any_shape_in_any_field_never_panics() {
    // Every field of the patch roots, and of the messages one level below, fed values of every
    // JSON shape, in both modes: decoding may fail but must not panic.
    let samples = [
        json!(null),
        json!(true),
        json!(1),
        json!(-1),
        json!(1.5),
        json!("x"),
        json!("NaN"),
        json!("1s"),
        json!([]),
        json!([null, 1, "x", {}]),
        json!({}),
        json!({"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}),
        json!({"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1s"}),
        json!({"k": null, "1": [1]}),
    ];
    let mut messages = vec![];
    for root in
        [CLUSTER, LISTENER, HTTP_FILTER, "envoy.config.route.v3.Route", "envoy.config.bootstrap.v3.Bootstrap"]
    {
        let m = message(pool(), root).unwrap();
        messages.extend(m.fields().filter_map(|f| match f.kind() {
            prost_reflect::Kind::Message(inner) => Some(inner),
            _ => None,
        }));
        messages.push(m);
    }
    let mut decoded = 0;
    for m in &messages {
        for f in m.fields() {
            for v in &samples {
                for strict in [false, true] {
                    let _ = decode(pool(), m, &json!({ f.name(): v }), strict);
                    decoded += 1;
                }
            }
        }
    }
    assert!(decoded > 5_000, "{decoded}");
}
