//! A small Go text/template syntax checker for the injection templates: it finds every `{{ }}`
//! action, tokenizes it, and checks what Go's parser would reject at parse time (unclosed
//! actions and strings, `if/range/with/define/block` … `end` balance, misplaced `else`,
//! `break`, `continue` and `define`, undefined variables, unknown functions, parentheses).
//! It does not execute templates and knows nothing about YAML; it only reports errors.

use std::collections::BTreeSet;

/// A syntax error with the 1-based line where the offending action starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Words Go's parser gives a meaning of their own inside an action.
const KEYWORDS: &[&str] = &[
    "if", "else", "end", "range", "with", "define", "block", "template", "break", "continue",
];
const LITERALS: &[&str] = &["true", "false", "nil"];
/// Marks where a `define`/`block` body starts in the variable stack.
const DEFINE_BOUNDARY: &str = "\u{0}define";

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Field,
    Var(String),
    Str,
    Number,
    Open,
    Close,
    Pipe,
    Declare,
    Assign,
    Comma,
}

/// One `{{ … }}` action: its body (without delimiters and trim markers) and where it starts.
struct Action {
    body: String,
    line: usize,
}

/// What a template file defines and calls, for checks across the whole file.
#[derive(Debug, Default)]
pub struct Summary {
    pub functions: BTreeSet<String>,
    pub defines: BTreeSet<String>,
    pub template_calls: BTreeSet<String>,
}

#[derive(Debug, PartialEq)]
#[allow(clippy::enum_variant_names)] // `Block` is Go's own name for that action
enum Block {
    If,
    Range,
    With,
    Define,
    Block,
}

struct Frame {
    kind: Block,
    seen_plain_else: bool,
    vars_before: usize,
    line: usize,
}

