//! A fast path for the plain shape most Kubernetes YAML has: block mappings and sequences,
//! one-line plain or quoted scalars, literal block scalars (`|`, `|-`, `|+`) as mapping values,
//! one-line flat flow lists/maps, comments. It decodes such a document straight into a JSON
//! object and gives up (`None`) on anything else — anchors, tags, folded or multi-line plain
//! scalars, nested flow, duplicate keys, numbers it cannot classify
//! exactly as serde-saphyr would — so the caller falls back to the full parser, which stays
//! the reference (a differential test checks both agree). It never reports errors itself.

use std::borrow::Cow;

use crate::lines::skip_spaces;
use serde_json::{Map, Number, Value};

struct Line<'a> {
    indent: usize,
    text: &'a str,
    /// The line's index in the document (block scalars read the raw lines).
    raw: usize,
}

/// What the fast path builds: `serde_json::Value` for most callers, or another tree (analyze
/// keeps its own compact one), built directly with no `Value` in between.
pub trait Tree: Sized {
    type Map;
    fn null() -> Self;
    fn bool(b: bool) -> Self;
    fn number(n: Number) -> Self;
    fn string(s: String) -> Self;
    /// A string node of borrowed text (a tree that shares recurring strings copies only new ones).
    fn str(s: &str) -> Self {
        Self::string(s.to_string())
    }
    /// The text of a string node (`None` for any other node).
    fn into_string(self) -> Option<String>;
    fn array(items: Vec<Self>) -> Self;
    fn object(map: Self::Map) -> Self;
    /// A mapping of these entries, in order; `None` when a key repeats. Keys written plain are
    /// borrowed from the document, quoted ones (unescaped) owned.
    fn map<'a>(entries: impl ExactSizeIterator<Item = (Cow<'a, str>, Self)>) -> Option<Self::Map>;
}

impl Tree for Value {
    type Map = Map<String, Value>;
    fn null() -> Self {
        Value::Null
    }
    fn bool(b: bool) -> Self {
        Value::Bool(b)
    }
    fn number(n: Number) -> Self {
        Value::Number(n)
    }
    fn string(s: String) -> Self {
        Value::String(s)
    }
    fn into_string(self) -> Option<String> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    fn array(items: Vec<Self>) -> Self {
        Value::Array(items)
    }
    fn object(map: Self::Map) -> Self {
        Value::Object(map)
    }
    fn map<'a>(entries: impl ExactSizeIterator<Item = (Cow<'a, str>, Self)>) -> Option<Self::Map> {
        let n = entries.len();
        let mut map = Map::with_capacity(n);
        map.extend(entries.map(|(k, v)| (k.into_owned(), v)));
        (map.len() == n).then_some(map)
    }
}

/// Decodes `doc` when it uses only the supported subset; `None` means "use the full parser".
pub fn parse(doc: &str) -> Option<Map<String, Value>> {
    parse_as::<Value>(doc)
}

/// [`parse`] into any [`Tree`].
pub fn parse_as<T: Tree>(doc: &str) -> Option<T::Map> {
    // Byte-order marks and tabs: leave them to the full parser. (0xEF leads the mark's UTF-8
    // bytes: one vector search, then the exact check only when it finds one.)
    if memchr::memchr2(b'\t', 0xEF, doc.as_bytes()).is_some() && (doc.contains('\t') || doc.contains('\u{feff}')) {
        return None;
    }
    let mut lines = Vec::new();
    let raw_lines: Vec<&str> = crate::lines::lines(doc).collect();
    for (n, raw) in raw_lines.iter().enumerate() {
        let body = skip_spaces(raw);
        let text = body.trim_end();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if text.starts_with("---") || text.starts_with("...") || text.starts_with('%') {
            return None;
        }
        lines.push(Line { indent: raw.len() - body.len(), text, raw: n });
    }
    let first_indent = lines.first()?.indent;
    let mut p =
        Parser::<T> { lines, raw: raw_lines, pos: 0, depth: 0, fields: Vec::new(), items: Vec::new() };
    let value = p.mapping(first_indent)?;
    (p.pos == p.lines.len()).then_some(value)
}

