//! [`Node`]: the compact, read-only JSON tree the analyzers read objects through, built by
//! the YAML fast path directly (or converted once from `serde_json::Value`): 24 bytes a node,
//! an object's fields one boxed slice in document order, keys and strings kept for the
//! process and shared when they recur (see [`Strings`]), fields looked up by a linear scan
//! (objects are small; no hashing). The reading API mirrors
//! `serde_json::Value`'s (`v["spec"]["hosts"]`, `get`, `as_str`, `Node::Object(m)` …) so
//! analyzers read it as they would JSON. Owns nothing else: no parsing, no printing.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::hash::Hasher;
use std::ops::Index;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Number, Value};

use crate::api::yaml_fast::Tree;
use crate::hash::FxHasher;

/// A JSON value, read-only.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Node {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(&'static str),
    Array(Box<[Node]>),
    Object(Obj),
}

/// A JSON object: its fields in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj(Box<[(&'static str, Node)]>);

static NULL: Node = Node::Null;

impl Obj {
    #[inline]
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
    #[inline]
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The value of one field, taking the object apart.
    pub fn into_field(self, key: &str) -> Option<Node> {
        self.0.into_vec().into_iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
    /// Fields in document order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&'static str, &Node)> + ExactSizeIterator + '_ {
        self.0.iter().map(|(k, v)| (*k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(k, _)| *k)
    }
    pub fn values(&self) -> impl Iterator<Item = &Node> + '_ {
        self.0.iter().map(|(_, v)| v)
    }
}

impl FromIterator<(String, Node)> for Obj {
    /// Builds an object; a repeated key keeps its first place and last value.
    fn from_iter<I: IntoIterator<Item = (String, Node)>>(iter: I) -> Obj {
        let mut fields: Vec<(&'static str, Node)> = Vec::new();
        for (k, v) in iter {
            let k = intern_owned(k);
            match fields.iter_mut().find(|(have, _)| *have == k) {
                Some(slot) => slot.1 = v,
                None => fields.push((k, v)),
            }
        }
        Obj(fields.into_boxed_slice())
    }
}

impl<'a> IntoIterator for &'a Obj {
    type Item = (&'static str, &'a Node);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (&'static str, Node)>,
        fn(&'a (&'static str, Node)) -> (&'static str, &'a Node),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (*k, v))
    }
}

impl Node {
    /// A string node (its text kept for the process).
    pub fn string(s: &str) -> Node {
        Node::String(intern(s))
    }
    /// A field of an object (`None` for a missing field or a non-object).
    #[inline]
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(m) => m.get(key),
            _ => None,
        }
    }
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.kept_str()
    }
    /// [`as_str`](Self::as_str), as the string itself: it is kept for the process, so it may
    /// outlive the node.
    #[inline]
    pub fn kept_str(&self) -> Option<&'static str> {
        match self {
            Node::String(s) => Some(s),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Node::Number(n) => n.as_i64(),
            _ => None,
        }
    }
    #[inline]
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Node::Number(n) => n.as_u64(),
            _ => None,
        }
    }
    #[inline]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Node::Number(n) => n.as_f64(),
            _ => None,
        }
    }
    #[inline]
    pub fn as_object(&self) -> Option<&Obj> {
        match self {
            Node::Object(m) => Some(m),
            _ => None,
        }
    }
    #[inline]
    pub fn as_array(&self) -> Option<&[Node]> {
        match self {
            Node::Array(a) => Some(a),
            _ => None,
        }
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }
    #[inline]
    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }
    #[inline]
    pub fn is_array(&self) -> bool {
        matches!(self, Node::Array(_))
    }
    #[inline]
    pub fn is_string(&self) -> bool {
        matches!(self, Node::String(_))
    }
    #[inline]
    pub fn is_number(&self) -> bool {
        matches!(self, Node::Number(_))
    }
    /// Sets an object's field (replacing it, or adding it last); a non-object becomes an
    /// object first. For loading only: analyzers read.
    pub fn set(&mut self, key: &str, value: Node) {
        if !self.is_object() {
            *self = Node::Object(Obj::default());
        }
        let Node::Object(Obj(fields)) = self else { return };
        if let Some(slot) = fields.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
            return;
        }
        let key = intern(key);
        let mut v = std::mem::take(fields).into_vec();
        v.push((key, value));
        *fields = v.into_boxed_slice();
    }
    /// Back to `serde_json` (for code shared with the rest of the crate).
    pub fn to_value(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(n.clone()),
            Node::String(s) => Value::String(s.to_string()),
            Node::Array(a) => Value::Array(a.iter().map(Node::to_value).collect()),
            Node::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.to_string(), v.to_value())).collect()),
        }
    }
}

