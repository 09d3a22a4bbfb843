//! A syntax-only check of CEL expressions (the Common Expression Language grammar: literals,
//! operators, member/index/call, list/map/message construction, the `has()` and comprehension
//! macros' argument shapes). Telemetry's access-log filter rule (TM-21) uses it. It never
//! evaluates or type-checks an expression.

/// Parses `src`; on failure returns a message naming line and column, upstream-style
/// (`ERROR: <input>:1:5: Syntax error: …`).
pub fn parse(src: &str) -> Result<(), String> {
    let toks = lex(src)?;
    let mut p = Parser { toks, pos: 0, depth: 0 };
    p.expr()?;
    match p.peek() {
        Tok::Eof => Ok(()),
        t => Err(p.err(format!("extraneous input {}", t.describe()))),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Lit,
    Op(&'static str),
    Eof,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("'{s}'"),
            Tok::Lit => "literal".into(),
            Tok::Op(o) => format!("'{o}'"),
            Tok::Eof => "<EOF>".into(),
        }
    }
}

const RESERVED: &[&str] = &[
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
    "namespace", "return", "var", "void", "while",
];

const OPS: &[&str] = &[
    "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", ",", "(", ")",
    "[", "]", "{", "}",
];

fn err_at(src: &str, at: usize, what: impl std::fmt::Display) -> String {
    let before = &src[..at.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    format!("ERROR: <input>:{line}:{}: Syntax error: {what}", col + 1)
}

/// Tokens with their byte offsets.
fn lex(src: &str) -> Result<Vec<(Tok, usize)>, String> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(b.len(), |n| i + n);
            continue;
        }
        let start = i;
        // String and bytes literals, with optional r/b prefixes.
        let mut j = i;
        let mut raw = false;
        while j < b.len() && j - i < 2 && matches!(b[j], b'r' | b'R' | b'b' | b'B') {
            raw |= matches!(b[j], b'r' | b'R');
            j += 1;
        }
        if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
            i = string_lit(src, j, raw)?;
            out.push((Tok::Lit, start));
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let word = &src[start..i];
            match word {
                "true" | "false" | "null" => out.push((Tok::Lit, start)),
                "in" => out.push((Tok::Op("in"), start)),
                w if RESERVED.contains(&w) => return Err(err_at(src, start, format!("reserved identifier: {w}"))),
                w => out.push((Tok::Ident(w.to_string()), start)),
            }
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i = number_lit(src, i)?;
            out.push((Tok::Lit, start));
            continue;
        }
        match OPS.iter().find(|o| src[i..].starts_with(**o)) {
            Some(o) => {
                out.push((Tok::Op(o), start));
                i += o.len();
            }
            None => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(err_at(src, start, format!("token recognition error at: '{ch}'")));
            }
        }
    }
    out.push((Tok::Eof, src.len()));
    Ok(out)
}

fn number_lit(src: &str, start: usize) -> Result<usize, String> {
    let b = src.as_bytes();
    let mut i = start;
    if src[i..].starts_with("0x") || src[i..].starts_with("0X") {
        i += 2;
        let d = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i == d {
            return Err(err_at(src, start, "invalid hex literal"));
        }
        if i < b.len() && (b[i] == b'u' || b[i] == b'U') {
            i += 1;
        }
        return Ok(i);
    }
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut float = false;
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        float = true;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut k = i + 1;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        if k < b.len() && b[k].is_ascii_digit() {
            float = true;
            i = k;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    if !float && i < b.len() && (b[i] == b'u' || b[i] == b'U') {
        i += 1;
    }
    Ok(i)
}

/// A quoted literal starting at `q` (the quote); returns the offset after it.
fn string_lit(src: &str, q: usize, raw: bool) -> Result<usize, String> {
    let b = src.as_bytes();
    let quote = b[q];
    let triple = b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = if triple { q + 3 } else { q + 1 };
    loop {
        if i >= b.len() {
            return Err(err_at(src, q, "unterminated string literal"));
        }
        let c = b[i];
        if triple {
            if c == quote && b.len() >= i + 3 && b[i + 1] == quote && b[i + 2] == quote {
                return Ok(i + 3);
            }
        } else if c == quote {
            return Ok(i + 1);
        } else if c == b'\n' || c == b'\r' {
            return Err(err_at(src, q, "newline in string literal"));
        }
        if c == b'\\' && !raw {
            let n = *b.get(i + 1).ok_or_else(|| err_at(src, i, "unterminated escape"))?;
            let need = |count: usize, pred: fn(&u8) -> bool| -> Result<usize, String> {
                let digits = b.get(i + 2..i + 2 + count).ok_or_else(|| err_at(src, i, "invalid escape sequence"))?;
                if digits.iter().all(pred) { Ok(i + 2 + count) } else { Err(err_at(src, i, "invalid escape sequence")) }
            };
            i = match n {
                b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' | b'\'' | b'"' | b'`' | b'?' => i + 2,
                b'x' | b'X' => need(2, u8::is_ascii_hexdigit)?,
                b'u' => need(4, u8::is_ascii_hexdigit)?,
                b'U' => need(8, u8::is_ascii_hexdigit)?,
                b'0'..=b'3' => {
                    let digits = b.get(i + 2..i + 4).ok_or_else(|| err_at(src, i, "invalid escape sequence"))?;
                    if !digits.iter().all(|d| (b'0'..=b'7').contains(d)) {
                        return Err(err_at(src, i, "invalid escape sequence"));
                    }
                    i + 4
                }
                _ => return Err(err_at(src, i, "invalid escape sequence")),
            };
            continue;
        }
        i += 1;
    }
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
}

/// What a parsed expression looks like, as far as macro argument checks care.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Ident,
    Select,
    Other,
}

