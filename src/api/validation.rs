//! The validation context every rule writes to: findings (error or warning) with a field path,
//! the object's metadata the rules may consult, and the scoping tools upstream's aggregation
//! needs (a subtree whose warnings are dropped, a check that must stand alone).

use std::collections::BTreeMap;

use super::path::Path;

/// Severity of a finding. Errors fail `validate` (exit 1); warnings are reported only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Level {
    Error,
    Warning,
}

/// One rule's verdict on one field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub level: Level,
    /// YAML path of the field, e.g. `spec.http[0].route[1].weight` (may be `metadata…` or `spec`).
    pub path: String,
    pub message: String,
}

/// Object metadata the rules see (upstream passes name, namespace, labels and annotations).
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub name: String,
    /// The namespace rules see: the document's, else the defaulted one (§1.3 of the rules).
    pub namespace: String,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
}

/// Collects findings for one object.
#[derive(Debug)]
pub struct Ctx<'m> {
    pub meta: &'m Meta,
    findings: Vec<Finding>,
}

impl<'m> Ctx<'m> {
    pub fn new(meta: &'m Meta) -> Self {
        Ctx { meta, findings: Vec::new() }
    }

    pub fn error(&mut self, at: &Path<'_>, message: impl Into<String>) {
        self.push(Level::Error, at, message.into());
    }

    pub fn warn(&mut self, at: &Path<'_>, message: impl Into<String>) {
        self.push(Level::Warning, at, message.into());
    }

    fn push(&mut self, level: Level, at: &Path<'_>, message: String) {
        self.record(level, at.to_string(), message);
    }

    /// A finding at a path already rendered (a position inside a free-form value such as an
    /// EnvoyFilter patch, which no typed walk reaches).
    pub fn record(&mut self, level: Level, path: String, message: impl Into<String>) {
        self.findings.push(Finding { level, path, message: message.into() });
    }

    /// Runs `f` in a fresh scope and returns what it found, without recording it here; the
    /// caller decides what to keep (see [`Ctx::absorb`]).
    pub fn scope(&mut self, f: impl FnOnce(&mut Ctx<'m>)) -> Vec<Finding> {
        let mut sub = Ctx::new(self.meta);
        f(&mut sub);
        sub.findings
    }

    /// Records findings from a scope; with `errors_only`, its warnings are dropped (upstream
    /// loses warnings under DestinationRule subsets, portLevelSettings and a few others).
    pub fn absorb(&mut self, found: Vec<Finding>, errors_only: bool) {
        self.findings.extend(found.into_iter().filter(|f| !errors_only || f.level == Level::Error));
    }

    /// Runs `f` and keeps only its errors.
    pub fn errors_only(&mut self, f: impl FnOnce(&mut Ctx<'m>)) {
        let found = self.scope(f);
        self.absorb(found, true);
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.level == Level::Error)
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}

/// Rules for one typed value. `at` is the value's own path.
pub trait Validate {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>);
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(v) = self {
            v.validate(at, cx);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        for (i, v) in self.iter().enumerate() {
            v.validate(&at.index(i), cx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_only_scope_drops_warnings() {
        let meta = Meta::default();
        let mut cx = Ctx::new(&meta);
        let spec = Path::root("spec");
        cx.errors_only(|cx| {
            cx.warn(&spec, "w");
            cx.error(&spec.field("host"), "e");
        });
        assert_eq!(cx.findings().len(), 1);
        assert_eq!(cx.findings()[0].path, "spec.host");
        assert!(cx.has_errors());
    }
}
