//! The checks `validate` runs on an Istio kind (validation-rules §1.2–§1.5, §18.3.1) and on an
//! IstioOperator (§18.3.5): the top-level key check, the metadata rules H-META-1..6 and the
//! kind's own rules through the registry. The kinds' rules themselves (including the
//! AuthorizationPolicy `invalid policy` prefix) live in `api/`; nothing here prints or reads files.

use serde_json::{Map, Value};

use crate::api::path::Path;
use crate::api::registry::KindDef;
use crate::api::validation::{Ctx, Finding, Level, Meta};

/// The only top-level keys an Istio object (or IstioOperator) may have.
pub const TOP_LEVEL_KEYS: [&str; 5] = ["apiVersion", "kind", "metadata", "spec", "status"];

const DRY_RUN: &str = "istio.io/dry-run";
const ALWAYS_REJECT: &str = "internal.istio.io/webhook-always-reject";
const PARENT_NAMESPACE: &str = "internal.istio.io/parent-namespace";
const PARENTS: &str = "internal.istio.io/parents";

/// §1.2.3: one error per top-level key outside [`TOP_LEVEL_KEYS`], in document order.
pub fn unknown_top_level_keys(doc: &Map<String, Value>) -> Vec<Finding> {
    let meta = Meta::default();
    let mut cx = Ctx::new(&meta);
    for key in doc.keys().filter(|k| !TOP_LEVEL_KEYS.contains(&k.as_str())) {
        cx.error(
            &Path::root(key),
            format!("unknown field {}", crate::api::rules::go_quote(key)),
        );
    }
    cx.into_findings()
}

/// The AuthorizationPolicy action as upstream names it (ALLOW when absent).
fn ap_action(spec: &Value) -> String {
    const NAMES: [&str; 4] = ["ALLOW", "DENY", "AUDIT", "CUSTOM"];
    match spec.get("action") {
        None | Some(Value::Null) => "ALLOW".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => match n.as_u64().and_then(|i| NAMES.get(i as usize)) {
            Some(name) => (*name).to_string(),
            None => n.to_string(),
        },
        Some(other) => other.to_string(),
    }
}

/// Go's `strconv.ParseBool` literals.
fn is_go_bool(s: &str) -> bool {
    matches!(
        s,
        "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false" | "False"
    )
}

/// H-META-1..6 (§1.5): the first that applies, as a single error. `meta.namespace` is the
/// defaulted namespace.
pub fn metadata_rules(kind: &str, meta: &Meta, spec: &Value) -> Option<Finding> {
    let annotations = Path::root("metadata");
    let annotations = annotations.field("annotations");
    let error = |key: &str, message: String| Finding {
        level: Level::Error,
        path: annotations.key(key).to_string(),
        message,
    };
    let who = format!("{}/{}", meta.namespace, meta.name);
    if let Some(value) = meta.annotations.get(DRY_RUN) {
        if kind != "AuthorizationPolicy" {
            return Some(error(
                DRY_RUN,
                format!("{who} has an unsupported annotation {DRY_RUN}; remove it"),
            ));
        }
        let action = ap_action(spec);
        if action != "ALLOW" && action != "DENY" {
            return Some(error(
                DRY_RUN,
                format!("dry-run only supports ALLOW/DENY, found {action} in {who}"),
            ));
        }
        if !is_go_bool(value) {
            return Some(error(
                DRY_RUN,
                format!(
                    "invalid value for the annotation {DRY_RUN}: strconv.ParseBool: parsing {}: invalid syntax",
                    crate::api::rules::go_quote(value)
                ),
            ));
        }
    }
    if meta.annotations.contains_key(ALWAYS_REJECT) {
        return Some(error(
            ALWAYS_REJECT,
            format!("{ALWAYS_REJECT} annotation found, rejecting"),
        ));
    }
    for key in [PARENT_NAMESPACE, PARENTS] {
        if meta.annotations.contains_key(key) {
            return Some(error(
                key,
                format!("annotation {key} may not be set by users"),
            ));
        }
    }
    None
}

/// §18.3.1 for one Istio object: strict spec decode, then the top-level key check, then the
/// metadata rules, then the kind's own rules. Each earlier stage that fails is reported alone.
/// `meta` carries the defaulted namespace.
pub fn check_kind(def: &KindDef, doc: &Map<String, Value>, meta: &Meta) -> Vec<Finding> {
    let empty = Value::Object(Map::new());
    let spec = match doc.get("spec") {
        None | Some(Value::Null) => &empty,
        Some(s) => s,
    };
    let top = unknown_top_level_keys(doc);
    let meta_error = if top.is_empty() {
        metadata_rules(def.kind, meta, spec)
    } else {
        None
    };
    if !top.is_empty() || meta_error.is_some() {
        // Those stages only count when the spec decodes; otherwise the decode error stands alone.
        if (def.roundtrip)(spec).is_err() {
            return (def.check_spec)(spec, meta);
        }
        return if top.is_empty() {
            meta_error.into_iter().collect()
        } else {
            top
        };
    }
    (def.check_spec)(spec, meta)
}

/// Whether a document is an IstioOperator (`install.istio.io/v1alpha1`).
pub fn is_istio_operator(api_version: &str, kind: &str) -> bool {
    api_version == "install.istio.io/v1alpha1" && kind == "IstioOperator"
}

