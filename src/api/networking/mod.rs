//! The `networking.istio.io` kinds: typed specs, their rules, and their registry entries.

use super::registry::{KindDef, Version};

pub mod destination_rule;
pub mod envoy_filter;
pub mod gateway;
pub mod proxy_config;
pub mod service_entry;
pub mod sidecar;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
pub(crate) mod testing;
pub mod traffic_policy;
pub mod virtual_service;
pub mod workload;
pub mod workload_entry;
pub mod workload_group;

/// The versions VirtualService, ServiceEntry, WorkloadEntry and WorkloadGroup are served at (all
/// one schema; v1 is stored).
pub(crate) static V1_ALPHA3_BETA1: &[Version] = &[
    Version { name: "v1", served: true, storage: true },
    Version { name: "v1alpha3", served: true, storage: false },
    Version { name: "v1beta1", served: true, storage: false },
];

/// Registry entries of this group (see `registry::all`). Each kind's file defines its
/// `pub static KIND: KindDef` and is listed here once it exists:
/// virtual_service, destination_rule, gateway, service_entry, sidecar, envoy_filter, workload_entry, workload_group, proxy_config.
#[rustfmt::skip]
pub static KINDS: &[&KindDef] = &[
    &virtual_service::KIND,
    &destination_rule::KIND,
    &gateway::KIND,
    &service_entry::KIND,
    &sidecar::KIND,
    &envoy_filter::KIND,
    &workload_entry::KIND,
    &workload_group::KIND,
    &proxy_config::KIND,
];
