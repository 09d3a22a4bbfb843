//! The `security.istio.io` kinds: typed specs, their rules, and their registry entries.

use super::registry::KindDef;

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[KindDef] = &[];
