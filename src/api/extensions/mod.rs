//! The `extensions.istio.io` kinds: typed specs, their rules, and their registry entries.
//! No printing, no cluster access, no module downloads.

pub mod traffic_extension;
pub mod wasm_plugin;

use super::registry::KindDef;

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] = &[&wasm_plugin::KIND, &traffic_extension::KIND];
