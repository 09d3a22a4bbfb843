//! Test helpers shared by the networking kinds' tables of rule cases: decode + validate a spec,
//! run `(rule id, spec, expectation)` tables, check round trips. Test-only.

use crate::api::registry::KindDef;
use crate::api::validation::{Finding, Level, Meta};

/// What one case expects.
pub enum Expect {
    /// An error at exactly this path whose message contains the text.
    Error(&'static str, &'static str),
    /// A warning at exactly this path whose message contains the text.
    Warn(&'static str, &'static str),
    /// No finding at all.
    Clean,
    /// Nothing at this path (other findings allowed).
    NothingAt(&'static str),
}

pub fn meta(name: &str, namespace: &str) -> Meta {
    Meta { name: name.into(), namespace: namespace.into(), ..Default::default() }
}

pub fn yaml(s: &str) -> serde_json::Value {
    serde_saphyr::from_str(s).expect("test YAML parses")
}

pub fn check_with(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
    (kind.check_spec)(&yaml(spec), meta)
}

pub fn check(kind: &KindDef, spec: &str) -> Vec<Finding> {
    check_with(kind, spec, &meta("n", "ns"))
}

/// Runs a table of `(rule id, spec YAML, expectation)` cases.
pub fn run_cases<A: AsRef<str>, B: AsRef<str>>(kind: &KindDef, cases: &[(A, B, Expect)]) {
    for (id, spec, expect) in cases {
        let (id, spec) = (id.as_ref(), spec.as_ref());
        let found = check(kind, spec);
        let hit = |level: Level, path: &str, text: &str| {
            found.iter().any(|f| f.level == level && f.path == path && f.message.contains(text))
        };
        let ok = match expect {
            Expect::Error(p, t) => hit(Level::Error, p, t),
            Expect::Warn(p, t) => hit(Level::Warning, p, t),
            Expect::Clean => found.is_empty(),
            Expect::NothingAt(p) => !found.iter().any(|f| f.path == *p),
        };
        assert!(ok, "case {id} failed:\n{spec}\nfindings: {found:#?}");
    }
}

/// A rich spec round-trips and raises no finding.
pub fn assert_roundtrip_clean(kind: &KindDef, spec: &str) {
    assert_roundtrip(kind, spec);
    let found = check(kind, spec);
    assert!(found.is_empty(), "{found:#?}");
}

/// YAML → typed → YAML keeps exactly what was written.
pub fn assert_roundtrip(kind: &KindDef, spec: &str) {
    let v = yaml(spec);
    let back = (kind.roundtrip)(&v).expect("decodes");
    assert_eq!(back, v);
}

#[cfg(test)]
mod harness_tests {
    use super::{Expect::*, run_cases};
    use crate::api::networking::destination_rule;

    #[test]
    #[should_panic(expected = "case wrong-path failed")]
    fn run_cases_fails_on_a_wrong_path() {
        run_cases(
            &destination_rule::KIND,
            &[("wrong-path", "host: 'a..b'", Error("spec.trafficPolicy", "invalid"))],
        );
    }

    #[test]
    #[should_panic(expected = "case not-clean failed")]
    fn run_cases_fails_when_not_clean() {
        run_cases(&destination_rule::KIND, &[("not-clean", "host: 'a..b'", Clean)]);
    }
}
