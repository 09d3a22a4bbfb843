//! Go values as a template sees them: scalars, slices, string-keyed maps, structs (with
//! methods and typed nil pointers), Stringers, nil and the "missing" (invalid) value.
//! Owns Go's truthiness, type names and zero values; printing lives in `fmt`, and nothing
//! here executes templates.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::func::Function;

/// A Go type, as far as the engine needs one: element types of maps and slices (for zero
/// values and type names) and parameter types of functions (for Go's assignability rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    /// `interface {}`: anything, nil included.
    Interface,
    String,
    Bool,
    /// Any signed integer kind (`int`, `int32`, `int64`); integer kinds convert to each other.
    Int,
    /// Any unsigned integer kind.
    Uint,
    Float64,
    /// A type known by its Go name (`map[string]string`, `[]interface {}`, `*v1.ObjectMeta`).
    /// As a parameter, a value is assignable when its [`Value::type_name`] is exactly this.
    Named(Arc<str>),
}

impl Type {
    /// A named type.
    pub fn named(name: &str) -> Type {
        Type::Named(Arc::from(name))
    }

    /// The type a Go type name denotes (`string`, `interface {}`, or a named type).
    pub fn parse(name: &str) -> Type {
        match name {
            "interface {}" | "any" => Type::Interface,
            "string" => Type::String,
            "bool" => Type::Bool,
            "int" | "int8" | "int16" | "int32" | "int64" => Type::Int,
            "uint" | "uint8" | "uint16" | "uint32" | "uint64" => Type::Uint,
            "float64" => Type::Float64,
            other => Type::named(other),
        }
    }

    /// Go's spelling of the type.
    pub fn name(&self) -> String {
        match self {
            Type::Interface => "interface {}".into(),
            Type::String => "string".into(),
            Type::Bool => "bool".into(),
            Type::Int => "int".into(),
            Type::Uint => "uint".into(),
            Type::Float64 => "float64".into(),
            Type::Named(n) => n.to_string(),
        }
    }

    /// The zero value of the type (nil for interfaces, maps, slices and pointers).
    pub fn zero(&self) -> Value {
        match self {
            Type::Interface => Value::Nil,
            // A typed nil map or slice keeps its element type; pointers are plain nil.
            Type::Named(n) => {
                if let Some(elem) = n.strip_prefix("map[string]") {
                    Value::nil_map(Type::parse(elem))
                } else if let Some(elem) = n.strip_prefix("[]") {
                    Value::nil_list(Type::parse(elem))
                } else {
                    Value::Nil
                }
            }
            Type::String => Value::from(""),
            Type::Bool => Value::Bool(false),
            Type::Int => Value::Int(0),
            Type::Uint => Value::Uint(0),
            Type::Float64 => Value::Float(0.0),
        }
    }

    /// Whether nil is a value of this type.
    pub fn can_be_nil(&self) -> bool {
        match self {
            Type::Interface => true,
            Type::Named(n) => {
                n.starts_with('*') || n.starts_with('[') || n.starts_with("map[") || n.starts_with("func")
            }
            _ => false,
        }
    }
}

/// A Go value. Cheap to clone: compound values are shared.
#[derive(Clone, Default)]
pub enum Value {
    /// No value at all (Go's invalid `reflect.Value`): a missing map key. Prints `<no value>`.
    #[default]
    Missing,
    /// An untyped nil (a nil `interface {}`, a JSON null).
    Nil,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    String(Arc<str>),
    List(Arc<List>),
    Map(Arc<Map>),
    /// A struct or pointer to struct: fields and methods by Go name.
    Object(Arc<dyn Object>),
    /// A value of a named basic type with a `String()` method (a proto enum, `time.Duration`).
    Stringer(Arc<Stringer>),
}

/// A Go slice. `items: None` is a nil slice.
#[derive(Clone, Debug)]
pub struct List {
    pub elem: Type,
    pub items: Option<Vec<Value>>,
}

