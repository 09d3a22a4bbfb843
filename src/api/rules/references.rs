//! References to other config (H-EXPORT, H-GWNAME, H-DEST): exportTo lists, gateway
//! names and the `mesh` keyword, and destinations (host, subset, port). Nothing here prints.

use super::names::check_fqdn;
use super::names::is_dns1123_label;
use super::names::subset_name;
use super::names::wildcard_domain;
use super::numbers::port_selector;
use crate::api::path::Path;
use crate::api::selectors::PortSelector;
use crate::api::validation::Ctx;
use crate::go::go_quote;

/// Which kind an `exportTo` list belongs to (H-EXPORT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportToOf {
    VirtualService,
    /// `with_selector`: the DestinationRule has a `workloadSelector` (adds DR-10/DR-11).
    DestinationRule {
        with_selector: bool,
    },
    ServiceEntry,
}

/// H-EXPORT-1..5 (and DestinationRule's DR-10/DR-11, which need the same set). `namespace` is
/// the config namespace (§1.3, defaulted); `.` stands for it when looking for duplicates.
pub fn export_to(entries: &[String], namespace: &str, of: ExportToOf, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if entries.is_empty() {
        return;
    }
    let is_se = of == ExportToOf::ServiceEntry;
    let mut set: Vec<&str> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let p = at.index(i);
        let key: &str = if e == "." { namespace } else { e };
        if set.contains(&key) {
            if key != e {
                cx.error(&p, format!("duplicate entries in exportTo: . and current namespace {namespace}"));
            } else {
                cx.error(&p, format!("duplicate entries in exportTo for entry {e}"));
            }
            continue;
        }
        if is_se && e == "~" {
            set.push(key);
            continue;
        }
        match key {
            "*" => set.push(key),
            "~" => cx.error(&p, "exportTo ~ (none) is not allowed for Istio configuration objects"),
            _ if key == "." || is_dns1123_label(key) => set.push(key),
            _ => cx.error(&p, "only .,*, or a valid DNS 1123 label is allowed as exportTo entry"),
        }
    }
    let dr_with_selector = of == ExportToOf::DestinationRule { with_selector: true };
    if dr_with_selector && !set.is_empty() {
        if !set.contains(&namespace) {
            cx.error(
                at,
                "destination rule with workload selector cannot have exportTo beyond current namespace",
            );
        } else if set.len() > 1 {
            cx.error(at, "destination rule with workload selector cannot have multiple entries in exportTo");
        }
    }
    if set.contains(&"*") && entries.len() > 1 {
        cx.error(at, "cannot have both public (*) and non-public exportTo values for a resource");
    }
    if set.contains(&"~") && entries.len() > 1 {
        cx.error(at, "cannot export service entry to no one (~) and someone");
    }
}

// ---------------------------------------------------------------------------------------------
// §2.9 Gateway references
// ---------------------------------------------------------------------------------------------

/// H-GWNAME-1..5 over one gateway list. With `gateway_semantics` (VS route semantics =
/// gateway, `spec.gateways` only) the name part is not DNS-checked. Legacy-name warnings are
/// recorded here; callers that lose them upstream wrap this in `cx.errors_only`.
pub fn gateway_names(names: &[String], gateway_semantics: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (i, name) in names.iter().enumerate() {
        let p = at.index(i);
        let Some((ns, gw)) = name.split_once('/') else {
            if name.contains('.') {
                let parts: Vec<&str> = name.split('.').collect();
                let recommended = format!("{}/{}", parts[1], parts[0]);
                cx.warn(
                    &p,
                    format!(
                        "using legacy gatewayName format {}; prefer the <namespace>/<name> format: {}",
                        go_quote(name),
                        go_quote(&recommended)
                    ),
                );
            }
            if let Err(e) = check_fqdn(name) {
                cx.error(&p, e);
            }
            // Upstream stops at the first short entry: the rest of the list is not checked.
            return;
        };
        if ns.is_empty() || gw.is_empty() {
            cx.error(&p, "config namespace and gateway name cannot be empty");
        }
        if !is_dns1123_label(ns) {
            cx.error(&p, format!("invalid value for namespace: {}", go_quote(ns)));
        }
        if !gateway_semantics && !is_dns1123_label(gw) {
            cx.error(&p, format!("invalid value for gateway name: {}", go_quote(gw)));
        }
    }
}

/// §2.9 `mesh` semantics: a VirtualService applies to sidecars when it lists no gateways or
/// lists the literal `mesh`.
pub fn binds_to_mesh(gateways: &[String]) -> bool {
    gateways.is_empty() || gateways.iter().any(|g| g == "mesh")
}

// ---------------------------------------------------------------------------------------------
// §2.10 Destinations
// ---------------------------------------------------------------------------------------------

/// H-DEST-1..4 for a Destination at `at` (host, optional subset, optional port selector).
pub fn destination(
    host: &str,
    subset: Option<&str>,
    port: Option<&PortSelector>,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    let hp = at.field("host");
    if host == "*" {
        cx.error(&hp, format!("invalid destination host {host}"));
    } else {
        wildcard_domain(host, &hp, cx);
    }
    if let Some(s) = subset.filter(|s| !s.is_empty()) {
        subset_name(s, &at.field("subset"), cx);
    }
    if let Some(p) = port {
        port_selector(p, &at.field("port"), cx);
    }
}
