//! Labels and selectors (H-LABELMAP, H-SEL, H-SEL-ALPHA, H-ONEOF, H-TREF): label keys and
//! values, workload selectors, policy targetRefs, and the selector/targetRef sequence the
//! policy kinds of every group run first. Nothing here prints.

use std::collections::BTreeMap;

use crate::api::path::Path;
use crate::api::selectors::NetworkingWorkloadSelector;
use crate::api::selectors::PolicyTargetReference;
use crate::api::selectors::WorkloadSelector;
use crate::api::validation::{Ctx, Finding};

use super::names::is_alnum;
use crate::go::go_quote;

/// The "qualified name" part of a label key or a label value: 1–63 of `[A-Za-z0-9_.-]`,
/// starting and ending alphanumeric (`max` = None lifts the length limit, for values).
fn is_qualified_name(s: &str, max: Option<usize>) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && max.is_none_or(|m| b.len() <= m)
        && is_alnum(b[0])
        && is_alnum(b[b.len() - 1])
        && b.iter().all(|&c| is_alnum(c) || matches!(c, b'-' | b'_' | b'.'))
}

/// A DNS-1123 label by pattern only (no length limit), as in a label key's prefix.
fn is_dns_label_pattern(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && is_alnum(b[0]) && is_alnum(b[b.len() - 1]) && b.iter().all(|&c| is_alnum(c) || c == b'-')
}

/// H-LABELMAP key: `[prefix/]name`, prefix = DNS-1123 labels joined by `.` (≤ 253 chars),
/// name = 1–63 of `[A-Za-z0-9_.-]` starting and ending alphanumeric.
pub fn check_label_key(k: &str) -> Result<(), String> {
    let invalid = |why: &str| Err(format!("invalid tag key: {}{why}", go_quote(k)));
    let (prefix, name) = match k.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, k),
    };
    if prefix.is_some_and(|p| !p.split('.').all(is_dns_label_pattern)) || !is_qualified_name(name, None) {
        return invalid("");
    }
    if prefix.is_some_and(|p| p.len() > 253) {
        return invalid(" (DNS prefix is too long)");
    }
    if name.len() > 63 {
        return invalid(" (name is too long)");
    }
    Ok(())
}

/// [`check_label_key`] as a predicate.
pub fn is_label_key(k: &str) -> bool {
    check_label_key(k).is_ok()
}

/// H-LABELMAP value: empty, or the qualified-name pattern with no length limit.
pub fn is_label_value(v: &str) -> bool {
    v.is_empty() || is_qualified_name(v, None)
}

/// H-LABELMAP: every bad key → "invalid tag key", every bad value → "invalid tag value"; the
/// findings sit at `at[key]`.
pub fn label_map(labels: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (k, v) in labels {
        let p = at.key(k);
        if let Err(e) = check_label_key(k) {
            cx.error(&p, e);
        }
        if !is_label_value(v) {
            cx.error(&p, format!("invalid tag value: {}", go_quote(v)));
        }
    }
}

/// The E part of H-SEL / H-SEL-ALPHA: empty keys and `*` in keys or values. Returns whether
/// any error was recorded.
fn selector_labels(labels: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let mut bad = false;
    for (k, v) in labels {
        let p = at.key(k);
        let pair = go_quote(&format!("{k}={v}"));
        if k.is_empty() {
            cx.error(&p, format!("empty key is not supported in selector: {pair}"));
            bad = true;
        }
        if k.contains('*') || v.contains('*') {
            cx.error(&p, format!("wildcard is not supported in selector: {pair}"));
            bad = true;
        }
    }
    bad
}

