//! Reading config documents from disk or stdin the way upstream's `validate` does: `-f` values
//! expanded (directories walked in lexical order, only `.json`/`.yaml`/`.yml`), files split
//! into YAML documents on `---` lines with their line numbers, each document decoded strictly
//! (duplicate keys rejected, YAML 1.1 scalars such as `on`/`yes` read as booleans) into a JSON
//! object, with a [`LineIndex`] of where each field is written (`Document::line_of(path)` for a
//! finding's `file:line`; paths as `api::path` spells them). It reads files only: it never
//! validates, never talks to a cluster, never prints.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

pub use super::line_index::LineIndex;
use crate::go::go_os_error;

/// One input to read: standard input or a file path, as it will be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    /// A file; the string is the path as upstream prints it (walk results joined with `/`).
    File(String),
}

/// Why an input could not be read; the text follows Go's `os` error wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// `stat` failed on a `-f` value: `cannot stat file "<path>": stat <path>: <cause>`.
    Stat { path: String, cause: String },
    /// The file or stdin could not be read.
    Read { path: String, cause: String },
    /// A directory inside a walk could not be listed; the rest of that walk is abandoned.
    Walk { cause: String },
}

/// Expands the `-f` values in order: `-` is stdin, a directory is walked recursively in lexical
/// order (only files ending in `.json`, `.yaml`, `.yml`), anything else is a file read whatever
/// its extension. A value listed twice is read twice.
pub fn expand_inputs(values: &[String]) -> Vec<Result<Input, InputError>> {
    let mut out = Vec::new();
    for v in values {
        if v == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        match std::fs::metadata(v) {
            Err(e) => out.push(Err(InputError::Stat {
                path: v.clone(),
                cause: format!("stat {v}: {}", go_os_error(&e)),
            })),
            Ok(m) if m.is_dir() => {
                let _ = walk(v, &mut out);
            }
            Ok(_) => out.push(Ok(Input::File(v.clone()))),
        }
    }
    out
}

/// Go's `filepath.Join(dir, name)` for the simple cases a walk produces.
fn join(dir: &str, name: &str) -> String {
    let dir = dir.trim_end_matches('/');
    let dir = dir.strip_prefix("./").unwrap_or(dir);
    match dir {
        "" => format!("/{name}"),
        "." => name.to_string(),
        d => format!("{d}/{name}"),
    }
}

/// Walks `dir` like Go's `filepath.Walk`: entries in lexical order, symlinks not followed into
/// directories. The first directory that cannot be listed ends the walk (as upstream's does).
fn walk(dir: &str, out: &mut Vec<Result<Input, InputError>>) -> Result<(), ()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(InputError::Walk { cause: format!("open {dir}: {}", go_os_error(&e)) }));
            return Err(());
        }
    };
    let mut names: Vec<(String, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
            (e.file_name().to_string_lossy().into_owned(), is_dir)
        })
        .collect();
    names.sort();
    for (name, is_dir) in names {
        let path = join(dir, &name);
        if is_dir {
            walk(&path, out)?;
        } else if [".json", ".yaml", ".yml"].iter().any(|ext| name.ends_with(ext)) {
            out.push(Ok(Input::File(path)));
        }
    }
    Ok(())
}

/// The largest input read by default (256 MiB); `ISTIOCTL_MAX_INPUT_BYTES` overrides it.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 256 << 20;
/// The environment variable that sets the input size limit in bytes.
pub const MAX_INPUT_ENV: &str = "ISTIOCTL_MAX_INPUT_BYTES";

/// The per-input size limit in bytes: `ISTIOCTL_MAX_INPUT_BYTES` when it is a positive integer,
/// else [`DEFAULT_MAX_INPUT_BYTES`].
pub fn max_input_bytes() -> u64 {
    std::env::var(MAX_INPUT_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(DEFAULT_MAX_INPUT_BYTES)
}

/// Reads `r` to a string, stopping with an error as soon as more than `limit` bytes arrive (so
/// `/dev/zero` or an endless pipe ends promptly instead of filling memory).
pub fn read_limited(r: impl Read, limit: u64) -> std::io::Result<String> {
    let mut buf = Vec::new();
    r.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(std::io::Error::other(format!(
            "input is larger than {} (the limit; set {MAX_INPUT_ENV} to a byte count to change it)",
            human_bytes(limit)
        )));
    }
    String::from_utf8(buf).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))
}

fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) { format!("{} MiB", n >> 20) } else { format!("{n} bytes") }
}

