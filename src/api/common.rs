//! Field types shared by every Istio kind: proto-style enums (name or number), integers that
//! also accept quoted numbers, Go/proto durations, free-form `Struct` values and the common
//! `status` block. Each carries its own JSON schema so the generated CRDs get type, format and
//! bounds from the type alone.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

pub use crate::go::parse_go_duration;

/// Declares a proto enum: deserializes from the exact value name or from any integer (as
/// upstream's proto decoding does), serializes back to what was written, and reports a string
/// schema with the value names as `enum`.
///
/// ```ignore
/// proto_enum!(pub TlsMode { DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL, OPTIONAL_MUTUAL });
/// ```
#[macro_export]
macro_rules! proto_enum {
    ($vis:vis $name:ident { $($variant:ident),+ $(,)? }) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($variant,)+
            /// A raw number, kept as written (it may name no value).
            Number(i64),
        }
        impl $name {
            pub const NAMES: &'static [&'static str] = &[$(stringify!($variant)),+];
            /// The value's name, or `None` for a raw number.
            pub fn name(&self) -> Option<&'static str> {
                match self { $($name::$variant => Some(stringify!($variant)),)+ $name::Number(_) => None }
            }
            /// The named value a raw number stands for (by declaration position), else `self`.
            /// Rules compare resolved values; serialization keeps what the user wrote.
            pub fn resolve(self) -> Self {
                match self {
                    $name::Number(n) if n >= 0 && (n as usize) < Self::NAMES.len() => {
                        Self::from_name(Self::NAMES[n as usize]).unwrap()
                    }
                    other => other,
                }
            }
            /// The proto number: declaration position, or the raw number.
            pub fn number(&self) -> i64 {
                match self {
                    $name::Number(n) => *n,
                    other => Self::NAMES.iter().position(|n| Some(*n) == other.name()).unwrap_or(0) as i64,
                }
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.name() { Some(n) => s.serialize_str(n), None => s.serialize_i64(self.number()) }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = $crate::api::common::EnumRepr::deserialize(d)?;
                match raw {
                    $crate::api::common::EnumRepr::Number(n) => Ok($name::Number(n)),
                    $crate::api::common::EnumRepr::Name(s) => Self::from_name(&s).ok_or_else(|| {
                        <D::Error as ::serde::de::Error>::custom(format!(
                            "unknown value {:?} for enum {}", s, stringify!($name)
                        ))
                    }),
                }
            }
        }
        impl $name {
            pub fn from_name(s: &str) -> Option<Self> {
                match s { $(stringify!($variant) => Some($name::$variant),)+ _ => None }
            }
        }
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> { stringify!($name).into() }
            fn inline_schema() -> bool { true }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({ "type": "string", "enum": Self::NAMES })
            }
        }
    };
}

/// What a proto enum field may hold on the wire: a number or a name.
#[doc(hidden)]
pub enum EnumRepr {
    Number(i64),
    Name(String),
}

/// Decoded as an untagged enum of its two variants would be (same values accepted, same error
/// for anything else), but straight from the value: an untagged enum buffers the value and
/// builds, formats and drops an error for each name before trying the string variant, about a
/// fifth of the typed decoding of a VirtualService.
impl<'de> Deserialize<'de> for EnumRepr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(EnumReprVisitor)
    }
}

struct EnumReprVisitor;

/// serde's message for a value no variant of an untagged enum accepts.
fn no_variant<E: de::Error>() -> E {
    E::custom("data did not match any variant of untagged enum EnumRepr")
}

