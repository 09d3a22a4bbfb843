//! ServiceEntry (`networking.istio.io`): the typed spec, its rules (SE-1..41 of the rules spec)
//! and its registry entry. Endpoints reuse the WorkloadEntry spec type. No printing here.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::workload_entry::{AGE_COLUMN, V1_ALPHA3_BETA1, WorkloadEntrySpec};
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::{KindDef, PrinterColumn};
use crate::api::selectors::NetworkingWorkloadSelector;
use crate::api::rules::{self, ExportToOf, Protocol};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub Location { MESH_EXTERNAL, MESH_INTERNAL });
proto_enum!(pub Resolution { NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS });

/// Adds a service to the mesh's registry: hosts, ports, how to resolve them, and endpoints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServiceEntrySpec {
    /// Host names of the service (wildcards allowed except with DNS resolution and no endpoints).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub hosts: Option<Vec<String>>,
    /// Virtual IPs or CIDR blocks of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256), inner(length(max = 64)))]
    pub addresses: Option<Vec<String>>,
    /// Ports of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub ports: Option<Vec<ServicePort>>,
    /// Inside or outside the mesh.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// How the proxy finds the service's endpoints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    /// Endpoints listed inline.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 4096))]
    pub endpoints: Option<Vec<WorkloadEntrySpec>>,
    /// Pods and WorkloadEntries (by label) that back the service instead of `endpoints`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "workload_selector")]
    pub workload_selector: Option<NetworkingWorkloadSelector>,
    /// Namespaces the service is visible to (`.`, `*`, `~` or names).
    #[serde(skip_serializing_if = "Option::is_none", alias = "export_to")]
    pub export_to: Option<Vec<String>>,
    /// Identities the service's servers may present.
    #[serde(skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
}

/// One port of the service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServicePort {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub number: Option<UInt32>,
    /// Protocol: HTTP, HTTPS, GRPC, HTTP2, MONGO, TCP, TLS …
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub name: Option<String>,
    /// Port on the endpoints, when it differs from `number`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_port")]
    pub target_port: Option<UInt32>,
}

static COLUMNS: &[PrinterColumn] = &[
    PrinterColumn {
        name: "Hosts",
        type_: "string",
        json_path: ".spec.hosts",
        description: "Host names the entry adds to the registry.",
    },
    PrinterColumn {
        name: "Location",
        type_: "string",
        json_path: ".spec.location",
        description: "Whether the service is inside the mesh or outside it.",
    },
    PrinterColumn {
        name: "Resolution",
        type_: "string",
        json_path: ".spec.resolution",
        description: "How endpoints are found: NONE, STATIC, DNS, DNS_ROUND_ROBIN or DYNAMIC_DNS.",
    },
    AGE_COLUMN,
];

pub static KIND: KindDef = KindDef::of::<ServiceEntrySpec>(
    "networking.istio.io",
    "ServiceEntry",
    "serviceentries",
    &["se"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

/// Label that opts a ServiceEntry out of automatic IP allocation when `false`.
pub const AUTOALLOCATE_LABEL: &str = "networking.istio.io/enable-autoallocate-ip";
/// Label that routes a workload through a waypoint proxy.
pub const USE_WAYPOINT_LABEL: &str = "istio.io/use-waypoint";

/// Go's `strconv.ParseBool`.
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// `PILOT_ENABLE_IP_AUTOALLOCATE` (read by istioctl as well; default on, bad values ignored).
fn autoallocate_feature_enabled() -> bool {
    std::env::var("PILOT_ENABLE_IP_AUTOALLOCATE").ok().and_then(|v| parse_go_bool(&v)).unwrap_or(true)
}

fn port_protocol(p: &ServicePort) -> Option<Protocol> {
    Protocol::parse(p.protocol.as_deref().unwrap_or(""))
}

impl Validate for ServiceEntrySpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // SE-1, SE-2: a bad selector hides everything else (§1.6.5).
        let selector_at = at.field("workloadSelector");
        let mut selector_bad = false;
        let found = cx.scope(|cx| {
            selector_bad = rules::alpha_selector(
                self.workload_selector.as_ref(),
                "service entry: workload selector specified without labels, will be applied to all services in namespace",
                &selector_at,
                cx,
            );
        });
        if selector_bad {
            cx.absorb(found, true);
            return;
        }
        cx.absorb(found, false);
        self.check_rest(at, cx);
    }
}

