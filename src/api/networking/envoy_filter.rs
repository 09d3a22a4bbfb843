//! EnvoyFilter (`networking.istio.io/v1alpha3`): typed spec, registry entry and rules
//! EF-1..EF-23 (validation spec §9). The patch value checks (EF-20..EF-23) decode `patch.value`
//! into the Envoy type its `applyTo` names through `api::xds`; this file only says which type and
//! what each outcome means.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use crate::api::common::{Int32, Struct, UInt32};
use crate::api::path::Path;
use crate::api::registry::{KindDef, Version};
use crate::api::rules::{self, alpha_selector_scope, set};
use crate::api::schema::{CEL_PORT, CelAt, at_most_one_of, cel, last_declared};
use crate::api::selectors::{NetworkingWorkloadSelector, PolicyTargetReference};
use crate::api::validation::{Ctx, Level, Validate};
use crate::api::xds;
use crate::proto_enum;
use prost_reflect::DescriptorPool;

proto_enum!(pub ApplyTo {
    INVALID, LISTENER, FILTER_CHAIN, NETWORK_FILTER, HTTP_FILTER, ROUTE_CONFIGURATION, VIRTUAL_HOST,
    HTTP_ROUTE, CLUSTER, EXTENSION_CONFIG, BOOTSTRAP, LISTENER_FILTER
});
proto_enum!(pub PatchContext { ANY, SIDECAR_INBOUND, SIDECAR_OUTBOUND, GATEWAY, WAYPOINT });
proto_enum!(pub RouteAction { ANY, ROUTE, REDIRECT, DIRECT_RESPONSE });
proto_enum!(pub Operation { INVALID, MERGE, ADD, REMOVE, INSERT_BEFORE, INSERT_AFTER, INSERT_FIRST, REPLACE });
proto_enum!(pub FilterClass { UNSPECIFIED, AUTHN, AUTHZ, STATS });

/// Patches to the Envoy configuration Istio generates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, &[(
    "!(has(self.workloadSelector) && has(self.targetRefs))",
    "only one of targetRefs or workloadSelector can be set",
)]))]
pub struct EnvoyFilterSpec {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "workload_selector")]
    pub workload_selector: Option<NetworkingWorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
    #[schemars(length(max = 16))]
    pub target_refs: Option<Vec<PolicyTargetReference>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "config_patches")]
    pub config_patches: Option<Vec<ConfigPatch>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Int32>,
}

/// One patch: where it applies, what it matches, and what it changes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ConfigPatch {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "apply_to")]
    pub apply_to: Option<ApplyTo>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<ObjectMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch: Option<Patch>,
}

/// Conditions on the proxy and on one object type (a proto oneof of listener, route
/// configuration, cluster and waypoint).
// Every written member decodes; rules read the one upstream keeps through `object`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| {
    at_most_one_of(s, &["listener", "routeConfiguration", "cluster", "waypoint"]);
    cel(s, CelAt::Value, &[(
        "(has(self.context) && self.context == 'WAYPOINT') == has(self.waypoint)",
        "waypoint match is required exactly when the context is WAYPOINT",
    )]);
})]
pub struct ObjectMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<PatchContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<ProxyMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener: Option<ListenerMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "route_configuration")]
    pub route_configuration: Option<RouteConfigurationMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waypoint: Option<WaypointMatch>,
}

/// The `object_types` member upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ObjectType<'a> {
    Listener(&'a ListenerMatch),
    RouteConfiguration(&'a RouteConfigurationMatch),
    Cluster(&'a ClusterMatch),
    Waypoint(&'a WaypointMatch),
}

impl ObjectMatch {
    /// The object type upstream keeps (see [`last_declared`]).
    pub fn object(&self) -> Option<ObjectType<'_>> {
        last_declared([
            self.listener.as_ref().map(ObjectType::Listener),
            self.route_configuration.as_ref().map(ObjectType::RouteConfiguration),
            self.cluster.as_ref().map(ObjectType::Cluster),
            self.waypoint.as_ref().map(ObjectType::Waypoint),
        ])
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ProxyMatch {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "proxy_version")]
    pub proxy_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ListenerMatch {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_number")]
    pub port_number: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_name")]
    pub port_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "filter_chain")]
    pub filter_chain: Option<FilterChainMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "listener_filter")]
    pub listener_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FilterChainMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "transport_protocol")]
    pub transport_protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "application_protocols")]
    pub application_protocols: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<FilterMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "destination_port")]
    pub destination_port: Option<UInt32>,
}

