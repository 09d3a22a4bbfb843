//! The `networking.istio.io` kinds: typed specs, their rules, and their registry entries.

use super::registry::KindDef;

pub mod destination_rule;
pub mod envoy_filter;
pub mod gateway;
pub mod proxy_config;
pub mod service_entry;
pub mod sidecar;
pub mod traffic_policy;
pub mod virtual_service;
pub mod workload_entry;
pub mod workload_group;

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
