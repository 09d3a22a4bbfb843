//! Typed decoding of a parsed `serde_json::Value` that says where it failed (`http[0].route`):
//! the one deserializer every Istio spec and Kubernetes overlay check goes through, so each
//! type's `Deserialize` code is compiled once. Errors read exactly as serde_json's `&Value`
//! decoder with serde_path_to_error's paths; the path is built as an error unwinds, so decoding
//! that succeeds pays nothing for it. Map keys are always handed over as strings.

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// Decodes `value` as `T`; an error names the path (inside `value`) where decoding stopped.
pub fn decode<'a, T: de::Deserialize<'a>>(value: &'a Value) -> Result<T, Error> {
    T::deserialize(De(value)).map_err(|mut e| {
        e.path.reverse();
        e
    })
}

/// A decoding failure: serde_json's error and the path it happened at.
#[derive(Debug)]
pub struct Error {
    /// Innermost segment first while unwinding; outermost first once `decode` returns.
    path: Vec<Segment>,
    inner: serde_json::Error,
}

impl Error {
    /// Where decoding stopped.
    pub fn path(&self) -> Path<'_> {
        Path(&self.path)
    }

    /// The decoder's own message, without the path.
    pub fn inner(&self) -> &serde_json::Error {
        &self.inner
    }

    fn at(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path())?;
        }
        write!(f, "{}", self.inner)
    }
}

impl std::error::Error for Error {}

fn wrap(inner: serde_json::Error) -> Error {
    Error { path: Vec::new(), inner }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        wrap(de::Error::custom(msg))
    }
    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        wrap(de::Error::invalid_type(unexp, exp))
    }
    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        wrap(de::Error::invalid_value(unexp, exp))
    }
    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        wrap(de::Error::invalid_length(len, exp))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        wrap(de::Error::unknown_variant(variant, expected))
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        wrap(de::Error::unknown_field(field, expected))
    }
    fn missing_field(field: &'static str) -> Self {
        wrap(de::Error::missing_field(field))
    }
    fn duplicate_field(field: &'static str) -> Self {
        wrap(de::Error::duplicate_field(field))
    }
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Seq { index: usize },
    Map { key: String },
    Enum { variant: String },
}

/// A path into the decoded value: `http[0].route`, or `.` for the value itself.
#[derive(Debug, Clone, Copy)]
pub struct Path<'a>(&'a [Segment]);

impl<'a> Path<'a> {
    pub fn iter(&self) -> std::slice::Iter<'a, Segment> {
        self.0.iter()
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Seq { index } => write!(f, "[{index}]")?,
                Segment::Map { key: name } | Segment::Enum { variant: name } => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
            }
        }
        Ok(())
    }
}

fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => number_unexpected(n),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn number_unexpected(n: &Number) -> Unexpected<'static> {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => Unexpected::Unsigned(u),
        (None, Some(i)) => Unexpected::Signed(i),
        _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
    }
}

fn invalid_type(v: &Value, exp: &dyn Expected) -> Error {
    de::Error::invalid_type(unexpected(v), exp)
}

fn visit_number<'de, V: Visitor<'de>>(n: &Number, visitor: V) -> Result<V::Value, Error> {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => visitor.visit_u64(u),
        (None, Some(i)) => visitor.visit_i64(i),
        _ => visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
    }
}

fn visit_array<'de, V: Visitor<'de>>(items: &'de [Value], visitor: V) -> Result<V::Value, Error> {
    let mut seq = Seq { iter: items.iter(), index: 0 };
    let out = visitor.visit_seq(&mut seq)?;
    match seq.iter.len() {
        0 => Ok(out),
        _ => Err(de::Error::invalid_length(items.len(), &"fewer elements in array")),
    }
}

fn visit_object<'de, V: Visitor<'de>>(map: &'de Map<String, Value>, visitor: V) -> Result<V::Value, Error> {
    let mut access = MapAccess { iter: map.iter(), value: None };
    let out = visitor.visit_map(&mut access)?;
    match access.iter.len() {
        0 => Ok(out),
        _ => Err(de::Error::invalid_length(map.len(), &"fewer elements in map")),
    }
}

#[derive(Clone, Copy)]
struct De<'de>(&'de Value);

