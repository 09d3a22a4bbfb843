//! [`Node`]: the compact, read-only JSON tree the analyzers read objects through, built by
//! the YAML fast path directly (or converted once from `serde_json::Value`): 24 bytes a node,
//! an object's fields one slice in document order, fields looked up by a linear scan (objects
//! are small; no hashing). Nodes, keys and strings are kept for the process in bump arenas per
//! thread (see [`Arena`]): an object's nodes are copied together into the lane of its kind, so
//! they lie next to each other; keys and strings stay where parsing kept them, recurring ones
//! shared (see [`Strings`]). The reading API mirrors
//! `serde_json::Value`'s (`v["spec"]["hosts"]`, `get`, `as_str`, `Node::Object(m)` …) so
//! analyzers read it as they would JSON. Owns nothing else: no parsing, no printing.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
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
    Array(&'static [Node]),
    Object(Obj),
}

/// A JSON object: its fields in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj(&'static [(&'static str, Node)]);

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
    /// The value of one field (a copy of its node: nodes share their slices).
    pub fn into_field(self, key: &str) -> Option<Node> {
        self.get(key).cloned()
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
        Obj(kept(fields))
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
        let mut v = fields.to_vec();
        match v.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => v.push((intern(key), value)),
        }
        *fields = kept(v);
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
        Value::Array(a) => Node::Array(kept_iter(a.into_iter().map(|v| convert(v, keys)))),
        Value::Object(m) => Node::Object(convert_map(m, keys)),
    }
}

fn convert_map(m: serde_json::Map<String, Value>, keys: &mut Strings) -> Obj {
    Obj(kept_iter(m.into_iter().map(|(k, v)| (keys.intern(k), convert(v, keys)))))
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
        Node::Array(kept(items))
    }
    fn object(map: Obj) -> Node {
        Node::Object(map)
    }
    fn str(s: &str) -> Node {
        Node::String(intern(s))
    }
    fn map<'a>(entries: impl ExactSizeIterator<Item = (Cow<'a, str>, Node)>) -> Option<Obj> {
        let fields: &'static [(&'static str, Node)] = STRINGS.with(|keys| {
            let keys = &mut keys.borrow_mut();
            kept_iter(entries.map(|(k, v)| {
                let k = match k {
                    Cow::Borrowed(k) => keys.intern_str(k),
                    Cow::Owned(k) => keys.intern(k),
                };
                (k, v)
            }))
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
        self.lookup(s).unwrap_or_else(|at| self.keep(at, kept_str(s)))
    }

    fn intern(&mut self, s: String) -> &'static str {
        match self.lookup(&s) {
            Ok(text) => text,
            Err(at) => self.keep(at, kept_str(&s)),
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
    static ARENAS: [Cell<Arena>; LANES] = const { [const { Cell::new(Arena::EMPTY) }; LANES] };
    static LANE: Cell<usize> = const { Cell::new(0) };
    static SCRATCH: RefCell<Scratch> = const { RefCell::new(Scratch { chunks: Vec::new(), at: None, bump: Arena::EMPTY }) };
    static IN_SCRATCH: Cell<bool> = const { Cell::new(false) };
}

/// Reusable room for the nodes of one document while it is built: most of them are
/// temporaries (an Istio kind's spec is decoded and replaced by its canonical form), and only
/// the finished object is copied to the [`Arena`], densely and in reading order (a parent
/// before its children). The chunks are never freed; each document starts again at the first.
struct Scratch {
    chunks: Vec<(usize, usize)>,
    /// The chunk being filled (`None`: none since the last reset).
    at: Option<usize>,
    bump: Arena,
}

impl Scratch {
    fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        loop {
            if let Some(p) = self.bump.bump(size, align) {
                return p;
            }
            let mut next = self.at.map_or(0, |i| i + 1);
            while next < self.chunks.len() && self.chunks[next].1 < size + align {
                next += 1;
            }
            if next == self.chunks.len() {
                let len = CHUNK.max(size + align);
                self.chunks.push((Arena::chunk(len) as usize, len));
            }
            let (chunk, len) = self.chunks[next];
            self.at = Some(next);
            self.bump = Arena { next: chunk, end: chunk + len };
        }
    }

    fn reset(&mut self) {
        self.at = None;
        self.bump = Arena::EMPTY;
    }
}

