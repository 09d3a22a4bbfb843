//! The `telemetry.istio.io` kinds: typed specs, their rules, and their registry entries.

use super::registry::KindDef;

/// Registry entries of this group (see `registry::all`). Each kind's file defines its
/// `pub static KIND: KindDef` and is listed here once it exists:
/// telemetry.
pub static KINDS: &[&KindDef] = &[];
