//! Analyzers over Kubernetes and Istio resources, and the diagnostic messages they report
//! (upstream's IST codes). Analyzers are pure: callers hand them the objects (from files or a
//! cluster) and answer their look-ups; nothing here talks to a cluster or prints. Today it
//! holds the webhook analyzer `tag set|generate` runs before writing a revision tag.

pub mod checks;
pub mod labels;
pub mod webhook;

use std::fmt;

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "Error",
            Level::Warning => "Warning",
            Level::Info => "Info",
        }
    }
}

/// One diagnostic about one resource.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    pub level: Level,
    /// `IST0139` …
    pub code: &'static str,
    pub kind: &'static str,
    /// Empty for cluster-scoped resources.
    pub namespace: String,
    pub name: String,
    pub text: String,
}

/// Upstream's log format: `Error [IST0139] (MutatingWebhookConfiguration name) text`, with
/// `name.namespace` for namespaced resources.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.namespace.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.name, self.namespace)
        };
        write!(f, "{} [{}] ({} {}) {}", self.level.name(), self.code, self.kind, name, self.text)
    }
}
