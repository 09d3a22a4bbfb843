//! The lexer: template text into Go's items (text, delimiters, space, fields, variables,
//! identifiers, keywords, literals, punctuation), with trim markers applied to neighbouring
//! text and Go's lexer error messages. Owns no grammar; the parser consumes the items.

use std::borrow::Cow;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ItemType {
    Error,
    Bool,
    Char,
    CharConstant,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    // Keywords.
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

impl ItemType {
    fn is_keyword(self) -> bool {
        matches!(
            self,
            ItemType::Block
                | ItemType::Break
                | ItemType::Continue
                | ItemType::Dot
                | ItemType::Define
                | ItemType::Else
                | ItemType::End
                | ItemType::If
                | ItemType::Nil
                | ItemType::Range
                | ItemType::Template
                | ItemType::With
        )
    }
}

/// One lexed item: its type, byte offset, text (borrowed from the input, owned only for an
/// error message) and 1-based line.
#[derive(Clone, Debug)]
pub(crate) struct Item<'a> {
    pub typ: ItemType,
    pub pos: usize,
    pub val: Cow<'a, str>,
    pub line: usize,
}

impl Item<'_> {
    /// Go's `item.String()`, used in "unexpected X in Y" messages.
    pub fn describe(&self) -> String {
        match self.typ {
            ItemType::Eof => "EOF".into(),
            ItemType::Error => self.val.to_string(),
            t if t.is_keyword() => format!("<{}>", self.val),
            _ => {
                if self.val.chars().count() > 10 {
                    let cut: String = self.val.chars().take(10).collect();
                    format!("{}...", crate::fmt::quote(&cut))
                } else {
                    crate::fmt::quote(&self.val)
                }
            }
        }
    }
}

fn keyword(word: &str) -> Option<ItemType> {
    Some(match word {
        "block" => ItemType::Block,
        "break" => ItemType::Break,
        "continue" => ItemType::Continue,
        "define" => ItemType::Define,
        "else" => ItemType::Else,
        "end" => ItemType::End,
        "if" => ItemType::If,
        "range" => ItemType::Range,
        "nil" => ItemType::Nil,
        "template" => ItemType::Template,
        "with" => ItemType::With,
        _ => return None,
    })
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Lexes the whole text. The item list always ends with an `Eof` or `Error` item.
pub(crate) fn lex<'a>(input: &'a str, left: &'a str, right: &'a str) -> Vec<Item<'a>> {
    let mut l = Lexer {
        input,
        left: if left.is_empty() { "{{" } else { left },
        right: if right.is_empty() { "}}" } else { right },
        pos: 0,
        start: 0,
        line: 1,
        items: Vec::new(),
        paren_depth: 0,
    };
    l.run();
    l.items
}

