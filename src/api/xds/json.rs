//! JSON → Envoy message decoding with the semantics of the decoder upstream uses for EnvoyFilter
//! patch values (the legacy golang/protobuf `jsonpb`): fields are read in declaration order,
//! each under its proto name and then its JSON name (the JSON name wins; a later-declared
//! member of a oneof replaces an earlier one); `null` leaves a field unset; integers and floats
//! may be quoted but must be JSON number literals; enums are exact names or numbers; the
//! well-known types have their special forms (Go durations, RFC 3339 timestamps, bare
//! wrappers, `Struct`/`Value`/`ListValue`); an `Any` needs `@type`, resolved through the pool.
//! Unknown fields are errors when `strict`, skipped otherwise. The result is a [`Tree`] of what
//! was set, for the deprecation scans; no Envoy value is built.

use std::collections::HashSet;

use base64::Engine as _;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value};

use crate::api::common::{json_number, parse_go_duration};

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

/// The error as upstream's decoder words it (an unknown type: "could not resolve Any message
/// type: URL").
impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ErrorKind::UnknownType(url) => write!(f, "could not resolve Any message type: {url}"),
            ErrorKind::Invalid(why) => f.write_str(why),
        }
    }
}

/// What a decoded message has set, for the deprecation scans.
#[derive(Debug, Clone)]
pub struct Tree {
    pub desc: MessageDescriptor,
    /// Set fields in declaration order, each with what it holds.
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
    /// A `google.protobuf.Any` naming `type_url`; its payload decoded as `inner` (none when the
    /// registry does not carry the type).
    Any {
        type_url: String,
        inner: Option<Box<Tree>>,
    },
    List,
    Map,
}