/// Reads one input completely (up to [`max_input_bytes`]).
pub fn read_input(input: &Input) -> Result<String, InputError> {
    let limit = max_input_bytes();
    match input {
        Input::Stdin => read_limited(std::io::stdin().lock(), limit).map_err(|e| InputError::Read {
            path: "-".into(),
            cause: format!("read stdin: {}", go_os_error(&e)),
        }),
        Input::File(p) => {
            std::fs::File::open(PathBuf::from(p)).and_then(|f| read_limited(f, limit)).map_err(|e| {
                InputError::Read { path: p.clone(), cause: format!("open {p}: {}", go_os_error(&e)) }
            })
        }
    }
}

/// Convenience for callers holding a `Path`.
pub fn read_path(p: &Path) -> Result<String, InputError> {
    read_input(&Input::File(p.to_string_lossy().into_owned()))
}

/// One decoded YAML document: a JSON object, the 1-based line where its text starts, and where
/// each of its fields is written (`lines`).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub line: usize,
    pub object: Map<String, Value>,
    /// Field path → file line, for findings anchored at a field.
    pub lines: LineIndex,
}

impl Document {
    /// The file line of the field at `path` (finding-path syntax, `spec.http[0].route[1].weight`),
    /// or of its nearest written ancestor, or the document's first line.
    pub fn line_of(&self, path: &str) -> usize {
        self.lines.line_of(path).unwrap_or(self.line)
    }
}

/// A document that could not be decoded; `line` is the 1-based line in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "yaml: line {}: {}", self.line, self.message)
    }
}

/// The raw text of each document in a file: (first line number, text). A line starting with
/// `---` separates documents when only spaces or a `#` comment follow; any other text after
/// `---` is an error for the document it would start.
pub fn split_documents(text: &str) -> Vec<(usize, Result<&str, DecodeError>)> {
    let mut docs = Vec::new();
    let mut start_byte = 0;
    let mut start_line = 1;
    let mut line_no = 1;
    let mut lines = crate::lines::lines(text);
    loop {
        let pos = lines.offset();
        let Some(line) = lines.next() else { break };
        let end = lines.offset();
        if let Some(rest) = line.strip_prefix("---") {
            let trimmed = rest.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                if pos > start_byte {
                    docs.push((start_line, Ok(&text[start_byte..pos])));
                }
                docs.push((
                    line_no,
                    Err(DecodeError {
                        line: line_no,
                        message: format!("invalid Yaml document separator: {trimmed}"),
                    }),
                ));
                return docs;
            }
            if pos > start_byte {
                docs.push((start_line, Ok(&text[start_byte..pos])));
            }
            start_byte = end;
            start_line = line_no + 1;
        }
        line_no += 1;
    }
    if text.len() > start_byte {
        docs.push((start_line, Ok(&text[start_byte..])));
    }
    docs
}

/// Whether a document holds nothing but blank lines and comments.
fn is_blank(doc: &str) -> bool {
    doc.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    })
}

fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        // YAML 1.1 as upstream's parser: `010` is octal, `on`/`yes`/`y` are booleans (the
        // latter is the default), duplicate keys are errors (the default).
        legacy_octal_numbers: true,
        with_snippet: false,
    }
}

/// Decodes one document's text (starting at line `first_line` of its file). `Ok(None)` for a
/// document with no content or a `null` document; a top-level list or scalar is an error.
pub fn parse_document(text: &str, first_line: usize) -> Result<Option<Document>, DecodeError> {
    Ok(parse_object(text, first_line)?.map(|(line, object)| Document {
        line,
        object,
        lines: LineIndex::build(text, first_line),
    }))
}

/// A document's first content line and its object.
pub type LinedObject = (usize, Map<String, Value>);

/// The line a document's content starts on (the document starting at `first_line`), or
/// `None` when it is blank (comments and spaces only): for callers decoding it themselves.
pub fn content_line(text: &str, first_line: usize) -> Option<usize> {
    (!is_blank(text)).then(|| first_line + leading_blank_lines(text))
}

/// [`parse_document`] without the line index (for callers that locate fields later, if at
/// all): the document's first content line and its object.
pub fn parse_object(text: &str, first_line: usize) -> Result<Option<LinedObject>, DecodeError> {
    if is_blank(text) {
        return Ok(None);
    }
    if let Some(object) = super::yaml_fast::parse(text) {
        return Ok(Some((first_line + leading_blank_lines(text), object)));
    }
    let go_text = super::yaml_compat::go_flow_scalars(text);
    let value: Value = serde_saphyr::from_str_with_options(&go_text, yaml_options()).map_err(|e| {
        let line = e.location().map(|l| l.line() as usize).filter(|l| *l > 0).unwrap_or(1);
        DecodeError { line: first_line + line - 1, message: saphyr_message(&e) }
    })?;
    match value {
        Value::Null => Ok(None),
        Value::Object(object) => Ok(Some((first_line + leading_blank_lines(text), object))),
        other => Err(DecodeError {
            line: first_line + leading_blank_lines(text),
            message: format!(
                "error unmarshaling JSON: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                match other {
                    Value::Array(_) => "array",
                    Value::String(_) => "string",
                    Value::Bool(_) => "bool",
                    _ => "number",
                }
            ),
        }),
    }
}

