//! The `networking.istio.io` kinds: typed specs, their rules, and their registry entries.

use super::registry::KindDef;

pub mod service_entry;
pub mod virtual_service;
pub mod workload_entry;
pub mod workload_group;

/// Registry entries of this group (see `registry::all`). Each kind's file defines its
/// `pub static KIND: KindDef` and is listed here once it exists:
/// virtual_service, destination_rule, gateway, service_entry, sidecar, envoy_filter, workload_entry, workload_group, proxy_config.
pub static KINDS: &[&KindDef] = &[
    &virtual_service::KIND,
    &service_entry::KIND,
    &workload_entry::KIND,
    &workload_group::KIND,
];