impl<'de> Visitor<'de> for EnumReprVisitor {
    type Value = EnumRepr;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("untagged enum EnumRepr")
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<EnumRepr, E> {
        Ok(EnumRepr::Number(n))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<EnumRepr, E> {
        i64::try_from(n).map(EnumRepr::Number).map_err(|_| no_variant())
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<EnumRepr, E> {
        Ok(EnumRepr::Name(s.to_owned()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<EnumRepr, E> {
        Ok(EnumRepr::Name(s))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<EnumRepr, E> {
        Err(no_variant())
    }
    fn visit_i128<E: de::Error>(self, n: i128) -> Result<EnumRepr, E> {
        i64::try_from(n).map(EnumRepr::Number).map_err(|_| no_variant())
    }
    fn visit_u128<E: de::Error>(self, n: u128) -> Result<EnumRepr, E> {
        i64::try_from(n).map(EnumRepr::Number).map_err(|_| no_variant())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<EnumRepr, E> {
        Err(no_variant())
    }
    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<EnumRepr, E> {
        std::str::from_utf8(b).map(|s| EnumRepr::Name(s.to_owned())).map_err(|_| no_variant())
    }
    fn visit_none<E: de::Error>(self) -> Result<EnumRepr, E> {
        Err(no_variant())
    }
    fn visit_some<D: Deserializer<'de>>(self, _: D) -> Result<EnumRepr, D::Error> {
        Err(no_variant())
    }
    fn visit_unit<E: de::Error>(self) -> Result<EnumRepr, E> {
        Err(no_variant())
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, _: D) -> Result<EnumRepr, D::Error> {
        Err(no_variant())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<EnumRepr, A::Error> {
        Err(no_variant())
    }
    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<EnumRepr, A::Error> {
        Err(no_variant())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<EnumRepr, A::Error> {
        Err(no_variant())
    }
}

macro_rules! int_type {
    ($(#[$doc:meta])* $name:ident, $inner:ty, $schema:tt) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub $inner);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(s)
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(IntVisitor::<$inner>(std::marker::PhantomData)).map($name)
            }
        }
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> { stringify!($name).into() }
            fn inline_schema() -> bool { true }
            fn json_schema(_: &mut SchemaGenerator) -> Schema { json_schema!($schema) }
        }
        impl From<$inner> for $name {
            fn from(v: $inner) -> Self { $name(v) }
        }
    };
}

int_type!(
    /// proto `int32`: a number or a quoted number; schema `integer`, `format: int32`.
    Int32, i32, { "type": "integer", "format": "int32" });
int_type!(
    /// proto `uint32` (and `UInt32Value`): schema `integer`, 0..=4294967295.
    UInt32, u32, { "type": "integer", "minimum": 0, "maximum": 4294967295u64 });
int_type!(
    /// proto `uint64`/`int64` fields the CRDs bound only below: schema `integer`, `minimum: 0`.
    UInt64, u64, { "type": "integer", "minimum": 0 });

/// A quoted number as upstream's decoders read it: the quotes stripped, the rest a JSON number
/// literal (surrounding JSON whitespace allowed; `+5`, `05`, `.5` and `inf` are not numbers).
/// Integer fields further need [`serde_json::Number::is_i64`]/`is_u64` (no fraction, no exponent).
pub fn json_number(quoted: &str) -> Option<serde_json::Number> {
    quoted.trim_matches([' ', '\t', '\n', '\r']).parse().ok()
}

struct IntVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T> Visitor<'de> for IntVisitor<T>
where
    T: TryFrom<i64> + TryFrom<u64> + std::str::FromStr,
{
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or a quoted integer")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::custom(format!("integer {v} out of range")))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::custom(format!("integer {v} out of range")))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            self.visit_i64(v as i64)
        } else {
            Err(E::custom(format!("number {v} is not an integer")))
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        match json_number(v) {
            Some(n) if n.is_i64() => self.visit_i64(n.as_i64().unwrap_or_default()),
            Some(n) if n.is_u64() => self.visit_u64(n.as_u64().unwrap_or_default()),
            _ => Err(E::custom(format!("invalid integer {v:?}"))),
        }
    }
}

/// A proto `google.protobuf.Duration`, kept as written. Accepts Go duration syntax
/// (`10s`, `1.5s`, `1m30s`, `500ms`, `-2h`); anything else fails decoding ("bad Duration").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Duration(pub String);

impl Duration {
    /// The signed length in nanoseconds.
    pub fn nanos(&self) -> i128 {
        parse_go_duration(&self.0).expect("validated at decode")
    }
    /// The length as a std duration; negative durations give `None`.
    pub fn as_std(&self) -> Option<std::time::Duration> {
        let n = self.nanos();
        (n >= 0).then(|| std::time::Duration::from_nanos(n as u64))
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match parse_go_duration(&s) {
            Some(_) => Ok(Duration(s)),
            None => Err(de::Error::custom(format!("bad Duration: time: invalid duration {s:?}"))),
        }
    }
}

impl JsonSchema for Duration {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string" })
    }
}

/// A proto `google.protobuf.Struct`: any JSON object, kept verbatim; in the CRD an object with
/// `x-kubernetes-preserve-unknown-fields`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Struct(pub serde_json::Map<String, serde_json::Value>);

impl JsonSchema for Struct {
    fn schema_name() -> Cow<'static, str> {
        "Struct".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "object", "x-kubernetes-preserve-unknown-fields": true })
    }
}

/// An integer or a string on the wire (`x-kubernetes-int-or-string`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IntOrString {
    Int(i64),
    String(String),
}