impl Tree {
    fn new(desc: &MessageDescriptor) -> Tree {
        Tree { desc: desc.clone(), fields: Vec::new() }
    }

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

/// Decodes `value` (any JSON shape) as message `desc`; tests use it on arbitrary roots.
#[cfg(test)]
pub fn decode(
    pool: &DescriptorPool,
    desc: &MessageDescriptor,
    value: &Value,
    strict: bool,
) -> Result<Tree, DecodeError> {
    let mut d = Decoder { pool, strict, path: Vec::new(), skipped: false };
    d.message(desc, value)
}

/// Decodes a JSON object as message `desc`; also says whether a lenient decode skipped an
/// unknown field (when none was, a strict decode would succeed too).
pub fn decode_object(
    pool: &DescriptorPool,
    desc: &MessageDescriptor,
    obj: &Map<String, Value>,
    strict: bool,
) -> Result<(Tree, bool), DecodeError> {
    let mut d = Decoder { pool, strict, path: Vec::new(), skipped: false };
    let tree = d.fields(desc, obj, None)?;
    Ok((tree, d.skipped))
}

struct Decoder<'p, 'v> {
    pool: &'p DescriptorPool,
    strict: bool,
    /// Where the decoder is, as segments borrowed from the value.
    path: Vec<Seg<'v>>,
    /// Whether a lenient decode skipped an unknown field.
    skipped: bool,
}

#[derive(Clone, Copy)]
enum Seg<'v> {
    Field(&'v str),
    Index(usize),
    Key(&'v str),
}

/// Well-known types with a JSON form of their own (so an `Any` holding one carries `value`).
const WELL_KNOWN: &[&str] = &[
    "google.protobuf.Empty",
    "google.protobuf.Any",
    "google.protobuf.BoolValue",
    "google.protobuf.BytesValue",
    "google.protobuf.StringValue",
    "google.protobuf.Int32Value",
    "google.protobuf.UInt32Value",
    "google.protobuf.FloatValue",
    "google.protobuf.Int64Value",
    "google.protobuf.UInt64Value",
    "google.protobuf.DoubleValue",
    "google.protobuf.Duration",
    "google.protobuf.Timestamp",
    "google.protobuf.NullValue",
    "google.protobuf.Struct",
    "google.protobuf.Value",
    "google.protobuf.ListValue",
];

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

    /// A message value; `null` is an unset (empty) message.
    fn message(&mut self, desc: &MessageDescriptor, value: &'v Value) -> Result<Tree, DecodeError> {
        let name = desc.full_name();
        if value.is_null() && name != "google.protobuf.Value" {
            return Ok(Tree::new(desc));
        }
        match name {
            "google.protobuf.Any" => return self.any(desc, value),
            "google.protobuf.Duration" => {
                let s = self.expect_string(value, "google.protobuf.Duration")?;
                if parse_go_duration(s).is_none() {
                    return self.fail(format!("bad Duration: time: invalid duration {s:?}"));
                }
            }
            "google.protobuf.Timestamp" => {
                let s = self.expect_string(value, "google.protobuf.Timestamp")?;
                if !rfc3339(s) {
                    return self.fail(format!(
                        "bad Timestamp: {s:?} is not RFC 3339, e.g. \"2024-01-02T03:04:05Z\""
                    ));
                }
            }
            "google.protobuf.Struct" => {
                self.expect_object(value, "google.protobuf.Struct")?;
            }
            "google.protobuf.ListValue" if !value.is_array() => {
                return self.fail(format!("bad ListValue: expected an array, got {}", kind_of(value)));
            }
            "google.protobuf.ListValue" | "google.protobuf.Value" => {}
            wrapper if WELL_KNOWN.contains(&wrapper) && wrapper.ends_with("Value") => {
                // BoolValue … DoubleValue: the bare value of their one field.
                if let Some(inner) = desc.get_field_by_name("value") {
                    self.scalar(&inner.kind(), value)?;
                }
            }
            _ => {
                let obj = self.expect_object(value, name)?;
                return self.fields(desc, obj, None);
            }
        }
        Ok(Tree::new(desc))
    }

    /// An ordinary message: every field in declaration order, looked up under its proto name
    /// and then its JSON name (the later wins, the other is not read); `skip` is a key the
    /// caller handles (`@type` inside an `Any`). Keys left over are unknown fields.
    fn fields(
        &mut self,
        desc: &MessageDescriptor,
        obj: &'v Map<String, Value>,
        skip: Option<&str>,
    ) -> Result<Tree, DecodeError> {
        let mut tree = Tree::new(desc);
        let mut used: HashSet<&str> = HashSet::new();
        for field in desc.fields() {
            let mut raw = None;
            for name in [field.name(), field.json_name()] {
                if let Some((k, v)) = obj.get_key_value(name) {
                    used.insert(k.as_str());
                    raw = Some((k.as_str(), v));
                }
            }
            let Some((key, v)) = raw else { continue };
            let singular_value = !field.is_list()
                && matches!(field.kind(), Kind::Message(ref m) if m.full_name() == "google.protobuf.Value");
            if v.is_null() && !singular_value {
                continue;
            }
            let node = self.within(Seg::Field(key), |d| d.field_value(&field, v))?;
            if let Some(oneof) = field.containing_oneof() {
                // Setting a oneof member clears the one set before.
                tree.fields.retain(|(f, _)| f.containing_oneof().as_ref() != Some(&oneof));
            }
            tree.fields.push((field, node));
        }
        for key in obj.keys() {
            if used.contains(key.as_str()) || Some(key.as_str()) == skip {
                continue;
            }
            if self.strict {
                return self.fail_at(key, format!("unknown field {key:?} in {}", desc.full_name()));
            }
            self.skipped = true;
        }
        Ok(tree)
    }

    fn field_value(&mut self, field: &FieldDescriptor, v: &'v Value) -> Result<Node, DecodeError> {
        if field.is_map() {
            let Kind::Message(entry) = field.kind() else { unreachable!("map fields are messages") };
            let key_field = entry.map_entry_key_field();
            let value_field = entry.map_entry_value_field();
            let obj = self.expect_object(v, "a map")?;
            for (k, item) in obj {
                self.within(Seg::Key(k), |d| {
                    d.map_key(&key_field.kind(), k)?;
                    d.single(&value_field, item).map(|_| ())
                })?;
            }
            return Ok(Node::Map);
        }
        if field.is_list() {
            let Value::Array(items) = v else {
                return self.fail(format!("expected an array, got {}", kind_of(v)));
            };
            for (i, item) in items.iter().enumerate() {
                self.within(Seg::Index(i), |d| d.single(field, item).map(|_| ()))?;
            }
            return Ok(Node::List);
        }
        self.single(field, v)
    }

    /// One value of the field's type (a list element, a map value, or the field itself). A
    /// `null` here decodes to the type's zero value, as upstream's does.
    fn single(&mut self, field: &FieldDescriptor, v: &'v Value) -> Result<Node, DecodeError> {
        let presence = field.supports_presence();
        match field.kind() {
            Kind::Message(m) if m.full_name() == "google.protobuf.Any" && !v.is_null() => {
                let tree = self.any(&m, v)?;
                let url = v.get("@type").and_then(Value::as_str).unwrap_or_default().to_string();
                let inner = (tree.desc.full_name() != "google.protobuf.Any").then(|| Box::new(tree));
                Ok(Node::Any { type_url: url, inner })
            }
            Kind::Message(m) => Ok(Node::Message(self.message(&m, v)?)),
            Kind::Enum(e) => {
                let set = match v {
                    Value::Null => false,
                    Value::String(s) => match e.get_value_by_name(s) {
                        Some(ev) => ev.number() != 0,
                        None => return self.fail(format!("unknown value {s:?} for enum {}", e.full_name())),
                    },
                    Value::Number(_) => self.integer(v, i32::MIN as i128, i32::MAX as i128, "enum")? != 0,
                    _ => return self.fail(format!("invalid value {v} for enum {}", e.full_name())),
                };
                Ok(Node::Scalar { set: presence || set, text: None })
            }
            kind => {
                let nonzero = self.scalar(&kind, v)?;
                let text = matches!(kind, Kind::String).then(|| v.as_str().unwrap_or_default().to_string());
                Ok(Node::Scalar { set: presence || nonzero, text })
            }
        }
    }

    /// A scalar value; returns whether it differs from the type's zero value.
    fn scalar(&mut self, kind: &Kind, v: &'v Value) -> Result<bool, DecodeError> {
        if v.is_null() {
            return Ok(false);
        }
        if let Some((min, max, ty)) = int_range(kind) {
            return Ok(self.integer(v, min, max, ty)? != 0);
        }
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
                    match base64::engine::general_purpose::STANDARD.decode(s.replace(['\r', '\n'], "")) {
                        Ok(_) => Ok(!s.is_empty()),
                        Err(_) => self
                            .fail(format!("invalid value for bytes: {s:?} is not standard (padded) base64")),
                    }
                }
                _ => self.fail(format!("invalid value for bytes: {v}")),
            },
            Kind::Double | Kind::Float => {
                let f = self.float(v)?;
                if matches!(kind, Kind::Float) && f.is_finite() && f.abs() > f32::MAX as f64 {
                    return self.fail(format!("invalid value for float: {v} is out of range"));
                }
                Ok(f != 0.0)
            }
            _ => unreachable!("integers are handled above, messages and enums by single"),
        }
    }

    /// An integer: a JSON number with a whole value (the patch value went through a Struct,
    /// whose numbers are written back without a fraction when whole), or a quoted integer
    /// literal.
    fn integer(&self, v: &Value, min: i128, max: i128, ty: &str) -> Result<i128, DecodeError> {
        let parsed = match v {
            Value::Number(n) => n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from))
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e21).map(|f| f as i128)),
            Value::String(s) => json_integer(s),
            _ => return self.fail(format!("invalid value for {ty}: {v}")),
        };
        match parsed {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            Some(_) => self.fail(format!("invalid value for {ty}: {v} is out of range")),
            None => self.fail(format!("invalid value for {ty}: {v}")),
        }
    }

    /// A float: a JSON number, a quoted number literal, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
    fn float(&self, v: &Value) -> Result<f64, DecodeError> {
        match v {
            Value::Number(n) => Ok(n.as_f64().unwrap_or(0.0)),
            Value::String(s) => match s.as_str() {
                "NaN" => Ok(f64::NAN),
                "Infinity" => Ok(f64::INFINITY),
                "-Infinity" => Ok(f64::NEG_INFINITY),
                t => match json_number(t).and_then(|n| n.as_f64()) {
                    Some(f) if f.is_finite() => Ok(f),
                    _ => self.fail(format!("invalid value for a floating-point number: {v}")),
                },
            },
            _ => self.fail(format!("invalid value for a floating-point number: {v}")),
        }
    }

    fn map_key(&self, kind: &Kind, k: &str) -> Result<(), DecodeError> {
        let (min, max, _) = match kind {
            Kind::Bool if k == "true" || k == "false" => return Ok(()),
            Kind::Bool => return self.fail(format!("invalid map key {k:?}: expected true or false")),
            int => match int_range(int) {
                Some(range) => range,
                None => return Ok(()), // string keys
            },
        };
        match json_integer(k) {
            Some(n) if (min..=max).contains(&n) => Ok(()),
            _ => self.fail(format!("invalid map key {k:?}: expected an integer")),
        }
    }

    /// `google.protobuf.Any`: `{"@type": URL, …fields of that type}`, or `{"@type": URL,
    /// "value": …}` when the type is a well-known one. Returns the payload's tree (the Any's
    /// own, empty, when the registry does not carry the type).
    fn any(&mut self, any_desc: &MessageDescriptor, v: &'v Value) -> Result<Tree, DecodeError> {
        let obj = self.expect_object(v, "google.protobuf.Any")?;
        let Some(url) = obj.get("@type") else {
            return self.fail("an Any needs an \"@type\" field naming the type it holds");
        };
        let Value::String(url) = url else {
            return self.fail(format!("can't unmarshal Any's '@type': {url}"));
        };
        let name = url.rsplit('/').next().unwrap_or("");
        let Some(target) = self.pool.get_message_by_name(name) else {
            if super::classify_unknown(url) == super::TypeLookup::NotCarried {
                // A real Envoy type this registry lacks: its payload cannot be checked here.
                return Ok(Tree::new(any_desc));
            }
            return Err(DecodeError {
                path: self.rendered_path(),
                kind: ErrorKind::UnknownType(url.clone()),
            });
        };
        if WELL_KNOWN.contains(&target.full_name()) {
            let Some(inner) = obj.get("value") else {
                return self.fail(format!("an Any holding {} needs a \"value\" field", target.full_name()));
            };
            return self.within(Seg::Field("value"), |d| d.message(&target, inner));
        }
        self.fields(&target, obj, Some("@type"))
    }

    fn expect_string(&self, v: &'v Value, what: &str) -> Result<&'v str, DecodeError> {
        match v {
            Value::String(s) => Ok(s),
            _ => self.fail(format!("expected a string for {what}, got {}", kind_of(v))),
        }
    }

    fn expect_object(&self, v: &'v Value, what: &str) -> Result<&'v Map<String, Value>, DecodeError> {
        match v {
            Value::Object(o) => Ok(o),
            _ => self.fail(format!("expected an object for {what}, got {}", kind_of(v))),
        }
    }
}

/// The bounds and name of an integer kind; `None` for every other kind.
fn int_range(kind: &Kind) -> Option<(i128, i128, &'static str)> {
    Some(match kind {
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => (i32::MIN as i128, i32::MAX as i128, "int32"),
        Kind::Uint32 | Kind::Fixed32 => (0, u32::MAX as i128, "uint32"),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => (i64::MIN as i128, i64::MAX as i128, "int64"),
        Kind::Uint64 | Kind::Fixed64 => (0, u64::MAX as i128, "uint64"),
        _ => return None,
    })
}

/// A quoted integer: a JSON integer literal (see [`json_number`]).
fn json_integer(s: &str) -> Option<i128> {
    let n = json_number(s)?;
    n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from))
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

/// Go's `time.RFC3339Nano` layout: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, `T` and `Z`
/// upper case, fields in range.
pub(super) fn rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        t.bytes().all(|c| c.is_ascii_digit()).then(|| t.parse().ok())?
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
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
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest {
        "Z" => true,
        off if off.len() == 6
            && (off.starts_with('+') || off.starts_with('-'))
            && off.as_bytes()[3] == b':' =>
        {
            matches!((off[1..3].parse::<u32>(), off[4..6].parse::<u32>()), (Ok(oh), Ok(om)) if oh < 24 && om < 60)
        }
        _ => false,
    }
}