/// H-SEL-ALPHA (`workloadSelector.labels` of Sidecar, ServiceEntry, EnvoyFilter). `at` is the
/// selector's path; `empty_warning` is the kind's wording for a selector without labels.
/// Returns true when an error was found: the caller must then stop and keep only the
/// selector's errors (§1.6.5).
pub fn alpha_selector(
    sel: Option<&NetworkingWorkloadSelector>,
    empty_warning: &str,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) -> bool {
    let Some(sel) = sel else { return false };
    let labels = sel.labels.as_ref();
    let bad = labels.is_some_and(|l| selector_labels(l, &at.field("labels"), cx));
    if labels.is_none_or(|l| l.is_empty()) {
        cx.warn(at, empty_warning);
    }
    bad
}

/// H-SEL-ALPHA in its own scope (Sidecar SC-1/SC-2, EnvoyFilter EF-2/EF-3). When the selector
/// has errors they are recorded and `None` is returned: the caller must stop there (§1.6.5).
/// Otherwise the selector's warning (if any) is handed back for the caller to place.
pub(crate) fn alpha_selector_scope(
    sel: Option<&NetworkingWorkloadSelector>,
    empty_warning: &str,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) -> Option<Vec<Finding>> {
    let mut bad = false;
    let found = cx.scope(|cx| bad = alpha_selector(sel, empty_warning, at, cx));
    if bad {
        cx.absorb(found, true);
        return None;
    }
    Some(found)
}

/// H-SEL (`selector.matchLabels`, DestinationRule `workloadSelector.matchLabels`).
pub fn selector(sel: Option<&WorkloadSelector>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let Some(sel) = sel else { return };
    let labels = sel.match_labels.as_ref();
    if let Some(l) = labels {
        selector_labels(l, &at.field("matchLabels"), cx);
    }
    if labels.is_none_or(|l| l.is_empty()) {
        cx.warn(at, "workload selector specified without labels");
    }
}

/// H-ONEOF: at most one of `selector`, `targetRef`, `targetRefs` (counted when non-empty).
pub fn selector_or_target_refs(
    selector: bool,
    target_ref: bool,
    target_refs: bool,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    if [selector, target_ref, target_refs].iter().filter(|b| **b).count() > 1 {
        cx.error(at, "only one of targetRefs or workloadSelector can be set");
    }
}

/// The (group, kind) pairs a policy `targetRef` may name (H-TREF); an empty group is `core`.
pub const TARGET_REF_KINDS: [(&str, &str); 4] = [
    ("core", "Service"),
    ("networking.istio.io", "ServiceEntry"),
    ("gateway.networking.k8s.io", "Gateway"),
    ("gateway.networking.k8s.io", "GatewayClass"),
];

/// H-TREF: one `targetRef` / `targetRefs[i]`.
pub fn target_ref(r: &PolicyTargetReference, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if r.name.as_deref().unwrap_or("").is_empty() {
        cx.error(&at.field("name"), "targetRef name must be set");
    }
    if !r.namespace.as_deref().unwrap_or("").is_empty() {
        cx.error(
            &at.field("namespace"),
            "targetRef namespace must not be set; cross namespace referencing is not supported",
        );
    }
    let group = match r.group.as_deref().unwrap_or("") {
        "" => "core",
        g => g,
    };
    let kind = r.kind.as_deref().unwrap_or("");
    if !TARGET_REF_KINDS.contains(&(group, kind)) {
        let allowed: Vec<String> = TARGET_REF_KINDS.iter().map(|(g, k)| format!("{g}/{k}")).collect();
        cx.error(at, format!("targetRef must be to one of [{}] but was {group}/{kind}", allowed.join(" ")));
    }
}

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
    selector_or_target_refs(selector.is_some(), target_ref.is_some(), !refs.is_empty(), at, cx);
    self::selector(selector.as_ref(), &at.field("selector"), cx);
    if let Some(t) = target_ref {
        self::target_ref(t, &at.field("targetRef"), cx);
    }
    let refs_at = at.field("targetRefs");
    for (i, t) in refs.iter().enumerate() {
        self::target_ref(t, &refs_at.index(i), cx);
    }
}
