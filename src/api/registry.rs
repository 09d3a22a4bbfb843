//! The table of Istio kinds: for each, its CRD identity (group, names, versions, printer
//! columns) and the typed spec behind it, and the decode step every kind shares (nulls, and
//! both spellings of a field, handled as upstream's decoder does, guided by the kind's schema).
//! `validate`, the CRD generator and later `analyze` all look kinds up here, so a kind exists
//! for the tool exactly when it is registered. Nothing here prints.

use std::any::TypeId;
use std::sync::{OnceLock, PoisonError, RwLock};

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

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


/// The `Age` printer column (creation timestamp) every Istio CRD with columns ends with.
pub const AGE_COLUMN: PrinterColumn = PrinterColumn {
    name: "Age",
    type_: "date",
    json_path: ".metadata.creationTimestamp",
    description: "Time since the object was created (from metadata.creationTimestamp).",
};
/// Everything the tool knows about one Istio kind.
#[derive(Debug, Clone, Copy)]
pub struct KindDef {
    pub group: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub short_names: &'static [&'static str],
    pub versions: &'static [Version],
    pub printer_columns: &'static [PrinterColumn],
    /// The typed model of `spec` (the CRD generator finds the kind's schema by it).
    pub spec_type: TypeId,
    /// Strict decode of `spec` into the typed model, then the kind's rules.
    pub check_spec: fn(&Value, &Meta) -> Vec<Finding>,
    /// Decode then re-encode `spec` (lossless for anything a user may write).
    pub roundtrip: fn(&Value) -> Result<Value, String>,
    /// [`roundtrip`](Self::roundtrip) and [`check_spec`](Self::check_spec) from one decode:
    /// the canonical spec and the rules' findings (for callers that need both).
    pub roundtrip_checked: fn(&Value, &Meta) -> Result<Checked, String>,
}

/// A canonical spec and the rules' findings on it.
pub type Checked = (Value, Vec<Finding>);

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
            spec_type: TypeId::of::<T>(),
            check_spec: check::<T>,
            roundtrip: roundtrip::<T>,
            roundtrip_checked: roundtrip_checked::<T>,
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

/// Removes `null` map values (absent, as upstream treats them) and turns `null` list elements
/// into empty objects (upstream decodes them as empty messages).
pub fn normalize_nulls(v: &Value) -> Value {
    strip_nulls(v, &mut false)
}

/// [`normalize_nulls`], also noting in `underscore` whether any object key has an underscore:
/// without one no key can be a proto (snake_case) name, and [`normalize`] would change nothing
/// more, so the common case never needs the kind's schema.
fn strip_nulls(v: &Value, underscore: &mut bool) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    *underscore |= k.contains('_');
                    (k.clone(), strip_nulls(v, underscore))
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|v| if v.is_null() { Value::Object(Default::default()) } else { strip_nulls(v, underscore) })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// What the decode step needs to know of one node of a kind's `spec` schema.
#[derive(Debug)]
pub enum Shape {
    /// A proto message: the shape of each field, by the names the schema lists (JSON names),
    /// sorted by name (a binary search beats hashing for these few short keys).
    Message(Vec<(String, Shape)>),
    /// A map: its keys are data; every value has this shape.
    Map(Box<Shape>),
    /// A list: every element has this shape.
    List(Box<Shape>),
    /// A scalar, or a free-form value (`google.protobuf.Struct`): its contents are data.
    Leaf,
}

impl Shape {
    /// Reads a structural (CRD) schema: objects with `properties` are messages, objects with
    /// `additionalProperties` maps, `items` lists; anything else (free-form included) a leaf.
    pub fn of(schema: &Value) -> Shape {
        if let Some(Value::Object(props)) = schema.get("properties") {
            let mut fields: Vec<(String, Shape)> = props.iter().map(|(k, v)| (k.clone(), Shape::of(v))).collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Shape::Message(fields)
        } else if let Some(items) = schema.get("items") {
            Shape::List(Box::new(Shape::of(items)))
        } else if let Some(values @ Value::Object(_)) = schema.get("additionalProperties") {
            Shape::Map(Box::new(Shape::of(values)))
        } else {
            Shape::Leaf
        }
    }

    /// The shape of field `name` of a message.
    fn field(&self, name: &str) -> Option<&Shape> {
        match self {
            Shape::Message(fields) => {
                fields.binary_search_by(|(k, _)| k.as_str().cmp(name)).ok().map(|i| &fields[i].1)
            }
            _ => None,
        }
    }
}