/// §18.3.5 for an IstioOperator: the top-level key check (reported alone), then the profile
/// module's operator validation of the object as written (schema of every field, then hub,
/// tag, revision, gateway names and ports, proxy ranges), errors and warnings. No profile is
/// merged and no cluster is contacted, as upstream.
pub fn check_istio_operator(doc: &Map<String, Value>) -> Vec<Finding> {
    let top = unknown_top_level_keys(doc);
    if !top.is_empty() {
        return top;
    }
    let iop = Value::Object(doc.clone());
    let mut errors = crate::profile::validate::validate(&iop);
    let (semantic, mut warnings) = crate::profile::validate::semantic(&iop);
    errors.extend(semantic);
    // meshConfig as written (values.meshConfig, then spec.meshConfig), as upstream's validate.
    let mesh = crate::profile::mesh::check(&iop);
    errors.extend(mesh.errors);
    warnings.extend(mesh.warnings);
    warnings.extend(mesh.unknown);
    let errors = errors
        .into_iter()
        .map(|m| operator_finding(Level::Error, m));
    errors
        .chain(
            warnings
                .into_iter()
                .map(|m| operator_finding(Level::Warning, m)),
        )
        .collect()
}

/// The profile module's messages start with the field path (`spec.x.y: …`); split it off.
fn operator_finding(level: Level, message: String) -> Finding {
    match message.split_once(": ") {
        Some((path, rest)) if !path.is_empty() && !path.contains(' ') => Finding {
            level,
            path: path.to_string(),
            message: rest.to_string(),
        },
        _ => Finding {
            level,
            path: "spec".into(),
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn meta_with(annotation: (&str, &str)) -> Meta {
        let mut m = Meta {
            name: "p".into(),
            namespace: "ns".into(),
            ..Default::default()
        };
        m.annotations
            .insert(annotation.0.into(), annotation.1.into());
        m
    }

    #[test]
    fn top_level_keys() {
        let f = unknown_top_level_keys(&obj(
            json!({"apiVersion": "a", "kind": "K", "extra": 1, "spec": {}, "more": 2}),
        ));
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].path.as_str(), f[0].message.as_str()),
            ("extra", "unknown field \"extra\"")
        );
        assert!(unknown_top_level_keys(&obj(json!({"status": {}}))).is_empty());
    }

    #[test]
    fn metadata_rules_fire_in_order() {
        let spec = json!({});
        let f = metadata_rules("VirtualService", &meta_with((DRY_RUN, "true")), &spec).unwrap();
        assert_eq!(f.path, "metadata.annotations[istio.io/dry-run]");
        assert!(f.message.contains("ns/p has an unsupported annotation"));
        assert!(
            metadata_rules("AuthorizationPolicy", &meta_with((DRY_RUN, "true")), &spec).is_none()
        );
        let f = metadata_rules(
            "AuthorizationPolicy",
            &meta_with((DRY_RUN, "true")),
            &json!({"action": "CUSTOM"}),
        );
        assert!(f.unwrap().message.contains("found CUSTOM"));
        let f = metadata_rules(
            "AuthorizationPolicy",
            &meta_with((DRY_RUN, "true")),
            &json!({"action": 2}),
        );
        assert!(f.unwrap().message.contains("found AUDIT"));
        let f = metadata_rules(
            "AuthorizationPolicy",
            &meta_with((DRY_RUN, "yes")),
            &json!({"action": "DENY"}),
        );
        assert!(f.unwrap().message.contains("parsing \"yes\""));
        assert!(metadata_rules("Gateway", &meta_with((ALWAYS_REJECT, "")), &spec).is_some());
        assert!(metadata_rules("Gateway", &meta_with((PARENT_NAMESPACE, "x")), &spec).is_some());
        assert!(metadata_rules("Gateway", &meta_with((PARENTS, "x")), &spec).is_some());
        assert!(metadata_rules("Gateway", &meta_with(("other", "x")), &spec).is_none());
    }

    #[test]
    fn istio_operator_gets_the_top_level_check() {
        assert!(is_istio_operator(
            "install.istio.io/v1alpha1",
            "IstioOperator"
        ));
        assert!(!is_istio_operator(
            "install.istio.io/v1beta1",
            "IstioOperator"
        ));
        let iop = |v: Value| {
            let mut m = obj(
                json!({"apiVersion": "install.istio.io/v1alpha1", "kind": "IstioOperator", "metadata": {"name": "x"}}),
            );
            m.extend(obj(v));
            check_istio_operator(&m)
        };
        let f = iop(json!({"specs": {}, "spec": {"nope": 1}}));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "unknown field \"specs\"");
        let f = iop(
            json!({"spec": {"profile": "demo", "values": {"global": {"hub": "example.com/istio"}}}}),
        );
        assert!(f.is_empty(), "{f:?}");
        let f = iop(json!({"spec": {"nope": 1}}));
        assert_eq!(
            (f[0].level, f[0].path.as_str()),
            (Level::Error, "spec.nope"),
            "{f:?}"
        );
        let f = iop(json!({"spec": {"components": {"pilot": {"k8s": {"replicaCount": 2}}}}}));
        assert_eq!(f[0].level, Level::Warning, "{f:?}");
    }
}
