//! Tests of the MeshConfig model: decoding (spec §1.4), layering (§1.3), defaults (§3) and a
//! failing and a passing case for every rule (§2), keyed by rule ID.

use serde_json::json;

use super::model::*;
use super::pb::Message;
use super::*;

fn ok(text: &str) -> Decoded {
    decode(text, "").unwrap_or_else(|e| panic!("{text:?} should decode, got {e:?}"))
}

fn err_text(text: &str) -> String {
    match decode(text, "") {
        Ok(d) => panic!("{text:?} should fail, decoded {:?}", d.config),
        Err(e) => e.upstream_text(),
    }
}

#[test]
fn inventory_has_every_field_of_the_spec() {
    let mut paths = Vec::new();
    MeshConfig::field_paths("", &mut paths);
    assert_eq!(paths.len(), 437, "the spec lists 437 fields");
    for p in [
        "proxyListenPort",
        "defaultConfig.tracing.customTags{}.header.defaultValue",
        "defaultConfig.readinessProbe.httpGet.httpHeaders[].value",
        "extensionProviders[].opentelemetry.dynatraceSampler.httpService.http.headers[].envName",
        "localityLbSetting.distribute[].to{}",
        "serviceScopeConfigs[].servicesSelector.matchExpressions[].values[]",
        "meshMTLS.ecdhCurves[]",
        "tlsDefaults.cipherSuites[]",
    ] {
        assert!(paths.iter().any(|x| x == p), "missing {p}");
    }
    let mut dedup = paths.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), paths.len(), "no path twice");
}

#[test]
fn empty_documents_give_the_defaults() {
    for text in ["", "{}", "# nothing\n"] {
        let d = ok(text);
        assert_eq!(d.config, default_mesh_config());
        assert!(d.warnings.is_empty() && d.unknown_fields.is_empty());
    }
}

#[test]
fn defaults_as_upstream_json() {
    let j = default_mesh_config().to_json();
    assert_eq!(j["proxyListenPort"], 15001);
    assert_eq!(j["connectTimeout"], "10s");
    assert_eq!(j["protocolDetectionTimeout"], "0s");
    assert_eq!(j["ingressControllerMode"], "STRICT");
    assert!(j.get("accessLogEncoding").is_none(), "enum zero (TEXT) is omitted");
    assert_eq!(j["outboundTrafficPolicy"], json!({"mode": "ALLOW_ANY"}));
    assert_eq!(j["inboundTrafficPolicy"], json!({}));
    assert_eq!(j["localityLbSetting"], json!({"enabled": true}));
    assert_eq!(j["defaultProviders"], json!({}));
    assert_eq!(j["enableAutoMtls"], true);
    assert_eq!(j["defaultServiceExportTo"], json!(["*"]));
    assert_eq!(
        j["extensionProviders"],
        json!([
            {"name": "prometheus", "prometheus": {}},
            {"name": "stackdriver", "stackdriver": {}},
            {"name": "envoy", "envoyFileAccessLog": {"path": "/dev/stdout"}}
        ])
    );
    let pc = &j["defaultConfig"];
    assert_eq!(pc["configPath"], "./etc/istio/proxy");
    assert_eq!(pc["serviceCluster"], "istio-proxy");
    assert_eq!(pc["drainDuration"], "45s");
    assert_eq!(pc["terminationDrainDuration"], "5s");
    assert_eq!(pc["controlPlaneAuthPolicy"], "MUTUAL_TLS");
    assert_eq!(pc["discoveryAddress"], "istiod.istio-system.svc:15012");
    assert_eq!(pc["statNameLength"], 189);
    assert!(pc.get("concurrency").is_none());
}

// ---- decoding (§1.4) ----

#[test]
fn quoted_ints_and_unknown_keys_at_any_depth() {
    let d =
        ok("proxyListenPort: \"15001\"\nfoo: bar\noutboundTrafficPolicy: {mode: REGISTRY_ONLY, bogus: 1}\n");
    assert_eq!(d.config.proxy_listen_port, 15001);
    assert!(d.config.outbound_traffic_policy.unwrap().mode.is("REGISTRY_ONLY"));
    let paths: Vec<&str> = d.unknown_fields.iter().map(|u| u.path.as_str()).collect();
    assert_eq!(paths, ["foo", "outboundTrafficPolicy.bogus"]);
}