/// The shape of `T`'s schema, built once per spec type per process from the kind's CRD as
/// embedded in the binary (generated from the typed model and kept fresh by a test), and kept
/// for the life of the process. Each type has its own cell, so
/// threads building different kinds' shapes do not wait for each other.
fn shape_of<T: Spec>() -> &'static Shape {
    type Cells = Vec<(TypeId, &'static OnceLock<Shape>)>;
    static CELLS: RwLock<Cells> = RwLock::new(Vec::new());
    let id = TypeId::of::<T>();
    let find = |cells: &Cells| cells.iter().find(|(t, _)| *t == id).map(|(_, cell)| *cell);
    let known = find(&CELLS.read().unwrap_or_else(PoisonError::into_inner));
    let cell = known.unwrap_or_else(|| {
        let mut cells = CELLS.write().unwrap_or_else(PoisonError::into_inner);
        find(&cells).unwrap_or_else(|| {
            let cell: &'static OnceLock<Shape> = Box::leak(Box::default());
            cells.push((id, cell));
            cell
        })
    });
    cell.get_or_init(|| {
        let kind = all().into_iter().find(|k| k.spec_type == id);
        kind.and_then(crd_spec_schema).map_or(Shape::Leaf, |schema| Shape::of(&schema))
    })
}

/// The `spec` schema in the embedded CRD of `kind` (`templates/base/crds.gen.yaml`), parsing
/// only that CRD's document.
fn crd_spec_schema(kind: &KindDef) -> Option<Value> {
    let text = crate::embedded::get("templates/base/crds.gen.yaml")?;
    let name = format!("\n  name: {}.{}\n", kind.plural, kind.group);
    let doc = text.split("\n---\n").find(|doc| doc.contains(&name))?;
    let mut crd: Value = serde_saphyr::from_str(doc).ok()?;
    crd.pointer_mut("/spec/versions/0/schema/openAPIV3Schema/properties/spec").map(Value::take)
}

/// The JSON (lowerCamelCase) name protoc derives from a proto field name (`jwks_uri` →
/// `jwksUri`, `consecutive_5xx_errors` → `consecutive5xxErrors`); `None` unless `key` has the
/// form of a snake_case proto name with at least one underscore.
fn json_name(key: &str) -> Option<String> {
    let proto_like = key.contains('_')
        && key.split('_').all(|part| !part.is_empty())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !proto_like {
        return None;
    }
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    Some(out)
}

/// Prepares a `spec` for strict decoding the way upstream's decoder reads it: nulls as in
/// [`normalize_nulls`], and where a message has a field under both its proto (snake_case) name
/// and its JSON (camelCase) name, the snake_case key is dropped (upstream reads the proto name
/// first, then the JSON name, and keeps the later). Map keys and free-form contents are data
/// and are never touched.
pub fn normalize(v: &Value, shape: &Shape) -> Value {
    match (v, shape) {
        (Value::Object(m), Shape::Message(_)) => {
            let mut out = Map::with_capacity(m.len());
            for (k, val) in m {
                if val.is_null() {
                    continue;
                }
                let camel = json_name(k);
                if let Some(camel) = &camel
                    && m.contains_key(camel)
                    && shape.field(camel).is_some()
                {
                    continue; // both spellings: the camelCase one wins
                }
                let field = match val {
                    Value::Object(_) | Value::Array(_) => {
                        shape.field(k).or_else(|| camel.as_deref().and_then(|c| shape.field(c)))
                    }
                    _ => None,
                };
                out.insert(k.clone(), normalize(val, field.unwrap_or(&Shape::Leaf)));
            }
            Value::Object(out)
        }
        (Value::Object(m), Shape::Map(values)) => {
            Value::Object(m.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), normalize(v, values))).collect())
        }
        (Value::Array(a), Shape::List(items)) => Value::Array(
            a.iter()
                .map(|v| if v.is_null() { Value::Object(Default::default()) } else { normalize(v, items) })
                .collect(),
        ),
        _ => normalize_nulls(v),
    }
}

/// Whether a value holds a `null` anywhere or an object key with an underscore: only then does
/// decoding need a normalized copy.
fn needs_normalizing(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.iter().any(|(k, v)| k.contains('_') || needs_normalizing(v)),
        Value::Array(a) => a.iter().any(needs_normalizing),
        _ => false,
    }
}

