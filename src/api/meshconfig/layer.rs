//! Defaults (`DefaultMeshConfig()`, `DefaultProxyConfig()`, spec §3) and the layering of a mesh
//! document over a previous config (upstream's `ApplyMeshConfig`, spec §1.3 steps 1–5): top-level
//! fields replace, `defaultConfig`/`defaultProviders` merge field by field, extension providers
//! merge by name, trust domain aliases union. No validation here (the caller runs `rules`).

use serde_json::{Map, Value};

use super::duration::Duration;
use super::model::*;
use super::pb::{Cx, Enum, FieldName, Message, TypeError, kind, pick};

/// Upstream's `DefaultProxyConfig()`.
pub fn default_proxy_config() -> ProxyConfig {
    ProxyConfig {
        config_path: "./etc/istio/proxy".into(),
        binary_path: "/usr/local/bin/envoy".into(),
        service_cluster: Some("istio-proxy".into()),
        drain_duration: Some(Duration::from_secs(45)),
        termination_drain_duration: Some(Duration::from_secs(5)),
        proxy_admin_port: 15000,
        status_port: 15020,
        control_plane_auth_policy: Enum::named("MUTUAL_TLS"),
        discovery_address: "istiod.istio-system.svc:15012".into(),
        stat_name_length: 189,
        ..ProxyConfig::default()
    }
}

/// Upstream's `DefaultMeshConfig()`.
pub fn default_mesh_config() -> MeshConfig {
    let export_all = || vec!["*".to_string()];
    let provider = |name: &str| ExtensionProvider { name: name.into(), ..ExtensionProvider::default() };
    MeshConfig {
        proxy_listen_port: 15001,
        proxy_inbound_listen_port: 15006,
        connect_timeout: Some(Duration::from_secs(10)),
        protocol_detection_timeout: Some(Duration::default()),
        dns_refresh_rate: Some(Duration::from_secs(60)),
        enable_tracing: true,
        access_log_encoding: Enum::named("TEXT"),
        ingress_service: "istio-ingressgateway".into(),
        ingress_controller_mode: Enum::named("STRICT"),
        ingress_class: "istio".into(),
        trust_domain: "cluster.local".into(),
        enable_auto_mtls: Some(true),
        enable_prometheus_merge: Some(true),
        outbound_traffic_policy: Some(OutboundTrafficPolicy { mode: Enum::named("ALLOW_ANY"), tls: None }),
        inbound_traffic_policy: Some(InboundTrafficPolicy { mode: Enum::named("PASSTHROUGH") }),
        locality_lb_setting: Some(LocalityLoadBalancerSetting { enabled: Some(true), ..Default::default() }),
        root_namespace: "istio-system".into(),
        default_service_export_to: export_all(),
        default_virtual_service_export_to: export_all(),
        default_destination_rule_export_to: export_all(),
        default_config: Some(default_proxy_config()),
        default_providers: Some(DefaultProviders::default()),
        extension_providers: vec![
            ExtensionProvider { prometheus: Some(PrometheusProvider {}), ..provider("prometheus") },
            ExtensionProvider {
                stackdriver: Some(StackdriverProvider::default()),
                ..provider("stackdriver")
            },
            ExtensionProvider {
                envoy_file_access_log: Some(EnvoyFileAccessLog {
                    path: "/dev/stdout".into(),
                    ..Default::default()
                }),
                ..provider("envoy")
            },
        ],
        ..MeshConfig::default()
    }
}