struct Parser<'a, T> {
    lines: Vec<Line<'a>>,
    raw: Vec<&'a str>,
    pos: usize,
    /// Open block collections; past [`MAX_DEPTH`] the full parser (and its depth budget) decides.
    depth: usize,
    /// The entries of the open mappings and the items of the open sequences, innermost last:
    /// each collection is built at its exact size once complete (no regrowth, no rehashing).
    fields: Vec<(Cow<'a, str>, T)>,
    items: Vec<T>,
}

/// The deepest nesting the fast path follows (the full parser's own budget is similar).
const MAX_DEPTH: usize = 60;

fn is_seq_item(text: &str) -> bool {
    text == "-" || text.starts_with("- ")
}

impl<'a, T: Tree> Parser<'a, T> {
    fn peek(&self) -> Option<&Line<'a>> {
        self.lines.get(self.pos)
    }

    /// A block node whose first line is at `self.pos` with indent `indent`.
    fn node(&mut self, indent: usize) -> Option<T> {
        let line = self.peek()?;
        if is_seq_item(line.text) { self.sequence(indent) } else { self.mapping(indent).map(T::object) }
    }

    /// Enters one more level of nesting, or gives up past [`MAX_DEPTH`].
    fn nested<R>(&mut self, f: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn mapping(&mut self, indent: usize) -> Option<T::Map> {
        self.nested(|p| p.mapping_at(indent))
    }

    fn sequence(&mut self, indent: usize) -> Option<T> {
        self.nested(|p| p.sequence_at(indent))
    }

    fn mapping_at(&mut self, indent: usize) -> Option<T::Map> {
        let start = self.fields.len();
        let map = self.mapping_entries(indent).and_then(|()| {
            // A repeated key: the full parser reports it.
            T::map(self.fields.drain(start..))
        });
        self.fields.truncate(start);
        map
    }

    fn mapping_entries(&mut self, indent: usize) -> Option<()> {
        while let Some(line) = self.peek() {
            if line.indent < indent {
                break;
            }
            if line.indent > indent || is_seq_item(line.text) {
                return None;
            }
            let (key, rest) = split_key(line.text)?;
            let raw = line.raw;
            self.pos += 1;
            let value = if let Some(chomp) = block_header(rest) {
                self.block_scalar(indent, raw, chomp)?
            } else if rest.is_empty() || rest.starts_with('#') {
                match self.peek() {
                    Some(next) if next.indent > indent => {
                        let i = next.indent;
                        self.node(i)?
                    }
                    Some(next) if next.indent == indent && is_seq_item(next.text) => self.sequence(indent)?,
                    _ => T::null(),
                }
            } else {
                let v = inline_value(rest)?;
                if self.peek().is_some_and(|n| n.indent > indent) {
                    return None; // a continuation line: multi-line scalar
                }
                v
            };
            self.fields.push((key, value));
        }
        Some(())
    }

    /// A literal block scalar of a mapping entry at `indent` whose `key: |` line is raw line
    /// `header`: its content indentation is the first non-blank line's, which must be deeper
    /// than `indent`; blank lines inside are kept; chomping as the header says.
    fn block_scalar(&mut self, indent: usize, header: usize, chomp: Chomp) -> Option<T> {
        let mut end = header + 1;
        let mut block_indent = None;
        let mut body: Vec<&str> = Vec::new();
        while let Some(line) = self.raw.get(end) {
            let spaces = line.len() - skip_spaces(line).len();
            if spaces == line.len() {
                match block_indent {
                    // Leading blank lines with spaces: the full parser decides.
                    None if spaces > 0 => return None,
                    Some(b) if spaces > b => body.push(&line[b..]),
                    _ => body.push(""),
                }
                end += 1;
                continue;
            }
            let b = *block_indent.get_or_insert(spaces);
            if spaces < b {
                break;
            }
            body.push(&line[b..]);
            end += 1;
        }
        if block_indent.is_none_or(|b| b <= indent) {
            return None;
        }
        // Blank lines after the content belong to the chomping, not to the next entry.
        let content = body.iter().rposition(|l| !l.is_empty())? + 1;
        let trailing = body.len() - content;
        let mut text = body[..content].join("\n");
        match chomp {
            Chomp::Strip => {}
            Chomp::Clip => text.push('\n'),
            Chomp::Keep => text.push_str(&"\n".repeat(trailing + 1)),
        }
        while self.peek().is_some_and(|l| l.raw < end) {
            self.pos += 1;
        }
        Some(T::string(text))
    }

    fn sequence_at(&mut self, indent: usize) -> Option<T> {
        let start = self.items.len();
        let items = self.sequence_items(indent).map(|()| T::array(self.items.drain(start..).collect()));
        self.items.truncate(start);
        items
    }

    fn sequence_items(&mut self, indent: usize) -> Option<()> {
        while let Some(line) = self.peek() {
            let (line_indent, text): (usize, &'a str) = (line.indent, line.text);
            if line_indent < indent || (line_indent == indent && !is_seq_item(text)) {
                break;
            }
            if line_indent > indent {
                return None;
            }
            let after = &text[1..];
            let content = skip_spaces(after);
            if content.is_empty() || content.starts_with('#') {
                self.pos += 1;
                match self.peek() {
                    Some(next) if next.indent > indent => {
                        let i = next.indent;
                        let v = self.node(i)?;
                        self.items.push(v);
                    }
                    _ => self.items.push(T::null()),
                }
                continue;
            }
            if is_seq_item(content) {
                return None; // `- - x`
            }
            let col = indent + 1 + (after.len() - content.len());
            if split_key(content).is_some() {
                // `- key: value`: a mapping whose lines sit at the content's column.
                self.lines[self.pos] = Line { indent: col, text: content, raw: self.lines[self.pos].raw };
                let v = T::object(self.mapping(col)?);
                self.items.push(v);
            } else {
                self.pos += 1;
                self.items.push(inline_value(content)?);
                if self.peek().is_some_and(|n| n.indent > indent) {
                    return None;
                }
            }
        }
        Some(())
    }
}

/// How a literal block scalar ends: `|-` strips the final line break, `|` keeps one, `|+` all.
#[derive(Clone, Copy)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// The chomping of a literal block header (`|`, `|-`, `|+`, nothing after it).
fn block_header(rest: &str) -> Option<Chomp> {
    match rest {
        "|" => Some(Chomp::Clip),
        "|-" => Some(Chomp::Strip),
        "|+" => Some(Chomp::Keep),
        _ => None,
    }
}

/// `key: rest` or `key:` with a plain or quoted key; `None` if the line is not a simple entry.
fn split_key(text: &str) -> Option<(Cow<'_, str>, &str)> {
    let (key, after) = if text.starts_with('"') || text.starts_with('\'') {
        let (k, used) = quoted(text)?;
        (Cow::Owned(k), &text[used..])
    } else {
        let b = text.as_bytes();
        let mut i = 0;
        loop {
            if i >= b.len() {
                return None;
            }
            if b[i] == b':' && (i + 1 == b.len() || b[i + 1] == b' ') {
                break;
            }
            if b[i] == b'#' && i > 0 && b[i - 1] == b' ' {
                return None;
            }
            i += 1;
        }
        let k = &text[..i];
        if k.is_empty() || k.ends_with(' ') || !plain_start_ok(k) || plain_key_ambiguous(k) {
            return None;
        }
        (Cow::Borrowed(k), &text[i..])
    };
    let rest = after.strip_prefix(':')?;
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    Some((key, skip_spaces(rest)))
}

/// Characters a plain scalar may not start with in this subset (YAML indicators).
fn plain_start_ok(s: &str) -> bool {
    let b = s.as_bytes();
    match b[0] {
        b'[' | b']' | b'{' | b'}' | b',' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`' | b'?'
        | b'#' | b'\'' | b'"' | b':' => false,
        // `-` starts a plain scalar only when something other than a space follows.
        b'-' => b.len() > 1 && b[1] != b' ',
        _ => true,
    }
}

/// Keys whose plain spelling a YAML parser may type (null, booleans, numbers): leave them to
/// the full parser.
fn plain_key_ambiguous(k: &str) -> bool {
    !matches!(classify_plain(k), Some(Plain::Text))
}

/// One-line value: quoted scalar, flat flow list/map, or plain scalar (comment stripped).
fn inline_value<T: Tree>(text: &str) -> Option<T> {
    match text.as_bytes()[0] {
        b'"' | b'\'' => {
            let (s, used) = quoted(text)?;
            let tail = skip_spaces(&text[used..]);
            (tail.is_empty() || (tail.starts_with('#') && used < text.len() && text.as_bytes()[used] == b' '))
                .then_some(T::string(s))
        }
        b'[' => flow(text, b'[', b']'),
        b'{' => flow(text, b'{', b'}'),
        _ => {
            let s = strip_comment(text)?;
            if s.contains(": ") || s.ends_with(':') || !plain_start_ok(s) {
                return None;
            }
            resolve_plain(s)
        }
    }
}

/// Text before a ` #` comment, trimmed.
fn strip_comment(text: &str) -> Option<&str> {
    // Most lines hold no `#` at all: one vector search rules that out.
    let s = match memchr::memchr(b'#', text.as_bytes()).and_then(|_| text.find(" #")) {
        Some(i) => &text[..i],
        None => text,
    };
    let s = s.trim_end_matches(' ');
    (!s.is_empty()).then_some(s)
}

/// A flat one-line flow collection: scalars only, nothing after the closing bracket but a comment.
fn flow<T: Tree>(text: &str, open: u8, close: u8) -> Option<T> {
    let end = text.find(close as char)?;
    let tail = skip_spaces(&text[end + 1..]);
    if !(tail.is_empty() || (tail.starts_with('#') && text[end + 1..].starts_with(' '))) {
        return None;
    }
    let inner = &text[1..end];
    if inner.contains(['[', ']', '{', '}']) || inner.contains(open as char) {
        return None;
    }
    let parts: Vec<&str> = if inner.trim().is_empty() { Vec::new() } else { split_flow(inner)? };
    if open == b'[' {
        parts.iter().map(|p| flow_scalar(p)).collect::<Option<Vec<_>>>().map(T::array)
    } else {
        let mut entries = Vec::with_capacity(parts.len());
        for p in parts {
            let (k, v) = p.split_once(": ")?;
            let k = k.trim_matches(' ');
            if !k.starts_with(['"', '\'']) && plain_key_ambiguous(k) {
                return None;
            }
            let key = flow_scalar::<T>(k)?.into_string()?;
            entries.push((Cow::Owned(key), flow_scalar(v)?));
        }
        T::map(entries.into_iter()).map(T::object)
    }
}

/// Splits flow entries on commas outside quotes; a trailing empty entry is an error here.
fn split_flow(inner: &str) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let b = inner.as_bytes();
    let (mut start, mut i) = (0, 0);
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'"' | b'\'') => quote = Some(b[i]),
            (Some(b'"'), b'\\') => i += 1,
            (Some(q), c) if c == q => quote = None,
            (None, b',') => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            (None, b'#') => return None,
            _ => {}
        }
        i += 1;
    }
    if quote.is_some() {
        return None;
    }
    parts.push(&inner[start..]);
    parts.iter().all(|p| !p.trim().is_empty()).then_some(parts)
}

