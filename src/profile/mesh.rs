//! The meshConfig check of an IstioOperator (spec meshconfig.md §1.2): `spec.values.meshConfig`
//! then `spec.meshConfig`, each decoded and validated with the shared model
//! (`api::meshconfig`), as upstream's install, manifest generate and `validate -f` do. Returns
//! texts as data; it never prints and never decides the exit code.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::api::meshconfig::{self, Error};

/// What the meshConfig check found in one IstioOperator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeshCheck {
    /// One text per refusing source (values first, then spec), each naming its paths; upstream
    /// joins them with `, `.
    pub errors: Vec<String>,
    /// Validation warnings (upstream's texts with paths), de-duplicated across the two sources.
    pub warnings: Vec<String>,
    /// One notice per ignored key (path and nearest known field), each key once.
    pub unknown: Vec<String>,
}

impl MeshCheck {
    /// The refusal as upstream words it (sources joined with `, `), if any.
    pub fn error_text(&self) -> Option<String> {
        (!self.errors.is_empty()).then(|| self.errors.join(", "))
    }
}

const VALUES: &str = "spec.values.meshConfig";
const SPEC: &str = "spec.meshConfig";

/// Checks `spec.values.meshConfig` (when present) and `spec.meshConfig` (absent = defaults).
pub fn check(iop: &Value) -> MeshCheck {
    let spec = &iop["spec"];
    let mut out = MeshCheck::default();
    let mut seen_unknown = BTreeSet::new();
    let mut seen_warn = BTreeSet::new();
    // Notices and warnings name spec.meshConfig first: a key written there is also copied into
    // values, and is named where the user wrote it. Errors keep upstream's order (values first).
    let values = spec.get("values").and_then(|v| v.get("meshConfig")).filter(|v| !v.is_null());
    let results = [
        (VALUES, values.map(|v| meshconfig::decode_value(v, VALUES))),
        (SPEC, Some(meshconfig::decode_value(spec.get("meshConfig").unwrap_or(&Value::Null), SPEC))),
    ];
    for (origin, result) in results.iter().rev() {
        let unknown = match result {
            Some(Ok(d)) => &d.unknown_fields,
            Some(Err(Error::Invalid { unknown_fields, .. })) => unknown_fields,
            _ => continue,
        };
        for u in unknown {
            let rel = u.path.strip_prefix(origin).unwrap_or(&u.path).to_string();
            if seen_unknown.insert(rel) {
                out.unknown.push(u.notice());
            }
        }
    }
    for (_, result) in results.iter().rev() {
        if let Some(Ok(d)) = result {
            for w in d.warnings.iter().filter(|w| seen_warn.insert(w.message.clone())) {
                out.warnings.push(format!("{}: {}", w.path, w.message));
            }
        }
    }
    out.errors =
        results.iter().filter_map(|(_, r)| r.as_ref()?.as_ref().err()).map(Error::located_text).collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn spec_mesh_config_is_checked_twice_after_translation() {
        let mesh = json!({"proxyListenPort": 0});
        let iop = json!({"spec": {"meshConfig": mesh, "values": {"meshConfig": mesh}}});
        let c = check(&iop);
        assert_eq!(
            c.error_text().unwrap(),
            "spec.values.meshConfig.proxyListenPort: invalid proxy listen port: port number 0 must be in the range 1..65535, \
             spec.meshConfig.proxyListenPort: invalid proxy listen port: port number 0 must be in the range 1..65535"
        );
        let c = check(&json!({"spec": {"values": {"meshConfig": mesh}}}));
        assert_eq!(c.errors.len(), 1, "written only under values: reported once");
    }

    #[test]
    fn absent_mesh_config_passes() {
        assert_eq!(check(&json!({"spec": {}})), MeshCheck::default());
        assert_eq!(check(&json!({"spec": {"meshConfig": null}})), MeshCheck::default());
    }

    #[test]
    fn type_errors_and_enum_names_are_refused() {
        let c = check(&json!({"spec": {"meshConfig": {"enableTracing": "maybe"}}}));
        assert_eq!(
            c.errors,
            [
                "spec.meshConfig.enableTracing: failed to convert to proto. json: cannot unmarshal string into Go value of type bool"
            ]
        );
        let c = check(&json!({"spec": {"meshConfig": {"outboundTrafficPolicy": {"mode": "SOMETIMES"}}}}));
        assert!(c.errors[0].contains(r#"unknown value "\"SOMETIMES\"" for enum"#), "{c:?}");
    }

    #[test]
    fn unknown_keys_are_noticed_once_where_written() {
        let mesh = json!({"enableTracng": false});
        let c = check(&json!({"spec": {"meshConfig": mesh, "values": {"meshConfig": mesh}}}));
        assert!(c.errors.is_empty());
        assert_eq!(
            c.unknown,
            [r#"spec.meshConfig.enableTracng: unknown field, ignored (did you mean "enableTracing"?)"#]
        );
    }

    #[test]
    fn warnings_are_kept_once() {
        let mesh = json!({"tlsDefaults": {"ecdhCurves": ["foo"]}});
        let c = check(&json!({"spec": {"meshConfig": mesh, "values": {"meshConfig": mesh}}}));
        assert_eq!(
            c.warnings,
            ["spec.meshConfig.tlsDefaults.ecdhCurves: detected unrecognized ECDH curves: [foo]"]
        );
    }
}