/// Lines before the first one with content (for a document's reported line).
fn leading_blank_lines(text: &str) -> usize {
    text.lines()
        .take_while(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        })
        .count()
}

/// The parser's message without its location suffix (the caller reports the file line).
fn saphyr_message(e: &serde_saphyr::Error) -> String {
    let rendered =
        e.render_with_options(serde_saphyr::render_options! { snippets: serde_saphyr::SnippetMode::Off });
    let first = rendered.lines().next().unwrap_or("").trim();
    let msg = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    // The parser's hint names its own option; say what upstream says instead.
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(", set DuplicateKeyPolicy").next().unwrap_or(rest);
        return format!("key {} already set in map", super::rules::go_quote(key));
    }
    if msg.starts_with(BREACH) {
        return budget_in_words(msg);
    }
    msg.to_string()
}

/// The parser's message with its line and column (`line 2 column 4: unclosed bracket '['`),
/// for texts parsed outside [`documents`] that report their own source.
pub fn parser_error_text(e: &serde_saphyr::Error) -> String {
    match e.location() {
        Some(l) if l.line() > 0 => format!("line {} column {}: {}", l.line(), l.column(), saphyr_message(e)),
        _ => saphyr_message(e),
    }
}

/// How the parser words a breached limit, followed by the limit's Debug form.
const BREACH: &str = "budget breached: ";

/// `text` with each of the parser's breached limits (`budget breached: Depth { depth: 65 }`)
/// said in words, for messages that keep the parser's own rendering (with its snippet).
pub fn budget_in_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(BREACH) {
        out.push_str(&rest[..at]);
        let breach = &rest[at + BREACH.len()..];
        let what = &breach[..breach.find([' ', '{', '\n']).unwrap_or(breach.len())];
        let end = match breach.find('}') {
            Some(close) if breach[..close].starts_with(&format!("{what} {{")) => close + 1,
            _ => what.len(),
        };
        out.push_str(&match what {
            "Depth" => "mappings and lists nest more than 64 levels deep".to_string(),
            "Aliases" | "Anchors" => "too many aliases or anchors (`*name`, `&name`) in one document".to_string(),
            _ => format!("document too large for the parser ({what} limit exceeded)"),
        });
        rest = &breach[end..];
    }
    out.push_str(rest);
    out
}

/// All documents of a file, in order, stopping after the first that cannot be decoded (as
/// upstream does: the rest of that file is not processed). Empty documents are skipped. Each
/// document is decoded only when the iterator reaches it, so one file's documents are never
/// all held in memory at once.
pub fn documents(text: &str) -> Documents<'_> {
    Documents { chunks: split_documents(text).into_iter(), done: false }
}

/// The iterator [`documents`] returns.
pub struct Documents<'a> {
    chunks: std::vec::IntoIter<(usize, Result<&'a str, DecodeError>)>,
    done: bool,
}

