//! WorkloadEntry (`networking.istio.io`): the typed spec, its rules (WE-1..8 of the rules spec)
//! and its registry entry. The same spec type is the ServiceEntry `endpoints[]` element and the
//! WorkloadGroup `template`; those kinds apply their own rules to it. No printing here.

use std::collections::{BTreeMap, BTreeSet};

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::virtual_service::{CEL_PORT, CelAt, cel};
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::{KindDef, PrinterColumn, Version};
use crate::api::rules;

use crate::api::validation::{Ctx, Validate};

/// CEL (object level): some way to reach the workload.
pub(crate) const CEL_ADDRESS_OR_NETWORK: (&str, &str) =
    ("has(self.address) || has(self.network)", "address is required unless a network is given");
/// CEL (object level): a unix socket address carries no ports.
pub(crate) const CEL_UNIX_NO_PORTS: (&str, &str) = (
    "!(has(self.address) && self.address.startsWith('unix://') && has(self.ports))",
    "a unix socket address must not list ports",
);
const CEL_UNIX_PATH: &[(&str, &str)] = &[
    (
        "!self.startsWith('unix://') || self.substring(7).startsWith('/') || self.substring(7).startsWith('@')",
        "a unix socket address must be an absolute path or an abstract (@) name",
    ),
    ("!self.startsWith('unix://') || !self.endsWith('/')", "a unix socket address must not name a directory"),
];
const CEL_PORT_NAMES: &[(&str, &str)] = &[(
    "self.all(k, size(k) < 63 && k.matches('^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$'))",
    "port names must be DNS labels shorter than 63 characters",
)];

/// A workload outside Kubernetes (a VM, a bare-metal host) or one endpoint of a ServiceEntry.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, &[CEL_ADDRESS_OR_NETWORK, CEL_UNIX_NO_PORTS]))]
pub struct WorkloadEntrySpec {
    /// Address of the workload: an IP, a DNS name, or `unix:///path` for a Unix socket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256), transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_UNIX_PATH))]
    pub address: Option<String>,
    /// Port name → port number on this workload (overrides the service's port numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| {
        cel(s, CelAt::Value, CEL_PORT_NAMES);
        cel(s, CelAt::MapValues, CEL_PORT);
    })]
    pub ports: Option<BTreeMap<String, UInt32>>,
    /// Labels of the workload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Network the workload lives in, when it is not directly reachable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub network: Option<String>,
    /// Locality (`region/zone/subzone`) of the workload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub locality: Option<String>,
    /// Load-balancing weight relative to the other endpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<UInt32>,
    /// Service account the workload's proxy runs as.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "service_account")]
    #[schemars(length(max = 253))]
    pub service_account: Option<String>,
}

impl WorkloadEntrySpec {
    /// The address, empty when unset (proto3 semantics).
    pub fn address(&self) -> &str {
        self.address.as_deref().unwrap_or("")
    }
    /// The network, empty when unset.
    pub fn network(&self) -> &str {
        self.network.as_deref().unwrap_or("")
    }
    /// The address without its `unix://` scheme, when it has one.
    pub fn unix_path(&self) -> Option<&str> {
        self.address().strip_prefix(UNIX_PREFIX)
    }
    pub fn has_ports(&self) -> bool {
        self.ports.as_ref().is_some_and(|p| !p.is_empty())
    }
}

pub const UNIX_PREFIX: &str = "unix://";

/// The versions VirtualService, ServiceEntry, WorkloadEntry and WorkloadGroup are served at (all
/// one schema; v1 is stored).
pub(crate) static V1_ALPHA3_BETA1: &[Version] = &[
    Version { name: "v1", served: true, storage: true },
    Version { name: "v1alpha3", served: true, storage: false },
    Version { name: "v1beta1", served: true, storage: false },
];

/// The `Age` printer column (creation timestamp) most kinds show.
pub(crate) const AGE_COLUMN: PrinterColumn = PrinterColumn {
    name: "Age",
    type_: "date",
    json_path: ".metadata.creationTimestamp",
    description: "Time since the object was created (from metadata.creationTimestamp).",
};

static COLUMNS: &[PrinterColumn] = &[
    AGE_COLUMN,
    PrinterColumn {
        name: "Address",
        type_: "string",
        json_path: ".spec.address",
        description: "Where the workload can be reached: IP, host name or unix socket.",
    },
];