/// A Go map with string keys, ranged and printed in sorted key order. `entries: None` is a
/// nil map.
#[derive(Clone, Debug)]
pub struct Map {
    pub elem: Type,
    pub entries: Option<BTreeMap<String, Value>>,
}

/// A named basic type with a `String()` method: compares, tests and converts as `base`,
/// prints as `text`. `.String` on it yields `text`.
#[derive(Clone, Debug)]
pub struct Stringer {
    pub type_name: Arc<str>,
    pub base: Value,
    pub text: String,
}

/// A Go struct (or pointer to one) seen through reflection. Go looks a name up as a method
/// first (on the value or its pointer), then as a field. [`Struct`] implements this for
/// values built eagerly; implement it yourself for lazily computed views.
pub trait Object: Send + Sync {
    /// Go's type name, e.g. `v1.ObjectMeta` or `*v1alpha1.ProxyConfig`.
    fn type_name(&self) -> &str;
    /// A method by name. Methods may be called on a nil pointer (protobuf getters).
    fn method(&self, name: &str) -> Option<Function>;
    /// A field by name: `Some` when the struct type declares it, even on a nil pointer (the
    /// engine then fails with Go's nil-pointer error).
    fn field(&self, name: &str) -> Option<Value>;
    /// Whether this is a typed nil pointer.
    fn is_nil(&self) -> bool {
        false
    }
    /// Fields in declaration order, for printing with `%v`.
    fn fields(&self) -> Vec<(String, Value)> {
        Vec::new()
    }
    /// The `String()` method's result, when the type is a Stringer.
    fn string(&self) -> Option<String> {
        None
    }
}

/// An eagerly built struct: fields in declaration order and methods by name.
#[derive(Clone)]
pub struct Struct {
    type_name: String,
    nil: bool,
    fields: Vec<(String, Value)>,
    methods: Vec<(String, Function)>,
    stringer: Option<String>,
}

impl Struct {
    /// A struct value of the named type.
    pub fn new(type_name: &str) -> Struct {
        Struct {
            type_name: type_name.into(),
            nil: false,
            fields: Vec::new(),
            methods: Vec::new(),
            stringer: None,
        }
    }

    /// A typed nil pointer. Declare its fields (any value) so field access fails as Go's does,
    /// and its getters (returning zero values) with [`Struct::getter`].
    pub fn nil_pointer(type_name: &str) -> Struct {
        Struct { nil: true, ..Struct::new(type_name) }
    }

    /// Adds a field (in declaration order).
    pub fn field(mut self, name: &str, value: impl Into<Value>) -> Struct {
        self.fields.push((name.into(), value.into()));
        self
    }

    /// Adds a method.
    pub fn method(mut self, name: &str, function: Function) -> Struct {
        self.methods.push((name.into(), function));
        self
    }

    /// Adds a method without arguments that returns `value` (a protobuf getter).
    pub fn getter(self, name: &str, value: impl Into<Value>) -> Struct {
        let value = value.into();
        self.method(name, Function::new(&[], None, move |_| Ok(value.clone())))
    }

    /// Makes the struct a Stringer printing `text`; also adds the `String` method.
    pub fn stringer(mut self, text: &str) -> Struct {
        self.stringer = Some(text.into());
        self.getter("String", Value::from(text))
    }
}

impl Object for Struct {
    fn type_name(&self) -> &str {
        &self.type_name
    }
    fn method(&self, name: &str) -> Option<Function> {
        self.methods.iter().find(|(n, _)| n == name).map(|(_, f)| f.clone())
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
    fn is_nil(&self) -> bool {
        self.nil
    }
    fn fields(&self) -> Vec<(String, Value)> {
        self.fields.clone()
    }
    fn string(&self) -> Option<String> {
        if self.nil { None } else { self.stringer.clone() }
    }
}

impl From<Struct> for Value {
    fn from(s: Struct) -> Value {
        Value::Object(Arc::new(s))
    }
}

impl Value {
    /// A string.
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    /// A `[]interface {}` of the items.
    pub fn list(items: impl IntoIterator<Item = Value>) -> Value {
        Value::typed_list(Type::Interface, items)
    }