struct Lexer<'a> {
    input: &'a str,
    left: &'a str,
    right: &'a str,
    pos: usize,
    start: usize,
    /// The line at `start`.
    line: usize,
    items: Vec<Item<'a>>,
    paren_depth: usize,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &str {
        &self.input[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn backup(&mut self, c: char) {
        self.pos -= c.len_utf8();
    }

    /// Emits `start..pos` as an item; `line` is always the line at `start`.
    fn emit(&mut self, typ: ItemType) {
        let val = Cow::Borrowed(&self.input[self.start..self.pos]);
        self.items.push(Item { typ, pos: self.start, val, line: self.line });
        self.ignore();
    }

    /// Drops `start..pos`.
    fn ignore(&mut self) {
        self.line += self.input.as_bytes()[self.start..self.pos].iter().filter(|b| **b == b'\n').count();
        self.start = self.pos;
    }

    /// Emits an error item and stops.
    fn error(&mut self, msg: String) {
        self.items.push(Item {
            typ: ItemType::Error,
            pos: self.start,
            val: Cow::Owned(msg),
            line: self.line,
        });
    }

    fn run(&mut self) {
        while self.lex_text() && self.lex_action() {}
    }

    /// Lexes text up to a left delimiter (trimming its trailing space before `{{- `); false
    /// at EOF, after emitting Eof.
    fn lex_text(&mut self) -> bool {
        let Some(x) = self.rest().find(self.left) else {
            self.pos = self.input.len();
            if self.pos > self.start {
                self.emit(ItemType::Text);
            }
            self.items.push(Item {
                typ: ItemType::Eof,
                pos: self.pos,
                val: Cow::Borrowed(""),
                line: self.line,
            });
            return false;
        };
        let delim = self.pos + x;
        let mut end = delim;
        if has_left_trim(&self.input[delim + self.left.len()..]) {
            end = self.pos + self.input[self.pos..delim].trim_end_matches([' ', '\t', '\r', '\n']).len();
        }
        self.pos = end;
        if self.pos > self.start {
            self.emit(ItemType::Text);
        }
        self.pos = delim;
        self.ignore();
        true
    }

    /// Lexes `{{ … }}` (or a comment) from the left delimiter; false after an error.
    fn lex_action(&mut self) -> bool {
        self.pos += self.left.len();
        let after_marker = self.pos + if has_left_trim(self.rest()) { 2 } else { 0 };
        if self.input[after_marker..].starts_with("/*") {
            self.pos = after_marker;
            self.ignore();
            return self.lex_comment();
        }
        self.emit(ItemType::LeftDelim);
        self.pos = after_marker;
        self.ignore();
        self.paren_depth = 0;
        self.lex_inside_action()
    }

    /// At the start of `/*`.
    fn lex_comment(&mut self) -> bool {
        self.pos += 2;
        let Some(x) = self.rest().find("*/") else {
            self.error("unclosed comment".into());
            return false;
        };
        self.pos += x + 2;
        let (delim, trim) = self.at_right_delim();
        if !delim {
            self.error("comment ends before closing delimiter".into());
            return false;
        }
        if trim {
            self.pos += 2;
        }
        self.pos += self.right.len();
        if trim {
            self.skip_trailing_space();
        }
        self.ignore();
        true
    }

    /// Whether the input is at a right delimiter, and whether a trim marker precedes it.
    fn at_right_delim(&self) -> (bool, bool) {
        let rest = self.rest();
        if has_right_trim(rest) && rest[2..].starts_with(self.right) {
            return (true, true);
        }
        (rest.starts_with(self.right), false)
    }

    fn skip_trailing_space(&mut self) {
        while let Some(&c) = self.input.as_bytes().get(self.pos) {
            if !is_space(c) {
                break;
            }
            self.pos += 1;
        }
    }

    fn lex_inside_action(&mut self) -> bool {
        loop {
            let (delim, trim) = self.at_right_delim();
            if delim {
                if self.paren_depth > 0 {
                    self.error("unclosed left paren".into());
                    return false;
                }
                if trim {
                    self.pos += 2;
                    self.ignore();
                }
                self.pos += self.right.len();
                self.emit(ItemType::RightDelim);
                if trim {
                    self.skip_trailing_space();
                    self.ignore();
                }
                return true;
            }
            let Some(c) = self.next() else {
                self.error("unclosed action".into());
                return false;
            };
            match c {
                c if c.is_ascii() && is_space(c as u8) => {
                    self.backup(c);
                    self.lex_space();
                }
                '=' => self.emit(ItemType::Assign),
                ':' => {
                    if self.next() != Some('=') {
                        self.error("expected :=".into());
                        return false;
                    }
                    self.emit(ItemType::Declare);
                }
                '|' => self.emit(ItemType::Pipe),
                '"' => {
                    if !self.lex_quoted('"', ItemType::String, "unterminated quoted string") {
                        return false;
                    }
                }
                '`' => {
                    if !self.lex_raw_quote() {
                        return false;
                    }
                }
                '$' => {
                    if !self.lex_field_or_variable(ItemType::Variable) {
                        return false;
                    }
                }
                '\'' => {
                    if !self.lex_quoted('\'', ItemType::CharConstant, "unterminated character constant") {
                        return false;
                    }
                }
                '.' => {
                    // A '.' followed by a digit starts a number.
                    if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                        self.backup('.');
                        if !self.lex_number() {
                            return false;
                        }
                    } else if !self.lex_field_or_variable(ItemType::Field) {
                        return false;
                    }
                }
                '+' | '-' | '0'..='9' => {
                    self.backup(c);
                    if !self.lex_number() {
                        return false;
                    }
                }
                c if is_alnum(c) => {
                    self.backup(c);
                    if !self.lex_identifier() {
                        return false;
                    }
                }
                '(' => {
                    self.emit(ItemType::LeftParen);
                    self.paren_depth += 1;
                }
                ')' => {
                    // Go emits the paren before failing, so the parser reports it first.
                    self.emit(ItemType::RightParen);
                    if self.paren_depth == 0 {
                        self.error("unexpected right paren".into());
                        return false;
                    }
                    self.paren_depth -= 1;
                }
                c if c.is_ascii() && !c.is_ascii_control() => self.emit(ItemType::Char),
                c => {
                    self.error(format!("unrecognized character in action: {}", unicode_repr(c)));
                    return false;
                }
            }
        }
    }

    /// A run of spaces; stops before a space that starts a right trim marker.
    fn lex_space(&mut self) {
        let mut n = 0;
        while let Some(c) = self.peek() {
            if !(c.is_ascii() && is_space(c as u8)) {
                break;
            }
            // Stop before " -}}" so the trim marker is seen.
            let rest = self.rest();
            if n > 0 && has_right_trim(rest) && rest[2..].starts_with(self.right) {
                break;
            }
            self.next();
            n += 1;
        }
        if n > 0 {
            self.emit(ItemType::Space);
        }
    }

    fn lex_identifier(&mut self) -> bool {
        while let Some(c) = self.peek() {
            if !is_alnum(c) {
                break;
            }
            self.next();
        }
        let word = &self.input[self.start..self.pos];
        if !self.at_terminator() {
            let c = self.peek().unwrap_or(' ');
            self.error(format!("bad character {}", unicode_repr(c)));
            return false;
        }
        let typ = if let Some(k) = keyword(word) {
            k
        } else if word == "true" || word == "false" {
            ItemType::Bool
        } else {
            ItemType::Identifier
        };
        self.emit(typ);
        true
    }

    /// After `$` or `.`: the name, or the bare `$`/`.`.
    fn lex_field_or_variable(&mut self, typ: ItemType) -> bool {
        if self.at_terminator() {
            self.emit(if typ == ItemType::Variable { ItemType::Variable } else { ItemType::Dot });
            return true;
        }
        while let Some(c) = self.peek() {
            if !is_alnum(c) {
                break;
            }
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or(' ');
            self.error(format!("bad character {}", unicode_repr(c)));
            return false;
        }
        self.emit(typ);
        true
    }

    /// Whether the next character can end a word: space, EOF, `.`, `,`, `|`, `:`, `)`, `(`
    /// or the right delimiter.
    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) if c.is_ascii() && is_space(c as u8) => true,
            Some('.' | ',' | '|' | ':' | ')' | '(') => true,
            Some(_) => self.rest().starts_with(self.right),
        }
    }

    /// A `'…'` or `"…"` literal after its opening quote: escapes skip a character, and a
    /// newline or EOF before the closing quote is an error.
    fn lex_quoted(&mut self, quote: char, typ: ItemType, unterminated: &str) -> bool {
        loop {
            match self.next() {
                Some('\\') if self.next().is_some_and(|c| c != '\n') => {}
                Some('\\') | None | Some('\n') => {
                    self.error(unterminated.into());
                    return false;
                }
                Some(c) if c == quote => break,
                Some(_) => {}
            }
        }
        self.emit(typ);
        true
    }

    fn lex_number(&mut self) -> bool {
        if !self.scan_number() {
            let text = self.input[self.start..self.pos].to_string();
            self.error(format!("bad number syntax: {}", crate::fmt::quote(&text)));
            return false;
        }
        self.emit(ItemType::Number);
        true
    }

    /// Go's `scanNumber`: sign, base prefix, digits with `_`, fraction, exponent; then no
    /// alphanumeric may follow.
    fn scan_number(&mut self) -> bool {
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        let mut digits = "0123456789_";
        if self.rest().starts_with('0') {
            let r = self.rest();
            if r.len() > 1 {
                match r.as_bytes()[1] {
                    b'x' | b'X' => {
                        self.pos += 2;
                        digits = "0123456789abcdefABCDEF_";
                    }
                    b'o' | b'O' => {
                        self.pos += 2;
                        digits = "01234567_";
                    }
                    b'b' | b'B' => {
                        self.pos += 2;
                        digits = "01_";
                    }
                    _ => {}
                }
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if let Some(c) = self.peek()
            && is_alnum(c)
        {
            self.next();
            return false;
        }
        true
    }

    fn accept(&mut self, valid: &str) -> bool {
        if let Some(c) = self.peek()
            && valid.contains(c)
        {
            self.next();
            return true;
        }
        false
    }

    fn accept_run(&mut self, valid: &str) {
        while self.accept(valid) {}
    }

    fn lex_raw_quote(&mut self) -> bool {
        match self.rest().find('`') {
            Some(x) => {
                let end = self.pos + x + 1;
                while self.pos < end {
                    self.next();
                }
                self.emit(ItemType::RawString);
                true
            }
            None => {
                self.error("unterminated raw quoted string".into());
                false
            }
        }
    }
}

/// `{{- ` : a `-` then a space character.
fn has_left_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0] == b'-' && is_space(b[1])
}