/// A filter by name, optionally one of its sub-filters (listener and waypoint matches).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FilterMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "sub_filter")]
    pub sub_filter: Option<NameMatch>,
}

/// A match on a name only (sub-filter, waypoint route).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NameMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RouteConfigurationMatch {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_number")]
    pub port_number: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_name")]
    pub port_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vhost: Option<VirtualHostMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VirtualHostMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<RouteMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "domain_name")]
    pub domain_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<RouteAction>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ClusterMatch {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_number")]
    pub port_number: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WaypointMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<FilterMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<NameMatch>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_number")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
    pub port_number: Option<UInt32>,
}

/// The change: an operation, the JSON value, and where a new filter goes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Patch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<Operation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Struct>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "filter_class")]
    pub filter_class: Option<FilterClass>,
}

pub static KIND: KindDef = KindDef::of::<EnvoyFilterSpec>(
    "networking.istio.io",
    "EnvoyFilter",
    "envoyfilters",
    &[],
    &[Version { name: "v1alpha3", served: true, storage: true }],
    &[],
);

const HCM: &str = "envoy.filters.network.http_connection_manager";
const HCM_OLD: &str = "envoy.http_connection_manager";

/// Deprecated Envoy filter names and their canonical replacements (EF-17).
const DEPRECATED_FILTERS: [(&str, &str); 27] = [
    ("envoy.buffer", "envoy.filters.http.buffer"),
    ("envoy.cors", "envoy.filters.http.cors"),
    ("envoy.csrf", "envoy.filters.http.csrf"),
    ("envoy.http_dynamo_filter", "envoy.filters.http.dynamo"),
    ("envoy.ext_authz", "envoy.filters.http.ext_authz"),
    ("envoy.fault", "envoy.filters.http.fault"),
    ("envoy.grpc_http1_bridge", "envoy.filters.http.grpc_http1_bridge"),
    ("envoy.grpc_json_transcoder", "envoy.filters.http.grpc_json_transcoder"),
    ("envoy.grpc_web", "envoy.filters.http.grpc_web"),
    ("envoy.gzip", "envoy.filters.http.gzip"),
    ("envoy.health_check", "envoy.filters.http.health_check"),
    ("envoy.ip_tagging", "envoy.filters.http.ip_tagging"),
    ("envoy.lua", "envoy.filters.http.lua"),
    ("envoy.rate_limit", "envoy.filters.http.ratelimit"),
    ("envoy.router", "envoy.filters.http.router"),
    ("envoy.squash", "envoy.filters.http.squash"),
    ("envoy.listener.http_inspector", "envoy.filters.listener.http_inspector"),
    ("envoy.listener.original_dst", "envoy.filters.listener.original_dst"),
    ("envoy.listener.original_src", "envoy.filters.listener.original_src"),
    ("envoy.listener.proxy_protocol", "envoy.filters.listener.proxy_protocol"),
    ("envoy.listener.tls_inspector", "envoy.filters.listener.tls_inspector"),
    ("envoy.client_ssl_auth", "envoy.filters.network.client_ssl_auth"),
    (HCM_OLD, HCM),
    ("envoy.mongo_proxy", "envoy.filters.network.mongo_proxy"),
    ("envoy.ratelimit", "envoy.filters.network.ratelimit"),
    ("envoy.redis_proxy", "envoy.filters.network.redis_proxy"),
    ("envoy.tcp_proxy", "envoy.filters.network.tcp_proxy"),
];

fn deprecated_name(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Some((_, new)) = DEPRECATED_FILTERS.iter().find(|(old, _)| *old == name) {
        cx.warn(at, format!("using deprecated filter name {name:?}; use {new:?} instead"));
    }
}

impl Validate for EnvoyFilterSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // EF-2 (only selector errors survive, EF-1 included), EF-3
        let Some(selector_warning) = alpha_selector_scope(
            self.workload_selector.as_ref(),
            "Envoy filter: workload selector specified without labels, will be applied to all services in namespace",
            &at.field("workloadSelector"),
            cx,
        ) else {
            return;
        };
        // EF-1
        cx.warn(
            at,
            "EnvoyFilter exposes internal implementation details that may change; prefer other APIs where possible, and take care across upgrades",
        );
        cx.absorb(selector_warning, false);
        let cat = at.field("configPatches");
        for (i, p) in self.config_patches.as_deref().unwrap_or(&[]).iter().enumerate() {
            p.check(&cat.index(i), cx);
        }
    }
}