    /// A slice of the given element type.
    pub fn typed_list(elem: Type, items: impl IntoIterator<Item = Value>) -> Value {
        Value::List(Arc::new(List { elem, items: Some(items.into_iter().collect()) }))
    }

    /// A nil slice of the given element type.
    pub fn nil_list(elem: Type) -> Value {
        Value::List(Arc::new(List { elem, items: None }))
    }

    /// A `map[string]interface {}` of the entries.
    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::typed_map(Type::Interface, entries)
    }

    /// A map of the given element type.
    pub fn typed_map<K: Into<String>>(elem: Type, entries: impl IntoIterator<Item = (K, Value)>) -> Value {
        let entries = entries.into_iter().map(|(k, v)| (k.into(), v)).collect();
        Value::Map(Arc::new(Map { elem, entries: Some(entries) }))
    }

    /// A `map[string]string` of the entries.
    pub fn str_map<K: Into<String>, V: AsRef<str>>(entries: impl IntoIterator<Item = (K, V)>) -> Value {
        Value::typed_map(Type::String, entries.into_iter().map(|(k, v)| (k, Value::from(v.as_ref()))))
    }

    /// A nil map of the given element type (a nil `map[string]string` annotations field).
    pub fn nil_map(elem: Type) -> Value {
        Value::Map(Arc::new(Map { elem, entries: None }))
    }

    /// A proto enum or another Stringer of an integer kind.
    pub fn enumeration(type_name: &str, number: i64, name: &str) -> Value {
        Value::Stringer(Arc::new(Stringer {
            type_name: Arc::from(type_name),
            base: Value::Int(number),
            text: name.into(),
        }))
    }

    /// A Go `time.Duration` (nanoseconds), printing as Go's `Duration.String` does.
    pub fn duration(nanos: i64) -> Value {
        Value::Stringer(Arc::new(Stringer {
            type_name: Arc::from("time.Duration"),
            base: Value::Int(nanos),
            text: crate::fmt::duration_string(nanos),
        }))
    }

    /// Whether this is the missing (invalid) value.
    pub fn is_missing(&self) -> bool {
        matches!(self, Value::Missing)
    }

    /// Whether this is nil: untyped nil, a nil map, slice or pointer. Missing is not nil.
    pub fn is_nil(&self) -> bool {
        match self {
            Value::Nil => true,
            Value::List(l) => l.items.is_none(),
            Value::Map(m) => m.entries.is_none(),
            Value::Object(o) => o.is_nil(),
            _ => false,
        }
    }

    /// Go's truthiness (`if`, `with`, `and`, `or`, `not`): false for missing, nil, false, zero
    /// numbers, empty strings, maps and slices, nil pointers; true for structs and non-nil
    /// pointers.
    pub fn truth(&self) -> bool {
        match self {
            Value::Missing | Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Uint(u) => *u != 0,
            Value::Float(f) => *f != 0.0,
            Value::String(s) => !s.is_empty(),
            Value::List(l) => l.items.as_ref().is_some_and(|i| !i.is_empty()),
            Value::Map(m) => m.entries.as_ref().is_some_and(|e| !e.is_empty()),
            Value::Object(o) => !o.is_nil(),
            Value::Stringer(s) => s.base.truth(),
        }
    }

    /// Go's type name of the value (`<nil>` for nil and missing).
    pub fn type_name(&self) -> String {
        match self {
            Value::Missing | Value::Nil => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Uint(_) => "uint".into(),
            Value::Float(_) => "float64".into(),
            Value::String(_) => "string".into(),
            Value::List(l) => format!("[]{}", l.elem.name()),
            Value::Map(m) => format!("map[string]{}", m.elem.name()),
            Value::Object(o) => o.type_name().into(),
            Value::Stringer(s) => s.type_name.to_string(),
        }
    }