#[test]
fn unknown_fields_name_the_nearest_known_field() {
    let d =
        decode("enableTracng: false\ndefaultConfig: {proxyMetdata: {A: b}}\n", "spec.meshConfig").unwrap();
    assert_eq!(d.unknown_fields[0].path, "spec.meshConfig.enableTracng");
    assert_eq!(d.unknown_fields[0].suggestion.as_deref(), Some("enableTracing"));
    assert_eq!(d.unknown_fields[1].path, "spec.meshConfig.defaultConfig.proxyMetdata");
    assert_eq!(d.unknown_fields[1].suggestion.as_deref(), Some("proxyMetadata"));
    assert_eq!(d.unknown_fields.len(), 2, "reported once, not once per pass");
    let d = ok("zzzzzzzzzzzz: 1\n");
    assert_eq!(d.unknown_fields[0].suggestion, None, "nothing close");
}

#[test]
fn type_errors_as_jsonpb() {
    for (text, want) in [
        ("connectTimeout: 10", "json: cannot unmarshal number into Go value of type string"),
        (
            "defaultConfig: {proxyMetadata: {ISTIO_META_DNS_CAPTURE: true}}",
            "json: cannot unmarshal bool into Go value of type string",
        ),
        ("enableTracing: maybe", "json: cannot unmarshal string into Go value of type bool"),
        (
            "accessLogEncoding: json",
            r#"unknown value "\"json\"" for enum istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding"#,
        ),
        (
            "outboundTrafficPolicy: {mode: SOMETIMES}",
            r#"unknown value "\"SOMETIMES\"" for enum istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode"#,
        ),
        ("proxyListenPort: 1.5", "json: cannot unmarshal number 1.5 into Go value of type int32"),
        ("proxyListenPort: \"abc\"", "invalid character 'a' looking for beginning of value"),
        ("proxyListenPort: true", "json: cannot unmarshal bool into Go value of type int32"),
        (
            "proxyListenPort: 99999999999",
            "json: cannot unmarshal number 99999999999 into Go value of type int32",
        ),
        ("defaultConfig: {statusPort: [1]}", "json: cannot unmarshal array into Go value of type int32"),
        (
            "localityLbSetting: {distribute: [{to: {a: -1}}]}",
            "json: cannot unmarshal number -1 into Go value of type uint32",
        ),
        ("connectTimeout: 10x", r#"bad Duration: time: unknown unit "x" in duration "10x""#),
        (
            "outboundTrafficPolicy: ALLOW_ANY",
            "json: cannot unmarshal string into Go value of type map[string]json.RawMessage",
        ),
        ("trustDomainAliases: a.b", "json: cannot unmarshal string into Go value of type []json.RawMessage"),
        (
            "accessLogEncoding: true",
            "json: cannot unmarshal bool into Go value of type v1alpha1.MeshConfig_AccessLogEncoding",
        ),
    ] {
        assert_eq!(err_text(text), format!("failed to convert to proto. {want}"), "{text}");
    }
}

#[test]
fn type_errors_name_the_path_and_only_the_first_counts() {
    let Err(Error::Type(e)) =
        decode("defaultConfig: {statusPort: x, proxyAdminPort: y}\nproxyListenPort: z\n", "spec.meshConfig")
    else {
        panic!()
    };
    assert_eq!(
        e.path, "spec.meshConfig.proxyListenPort",
        "declaration order: proxyListenPort is the first field"
    );
    let Err(Error::Type(e)) = decode("extensionProviders: [{name: a, zipkin: {port: no}}]", "m") else {
        panic!()
    };
    assert_eq!(e.path, "m.extensionProviders[0].zipkin.port");
}

#[test]
fn scalars_enums_and_wrappers() {
    let d = ok(concat!(
        "accessLogEncoding: 1\ningressControllerMode: 7\nenableAutoMtls: false\n",
        "defaultConfig: {concurrency: \"2\", tracing: {sampling: \"NaN\"}}\n",
        "proxyInboundListenPort: 15006.0\n",
    ));
    assert!(d.config.access_log_encoding.is("JSON"));
    assert_eq!(d.config.ingress_controller_mode.0, 7, "unknown numbers are kept");
    assert_eq!(d.config.to_json()["ingressControllerMode"], 7);
    assert_eq!(d.config.enable_auto_mtls, Some(false));
    assert_eq!(d.config.to_json()["enableAutoMtls"], false, "a set wrapper is written even when false");
    let pc = d.config.default_config.unwrap();
    assert_eq!(pc.concurrency, Some(2));
    assert!(pc.tracing.unwrap().sampling.is_nan());
}

#[test]
fn both_spellings_json_name_wins_and_null_keeps_default() {
    let d = ok("proxy_listen_port: 1000\n");
    assert_eq!(d.config.proxy_listen_port, 1000);
    let d = ok("proxy_listen_port: 1000\nproxyListenPort: 2000\n");
    assert_eq!(d.config.proxy_listen_port, 2000);
    let d = ok("proxyListenPort: null\nconnectTimeout: ~\n");
    assert_eq!(d.config.proxy_listen_port, 15001);
    assert_eq!(d.config.connect_timeout, Some(Duration::from_secs(10)));
    let d = ok("meshMTLS: {minProtocolVersion: TLSV1_3}\n");
    assert!(d.config.mesh_mtls.unwrap().min_protocol_version.is("TLSV1_3"));
    let d = ok("mesh_mTLS: {minProtocolVersion: TLSV1_2}\n");
    assert!(d.config.mesh_mtls.is_some());
}

#[test]
fn nested_messages_replace_and_oneofs_keep_the_last_member() {
    let d = ok("outboundTrafficPolicy: {}\nlocalityLbSetting: {failoverPriority: [a]}\n");
    assert!(d.config.outbound_traffic_policy.unwrap().mode.is("REGISTRY_ONLY"));
    assert_eq!(d.config.locality_lb_setting.unwrap().enabled, None, "default enabled: true is lost");
    let d = ok("defaultConfig: {serviceCluster: x, tracingServiceName: CANONICAL_NAME_ONLY}\n");
    let pc = d.config.default_config.unwrap();
    assert_eq!(pc.service_cluster, None);
    assert!(pc.tracing_service_name.unwrap().is("CANONICAL_NAME_ONLY"));
    let d = ok(
        "extensionProviders: [{name: x, zipkin: {service: a.b, port: 1}, datadog: {service: c.d, port: 2}}]\n",
    );
    let p = d.config.extension_providers.iter().find(|p| p.name == "x").unwrap();
    assert!(p.zipkin.is_none() && p.datadog.is_some());
    let d = ok("trustDomainAliases: []\n");
    assert!(d.config.trust_domain_aliases.is_empty());
}

// ---- layering (§1.3) ----

#[test]
fn default_config_merges_field_by_field() {
    let d = ok("defaultConfig: {proxyMetadata: {A: \"1\"}, drainDuration: 10s}\n");
    let pc = d.config.default_config.unwrap();
    assert_eq!(pc.drain_duration, Some(Duration::from_secs(10)));
    assert_eq!(pc.discovery_address, "istiod.istio-system.svc:15012", "other defaults kept");
    assert_eq!(pc.proxy_metadata.get("A").map(String::as_str), Some("1"));
    // Over a base with metadata and proxy headers: keys merge, unset header blocks are kept.
    let base = decode(
        "defaultConfig: {proxyMetadata: {A: \"1\", B: \"2\"}, proxyHeaders: {server: {disabled: true}, requestId: {disabled: true}}}\n",
        "",
    )
    .unwrap()
    .config;
    let d = apply_over(
        &base,
        "defaultConfig: {proxyMetadata: {B: \"3\"}, proxyHeaders: {requestId: {disabled: false}}}\n",
        "",
    )
    .unwrap();
    let pc = d.config.default_config.unwrap();
    assert_eq!(pc.proxy_metadata.get("A").map(String::as_str), Some("1"));
    assert_eq!(pc.proxy_metadata.get("B").map(String::as_str), Some("3"));
    let h = pc.proxy_headers.unwrap();
    assert_eq!(h.server.unwrap().disabled, Some(true));
    assert_eq!(h.request_id.unwrap().disabled, Some(false));
}

#[test]
fn snake_case_merge_blocks_are_dropped_with_a_warning() {
    let d = ok("default_config: {discoveryAddress: \"\"}\ndefault_providers: {metrics: [x]}\n");
    assert_eq!(d.config.default_config.unwrap().discovery_address, "istiod.istio-system.svc:15012");
    assert_eq!(d.config.default_providers, Some(DefaultProviders::default()));
    let paths: Vec<(&str, Option<&str>)> =
        d.unknown_fields.iter().map(|u| (u.path.as_str(), u.suggestion.as_deref())).collect();
    assert_eq!(
        paths,
        [("default_config", Some("defaultConfig")), ("default_providers", Some("defaultProviders"))]
    );
    // A type error inside them still fails (step 1 decodes them).
    assert!(decode("default_config: {statusPort: x}\n", "").is_err());
}

#[test]
fn default_providers_merge_and_extension_providers_merge_by_name() {
    let base = decode("defaultProviders: {metrics: [prometheus], tracing: [zz]}\n", "").unwrap().config;
    let d = apply_over(&base, "defaultProviders: {tracing: [yy]}\n", "").unwrap();
    let dp = d.config.default_providers.unwrap();
    assert_eq!((dp.metrics, dp.tracing), (vec!["prometheus".to_string()], vec!["yy".to_string()]));

    let d = ok(concat!(
        "extensionProviders:\n",
        "- {name: envoy, envoyFileAccessLog: {path: /tmp/log}}\n",
        "- {name: otel, opentelemetry: {service: otel.ns.svc, port: 4317}}\n",
        "- {name: otel, zipkin: {service: z.ns.svc, port: 9411}}\n",
    ));
    let names: Vec<&str> = d.config.extension_providers.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["prometheus", "stackdriver", "envoy", "otel"]);
    assert_eq!(d.config.extension_providers[2].envoy_file_access_log.as_ref().unwrap().path, "/tmp/log");
    assert!(
        d.config.extension_providers[3].zipkin.is_some()
            && d.config.extension_providers[3].opentelemetry.is_none()
    );
}