impl Iterator for Documents<'_> {
    type Item = Result<Document, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        for (line, chunk) in self.chunks.by_ref() {
            match chunk.and_then(|c| parse_document(c, line)) {
                Ok(Some(d)) => return Some(Ok(d)),
                Ok(None) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        self.done = true;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objects(text: &str) -> Vec<Result<(usize, Value), DecodeError>> {
        documents(text).map(|r| r.map(|d| (d.line, Value::Object(d.object)))).collect()
    }

    #[test]
    fn the_parsers_limits_are_said_in_words() {
        let rendered = "error: line 67 column 66: budget breached: Depth { depth: 65 }\n   |  ^ budget breached: Depth \
                        { depth: 65 }\nbudget breached: Events { events: 9 }";
        assert_eq!(
            budget_in_words(rendered),
            "error: line 67 column 66: mappings and lists nest more than 64 levels deep\n   |  ^ mappings and lists \
             nest more than 64 levels deep\ndocument too large for the parser (Events limit exceeded)"
        );
        assert_eq!(budget_in_words("unclosed bracket '['"), "unclosed bracket '['");
    }

    #[test]
    fn splits_on_separator_lines_with_line_numbers() {
        let text = "a: 1\n---\n\n# c\nb: 2\n--- # next\nc: 3\n---\n---\n";
        let docs = objects(text);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].as_ref().unwrap(), &(1, serde_json::json!({"a": 1})));
        assert_eq!(docs[1].as_ref().unwrap(), &(5, serde_json::json!({"b": 2})));
        assert_eq!(docs[2].as_ref().unwrap(), &(7, serde_json::json!({"c": 3})));
    }

    #[test]
    fn bad_separator_stops_the_file() {
        let docs = objects("a: 1\n--- x\nb: 2\n---\nc: 3\n");
        assert_eq!(docs.len(), 2);
        let e = docs[1].as_ref().unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(e.message, "invalid Yaml document separator: x");
    }

    #[test]
    fn malformed_document_reports_file_line_and_stops() {
        let text = "a: 1\n---\nkind: X\nmetadata:\n  name: [unclosed\n---\nb: 2\n";
        let docs = objects(text);
        assert_eq!(docs.len(), 2, "{docs:?}");
        let e = docs[1].as_ref().unwrap_err();
        assert!(e.line >= 3 && e.line <= 7, "{e:?}");
        assert!(!e.message.is_empty());
        assert!(e.to_string().starts_with("yaml: line "));
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let docs = objects("a: 1\na: 2\n");
        let e = docs[0].as_ref().unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        assert_eq!(e.message, "key \"a\" already set in map");
    }

    #[test]
    fn yaml_1_1_scalars() {
        let docs = objects("a: on\nb: yes\nc: off\nd: \"on\"\ne: 010\nf: 1_000\n");
        assert_eq!(
            docs[0].as_ref().unwrap().1,
            serde_json::json!({"a": true, "b": true, "c": false, "d": "on", "e": 8, "f": 1000})
        );
    }

    #[test]
    fn non_objects_and_empties() {
        assert!(objects("").is_empty());
        assert!(objects("# only a comment\n").is_empty());
        assert!(objects("null\n").is_empty());
        let e = objects("- a\n- b\n");
        assert!(e[0].as_ref().unwrap_err().message.contains("cannot unmarshal array"));
        assert!(objects("just a string\n")[0].is_err());
        // JSON is YAML.
        assert_eq!(objects("{\"kind\": \"X\"}")[0].as_ref().unwrap().1, serde_json::json!({"kind": "X"}));
    }

    #[test]
    fn expands_directories_in_lexical_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        for f in ["b.yaml", "a.json", "c.txt", "sub/z.yml", "sub/y.YAML"] {
            std::fs::write(d.join(f), "a: 1\n").unwrap();
        }
        let root = d.to_string_lossy().into_owned();
        let got =
            expand_inputs(&[root.clone(), "-".into(), format!("{root}/c.txt"), format!("{root}/missing")]);
        let names: Vec<String> = got
            .iter()
            .map(|r| match r {
                Ok(Input::File(p)) => p.strip_prefix(&root).unwrap().to_string(),
                Ok(Input::Stdin) => "-".into(),
                Err(InputError::Stat { cause, .. }) => cause.rsplit(": ").next().unwrap().to_string(),
                Err(e) => format!("{e:?}"),
            })
            .collect();
        assert_eq!(names, ["/a.json", "/b.yaml", "/sub/z.yml", "-", "/c.txt", "no such file or directory"]);
        assert_eq!(join("dir/", "a.yaml"), "dir/a.yaml");
        assert_eq!(join("./dir", "a.yaml"), "dir/a.yaml");
        assert_eq!(join(".", "a.yaml"), "a.yaml");
    }

    #[test]
    fn inputs_over_the_limit_stop_with_an_error() {
        assert_eq!(read_limited(&b"a: 1\n"[..], 5).unwrap(), "a: 1\n");
        let e = read_limited(std::io::repeat(0), 1 << 20).unwrap_err();
        assert!(e.to_string().contains("larger than 1 MiB") && e.to_string().contains(MAX_INPUT_ENV), "{e}");
        assert!(read_limited(&b"abcdef"[..], 5).is_err());
    }

    #[test]
    fn flow_scalars_end_where_go_ends_them() {
        let docs = objects("kind: ServiceEntry\nspec:\n  addresses: [1.2.3.4, 001:db8::]\n  hosts: [a]\n");
        assert_eq!(
            docs[0].as_ref().unwrap().1["spec"]["addresses"],
            serde_json::json!(["1.2.3.4", "001:db8::"])
        );
    }
}