impl ConfigPatch {
    /// EF-5..EF-23 for one patch.
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if self.match_.as_ref().and_then(|m| m.context).map(|c| c.resolve()) == Some(PatchContext::WAYPOINT) {
            return; // EF-5
        }
        let apply_to = self.apply_to.map(|a| a.resolve()).unwrap_or(ApplyTo::INVALID);
        if apply_to == ApplyTo::INVALID {
            cx.error(&at.field("applyTo"), "Envoy filter: missing applyTo");
            return;
        }
        let pat = at.field("patch");
        let Some(patch) = &self.patch else {
            cx.error(&pat, "Envoy filter: missing patch");
            return;
        };
        let op = patch.operation.map(|o| o.resolve()).unwrap_or(Operation::INVALID);
        if op == Operation::INVALID {
            cx.error(&pat.field("operation"), "Envoy filter: missing patch operation");
            return;
        }
        if op != Operation::REMOVE && patch.value.is_none() {
            cx.error(&pat.field("value"), "Envoy filter: missing patch value for non-remove operation");
            return;
        }
        if let Some(m) = &self.match_
            && !check_match(m, apply_to, &at.field("match"), cx)
        {
            return;
        }
        if let Some(value) = &patch.value {
            check_value(apply_to, value, &pat.field("value"), cx);
        }
    }
}

/// EF-10..EF-19; false when a failure skips the rest of the patch.
fn check_match(m: &ObjectMatch, apply_to: ApplyTo, mat: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    if let Some(v) = m.proxy.as_ref().and_then(|p| p.proxy_version.as_deref()).filter(|v| !v.is_empty())
        && let Err(e) = rules::check_go_regex(v)
    {
        let pm = mat.field("proxy");
        cx.error(&pm.field("proxyVersion"), format!("Envoy filter: invalid regex for proxy version, [{e}]"));
        return false;
    }
    let Some(object) = m.object() else {
        return true;
    };
    match apply_to {
        ApplyTo::LISTENER | ApplyTo::FILTER_CHAIN | ApplyTo::NETWORK_FILTER | ApplyTo::HTTP_FILTER => {
            // EF-11
            let ObjectType::Listener(listener) = object else {
                cx.error(
                    mat,
                    "Envoy filter: applyTo for listener class objects cannot have non listener match",
                );
                return false;
            };
            let lat = mat.field("listener");
            let fcat = lat.field("filterChain");
            let Some(filter) = listener.filter_chain.as_ref().and_then(|fc| fc.filter.as_ref()) else {
                return true;
            };
            let fat = fcat.field("filter");
            if matches!(apply_to, ApplyTo::LISTENER | ApplyTo::FILTER_CHAIN) {
                let name = apply_to.name().unwrap_or_default();
                cx.warn(&fat, format!("Envoy filter: filter match has no effect when used with {name}"));
            }
            let name = filter.name.as_deref().unwrap_or("");
            if name.is_empty() {
                cx.error(&fat.field("name"), "Envoy filter: filter match has no name to match on");
                return false;
            }
            if let Some(sub) = &filter.sub_filter {
                let sat = fat.field("subFilter");
                if apply_to != ApplyTo::HTTP_FILTER {
                    cx.error(&sat, "Envoy filter: subfilter match can be used with applyTo HTTP_FILTER only");
                    return false;
                }
                if name != HCM && name != HCM_OLD {
                    cx.error(
                        &sat,
                        "Envoy filter: subfilter match requires filter match with envoy.filters.network.http_connection_manager",
                    );
                    return false;
                }
                if !set(&sub.name) {
                    cx.error(&sat.field("name"), "Envoy filter: subfilter match has no name to match on");
                    return false;
                }
            }
            deprecated_name(name, &fat.field("name"), cx);
            if let Some(sub) = filter.sub_filter.as_ref().and_then(|s| s.name.as_deref()) {
                let sat = fat.field("subFilter");
                deprecated_name(sub, &sat.field("name"), cx);
            }
        }
        ApplyTo::ROUTE_CONFIGURATION | ApplyTo::VIRTUAL_HOST | ApplyTo::HTTP_ROUTE
            if !matches!(object, ObjectType::RouteConfiguration(_)) =>
        {
            cx.error(mat, "Envoy filter: applyTo for http route class objects cannot have non route configuration match");
        }
        ApplyTo::CLUSTER if !matches!(object, ObjectType::Cluster(_)) => {
            cx.error(mat, "Envoy filter: applyTo for cluster class objects cannot have non cluster match");
        }
        _ => {}
    }
    true
}

