//! MeshConfig (Istio 1.30.3), typed, decoded, layered and validated as upstream does it (spec
//! meshconfig.md). The one model install, `validate`, kube-inject and analyze share:
//! [`decode`] (mesh text over the defaults), [`decode_value`] (an already parsed document),
//! [`apply_over`] (over another config, e.g. a user ConfigMap over the main one), [`validate`]
//! (every E/W rule, upstream's texts) and [`MeshConfig::to_json`] (upstream's jsonpb JSON).
//! It never prints and never touches a cluster: warnings and unknown fields are returned as data.
//!
//! ```ignore
//! let d = meshconfig::decode("enableTracing: false\n", "mesh.yaml")?;
//! assert!(!d.config.enable_tracing);
//! let mode = d.config.to_json()["outboundTrafficPolicy"]["mode"].clone(); // "ALLOW_ANY"
//! ```

mod duration;
mod layer;
pub mod model;
pub mod pb;
mod rules;

use std::fmt;

use serde_json::Value;

pub use duration::Duration;
pub use layer::{default_mesh_config, default_proxy_config};
pub use model::{MeshConfig, ProxyConfig};
pub use pb::{TypeError, UnknownField};
pub use rules::{Issue, Validation, validate};

use pb::{Cx, Field};

/// A decoded mesh document: the config (defaults applied), the validation warnings, and the
/// keys the decoder ignored (upstream drops them silently; we report them).
#[derive(Debug, Clone)]
pub struct Decoded {
    pub config: MeshConfig,
    pub warnings: Vec<Issue>,
    pub unknown_fields: Vec<UnknownField>,
}

/// Why a mesh document was refused.
#[derive(Debug, Clone)]
pub enum Error {
    /// The text is not YAML/JSON (line within the document, parser message).
    Parse { origin: String, line: usize, message: String },
    /// The first type error (`failed to convert to proto. …`), with the field's path.
    Type(TypeError),
    /// Validation errors (and the warnings found alongside, which upstream does not print).
    Invalid { errors: Vec<Issue>, warnings: Vec<Issue>, unknown_fields: Vec<UnknownField> },
}

