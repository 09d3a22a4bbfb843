//! ServiceEntry (`networking.istio.io`): the typed spec, its rules (SE-1..41 of the rules spec)
//! and its registry entry. Endpoints reuse the WorkloadEntry spec type. No printing here.

use std::collections::BTreeSet;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::V1_ALPHA3_BETA1;
use super::workload::WorkloadEntrySpec;
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::selectors::NetworkingWorkloadSelector;
use crate::api::rules::{self, ExportToOf, Protocol};
use crate::api::schema::{CEL_PORT, CelAt, cel};
use crate::api::validation::{Ctx, Validate};
use crate::go::parse_go_bool;
use crate::proto_enum;

proto_enum!(pub Location { MESH_EXTERNAL, MESH_INTERNAL });
proto_enum!(pub Resolution { NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS });

/// CEL rules on the whole spec (API-server side; `validate` has SE-3, SE-9, SE-18, SE-29).
const CEL_SPEC: &[(&str, &str)] = &[
    ("!(has(self.workloadSelector) && has(self.endpoints))", "only one of workloadSelector or endpoints may be set"),
    (
        "!has(self.addresses) || !self.addresses.exists(a, a.contains('/')) || !has(self.resolution) || self.resolution in ['NONE', 'STATIC']",
        "CIDR addresses need resolution NONE or STATIC",
    ),
    (
        "!((!has(self.resolution) || self.resolution == 'NONE') && has(self.endpoints))",
        "resolution NONE (the default) takes no endpoints",
    ),
    (
        "!(has(self.resolution) && self.resolution == 'DNS_ROUND_ROBIN' && has(self.endpoints) && size(self.endpoints) > 1)",
        "resolution DNS_ROUND_ROBIN takes at most one endpoint",
    ),
];

/// Adds a service to the mesh's registry: hosts, ports, how to resolve them, and endpoints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_SPEC))]
pub struct ServiceEntrySpec {
    /// Host names of the service (wildcards allowed except with DNS resolution and no endpoints).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Items, &[("self != '*'", "a host may not be just '*'")]))]
    pub hosts: Option<Vec<String>>,
    /// Virtual IPs or CIDR blocks of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256), inner(length(max = 64)))]
    pub addresses: Option<Vec<String>>,
    /// Ports of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, &[(
        "self.all(p1, self.exists_one(p2, p1.number == p2.number))",
        "port numbers must be unique",
    )]))]
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
    #[schemars(required, transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
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
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
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