#[test]
fn trust_domain_aliases_are_a_sorted_union() {
    let base = decode("trustDomainAliases: [b.example, a.example]\n", "").unwrap().config;
    assert_eq!(base.trust_domain_aliases, ["a.example", "b.example"]);
    let d = apply_over(&base, "trustDomainAliases: [c.example, a.example]\n", "").unwrap();
    assert_eq!(d.config.trust_domain_aliases, ["a.example", "b.example", "c.example"]);
}

#[test]
fn to_json_round_trips() {
    let text = concat!(
        "connectTimeout: 1.5s\nlocalityLbSetting: {distribute: [{from: a, to: {b: 100}}]}\n",
        "extensionProviders: [{name: x, envoyFileAccessLog: {logFormat: {labels: {a: \"%A%\"}}}}]\n",
        "defaultConfig: {proxyMetadata: {Z: \"1\", A: \"2\"}, image: {imageType: distroless}}\n",
    );
    let d = ok(text);
    let j = d.config.to_json();
    assert_eq!(j["connectTimeout"], "1.500s");
    assert_eq!(j["localityLbSetting"], json!({"distribute": [{"from": "a", "to": {"b": 100}}]}));
    assert_eq!(
        j["defaultConfig"]["proxyMetadata"].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["A", "Z"]
    );
    let again = decode_value(&j, "").unwrap();
    assert_eq!(again.config, d.config);
}

