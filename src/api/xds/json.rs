//! The proto3 JSON mapping, applied to Envoy's message descriptors: checks that a JSON value is a
//! valid encoding of a message, the way upstream's `protojson` unmarshaler decides it (field
//! names in either spelling, quoted 64-bit integers, enum names or numbers, the well-known types'
//! special forms, `Any` resolved through the pool), and returns a [`Tree`] of what was set.
//! Unknown fields (and unknown enum names) are errors when `strict`, skipped otherwise. It never
//! builds Envoy values: the tree only records which fields were set and which types `Any`s named.

use base64::Engine as _;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value};

/// Why a value does not decode; `path` is relative to the decoded root (`filters[0].name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub path: String,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// An `Any`'s `@type` names a message the registry does not have.
    UnknownType(String),
    /// Anything else, as a sentence.
    Invalid(String),
}

/// What a decoded message has set, for the deprecation scans.
#[derive(Debug, Clone)]
pub struct Tree {
    pub desc: MessageDescriptor,
    /// Set fields in the order written, each with what it holds.
    pub fields: Vec<(FieldDescriptor, Node)>,
}

#[derive(Debug, Clone)]
pub enum Node {
    /// A scalar (or enum); `set` is false for a proto3 default without presence; `text` is the
    /// value of a string field.
    Scalar {
        set: bool,
        text: Option<String>,
    },
    Message(Tree),
    /// A `google.protobuf.Any` naming `type_url` (empty for `{}`); its payload decoded as `inner`.
    Any {
        type_url: String,
        inner: Option<Box<Tree>>,
    },
    List,
    Map,
}

impl Tree {
    /// The set field with this proto name, if any.
    pub fn get(&self, name: &str) -> Option<&Node> {
        self.fields.iter().find(|(f, _)| f.name() == name).map(|(_, n)| n)
    }

    /// Whether the field counts as set (upstream's `Has`).
    pub fn has(&self, name: &str) -> bool {
        match self.get(name) {
            None => false,
            Some(Node::Scalar { set, .. }) => *set,
            Some(_) => true,
        }
    }
}

/// Decodes `value` as message `desc`.
pub fn decode(
    pool: &DescriptorPool,
    desc: &MessageDescriptor,
    value: &Value,
    strict: bool,
) -> Result<Tree, DecodeError> {
    let mut d = Decoder { pool, strict, path: Vec::new(), skipped: false };
    d.message(desc, value)
}

/// Decodes a JSON object as message `desc`, skipping unknown fields and enum names; also says
/// whether anything was skipped (when nothing was, a strict decode would succeed too).
pub fn decode_lenient(
    pool: &DescriptorPool,
    desc: &MessageDescriptor,
    obj: &Map<String, Value>,
) -> Result<(Tree, bool), DecodeError> {
    let mut d = Decoder { pool, strict: false, path: Vec::new(), skipped: false };
    let tree = d.fields(desc, obj, None)?;
    Ok((tree, d.skipped))
}

struct Decoder<'p, 'v> {
    pool: &'p DescriptorPool,
    strict: bool,
    /// Where the decoder is, as segments borrowed from the value.
    path: Vec<Seg<'v>>,
    /// Whether a lenient decode skipped an unknown field or enum name.
    skipped: bool,
}