/// Builds with `build`, placing the nodes it makes in the calling thread's scratch room, then
/// hands its result to `keep` (run outside that room), which must replace every node the
/// result holds by its [`Node::kept`] copy; the room is reused afterwards. Keys and strings are
/// always kept, so only nodes need copying.
///
/// # Safety
/// A node made by `build` and not replaced by `keep` dangles once the room is reused.
pub unsafe fn built_in_scratch<R>(build: impl FnOnce() -> R, keep: impl FnOnce(R) -> R) -> R {
    /// Leaves scratch mode even when `build` unwinds.
    struct Leave;
    impl Drop for Leave {
        fn drop(&mut self) {
            IN_SCRATCH.with(|f| f.set(false));
        }
    }
    let outer = IN_SCRATCH.with(|f| f.replace(true));
    assert!(!outer, "built_in_scratch does not nest");
    let built = {
        let _leave = Leave;
        build()
    };
    let kept = keep(built);
    SCRATCH.with(|s| s.borrow_mut().reset());
    kept
}

impl Node {
    /// A deep copy whose arrays and objects lie in the calling thread's [`Arena`], a parent
    /// before its children (for [`built_in_scratch`]).
    pub fn kept(&self) -> Node {
        match self {
            Node::Array(a) => Node::Array(kept_iter(a.iter().map(Node::kept))),
            Node::Object(Obj(fields)) => Node::Object(Obj(kept_iter(fields.iter().map(|(k, v)| (*k, v.kept()))))),
            other => other.clone(),
        }
    }

    /// [`kept`](Self::kept) into the lane of objects of kind `kind` (see [`LANES`]).
    pub fn kept_for(&self, kind: &str) -> Node {
        let mut h = FxHasher::default();
        h.write(kind.as_bytes());
        let outer = LANE.with(|l| l.replace(h.finish() as usize % LANES));
        let kept = self.kept();
        LANE.with(|l| l.set(outer));
        kept
    }
}

/// A bump arena: the memory of nodes and strings, which are kept for the process (an analysis
/// keeps its objects to the end and exits without freeing them). Each thread fills chunks of
/// its own in order, so one object's nodes are neighbours, and a pass over the objects of a
/// kind reads memory nearly in sequence. (Strings are kept as parsing meets them, in the lane
/// that is current then; copying each object's strings next to its nodes was measured slower
/// at 20 MB and no faster at 200 MB.) Laid out by the allocator instead, a
/// 200 MB input's objects lay scattered among the parser's freed temporaries, and the analyzers
/// (which walk every object of their kinds) ran about 1.5 times as long, waiting on memory.
#[derive(Clone, Copy)]
struct Arena {
    next: usize,
    end: usize,
}

/// Bytes an arena takes from the allocator at a time.
const CHUNK: usize = 64 * 1024;

impl Arena {
    /// No chunk yet.
    const EMPTY: Arena = Arena { next: 0, end: 0 };

    /// `size` bytes aligned to `align` (a power of two, at most 16) from the current chunk, if
    /// they fit.
    fn bump(&mut self, size: usize, align: usize) -> Option<*mut u8> {
        let start = (self.next + align - 1) & !(align - 1);
        if self.next == 0 || start + size > self.end {
            return None;
        }
        self.next = start + size;
        Some(start as *mut u8)
    }

    /// `size` bytes aligned to `align` (a power of two, at most 16), never freed.
    fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        if let Some(p) = self.bump(size, align) {
            return p;
        }
        if size > CHUNK / 4 {
            return Self::chunk(size); // a large value gets a block of its own
        }
        let chunk = Self::chunk(CHUNK);
        self.next = chunk as usize + size;
        self.end = chunk as usize + CHUNK;
        chunk
    }

    fn chunk(size: usize) -> *mut u8 {
        let layout = std::alloc::Layout::from_size_align(size, 16).expect("arena chunk layout");
        // SAFETY: the layout's size is non-zero (callers ask for at least one byte).
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        p
    }
}

/// The items, moved into the calling thread's arena. `T` owns nothing (no drop code), so
/// never dropping the slice leaks nothing but its own bytes.
fn kept_iter<T>(items: impl ExactSizeIterator<Item = T>) -> &'static [T] {
    const { assert!(!std::mem::needs_drop::<T>() && std::mem::align_of::<T>() <= 16) };
    let n = items.len();
    if n == 0 || std::mem::size_of::<T>() == 0 {
        return &[];
    }
    // The room is taken first: building the items may use the arena too (nested values).
    let (size, align) = (n * std::mem::size_of::<T>(), std::mem::align_of::<T>());
    let p = if IN_SCRATCH.with(Cell::get) {
        SCRATCH.with(|s| s.borrow_mut().alloc(size, align))
    } else {
        kept_room(size, align)
    } as *mut T;
    let mut written = 0;
    for item in items.take(n) {
        // SAFETY: `p` has room for `n` values of `T`, suitably aligned; each slot is written once.
        unsafe { p.add(written).write(item) };
        written += 1;
    }
    // SAFETY: the first `written` slots were initialized above; the memory is never freed.
    unsafe { std::slice::from_raw_parts(p, written) }
}