impl Index<&str> for Node {
    type Output = Node;
    /// The field, or `Null` (as `serde_json::Value` indexes).
    #[inline]
    fn index(&self, key: &str) -> &Node {
        self.get(key).unwrap_or(&NULL)
    }
}

impl Index<usize> for Node {
    type Output = Node;
    /// The element, or `Null`.
    #[inline]
    fn index(&self, i: usize) -> &Node {
        match self {
            Node::Array(a) => a.get(i).unwrap_or(&NULL),
            _ => &NULL,
        }
    }
}

impl PartialEq<str> for Node {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Node {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Node {
    #[inline]
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<i64> for Node {
    #[inline]
    fn eq(&self, other: &i64) -> bool {
        self.as_i64() == Some(*other)
    }
}

impl From<Value> for Node {
    /// Moves the value's strings in (shared where they recur).
    fn from(v: Value) -> Node {
        STRINGS.with(|keys| convert(v, &mut keys.borrow_mut()))
    }
}

fn convert(v: Value, keys: &mut Strings) -> Node {
    match v {
        Value::Null => Node::Null,
        Value::Bool(b) => Node::Bool(b),
        Value::Number(n) => Node::Number(n),
        Value::String(s) => Node::String(keys.intern(s)),
        Value::Array(a) => Node::Array(a.into_iter().map(|v| convert(v, keys)).collect()),
        Value::Object(m) => Node::Object(convert_map(m, keys)),
    }
}

fn convert_map(m: serde_json::Map<String, Value>, keys: &mut Strings) -> Obj {
    Obj(m.into_iter().map(|(k, v)| (keys.intern(k), convert(v, keys))).collect())
}

impl From<serde_json::Map<String, Value>> for Obj {
    fn from(m: serde_json::Map<String, Value>) -> Obj {
        STRINGS.with(|keys| convert_map(m, &mut keys.borrow_mut()))
    }
}

/// The YAML fast path builds nodes directly (no `serde_json::Value` in between).
impl Tree for Node {
    type Map = Obj;
    fn null() -> Node {
        Node::Null
    }
    fn bool(b: bool) -> Node {
        Node::Bool(b)
    }
    fn number(n: Number) -> Node {
        Node::Number(n)
    }
    fn string(s: String) -> Node {
        Node::String(intern_owned(s))
    }
    fn into_string(self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    fn array(items: Vec<Node>) -> Node {
        Node::Array(items.into_boxed_slice())
    }
    fn object(map: Obj) -> Node {
        Node::Object(map)
    }
    fn str(s: &str) -> Node {
        Node::String(intern(s))
    }
    fn map<'a>(entries: impl ExactSizeIterator<Item = (Cow<'a, str>, Node)>) -> Option<Obj> {
        let fields: Box<[(&'static str, Node)]> = STRINGS.with(|keys| {
            let keys = &mut keys.borrow_mut();
            entries
                .map(|(k, v)| {
                    let k = match k {
                        Cow::Borrowed(k) => keys.intern_str(k),
                        Cow::Owned(k) => keys.intern(k),
                    };
                    (k, v)
                })
                .collect()
        });
        let repeated = if fields.len() <= 16 {
            fields.iter().enumerate().any(|(i, (k, _))| fields[..i].iter().any(|(h, _)| h == k))
        } else {
            let mut seen = HashSet::with_capacity(fields.len());
            !fields.iter().all(|(k, _)| seen.insert(*k))
        };
        (!repeated).then_some(Obj(fields))
    }
}

impl Serialize for Node {
    /// As `serde_json::Value` serializes (fields in order).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Null => s.serialize_unit(),
            Node::Bool(b) => s.serialize_bool(*b),
            Node::Number(n) => n.serialize(s),
            Node::String(v) => s.serialize_str(v),
            Node::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a.iter() {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Node::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl fmt::Display for Node {
    /// Compact JSON, as `serde_json::Value` displays.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

/// Object keys and string values are kept for the life of the process: an analysis keeps its
/// objects to the end (and exits without freeing them). Recurring spellings (keys, kinds, API
/// versions, namespaces, label values) share one copy through a small direct-mapped cache:
/// a bounded table that stays in the CPU's cache however large the input (a complete
/// interning table outgrew it and made each object of a 200 MB input slower than one of a
/// 20 MB input). One per thread (loading runs on several), so no lock is taken per string.
struct Strings {
    slots: Box<[(u64, &'static str)]>,
}

/// Slots in a thread's cache (16 bytes each).
const SLOTS: usize = 1 << 13;

impl Default for Strings {
    fn default() -> Self {
        Strings { slots: vec![(0, ""); SLOTS].into_boxed_slice() }
    }
}

impl Strings {
    /// The slot of `s`, and its hash.
    #[inline]
    fn slot(s: &str) -> (usize, u64) {
        let mut h = FxHasher::default();
        h.write(s.as_bytes());
        let h = h.finish();
        ((h >> (64 - SLOTS.trailing_zeros())) as usize, h)
    }

    /// The kept copy of `s` if the cache holds it, else where to keep one.
    #[inline]
    fn lookup(&self, s: &str) -> Result<&'static str, (usize, u64)> {
        let (i, h) = Self::slot(s);
        match self.slots[i] {
            (have, text) if have == h && text == s => Ok(text),
            _ => Err((i, h)),
        }
    }

    fn keep(&mut self, (i, h): (usize, u64), text: &'static str) -> &'static str {
        self.slots[i] = (h, text);
        text
    }

    fn intern_str(&mut self, s: &str) -> &'static str {
        self.lookup(s).unwrap_or_else(|at| self.keep(at, Box::leak(s.into())))
    }

    fn intern(&mut self, s: String) -> &'static str {
        match self.lookup(&s) {
            Ok(text) => text,
            Err(at) => self.keep(at, Box::leak(s.into_boxed_str())),
        }
    }
}

/// `s` as a string kept for the process (shared with an earlier equal one when the calling
/// thread's cache still holds it).
pub fn intern(s: &str) -> &'static str {
    STRINGS.with(|keys| keys.borrow_mut().intern_str(s))
}

/// [`intern`], keeping `s` itself when it is new.
fn intern_owned(s: String) -> &'static str {
    STRINGS.with(|keys| keys.borrow_mut().intern(s))
}

thread_local! {
    static STRINGS: RefCell<Strings> = RefCell::new(Strings::default());
}

/// `serde_json::json!` as a [`Node`] (tests build objects with it).
#[cfg(test)]
#[macro_export]
macro_rules! node {
    ($($json:tt)+) => {
        $crate::analyze::node::Node::from(serde_json::json!($($json)+))
    };
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn reads_as_json_does() {
        let v = json!({"spec": {"hosts": ["a", "b"], "port": 80, "on": true, "x": null}, "n": -1.5});
        let n = Node::from(v.clone());
        assert_eq!(n["spec"]["hosts"][1], "b");
        assert_eq!(n["spec"]["port"].as_u64(), Some(80));
        assert_eq!(n["spec"]["on"], true);
        assert!(n["spec"]["x"].is_null() && n["spec"]["missing"]["deeper"].is_null());
        assert!(n["spec"]["hosts"][7].is_null() && n["n"][0].is_null());
        assert_eq!(n["n"].as_f64(), Some(-1.5));
        assert_eq!(
            n["spec"].as_object().map(|m| m.keys().collect::<Vec<_>>()),
            Some(vec!["hosts", "port", "on", "x"])
        );
        // Display and to_value give serde_json's JSON, fields in order.
        assert_eq!(n.to_string(), v.to_string());
        assert_eq!(n.to_value(), v);
    }

    #[test]
    fn the_yaml_fast_path_builds_the_same_tree_directly() {
        let doc = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: a, v: \"1\"}\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80\n    args: [-x, '--y']\n  note: |\n    two\n    lines\n";
        let direct = crate::api::yaml_fast::parse_as::<Node>(doc).map(Node::Object);
        let via_value = crate::api::yaml_fast::parse(doc).map(|m| Node::from(Value::Object(m)));
        assert!(direct.is_some());
        assert_eq!(direct, via_value);
        // A repeated key, in any size of mapping, is left to the full parser.
        assert!(crate::api::yaml_fast::parse_as::<Node>("a: 1\nb: 2\na: 3\n").is_none());
        let many: String =
            (0..40).map(|i| format!("k{i}: {i}\n")).chain(["k7: again\n".to_string()]).collect();
        assert!(crate::api::yaml_fast::parse_as::<Node>(&many).is_none());
        assert!(crate::api::yaml_fast::parse_as::<Node>("x: {a: 1, a: 2}\n").is_none());
    }

    #[test]
    fn keys_are_shared() {
        let a = Node::from(json!({"apiVersion": "v1"}));
        let b = Node::from(json!({"apiVersion": "v2"}));
        let (Node::Object(a), Node::Object(b)) = (a, b) else { panic!() };
        assert!(std::ptr::eq(a.keys().next().unwrap(), b.keys().next().unwrap()));
    }
}
