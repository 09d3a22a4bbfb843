//! The `security.istio.io` kinds: typed specs, their rules, and their registry entries. Also the
//! pieces the policy kinds of other groups share (versions, the Age column, the
//! selector/targetRef checks AP/RA/TM/WP run first). No printing, no cluster access.

/// Declares a policy-style spec struct (AuthorizationPolicy, RequestAuthentication, Telemetry,
/// WasmPlugin): the given struct with upstream's leading `selector`, `targetRef` and `targetRefs`
/// fields and the CEL rule that allows at most one of them. The fields' rules are
/// [`check_policy_targets`].
macro_rules! targeted_spec {
    ($(#[$attr:meta])* pub struct $name:ident { $($rest:tt)* }) => {
        $(#[$attr])*
        #[schemars(extend("x-kubernetes-validations" = [{
            "message": "at most one of selector, targetRef and targetRefs may be set",
            "rule": "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1"
        }]))]
        pub struct $name {
            /// Workloads this applies to, chosen by their pod labels; without it, the whole namespace.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub selector: Option<$crate::api::selectors::WorkloadSelector>,
            /// A single resource (Service, ServiceEntry, Gateway or GatewayClass) this is attached to.
            #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_ref")]
            pub target_ref: Option<$crate::api::selectors::PolicyTargetReference>,
            /// Resources this is attached to; a list form of `targetRef`.
            #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
            #[schemars(length(max = 16))]
            pub target_refs: Option<Vec<$crate::api::selectors::PolicyTargetReference>>,
            $($rest)*
        }
    };
}
pub(crate) use targeted_spec;

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

/// Test helpers the kinds of this crate's security, telemetry and extensions groups share:
/// decode + validate a YAML spec, round-trip it, and compare the generated schema with the CRD
/// field inventory.
#[cfg(test)]
pub(crate) mod testkit {
    use std::collections::BTreeMap;

    use serde_json::Value;

    use crate::api::registry::KindDef;
    use crate::api::validation::{Finding, Level, Meta};

