//! Schema shaping the kinds share: CEL rules (`x-kubernetes-validations`) attached to a field,
//! the "at most one of" rule upstream's CRDs give proto `oneof`s, and the oneof member
//! upstream's decoder keeps. Used from schemars transforms and rules; never prints, never
//! decides validity of a value.

use schemars::Schema;

/// Adds the CRD's "at most one of these fields" rule to an object schema: either none of the
/// `fields` is present, or exactly one is (the shape upstream's CRDs give proto `oneof`s).
pub fn at_most_one_of(schema: &mut Schema, fields: &[&str]) {
    let each: Vec<serde_json::Value> =
        fields.iter().map(|f| serde_json::json!({ "required": [f] })).collect();
    let mut one_of = vec![serde_json::json!({ "not": { "anyOf": each.clone() } })];
    one_of.extend(each);
    schema.insert("oneOf".into(), serde_json::Value::Array(one_of));
}

/// The member of a proto oneof upstream keeps when several are written: its decoder sets them
/// in declaration order, each clearing the others, so the last declared one written wins.
/// `members` lists each member's value (or `None` when unwritten) in declaration order.
pub fn last_declared<T, const N: usize>(members: [Option<T>; N]) -> Option<T> {
    members.into_iter().rev().flatten().next()
}

/// Where a CEL rule attaches, relative to the schema of the field carrying the transform.
#[derive(Clone, Copy)]
pub enum CelAt {
    /// The field's own value.
    Value,
    /// Each element of a list.
    Items,
    /// Each value of a map.
    MapValues,
}

/// Appends `x-kubernetes-validations` (CEL) rules, each `(rule, message)`, to a schema. These
/// are API-server checks that upstream's CRDs carry; `istioctl validate` does not run them.
/// Relies on inlined subschemas (structural CRD schemas have no `$ref`).
pub fn cel(schema: &mut Schema, at: CelAt, rules: &[(&str, &str)]) {
    let mut node = schema.as_object_mut().expect("field schemas are objects");
    // An optional non-inline type is `anyOf: [T, null]`: attach to T.
    if node.contains_key("anyOf") {
        let alts = node.get_mut("anyOf").and_then(|a| a.as_array_mut()).expect("anyOf is a list");
        let inner = alts.iter_mut().find(|a| a.get("type") != Some(&serde_json::json!("null")));
        node = inner.and_then(|a| a.as_object_mut()).expect("an option has a non-null branch");
    }
    let target = match at {
        CelAt::Value => node,
        CelAt::Items => node.get_mut("items").and_then(|v| v.as_object_mut()).expect("a list schema"),
        CelAt::MapValues => {
            node.get_mut("additionalProperties").and_then(|v| v.as_object_mut()).expect("a map schema")
        }
    };
    let list = target.entry("x-kubernetes-validations").or_insert_with(|| serde_json::json!([]));
    let list = list.as_array_mut().expect("x-kubernetes-validations is a list");
    list.extend(rules.iter().map(|(rule, message)| serde_json::json!({ "rule": rule, "message": message })));
}

/// CEL: a duration of at least one millisecond.
pub const CEL_DURATION: &[(&str, &str)] =
    &[("duration(self) >= duration('1ms')", "must be a duration of at least 1ms")];
/// CEL: a port number.
pub const CEL_PORT: &[(&str, &str)] = &[("0 < self && self <= 65535", "port must be within 1..65535")];
