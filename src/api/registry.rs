//! The table of Istio kinds: for each, its CRD identity (group, names, versions, printer
//! columns) and the typed spec behind it. `validate`, the CRD generator and later `analyze` all
//! look kinds up here, so a kind exists for the tool exactly when it is registered.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::path::Path;
use super::validation::{Ctx, Finding, Level, Meta, Validate};

/// A typed spec of one Istio kind.
pub trait Spec: Serialize + DeserializeOwned + JsonSchema + Validate + 'static {}
impl<T: Serialize + DeserializeOwned + JsonSchema + Validate + 'static> Spec for T {}

/// One served version of a kind.
#[derive(Debug, Clone, Copy)]
pub struct Version {
    pub name: &'static str,
    pub served: bool,
    pub storage: bool,
}

/// One `additionalPrinterColumns` entry.
#[derive(Debug, Clone, Copy)]
pub struct PrinterColumn {
    pub name: &'static str,
    /// OpenAPI type: `string`, `date`, `integer` …
    pub type_: &'static str,
    pub json_path: &'static str,
    pub description: &'static str,
}

/// Everything the tool knows about one Istio kind.
#[derive(Debug, Clone, Copy)]
pub struct KindDef {
    pub group: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub short_names: &'static [&'static str],
    pub versions: &'static [Version],
    pub printer_columns: &'static [PrinterColumn],
    /// JSON schema of `spec`, from the typed model.
    pub spec_schema: fn(&mut SchemaGenerator) -> Schema,
    /// Strict decode of `spec` into the typed model, then the kind's rules.
    pub check_spec: fn(&Value, &Meta) -> Vec<Finding>,
    /// Decode then re-encode `spec` (lossless for anything a user may write).
    pub roundtrip: fn(&Value) -> Result<Value, String>,
}

impl KindDef {
    /// Builds the entry for spec type `T`.
    pub const fn of<T: Spec>(
        group: &'static str,
        kind: &'static str,
        plural: &'static str,
        short_names: &'static [&'static str],
        versions: &'static [Version],
        printer_columns: &'static [PrinterColumn],
    ) -> KindDef {
        KindDef {
            group,
            kind,
            plural,
            short_names,
            versions,
            printer_columns,
            spec_schema: schema_of::<T>,
            check_spec: check::<T>,
            roundtrip: roundtrip::<T>,
        }
    }

    pub fn singular(&self) -> String {
        self.kind.to_ascii_lowercase()
    }
    pub fn list_kind(&self) -> String {
        format!("{}List", self.kind)
    }
    /// `istio-io` and the group with dashes, as upstream's CRDs list them.
    pub fn categories(&self) -> [String; 2] {
        ["istio-io".to_string(), self.group.replace('.', "-")]
    }
    pub fn storage_version(&self) -> &'static str {
        self.versions.iter().find(|v| v.storage).map(|v| v.name).unwrap_or(self.versions[0].name)
    }
    pub fn serves(&self, version: &str) -> bool {
        self.versions.iter().any(|v| v.name == version && v.served)
    }
}

fn schema_of<T: Spec>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// Removes `null` map values (absent, as upstream treats them) and turns `null` list elements
/// into empty objects (upstream decodes them as empty messages).
pub fn normalize_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), normalize_nulls(v))).collect(),
        ),
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|v| if v.is_null() { Value::Object(Default::default()) } else { normalize_nulls(v) })
                .collect(),
        ),
        other => other.clone(),
    }
}

fn decode<T: Spec>(spec: &Value) -> Result<T, Finding> {
    let normalized = normalize_nulls(spec);
    serde_path_to_error::deserialize::<_, T>(&normalized).map_err(|e| {
        let inner = e.path().to_string();
        let path = if inner == "." { "spec".to_string() } else { format!("spec.{inner}") };
        Finding { level: Level::Error, path, message: format!("cannot parse proto message: {}", e.inner()) }
    })
}

fn check<T: Spec>(spec: &Value, meta: &Meta) -> Vec<Finding> {
    match decode::<T>(spec) {
        Err(f) => vec![f],
        Ok(typed) => {
            let mut cx = Ctx::new(meta);
            typed.validate(&Path::root("spec"), &mut cx);
            cx.into_findings()
        }
    }
}

fn roundtrip<T: Spec>(spec: &Value) -> Result<Value, String> {
    let typed = decode::<T>(spec).map_err(|f| format!("{}: {}", f.path, f.message))?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

/// Every registered kind, in a stable order (group, then kind).
pub fn all() -> Vec<&'static KindDef> {
    let mut v: Vec<&'static KindDef> = super::networking::KINDS
        .iter()
        .chain(super::security::KINDS)
        .chain(super::telemetry::KINDS)
        .chain(super::extensions::KINDS)
        .copied()
        .collect();
    v.sort_by_key(|k| (k.group, k.kind));
    v
}

/// The kind an `apiVersion` + `kind` names, if it is a served Istio kind.
pub fn lookup(api_version: &str, kind: &str) -> Option<&'static KindDef> {
    let (group, version) = api_version.split_once('/')?;
    all().into_iter().find(|k| k.group == group && k.kind == kind && k.serves(version))
}