// ---- rules (§2): a failing and a passing case for each, keyed by rule ID ----

/// (rule, failing document, one expected message, passing document).
const RULES: &[(&str, &str, &str, &str)] = &[
    (
        "MC-1",
        "proxyListenPort: 0",
        "invalid proxy listen port: port number 0 must be in the range 1..65535",
        "proxyListenPort: 65535",
    ),
    (
        "MC-2",
        "connectTimeout: 1500us",
        "invalid connect timeout: only durations to ms precision are supported",
        "connectTimeout: 1ms",
    ),
    (
        "MC-2",
        "connectTimeout: 0s",
        "invalid connect timeout: duration must be greater than 1ms",
        "connectTimeout: 2ms",
    ),
    (
        "MC-3",
        "connectTimeout: 2h",
        "invalid connect timeout: time 2h0m0s must be >1ms and <1h0m0s",
        "connectTimeout: 1h",
    ),
    (
        "MC-4",
        "protocolDetectionTimeout: 1500us",
        "invalid protocol detection timeout: only durations to ms precision are supported",
        "protocolDetectionTimeout: -5ms",
    ),
    (
        "MC-6",
        "defaultConfig: {configPath: \"\"}",
        "config path must be set",
        "defaultConfig: {configPath: /etc/istio/proxy}",
    ),
    (
        "MC-7",
        "defaultConfig: {binaryPath: \"\"}",
        "binary path must be set",
        "defaultConfig: {binaryPath: /envoy}",
    ),
    (
        "MC-8",
        "defaultConfig: {serviceCluster: \"\"}",
        "service cluster must be specified",
        "defaultConfig: {serviceCluster: \"\", tracingServiceName: CANONICAL_NAME_ONLY}",
    ),
    (
        "MC-10",
        "defaultConfig: {drainDuration: 0s}",
        "invalid drain duration: duration must be greater than 1ms",
        "defaultConfig: {drainDuration: 1s}",
    ),
    (
        "MC-11",
        "defaultConfig: {drainDuration: 1500ms}",
        "drain time only supports durations to seconds precision",
        "defaultConfig: {drainDuration: 2s}",
    ),
    (
        "MC-12",
        "defaultConfig: {discoveryAddress: \"\"}",
        "discovery address must be set to the proxy discovery service",
        "defaultConfig: {discoveryAddress: \"istiod:15012\"}",
    ),
    (
        "MC-13",
        "defaultConfig: {discoveryAddress: istiod.istio-system.svc}",
        "invalid discovery address: unable to split \"istiod.istio-system.svc\": address istiod.istio-system.svc: missing port in address",
        "defaultConfig: {discoveryAddress: \"[::1]:15012\"}",
    ),
    (
        "MC-13",
        "defaultConfig: {discoveryAddress: \"bad_host:15012\"}",
        "invalid discovery address: \"bad_host\" is not a valid hostname or an IP address",
        "defaultConfig: {discoveryAddress: \"10.0.0.1:15012\"}",
    ),
    (
        "MC-14",
        "defaultConfig: {tracing: {lightstep: {accessToken: t}}}",
        "invalid lightstep config: address is required",
        "defaultConfig: {tracing: {lightstep: {address: \"ls.example:8080\", accessToken: t}}}",
    ),
    (
        "MC-15",
        "defaultConfig: {tracing: {lightstep: {address: ls, accessToken: t}}}",
        "invalid lightstep config: invalid lightstep address: unable to split \"ls\": address ls: missing port in address",
        "defaultConfig: {tracing: {lightstep: {address: \"ls:1\", accessToken: t}}}",
    ),
    (
        "MC-16",
        "defaultConfig: {tracing: {lightstep: {address: \"ls:1\"}}}",
        "invalid lightstep config: access token is required",
        "defaultConfig: {tracing: {lightstep: {address: \"ls:1\", accessToken: t}}}",
    ),
    (
        "MC-17",
        "defaultConfig: {tracing: {zipkin: {address: zipkin}}}",
        "invalid zipkin config: unable to split \"zipkin\": address zipkin: missing port in address",
        "defaultConfig: {tracing: {zipkin: {address: \"$(HOST_IP):9411\"}}}",
    ),
    (
        "MC-18",
        "defaultConfig: {tracing: {datadog: {address: \"dd:0\"}}}",
        "invalid datadog config: port number 0 must be in the range 1..65535",
        "defaultConfig: {tracing: {datadog: {address: \"dd:8126\"}}}",
    ),
    (
        "MC-19",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, privateKey: k}}}",
        "invalid tracing TLS config: client certificate required for mutual tls",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, clientCertificate: c, privateKey: k}}}",
    ),
    (
        "MC-21",
        "defaultConfig: {statsdUdpAddress: bad}",
        "invalid statsd udp address \"bad\": unable to split \"bad\": address bad: missing port in address",
        "defaultConfig: {statsdUdpAddress: \"statsd:8125\"}",
    ),
    (
        "MC-22",
        "defaultConfig: {envoyMetricsServiceAddress: \"a:b:c\"}",
        "invalid envoy metrics service address \"a:b:c\": unable to split \"a:b:c\": address a:b:c: too many colons in address",
        "defaultConfig: {envoyMetricsServiceAddress: \"ems:15000\"}",
    ),
    (
        "MC-25",
        "defaultConfig: {envoyMetricsService: {address: \"x:99999\"}}",
        "invalid envoy metrics service address \"x:99999\": port number 99999 must be in the range 1..65535",
        "defaultConfig: {envoyMetricsService: {address: \"x:9999\"}}",
    ),
    (
        "MC-26",
        "defaultConfig: {envoyAccessLogService: {address: \"a:b\"}}",
        "invalid envoy access log service address \"a:b\": port (b) is not a number: strconv.Atoi: parsing \"b\": invalid syntax",
        "defaultConfig: {envoyAccessLogService: {address: \"als.ns.svc:80\"}}",
    ),
    (
        "MC-27",
        "defaultConfig: {proxyAdminPort: 0}",
        "invalid proxy admin port: port number 0 must be in the range 1..65535",
        "defaultConfig: {proxyAdminPort: 1}",
    ),
    (
        "MC-28",
        "defaultConfig: {controlPlaneAuthPolicy: INHERIT}",
        "invalid authentication policy: unrecognized control plane auth policy \"INHERIT\"",
        "defaultConfig: {controlPlaneAuthPolicy: NONE}",
    ),
    (
        "MC-28",
        "defaultConfig: {controlPlaneAuthPolicy: 7}",
        "invalid authentication policy: unrecognized control plane auth policy \"7\"",
        "defaultConfig: {controlPlaneAuthPolicy: 1}",
    ),
    (
        "MC-29",
        "defaultConfig: {statusPort: 70000}",
        "invalid status port: port number 70000 must be in the range 1..65535",
        "defaultConfig: {statusPort: 15021}",
    ),
    (
        "MC-30",
        "defaultConfig: {privateKeyProvider: {}}",
        "invalid private key provider configuration: unknown private key provider",
        "defaultConfig: {privateKeyProvider: {qat: {pollDelay: 1ms}}}",
    ),
    (
        "MC-31",
        "defaultConfig: {privateKeyProvider: {cryptomb: {}}}",
        "invalid private key provider configuration: pollDelay is required",
        "defaultConfig: {privateKeyProvider: {cryptomb: {pollDelay: -1ms}}}",
    ),
    (
        "MC-31",
        "defaultConfig: {privateKeyProvider: {qat: {pollDelay: 0s}}}",
        "invalid private key provider configuration: pollDelay must be non zero",
        "defaultConfig: {privateKeyProvider: {qat: {pollDelay: 10ms}}}",
    ),
    (
        "MC-32",
        "localityLbSetting: {distribute: [{from: a, to: {b: 100}}], failover: [{from: a, to: b}]}",
        "can not simultaneously specify 'distribute' and 'failover'",
        "localityLbSetting: {failover: [{from: a, to: b}]}",
    ),
    (
        "MC-33",
        "localityLbSetting: {failover: [{from: a, to: b}], failoverPriority: [topology.kubernetes.io/zone]}",
        "can not simultaneously set 'failover' and topology label 'topology.kubernetes.io/zone' in 'failover_priority'",
        "localityLbSetting: {failover: [{from: a, to: b}], failoverPriority: [example.com/rack]}",
    ),
    (
        "MC-34",
        "localityLbSetting: {distribute: [{from: a, to: {b: 0}}]}",
        "locality weight must be in range [1, 100]",
        "localityLbSetting: {distribute: [{from: a, to: {b: 100}}]}",
    ),
    (
        "MC-35",
        "localityLbSetting: {distribute: [{from: \"us-east/*\", to: {\"us-west/*\": 60, \"us-central/*\": 30}}]}",
        "total locality weight 90 != 100",
        "localityLbSetting: {distribute: [{from: \"us-east/*\", to: {\"us-west/*\": 70, \"us-central/*\": 30}}]}",
    ),
    (
        "MC-36",
        "localityLbSetting: {distribute: [{from: a, to: {\"x/*\": 50, \"x/y\": 50}}]}",
        "locality x/y overlap with previous specified ones",
        "localityLbSetting: {distribute: [{from: a, to: {\"x/y\": 50, \"x/z\": 50}}]}",
    ),
    (
        "MC-37",
        "localityLbSetting: {distribute: [{from: \"a/*/b\", to: {c: 100}}]}",
        "locality a/*/b wildcard '*' number can not exceed 1 and must be in the end",
        "localityLbSetting: {distribute: [{from: \"a/*\", to: {c: 100}}]}",
    ),
    (
        "MC-37",
        "localityLbSetting: {distribute: [{from: \"a//b\", to: {c: 100}}]}",
        "locality a//b must not contain empty region/zone/subzone info",
        "localityLbSetting: {distribute: [{from: \"a/z/b\", to: {c: 100}}, {from: \"a/z/c\", to: {c: 100}}]}",
    ),
    (
        "MC-39",
        "localityLbSetting: {failover: [{from: a, to: a}]}",
        "locality lb failover settings must specify different regions",
        "localityLbSetting: {failover: [{from: a, to: b}]}",
    ),
    (
        "MC-40",
        "localityLbSetting: {failover: [{from: us-east, to: us-east/zone1}]}",
        "locality lb failover only specify region",
        "localityLbSetting: {failover: [{from: us-east, to: us-west}]}",
    ),
    (
        "MC-41",
        "localityLbSetting: {failover: [{from: \"a*\", to: b}]}",
        "locality lb failover region should not contain '*' wildcard",
        "localityLbSetting: {failover: [{from: ab, to: b}]}",
    ),
    (
        "MC-42",
        "serviceSettings: [{settings: {clusterLocal: true}, hosts: [\"foo.*.svc.cluster.local\"]}]",
        "serviceSettings[0], host `foo.*.svc.cluster.local`: domain name \"*.svc.cluster.local\" invalid (label \"*\" invalid)",
        "serviceSettings: [{settings: {clusterLocal: true}, hosts: [\"*.svc.cluster.local\", \"*-x.example.com\"]}]",
    ),
    ("MC-43", "trustDomain: \"\"", "trustDomain: empty domain name not allowed", "trustDomain: example.org."),
    (
        "MC-44",
        "trustDomain: bad_domain",
        "trustDomain: trust domain name \"bad_domain\" invalid",
        "trustDomain: Example.ORG",
    ),
    (
        "MC-45",
        "trustDomainAliases: [z.example, bad_alias]",
        "trustDomainAliases[0], domain `bad_alias` : trust domain name \"bad_alias\" invalid",
        "trustDomainAliases: [z.example, a.example]",
    ),
    (
        "MC-58",
        "defaultConfig: {tracing: {tlsSettings: {mode: SIMPLE, credentialName: \"configmap://foo\"}}}",
        "invalid tracing TLS config: invalid configmap:// credentialName: invalid resource name \"foo\". Expected namespace and name",
        "defaultConfig: {tracing: {tlsSettings: {mode: SIMPLE, credentialName: foo}}}",
    ),
    (
        "MC-58",
        "defaultConfig: {tracing: {tlsSettings: {credentialName: \"configmap://ns/name\"}}}",
        "invalid tracing TLS config: invalid configmap:// credentialName: namespace must match the configuration namespace \"\"",
        "defaultConfig: {tracing: {tlsSettings: {credentialName: \"ns/name\"}}}",
    ),
    (
        "MC-59",
        "defaultConfig: {tracing: {tlsSettings: {mode: SIMPLE, insecureSkipVerify: true, caCertificates: /ca.pem}}}",
        "invalid tracing TLS config: cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true",
        "defaultConfig: {tracing: {tlsSettings: {mode: SIMPLE, insecureSkipVerify: true, subjectAltNames: []}}}",
    ),
    (
        "MC-60",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, insecureSkipVerify: true, subjectAltNames: [a], clientCertificate: c, privateKey: k}}}",
        "invalid tracing TLS config: cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, insecureSkipVerify: false, subjectAltNames: [a], clientCertificate: c, privateKey: k}}}",
    ),
    (
        "MC-61",
        "defaultConfig: {tracing: {tlsSettings: {mode: SIMPLE, credentialName: c, caCrl: crl}}}",
        "invalid tracing TLS config: cannot specify client certificates or CA certificate or CA CRL If credentialName is set",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, credentialName: c}}}",
    ),
    (
        "MC-62",
        "defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, clientCertificate: c}}}",
        "invalid tracing TLS config: private key required for mutual tls",
        "defaultConfig: {tracing: {tlsSettings: {mode: ISTIO_MUTUAL}}}",
    ),
    (
        "MC-63",
        "meshMTLS: {ecdhCurves: [P-256]}",
        "mesh TLS does not support ECDH curves configuration",
        "meshMTLS: {ecdhCurves: [], minProtocolVersion: TLSV1_3}",
    ),
];

