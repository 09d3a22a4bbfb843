//! Where each field of a YAML document is written: a map from field path to 1-based file line,
//! with paths spelled as `api::path` spells finding paths (`spec.http[0].route[1].weight`,
//! map keys as `spec.selector[app]` or `spec.selector.app`). Built by a line scanner over the
//! document's text, independent of which parser decoded it, so the fast path and the
//! serde-saphyr fallback report the same lines. It locates; it never decodes or judges values.
//! Use [`LineIndex::line_of`], which falls back to the nearest written ancestor.

use crate::lines::skip_spaces;
use crate::hash::{HashMap, HashSet};

/// Field path → line for one document (see the module doc).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineIndex {
    lines: HashMap<String, usize>,
    /// Paths whose value is a mapping or a sequence (the others are scalars).
    containers: HashSet<String>,
}

/// One open block collection while scanning.
struct Frame {
    indent: usize,
    seq: bool,
    path: String,
    next_index: usize,
}

/// A key with nothing after its `:` waits for its value on the following lines.
struct Pending {
    path: String,
    indent: usize,
}

impl LineIndex {
    /// Scans `text` (one document, whose first line is line `first_line` of its file).
    /// Anything the scanner does not understand is skipped: lookups then fall back to the
    /// nearest ancestor, never to a wrong line.
    pub fn build(text: &str, first_line: usize) -> LineIndex {
        let mut ix = LineIndex::default();
        let mut frames: Vec<Frame> = Vec::new();
        let mut pending: Option<Pending> = None;
        // Inside a block scalar (`|`, `>`): lines more indented than this belong to it.
        let mut block_scalar: Option<usize> = None;
        // Inside a flow collection spanning lines.
        let mut flow: Option<FlowScan> = None;
        for (n, raw) in crate::lines::lines(text).enumerate() {
            let line_no = first_line + n;
            let body = raw.trim_start_matches([' ', '\t']);
            let indent = raw.len() - body.len();
            let content = body.trim_end();
            if let Some(f) = flow.as_mut() {
                f.feed(raw, line_no, &mut ix);
                if f.done() {
                    flow = None;
                }
                continue;
            }
            if let Some(parent) = block_scalar {
                if content.is_empty() || indent > parent {
                    continue;
                }
                block_scalar = None;
            }
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if indent == 0
                && (content.starts_with("---") || content.starts_with("...") || content.starts_with('%'))
            {
                continue;
            }
            let mut col = indent;
            let mut rest = content;
            // Close collections this line is not part of.
            let item = is_seq_item(rest);
            // `key:` followed by `- x` at the key's own indent: the list nests in that map.
            let list_at_key = item && pending.as_ref().is_some_and(|p| p.indent == col);
            while let Some(top) = frames.last() {
                if top.indent > col || (top.indent == col && top.seq != item && (!list_at_key || top.seq)) {
                    frames.pop();
                } else {
                    break;
                }
            }
            loop {
                let parent_path = match pending.take() {
                    Some(p) if col > p.indent || (col == p.indent && is_seq_item(rest)) => Some(p.path),
                    _ => None,
                };
                let seq = is_seq_item(rest);
                let open_new = match frames.last() {
                    Some(top) => top.indent < col || parent_path.is_some(),
                    None => true,
                };
                // The parent's value is a collection only if an item or an entry follows.
                let mut opened = None;
                if open_new {
                    opened = parent_path.clone();
                    let path = parent_path
                        .unwrap_or_else(|| frames.last().map(|f| f.path.clone()).unwrap_or_default());
                    frames.push(Frame { indent: col, seq, path, next_index: 0 });
                }
                let Some(top) = frames.last_mut() else { break };
                // Split once: the entry decides the parent's shape and is read below.
                let entry = if seq { None } else { split_entry(rest) };
                if seq || entry.is_some() {
                    ix.containers.extend(opened);
                }
                if seq {
                    let item_path = index_path(&top.path, top.next_index);
                    top.next_index += 1;
                    ix.insert(item_path.clone(), line_no);
                    let after = &rest[1..];
                    let inner = skip_spaces(after);
                    let inner_col = col + 1 + (after.len() - inner.len());
                    if inner.is_empty() || inner.starts_with('#') {
                        pending = Some(Pending { path: item_path, indent: col });
                        break;
                    }
                    // The item's own content: a nested item, an entry, or a scalar.
                    pending = Some(Pending { path: item_path, indent: col });
                    col = inner_col;
                    rest = inner;
                    continue;
                }
                let Some((key, value)) = entry else {
                    // A scalar (or something unsupported): the item/key line is recorded already.
                    if let Some(v) = rest.chars().next()
                        && (v == '[' || v == '{')
                    {
                        let base = frames.last().map(|f| f.path.clone()).unwrap_or_default();
                        let base = pending_or(&mut pending, base);
                        let mut f = FlowScan::new(base);
                        f.feed_from(rest, line_no, &mut ix);
                        if !f.done() {
                            flow = Some(f);
                        }
                    }
                    break;
                };
                let key_path = join_key(&top.path, &key);
                let value = skip_spaces(value);
                // The path is copied only when the value's lines need it after this one.
                if value.is_empty() || value.starts_with('#') {
                    ix.insert(key_path.clone(), line_no);
                    pending = Some(Pending { path: key_path, indent: col });
                } else if value.starts_with(['[', '{']) {
                    ix.insert(key_path.clone(), line_no);
                    let mut f = FlowScan::new(key_path);
                    f.feed_from(value, line_no, &mut ix);
                    if !f.done() {
                        flow = Some(f);
                    }
                } else {
                    if value.starts_with(['|', '>']) {
                        block_scalar = Some(col);
                    }
                    ix.insert(key_path, line_no);
                }
                break;
            }
        }
        ix
    }