/// `PILOT_ENABLE_IP_AUTOALLOCATE` (read by istioctl as well; default on, bad values ignored),
/// read once per process: reading the environment per ServiceEntry took a lock and a scan each
/// time (about 10 ms of a 200 MB analyze).
fn autoallocate_feature_enabled() -> bool {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ENABLED.get_or_init(|| {
        std::env::var("PILOT_ENABLE_IP_AUTOALLOCATE").ok().and_then(|v| parse_go_bool(&v)).unwrap_or(true)
    })
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::KIND;
    use crate::api::networking::test_support::{
        self, Case, assert_full_coverage, default_meta as meta, e, run, w, yaml,
    };
    use crate::api::validation::Meta;

    #[test]
    fn schema_covers_every_inventory_path() {
        assert_full_coverage(&KIND);
    }

    const RICH: &str = r#"
hosts: [api.example.com, "*.api.example.com"]
addresses: [240.0.0.1, 10.0.0.0/24]
ports:
- {number: 443, name: https, protocol: HTTPS, targetPort: 8443}
- {number: 80, name: http, protocol: HTTP}
location: MESH_INTERNAL
resolution: STATIC
endpoints:
- address: 10.1.0.1
  ports: {https: 9443}
  labels: {app: api, version: v1}
  network: net1
  locality: us-east/zone1
  weight: 3
  serviceAccount: api-sa
- {address: 10.1.0.2, ports: {http: 8080}}
exportTo: [".", "team-a"]
subjectAltNames: ["spiffe://cluster.local/ns/api/sa/api-sa"]
"#;


    #[test]
    fn rich_spec_round_trips_unchanged() {
        let spec = yaml(RICH);
        assert_eq!((KIND.roundtrip)(&spec).unwrap(), spec);
        let sel = yaml("hosts: [a.com]\nworkloadSelector: {labels: {app: a}}\nresolution: 4");
        assert_eq!((KIND.roundtrip)(&sel).unwrap(), sel);
    }

    #[test]
    fn snake_case_names_decode() {
        let spec = yaml(
            "hosts: [a.com]\nworkload_selector: {labels: {app: a}}\nexport_to: [\".\"]\nsubject_alt_names: [x]\n\
             ports: [{number: 80, name: http, target_port: 8080}]\nendpoints: [{address: 1.1.1.1, service_account: sa}]",
        );
        let back = (KIND.roundtrip)(&spec).unwrap();
        assert_eq!(back["workloadSelector"], json!({"labels": {"app": "a"}}));
        assert_eq!(back["ports"][0]["targetPort"], json!(8080));
        assert_eq!(back["endpoints"][0]["serviceAccount"], json!("sa"));
        assert_eq!(back["subjectAltNames"], json!(["x"]));
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        let found = (KIND.check_spec)(&yaml("hosts: [a.com]\nendpoints: [{adress: 1.1.1.1}]"), &Meta::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.endpoints[0].adress");
        assert!(found[0].message.contains("unknown field"), "{}", found[0].message);
        let found = (KIND.check_spec)(&yaml("hosts: [a.com]\nresolution: DNS_PLEASE"), &Meta::default());
        assert_eq!(found[0].path, "spec.resolution");
    }

    /// A ServiceEntry with `hosts`, an HTTP port and the given extra lines.
    fn se(rest: &str) -> String {
        format!("hosts: [api.example.com]\nports: [{{number: 80, name: http, protocol: HTTP}}]\n{rest}")
    }

    fn cases() -> Vec<Case> {
        let sel = "workloadSelector: {labels: {app: api}}";
        let tcp = "ports: [{number: 5432, name: tcp-pg, protocol: TCP}]";
        vec![
            e("SE-1", "spec.workloadSelector.labels[]", "empty key is not supported in selector", &se("resolution: STATIC\nworkloadSelector: {labels: {\"\": x}}"), &se(&format!("resolution: STATIC\n{sel}"))),
            e("SE-1", "spec.workloadSelector.labels[app]", "wildcard is not supported in selector", &se("resolution: STATIC\nworkloadSelector: {labels: {app: \"*\"}}"), &se(&format!("resolution: STATIC\n{sel}"))),
            w("SE-2", "spec.workloadSelector", "will be applied to all services in namespace", &se("resolution: STATIC\nworkloadSelector: {}"), &se(&format!("resolution: STATIC\n{sel}"))),
            e("SE-3", "spec", "only one of WorkloadSelector or Endpoints", &se(&format!("resolution: STATIC\n{sel}\nendpoints: [{{address: 1.1.1.1}}]")), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1}]")),
            e("SE-4", "spec.hosts", "service entry must have at least one host", "ports: [{number: 80, name: http, protocol: HTTP}]", &se("")),
            e("SE-5", "spec.hosts[0]", "invalid host *", "hosts: [\"*\"]\nports: [{number: 80, name: http, protocol: HTTP}]", &se("")),
            e("SE-6", "spec.hosts[0]", "invalid", "hosts: [\"a..example.com\"]\nports: [{number: 80, name: http, protocol: HTTP}]", &se("")),
            w("SE-7", "spec.hosts[0]", "partial wildcard", "hosts: [\"*foo.example.com\"]\nports: [{number: 80, name: http, protocol: HTTP}]", "hosts: [\"*foo.example.com\"]\nports: [{number: 80, name: http, protocol: HTTP}]\nresolution: DYNAMIC_DNS"),
            e("SE-8", "spec.addresses[0]", "is not a valid IP", &se("addresses: [10.0.0.300]"), &se("addresses: [10.0.0.3]")),
            e("SE-9", "spec.addresses", "CIDR addresses are allowed only for NONE/STATIC", &se("addresses: [10.0.0.0/24]\nresolution: DNS"), &se("addresses: [10.0.0.0/24]\nresolution: STATIC")),
            e("SE-11", "spec.ports[1].name", "service entry port name \"http\" already defined", "hosts: [a.com]\nports: [{number: 80, name: http}, {number: 81, name: http}]", "hosts: [a.com]\nports: [{number: 80, name: http}, {number: 81, name: http2}]"),
            e("SE-12", "spec.ports[1].number", "service entry port 80 already defined", "hosts: [a.com]\nports: [{number: 80, name: http}, {number: 80, name: web}]", "hosts: [a.com]\nports: [{number: 80, name: http}, {number: 81, name: web}]"),
            e("SE-13", "spec.ports[0].targetPort", "port number 70000", "hosts: [a.com]\nports: [{number: 80, name: http, targetPort: 70000}]", "hosts: [a.com]\nports: [{number: 80, name: http, targetPort: 0}]"),
            w("SE-14", "spec.addresses", "addresses are required for ports serving TCP (or unset) protocol", &format!("hosts: [db.example.com]\n{tcp}\nresolution: NONE"), &format!("hosts: [db.example.com]\n{tcp}\nresolution: NONE\naddresses: [10.0.0.5]")),
            w("SE-14", "spec.addresses", "when IP Autoallocation is not enabled", &format!("hosts: [db.example.com]\n{tcp}\nresolution: DNS"), &format!("hosts: [db.example.com]\n{tcp}\nresolution: DNS")).label(super::AUTOALLOCATE_LABEL, "False"),
            e("SE-15", "spec.ports[0].name", "invalid port name: Bad_Name", "hosts: [a.com]\nports: [{number: 80, name: Bad_Name}]", "hosts: [a.com]\nports: [{number: 80, name: Good-Name}]"),
            e("SE-16", "spec.ports[0].protocol", "FOO", "hosts: [a.com]\nports: [{number: 80, name: http, protocol: FOO}]", "hosts: [a.com]\nports: [{number: 80, name: http, protocol: grpc-web}]"),
            e("SE-17", "spec.ports[0].number", "port number 0", "hosts: [a.com]\nports: [{number: 0, name: http}]", "hosts: [a.com]\nports: [{number: 1, name: http}]"),
            e("SE-18", "spec.endpoints", "no endpoints should be provided for resolution type none", &se("endpoints: [{address: 1.1.1.1}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1}]")),
            w("SE-19", "spec.workloadSelector", "workloadSelector should not be set when resolution mode is NONE", &se(sel), &se(&format!("resolution: STATIC\n{sel}"))),
            e("SE-21", "spec.endpoints[0].address", "address is required", &se("resolution: STATIC\nendpoints: [{labels: {a: b}}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, labels: {a: b}}]")),
            w("SE-22", "spec.endpoints[0].address", "address is unset with network \"net1\"", &se("resolution: STATIC\nendpoints: [{network: net1}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, network: net1}]")),
            e("SE-23", "spec.endpoints[0].address", "rel/sock is not an absolute path to a file", &se("resolution: STATIC\nendpoints: [{address: \"unix://rel/sock\"}]"), &se("resolution: STATIC\nendpoints: [{address: \"unix://@abstract\"}]")),
            e("SE-23", "spec.endpoints[0].ports", "unix endpoint unix:///s must not include ports", &se("resolution: STATIC\nendpoints: [{address: \"unix:///s\", ports: {http: 80}}]"), &se("resolution: STATIC\nendpoints: [{address: \"unix:///s\"}]")),
            e("SE-24", "spec.endpoints[0].address", "endpoint address \"vm.example.com\" is not a valid IP address", &se("resolution: STATIC\nendpoints: [{address: vm.example.com}]"), &se("resolution: STATIC\nendpoints: [{address: \"fe80::1%eth0\"}]")),
            e("SE-25", "spec.endpoints[0].ports[other]", "endpoint port 81 is not defined by the service entry", &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, ports: {other: 81}}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, ports: {http: 81}}]")),
            e("SE-25", "spec.endpoints[0].ports[http]", "port number 0", &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, ports: {http: 0}}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, ports: {http: 1}}]")),
            e("SE-26", "spec.endpoints[0].labels[app]", "invalid tag value", &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, labels: {app: \"a b\"}}]"), &se("resolution: STATIC\nendpoints: [{address: 1.1.1.1, labels: {app: a_b}}]")),
            e("SE-27", "spec.endpoints[0].address", "exactly 1 service port required for unix endpoints", "hosts: [a.com]\nports: [{number: 80, name: http}, {number: 81, name: web}]\nresolution: STATIC\nendpoints: [{address: \"unix:///s\"}]", &se("resolution: STATIC\nendpoints: [{address: \"unix:///s\"}]")),
            e("SE-28", "spec.hosts[0]", "hosts must be FQDN", "hosts: [\"*.example.com\"]\nports: [{number: 443, name: tls, protocol: TLS}]\nresolution: DNS", "hosts: [\"*.example.com\"]\nports: [{number: 443, name: tls, protocol: TLS}]\nresolution: DNS\nendpoints: [{address: lb.example.com}]"),
            e("SE-29", "spec.endpoints", "there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN", &se("resolution: DNS_ROUND_ROBIN\nendpoints: [{address: a.com}, {address: b.com}]"), &se("resolution: DNS\nendpoints: [{address: a.com}, {address: b.com}]")),
            e("SE-30", "spec.endpoints[0].address", "endpoint address \"unix:///s\" is not a valid FQDN or an IP address", &se("resolution: DNS\nendpoints: [{address: \"unix:///s\"}]"), &se("resolution: DNS\nendpoints: [{address: lb.example.com}]")),
            e("SE-31", "spec.endpoints[0].ports[nope]", "is not defined by the service entry", &se("resolution: DNS\nendpoints: [{address: a.com, ports: {nope: 80}}]"), &se("resolution: DNS\nendpoints: [{address: a.com, ports: {http: 80}}]")),
            e("SE-31", "spec.endpoints[0].labels[x y]", "invalid tag key", &se("resolution: DNS\nendpoints: [{address: a.com, labels: {x y: z}}]"), &se("resolution: DNS\nendpoints: [{address: a.com, labels: {x: z}}]")),
            w("SE-32", "spec.hosts", "can not have more than one host specified simultaneously with address and tcp port", &format!("hosts: [a.com, b.com]\naddresses: [10.0.0.1]\n{tcp}\nresolution: DNS"), &format!("hosts: [a.com]\naddresses: [10.0.0.1]\n{tcp}\nresolution: DNS")),
            e("SE-33", "spec.hosts", "DYNAMIC_DNS resolution requires at least one host", "ports: [{number: 80, name: http, protocol: HTTP}]\nresolution: DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nports: [{number: 80, name: http, protocol: HTTP}]\nresolution: DYNAMIC_DNS"),
            e("SE-34", "spec.hosts[0]", "must be wildcarded", &se("resolution: DYNAMIC_DNS"), "hosts: [\"*.example.com\"]\nports: [{number: 80, name: http, protocol: HTTP}]\nresolution: DYNAMIC_DNS"),
            e("SE-35", "spec.addresses", "addresses are not supported with DYNAMIC_DNS", "hosts: [\"*.a.com\"]\naddresses: [1.1.1.1]\nresolution: DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS"),
            e("SE-36", "spec.endpoints", "endpoints are not supported with DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nendpoints: [{address: 1.1.1.1}]\nresolution: DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS"),
            e("SE-37", "spec.ports[0].protocol", "is not supported with DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: DYNAMIC_DNS", "hosts: [\"*.a.com\"]\nports: [{number: 443, name: tls, protocol: tls}]\nresolution: DYNAMIC_DNS"),
            e("SE-38", "spec.location", "unsupported location 7", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS\nlocation: 7", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS\nlocation: 1"),
            e("SE-38", "spec.location", "not supported when using waypoints", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS\nlocation: MESH_INTERNAL", "hosts: [\"*.a.com\"]\nresolution: DYNAMIC_DNS\nlocation: MESH_EXTERNAL").label(super::USE_WAYPOINT_LABEL, "waypoint"),
            e("SE-39", "spec.resolution", "unsupported resolution type 9", &se("resolution: 9"), &se("resolution: 2")),
            e("SE-40", "spec.ports[0].protocol", "multiple hosts provided with non-HTTP, non-TLS ports", &format!("hosts: [a.com, b.com]\n{tcp}\nresolution: DNS"), &format!("hosts: [a.com, b.com]\n{tcp}\nresolution: NONE")),
            e("SE-41", "spec.exportTo", "cannot export service entry to no one (~) and someone", &se("exportTo: [\"~\", \".\"]"), &se("exportTo: [\"~\"]")),
        ]
    }

    #[test]
    fn every_rule_fails_and_passes() {
        run(&KIND, cases());
    }

    fn messages(spec: &str, meta: &Meta) -> Vec<String> {
        test_support::messages(&KIND, spec, meta)
    }

    #[test]
    fn selector_error_hides_everything_else() {
        // SE-1 (§1.6.5): no host, a bad port and a NONE-mode selector warning would all fire,
        // but a selector error returns alone.
        let spec = "ports: [{number: 0, name: Bad_Name}]\nworkloadSelector: {labels: {\"\": x}}";
        assert_eq!(
            messages(spec, &meta()),
            ["Error spec.workloadSelector.labels[]: empty key is not supported in selector: \"=x\""]
        );
    }

    #[test]
    fn null_ports_and_endpoints_are_empty_messages() {
        // SE-10 and SE-20 are unreachable: null elements decode as `{}`.
        let found = messages("hosts: [a.com]\nports: [null]", &meta());
        assert!(found.iter().any(|m| m.contains("spec.ports[0].name: invalid port name")), "{found:?}");
        assert!(found.iter().any(|m| m.contains("spec.ports[0].number: port number 0")), "{found:?}");
        assert!(!found.iter().any(|m| m.contains("null")), "{found:?}");
        let found = messages(&se("resolution: STATIC\nendpoints: [null]"), &meta());
        assert_eq!(found, ["Error spec.endpoints[0].address: address is required"]);
    }

    #[test]
    fn conformance_style_examples() {
        let found = messages(
            "hosts: [\"*.example.com\"]\nports: [{number: 443, name: tls, protocol: TLS}]\nresolution: DNS",
            &meta(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Error spec.hosts[0]: hosts must be FQDN"), "{found:?}");
        let found = messages(
            "hosts: [db.example.com]\nports: [{number: 5432, name: tcp-pg, protocol: TCP}]\nresolution: NONE",
            &meta(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Warning spec.addresses: addresses are required"), "{found:?}");
        assert_eq!(messages(RICH, &meta()), Vec::<String>::new());
    }
}