/// Room in the calling thread's arena of the current lane.
fn kept_room(size: usize, align: usize) -> *mut u8 {
    ARENAS.with(|lanes| {
        let lane = &lanes[LANE.with(Cell::get)];
        let mut arena = lane.get();
        let p = arena.alloc(size, align);
        lane.set(arena);
        p
    })
}

/// Arenas a thread keeps: objects of one kind are copied to the lane of their kind, so that a
/// pass over one kind reads one stretch of memory rather than every ninth object of the input.
const LANES: usize = 16;

/// [`kept_iter`] for a vector (its buffer is freed).
fn kept<T>(items: Vec<T>) -> &'static [T] {
    kept_iter(items.into_iter())
}

/// A copy of `s` in the calling thread's arena.
fn kept_str(s: &str) -> &'static str {
    if s.is_empty() {
        return "";
    }
    let p = kept_room(s.len(), 1);
    // SAFETY: `p` has room for `s.len()` bytes and does not overlap `s`; the copied bytes are
    // a `str`'s, and the memory is never freed.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, s.len()))
    }
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
    fn kept_copies_outlive_the_scratch_room_that_built_them() {
        let doc = |i: usize| format!("kind: Pod\nmetadata:\n  name: p{i}\nspec:\n  containers:\n  - name: c{i}\n    ports:\n    - containerPort: {i}\n");
        let want = |i: usize| {
            json!({"kind": "Pod", "metadata": {"name": format!("p{i}")},
                   "spec": {"containers": [{"name": format!("c{i}"), "ports": [{"containerPort": i}]}]}})
        };
        let build = |i: usize| crate::api::yaml_fast::parse_as::<Node>(&doc(i)).map(Node::Object).unwrap();
        let mut kept = Vec::new();
        for i in 0..300 {
            // SAFETY: the one node built is replaced by its kept copy.
            let node = unsafe {
                built_in_scratch(
                    || {
                        let mut n = build(i);
                        n.set("status", Node::from(json!({"phase": "Running"})));
                        n
                    },
                    |n| n.kept_for("Pod"),
                )
            };
            kept.push(node);
        }
        // Later documents reused the room; the kept copies are whole.
        for (i, n) in kept.iter().enumerate() {
            let mut w = want(i);
            w["status"] = json!({"phase": "Running"});
            assert_eq!(n.to_value(), w);
        }
        // A copy reads as the original, with its children after it in memory.
        let original = Node::from(want(7));
        let copy = original.kept();
        assert_eq!(copy, original);
        let (Node::Object(top), Node::Object(spec)) = (&copy, &copy["spec"]) else { panic!() };
        assert!(spec.0.as_ptr() as usize > top.0.as_ptr() as usize);
    }

    #[test]
    fn a_build_that_panics_leaves_scratch_mode() {
        // SAFETY: nothing built escapes: the build panics.
        let failed = std::panic::catch_unwind(|| unsafe {
            built_in_scratch(|| -> Node { panic!("bad document") }, |n| n)
        });
        assert!(failed.is_err());
        // Built outside the room, so a later build cannot reuse this node's memory.
        let outside = Node::from(json!({"a": [1, 2, {"b": "c"}]}));
        // SAFETY: the node built is replaced by its kept copy.
        let other = unsafe { built_in_scratch(|| Node::from(json!({"x": [9, 9, 9, 9]})), |n| n.kept()) };
        assert_eq!(outside.to_value(), json!({"a": [1, 2, {"b": "c"}]}));
        assert_eq!(other.to_value(), json!({"x": [9, 9, 9, 9]}));
    }

    #[test]
    fn arena_slices_hold_large_and_empty_values() {
        let big: Vec<Value> = (0..20_000).map(|i| json!(i)).collect();
        let n = Node::from(Value::Array(big.clone()));
        assert_eq!(n.as_array().map(<[Node]>::len), Some(20_000));
        assert_eq!(n.to_value(), Value::Array(big));
        let long = "x".repeat(100_000);
        assert_eq!(Node::string(&long).as_str(), Some(long.as_str()));
        assert_eq!(Node::from(json!({"e": [], "o": {}, "s": ""})).to_string(), r#"{"e":[],"o":{},"s":""}"#);
    }

    #[test]
    fn keys_are_shared() {
        let a = Node::from(json!({"apiVersion": "v1"}));
        let b = Node::from(json!({"apiVersion": "v2"}));
        let (Node::Object(a), Node::Object(b)) = (a, b) else { panic!() };
        assert!(std::ptr::eq(a.keys().next().unwrap(), b.keys().next().unwrap()));
    }
}
