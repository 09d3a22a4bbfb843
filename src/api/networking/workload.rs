//! The workload block: `WorkloadEntrySpec` (address, ports, labels, network, locality, weight,
//! service account) with its CRD CEL rules and upstream's endpoint check. WorkloadEntry is this
//! block as a kind; ServiceEntry `endpoints[]` and WorkloadGroup `template` embed it and apply
//! their own rules around it. No printing here.

use std::collections::{BTreeMap, BTreeSet};

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::rules;
use crate::api::schema::{CEL_PORT, CelAt, cel};

use crate::api::validation::Ctx;

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
            cx.warn(
                &address_at,
                format!("address is unset with network {}", rules::go_quote(self.network())),
            );
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
                cx.error(
                    &address_at,
                    format!("endpoint address {} is not a valid IP address", rules::go_quote(address)),
                );
            } else if rules::check_fqdn(address).is_err() {
                // WE-5
                cx.error(
                    &address_at,
                    format!(
                        "endpoint address {} is not a valid FQDN or an IP address",
                        rules::go_quote(address)
                    ),
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
    pub(crate) fn check_ports(
        &self,
        service_ports: Option<&BTreeSet<&str>>,
        at: &Path<'_>,
        cx: &mut Ctx<'_>,
    ) {
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
