//! The `telemetry.istio.io` kinds: typed specs, their rules, and their registry entries, plus
//! the CEL syntax check the access-log filter rule needs. No printing, no cluster access.

pub mod cel;
#[allow(clippy::module_inception)]
pub mod telemetry;

use super::registry::KindDef;

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] = &[&telemetry::KIND];