    fn insert(&mut self, path: String, line: usize) {
        self.lines.entry(path).or_insert(line);
    }

    /// The line of the field at `path` (a finding path such as `spec.http[0].route[1].weight`),
    /// or of its nearest ancestor written in the document; `None` when not even the first
    /// segment is there. A camelCase field also matches its snake_case spelling.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        self.resolve(path).0
    }

    /// The line of the field at `path` only when that very field is written (no ancestor
    /// fallback): for telling which of several inputs wrote a value.
    pub fn line_exact(&self, path: &str) -> Option<usize> {
        match self.resolve(path) {
            (Some(line), true) => Some(line),
            _ => None,
        }
    }

    /// The line of the field at `path` only when that very field is written and its value is a
    /// scalar (upstream's analyzer anchors: a mapping, a sequence or an absent field has none).
    pub fn line_scalar(&self, path: &str) -> Option<usize> {
        // Written as indexed (this also finds map keys holding dots, `app.kubernetes.io/name`).
        if let Some(line) = self.lines.get(path) {
            return (!self.containers.contains(path)).then_some(*line);
        }
        let (line, key) = self.resolve_key(path);
        key.filter(|k| !self.containers.contains(k)).and(line)
    }

    /// (line of the deepest written prefix, whether every segment was found).
    fn resolve(&self, path: &str) -> (Option<usize>, bool) {
        let (line, key) = self.resolve_key(path);
        (line, key.is_some())
    }

    /// (line of the deepest written prefix, the indexed key of the whole path when written).
    fn resolve_key(&self, path: &str) -> (Option<usize>, Option<String>) {
        let mut found = None;
        let mut prefix = String::new();
        for seg in segments(path) {
            let candidates: Vec<String> = match seg {
                Segment::Field(name) => {
                    let mut c = vec![join_key(&prefix, name)];
                    let snake = snake_case(name);
                    if snake != name {
                        c.push(join_key(&prefix, &snake));
                    }
                    c
                }
                Segment::Bracket(inner) => {
                    let mut c = vec![format!("{prefix}[{inner}]")];
                    c.push(join_key(&prefix, inner));
                    c
                }
            };
            let Some((next, line)) =
                candidates.into_iter().find_map(|c| self.lines.get(&c).map(|l| (c.clone(), *l)))
            else {
                return (found, None);
            };
            found = Some(line);
            prefix = next;
        }
        (found, Some(prefix))
    }

    /// How many paths are indexed.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether nothing was indexed.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

fn pending_or(pending: &mut Option<Pending>, base: String) -> String {
    pending.take().map(|p| p.path).unwrap_or(base)
}

/// `parent.key` (`key` alone at the top). Built by hand, not with `format!`: every key of
/// every analyzed document passes here.
fn join_key(parent: &str, key: &str) -> String {
    let mut path = String::with_capacity(parent.len() + 1 + key.len());
    if !parent.is_empty() {
        path.push_str(parent);
        path.push('.');
    }
    path.push_str(key);
    path
}

/// `parent[index]`, built by hand as [`join_key`] is.
fn index_path(parent: &str, index: usize) -> String {
    fn push_digits(path: &mut String, n: usize) {
        if n >= 10 {
            push_digits(path, n / 10);
        }
        path.push(char::from(b'0' + (n % 10) as u8));
    }
    let mut path = String::with_capacity(parent.len() + 4);
    path.push_str(parent);
    path.push('[');
    push_digits(&mut path, index);
    path.push(']');
    path
}

fn is_seq_item(text: &str) -> bool {
    text == "-" || text.starts_with("- ")
}

