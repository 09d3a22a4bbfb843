//! `schema.ValidationAnalyzer.<Kind>`: the 17 schema analyzers (15 Istio kinds of the typed
//! model, plus MeshConfig and MeshNetworks, whose validators are no-ops). They run the same
//! rules as `istioctl validate` (`api::registry`'s `check_spec`: one rule set, two callers):
//! each error → IST0106, each warning → IST0133, and the VirtualService unreachable-rule
//! findings → IST0130 / IST0131 as upstream's analysis-aware errors become.

use crate::analyze::{Analyzer, Arg, Context, Kind, Report, kinds};
use crate::api::validation::{Level, Meta};

macro_rules! schema_analyzers {
    ($($konst:ident $fun:ident $kind:ident $name:literal),* $(,)?) => {
        $(
            pub const $konst: Analyzer = Analyzer {
                name: concat!("schema.ValidationAnalyzer.", $name),
                description: concat!("Runs schema validation as an analyzer on '", $name, "' resources"),
                inputs: &[kinds::$kind],
                run: $fun,
            };
            fn $fun(cx: &Context<'_>, report: &mut Report) {
                validate(kinds::$kind, cx, report)
            }
        )*
        /// The 17 schema analyzers, in kind order.
        pub fn all() -> Vec<Analyzer> {
            vec![$($konst),*]
        }
    };
}

schema_analyzers! {
    AUTHORIZATION_POLICY authorization_policy AUTHORIZATION_POLICY "AuthorizationPolicy",
    DESTINATION_RULE destination_rule DESTINATION_RULE "DestinationRule",
    ENVOY_FILTER envoy_filter ENVOY_FILTER "EnvoyFilter",
    GATEWAY gateway GATEWAY "Gateway",
    MESH_CONFIG mesh_config MESH_CONFIG "MeshConfig",
    MESH_NETWORKS mesh_networks MESH_NETWORKS "MeshNetworks",
    PEER_AUTHENTICATION peer_authentication PEER_AUTHENTICATION "PeerAuthentication",
    PROXY_CONFIG proxy_config PROXY_CONFIG "ProxyConfig",
    REQUEST_AUTHENTICATION request_authentication REQUEST_AUTHENTICATION "RequestAuthentication",
    SERVICE_ENTRY service_entry SERVICE_ENTRY "ServiceEntry",
    SIDECAR sidecar SIDECAR "Sidecar",
    TELEMETRY telemetry TELEMETRY "Telemetry",
    TRAFFIC_EXTENSION traffic_extension TRAFFIC_EXTENSION "TrafficExtension",
    VIRTUAL_SERVICE virtual_service VIRTUAL_SERVICE "VirtualService",
    WASM_PLUGIN wasm_plugin WASM_PLUGIN "WasmPlugin",
    WORKLOAD_ENTRY workload_entry WORKLOAD_ENTRY "WorkloadEntry",
    WORKLOAD_GROUP workload_group WORKLOAD_GROUP "WorkloadGroup",
}

/// The message a validation finding becomes: `(code, args)`.
fn classify(level: Level, message: &str) -> (&'static str, Vec<Arg>) {
    // The unreachable-rule analysis words its warnings as upstream's analysis-aware errors.
    if let Some(rest) = message.strip_prefix("virtualService rule ") {
        if let Some((rule, reason)) = rest.split_once(" not used (")
            && let Some(reason) = reason.strip_suffix(')')
            && !rule.contains(" match ")
        {
            return ("IST0130", vec![rule.into(), reason.into()]);
        }
        if let Some((rule, tail)) = rest.split_once(" match ")
            && let Some((m, dup)) = tail.split_once(" is not used (duplicate/overlapping match in rule ")
            && let Some(dup) = dup.strip_suffix(')')
        {
            return ("IST0131", vec![rule.into(), m.into(), dup.into()]);
        }
    }
    match level {
        Level::Error => ("IST0106", vec![message.into()]),
        Level::Warning => ("IST0133", vec![message.into()]),
    }
}

fn validate(kind: Kind, cx: &Context<'_>, report: &mut Report) {
    // MeshConfig and MeshNetworks have no validator in upstream's schema set.
    let Some(def) = kind.istio_def() else { return };
    for (id, r) in cx.set.of_kind(kind) {
        let fresh;
        let findings = match cx.set.checked(id) {
            Some(kept) => kept,
            None => {
                fresh = (def.check_spec)(&r.spec().to_value(), &meta_of(r));
                fresh.as_slice()
            }
        };
        for f in findings {
            let (code, args) = classify(f.level, &f.message);
            // No anchor: upstream's schema analyzers leave the line at the document start.
            report.add(code, id, args);
        }
    }
}

/// What the typed model's rules know of a resource besides its spec.
pub fn meta_of(r: &crate::analyze::Resource) -> Meta {
    Meta {
        name: r.name.to_string(),
        namespace: r.namespace.to_string(),
        labels: r.labels().to_map(),
        annotations: r.annotations().to_map(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn seventeen_schema_analyzers() {
        let all = all();
        assert_eq!(all.len(), 17);
        assert!(all.iter().all(|a| a.name.starts_with("schema.ValidationAnalyzer.")));
        assert_eq!(
            VIRTUAL_SERVICE.description,
            "Runs schema validation as an analyzer on 'VirtualService' resources"
        );
    }

    #[test]
    fn errors_warnings_and_unreachable_rules() {
        let gw_bad = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g, namespace: ns1}\nspec: {servers: []}\n";
        let gw_ok = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g, namespace: ns1}\nspec:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ['*']\n";
        testing::table(
            GATEWAY,
            &[("no servers", gw_bad, &[("IST0106", "Gateway ns1/g")]), ("valid", gw_ok, &[])],
        );
        let vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v, namespace: ns1}\nspec:\n  hosts: [a]\n  http:\n  - route: [{destination: {host: a}}]\n  - route: [{destination: {host: b}}]\n";
        testing::table(
            VIRTUAL_SERVICE,
            &[("unreachable second rule", vs, &[("IST0130", "VirtualService ns1/v")])],
        );
        let m = testing::messages(VIRTUAL_SERVICE, vs, "");
        assert!(m[0].text.starts_with("VirtualService rule #1 not used ("), "{}", m[0].text);
        assert_eq!(
            classify(
                Level::Warning,
                "virtualService rule #1 match #0 is not used (duplicate/overlapping match in rule #0)"
            )
            .0,
            "IST0131"
        );
        assert_eq!(classify(Level::Warning, "something else").0, "IST0133");
    }
}