/// The Envoy message a patch value for `apply_to` must decode into (EF-20).
fn envoy_type(apply_to: ApplyTo) -> Option<&'static str> {
    Some(match apply_to {
        ApplyTo::CLUSTER => "envoy.config.cluster.v3.Cluster",
        ApplyTo::LISTENER => "envoy.config.listener.v3.Listener",
        ApplyTo::ROUTE_CONFIGURATION => "envoy.config.route.v3.RouteConfiguration",
        ApplyTo::FILTER_CHAIN => "envoy.config.listener.v3.FilterChain",
        ApplyTo::HTTP_FILTER => "envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter",
        ApplyTo::NETWORK_FILTER => "envoy.config.listener.v3.Filter",
        ApplyTo::VIRTUAL_HOST => "envoy.config.route.v3.VirtualHost",
        ApplyTo::HTTP_ROUTE => "envoy.config.route.v3.Route",
        ApplyTo::EXTENSION_CONFIG => "envoy.config.core.v3.TypedExtensionConfig",
        ApplyTo::BOOTSTRAP => "envoy.config.bootstrap.v3.Bootstrap",
        ApplyTo::LISTENER_FILTER => "envoy.config.listener.v3.ListenerFilter",
        _ => return None,
    })
}

/// EF-20..EF-23: the value must decode (unknown fields ignored) into the applyTo's Envoy type;
/// a strict decode that fails only warns; when it succeeds, frozen type URLs and by-name
/// configuration warn.
fn check_value(apply_to: ApplyTo, value: &Struct, at: &Path<'_>, cx: &mut Ctx<'_>) {
    check_value_in(xds::pool(), apply_to, value, at, cx)
}

fn check_value_in(pool: &DescriptorPool, apply_to: ApplyTo, value: &Struct, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let Some(root) = envoy_type(apply_to).and_then(|n| xds::message(pool, n)) else {
        // A number that names no applyTo value: upstream knows no type to decode into.
        cx.error(at, format!("Envoy filter: unknown object type for applyTo {}", apply_to.number()));
        return;
    };
    let (tree, skipped) = match xds::decode_object(pool, &root, &value.0, false) {
        Ok(decoded) => decoded,
        Err(e) => {
            let message = match &e.kind {
                xds::ErrorKind::UnknownType(url) => {
                    let hint = if url.contains(".v2.") { " (hint: try using the v3 XDS API)" } else { "" };
                    format!("referenced type unknown{hint}: Envoy filter: {}", e.kind)
                }
                xds::ErrorKind::Invalid(_) => format!("Envoy filter: {}", e.kind),
            };
            cx.record(Level::Error, inner_path(at, &e.path), message);
            return;
        }
    };
    // Strict decoding differs only where the lenient one skipped an unknown field. Upstream
    // runs the deprecation checks on the strictly decoded object, so only when it decodes.
    if skipped && let Err(e) = xds::decode_object(pool, &root, &value.0, true) {
        cx.record(Level::Warning, inner_path(at, &e.path), format!("Envoy filter: {}", e.kind));
        return;
    }
    let frozen = xds::frozen_type_urls(&tree);
    if !frozen.is_empty() {
        cx.warn(at, format!("using deprecated type_url(s); {}", frozen.join(", ")));
    }
    let by_name = xds::names_without_typed_config(&tree);
    if !by_name.is_empty() {
        cx.warn(at, format!("using deprecated types by name without typed_config; {}", by_name.join(", ")));
    }
}