/// `key: value` / `key:` with a plain or quoted key: (unquoted key, text after the colon).
fn split_entry(text: &str) -> Option<(String, &str)> {
    let b = text.as_bytes();
    if b[0] == b'"' || b[0] == b'\'' {
        let q = b[0];
        let mut i = 1;
        while i < b.len() {
            if b[i] == b'\\' && q == b'"' {
                i += 2;
                continue;
            }
            if b[i] == q {
                if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                break;
            }
            i += 1;
        }
        let after = skip_spaces(text.get(i + 1..)?);
        let value = after.strip_prefix(':')?;
        if !value.is_empty() && !value.starts_with(' ') {
            return None;
        }
        let key = text[1..i].replace("''", "'");
        return Some((key, value));
    }
    if matches!(b[0], b'[' | b'{' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>') {
        return None;
    }
    let mut i = 0;
    while i < b.len() {
        if b[i] == b':' && (i + 1 == b.len() || b[i + 1] == b' ') {
            let key = text[..i].trim_end();
            return (!key.is_empty()).then(|| (key.to_string(), &text[i + 1..]));
        }
        if b[i] == b'#' && i > 0 && b[i - 1] == b' ' {
            return None;
        }
        i += 1;
    }
    None
}

/// A flow collection being scanned, possibly over several lines: each element and key gets
/// the line it starts on.
struct FlowScan {
    /// Open collections: (path, is a sequence, next index, key of the entry being read).
    stack: Vec<(String, bool, usize, Option<String>)>,
    base: String,
    started: bool,
}

impl FlowScan {
    fn new(base: String) -> FlowScan {
        FlowScan { stack: Vec::new(), base, started: false }
    }

    fn done(&self) -> bool {
        self.started && self.stack.is_empty()
    }

    fn feed(&mut self, text: &str, line: usize, ix: &mut LineIndex) {
        self.feed_from(text, line, ix);
    }

    /// Reads flow text, recording the path of every element/key at `line`.
    fn feed_from(&mut self, text: &str, line: usize, ix: &mut LineIndex) {
        let b = text.as_bytes();
        let mut i = 0;
        let mut token = String::new();
        let mut in_token = false;
        while i < b.len() && !self.done() {
            let c = b[i];
            match c {
                b'#' if i == 0 || b[i - 1] == b' ' => break,
                b'"' | b'\'' => {
                    let q = c;
                    let start = i + 1;
                    i += 1;
                    while i < b.len() && b[i] != q {
                        if q == b'"' && b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    token.push_str(text.get(start..i.min(b.len())).unwrap_or(""));
                    in_token = true;
                }
                b'[' | b'{' => {
                    let path = self.element_path(line, ix);
                    ix.containers.insert(path.clone());
                    self.stack.push((path, c == b'[', 0, None));
                    self.started = true;
                    token.clear();
                    in_token = false;
                }
                b']' | b'}' => {
                    if in_token {
                        self.element_path(line, ix);
                    }
                    self.stack.pop();
                    self.finish_element();
                    token.clear();
                    in_token = false;
                }
                b',' => {
                    if in_token {
                        self.element_path(line, ix);
                    }
                    self.finish_element();
                    token.clear();
                    in_token = false;
                }
                b':' if b.get(i + 1).is_none_or(|n| *n == b' ')
                    && self.stack.last().is_some_and(|t| !t.1 && t.3.is_none()) =>
                {
                    let key = token.trim().to_string();
                    if let Some(top) = self.stack.last_mut() {
                        let p = join_key(&top.0, &key);
                        ix.insert(p, line);
                        top.3 = Some(key);
                    }
                    token.clear();
                    in_token = false;
                }
                b' ' if !in_token => {}
                _ => {
                    if let Some(ch) = text.get(i..).and_then(|s| s.chars().next()) {
                        token.push(ch);
                        i += ch.len_utf8() - 1;
                    }
                    in_token = true;
                }
            }
            i += 1;
        }
    }

    /// The path of the element being read in the innermost collection (recorded at `line`).
    fn element_path(&mut self, line: usize, ix: &mut LineIndex) -> String {
        let Some(top) = self.stack.last() else { return self.base.clone() };
        let p = if top.1 {
            index_path(&top.0, top.2)
        } else {
            match &top.3 {
                Some(k) => join_key(&top.0, k),
                None => return top.0.clone(),
            }
        };
        ix.insert(p.clone(), line);
        p
    }

    /// After `,` or a closing bracket: the next element of the innermost collection.
    fn finish_element(&mut self) {
        if let Some(top) = self.stack.last_mut() {
            if top.1 {
                top.2 += 1;
            } else {
                top.3 = None;
            }
        }
    }
}

enum Segment<'a> {
    Field(&'a str),
    Bracket(&'a str),
}

/// Splits a finding path into `.field` and `[index-or-key]` segments.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let b = path.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'.' => i += 1,
            b'[' => {
                let end = path[i..].find(']').map(|e| i + e).unwrap_or(b.len());
                out.push(Segment::Bracket(&path[i + 1..end]));
                i = end + 1;
            }
            _ => {
                let end = path[i..].find(['.', '[']).map(|e| i + e).unwrap_or(b.len());
                out.push(Segment::Field(&path[i..end]));
                i = end;
            }
        }
    }
    out
}

