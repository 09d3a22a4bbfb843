//! Envoy's xDS API as a type registry: the protobuf descriptor set of the `xds-api` crate
//! (embedded by build.rs, decoded once on first use), the JSON decoding of a value into
//! one of its messages (`json`), and the two deprecation scans EnvoyFilter validation runs on a
//! decoded patch value. It knows Envoy's types, never Istio's rules: `networking::envoy_filter`
//! decides what a result means for a finding.
//!
//! The registry holds the core xDS API (clusters, listeners, routes, bootstrap, core types, the
//! HTTP connection manager, router, TLS, ext_proc, aggregate cluster) but not every Envoy
//! extension. [`TypeLookup`] tells a type that cannot exist (a retired v2 type, a name outside
//! every package the proxy's registry covers) from one that exists in Envoy but not here, whose
//! payload is then accepted unchecked.

pub mod json;

use std::sync::OnceLock;

use prost_reflect::{DescriptorPool, MessageDescriptor, Value as PValue};

#[cfg(test)]
pub use json::decode;
pub use json::{DecodeError, ErrorKind, Node, Tree, decode_object};

/// The embedded registry, decoded on first use (a few milliseconds; only EnvoyFilter patch
/// values need it).
pub fn pool() -> &'static DescriptorPool {
    static POOL: OnceLock<DescriptorPool> = OnceLock::new();
    POOL.get_or_init(|| DescriptorPool::decode(crate::embedded::xds_descriptors().as_slice()).expect("the embedded xDS descriptor set decodes"))
}

/// The message a full name denotes in `pool`.
pub fn message(pool: &DescriptorPool, full_name: &str) -> Option<MessageDescriptor> {
    pool.get_message_by_name(full_name)
}

/// What to make of an `Any` type URL the registry does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeLookup {
    /// Cannot be in the proxy's registry (a retired Envoy v2 type, or a package outside every
    /// one it is built from): upstream fails.
    Unknown,
    /// A current Envoy/xDS/Istio package type this registry does not carry: accepted unchecked.
    NotCarried,
}

/// Package prefixes of the types upstream's registry is built from (Envoy's API and
/// extensions, the xDS/UDPA common types, Istio's own Envoy filters, protobuf's well-known
/// types and the few third-party packages Envoy's API imports).
const REGISTRY_PACKAGES: &[&str] = &[
    "envoy.",
    "xds.",
    "udpa.",
    "istio.",
    "google.",
    "io.prometheus.",
    "opencensus.",
    "opentelemetry.",
    "cel.",
    "validate.",
];

/// Classifies a type URL that [`decode_object`] could not resolve. Every current Envoy package has a
/// `v3…` version segment (`envoy.extensions.filters.http.lua.v3`, `envoy.type.matcher.v3`); the
/// v2 API (`envoy.api.v2`, `envoy.config.filter.….v2`, unversioned `envoy.type`) is gone. The
/// one unversioned current package is `envoy.annotations`.
pub fn classify_unknown(type_url: &str) -> TypeLookup {
    let name = type_url.rsplit('/').next().unwrap_or(type_url);
    let package = name.rsplit_once('.').map_or("", |(p, _)| p);
    let current_envoy = package == "envoy.annotations" || package.split('.').any(|seg| seg.starts_with("v3"));
    if name.starts_with("envoy.") && !current_envoy {
        TypeLookup::Unknown
    } else if REGISTRY_PACKAGES.iter().any(|p| name.starts_with(p)) {
        TypeLookup::NotCarried
    } else {
        TypeLookup::Unknown
    }
}

/// The `udpa.annotations.PackageVersionStatus` value marking a frozen (deprecated) package.
const FROZEN: i32 = 1;

/// Whether `desc`'s file declares its package FROZEN (`udpa.annotations.file_status`).
pub fn is_frozen(desc: &MessageDescriptor) -> bool {
    let options = desc.parent_file().options();
    options.extensions().any(|(ext, value)| {
        ext.full_name() == "udpa.annotations.file_status"
            && matches!(value, PValue::Message(m)
                if m.get_field_by_name("package_version_status").and_then(|v| v.as_enum_number()) == Some(FROZEN))
    })
}

/// EF-22: the type URLs of `Any`s reachable from the root through set singular message fields
/// whose package is FROZEN. Lists, maps and an `Any`'s own payload are not entered, as upstream's
/// walk over set fields does not enter them.
pub fn frozen_type_urls(tree: &Tree) -> Vec<String> {
    let mut out = Vec::new();
    for (_, node) in &tree.fields {
        match node {
            Node::Any { type_url, inner: Some(payload) } if is_frozen(&payload.desc) => {
                out.push(type_url.clone())
            }
            Node::Message(t) => out.extend(frozen_type_urls(t)),
            _ => {}
        }
    }
    out
}

/// EF-23: the `name` of every message reachable through set singular message fields that has a
/// `typed_config` field but neither it nor `config_discovery` set (configuration by name only,
/// a form Envoy deprecated).
pub fn names_without_typed_config(tree: &Tree) -> Vec<String> {
    // Children first, then the message itself, in the order upstream's walk reports them.
    let mut out: Vec<String> = tree
        .fields
        .iter()
        .filter_map(|(_, node)| match node {
            Node::Message(t) => Some(names_without_typed_config(t)),
            _ => None,
        })
        .flatten()
        .collect();
    let has_typed_config = tree.desc.fields().any(|f| f.json_name() == "typedConfig");
    if has_typed_config && !tree.has("typed_config") && !tree.has("config_discovery") {
        let name =
            tree.desc.fields().find(|f| f.json_name() == "name").and_then(|f| match tree.get(f.name()) {
                Some(Node::Scalar { text, .. }) => text.clone(),
                _ => None,
            });
        out.push(name.unwrap_or_default());
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
