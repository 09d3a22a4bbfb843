//! Test support for rule tables: cases with a failing and a passing input per rule ID, and the
//! runner that reports every failure by ID. The schema-vs-inventory check lives in
//! `api::inventory_check`.

pub use crate::api::inventory_check::assert_full_coverage;

use serde_json::Value;

use crate::api::registry::KindDef;

use crate::api::validation::{Finding, Level, Meta};

/// One rule's failing input (must produce `level` at `path` with `token` in the message) and
/// passing input (must produce no finding containing `token`).
pub struct Case {
    pub id: &'static str,
    pub level: Level,
    pub path: &'static str,
    pub token: &'static str,
    pub bad: String,
    pub good: String,
    /// Metadata for the failing input; the passing input gets the plain default.
    pub meta: Meta,
}

/// The metadata rule tests use unless a case says otherwise.
pub fn default_meta() -> Meta {
    Meta { name: "t".into(), namespace: "default".into(), ..Meta::default() }
}

fn case(
    id: &'static str,
    level: Level,
    path: &'static str,
    token: &'static str,
    bad: &str,
    good: &str,
) -> Case {
    Case { id, level, path, token, bad: bad.into(), good: good.into(), meta: default_meta() }
}

/// An error case.
pub fn e(id: &'static str, path: &'static str, token: &'static str, bad: &str, good: &str) -> Case {
    case(id, Level::Error, path, token, bad, good)
}

/// A warning case.
pub fn w(id: &'static str, path: &'static str, token: &'static str, bad: &str, good: &str) -> Case {
    case(id, Level::Warning, path, token, bad, good)
}

impl Case {
    /// Gives the failing input a label (the passing one keeps none).
    pub fn label(mut self, k: &str, v: &str) -> Self {
        self.meta.labels.insert(k.into(), v.into());
        self
    }
}

/// Parses test YAML.
pub fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("test YAML {text:?}: {e}"))
}

/// Decodes `spec` (YAML) for `kind` and runs its rules.
pub fn findings(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
    (kind.check_spec)(&yaml(spec), meta)
}

/// Runs every case; reports all failures at once, each naming its rule ID.
pub fn run(kind: &KindDef, cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let bad = findings(kind, &c.bad, &c.meta);
        if !bad.iter().any(|f| f.level == c.level && f.path == c.path && f.message.contains(c.token)) {
            failures.push(format!(
                "{} failing input: want {:?} at {} containing {:?}, got {bad:#?}",
                c.id, c.level, c.path, c.token
            ));
        }
        let good = findings(kind, &c.good, &default_meta());
        let undecodable = |f: &Finding| f.message.starts_with("cannot parse proto message");
        if let Some(f) = good.iter().find(|f| f.message.contains(c.token) || undecodable(f)) {
            failures.push(format!("{} passing input still reports {f:?}", c.id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Findings for `spec` as `Level path: message` lines, for exact assertions.
pub fn messages(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<String> {
    findings(kind, spec, meta)
        .into_iter()
        .map(|f| format!("{:?} {}: {}", f.level, f.path, f.message))
        .collect()
}