/// The TLS rules are reported through MC-19 (the only caller); the table lists them by their own ID.
fn reported_as(rule: &str) -> &str {
    if matches!(rule, "MC-58" | "MC-59" | "MC-60" | "MC-61" | "MC-62") { "MC-19" } else { rule }
}

#[test]
fn every_rejecting_rule_fails_and_passes() {
    for (rule, bad, message, good) in RULES {
        match decode(bad, "") {
            Err(Error::Invalid { errors, .. }) => assert!(
                errors.iter().any(|i| i.rule == reported_as(rule) && i.message == *message),
                "{rule}: {bad:?} gave {errors:#?}"
            ),
            other => panic!("{rule}: {bad:?} should be refused, got {other:?}"),
        }
        if let Err(e) = decode(good, "") {
            panic!("{rule}: {good:?} should pass, got {e:?}");
        }
    }
}

#[test]
fn unreachable_rules_fire_on_typed_configs_only() {
    let mut mc = default_mesh_config();
    mc.default_config = None;
    assert_eq!(validate(&mc).errors[0].message, "missing default config", "MC-5");
    let mut mc = default_mesh_config();
    let pc = mc.default_config.as_mut().unwrap();
    pc.service_cluster = None;
    assert_eq!(validate(&mc).errors[0].rule, "MC-9");
    assert_eq!(
        validate(&mc).errors[0].message,
        "oneof service cluster or tracing service name must be specified"
    );
    assert!(validate(&default_mesh_config()).errors.is_empty());
    // MC-20: a null custom tag decodes to an empty tag, never to nothing.
    assert!(decode("defaultConfig: {tracing: {customTags: {a: null, b: {}}}}", "").is_ok());
    // MC-38: the mesh check passes an outlier policy, so failover never warns.
    assert!(ok("localityLbSetting: {failover: [{from: a, to: b}]}").warnings.is_empty());
}