impl JsonSchema for IntOrString {
    fn schema_name() -> Cow<'static, str> {
        "IntOrString".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [{ "type": "integer" }, { "type": "string" }],
            "x-kubernetes-int-or-string": true
        })
    }
}

proto_enum!(pub ValidationMessageLevel { UNKNOWN, ERROR, WARNING, INFO });

/// The `status` block every Istio CRD shares (written by istiod, never by users).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-preserve-unknown-fields" = true))]
pub struct IstioStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<IstioCondition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<IntOrString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_messages: Option<Vec<AnalysisMessageBase>>,
    /// Whatever else a controller wrote (the schema preserves unknown fields).
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct IstioCondition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_probe_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_transition_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<IntOrString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub type_: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisMessageBase {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<ValidationMessageLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub type_: Option<AnalysisMessageType>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Default)]
pub struct AnalysisMessageType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A proto `double` as upstream's decoder reads it: a JSON number, a quoted number (JSON number
/// syntax), or exactly `"NaN"`, `"Infinity"` or `"-Infinity"`. Kept as written: `50` stays an
/// integer and the non-finite spellings serialize back as the same strings. Rules compare
/// [`Double::get`], whose `f64` behaves as Go's float64 does (every comparison with NaN is false).
#[derive(Debug, Clone, PartialEq)]
pub enum Double {
    Number(serde_json::Number),
    NaN,
    Infinity,
    NegInfinity,
}

impl Double {
    pub fn get(&self) -> f64 {
        match self {
            Double::Number(n) => n.as_f64().unwrap_or(0.0),
            Double::NaN => f64::NAN,
            Double::Infinity => f64::INFINITY,
            Double::NegInfinity => f64::NEG_INFINITY,
        }
    }
}

impl From<f64> for Double {
    fn from(v: f64) -> Self {
        match serde_json::Number::from_f64(v) {
            Some(n) => Double::Number(n),
            None if v.is_nan() => Double::NaN,
            None if v > 0.0 => Double::Infinity,
            None => Double::NegInfinity,
        }
    }
}

impl Serialize for Double {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let name = match self {
            Double::Number(n) => return n.serialize(s),
            Double::NaN => "NaN",
            Double::Infinity => "Infinity",
            Double::NegInfinity => "-Infinity",
        };
        s.serialize_str(name)
    }
}