impl ServiceEntrySpec {
    fn hosts(&self) -> &[String] {
        self.hosts.as_deref().unwrap_or_default()
    }
    fn addresses(&self) -> &[String] {
        self.addresses.as_deref().unwrap_or_default()
    }
    fn ports(&self) -> &[ServicePort] {
        self.ports.as_deref().unwrap_or_default()
    }
    fn endpoints(&self) -> &[WorkloadEntrySpec] {
        self.endpoints.as_deref().unwrap_or_default()
    }
    /// The resolution in effect (NONE when unset; raw numbers mapped to their names).
    fn resolution(&self) -> Resolution {
        self.resolution.unwrap_or(Resolution::NONE).resolve()
    }

    /// Whether IP auto-allocation covers this entry (SE-14).
    fn autoallocates(&self, cx: &Ctx<'_>) -> bool {
        let opted_out = cx.meta.labels.get(AUTOALLOCATE_LABEL).is_some_and(|v| v.eq_ignore_ascii_case("false"));
        autoallocate_feature_enabled() && !opted_out && self.resolution() != Resolution::NONE && self.addresses().is_empty()
    }

    fn check_rest(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let resolution = self.resolution();
        let hosts = self.hosts();
        let hosts_at = at.field("hosts");
        let addresses_at = at.field("addresses");
        let endpoints_at = at.field("endpoints");

        // SE-3
        if self.workload_selector.is_some() && !self.endpoints().is_empty() {
            cx.error(at, "only one of WorkloadSelector or Endpoints is allowed in Service Entry");
        }
        // SE-4
        if hosts.is_empty() {
            cx.error(&hosts_at, "service entry must have at least one host");
        }
        for (i, host) in hosts.iter().enumerate() {
            let h_at = hosts_at.index(i);
            if host == "*" {
                // SE-5
                cx.error(&h_at, format!("invalid host {host}"));
                continue;
            }
            // SE-6
            rules::wildcard_domain(host, &h_at, cx);
            // SE-7
            if resolution != Resolution::DYNAMIC_DNS
                && let Err(e) = rules::check_partial_wildcard(host)
            {
                cx.warn(&h_at, e);
            }
        }

        // SE-8, SE-9
        let mut cidr = false;
        for (i, a) in self.addresses().iter().enumerate() {
            cidr |= a.contains('/');
            rules::subnet(a, &addresses_at.index(i), cx);
        }
        if cidr && !matches!(resolution, Resolution::NONE | Resolution::STATIC) {
            cx.error(&addresses_at, "CIDR addresses are allowed only for NONE/STATIC resolution types");
        }

        // SE-11..17
        let autoallocates = self.autoallocates(cx);
        let ports_at = at.field("ports");
        let mut names: BTreeSet<&str> = BTreeSet::new();
        let mut numbers: BTreeSet<u32> = BTreeSet::new();
        for (i, port) in self.ports().iter().enumerate() {
            let p_at = ports_at.index(i);
            let name = port.name.as_deref().unwrap_or("");
            let number = port.number.map_or(0, |n| n.0);
            let protocol = port.protocol.as_deref().unwrap_or("");
            if !names.insert(name) {
                cx.error(&p_at.field("name"), format!("service entry port name {} already defined", rules::go_quote(name)));
            }
            if !numbers.insert(number) {
                cx.error(&p_at.field("number"), format!("service entry port {number} already defined"));
            }
            if let Some(target) = port.target_port.filter(|t| t.0 != 0) {
                rules::port(target.0 as i64, &p_at.field("targetPort"), cx);
            }
            if self.addresses().is_empty() && !autoallocates && (protocol.is_empty() || protocol == "TCP") {
                cx.warn(
                    &addresses_at,
                    "addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled",
                );
            }
            rules::port_name(name, &p_at.field("name"), cx);
            rules::protocol(protocol, true, &p_at.field("protocol"), cx);
            rules::port(number as i64, &p_at.field("number"), cx);
        }

        match resolution {
            Resolution::NONE => {
                // SE-18, SE-19
                if !self.endpoints().is_empty() {
                    cx.error(&endpoints_at, "no endpoints should be provided for resolution type none");
                }
                if self.workload_selector.is_some() {
                    cx.warn(
                        &at.field("workloadSelector"),
                        "workloadSelector should not be set when resolution mode is NONE",
                    );
                }
            }
            Resolution::STATIC => {
                // SE-20..27
                for (k, ep) in self.endpoints().iter().enumerate() {
                    ep.check_endpoint(Some(&names), false, &endpoints_at.index(k), cx);
                }
            }
            Resolution::DNS | Resolution::DNS_ROUND_ROBIN => self.check_dns(resolution, &names, at, cx),
            Resolution::DYNAMIC_DNS => self.check_dynamic_dns(at, cx),
            Resolution::Number(n) => {
                // SE-39
                cx.error(&at.field("resolution"), format!("unsupported resolution type {n}"));
            }
        }

        // SE-40: with several hosts, only HTTP or TLS ports can tell them apart.
        if resolution != Resolution::NONE && hosts.len() > 1 {
            let plain = self.ports().iter().position(|p| !port_protocol(p).is_some_and(|p| p.is_http_like() || p.is_tls_like()));
            if let Some(i) = plain {
                cx.error(&ports_at.index(i).field("protocol"), "multiple hosts provided with non-HTTP, non-TLS ports");
            }
        }

        // SE-41
        if let Some(export_to) = &self.export_to {
            let ns = cx.meta.namespace.clone();
            rules::export_to(export_to, &ns, ExportToOf::ServiceEntry, &at.field("exportTo"), cx);
        }
    }