macro_rules! number_methods {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self.0 {
                Value::Number(n) => visit_number(n, visitor),
                other => Err(invalid_type(other, &visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => visit_number(n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(a) => visit_array(a, visitor),
            Value::Object(m) => visit_object(m, visitor),
        }
    }

    number_methods!(deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64);

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(m) => {
                let mut it = m.iter();
                match (it.next(), it.next()) {
                    (Some((variant, value)), None) => {
                        visitor.visit_enum(Enum { variant, value: Some(value) })
                    }
                    _ => Err(de::Error::invalid_value(Unexpected::Map, &"map with a single key")),
                }
            }
            Value::String(variant) => visitor.visit_enum(Enum { variant, value: None }),
            other => Err(de::Error::invalid_type(unexpected(other), &"string or map")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(a) => visit_array(a, visitor),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(a) => visit_array(a, visitor),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(m) => visit_object(m, visitor),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(a) => visit_array(a, visitor),
            Value::Object(m) => visit_object(m, visitor),
            other => Err(invalid_type(other, &visitor)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

struct Seq<'de> {
    iter: std::slice::Iter<'de, Value>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Seq<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(v) = self.iter.next() else { return Ok(None) };
        let index = self.index;
        self.index += 1;
        seed.deserialize(De(v)).map(Some).map_err(|e| e.at(Segment::Seq { index }))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct MapAccess<'de> {
    iter: serde_json::map::Iter<'de>,
    value: Option<(&'de str, &'de Value)>,
}

impl<'de> de::MapAccess<'de> for MapAccess<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.iter.next() else { return Ok(None) };
        self.value = Some((key, value));
        let name: BorrowedStrDeserializer<'de, Error> = BorrowedStrDeserializer::new(key);
        seed.deserialize(name).map(Some).map_err(|e| e.at(Segment::Map { key: key.clone() }))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some((key, value)) => {
                seed.deserialize(De(value)).map_err(|e| e.at(Segment::Map { key: key.to_string() }))
            }
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct Enum<'de> {
    variant: &'de str,
    value: Option<&'de Value>,
}

impl<'de> de::EnumAccess<'de> for Enum<'de> {
    type Error = Error;
    type Variant = Variant<'de>;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Variant<'de>), Error> {
        let name: serde::de::value::StrDeserializer<'_, Error> = self.variant.into_deserializer();
        let v = seed.deserialize(name)?;
        Ok((v, Variant { variant: self.variant, value: self.value }))
    }
}

struct Variant<'de> {
    variant: &'de str,
    value: Option<&'de Value>,
}

impl Variant<'_> {
    fn here(&self) -> impl Fn(Error) -> Error + '_ {
        |e| e.at(Segment::Enum { variant: self.variant.to_string() })
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.value {
            Some(v) => de::Deserialize::deserialize(De(v)).map_err(self.here()),
            None => Ok(()),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        match self.value {
            Some(v) => seed.deserialize(De(v)),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"newtype variant")),
        }
        .map_err(self.here())
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Some(Value::Array(a)) if a.is_empty() => visitor.visit_unit(),
            Some(Value::Array(a)) => visit_array(a, visitor),
            Some(other) => Err(de::Error::invalid_type(unexpected(other), &"tuple variant")),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"tuple variant")),
        }
        .map_err(self.here())
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Some(Value::Object(m)) => visit_object(m, visitor),
            Some(other) => Err(de::Error::invalid_type(unexpected(other), &"struct variant")),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"struct variant")),
        }
        .map_err(self.here())
    }
}

#[cfg(test)]
mod tests {
    //! Every case is decoded twice, here and by serde_json's `&Value` decoder under
    //! serde_path_to_error (the pair this module replaces): path and message must be identical.
    use super::*;
    use crate::api::networking::destination_rule::DestinationRuleSpec;
    use crate::api::networking::envoy_filter::EnvoyFilterSpec;
    use crate::api::networking::virtual_service::VirtualServiceSpec;
    use crate::api::security::peer_authentication::PeerAuthenticationSpec;
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        #[serde(default)]
        n: Option<u8>,
        #[serde(default)]
        list: Vec<(u16, String)>,
        #[serde(default)]
        e: Vec<Tagged>,
        #[serde(default)]
        u: Option<Untagged>,
        #[serde(default)]
        m: BTreeMap<String, Vec<bool>>,
        #[serde(default)]
        unit: Option<()>,
        #[serde(default)]
        f: Option<f32>,
        #[serde(default)]
        c: Option<char>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    enum Tagged {
        Unit,
        Newtype(i8),
        Tuple(u8, u8),
        Struct { x: String },
    }

