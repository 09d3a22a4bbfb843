//! The `extensions.istio.io` kinds: typed specs, their rules, and their registry entries.
//! No printing, no cluster access, no module downloads.

pub mod traffic_extension;
pub mod wasm_module;
pub mod wasm_plugin;

use super::registry::{KindDef, Version};

pub const EXTENSIONS_GROUP: &str = "extensions.istio.io";
pub const EXTENSIONS_VERSIONS: &[Version] = &[Version { name: "v1alpha1", served: true, storage: true }];

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] = &[&wasm_plugin::KIND, &traffic_extension::KIND];