/// `at` extended by a path inside the value (`filters[0].name`), rendered as one string.
fn inner_path(at: &Path<'_>, inner: &str) -> String {
    if inner.is_empty() { at.to_string() } else { format!("{at}.{inner}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_covers_the_inventory() {
        crate::api::networking::test_support::assert_full_coverage(&KIND);
    }
    use crate::api::networking::testing::{
        Expect::*, assert_roundtrip, check, run_cases, yaml,
    };

    const RICH: &str = r#"
workloadSelector:
  labels: {app: reviews}
priority: 10
configPatches:
- applyTo: HTTP_FILTER
  match:
    context: SIDECAR_INBOUND
    proxy: {proxyVersion: '^1\.30.*', metadata: {ISTIO_VERSION: "1.30"}}
    listener:
      portNumber: 8080
      portName: http
      name: virtualInbound
      listenerFilter: envoy.filters.listener.tls_inspector
      filterChain:
        name: chain
        sni: a.example.com
        transportProtocol: tls
        applicationProtocols: h2,http/1.1
        destinationPort: 8080
        filter:
          name: envoy.filters.network.http_connection_manager
          subFilter: {name: envoy.filters.http.router}
  patch:
    operation: INSERT_BEFORE
    filterClass: AUTHZ
    value:
      name: envoy.lua
      typed_config: {"@type": "type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua", inlineCode: "x"}
- applyTo: HTTP_ROUTE
  match:
    context: GATEWAY
    routeConfiguration:
      portNumber: 443
      portName: https
      gateway: istio-system/gw
      name: https.443
      vhost: {name: a.example.com:443, domainName: a.example.com, route: {name: r1, action: ROUTE}}
  patch: {operation: MERGE, value: {route: {timeout: 5s}}}
- applyTo: CLUSTER
  match: {cluster: {portNumber: 9080, service: reviews.default.svc.cluster.local, subset: v1, name: outbound}}
  patch: {operation: REMOVE}
"#;

    const WAYPOINT: &str = r#"
targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: waypoint}]
configPatches:
- applyTo: HTTP_FILTER
  match:
    context: WAYPOINT
    waypoint: {portNumber: 8080, route: {name: default}, filter: {name: hcm, subFilter: {name: router}}}
  patch: {operation: ADD, value: {name: x}}