#[test]
fn warning_rules() {
    // MC-24: key presence alone; listed form even alone.
    let d = ok("defaultConfig: {proxyMetadata: {ISTIO_META_DNS_AUTO_ALLOCATE: \"false\"}}");
    assert_eq!(d.warnings.len(), 1);
    assert_eq!(d.warnings[0].rule, "MC-24");
    assert!(
        multierror_text(&d.warnings)
            .starts_with("1 error occurred:\n\t* 'ISTIO_META_DNS_AUTO_ALLOCATE' is deprecated;")
    );
    assert!(ok("defaultConfig: {proxyMetadata: {ISTIO_META_DNS_CAPTURE: \"true\"}}").warnings.is_empty());
    // MC-64 / MC-65: independent, bare when alone.
    let d = ok("tlsDefaults: {ecdhCurves: [P-256, P-256, foo, foo]}");
    let texts: Vec<&str> = d.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        texts,
        ["detected unrecognized ECDH curves: [foo]", "detected duplicate ECDH curves: [P-256]"]
    );
    let d = ok("tlsDefaults: {ecdhCurves: [X25519, bar]}");
    assert_eq!(multierror_text(&d.warnings), "detected unrecognized ECDH curves: [bar]");
    let d = ok("tlsDefaults: {ecdhCurves: [\"\", \"\"]}");
    assert_eq!(multierror_text(&d.warnings), "detected duplicate ECDH curves: []");
    assert!(ok("tlsDefaults: {ecdhCurves: [P-256, X25519MLKEM768]}").warnings.is_empty());
}