/// ` -}}`: a space character then `-`.
fn has_right_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && is_space(b[0]) && b[1] == b'-'
}

/// Go's `%#U`: `U+0041 'A'`.
fn unicode_repr(c: char) -> String {
    format!("U+{:04X} '{}'", c as u32, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(ItemType, String)> {
        lex(s, "", "").into_iter().map(|i| (i.typ, i.val.to_string())).collect()
    }

    #[test]
    fn trims_text_around_markers() {
        let items = kinds("a  \n{{- .x -}}\n  b");
        assert_eq!(
            items,
            vec![
                (ItemType::Text, "a".into()),
                (ItemType::LeftDelim, "{{".into()),
                (ItemType::Field, ".x".into()),
                (ItemType::RightDelim, "}}".into()),
                (ItemType::Text, "b".into()),
                (ItemType::Eof, "".into()),
            ]
        );
    }

    #[test]
    fn comments_vanish_and_trim() {
        let items = kinds("a \n{{- /* c */ -}}\n b{{/* x */}}c");
        let texts: Vec<_> =
            items.iter().filter(|(t, _)| *t == ItemType::Text).map(|(_, v)| v.clone()).collect();
        assert_eq!(texts, vec!["a", "b", "c"]);
    }

    #[test]
    fn lexes_literals_and_punctuation() {
        let items = kinds(r#"{{$x := index .a "k\"" `raw` 1.5 -2 'c' | f (g) nil true}}"#);
        let types: Vec<_> = items.iter().map(|(t, _)| *t).filter(|t| *t != ItemType::Space).collect();
        use ItemType::*;
        assert_eq!(
            types,
            vec![
                LeftDelim,
                Variable,
                Declare,
                Identifier,
                Field,
                String,
                RawString,
                Number,
                Number,
                CharConstant,
                Pipe,
                Identifier,
                LeftParen,
                Identifier,
                RightParen,
                Nil,
                Bool,
                RightDelim,
                Eof
            ]
        );
    }

    #[test]
    fn lexer_errors_read_as_go() {
        let last = |s: &str| lex(s, "", "").pop().unwrap().val.to_string();
        assert_eq!(last("{{ .x "), "unclosed action");
        assert_eq!(last("{{ \"abc }}"), "unterminated quoted string");
        assert_eq!(last("{{/* x }}"), "unclosed comment");
        assert_eq!(last("{{/* x */ .y}}"), "comment ends before closing delimiter");
        assert_eq!(last("{{ ) }}"), "unexpected right paren");
        assert_eq!(last("{{ ( }}"), "unclosed left paren");
        assert_eq!(last("{{ 3x }}"), "bad number syntax: \"3x\"");
        assert_eq!(last("{{ a : }}"), "expected :=");
    }

    #[test]
    fn lines_are_counted() {
        let items = lex("a\nb\n{{ .x }}\n{{\n.y }}", "", "");
        let field_lines: Vec<_> = items.iter().filter(|i| i.typ == ItemType::Field).map(|i| i.line).collect();
        assert_eq!(field_lines, vec![3, 5]);
    }
}