fn flow_scalar<T: Tree>(p: &str) -> Option<T> {
    let t = p.trim_matches(' ');
    if t.is_empty() {
        return None;
    }
    if t.starts_with(['"', '\'']) {
        let (s, used) = quoted(t)?;
        return (used == t.len()).then_some(T::string(s));
    }
    if t.contains(": ") || t.ends_with(':') || !plain_start_ok(t) {
        return None;
    }
    resolve_plain(t)
}

/// A quoted scalar at the start of `text` that ends on this line: (value, bytes used).
fn quoted(text: &str) -> Option<(String, usize)> {
    let q = text.as_bytes()[0];
    let mut out = String::new();
    let mut chars = text.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' if q == b'\'' => {
                if text[i + 1..].starts_with('\'') {
                    out.push('\'');
                    chars.next();
                } else {
                    return Some((out, i + 1));
                }
            }
            '"' if q == b'"' => return Some((out, i + 1)),
            '\\' if q == b'"' => {
                let (_, e) = chars.next()?;
                out.push(match e {
                    '\\' => '\\',
                    '"' => '"',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => return None,
                });
            }
            c => out.push(c),
        }
    }
    None
}

/// The typed value of a plain scalar, when it is certain: null words, YAML 1.1 booleans,
/// decimal integers without a leading zero, and strings that cannot be read as anything else.
fn resolve_plain<T: Tree>(s: &str) -> Option<T> {
    Some(match classify_plain(s)? {
        Plain::Null => T::null(),
        Plain::Bool(b) => T::bool(b),
        Plain::Number(n) => T::number(n),
        Plain::Text => T::str(s),
    })
}