#[test]
fn extension_provider_rules_only_log() {
    let d = ok(concat!(
        "extensionProviders:\n",
        "- {name: \"\", zipkin: {service: \"\", port: 0}}\n",
        "- {name: authz, envoyExtAuthzHttp: {service: \"ns/short\", port: 80, pathPrefix: check, statusOnError: \"999\"}}\n",
        "- {name: ls, lightstep: {service: ls.example.com, port: 8080}}\n",
        "- {name: otel, opentelemetry: {service: o.example.com, port: 4317, grpc: {}, http: {}}}\n",
        "- {name: none}\n",
    ));
    let v = validate(&d.config);
    let rules: Vec<&str> = v.logged.iter().map(|i| i.rule).collect();
    for r in ["MC-46", "MC-51", "MC-49", "MC-57", "MC-52", "MC-54", "MC-48"] {
        assert!(rules.contains(&r), "{r} in {rules:?}");
    }
    assert!(v.logged.iter().any(|i| i.message
        == "invalid extension provider : invalid service port: port number 0 must be in the range 1..65535"));
    assert!(
        v.logged
            .iter()
            .any(|i| i.message == "invalid extension provider authz: short names (non FQDN) are not allowed")
    );
    assert!(v.errors.is_empty() && v.warnings.is_empty());
    // The defaults log nothing (MC-55).
    assert!(validate(&default_mesh_config()).logged.is_empty());
}