/// Applies one mesh document (already YAML → JSON) over `base`, as upstream's `ApplyMeshConfig`
/// does; unknown keys are collected in `cx`. The first type error fails the whole document.
pub fn apply(doc: &Value, base: &MeshConfig, cx: &mut Cx) -> Result<MeshConfig, TypeError> {
    let empty = Map::new();
    let obj = match doc {
        Value::Null => &empty,
        Value::Object(m) => m,
        other => {
            return cx.fail(format!(
                "json: cannot unmarshal {} into Go value of type map[string]json.RawMessage",
                kind(other)
            ));
        }
    };
    // Step 1: the whole document over the base, with a fresh default ProxyConfig.
    let mut mesh = base.clone();
    mesh.default_config = Some(default_proxy_config());
    mesh.merge_object(obj, cx)?;

    let mut quiet = Cx::new(&cx.path());
    quiet.collect = false;
    // Step 2: `defaultConfig` (exact key) field by field over the previous ProxyConfig.
    let prev_pc = base.default_config.clone();
    mesh.default_config = match obj.get("defaultConfig") {
        Some(Value::Object(dc)) => {
            quiet.push("defaultConfig");
            let merged = merge_proxy_config(prev_pc.unwrap_or_default(), dc, &mut quiet)?;
            quiet.pop();
            Some(merged)
        }
        _ => prev_pc,
    };
    // Step 3: `defaultProviders` (exact key) field by field over the previous value.
    mesh.default_providers = match obj.get("defaultProviders") {
        Some(Value::Object(dp)) => {
            let mut merged = base.default_providers.clone().unwrap_or_default();
            quiet.push("defaultProviders");
            merged.merge_object(dp, &mut quiet)?;
            quiet.pop();
            Some(merged)
        }
        _ => base.default_providers.clone(),
    };
    // Step 4: extension providers merged by name (position kept; new names appended).
    let written = pick(obj, FieldName { json: "extensionProviders", proto: "extension_providers" })
        .is_some_and(|v| v.as_array().is_some_and(|a| !a.is_empty()));
    if written {
        let user = std::mem::take(&mut mesh.extension_providers);
        let mut merged = base.extension_providers.clone();
        for p in user {
            match merged.iter_mut().find(|e| e.name == p.name) {
                Some(slot) => *slot = p,
                None => merged.push(p),
            }
        }
        mesh.extension_providers = merged;
    }
    // Step 5: trust domain aliases: the sorted, de-duplicated union with the previous list.
    let mut aliases = std::mem::take(&mut mesh.trust_domain_aliases);
    aliases.extend(base.trust_domain_aliases.iter().cloned());
    aliases.sort();
    aliases.dedup();
    mesh.trust_domain_aliases = aliases;
    Ok(mesh)
}

/// `defaultConfig` over the previous ProxyConfig: written fields replace, `proxyMetadata` merges
/// key by key (new keys win), and `proxyHeaders` keeps the previous sub-messages left unset.
fn merge_proxy_config(
    prev: ProxyConfig,
    dc: &Map<String, Value>,
    cx: &mut Cx,
) -> Result<ProxyConfig, TypeError> {
    let mut pc = prev.clone();
    pc.merge_object(dc, cx)?;
    if pick(dc, FieldName { json: "proxyMetadata", proto: "proxy_metadata" }).is_some() {
        let mut meta = prev.proxy_metadata.clone();
        meta.extend(std::mem::take(&mut pc.proxy_metadata));
        pc.proxy_metadata = meta;
    }
    if let (Some(new), Some(old)) = (pc.proxy_headers.as_mut(), prev.proxy_headers.as_ref()) {
        fn keep<T: Clone>(slot: &mut Option<T>, old: &Option<T>) {
            if slot.is_none() {
                slot.clone_from(old);
            }
        }
        keep(&mut new.set_current_client_cert_details, &old.set_current_client_cert_details);
        keep(&mut new.request_id, &old.request_id);
        keep(&mut new.server, &old.server);
        keep(&mut new.attempt_count, &old.attempt_count);
        keep(&mut new.envoy_debug_headers, &old.envoy_debug_headers);
        keep(&mut new.metadata_exchange_headers, &old.metadata_exchange_headers);
        keep(&mut new.preserve_http1_header_case, &old.preserve_http1_header_case);
        keep(&mut new.x_forwarded_host, &old.x_forwarded_host);
        keep(&mut new.x_forwarded_port, &old.x_forwarded_port);
    }
    Ok(pc)
}