/// What a plain scalar resolves to, without copying it.
enum Plain {
    Null,
    Bool(bool),
    Number(Number),
    Text,
}

fn classify_plain(s: &str) -> Option<Plain> {
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(s));
    // The null, boolean and infinity words are at most 8 bytes long.
    if s.len() <= 8 {
        if matches!(s, "~" | "null" | "Null" | "NULL") {
            return Some(Plain::Null);
        }
        if is(&["y", "yes", "true", "on"]) {
            return Some(Plain::Bool(true));
        }
        if is(&["n", "no", "false", "off"]) {
            return Some(Plain::Bool(false));
        }
        if is(&["inf", "infinity", "nan"]) {
            return None;
        }
    }
    let b = s.as_bytes();
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
        if digits.len() > 1 && digits.starts_with('0') {
            return None; // legacy octal
        }
        return if s.starts_with('-') {
            s.parse::<i64>().ok().map(|n| Plain::Number(Number::from(n)))
        } else {
            s.parse::<u64>().ok().map(|n| Plain::Number(Number::from(n)))
        };
    }
    if b[0].is_ascii_alphabetic() || b[0] == b'/' {
        return Some(Plain::Text);
    }
    // Command-line flags (`-p`, `--domain`): no number, bool or null starts like that.
    let flag = s.strip_prefix("--").or_else(|| s.strip_prefix('-')).unwrap_or("");
    if flag.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && !is(&["-inf", "-infinity", "-nan"]) {
        return Some(Plain::Text);
    }
    if b[0].is_ascii_digit()
        && !s.contains(['.', '_', ':', '+', '-', 'e', 'E', 'x', 'X', 'o', 'O', 'b', 'B'])
        && s.bytes().any(|c| c.is_ascii_alphabetic())
    {
        return Some(Plain::Text); // e.g. `5s`, `30ms`
    }
    // Every YAML number form ends in a digit, a `.` or (hexadecimal) a-f, so a scalar that
    // starts with a digit and ends in another letter is text: `1.5s`, `0.25ms`, `1.30.3-dev`.
    let last = b[b.len() - 1];
    if b[0].is_ascii_digit() && last.is_ascii_alphabetic() && !last.is_ascii_hexdigit() && !s.contains(':') {
        return Some(Plain::Text);
    }
    // A letter other than an exponent's `e`, a timestamp's `t` or `z`, or one of a `0x`/`0o`/`0b`
    // prefix's: text (`5d8f7c9b4`, a pod-template-hash).
    if b[0].is_ascii_digit()
        && !(b[0] == b'0' && matches!(b.get(1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')))
        && b.iter().any(|c| c.is_ascii_alphabetic() && !matches!(c, b'e' | b'E' | b't' | b'T' | b'z' | b'Z'))
    {
        return Some(Plain::Text);
    }
    // Percentages (`maxSurge: 25%`): no number form ends in `%`.
    if b[0].is_ascii_digit() && last == b'%' && b[..b.len() - 1].iter().all(u8::is_ascii_digit) {
        return Some(Plain::Text);
    }
    // UUIDs (`metadata.uid`): 8-4-4-4-12 hex digits; no number or timestamp has that shape.
    // (Most hold a letter the rule above takes; this one takes the rest, `0b…` or digits only.)
    let uuid_byte = |(i, &c): (usize, &u8)| if matches!(i, 8 | 13 | 18 | 23) { c == b'-' } else { c.is_ascii_hexdigit() };
    if b.len() == 36 && b.iter().enumerate().all(uuid_byte) {
        return Some(Plain::Text);
    }
    // Dotted numbers with two or more dots (pod IPs, `1.30.3`): no float has a second dot.
    if b[0].is_ascii_digit()
        && last.is_ascii_digit()
        && b.iter().all(|&c| c.is_ascii_digit() || c == b'.')
        && b.iter().filter(|&&c| c == b'.').count() >= 2
    {
        return Some(Plain::Text);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full parser's verdict (as `document` decodes), for comparison.
    fn full(doc: &str) -> Option<Map<String, Value>> {
        match serde_saphyr::from_str_with_options::<Value>(
            &crate::api::yaml_compat::go_flow_scalars(doc),
            serde_saphyr::options! { legacy_octal_numbers: true, with_snippet: false },
        ) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        }
    }

    fn agree(doc: &str) -> bool {
        match parse(doc) {
            Some(fast) => {
                assert_eq!(Some(&fast), full(doc).as_ref(), "fast path disagrees on:\n{doc}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn typical_documents_take_the_fast_path_and_agree() {
        let docs = [
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n  labels: {app: web, tier: \"1\"}\nspec:\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n  - {name: grpc, port: 9090}\n",
            "a: on\nb: yes\nc: Off\nd: ~\ne:\nf: -12\ng: 5s\ng2: 1.5s\ng3: 0.25ms\ng4: 1.30.3-dev\nh: 'it''s'\ni: \"q\\\"x\\n\"\nj: [1, two, \"three\", 'four']\nk: []\nl: {}\nm: /api/*\nnote: some text # comment\n",
            "args:\n- -p\n- --domain\n- --log=x\n- -Inf1\nlist:\n- a\n-\n  - b\n- key: v\n  other: w\n-   spaced: 1\n    more: 2\nafter: x\n",
            "a: |\n  text\nb: |-\n    x\n\n    # not a comment\n      y \n   \nc: |+\n  k\n\n\nd:\n- e: |\n    [\n        {\"n\":1}\n    ]\n  f: 1\n",
            "env:\n- name: A\n  value: |\n    {}\n- name: B\n  value: |-\n    q\n# comment\nafter: 1\n",
            "spec:\n  strategy:\n    rollingUpdate:\n      maxSurge: 25%\n      maxUnavailable: 0\n      pct: 100%\nstatus:\n  podIP: 10.244.1.17\n  hostIP: 192.168.0.3\n  version: 1.30.3\n  odd: 1..2\n  hash: 5d8f7c9b4\n  hex: 0d8f\n  xs: 1x2\nmetadata:\n  uid: 0d7c1e5f-4c7e-4b8e-9a1c-2c3d4e5f6a7b\n  other: 12345678-1234-1234-1234-123456789012\n",
            "kind: X\nspec:\n  hosts:\n  - \"*.example.com\"\n  http:\n  - match:\n    - uri:\n        prefix: /v1\n    route:\n    - destination:\n        host: reviews\n      weight: 75\n",
        ];
        for d in docs {
            assert!(agree(d), "expected the fast path to take:\n{d}");
        }
    }

    /// Objects as `kubectl get -o yaml` prints them (uids, IPs, quoted timestamps, empty flow
    /// maps): analyze and kube-inject read such dumps, and each document the fast path drops
    /// costs several times as much in the full parser.
    #[test]
    fn kubectl_dumps_take_the_fast_path() {
        let dump = r#"apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubectl.kubernetes.io/restartedAt: "2024-05-01T10:00:00Z"
    sidecar.istio.io/status: '{"initContainers":["istio-init"],"containers":["istio-proxy"]}'
  creationTimestamp: "2024-05-01T10:00:05Z"
  generateName: reviews-v1-5d8f7c9b4-
  labels:
    app: reviews
    pod-template-hash: 5d8f7c9b4
    version: v1
  name: reviews-v1-5d8f7c9b4-x2x7k
  namespace: default
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: reviews-v1-5d8f7c9b4
    uid: 7b4c2f9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f
  resourceVersion: "123456"
  uid: 0d7c1e5f-4c7e-4b8e-9a1c-2c3d4e5f6a7b
spec:
  containers:
  - image: docker.io/istio/examples-bookinfo-reviews-v1:1.20.2
    imagePullPolicy: IfNotPresent
    name: reviews
    ports:
    - containerPort: 9080
      protocol: TCP
    resources: {}
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-abcde
      readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: kind-control-plane
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  serviceAccount: bookinfo-reviews
  serviceAccountName: bookinfo-reviews
  terminationGracePeriodSeconds: 30
  tolerations:
  - effect: NoExecute
    key: node.kubernetes.io/not-ready
    operator: Exists
    tolerationSeconds: 300
  volumes:
  - name: kube-api-access-abcde
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "2024-05-01T10:00:05Z"
    status: "True"
    type: Initialized
  containerStatuses:
  - containerID: containerd://4f5e6d7c8b9a
    image: docker.io/istio/examples-bookinfo-reviews-v1:1.20.2
    imageID: docker.io/istio/examples-bookinfo-reviews-v1@sha256:abcdef0123456789
    lastState: {}
    name: reviews
    ready: true
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "2024-05-01T10:00:07Z"
  hostIP: 172.18.0.2
  hostIPs:
  - ip: 172.18.0.2
  phase: Running
  podIP: 10.244.0.12
  podIPs:
  - ip: 10.244.0.12
  qosClass: BestEffort
  startTime: "2024-05-01T10:00:05Z"
---
apiVersion: v1
kind: Service
metadata:
  creationTimestamp: "2024-05-01T10:00:00Z"
  labels:
    app: reviews
    service: reviews
  name: reviews
  namespace: default
  resourceVersion: "1234"
  uid: 5f1d8c1e-4c7e-4b8e-9a1c-2c3d4e5f6a7b
spec:
  clusterIP: 10.96.12.34
  clusterIPs:
  - 10.96.12.34
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - name: http
    port: 9080
    protocol: TCP
    targetPort: 9080
  selector:
    app: reviews
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
"#;
        for d in dump.split("---\n") {
            assert!(agree(d), "expected the fast path to take:\n{d}");
        }
    }

    /// Scalars starting with a digit, drawn from the characters numbers, timestamps and the
    /// shapes above use: wherever the fast path types one, the full parser types it alike.
    #[test]
    fn digit_led_scalars_agree_with_the_full_parser() {
        let alphabet = b"0123456789.-+:_%eEtTzZxXoObBdDfFcgkmsGKMi";
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut taken = 0;
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let mut s = vec![b'0' + next(10) as u8];
            s.extend((1..len).map(|_| alphabet[next(alphabet.len())]));
            let doc = format!("a: {}\n", String::from_utf8(s).unwrap());
            taken += agree(&doc) as usize;
        }
        assert!(taken > 5_000, "only {taken} scalars took the fast path");
    }

    #[test]
    fn anything_unusual_falls_back() {
        for d in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: |2\n  text\n",
            "a: >\n  text\n",
            "a: |\n  \n  text\n",
            "- |\n  text\n",
            "a: plain\n  continued\n",
            "a: 1\na: 2\n",
            "a: 0755\n",
            "a: 1.5\n",
            "a: 1.5.\n",
            "a: .1.2\n",
            "a: 1%%\n",
            "a: 2.5%\n",
            "a: 12345678-1234-1234-1234-12345678901\n",
            "a: 0b1010\n",
            "a: 0o17\n",
            "a: 1e5\n",
            "a: 2001-12-14t21:59:43.10-05:00\n",
            "a: 12345678-1234-1234-1234+123456789012\n",
            "a: 1.5e\n",
            "a: 0x1F\n",
            "a: 0x1f\n",
            "a: 1:30\n",
            "a: [[1]]\n",
            "a: b: c\n",
            "\ta: 1\n",
            "- a\n- b\n",
            "a: 1_000\n",
            "a: .inf\n",
            "on: 1\n",
            "? complex\n: key\n",
            "a: \"unterminated\n",
            "a: \"\\u00e9\"\n",
            "\u{feff}a: 1\n",
        ] {
            assert!(parse(d).is_none(), "expected a fallback for:\n{d}");
        }
    }

    #[test]
    fn agrees_with_the_full_parser_on_the_example_files() {
        let dir =
            crate::api::document::expand_inputs(&[
                concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples").to_string()
            ]);
        let mut taken = 0;
        for input in dir.into_iter().flatten() {
            let text = crate::api::document::read_input(&input).unwrap();
            for (_, chunk) in crate::api::document::split_documents(&text) {
                if let Ok(c) = chunk {
                    taken += agree(c) as usize;
                }
            }
        }
        assert!(taken > 10, "only {taken} documents took the fast path");
    }
}