#[test]
fn multierror_shapes() {
    assert_eq!(
        err_text("proxyListenPort: 0"),
        "invalid proxy listen port: port number 0 must be in the range 1..65535"
    );
    assert_eq!(
        err_text("defaultConfig: {drainDuration: 1500ms}"),
        "1 error occurred:\n\t* drain time only supports durations to seconds precision\n\n"
    );
    assert_eq!(
        err_text("defaultConfig: {tracing: {lightstep: {}}}"),
        concat!(
            "3 errors occurred:\n",
            "\t* invalid lightstep config: address is required\n",
            "\t* invalid lightstep config: invalid lightstep address: unable to split \"\": missing port in address\n",
            "\t* invalid lightstep config: access token is required\n\n"
        )
    );
    assert_eq!(
        err_text(
            "localityLbSetting: {distribute: [{from: \"us-east/*\", to: {\"us-west/*\": 60, \"us-central/*\": 30}}]}"
        ),
        "total locality weight 90 != 100"
    );
    let both = err_text("proxyListenPort: 0\ntrustDomain: \"\"");
    assert!(both.starts_with("2 errors occurred:\n\t* invalid proxy listen port"), "{both}");
    // Spec test 20: meshMTLS curves fail; the broken provider and the curve warnings do not.
    let text = concat!(
        "meshMTLS: {ecdhCurves: [P-256]}\n",
        "tlsDefaults: {ecdhCurves: [P-256, P-256, foo]}\n",
        "extensionProviders: [{name: \"\", zipkin: {service: \"\", port: 0}}]\n",
        "accessLogEncoding: JSON\n",
    );
    assert_eq!(
        err_text(text),
        "1 error occurred:\n\t* mesh TLS does not support ECDH curves configuration\n\n"
    );
    let d = ok(&text.replace("meshMTLS: {ecdhCurves: [P-256]}\n", ""));
    assert_eq!(d.warnings.len(), 2);
}

#[test]
fn paths_are_prefixed_with_the_origin() {
    let Err(Error::Invalid { errors, .. }) = decode("defaultConfig: {statusPort: 0}", "spec.meshConfig")
    else {
        panic!()
    };
    assert_eq!(errors[0].path, "spec.meshConfig.defaultConfig.statusPort");
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "[1, 2]",
        "\"text\"",
        "42",
        "defaultConfig: []",
        "extensionProviders: [null, 1]",
        "localityLbSetting: {distribute: [{to: {a: 4294967295, b: 4294967295}}]}",
        "connectTimeout: \"-9223372036854775808ns\"",
        "defaultConfig: {drainDuration: 2562047h}",
        "proxyListenPort: \"  \"",
        "trustDomain: \"....\"",
        "defaultConfig: {discoveryAddress: \"[::1%:1\"}",
        "defaultConfig: {discoveryAddress: \"[fe80::1%eth0]:15012\"}",
        ":\n  - [",
    ] {
        let _ = decode(text, "x");
    }
    assert!(ok("defaultConfig: {discoveryAddress: \"[fe80::1%eth0]:15012\"}").warnings.is_empty());
}