impl Error {
    /// Upstream's message: `failed to convert to proto. …`, or the multierror text of the
    /// validation errors (bare when upstream returns a single bare error).
    pub fn upstream_text(&self) -> String {
        match self {
            Error::Parse { message, .. } => message.clone(),
            Error::Type(e) => format!("failed to convert to proto. {}", e.message),
            Error::Invalid { errors, .. } => rules::multierror(errors),
        }
    }
    /// Upstream's text with each message led by the path it is about
    /// (`spec.meshConfig.proxyListenPort: invalid proxy listen port: …`), multierror shape kept.
    pub fn located_text(&self) -> String {
        match self {
            Error::Parse { origin, line, message } => format!("{origin}:{line}: {message}"),
            Error::Type(e) if e.path.is_empty() => self.upstream_text(),
            Error::Type(e) => format!("{}: failed to convert to proto. {}", e.path, e.message),
            Error::Invalid { errors, .. } => {
                let located: Vec<Issue> = errors
                    .iter()
                    .map(|i| Issue { message: located(&i.path, &i.message), ..i.clone() })
                    .collect();
                rules::multierror(&located)
            }
        }
    }
    /// [`Error::located_text`] led by where the text came from (`source`: a file, or a
    /// ConfigMap and key): `source:line: …` for a parse error, `source: field: …` otherwise.
    pub fn sourced_text(&self, source: &str) -> String {
        match self {
            Error::Parse { line, message, .. } => format!("{source}:{line}: {message}"),
            e => format!("{source}: {}", e.located_text()),
        }
    }
    /// The paths the error is about (`spec.meshConfig.defaultConfig.drainDuration`).
    pub fn paths(&self) -> Vec<String> {
        match self {
            Error::Parse { origin, line, .. } => vec![format!("{origin}:{line}")],
            Error::Type(e) => vec![e.path.clone()],
            Error::Invalid { errors, .. } => errors.iter().map(|i| i.path.clone()).collect(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.upstream_text())
    }
}

impl std::error::Error for Error {}

impl MeshConfig {
    /// Upstream's JSON of the config (jsonpb: lowerCamel names, zero values omitted, enums by
    /// name, durations as proto JSON `10s`, maps sorted by key).
    pub fn to_json(&self) -> Value {
        Field::to_json(self)
    }
}

/// Decodes mesh text (YAML or JSON; the content of `spec.meshConfig`, a `--meshConfigFile`, or
/// ConfigMap `istio` key `mesh`) over `DefaultMeshConfig()` and validates it. `origin` prefixes
/// every reported path (`spec.meshConfig`, a file name; may be empty).
pub fn decode(text: &str, origin: &str) -> Result<Decoded, Error> {
    apply_over(&default_mesh_config(), text, origin)
}

/// The same load as [`decode`] (upstream's "mesh text over DefaultMeshConfig").
pub fn apply_over_defaults(text: &str, origin: &str) -> Result<Decoded, Error> {
    decode(text, origin)
}

/// Decodes mesh text over `base` (upstream applies a user ConfigMap over the main mesh config
/// this way) and validates the result.
pub fn apply_over(base: &MeshConfig, text: &str, origin: &str) -> Result<Decoded, Error> {
    let doc = match crate::api::document::parse_document(text, 1) {
        Ok(Some(d)) => Value::Object(d.object),
        Ok(None) => Value::Null,
        Err(e) => return Err(Error::Parse { origin: origin.to_string(), line: e.line, message: e.message }),
    };
    decode_value_over(base, &doc, origin)
}

/// Decodes an already parsed document (e.g. `spec.meshConfig` of a merged IstioOperator) over
/// the defaults and validates it.
pub fn decode_value(doc: &Value, origin: &str) -> Result<Decoded, Error> {
    decode_value_over(&default_mesh_config(), doc, origin)
}

fn decode_value_over(base: &MeshConfig, doc: &Value, origin: &str) -> Result<Decoded, Error> {
    let mut cx = Cx::new(origin);
    let config = layer::apply(doc, base, &mut cx).map_err(Error::Type)?;
    let mut unknown_fields = cx.unknown;
    // The proto spellings of the two merged blocks are decoded, then dropped (§1.3): say so.
    if let Value::Object(obj) = doc {
        for (proto, json) in [("default_config", "defaultConfig"), ("default_providers", "defaultProviders")]
        {
            if obj.get(proto).is_some_and(|v| !v.is_null()) {
                let path = if origin.is_empty() { proto.to_string() } else { format!("{origin}.{proto}") };
                unknown_fields.push(UnknownField { path, suggestion: Some(json.to_string()) });
            }
        }
    }
    let Validation { errors, warnings, .. } = validate(&config).prefixed(origin);
    if !errors.is_empty() {
        return Err(Error::Invalid { errors, warnings, unknown_fields });
    }
    Ok(Decoded { config, warnings, unknown_fields })
}

fn located(path: &str, message: &str) -> String {
    if path.is_empty() { message.to_string() } else { format!("{path}: {message}") }
}

impl UnknownField {
    /// The one-line notice for an ignored key: its path and the nearest known field.
    pub fn notice(&self) -> String {
        match &self.suggestion {
            Some(s) => format!("{}: unknown field, ignored (did you mean {s:?}?)", self.path),
            None => format!("{}: unknown field, ignored", self.path),
        }
    }
}

/// Upstream's multierror text of a list of issues (`N errors occurred:\n\t* …\n\n`, or the bare
/// message when upstream returns one bare error).
pub fn multierror_text(issues: &[Issue]) -> String {
    rules::multierror(issues)
}

#[cfg(test)]
mod tests;