    /// SE-28..32: DNS and DNS_ROUND_ROBIN.
    fn check_dns(&self, resolution: Resolution, names: &BTreeSet<&str>, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let mode = resolution.name().unwrap_or_default();
        let endpoints_at = at.field("endpoints");
        // SE-28: the first host that is not a plain FQDN.
        if self.endpoints().is_empty() {
            let hosts_at = at.field("hosts");
            if let Some((i, e)) =
                self.hosts().iter().enumerate().find_map(|(i, h)| rules::check_fqdn(h).err().map(|e| (i, e)))
            {
                cx.error(
                    &hosts_at.index(i),
                    format!(
                        "hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode {mode}: {e}"
                    ),
                );
            }
        }
        // SE-29
        if resolution == Resolution::DNS_ROUND_ROBIN && self.endpoints().len() > 1 {
            cx.error(&endpoints_at, format!("there must only be 0 or 1 endpoint for resolution mode {mode}"));
        }
        for (k, ep) in self.endpoints().iter().enumerate() {
            let ep_at = endpoints_at.index(k);
            // SE-30
            let address = ep.address();
            if rules::check_ip(address).is_err() && rules::check_fqdn(address).is_err() {
                cx.error(
                    &ep_at.field("address"),
                    format!("endpoint address {} is not a valid FQDN or an IP address", rules::go_quote(address)),
                );
            }
            // SE-31
            if let Some(labels) = &ep.labels {
                rules::label_map(labels, &ep_at.field("labels"), cx);
            }
            ep.check_ports(Some(names), &ep_at.field("ports"), cx);
        }
        // SE-32
        let tcp_port = self.ports().iter().any(|p| port_protocol(p).is_some_and(|p| p.is_tcp_family()));
        if !self.addresses().is_empty() && self.hosts().len() > 1 && tcp_port {
            cx.warn(
                &at.field("hosts"),
                "service entry can not have more than one host specified simultaneously with address and tcp port",
            );
        }
    }

    /// SE-33..38: DYNAMIC_DNS.
    fn check_dynamic_dns(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let hosts_at = at.field("hosts");
        // SE-33, SE-34
        if self.hosts().is_empty() {
            cx.error(&hosts_at, "DYNAMIC_DNS resolution requires at least one host");
        }
        for (i, host) in self.hosts().iter().enumerate() {
            if !host.starts_with('*') {
                cx.error(&hosts_at.index(i), format!("host {host} must be wildcarded for DYNAMIC_DNS resolution"));
            }
        }
        // SE-35, SE-36
        if !self.addresses().is_empty() {
            cx.error(&at.field("addresses"), "addresses are not supported with DYNAMIC_DNS resolution");
        }
        if !self.endpoints().is_empty() {
            cx.error(&at.field("endpoints"), "endpoints are not supported with DYNAMIC_DNS resolution");
        }
        // SE-37
        let ports_at = at.field("ports");
        for (i, port) in self.ports().iter().enumerate() {
            if !matches!(port_protocol(port), Some(Protocol::Http | Protocol::Tls | Protocol::Grpc | Protocol::Http2)) {
                cx.error(
                    &ports_at.index(i).field("protocol"),
                    format!(
                        "protocol {} is not supported with DYNAMIC_DNS resolution: use HTTP, TLS, GRPC or HTTP2",
                        rules::go_quote(port.protocol.as_deref().unwrap_or(""))
                    ),
                );
            }
        }
        // SE-38
        let location_at = at.field("location");
        match self.location.unwrap_or(Location::MESH_EXTERNAL).resolve() {
            Location::MESH_EXTERNAL => {}
            Location::MESH_INTERNAL => {
                let waypoint = cx.meta.labels.get(USE_WAYPOINT_LABEL).map(String::as_str).unwrap_or("");
                if !waypoint.is_empty() && !waypoint.eq_ignore_ascii_case("none") {
                    cx.error(
                        &location_at,
                        "DYNAMIC_DNS resolution with location MESH_INTERNAL is not supported when using waypoints",
                    );
                }
            }
            Location::Number(n) => {
                cx.error(&location_at, format!("unsupported location {n} for DYNAMIC_DNS resolution"));
            }
        }
    }
}