fn decode<T: Spec>(spec: &Value) -> Result<T, Finding> {
    let normalized;
    let input = if spec.is_object() && !needs_normalizing(spec) {
        spec
    } else {
        let mut underscore = false;
        let plain = strip_nulls(spec, &mut underscore);
        normalized = if underscore { normalize(spec, shape_of::<T>()) } else { plain };
        &normalized
    };
    super::value_de::decode::<T>(input).map_err(|e| {
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

fn roundtrip_checked<T: Spec>(spec: &Value, meta: &Meta) -> Result<Checked, String> {
    let typed = decode::<T>(spec).map_err(|f| format!("{}: {}", f.path, f.message))?;
    let mut cx = Ctx::new(meta);
    typed.validate(&Path::root("spec"), &mut cx);
    let canonical = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
    Ok((canonical, cx.into_findings()))
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::networking::{destination_rule, envoy_filter, virtual_service};
    use crate::api::validation::Meta;
    use crate::api::{extensions, security, telemetry};

    fn yaml(s: &str) -> Value {
        serde_saphyr::from_str(s).expect("test YAML parses")
    }

    fn roundtrip(kind: &KindDef, spec: &str) -> Result<Value, String> {
        (kind.roundtrip)(&yaml(spec))
    }

    #[test]
    fn json_names_follow_protoc() {
        assert_eq!(json_name("jwks_uri").as_deref(), Some("jwksUri"));
        assert_eq!(json_name("consecutive_5xx_errors").as_deref(), Some("consecutive5xxErrors"));
        assert_eq!(json_name("http2_max_requests").as_deref(), Some("http2MaxRequests"));
        assert_eq!(json_name("use_request_id_for_trace_sampling").as_deref(), Some("useRequestIdForTraceSampling"));
        for not_proto in ["jwksUri", "hosts", "jwks_Uri", "_a", "a_", "a__b", "a-b_c"] {
            assert_eq!(json_name(not_proto), None, "{not_proto}");
        }
    }

    #[test]
    fn both_spellings_of_a_field_decode_and_the_camel_case_one_wins() {
        // Used to fail as a serde "duplicate field"; in either order the camelCase value is kept.
        for spec in [
            "http: [{mirror: {host: m}, mirror_percent: 30, mirrorPercent: 20}]",
            "http: [{mirror: {host: m}, mirrorPercent: 20, mirror_percent: 30}]",
        ] {
            let v = roundtrip(&virtual_service::KIND, spec).unwrap();
            assert_eq!(v["http"][0], json!({"mirror": {"host": "m"}, "mirrorPercent": 20}), "{spec}");
        }
        // Deeper, and a field whose JSON name has a digit after the underscore.
        let v = roundtrip(
            &destination_rule::KIND,
            "host: h\ntraffic_policy: {outlierDetection: {consecutive_5xx_errors: 1, consecutive5xxErrors: 2}}\ntrafficPolicy: {loadBalancer: {simple: RANDOM}}",
        )
        .unwrap();
        assert_eq!(v, json!({"host": "h", "trafficPolicy": {"loadBalancer": {"simple": "RANDOM"}}}));
        let v = roundtrip(&destination_rule::KIND, "host: h\ntrafficPolicy: {outlierDetection: {consecutive_5xx_errors: 1, consecutive5xxErrors: 2}}").unwrap();
        assert_eq!(v["trafficPolicy"]["outlierDetection"], json!({"consecutive5xxErrors": 2}));
        // A null camelCase value still wins: the field ends up unset, as upstream leaves it.
        let v = roundtrip(&telemetry::telemetry::KIND, "tracing: [{random_sampling_percentage: 5, randomSamplingPercentage: null}]").unwrap();
        assert_eq!(v, json!({"tracing": [{}]}));
        // A snake_case spelling alone still decodes through the field's alias.
        let v = roundtrip(&virtual_service::KIND, "http: [{mirror_percent: 30}]").unwrap();
        assert_eq!(v["http"][0]["mirrorPercent"], json!(30));
    }

    #[test]
    fn only_message_fields_lose_their_snake_case_spelling() {
        // Map keys are data: `a_b` and `aB` are two keys.
        let v = roundtrip(
            &virtual_service::KIND,
            "http: [{match: [{sourceLabels: {app_name: a, appName: b}, headers: {x_id: {exact: a}, xId: {exact: b}}}]}]",
        )
        .unwrap();
        assert_eq!(v["http"][0]["match"][0]["sourceLabels"], json!({"app_name": "a", "appName": "b"}));
        assert_eq!(v["http"][0]["match"][0]["headers"].as_object().unwrap().len(), 2);
        let v = roundtrip(&destination_rule::KIND, "host: h\nsubsets: [{name: s, labels: {version_tag: a, versionTag: b}}]").unwrap();
        assert_eq!(v["subsets"][0]["labels"], json!({"version_tag": "a", "versionTag": "b"}));
        // google.protobuf.Struct contents are data too.
        let v = roundtrip(
            &envoy_filter::KIND,
            "configPatches: [{applyTo: CLUSTER, patch: {operation: MERGE, value: {lb_policy: A, lbPolicy: B, nested: {max_requests: 1, maxRequests: 2}}}}]",
        )
        .unwrap();
        assert_eq!(
            v["configPatches"][0]["patch"]["value"],
            json!({"lb_policy": "A", "lbPolicy": "B", "nested": {"max_requests": 1, "maxRequests": 2}})
        );
        let v = roundtrip(&extensions::wasm_plugin::KIND, "url: oci://x\npluginConfig: {key_name: a, keyName: b}").unwrap();
        assert_eq!(v["pluginConfig"], json!({"key_name": "a", "keyName": "b"}));
        let v = roundtrip(&extensions::traffic_extension::KIND, "wasm: {url: oci://x, pluginConfig: {key_name: a, keyName: b}}").unwrap();
        assert_eq!(v["wasm"]["pluginConfig"], json!({"key_name": "a", "keyName": "b"}));
        // A snake_case key that names no field stays, and fails decoding as unknown.
        let e = roundtrip(&virtual_service::KIND, "http: [{mirror_host: a, mirrorHost: b}]").unwrap_err();
        assert!(e.contains("unknown field"), "{e}");
    }

    #[test]
    fn both_spellings_pass_validation_with_the_camel_case_value_checked() {
        let f = (security::request_authentication::KIND.check_spec)(
            &yaml("jwtRules: [{issuer: i, jwksUri: 'ftp://x', jwks_uri: 'https://ok/j'}]"),
            &Meta::default(),
        );
        assert_eq!(f.len(), 1, "the camelCase value is the one checked: {f:?}");
        assert_eq!(f[0].path, "spec.jwtRules[0].jwksUri");
    }

    #[test]
    fn without_underscores_the_schema_walk_changes_nothing_more() {
        let spec = yaml("hosts: [r]\nhttp: [{match: [{headers: {x: null}}], route: [null], mirrorPercent: 5, timeout: null}]");
        let mut underscore = false;
        let plain = strip_nulls(&spec, &mut underscore);
        assert!(!underscore);
        assert_eq!(plain, normalize(&spec, shape_of::<virtual_service::VirtualServiceSpec>()));
        strip_nulls(&yaml("labels: {app_name: a}"), &mut underscore);
        assert!(underscore);
    }

    #[test]
    fn shapes_read_from_the_embedded_crds_are_those_of_the_typed_model() {
        for kind in all() {
            let embedded = crd_spec_schema(kind).unwrap_or_else(|| panic!("no embedded CRD for {}", kind.kind));
            let typed = crate::api::crd::spec_schema(kind);
            assert_eq!(format!("{:?}", Shape::of(&embedded)), format!("{:?}", Shape::of(&typed)), "{}", kind.kind);
            assert!(matches!(Shape::of(&typed), Shape::Message(_)), "{}", kind.kind);
        }
    }

    #[test]
    fn shapes_are_built_once_per_spec_type() {
        let a = shape_of::<virtual_service::VirtualServiceSpec>();
        let b = shape_of::<virtual_service::VirtualServiceSpec>();
        assert!(std::ptr::eq(a, b));
        let Some(Shape::List(http)) = a.field("http") else { panic!("spec.http is a list") };
        assert!(matches!(http.field("headers"), Some(Shape::Message(_))), "a route is a message");
        assert!(matches!(http.field("match"), Some(Shape::List(_))));
        assert!(http.field("bogus").is_none());
        let ef = shape_of::<envoy_filter::EnvoyFilterSpec>();
        let Some(Shape::List(patches)) = ef.field("configPatches") else { panic!("a list") };
        let patch = patches.field("patch").expect("a message");
        assert!(matches!(patch.field("value"), Some(Shape::Leaf)), "a Struct is data");
        let Some(Shape::Message(_)) = patches.field("match").and_then(|m| m.field("proxy")) else { panic!() };
        let Some(Shape::Map(metadata)) = patches.field("match").and_then(|m| m.field("proxy")).and_then(|p| p.field("metadata")) else {
            panic!("proxy metadata is a map")
        };
        assert!(matches!(**metadata, Shape::Leaf));
    }
}