#[derive(Clone, Copy)]
enum Seg<'v> {
    Field(&'v str),
    Index(usize),
    Key(&'v str),
}

/// Seconds bound of `google.protobuf.Duration` (10,000 years).
const MAX_DURATION_SECONDS: u64 = 315_576_000_000;

impl<'v> Decoder<'_, 'v> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, DecodeError> {
        Err(DecodeError { path: self.rendered_path(), kind: ErrorKind::Invalid(message.into()) })
    }

    fn fail_at<T>(&mut self, key: &'v str, message: String) -> Result<T, DecodeError> {
        self.within(Seg::Field(key), |d| d.fail(message))
    }

    fn rendered_path(&self) -> String {
        let mut s = String::new();
        for seg in &self.path {
            match seg {
                Seg::Field(f) if s.is_empty() => s.push_str(f),
                Seg::Field(f) => {
                    s.push('.');
                    s.push_str(f);
                }
                Seg::Index(i) => s.push_str(&format!("[{i}]")),
                Seg::Key(k) => s.push_str(&format!("[{k}]")),
            }
        }
        s
    }

    fn within<T>(
        &mut self,
        seg: Seg<'v>,
        f: impl FnOnce(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<T, DecodeError> {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    fn message(&mut self, desc: &MessageDescriptor, value: &'v Value) -> Result<Tree, DecodeError> {
        match desc.full_name() {
            "google.protobuf.Any" => return self.any(desc, value),
            "google.protobuf.Duration" => self.duration(value)?,
            "google.protobuf.Timestamp" => self.timestamp(value)?,
            "google.protobuf.FieldMask" => self.expect_string(value, "a field mask string").map(|_| ())?,
            "google.protobuf.Struct" => self.expect_object(value, "google.protobuf.Struct").map(|_| ())?,
            "google.protobuf.ListValue" => {
                if !value.is_array() {
                    return self.fail(format!(
                        "expected an array for google.protobuf.ListValue, got {}",
                        kind_of(value)
                    ));
                }
            }
            "google.protobuf.Value" => {}
            name if WRAPPERS.contains(&name) => {
                let inner = desc.get_field_by_name("value").expect("wrapper types have a value field");
                self.scalar(&inner, value)?;
            }
            _ => return self.fields(desc, self.expect_object(value, desc.full_name())?, None),
        }
        Ok(Tree { desc: desc.clone(), fields: Vec::new() })
    }

    /// An ordinary message: each key a field by JSON or proto name, at most once, at most one
    /// member per oneof. `skip` is a key handled by the caller (`@type` inside an `Any`).
    fn fields(
        &mut self,
        desc: &MessageDescriptor,
        obj: &'v Map<String, Value>,
        skip: Option<&str>,
    ) -> Result<Tree, DecodeError> {
        let mut tree = Tree { desc: desc.clone(), fields: Vec::new() };
        let mut seen_oneofs: Vec<String> = Vec::new();
        for (key, v) in obj {
            if Some(key.as_str()) == skip {
                continue;
            }
            let Some(field) = desc.get_field_by_json_name(key).or_else(|| desc.get_field_by_name(key)) else {
                if self.strict {
                    return self.fail_at(key, format!("unknown field {key:?} in {}", desc.full_name()));
                }
                self.skipped = true;
                continue;
            };
            if tree.fields.iter().any(|(f, _)| f.number() == field.number()) {
                return self.fail_at(key, format!("duplicate field {key:?} in {}", desc.full_name()));
            }
            let is_value =
                matches!(field.kind(), Kind::Message(ref m) if m.full_name() == "google.protobuf.Value");
            let is_null_enum =
                matches!(field.kind(), Kind::Enum(ref e) if e.full_name() == "google.protobuf.NullValue");
            if v.is_null() && (field.is_list() || field.is_map() || !(is_value || is_null_enum)) {
                continue; // null means unset
            }
            if let Some(oneof) = field.containing_oneof() {
                let name = oneof.name().to_string();
                if seen_oneofs.contains(&name) {
                    return self.fail_at(
                        key,
                        format!(
                            "oneof {} is already set (by another member than {key:?})",
                            oneof.full_name()
                        ),
                    );
                }
                seen_oneofs.push(name);
            }
            let node = self.within(Seg::Field(key), |d| d.field_value(&field, v))?;
            let Some(node) = node else { continue };
            tree.fields.push((field, node));
        }
        Ok(tree)
    }

    /// One field's value; `None` when it decodes to nothing (an unknown enum name, lenient).
    fn field_value(&mut self, field: &FieldDescriptor, v: &'v Value) -> Result<Option<Node>, DecodeError> {
        if field.is_map() {
            let Kind::Message(entry) = field.kind() else { unreachable!("map fields are messages") };
            let key_field = entry.map_entry_key_field();
            let value_field = entry.map_entry_value_field();
            let obj = self.expect_object(v, "a map")?;
            for (k, item) in obj {
                self.within(Seg::Key(k), |d| {
                    d.map_key(&key_field, k)?;
                    if item.is_null() && !matches!(value_field.kind(), Kind::Message(ref m) if m.full_name() == "google.protobuf.Value") {
                        return d.fail("a map value may not be null");
                    }
                    d.single(&value_field, item).map(|_| ())
                })?;
            }
            return Ok(Some(Node::Map));
        }
        if field.is_list() {
            let Value::Array(items) = v else {
                return self.fail(format!("expected an array, got {}", kind_of(v)));
            };
            for (i, item) in items.iter().enumerate() {
                self.within(Seg::Index(i), |d| {
                    if item.is_null() && !matches!(field.kind(), Kind::Message(ref m) if m.full_name() == "google.protobuf.Value") {
                        return d.fail("a list element may not be null");
                    }
                    d.single(field, item).map(|_| ())
                })?;
            }
            return Ok(Some(Node::List));
        }
        self.single(field, v)
    }

    fn single(&mut self, field: &FieldDescriptor, v: &'v Value) -> Result<Option<Node>, DecodeError> {
        let presence = field.supports_presence();
        match field.kind() {
            Kind::Message(m) if m.full_name() == "google.protobuf.Any" => {
                let tree = self.any(&m, v)?;
                let url = any_url(v);
                let inner =
                    if tree.desc.full_name() == "google.protobuf.Any" { None } else { Some(Box::new(tree)) };
                Ok(Some(Node::Any { type_url: url, inner }))
            }
            Kind::Message(m) => Ok(Some(Node::Message(self.message(&m, v)?))),
            Kind::Enum(e) => {
                if e.full_name() == "google.protobuf.NullValue" {
                    return match v {
                        Value::Null => Ok(Some(Node::Scalar { set: presence, text: None })),
                        Value::String(s) if s == "NULL_VALUE" => {
                            Ok(Some(Node::Scalar { set: presence, text: None }))
                        }
                        _ => self.fail(format!("invalid value for google.protobuf.NullValue: {v}")),
                    };
                }
                match v {
                    Value::String(s) => match e.get_value_by_name(s) {
                        Some(ev) => Ok(Some(Node::Scalar { set: presence || ev.number() != 0, text: None })),
                        None if self.strict => {
                            self.fail(format!("invalid value for enum {}: {s:?}", e.full_name()))
                        }
                        None => {
                            self.skipped = true;
                            Ok(None)
                        }
                    },
                    Value::Number(_) => {
                        let n = self.integer(v, i32::MIN as i128, i32::MAX as i128, "enum")?;
                        Ok(Some(Node::Scalar { set: presence || n != 0, text: None }))
                    }
                    _ => self.fail(format!("invalid value for enum {}: {v}", e.full_name())),
                }
            }
            kind => {
                let nonzero = self.scalar_kind(&kind, v)?;
                let text = matches!(kind, Kind::String).then(|| v.as_str().unwrap_or_default().to_string());
                Ok(Some(Node::Scalar { set: presence || nonzero, text }))
            }
        }
    }

    /// A scalar field's value; returns whether it differs from the type's zero value.
    fn scalar(&mut self, field: &FieldDescriptor, v: &'v Value) -> Result<bool, DecodeError> {
        self.scalar_kind(&field.kind(), v)
    }

    fn scalar_kind(&mut self, kind: &Kind, v: &'v Value) -> Result<bool, DecodeError> {
        match kind {
            Kind::Bool => match v {
                Value::Bool(b) => Ok(*b),
                _ => self.fail(format!("invalid value for bool: {v}")),
            },
            Kind::String => match v {
                Value::String(s) => Ok(!s.is_empty()),
                _ => self.fail(format!("invalid value for string: {v}")),
            },
            Kind::Bytes => match v {
                Value::String(s) => {
                    decode_base64(s)
                        .map_err(|_| ())
                        .or_else(|_| self.fail(format!("invalid value for bytes: {s:?} is not base64")))?;
                    Ok(!s.is_empty())
                }
                _ => self.fail(format!("invalid value for bytes: {v}")),
            },
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => {
                Ok(self.integer(v, i32::MIN as i128, i32::MAX as i128, "int32")? != 0)
            }
            Kind::Uint32 | Kind::Fixed32 => Ok(self.integer(v, 0, u32::MAX as i128, "uint32")? != 0),
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
                Ok(self.integer(v, i64::MIN as i128, i64::MAX as i128, "int64")? != 0)
            }
            Kind::Uint64 | Kind::Fixed64 => Ok(self.integer(v, 0, u64::MAX as i128, "uint64")? != 0),
            Kind::Double | Kind::Float => {
                let f = self.float(v)?;
                if matches!(kind, Kind::Float) && f.is_finite() && f.abs() > f32::MAX as f64 {
                    return self.fail(format!("invalid value for float: {v} is out of range"));
                }
                Ok(f != 0.0)
            }
            Kind::Message(_) | Kind::Enum(_) => unreachable!("handled by single"),
        }
    }

    /// An integer written as a JSON number or a quoted number; exponents are fine when the
    /// value is whole.
    fn integer(&self, v: &'v Value, min: i128, max: i128, ty: &str) -> Result<i128, DecodeError> {
        let text = match v {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            _ => return self.fail(format!("invalid value for {ty}: {v}")),
        };
        let parsed = text.parse::<i128>().ok().or_else(|| {
            let f = text
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite() && f.fract() == 0.0 && !text.contains(char::is_whitespace))?;
            Some(f as i128)
        });
        match parsed {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            Some(_) => self.fail(format!("invalid value for {ty}: {text} is out of range")),
            None => self.fail(format!("invalid value for {ty}: {v}")),
        }
    }

    fn float(&self, v: &'v Value) -> Result<f64, DecodeError> {
        match v {
            Value::Number(n) => Ok(n.as_f64().unwrap_or(0.0)),
            Value::String(s) => match s.as_str() {
                "NaN" => Ok(f64::NAN),
                "Infinity" => Ok(f64::INFINITY),
                "-Infinity" => Ok(f64::NEG_INFINITY),
                t if !t.is_empty() && !t.contains(char::is_whitespace) => match t.parse::<f64>() {
                    Ok(f) if f.is_finite() => Ok(f),
                    _ => self.fail(format!("invalid value for a floating-point number: {v}")),
                },
                _ => self.fail(format!("invalid value for a floating-point number: {v}")),
            },
            _ => self.fail(format!("invalid value for a floating-point number: {v}")),
        }
    }

    fn map_key(&self, key_field: &FieldDescriptor, k: &str) -> Result<(), DecodeError> {
        match key_field.kind() {
            Kind::String => Ok(()),
            Kind::Bool if k == "true" || k == "false" => Ok(()),
            Kind::Bool => self.fail(format!("invalid map key {k:?}: expected true or false")),
            kind => {
                let (min, max) = match kind {
                    Kind::Uint32 | Kind::Fixed32 => (0, u32::MAX as i128),
                    Kind::Uint64 | Kind::Fixed64 => (0, u64::MAX as i128),
                    Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => (i64::MIN as i128, i64::MAX as i128),
                    _ => (i32::MIN as i128, i32::MAX as i128),
                };
                match k.parse::<i128>() {
                    Ok(n) if (min..=max).contains(&n) => Ok(()),
                    _ => self.fail(format!("invalid map key {k:?}: expected an integer")),
                }
            }
        }
    }

    /// `google.protobuf.Any`: `{"@type": URL, …fields of that type}`, or `{"@type": URL,
    /// "value": …}` when the type is a well-known type with a special JSON form. Returns the
    /// payload's tree (or an empty Any's own).
    fn any(&mut self, any_desc: &MessageDescriptor, v: &'v Value) -> Result<Tree, DecodeError> {
        let obj = self.expect_object(v, "google.protobuf.Any")?;
        let Some(url) = obj.get("@type") else {
            if obj.is_empty() {
                return Ok(Tree { desc: any_desc.clone(), fields: Vec::new() });
            }
            return self.fail("google.protobuf.Any is missing its \"@type\" field");
        };
        let Value::String(url) = url else {
            return self.fail(format!("\"@type\" must be a string, got {}", kind_of(url)));
        };
        let name = url.rsplit('/').next().unwrap_or("");
        if url.is_empty() || name.is_empty() {
            return self.fail(format!("invalid \"@type\" {url:?}"));
        }
        let Some(target) = self.pool.get_message_by_name(name) else {
            if super::classify_unknown(url) == super::TypeLookup::NotCarried {
                // A real Envoy type this registry lacks: its payload cannot be checked here.
                return Ok(Tree { desc: any_desc.clone(), fields: Vec::new() });
            }
            return Err(DecodeError {
                path: self.rendered_path(),
                kind: ErrorKind::UnknownType(url.clone()),
            });
        };
        if has_special_json(target.full_name()) {
            if let Some(k) = obj.keys().find(|k| *k != "@type" && *k != "value") {
                return self.fail(format!(
                    "unexpected field {k:?} beside \"@type\" and \"value\" in an Any holding {}",
                    target.full_name()
                ));
            }
            let Some(inner) = obj.get("value") else {
                return self.fail(format!("an Any holding {} needs a \"value\" field", target.full_name()));
            };
            return self.within(Seg::Field("value"), |d| d.message(&target, inner));
        }
        self.fields(&target, obj, Some("@type"))
    }

    fn duration(&self, v: &'v Value) -> Result<(), DecodeError> {
        let s = self.expect_string(v, "a google.protobuf.Duration string such as \"1.5s\"")?;
        let ok = (|| {
            let body = s.strip_suffix('s')?;
            let body = body.strip_prefix('-').unwrap_or(body);
            let (secs, frac) = body.split_once('.').unwrap_or((body, ""));
            let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
            if !digits(secs) || (body.contains('.') && (!digits(frac) || frac.len() > 9)) {
                return None;
            }
            (secs.parse::<u64>().ok()? <= MAX_DURATION_SECONDS).then_some(())
        })();
        match ok {
            Some(()) => Ok(()),
            None => self.fail(format!("invalid google.protobuf.Duration value {s:?}: want seconds with an \"s\" suffix, e.g. \"1.5s\"")),
        }
    }

    fn timestamp(&self, v: &'v Value) -> Result<(), DecodeError> {
        let s = self.expect_string(v, "a google.protobuf.Timestamp string in RFC 3339")?;
        if rfc3339(s) {
            Ok(())
        } else {
            self.fail(format!(
                "invalid google.protobuf.Timestamp value {s:?}: want RFC 3339, e.g. \"2024-01-02T03:04:05Z\""
            ))
        }
    }

    fn expect_string(&self, v: &'v Value, what: &str) -> Result<&'v str, DecodeError> {
        match v {
            Value::String(s) => Ok(s),
            _ => self.fail(format!("expected {what}, got {}", kind_of(v))),
        }
    }

    fn expect_object(&self, v: &'v Value, what: &str) -> Result<&'v Map<String, Value>, DecodeError> {
        match v {
            Value::Object(o) => Ok(o),
            _ => self.fail(format!("expected an object for {what}, got {}", kind_of(v))),
        }
    }
}

/// Well-known types whose JSON form is not an object of their fields.
fn has_special_json(name: &str) -> bool {
    WRAPPERS.contains(&name)
        || matches!(
            name,
            "google.protobuf.Any"
                | "google.protobuf.Duration"
                | "google.protobuf.Timestamp"
                | "google.protobuf.FieldMask"
                | "google.protobuf.Struct"
                | "google.protobuf.ListValue"
                | "google.protobuf.Value"
        )
}

/// The wrapper types, written in JSON as their bare `value`.
const WRAPPERS: &[&str] = &[
    "google.protobuf.DoubleValue",
    "google.protobuf.FloatValue",
    "google.protobuf.Int64Value",
    "google.protobuf.UInt64Value",
    "google.protobuf.Int32Value",
    "google.protobuf.UInt32Value",
    "google.protobuf.BoolValue",
    "google.protobuf.StringValue",
    "google.protobuf.BytesValue",
];

fn any_url(v: &Value) -> String {
    v.get("@type").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Standard or URL-safe base64, padding optional (as protojson accepts).
fn decode_base64(s: &str) -> Result<Vec<u8>, base64::DecodeError> {
    use base64::alphabet;
    use base64::engine::DecodePaddingMode;
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    let cfg = GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let alphabet = if s.contains(['-', '_']) { &alphabet::URL_SAFE } else { &alphabet::STANDARD };
    GeneralPurpose::new(alphabet, cfg).decode(s)
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` with fields in range.
pub(super) fn rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        t.bytes().all(|c| c.is_ascii_digit()).then(|| t.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    let (Some(_), Some(mo), Some(d), Some(h), Some(mi), Some(sec)) =
        (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16), num(17..19))
    else {
        return false;
    };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 59 {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 9 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest {
        "Z" | "z" => true,
        off if off.len() == 6
            && (off.starts_with('+') || off.starts_with('-'))
            && off.as_bytes()[3] == b':' =>
        {
            matches!((off[1..3].parse::<u32>(), off[4..6].parse::<u32>()), (Ok(oh), Ok(om)) if oh < 24 && om < 60)
        }
        _ => false,
    }
}
