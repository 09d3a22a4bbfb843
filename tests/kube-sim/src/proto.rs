//! Decoding of the Kubernetes protobuf envelope for the few request bodies kubectl sends as
//! protobuf (`kubectl create namespace|configmap|secret|serviceaccount`): the typed clientset in
//! kubectl posts `application/vnd.kubernetes.protobuf`. Only these kinds and only the fields a
//! client may set are decoded; anything else is refused by the caller with 415.

use base64::Engine;
use serde_json::{Map, Value, json};

pub const CONTENT_TYPE: &str = "application/vnd.kubernetes.protobuf";

enum Field<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

fn varint(b: &[u8], i: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*i)?;
        *i += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

fn fields(b: &[u8]) -> Option<Vec<(u64, Field<'_>)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let key = varint(b, &mut i)?;
        let f = match key & 7 {
            0 => Field::Varint(varint(b, &mut i)?),
            1 => {
                i += 8;
                Field::Fixed
            }
            5 => {
                i += 4;
                Field::Fixed
            }
            2 => {
                let n = varint(b, &mut i)? as usize;
                let s = b.get(i..i + n)?;
                i += n;
                Field::Bytes(s)
            }
            _ => return None,
        };
        out.push((key >> 3, f));
    }
    Some(out)
}

fn string(f: &Field) -> Option<String> {
    match f {
        Field::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    }
}

fn map_entry(f: &Field, bytes_value: bool) -> Option<(String, Value)> {
    let Field::Bytes(b) = f else { return None };
    let mut k = String::new();
    let mut v = Value::String(String::new());
    for (n, x) in fields(b)? {
        match (n, &x) {
            (1, _) => k = string(&x)?,
            (2, Field::Bytes(raw)) if bytes_value => v = json!(base64::engine::general_purpose::STANDARD.encode(raw)),
            (2, _) => v = json!(string(&x)?),
            _ => {}
        }
    }
    Some((k, v))
}

fn insert_map(obj: &mut Map<String, Value>, key: &str, entry: Option<(String, Value)>) {
    if let Some((k, v)) = entry {
        obj.entry(key).or_insert_with(|| json!({})).as_object_mut().unwrap().insert(k, v);
    }
}

fn object_meta(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        match n {
            1 => {
                m.insert("name".into(), json!(string(&f)?));
            }
            2 => {
                m.insert("generateName".into(), json!(string(&f)?));
            }
            3 => {
                m.insert("namespace".into(), json!(string(&f)?));
            }
            11 => insert_map(&mut m, "labels", map_entry(&f, false)),
            12 => insert_map(&mut m, "annotations", map_entry(&f, false)),
            14 => m.entry("finalizers").or_insert_with(|| json!([])).as_array_mut().unwrap().push(json!(string(&f)?)),
            _ => {}
        }
    }
    Some(Value::Object(m))
}

/// Decode a protobuf request body into JSON (None: unsupported kind or malformed).
pub fn decode(body: &[u8]) -> Option<Value> {
    let rest = body.strip_prefix(b"k8s\0")?;
    let (mut api_version, mut kind, mut raw) = (String::new(), String::new(), &[][..]);
    for (n, f) in fields(rest)? {
        match (n, f) {
            (1, Field::Bytes(tm)) => {
                for (k, x) in fields(tm)? {
                    match k {
                        1 => api_version = string(&x)?,
                        2 => kind = string(&x)?,
                        _ => {}
                    }
                }
            }
            (2, Field::Bytes(r)) => raw = r,
            _ => {}
        }
    }
    let mut obj = Map::new();
    obj.insert("apiVersion".into(), json!(api_version));
    obj.insert("kind".into(), json!(kind.clone()));
    for (n, f) in fields(raw)? {
        if n == 1 {
            if let Field::Bytes(b) = f {
                obj.insert("metadata".into(), object_meta(b)?);
            }
            continue;
        }
        match (kind.as_str(), n) {
            ("Namespace", 2) => {
                if let Field::Bytes(b) = f {
                    let fin: Vec<Value> = fields(b)?.iter().filter(|(k, _)| *k == 1).filter_map(|(_, x)| string(x)).map(Value::String).collect();
                    obj.insert("spec".into(), json!({"finalizers": fin}));
                }
            }
            ("Namespace", 3) => {}
            ("ConfigMap", 2) => insert_map(&mut obj, "data", map_entry(&f, false)),
            ("ConfigMap", 3) => insert_map(&mut obj, "binaryData", map_entry(&f, true)),
            ("Secret", 2) => insert_map(&mut obj, "data", map_entry(&f, true)),
            ("Secret", 3) => {
                obj.insert("type".into(), json!(string(&f)?));
            }
            ("Secret", 4) => insert_map(&mut obj, "stringData", map_entry(&f, false)),
            ("ConfigMap", 4) | ("Secret", 5) | ("ServiceAccount", 4) => {
                if let Field::Varint(v) = f {
                    let key = if kind == "ServiceAccount" { "automountServiceAccountToken" } else { "immutable" };
                    obj.insert(key.into(), json!(v != 0));
                }
            }
            ("Namespace" | "ConfigMap" | "Secret" | "ServiceAccount", _) => {}
            _ => return None,
        }
    }
    if !matches!(kind.as_str(), "Namespace" | "ConfigMap" | "Secret" | "ServiceAccount") {
        return None;
    }
    Some(Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(field: u8, payload: &[u8]) -> Vec<u8> {
        let mut v = vec![(field << 3) | 2, payload.len() as u8];
        v.extend_from_slice(payload);
        v
    }

    #[test]
    fn decodes_a_namespace_envelope() {
        let meta = [ld(1, b"foo"), ld(11, &[ld(1, b"a"), ld(2, b"b")].concat())].concat();
        let raw = [ld(1, &meta), ld(2, &ld(1, b"kubernetes"))].concat();
        let tm = [ld(1, b"v1"), ld(2, b"Namespace")].concat();
        let body = [b"k8s\0".to_vec(), ld(1, &tm), ld(2, &raw)].concat();
        let v = decode(&body).unwrap();
        assert_eq!(v, json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"foo","labels":{"a":"b"}},"spec":{"finalizers":["kubernetes"]}}));
    }
}