    #[derive(Debug, Deserialize)]
    #[serde(untagged)]
    #[allow(dead_code)]
    enum Untagged {
        N(u32),
        S { s: String },
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Flat {
        a: String,
        #[serde(flatten)]
        rest: BTreeMap<String, u8>,
    }

    fn same<T: for<'a> Deserialize<'a> + fmt::Debug>(v: Value) {
        let ours = decode::<T>(&v).map_err(|e| (e.path().to_string(), e.inner().to_string(), e.to_string()));
        let theirs = serde_path_to_error::deserialize::<_, T>(&v)
            .map_err(|e| (e.path().to_string(), e.inner().to_string(), e.to_string()));
        assert_eq!(format!("{ours:?}"), format!("{theirs:?}"), "input {v}");
    }

    #[test]
    fn errors_match_serde_path_to_error() {
        for v in [
            json!({}),
            json!({"n": 300}),
            json!({"n": -1}),
            json!({"n": 1.5}),
            json!({"n": "1"}),
            json!({"n": null, "typo": 1}),
            json!({"list": [[1, "a"], [2]]}),
            json!({"list": [[1, "a", 3]]}),
            json!({"list": [[70000, "a"]]}),
            json!({"list": {"a": 1}}),
            json!({"e": ["Unit", {"Newtype": 300}]}),
            json!({"e": [{"Tuple": [1]}]}),
            json!({"e": [{"Tuple": []}]}),
            json!({"e": [{"Tuple": 3}]}),
            json!({"e": ["Tuple"]}),
            json!({"e": ["Newtype"]}),
            json!({"e": ["Struct"]}),
            json!({"e": [{"Struct": {"x": 1}}]}),
            json!({"e": [{"Struct": [1, 2]}]}),
            json!({"e": [{"Unit": 1}]}),
            json!({"e": [{"Unit": null}]}),
            json!({"e": [{"Nope": 1}]}),
            json!({"e": [{"Unit": 1, "Newtype": 2}]}),
            json!({"e": [{}]}),
            json!({"e": [true]}),
            json!({"u": 7}),
            json!({"u": {"s": 7}}),
            json!({"u": [1]}),
            json!({"m": {"k": [true, 1]}}),
            json!({"m": {"k": null}}),
            json!({"unit": 1}),
            json!({"f": "x"}),
            json!({"c": "ab"}),
            json!([]),
            json!([1]),
            json!("s"),
            json!(null),
        ] {
            same::<Strict>(v);
        }
        for v in [json!({"a": "x", "b": 1}), json!({"a": "x", "b": "y"}), json!({"b": 1}), json!({"a": 1})] {
            same::<Flat>(v);
        }
    }

    #[test]
    fn istio_and_kubernetes_types_match_serde_path_to_error() {
        for v in [
            json!({"hosts": ["a"], "http": [{"route": [{"destination": {"host": "b"}, "weight": "x"}]}]}),
            json!({"hosts": ["a"], "http": [{"route": [{"destination": {"host": "b", "port": {"number": -1}}}]}]}),
            json!({"hosts": ["a"], "http": [{"match": [{"uri": {"exact": 1}}]}]}),
            json!({"hosts": ["a"], "http": [{"timeout": "1x"}], "tcp": 1}),
            json!({"hosts": "a"}),
            json!({"hosts": ["a"], "bogus": true}),
        ] {
            same::<VirtualServiceSpec>(v);
        }
        for v in [
            json!({"host": "a", "trafficPolicy": {"loadBalancer": {"simple": "NOPE"}}}),
            json!({"host": "a", "trafficPolicy": {"connectionPool": {"tcp": {"maxConnections": "many"}}}}),
            json!({"host": "a", "subsets": [{"name": "v1"}, {"labels": {"a": 1}}]}),
        ] {
            same::<DestinationRuleSpec>(v);
        }
        for v in [json!({"portLevelMtls": {"80": {"mode": "X"}}}), json!({"portLevelMtls": {"x": {}}})] {
            same::<PeerAuthenticationSpec>(v);
        }
        same::<EnvoyFilterSpec>(json!({"configPatches": [{"applyTo": 99, "patch": {"value": {"a": [1]}}}]}));
        use k8s_openapi::api::core::v1 as core;
        same::<core::Volume>(json!({"name": "v", "emptyDir": {"sizeLimit": 1, "medium": 2}}));
        same::<core::Probe>(json!({"httpGet": {"port": "x", "path": 1}}));
        same::<core::ResourceRequirements>(json!({"limits": {"cpu": []}}));
        same::<core::Affinity>(json!({"nodeAffinity": {"x": 1}}));
    }
}