impl Parser {
    fn peek(&self) -> Tok {
        self.toks[self.pos].0.clone()
    }
    fn bump(&mut self) -> Tok {
        let t = self.peek();
        if t != Tok::Eof {
            self.pos += 1;
        }
        t
    }
    fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if o == op)
    }
    fn eat(&mut self, op: &str) -> bool {
        let hit = self.at_op(op);
        if hit {
            self.pos += 1;
        }
        hit
    }
    fn err(&self, what: impl std::fmt::Display) -> String {
        let (_, at) = &self.toks[self.pos];
        // Offsets are byte positions; report a 1-based column on line 1 (multi-line filters are rare).
        format!("ERROR: <input>:1:{}: Syntax error: {what}", at + 1)
    }
    fn expect(&mut self, op: &str) -> Result<(), String> {
        if self.eat(op) {
            Ok(())
        } else {
            Err(self.err(format!("mismatched input {} expecting '{op}'", self.peek().describe())))
        }
    }

    fn expr(&mut self) -> Result<Shape, String> {
        self.depth += 1;
        if self.depth > 250 {
            return Err(self.err("expression recursion limit exceeded"));
        }
        let mut s = self.binary(0)?;
        if self.eat("?") {
            self.binary(0)?;
            self.expect(":")?;
            self.expr()?;
            s = Shape::Other;
        }
        self.depth -= 1;
        Ok(s)
    }

    /// Precedence climbing over `||`, `&&`, relations, additive, multiplicative.
    fn binary(&mut self, level: usize) -> Result<Shape, String> {
        const LEVELS: &[&[&str]] = &[
            &["||"],
            &["&&"],
            &["==", "!=", "<", "<=", ">", ">=", "in"],
            &["+", "-"],
            &["*", "/", "%"],
        ];
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut s = self.binary(level + 1)?;
        while LEVELS[level].iter().any(|op| self.at_op(op)) {
            self.bump();
            self.binary(level + 1)?;
            s = Shape::Other;
        }
        Ok(s)
    }

    fn unary(&mut self) -> Result<Shape, String> {
        if self.at_op("!") || self.at_op("-") {
            while self.eat("!") || self.eat("-") {}
            self.member()?;
            return Ok(Shape::Other);
        }
        self.member()
    }

    fn member(&mut self) -> Result<Shape, String> {
        let mut s = self.primary()?;
        loop {
            if self.eat(".") {
                let Tok::Ident(name) = self.bump() else {
                    return Err(self.err("no viable alternative after '.'"));
                };
                if self.eat("(") {
                    let args = self.args(")")?;
                    self.macro_args(&name, &args, true)?;
                    s = Shape::Other;
                } else if self.at_op("{") && s != Shape::Other {
                    self.message_body()?;
                    s = Shape::Other;
                } else {
                    s = Shape::Select;
                }
            } else if self.eat("[") {
                self.expr()?;
                self.expect("]")?;
                s = Shape::Other;
            } else {
                return Ok(s);
            }
        }
    }

    fn primary(&mut self) -> Result<Shape, String> {
        match self.bump() {
            Tok::Lit => Ok(Shape::Other),
            Tok::Op(".") => match self.bump() {
                Tok::Ident(name) => self.after_ident(&name),
                t => Err(self.err(format!("no viable alternative at input '.{}'", t.describe()))),
            },
            Tok::Ident(name) => self.after_ident(&name),
            Tok::Op("(") => {
                self.expr()?;
                self.expect(")")?;
                Ok(Shape::Other)
            }
            Tok::Op("[") => {
                self.args("]")?;
                Ok(Shape::Other)
            }
            Tok::Op("{") => {
                if !self.eat("}") {
                    loop {
                        self.expr()?;
                        self.expect(":")?;
                        self.expr()?;
                        if !self.eat(",") {
                            break;
                        }
                        if self.at_op("}") {
                            break;
                        }
                    }
                    self.expect("}")?;
                }
                Ok(Shape::Other)
            }
            t => {
                self.pos -= usize::from(t != Tok::Eof);
                Err(self.err(format!("mismatched input {} expecting an expression", t.describe())))
            }
        }
    }

    fn after_ident(&mut self, name: &str) -> Result<Shape, String> {
        if self.eat("(") {
            let args = self.args(")")?;
            self.macro_args(name, &args, false)?;
            return Ok(Shape::Other);
        }
        if self.at_op("{") {
            self.message_body()?;
            return Ok(Shape::Other);
        }
        Ok(Shape::Ident)
    }

    /// `{field: expr, …}` of a message construction; the `{` is next.
    fn message_body(&mut self) -> Result<(), String> {
        self.expect("{")?;
        if self.eat("}") {
            return Ok(());
        }
        loop {
            if !matches!(self.bump(), Tok::Ident(_)) {
                return Err(self.err("expecting a field name"));
            }
            self.expect(":")?;
            self.expr()?;
            if !self.eat(",") || self.at_op("}") {
                break;
            }
        }
        self.expect("}")
    }

    /// A comma-separated list up to `close` (a trailing comma is allowed).
    fn args(&mut self, close: &str) -> Result<Vec<Shape>, String> {
        let mut out = Vec::new();
        if self.eat(close) {
            return Ok(out);
        }
        loop {
            out.push(self.expr()?);
            if !self.eat(",") || self.at_op(close) {
                break;
            }
        }
        self.expect(close)?;
        Ok(out)
    }

    /// Macro argument shapes that CEL's parser rejects.
    fn macro_args(&self, name: &str, args: &[Shape], receiver: bool) -> Result<(), String> {
        if !receiver && name == "has" && args.len() == 1 && args[0] != Shape::Select {
            return Err(self.err("invalid argument to has() macro"));
        }
        let comprehension = matches!(name, "all" | "exists" | "exists_one" | "map" | "filter");
        if receiver && comprehension && (args.len() == 2 || args.len() == 3) && args[0] != Shape::Ident {
            return Err(self.err("argument must be a simple name"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn accepts_valid_expressions() {
        for e in [
            "response.code >= 400",
            "response.code >= 400 && request.url_path.startsWith('/api')",
            "has(request.headers.foo) ? 1 : 2",
            "[1, 2u, 3.5e3, 0x1F][0] == 1",
            "{'a': b'x', \"b\": r'\\d'}.size() > 0",
            "xds.cluster_name in ['a', \"b\"]",
            "!(-x % 2 == 0) || y.all(v, v > 0)",
            "google.protobuf.Duration{seconds: 1} != null",
            "'''multi\nline''' == \"\\u00e9\\x41\\101\"",
            ".a.b + c[1] // trailing comment",
        ] {
            assert_eq!(parse(e), Ok(()), "{e}");
        }
    }

    #[test]
    fn rejects_bad_syntax() {
        for e in [
            "",
            "response.code >=",
            "a &&& b",
            "(a",
            "a b",
            "'unterminated",
            "\"bad \\q escape\"",
            "has(a)",
            "x.all(1, true)",
            "if == 1",
            "a.",
            "a #",
        ] {
            let err = parse(e).unwrap_err();
            assert!(err.contains("Syntax error"), "{e}: {err}");
        }
    }
}