impl<'de> Deserialize<'de> for Double {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Double;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, a quoted number, \"NaN\", \"Infinity\" or \"-Infinity\"")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Double, E> {
                Ok(Double::Number(v.into()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Double, E> {
                Ok(Double::Number(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Double, E> {
                serde_json::Number::from_f64(v).map(Double::Number).ok_or_else(|| E::custom("number is not finite"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Double, E> {
                match v {
                    "NaN" => return Ok(Double::NaN),
                    "Infinity" => return Ok(Double::Infinity),
                    "-Infinity" => return Ok(Double::NegInfinity),
                    _ => {}
                }
                crate::api::common::json_number(v)
                    .map(Double::Number)
                    .ok_or_else(|| E::custom(format!("invalid number {v:?}")))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Double {
    fn schema_name() -> Cow<'static, str> {
        "Double".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number", "format": "double" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proto_enum!(Mode { UNSET, DISABLE, STRICT });

    /// The derived untagged enum `EnumRepr`'s hand-written decoder stands in for (same name, so
    /// the same message).
    mod derived {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        pub enum EnumRepr {
            Number(i64),
            Name(String),
        }
    }
    use derived::EnumRepr as Untagged;

    impl From<Untagged> for EnumRepr {
        fn from(u: Untagged) -> EnumRepr {
            match u {
                Untagged::Number(n) => EnumRepr::Number(n),
                Untagged::Name(s) => EnumRepr::Name(s),
            }
        }
    }

    fn shape(r: Result<EnumRepr, String>) -> Result<String, String> {
        r.map(|v| match v {
            EnumRepr::Number(n) => format!("Number({n})"),
            EnumRepr::Name(s) => format!("Name({s:?})"),
        })
    }

    #[test]
    fn enum_repr_decodes_as_the_untagged_enum_would() {
        for text in ["1", "-3", "0", "\"X\"", "\"\"", "\"7\"", "true", "1.5", "null", "[]", "[1]", "{}", "{\"a\":1}", "18446744073709551615", "9223372036854775807"] {
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            let want = shape(serde_json::from_value::<Untagged>(value.clone()).map(EnumRepr::from).map_err(|e| e.to_string()));
            let ours = shape(serde_json::from_value::<EnumRepr>(value.clone()).map_err(|e| e.to_string()));
            assert_eq!(ours, want, "{text} through serde_json::Value");
            let ours = shape(crate::api::value_de::decode::<EnumRepr>(&value).map_err(|e| e.to_string()));
            let want_de = shape(crate::api::value_de::decode::<Untagged>(&value).map(EnumRepr::from).map_err(|e| e.to_string()));
            assert_eq!(ours, want_de, "{text} through value_de");
            let ours = shape(serde_saphyr::from_str::<EnumRepr>(text).map_err(|e| e.to_string()));
            let want_yaml = shape(serde_saphyr::from_str::<Untagged>(text).map(EnumRepr::from).map_err(|e| e.to_string()));
            assert_eq!(ours, want_yaml, "{text} through serde-saphyr");
        }
    }

    #[test]
    fn enum_accepts_names_and_numbers() {
        let m: Mode = serde_json::from_str("\"STRICT\"").unwrap();
        assert_eq!(m, Mode::STRICT);
        let m: Mode = serde_json::from_str("1").unwrap();
        assert_eq!(m, Mode::Number(1));
        assert_eq!(m.resolve(), Mode::DISABLE);
        assert_eq!(serde_json::to_string(&m).unwrap(), "1");
        let m: Mode = serde_json::from_str("42").unwrap();
        assert_eq!(m, Mode::Number(42));
        assert_eq!(serde_json::to_string(&m).unwrap(), "42");
        let e = serde_json::from_str::<Mode>("\"strict\"").unwrap_err().to_string();
        assert!(e.contains("unknown value"), "{e}");
    }

    #[test]
    fn ints_accept_quoted_numbers_and_check_range() {
        let v: UInt32 = serde_json::from_str("\"80\"").unwrap();
        assert_eq!(v, UInt32(80));
        assert!(serde_json::from_str::<UInt32>("-1").is_err());
        assert!(serde_json::from_str::<Int32>("true").is_err());
        assert_eq!(serde_json::from_str::<Int32>(r#"" -5 ""#).unwrap(), Int32(-5));
        for bad in [r#""+5""#, r#""05""#, r#""1e3""#, r#""1.0""#, r#""""#, r#""0x10""#] {
            assert!(serde_json::from_str::<Int32>(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<UInt32>(r#""4294967296""#).is_err());
    }

    #[test]
    fn durations_decode_with_go_syntax() {
        assert!(serde_json::from_str::<Duration>("\"5x\"").is_err());
        assert!(serde_json::from_str::<Duration>("\"1m30s\"").is_ok());
    }
}
