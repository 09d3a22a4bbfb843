//! The `security.istio.io` kinds: typed specs, their rules, and their registry entries. Also the
//! pieces the policy kinds of other groups share (versions, the Age column, the
//! selector/targetRef checks AP/RA/TM/WP run first). No printing, no cluster access.

pub mod authorization_policy;
pub mod peer_authentication;
pub mod request_authentication;

use super::path::Path;
use super::registry::{KindDef, PrinterColumn, Version};
use super::rules;
use super::selectors::{PolicyTargetReference, WorkloadSelector};
use super::validation::{Ctx, Meta};

pub const SECURITY_GROUP: &str = "security.istio.io";

/// `v1` (storage) and `v1beta1`, both served.
pub const SECURITY_VERSIONS: &[Version] = &[
    Version { name: "v1", served: true, storage: true },
    Version { name: "v1beta1", served: true, storage: false },
];

/// The `Age` printer column every Istio CRD with columns ends with.
pub const AGE_COLUMN: PrinterColumn = PrinterColumn {
    name: "Age",
    type_: "date",
    json_path: ".metadata.creationTimestamp",
    description: "Time since the object was created (a timestamp in RFC 3339 form, UTC).",
};

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] =
    &[&authorization_policy::KIND, &peer_authentication::KIND, &request_authentication::KIND];

/// H-ONEOF, H-SEL, H-TREF (targetRef), H-TREF (each targetRefs[]) in upstream's order, for the
/// policy kinds (AP-1..4, RA-1..4, TM-1..4, WP-1..4; TrafficExtension passes no targetRef).
pub(crate) fn check_policy_targets(
    selector: &Option<WorkloadSelector>,
    target_ref: Option<&PolicyTargetReference>,
    target_refs: Option<&[PolicyTargetReference]>,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    let refs = target_refs.unwrap_or_default();
    rules::selector_or_target_refs(selector.is_some(), target_ref.is_some(), !refs.is_empty(), at, cx);
    rules::selector(selector.as_ref(), &at.field("selector"), cx);
    if let Some(t) = target_ref {
        rules::target_ref(t, &at.field("targetRef"), cx);
    }
    let refs_at = at.field("targetRefs");
    for (i, t) in refs.iter().enumerate() {
        rules::target_ref(t, &refs_at.index(i), cx);
    }
}

/// H-IPBLOCKS over a list, as messages (one per bad entry) for rules that embed them.
pub(crate) fn ip_block_errors(values: &[String]) -> Vec<String> {
    let meta = Meta::default();
    let mut scratch = Ctx::new(&meta);
    rules::ip_blocks(values, &Path::root("value"), &mut scratch);
    scratch.into_findings().into_iter().map(|f| f.message).collect()
}