    /// The string inside a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The integer inside an integer value (signed or unsigned in range, or a Stringer's base).
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Uint(u) => i64::try_from(*u).ok(),
            Value::Stringer(s) => s.base.as_int(),
            _ => None,
        }
    }

    /// The number inside a float64 value.
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The items of a slice (empty for a nil slice).
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(l) => Some(l.items.as_deref().unwrap_or(&[])),
            _ => None,
        }
    }

    /// The entries of a map (`None` for a nil map or a non-map).
    pub fn as_map(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Map(m) => m.entries.as_ref(),
            _ => None,
        }
    }

    /// Length as Go's `len`: strings (bytes), slices, maps; `None` for other kinds.
    pub fn len(&self) -> Option<usize> {
        match self {
            Value::String(s) => Some(s.len()),
            Value::List(l) => Some(l.items.as_ref().map_or(0, Vec::len)),
            Value::Map(m) => Some(m.entries.as_ref().map_or(0, BTreeMap::len)),
            _ => None,
        }
    }

    /// Sprig's "empty": nil or missing, zero numbers, false, and empty strings, maps and
    /// slices. Structs are never empty; nil pointers are.
    pub fn is_empty(&self) -> bool {
        !self.truth()
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Missing => write!(f, "<no value>"),
            Value::String(s) => write!(f, "{s:?}"),
            other => write!(f, "{}({})", other.type_name(), crate::fmt::sprint_value(other)),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(Arc::from(s))
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(Arc::from(s))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<i32> for Value {
    fn from(i: i32) -> Value {
        Value::Int(i.into())
    }
}
impl From<u32> for Value {
    fn from(u: u32) -> Value {
        Value::Uint(u.into())
    }
}
impl From<u64> for Value {
    fn from(u: u64) -> Value {
        Value::Uint(u)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Nil, Into::into)
    }
}

/// JSON as Go's `encoding/json` decodes it into `interface {}`: objects become
/// `map[string]interface {}`, arrays `[]interface {}`, every number float64, null nil.
impl From<&serde_json::Value> for Value {
    fn from(j: &serde_json::Value) -> Value {
        match j {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::from(s.as_str()),
            serde_json::Value::Array(a) => Value::list(a.iter().map(Value::from)),
            serde_json::Value::Object(o) => Value::map(o.iter().map(|(k, v)| (k.clone(), Value::from(v)))),
        }
    }
}

impl From<serde_json::Value> for Value {
    fn from(j: serde_json::Value) -> Value {
        Value::from(&j)
    }
}

impl Value {
    /// The value as JSON, as Go's `encoding/json` writes maps, slices and scalars (structs as
    /// their fields). Missing and nil become null; non-finite floats are an error.
    pub fn to_json(&self) -> Result<serde_json::Value, String> {
        Ok(match self {
            Value::Missing | Value::Nil => serde_json::Value::Null,
            Value::Bool(b) => (*b).into(),
            Value::Int(i) => (*i).into(),
            Value::Uint(u) => (*u).into(),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.2e18 {
                    serde_json::Value::from(*f as i64)
                } else {
                    serde_json::Number::from_f64(*f).map(serde_json::Value::Number).ok_or_else(|| {
                        format!("json: unsupported value: {}", crate::fmt::format_float_v(*f))
                    })?
                }
            }
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::List(l) => match &l.items {
                None => serde_json::Value::Null,
                Some(items) => {
                    serde_json::Value::Array(items.iter().map(Value::to_json).collect::<Result<_, _>>()?)
                }
            },
            Value::Map(m) => match &m.entries {
                None => serde_json::Value::Null,
                Some(e) => serde_json::Value::Object(
                    e.iter().map(|(k, v)| Ok((k.clone(), v.to_json()?))).collect::<Result<_, String>>()?,
                ),
            },
            Value::Object(o) => {
                if o.is_nil() {
                    serde_json::Value::Null
                } else {
                    serde_json::Value::Object(
                        o.fields()
                            .iter()
                            .map(|(k, v)| Ok((k.clone(), v.to_json()?)))
                            .collect::<Result<_, String>>()?,
                    )
                }
            }
            Value::Stringer(s) => s.base.to_json()?,
        })
    }
}