    pub fn meta(annotations: &[(&str, &str)]) -> Meta {
        Meta {
            name: "p".into(),
            namespace: "ns".into(),
            labels: Default::default(),
            annotations: annotations.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    pub fn yaml(spec: &str) -> Value {
        serde_saphyr::from_str::<Value>(spec).unwrap_or_else(|e| panic!("bad test YAML: {e}\n{spec}"))
    }

    pub fn check_with(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
        (kind.check_spec)(&yaml(spec), meta)
    }

    pub fn check(kind: &KindDef, spec: &str) -> Vec<Finding> {
        check_with(kind, spec, &meta(&[]))
    }

    /// One rule case: `expect` = Some((level, path, text the message contains)) or None for
    /// "no findings at all".
    pub struct Case {
        pub id: &'static str,
        pub spec: &'static str,
        pub expect: Option<(Level, &'static str, &'static str)>,
    }

    pub fn fires(id: &'static str, spec: &'static str, level: Level, path: &'static str, text: &'static str) -> Case {
        Case { id, spec, expect: Some((level, path, text)) }
    }

    pub fn passes(id: &'static str, spec: &'static str) -> Case {
        Case { id, spec, expect: None }
    }

    pub fn run_cases(kind: &KindDef, cases: &[Case]) {
        let mut failures = Vec::new();
        for c in cases {
            let found = check(kind, c.spec);
            match c.expect {
                None if !found.is_empty() => failures.push(format!("{} (should pass): got {found:#?}", c.id)),
                Some((level, path, text))
                    if !found.iter().any(|f| f.level == level && f.path == path && f.message.contains(text)) =>
                {
                    failures.push(format!("{}: expected {level:?} at {path} containing {text:?}, got {found:#?}", c.id))
                }
                _ => {}
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    /// Every rule ID of `ids` has at least one firing and one passing case.
    pub fn assert_rule_coverage(cases: &[Case], ids: &[&str]) {
        for id in ids {
            let fire = cases.iter().any(|c| c.id == *id && c.expect.is_some());
            let pass = cases.iter().any(|c| c.id == *id && c.expect.is_none());
            assert!(fire && pass, "rule {id}: firing case {fire}, passing case {pass}");
        }
    }

    /// YAML → typed → JSON equals the input (as values).
    pub fn assert_roundtrip(kind: &KindDef, spec: &str) {
        let input = yaml(spec);
        let out = (kind.roundtrip)(&input).unwrap_or_else(|e| panic!("decode failed: {e}"));
        assert_eq!(out, input);
    }

    /// The `spec` schema of one version exactly as the generated CRD carries it.
    pub fn spec_schema(kind: &KindDef, version: &str) -> Value {
        let crd = crate::api::crd::crd_for(kind);
        let versions = crd["spec"]["versions"].as_array().cloned().unwrap_or_default();
        let v = versions.iter().find(|v| v["name"] == version).unwrap_or_else(|| panic!("no version {version}"));
        v["schema"]["openAPIV3Schema"]["properties"]["spec"].clone()
    }

    /// Every field path of the schema under `prefix` (`.spec.rules[].from[]`, `{}` for map values).
    pub fn schema_paths(schema: &Value, prefix: &str, out: &mut BTreeMap<String, Value>) {
        out.insert(prefix.to_string(), schema.clone());
        if let Some(Value::Object(props)) = schema.get("properties") {
            for (k, v) in props {
                schema_paths(v, &format!("{prefix}.{k}"), out);
            }
        }
        if let Some(items) = schema.get("items").filter(|v| v.is_object()) {
            schema_paths(items, &format!("{prefix}[]"), out);
        }
        if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
            schema_paths(values, &format!("{prefix}{{}}"), out);
        }
    }

    /// Constraints of the inventory that the schema must carry (CEL rules: their number, and
    /// that each parses and has a message).
    fn constraint_mismatches(path: &str, ty: &str, constraints: &str, s: &Value) -> Vec<String> {
        let mut bad = Vec::new();
        let mut say = |what: String| bad.push(format!("{path}: {what}"));
        let types: Vec<&str> = match s.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if ty != "int-or-string" && !types.contains(&ty) {
            say(format!("type {ty} expected, schema has {types:?}"));
        }
        for c in constraints.split(';').filter(|c| !c.is_empty()) {
            let (key, val) = c.split_once('=').unwrap_or((c, ""));
            let num = |v: &str| v.parse::<f64>().ok();
            let get_num = |k: &str| s.get(k).and_then(Value::as_f64);
            match key {
                "enum" => {
                    let want: Vec<&str> = val.split('|').collect();
                    let have: Vec<&str> =
                        s.get("enum").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
                    if want != have {
                        say(format!("enum {want:?} expected, schema has {have:?}"));
                    }
                }
                "maxLength" | "maxItems" | "minimum" | "maximum" | "minItems" | "minLength" => {
                    if get_num(key) != num(val) {
                        say(format!("{key}={val} expected, schema has {:?}", s.get(key)));
                    }
                }
                "format" => {
                    if s.get("format").and_then(Value::as_str) != Some(val) {
                        say(format!("format={val} expected, schema has {:?}", s.get("format")));
                    }
                }
                "required" => {
                    let have: Vec<&str> =
                        s.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
                    for r in val.split(',') {
                        if !have.contains(&r) {
                            say(format!("required {r} missing (schema has {have:?})"));
                        }
                    }
                }
                "preserve-unknown-fields" => {
                    if s.get("x-kubernetes-preserve-unknown-fields") != Some(&Value::Bool(true)) {
                        say("x-kubernetes-preserve-unknown-fields expected".into());
                    }
                }
                "oneOf/anyOf" => {
                    if ty != "int-or-string" && s.get("oneOf").is_none() && s.get("anyOf").is_none() {
                        say("oneOf/anyOf expected".into());
                    }
                }
                "cel-rules" => {
                    let rules: Vec<&Value> =
                        s.get("x-kubernetes-validations").and_then(Value::as_array).into_iter().flatten().collect();
                    if Some(rules.len() as f64) != num(val) {
                        say(format!("{val} CEL rules expected, schema has {}", rules.len()));
                    }
                    for r in rules {
                        let rule = r.get("rule").and_then(Value::as_str).unwrap_or("");
                        if let Err(e) = crate::api::telemetry::cel::parse(rule) {
                            say(format!("CEL rule {rule:?} does not parse: {e}"));
                        }
                        if r.get("message").and_then(Value::as_str).is_none_or(str::is_empty) {
                            say(format!("CEL rule {rule:?} has no message"));
                        }
                    }
                }
                other => say(format!("unknown constraint {other}")),
            }
        }
        bad
    }

    /// A spec that fails decoding: exactly one error, at `path`, saying `text`.
    pub fn assert_decode_error(kind: &KindDef, spec: &str, path: &str, text: &str) {
        let f = check(kind, spec);
        assert_eq!((f.len(), f[0].path.as_str()), (1, path), "{f:?}");
        assert!(f[0].message.contains(text), "{f:?}");
    }

    /// Compares the kind's CRD `spec` schema of every version with the inventory TSVs: panics on
    /// a missing or extra path or a constraint mismatch; returns (version, paths covered, paths
    /// listed under `.spec`).
    pub fn assert_schema_matches_inventory(kind: &KindDef) -> Vec<(&'static str, usize, usize)> {
        // The inventory beside the checkout (as the CLI's CRD tests find it), else the shared spec.
        let beside = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/spec/crd-fields");
        let dir = std::env::var("ISTIO_CRD_FIELDS").unwrap_or_else(|_| {
            if std::path::Path::new(beside).is_dir() { beside.into() } else { "/work/shared/spec/crd-fields".into() }
        });
        let mut counts = Vec::new();
        for version in kind.versions.iter().map(|v| v.name) {
            let file = format!("{dir}/{}_{}_{version}.tsv", kind.group, kind.kind);
            let Ok(tsv) = std::fs::read_to_string(&file) else {
                eprintln!("skipping inventory comparison: {file} is not readable");
                continue;
            };
            let mut have = BTreeMap::new();
            schema_paths(&spec_schema(kind, version), ".spec", &mut have);
            let mut problems = Vec::new();
            let (mut covered, mut total) = (0, 0);
            let mut wanted = std::collections::BTreeSet::new();
            for line in tsv.lines().skip(1) {
                let mut cols = line.split('\t');
                let (path, ty, constraints) =
                    (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
                if !path.starts_with(".spec") {
                    continue;
                }
                total += 1;
                wanted.insert(path.to_string());
                match have.get(path) {
                    None => problems.push(format!("{path}: missing from the schema")),
                    Some(s) => {
                        covered += 1;
                        problems.extend(constraint_mismatches(path, ty, constraints, s));
                    }
                }
            }
            for extra in have.keys().filter(|p| !wanted.contains(*p)) {
                problems.push(format!("{extra}: in the schema but not in the inventory"));
            }
            assert!(problems.is_empty(), "{} {version}:\n{}", kind.kind, problems.join("\n"));
            assert_eq!(covered, total);
            eprintln!("coverage {} {version}: {covered}/{total} spec paths", kind.kind);
            counts.push((version, covered, total));
        }
        counts
    }
}