/// Checks `text` as one Go template. `functions` are the names a call may use. On success
/// returns what the template defines and calls.
pub fn check(text: &str, functions: &BTreeSet<String>) -> Result<Summary, SyntaxError> {
    let actions = split_actions(text)?;
    let mut summary = Summary::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut vars: Vec<String> = vec!["$".to_string()];
    for action in actions {
        let Some(body) = comment_or_body(&action)? else { continue };
        let toks = tokenize(&body, action.line)?;
        let err = |message: String| SyntaxError { line: action.line, message };
        let Some(first) = toks.first() else {
            return Err(err("missing value for command".into()));
        };
        let keyword = match first {
            Tok::Ident(word) if KEYWORDS.contains(&word.as_str()) => Some(word.as_str()),
            _ => None,
        };
        match keyword {
            Some("end") => {
                if toks.len() > 1 {
                    return Err(err("unexpected tokens after end".into()));
                }
                let frame = stack.pop().ok_or_else(|| err("unexpected {{end}}".into()))?;
                vars.truncate(frame.vars_before);
            }
            Some("else") => {
                let frame = stack.last_mut().ok_or_else(|| err("unexpected {{else}}".into()))?;
                if !matches!(frame.kind, Block::If | Block::Range | Block::With) {
                    return Err(err("unexpected {{else}} inside define/block".into()));
                }
                if frame.seen_plain_else {
                    return Err(err("expected end; found {{else}} after a plain {{else}}".into()));
                }
                match toks.get(1) {
                    None => frame.seen_plain_else = true,
                    Some(Tok::Ident(word)) if word == "if" || word == "with" => {
                        let same = matches!((&frame.kind, word.as_str()), (Block::If, "if") | (Block::With, "with"));
                        if !same {
                            return Err(err(format!("{{{{else {word}}}}} only chains an {{{{{word}}}}} block")));
                        }
                        check_pipeline(&toks[2..], functions, &mut vars, &mut summary, true)
                            .map_err(err)?;
                    }
                    Some(_) => return Err(err("unexpected tokens after else".into())),
                }
            }
            Some(word @ ("if" | "range" | "with")) => {
                let kind = match word {
                    "if" => Block::If,
                    "range" => Block::Range,
                    _ => Block::With,
                };
                let vars_before = vars.len();
                check_pipeline(&toks[1..], functions, &mut vars, &mut summary, true).map_err(err)?;
                stack.push(Frame { kind, seen_plain_else: false, vars_before, line: action.line });
            }
            Some(word @ ("define" | "block")) => {
                let name = match toks.get(1) {
                    Some(Tok::Str) => string_literal(&body, word).map_err(err)?,
                    _ => return Err(err(format!("{word} needs a quoted template name"))),
                };
                let kind = if word == "define" {
                    if !stack.is_empty() {
                        return Err(err("{{define}} is only allowed at the top level".into()));
                    }
                    if toks.len() > 2 {
                        return Err(err("unexpected tokens after define name".into()));
                    }
                    Block::Define
                } else {
                    check_pipeline(&toks[2..], functions, &mut vars, &mut summary, false)
                        .map_err(err)?;
                    Block::Block
                };
                if !summary.defines.insert(name.clone()) {
                    return Err(err(format!("template {name:?} defined twice")));
                }
                // a definition sees only `$` (its own data), never the caller's variables
                let vars_before = vars.len();
                vars.push(DEFINE_BOUNDARY.into());
                vars.push("$".into());
                stack.push(Frame { kind, seen_plain_else: false, vars_before, line: action.line });
            }
            Some("template") => {
                match toks.get(1) {
                    Some(Tok::Str) => {
                        summary.template_calls.insert(string_literal(&body, "template").map_err(err)?);
                    }
                    _ => return Err(err("template needs a quoted template name".into())),
                }
                if toks.len() > 2 {
                    check_pipeline(&toks[2..], functions, &mut vars, &mut summary, false)
                        .map_err(err)?;
                }
            }
            Some(word @ ("break" | "continue")) => {
                if toks.len() > 1 {
                    return Err(err(format!("unexpected tokens after {word}")));
                }
                let in_range = stack
                    .iter()
                    .rev()
                    .take_while(|f| !matches!(f.kind, Block::Define | Block::Block))
                    .any(|f| f.kind == Block::Range);
                if !in_range {
                    return Err(err(format!("{{{{{word}}}}} outside {{{{range}}}}")));
                }
            }
            _ => {
                check_pipeline(&toks, functions, &mut vars, &mut summary, true).map_err(err)?;
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(SyntaxError {
            line: open.line,
            message: format!("unexpected EOF: {:?} opened here has no {{{{end}}}}", open.kind),
        });
    }
    for called in &summary.template_calls {
        if !summary.defines.contains(called) {
            return Err(SyntaxError { line: 0, message: format!("no such template {called:?}") });
        }
    }
    Ok(summary)
}

/// The text of the first string literal in an action body after `keyword`.
fn string_literal(body: &str, keyword: &str) -> Result<String, String> {
    let rest = body.trim_start().strip_prefix(keyword).unwrap_or(body).trim_start();
    let quote = rest.chars().next().ok_or("missing name")?;
    let inner = &rest[1..];
    let end = inner.find(quote).ok_or("unterminated name")?;
    Ok(inner[..end].to_string())
}

/// Checks one pipeline: declarations first, then commands separated by `|`. Every bare
/// identifier is a function call and must be known; every `$var` must be in scope.
fn check_pipeline(
    toks: &[Tok],
    functions: &BTreeSet<String>,
    vars: &mut Vec<String>,
    summary: &mut Summary,
    may_declare: bool,
) -> Result<(), String> {
    let mut rest = toks;
    let mut declared = Vec::new();
    // `$a := …`, `$a = …`, `$i, $v := …`
    let decl_end = rest.iter().position(|t| matches!(t, Tok::Declare | Tok::Assign));
    if let Some(pos) = decl_end {
        let lhs = &rest[..pos];
        let names: Vec<&String> = lhs
            .iter()
            .filter_map(|t| if let Tok::Var(v) = t { Some(v) } else { None })
            .collect();
        let shape_ok = matches!(lhs, [Tok::Var(_)] | [Tok::Var(_), Tok::Comma, Tok::Var(_)]);
        if !shape_ok || !may_declare {
            return Err("bad variable declaration".into());
        }
        if matches!(rest[pos], Tok::Assign) {
            for name in &names {
                if !in_scope(vars, name) {
                    return Err(format!("undefined variable {name:?}"));
                }
            }
        } else {
            declared = names.into_iter().cloned().collect();
        }
        rest = &rest[pos + 1..];
    }
    if rest.is_empty() {
        return Err("missing value for command".into());
    }
    let mut depth = 0usize;
    let mut command_len = 0usize;
    for tok in rest {
        match tok {
            Tok::Open => {
                depth += 1;
                command_len = 0;
            }
            Tok::Close => {
                if depth == 0 {
                    return Err("unexpected right paren".into());
                }
                if command_len == 0 {
                    return Err("missing value inside parentheses".into());
                }
                depth -= 1;
                command_len = 1;
            }
            Tok::Pipe => {
                if command_len == 0 {
                    return Err("missing command before |".into());
                }
                command_len = 0;
            }
            Tok::Declare | Tok::Assign => return Err("unexpected declaration inside a command".into()),
            Tok::Comma => return Err("unexpected comma".into()),
            Tok::Ident(word) => {
                if KEYWORDS.contains(&word.as_str()) {
                    return Err(format!("unexpected {word:?} in command"));
                }
                if !LITERALS.contains(&word.as_str()) {
                    if !functions.contains(word) {
                        return Err(format!("function {word:?} not defined"));
                    }
                    summary.functions.insert(word.clone());
                }
                command_len += 1;
            }
            Tok::Var(name) => {
                if !in_scope(vars, name) {
                    return Err(format!("undefined variable {name:?}"));
                }
                command_len += 1;
            }
            Tok::Field | Tok::Str | Tok::Number => command_len += 1,
        }
    }
    if depth != 0 {
        return Err("unclosed left paren".into());
    }
    if command_len == 0 {
        return Err("missing command after |".into());
    }
    // the declared names become visible only after the pipeline
    vars.extend(declared);
    Ok(())
}

/// Whether `$name` is visible: declared after the innermost `define` boundary, or `$`.
fn in_scope(vars: &[String], name: &str) -> bool {
    for v in vars.iter().rev() {
        if v == name {
            return true;
        }
        if v == DEFINE_BOUNDARY {
            return false;
        }
    }
    false
}

/// Splits the text into actions, honouring quoted strings inside them. Errors on an action
/// that never closes.
fn split_actions(text: &str) -> Result<Vec<Action>, SyntaxError> {
    let bytes = text.as_bytes();
    let mut actions = Vec::new();
    let mut i = 0;
    while let Some(offset) = text[i..].find("{{") {
        let start = i + offset;
        let line = text[..start].matches('\n').count() + 1;
        let mut j = start + 2;
        let mut quote: Option<u8> = None;
        let mut in_comment = false;
        let end = loop {
            if j >= bytes.len() {
                return Err(SyntaxError { line, message: "unclosed action".into() });
            }
            let b = bytes[j];
            if in_comment {
                if text[j..].starts_with("*/") {
                    in_comment = false;
                    j += 2;
                    continue;
                }
            } else if let Some(q) = quote {
                if b == b'\\' && q != b'`' {
                    j += 2;
                    continue;
                }
                if b == b'\n' && q != b'`' {
                    return Err(SyntaxError { line, message: "unterminated quoted string".into() });
                }
                if b == q {
                    quote = None;
                }
            } else if text[j..].starts_with("/*") {
                in_comment = true;
                j += 2;
                continue;
            } else if b == b'"' || b == b'`' || b == b'\'' {
                quote = Some(b);
            } else if text[j..].starts_with("}}") {
                break j;
            }
            j += 1;
        };
        actions.push(Action { body: text[start + 2..end].to_string(), line });
        i = end + 2;
    }
    Ok(actions)
}

/// Strips trim markers; `None` for a comment (which must fill the whole action, as Go
/// requires), an error for a malformed one.
fn comment_or_body(action: &Action) -> Result<Option<String>, SyntaxError> {
    let space = |c: Option<char>| c.is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let raw = action.body.as_str();
    let mut body = raw;
    if raw.starts_with('-') && space(raw.chars().nth(1)) {
        body = &raw[2..];
    }
    if let Some(comment) = body.strip_prefix("/*") {
        let close = comment.find("*/").ok_or_else(|| SyntaxError {
            line: action.line,
            message: "unclosed comment".into(),
        })?;
        let tail = &comment[close + 2..];
        let tail_ok = tail.is_empty() || (tail.len() == 2 && tail.ends_with('-') && space(tail.chars().next()));
        if !tail_ok {
            return Err(SyntaxError {
                line: action.line,
                message: "comment ends before closing delimiter".into(),
            });
        }
        return Ok(None);
    }
    if body.ends_with('-') && space(body.chars().rev().nth(1)) {
        body = &body[..body.len() - 1];
    }
    Ok(Some(body.to_string()))
}

/// Splits an action body into tokens.
fn tokenize(body: &str, line: usize) -> Result<Vec<Tok>, SyntaxError> {
    let err = |message: &str| SyntaxError { line, message: message.to_string() };
    let chars: Vec<char> = body.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let ident_char = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '(' | '|' | ',' | '=' => {
                toks.push(match c {
                    '(' => Tok::Open,
                    '|' => Tok::Pipe,
                    ',' => Tok::Comma,
                    _ => Tok::Assign,
                });
                i += 1;
            }
            ':' if chars.get(i + 1) == Some(&'=') => {
                toks.push(Tok::Declare);
                i += 2;
            }
            ')' => {
                toks.push(Tok::Close);
                i += 1;
                // a field chain may follow a parenthesised pipeline: (index .a 0).Name
                if chars.get(i) == Some(&'.') {
                    while i < chars.len() && (ident_char(chars[i]) || chars[i] == '.') {
                        i += 1;
                    }
                }
            }
            '"' | '`' | '\'' => {
                let mut j = i + 1;
                loop {
                    match chars.get(j) {
                        None => return Err(err("unterminated quoted string")),
                        Some('\\') if c != '`' => j += 2,
                        Some(&q) if q == c => break,
                        Some(_) => j += 1,
                    }
                }
                toks.push(Tok::Str);
                i = j + 1;
            }
            '.' => {
                let mut j = i + 1;
                while j < chars.len() && (ident_char(chars[j]) || chars[j] == '.') {
                    j += 1;
                }
                toks.push(Tok::Field);
                i = j;
            }
            '$' => {
                let mut j = i + 1;
                while j < chars.len() && ident_char(chars[j]) {
                    j += 1;
                }
                let name: String = chars[i..j].iter().collect();
                while j < chars.len() && (ident_char(chars[j]) || chars[j] == '.') {
                    j += 1;
                }
                toks.push(Tok::Var(name));
                i = j;
            }
            c if c.is_ascii_digit() || ((c == '-' || c == '+') && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) => {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || matches!(chars[j], '.' | '_' | '+' | '-')) {
                    j += 1;
                }
                toks.push(Tok::Number);
                i = j;
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut j = i + 1;
                while j < chars.len() && ident_char(chars[j]) {
                    j += 1;
                }
                toks.push(Tok::Ident(chars[i..j].iter().collect()));
                i = j;
            }
            other => return Err(err(&format!("unexpected character {other:?} in action"))),
        }
    }
    Ok(toks)
}