"#;

    #[test]
    fn rich_specs_roundtrip() {
        assert_roundtrip(&KIND, RICH);
        assert_roundtrip(&KIND, WAYPOINT);
        let found = check(&KIND, RICH);
        assert_eq!(found.len(), 1, "only the EF-1 warning: {found:#?}");
        assert_eq!(check(&KIND, WAYPOINT).len(), 1);
    }

    #[test]
    fn snake_case_and_unknown_fields() {
        let v = (KIND.roundtrip)(&yaml(
            "config_patches: [{apply_to: CLUSTER, match: {route_configuration: {port_number: 1, vhost: {domain_name: a}}}, patch: {operation: ADD, filter_class: STATS}}]\nworkload_selector: {labels: {a: b}}\ntarget_refs: []",
        ))
        .unwrap();
        assert_eq!(v["configPatches"][0]["applyTo"], "CLUSTER");
        assert_eq!(v["configPatches"][0]["match"]["routeConfiguration"]["vhost"]["domainName"], "a");
        let found = check(&KIND, "configPatches: [{applyTo: CLUSTER, match: {cluster: {port: 1}}}]");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.configPatches[0].match.cluster.port");
    }

    #[test]
    fn several_object_types_decode_and_the_last_declared_wins() {
        let spec = "configPatches: [{applyTo: CLUSTER, match: {listener: {portNumber: 80}, cluster: {name: c}}, patch: {operation: REMOVE}}]";
        assert_roundtrip(&KIND, spec);
        let m: ObjectMatch = serde_json::from_value(yaml(
            "{waypoint: {portNumber: 1}, listener: {}, routeConfiguration: {}, cluster: {}}",
        ))
        .unwrap();
        assert!(matches!(m.object(), Some(ObjectType::Waypoint(_))));
        let m: ObjectMatch =
            serde_json::from_value(yaml("{routeConfiguration: {name: r}, listener: {}}")).unwrap();
        assert!(matches!(m.object(), Some(ObjectType::RouteConfiguration(_))));
        assert_eq!(ObjectMatch::default().object(), None);
    }

    #[test]
    fn valid_patches_raise_only_the_always_on_warning() {
        // EF-3, EF-5..EF-11, EF-18..EF-23 pass
        let spec = "workloadSelector: {labels: {a: b}}\nconfigPatches:\n- {applyTo: CLUSTER, match: {proxy: {proxyVersion: '^1\\.30'}, cluster: {name: x}}, patch: {operation: MERGE, value: {connect_timeout: 1s}}}\n- {applyTo: LISTENER, match: {context: SIDECAR_OUTBOUND, listener: {portNumber: 80}}, patch: {operation: REMOVE}}\n- {applyTo: VIRTUAL_HOST, match: {routeConfiguration: {vhost: {name: v}}}, patch: {operation: REMOVE}}\n- {applyTo: EXTENSION_CONFIG, patch: {operation: ADD, value: {name: e, typed_config: {'@type': type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}}}}";
        let found = check(&KIND, spec);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "spec");
    }

    #[test]
    fn rules() {
        let p = |patch: &str| format!("configPatches: [{patch}]");
        let hf = |filter: &str| {
            p(&format!(
                "{{applyTo: HTTP_FILTER, match: {{listener: {{filterChain: {{filter: {filter}}}}}}}, patch: {{operation: ADD, value: {{}}}}}}"
            ))
        };
        let cases: Vec<(String, String, crate::api::networking::testing::Expect)> = vec![
            (
                "EF-1 always".into(),
                "{}".into(),
                Warn("spec", "EnvoyFilter exposes internal implementation details"),
            ),
            (
                "EF-2 fail".into(),
                "workloadSelector: {labels: {'': a}}".into(),
                Error("spec.workloadSelector.labels[]", "empty key"),
            ),
            ("EF-2 drops EF-1".into(), "workloadSelector: {labels: {a: '*'}}".into(), NothingAt("spec")),
            (
                "EF-3 fail".into(),
                "workloadSelector: {}".into(),
                Warn("spec.workloadSelector", "Envoy filter: workload selector specified without labels"),
            ),
            (
                "EF-5 waypoint skipped".into(),
                p("{match: {context: WAYPOINT}}"),
                NothingAt("spec.configPatches[0].applyTo"),
            ),
            (
                "EF-6 fail".into(),
                p("{patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].applyTo", "missing applyTo"),
            ),
            (
                "EF-6 INVALID".into(),
                p("{applyTo: INVALID, patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].applyTo", "missing applyTo"),
            ),
            (
                "EF-7 fail".into(),
                p("{applyTo: CLUSTER}"),
                Error("spec.configPatches[0].patch", "missing patch"),
            ),
            (
                "EF-8 fail".into(),
                p("{applyTo: CLUSTER, patch: {}}"),
                Error("spec.configPatches[0].patch.operation", "missing patch operation"),
            ),
            (
                "EF-9 fail".into(),
                p("{applyTo: CLUSTER, patch: {operation: MERGE}}"),
                Error("spec.configPatches[0].patch.value", "non-remove"),
            ),
            (
                "EF-9 pass".into(),
                p("{applyTo: CLUSTER, patch: {operation: REMOVE}}"),
                NothingAt("spec.configPatches[0].patch.value"),
            ),
            (
                "EF-10 fail".into(),
                p("{applyTo: CLUSTER, match: {proxy: {proxyVersion: '('}}, patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].match.proxy.proxyVersion", "invalid regex"),
            ),
            (
                "EF-11 fail".into(),
                p("{applyTo: LISTENER, match: {cluster: {name: a}}, patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].match", "non listener match"),
            ),
            (
                "EF-12 fail".into(),
                p(
                    "{applyTo: FILTER_CHAIN, match: {listener: {filterChain: {filter: {name: x}}}}, patch: {operation: REMOVE}}",
                ),
                Warn(
                    "spec.configPatches[0].match.listener.filterChain.filter",
                    "no effect when used with FILTER_CHAIN",
                ),
            ),
            (
                "EF-13 fail".into(),
                hf("{subFilter: {name: a}}"),
                Error("spec.configPatches[0].match.listener.filterChain.filter.name", "no name"),
            ),
            (
                "EF-14 fail".into(),
                p(&format!(
                    "{{applyTo: NETWORK_FILTER, match: {{listener: {{filterChain: {{filter: {{name: {HCM}, subFilter: {{name: a}}}}}}}}}}, patch: {{operation: REMOVE}}}}"
                )),
                Error(
                    "spec.configPatches[0].match.listener.filterChain.filter.subFilter",
                    "HTTP_FILTER only",
                ),
            ),
            (
                "EF-15 fail".into(),
                hf("{name: envoy.filters.network.tcp_proxy, subFilter: {name: a}}"),
                Error(
                    "spec.configPatches[0].match.listener.filterChain.filter.subFilter",
                    "http_connection_manager",
                ),
            ),
            (
                "EF-16 fail".into(),
                hf(&format!("{{name: {HCM}, subFilter: {{}}}}")),
                Error("spec.configPatches[0].match.listener.filterChain.filter.subFilter.name", "no name"),
            ),
            (
                "EF-17 fail".into(),
                hf(&format!("{{name: {HCM_OLD}, subFilter: {{name: envoy.router}}}}")),
                Warn(
                    "spec.configPatches[0].match.listener.filterChain.filter.subFilter.name",
                    "use \"envoy.filters.http.router\"",
                ),
            ),
            (
                "EF-17 filter".into(),
                hf(&format!("{{name: {HCM_OLD}}}")),
                Warn(
                    "spec.configPatches[0].match.listener.filterChain.filter.name",
                    "deprecated filter name",
                ),
            ),
            (
                "EF-11..17 pass".into(),
                hf(&format!("{{name: {HCM}, subFilter: {{name: envoy.filters.http.router}}}}")),
                NothingAt("spec.configPatches[0].match.listener.filterChain.filter.subFilter.name"),
            ),
            (
                "EF-18 fail".into(),
                p("{applyTo: VIRTUAL_HOST, match: {listener: {}}, patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].match", "non route configuration match"),
            ),
            (
                "EF-18 pass".into(),
                p("{applyTo: VIRTUAL_HOST, match: {routeConfiguration: {}}, patch: {operation: REMOVE}}"),
                NothingAt("spec.configPatches[0].match"),
            ),
            (
                "EF-19 fail".into(),
                p("{applyTo: CLUSTER, match: {routeConfiguration: {}}, patch: {operation: REMOVE}}"),
                Error("spec.configPatches[0].match", "non cluster match"),
            ),
            (
                "oneof: cluster written after listener wins (EF-19 pass)".into(),
                p("{applyTo: CLUSTER, match: {cluster: {}, listener: {}}, patch: {operation: REMOVE}}"),
                NothingAt("spec.configPatches[0].match"),
            ),
            (
                "oneof: cluster wins over listener (EF-11 fail)".into(),
                p(
                    "{applyTo: LISTENER, match: {listener: {portNumber: 80}, cluster: {}}, patch: {operation: REMOVE}}",
                ),
                Error("spec.configPatches[0].match", "non listener match"),
            ),
            (
                "oneof: cluster wins over routeConfiguration (EF-18 fail)".into(),
                p(
                    "{applyTo: VIRTUAL_HOST, match: {routeConfiguration: {}, cluster: {}}, patch: {operation: REMOVE}}",
                ),
                Error("spec.configPatches[0].match", "non route configuration match"),
            ),
            (
                "oneof: routeConfiguration wins over listener (EF-18 pass)".into(),
                p(
                    "{applyTo: HTTP_ROUTE, match: {listener: {}, routeConfiguration: {}}, patch: {operation: REMOVE}}",
                ),
                NothingAt("spec.configPatches[0].match"),
            ),
        ];
        run_cases(&KIND, &cases);
    }

    #[test]
    fn patch_values_decode_into_the_envoy_type_of_apply_to() {
        let p = |apply_to: &str, value: &str| {
            format!("configPatches: [{{applyTo: {apply_to}, patch: {{operation: ADD, value: {value}}}}}]")
        };
        let v = "spec.configPatches[0].patch.value";
        let tc = |url: &str| format!("{{name: f, typed_config: {{'@type': '{url}'}}}}");
        let cases = vec![
            // EF-20: a wrong type is an error at the field inside the value.
            (
                "EF-20",
                p("CLUSTER", "{name: c, connect_timeout: 5}"),
                Error("spec.configPatches[0].patch.value.connect_timeout", "Duration"),
            ),
            (
                "EF-20 type by applyTo",
                p("HTTP_ROUTE", "{name: 5}"),
                Error("spec.configPatches[0].patch.value.name", "string"),
            ),
            // Two oneof members: no error, the last declared (cluster_type) is kept and checked.
            (
                "EF-20 oneof",
                p("CLUSTER", "{type: STATIC, cluster_type: {name: x}}"),
                Warn(v, "without typed_config; x"),
            ),
            (
                "EF-20 enum",
                p("CLUSTER", "{name: c, lb_policy: FASTEST}"),
                Error("spec.configPatches[0].patch.value.lb_policy", "unknown value \"FASTEST\""),
            ),
            (
                "EF-20 v2",
                p(
                    "NETWORK_FILTER",
                    &tc("type.googleapis.com/envoy.config.filter.network.tcp_proxy.v2.TcpProxy"),
                ),
                Error(
                    "spec.configPatches[0].patch.value.typed_config",
                    "referenced type unknown (hint: try using the v3 XDS API): Envoy filter: could not resolve Any message type: type.googleapis.com/envoy.config.filter.network.tcp_proxy.v2.TcpProxy",
                ),
            ),
            (
                "EF-20 foreign",
                p("NETWORK_FILTER", &tc("type.googleapis.com/acme.Magic")),
                Error("spec.configPatches[0].patch.value.typed_config", "referenced type unknown"),
            ),
            (
                "EF-20 pass",
                p("LISTENER", "{name: l, address: {socket_address: {address: 0.0.0.0, port_value: 80}}}"),
                NothingAt(v),
            ),
            // EF-21: unknown fields only warn.
            (
                "EF-21",
                p("VIRTUAL_HOST", "{name: v, domains: ['*'], colour: red}"),
                Warn("spec.configPatches[0].patch.value.colour", "unknown field \"colour\""),
            ),
            // A strict failure stops the deprecation checks, as upstream runs them on its result.
            ("EF-21 stops EF-23", p("HTTP_FILTER", "{name: envoy.router, colour: red}"), NothingAt(v)),
            ("EF-21 pass", p("VIRTUAL_HOST", "{name: v, domains: ['*']}"), NothingAt(v)),
            // EF-23: configuration by name only.
            (
                "EF-23",
                p("HTTP_FILTER", "{name: envoy.router}"),
                Warn(v, "without typed_config; envoy.router"),
            ),
            (
                "EF-23 nested",
                p("CLUSTER", "{name: c, transport_socket: {name: tls}}"),
                Warn(v, "without typed_config; tls"),
            ),
            (
                "EF-23 pass",
                p("HTTP_FILTER", &tc("type.googleapis.com/envoy.extensions.filters.http.router.v3.Router")),
                NothingAt(v),
            ),
            (
                "EF-23 ecds",
                p(
                    "LISTENER_FILTER",
                    "{name: f, config_discovery: {config_source: {ads: {}}, type_urls: [x]}}",
                ),
                NothingAt(v),
            ),
        ];
        run_cases(&KIND, &cases);
        // An Envoy extension the registry does not carry is accepted unchecked.
        let lua = p(
            "HTTP_FILTER",
            "{name: l, typed_config: {'@type': type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua, whatever: 1}}",
        );
        assert_eq!(check(&KIND, &lua).len(), 1);
    }

    #[test]
    fn value_checks_follow_the_match_checks() {
        // A failed listener match skips the value; a wrong route/cluster match does not.
        let bad = "{name: 5}";
        let skip = format!(
            "configPatches: [{{applyTo: HTTP_FILTER, match: {{cluster: {{name: c}}}}, patch: {{operation: ADD, value: {bad}}}}}]"
        );
        let found = check(&KIND, &skip);
        assert!(!found.iter().any(|f| f.path.contains("patch.value")), "{found:#?}");
        let go_on = format!(
            "configPatches: [{{applyTo: CLUSTER, match: {{listener: {{name: l}}}}, patch: {{operation: ADD, value: {bad}}}}}]"
        );
        let found = check(&KIND, &go_on);
        assert!(found.iter().any(|f| f.path == "spec.configPatches[0].match"), "{found:#?}");
        assert!(found.iter().any(|f| f.path == "spec.configPatches[0].patch.value.name"), "{found:#?}");
        // No match at all, and REMOVE without a value.
        let found = check(
            &KIND,
            "configPatches: [{applyTo: CLUSTER, patch: {operation: MERGE, value: {name: 5}}}, {applyTo: CLUSTER, patch: {operation: REMOVE}}]",
        );
        assert_eq!(found.iter().filter(|f| f.level == Level::Error).count(), 1, "{found:#?}");
        // WAYPOINT patches are not validated, value included.
        let found = check(
            &KIND,
            "configPatches: [{applyTo: CLUSTER, match: {context: WAYPOINT, waypoint: {}}, patch: {operation: ADD, value: {name: 5}}}]",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn frozen_type_urls_warn() {
        // EF-22 against a registry that has a FROZEN package (the shipped one has none).
        let pool = crate::api::xds::tests::pool_with_frozen_type();
        let value: Struct = serde_json::from_value(serde_json::json!({
            "name": "old", "typed_config": {"@type": "type.googleapis.com/test.frozen.v1.Old"}
        }))
        .unwrap();
        let meta = crate::api::validation::Meta::default();
        let mut cx = Ctx::new(&meta);
        let at = Path::root("value");
        check_value_in(&pool, ApplyTo::HTTP_FILTER, &value, &at, &mut cx);
        let found = cx.into_findings();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].level, Level::Warning);
        assert_eq!(found[0].message, "using deprecated type_url(s); type.googleapis.com/test.frozen.v1.Old");
        // The same value against the shipped registry: a foreign type, an error.
        let mut cx = Ctx::new(&meta);
        check_value_in(crate::api::xds::pool(), ApplyTo::HTTP_FILTER, &value, &at, &mut cx);
        assert_eq!(cx.into_findings()[0].level, Level::Error);
    }
}