/// `fooBar` → `foo_bar` (the other spelling the decoder accepts).
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_built_as_format_would() {
        for (parent, key) in [("", "spec"), ("spec", "http"), ("spec.http[0]", "route"), ("a", "")] {
            let want = if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") };
            assert_eq!(join_key(parent, key), want);
        }
        for (parent, i) in [("spec.http", 0), ("x", 9), ("x", 10), ("", 12345), ("y", usize::MAX)] {
            assert_eq!(index_path(parent, i), format!("{parent}[{i}]"));
        }
    }

    #[test]
    fn scalar_lines_only_for_written_scalars() {
        let text = "spec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    name: http\n  hosts: [a, b]\n  empty:\n  list:\n  - x\n  - {k: v}\n";
        let ix = LineIndex::build(text, 10);
        assert_eq!(ix.line_scalar("spec.selector.app"), Some(12));
        assert_eq!(ix.line_scalar("spec.ports[0].name"), Some(15));
        assert_eq!(ix.line_scalar("spec.hosts[1]"), Some(16));
        assert_eq!(ix.line_scalar("spec.empty"), Some(17), "a null is a scalar");
        assert_eq!(ix.line_scalar("spec.list[0]"), Some(19));
        // Mappings, sequences and absent fields have no anchor line.
        for path in [
            "spec",
            "spec.selector",
            "spec.ports",
            "spec.ports[0]",
            "spec.hosts",
            "spec.list[1]",
            "spec.nope",
        ] {
            assert_eq!(ix.line_scalar(path), None, "{path}");
        }
        assert_eq!(ix.line_scalar("spec.list[1].k"), Some(20));
        let ix = LineIndex::build("spec:\n  selector:\n    app.kubernetes.io/name: web\n", 1);
        assert_eq!(ix.line_scalar("spec.selector.app.kubernetes.io/name"), Some(3));
    }

    const VS: &str = "\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: r
  labels: {app: x, 'b.c/d': y}
spec:
  hosts:
  - a
  - b
  http:
  - match:
    - uri: {prefix: /x}
    route:
    - destination: {host: a}
      weight: 10
    -   destination:
          host: b
        weight: -1
  tls: [{match: [{sniHosts: [x]}],
         route: []}]
  description: |
    text: 1
    - not an item
  gateways:
  - mesh
";

    #[test]
    fn fields_items_and_keys_get_their_own_lines() {
        let ix = LineIndex::build(VS, 1);
        assert_eq!(ix.line_of("spec"), Some(6));
        assert_eq!(ix.line_of("spec.hosts[1]"), Some(9));
        assert_eq!(ix.line_of("spec.http[0].match[0].uri.prefix"), Some(12));
        assert_eq!(ix.line_of("spec.http[0].route[0].weight"), Some(15));
        assert_eq!(ix.line_of("spec.http[0].route[1]"), Some(16));
        assert_eq!(ix.line_of("spec.http[0].route[1].destination.host"), Some(17));
        assert_eq!(ix.line_of("spec.http[0].route[1].weight"), Some(18));
        assert_eq!(ix.line_of("metadata.labels[b.c/d]"), Some(5));
        assert_eq!(ix.line_of("spec.tls[0].route"), Some(20));
        assert_eq!(ix.line_of("spec.tls[0].match[0].sniHosts[0]"), Some(19));
        assert_eq!(ix.line_of("spec.gateways[0]"), Some(25), "the block scalar's lines are skipped");
        assert_eq!(ix.line_of("spec.description"), Some(21));
    }

    #[test]
    fn missing_fields_fall_back_to_the_nearest_ancestor() {
        let ix = LineIndex::build(VS, 1);
        assert_eq!(ix.line_of("spec.http[0].timeout"), Some(11));
        assert_eq!(ix.line_of("spec.http[3].route"), Some(10));
        assert_eq!(ix.line_of("status.x"), None);
        assert_eq!(ix.line_exact("spec.http[0].timeout"), None);
        assert_eq!(ix.line_exact("spec.http[0]"), Some(11));
    }

    #[test]
    fn offsets_snake_case_and_sequences_at_the_key_indent() {
        let text = "spec:\n  export_to:\n  - a\n  - b\n  x_y: 1\n";
        let ix = LineIndex::build(text, 10);
        assert_eq!(ix.line_of("spec.exportTo[1]"), Some(13));
        assert_eq!(ix.line_of("spec.xY"), Some(14));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["- - -", ":", "'a", "a: [", "{", "a: '", "? x\n: y", "\t- a\n -b: [}", "a:\n- [\n"] {
            let _ = LineIndex::build(t, 1).line_of("a[0].b");
        }
    }
}