pub static KIND: KindDef = KindDef::of::<WorkloadEntrySpec>(
    "networking.istio.io",
    "WorkloadEntry",
    "workloadentries",
    &["we"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

impl Validate for WorkloadEntrySpec {
    /// WE-1..8: a standalone entry (FQDN addresses allowed, no service ports to match).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        self.check_endpoint(None, true, at, cx);
    }
}

impl WorkloadEntrySpec {
    /// Upstream's workload-entry check, shared by WorkloadEntry (WE-1..8) and ServiceEntry
    /// STATIC endpoints (SE-21..27): `service_ports` are the ServiceEntry's port names (then
    /// endpoint port names must be among them and a unix endpoint needs exactly one), and
    /// `allow_fqdn` lets a non-IP address pass as a DNS name.
    pub(crate) fn check_endpoint(
        &self,
        service_ports: Option<&BTreeSet<&str>>,
        allow_fqdn: bool,
        at: &Path<'_>,
        cx: &mut Ctx<'_>,
    ) {
        let address = self.address();
        let address_at = at.field("address");
        // WE-1 / SE-21: nothing to reach the workload by; this error stands alone.
        if address.is_empty() {
            if self.network().is_empty() {
                cx.error(&address_at, "address is required");
                return;
            }
            // WE-2 / SE-22
            cx.warn(&address_at, format!("address is unset with network {}", rules::go_quote(self.network())));
        }
        let ports_at = at.field("ports");
        if let Some(path) = self.unix_path() {
            // WE-3 / SE-23
            rules::unix_address(path, &address_at, cx);
            // WE-4 / SE-23
            if self.has_ports() {
                cx.error(&ports_at, format!("unix endpoint {address} must not include ports"));
            }
        } else if !address.is_empty() && rules::check_ip(address).is_err() {
            if !allow_fqdn {
                // SE-24
                cx.error(&address_at, format!("endpoint address {} is not a valid IP address", rules::go_quote(address)));
            } else if rules::check_fqdn(address).is_err() {
                // WE-5
                cx.error(
                    &address_at,
                    format!("endpoint address {} is not a valid FQDN or an IP address", rules::go_quote(address)),
                );
            }
        }
        // WE-6, WE-7 / SE-25
        self.check_ports(service_ports, &ports_at, cx);
        // WE-8 / SE-26
        if let Some(labels) = &self.labels {
            rules::label_map(labels, &at.field("labels"), cx);
        }
        // SE-27
        if self.unix_path().is_some() && service_ports.is_some_and(|p| p.len() != 1) {
            cx.error(&address_at, "exactly 1 service port required for unix endpoints");
        }
    }

    /// Endpoint ports: names known to the service (when given), valid names, valid numbers.
    pub(crate) fn check_ports(&self, service_ports: Option<&BTreeSet<&str>>, at: &Path<'_>, cx: &mut Ctx<'_>) {
        for (name, number) in self.ports.iter().flatten() {
            let entry = at.key(name);
            if service_ports.is_some_and(|p| !p.contains(name.as_str())) {
                cx.error(&entry, format!("endpoint port {} is not defined by the service entry", number.0));
            }
            rules::port_name(name, &entry, cx);
            rules::port(number.0 as i64, &entry, cx);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::KIND;
    use crate::api::networking::virtual_service::test_support::{Case, assert_full_coverage, e, findings, run, w, yaml};
    use crate::api::validation::Meta;


    #[test]
    fn schema_covers_every_inventory_path() {
        assert_full_coverage(&KIND);
    }

    #[test]
    fn round_trip_and_snake_case() {
        let spec = yaml(
            "address: vm1.example.com\nports: {http: 8080, grpc: \"9090\"}\nlabels: {app: vm}\nnetwork: n1\n\
             locality: us/z1\nweight: 2\nserviceAccount: sa",
        );
        let back = (KIND.roundtrip)(&spec).unwrap();
        assert_eq!(back["ports"], json!({"http": 8080, "grpc": 9090}));
        let mut expected = spec.clone();
        expected["ports"]["grpc"] = json!(9090);
        assert_eq!(back, expected);
        let snake = (KIND.roundtrip)(&yaml("address: 1.1.1.1\nservice_account: sa")).unwrap();
        assert_eq!(snake, json!({"address": "1.1.1.1", "serviceAccount": "sa"}));
        let found = (KIND.check_spec)(&yaml("address: 1.1.1.1\nport: {http: 1}"), &Meta::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.port");
        assert!(found[0].message.contains("unknown field"));
    }

    fn cases() -> Vec<Case> {
        vec![
            e("WE-1", "spec.address", "address is required", "ports: {http: 8080}", "address: 10.0.0.1\nports: {http: 8080}"),
            w("WE-2", "spec.address", "address is unset with network \"n1\"", "network: n1", "network: n1\naddress: 10.0.0.1"),
            e("WE-3", "spec.address", "is not an absolute path to a file", "address: \"unix://run/x/\"", "address: \"unix:///run/x\""),
            e("WE-3", "spec.address", "unix address must not be empty", "address: \"unix://\"", "address: \"unix://@x\""),
            e("WE-4", "spec.ports", "must not include ports", "address: \"unix:///s\"\nports: {http: 80}", "address: \"unix:///s\""),
            e("WE-5", "spec.address", "is not a valid FQDN or an IP address", "address: \"vm..example.com\"", "address: vm.example.com"),
            e("WE-6", "spec.ports[Bad_Name]", "invalid port name: Bad_Name", "address: 1.1.1.1\nports: {Bad_Name: 80}", "address: 1.1.1.1\nports: {Good-Name: 80}"),
            e("WE-7", "spec.ports[http]", "port number 70000", "address: 1.1.1.1\nports: {http: 70000}", "address: 1.1.1.1\nports: {http: 65535}"),
            e("WE-8", "spec.labels[a/b/c]", "invalid tag key", "address: 1.1.1.1\nlabels: {a/b/c: x}", "address: 1.1.1.1\nlabels: {example.com/c: x}"),
        ]
    }

    #[test]
    fn every_rule_fails_and_passes() {
        run(&KIND, cases());
    }

    #[test]
    fn missing_address_stands_alone() {
        // WE-1 returns alone: the bad label and port are not reported.
        let found = findings(&KIND, "ports: {Bad_Name: 0}\nlabels: {\"\": x}", &Meta::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "address is required");
    }
}
