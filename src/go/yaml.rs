//! `sigs.k8s.io/yaml.Marshal` text for a JSON value: the value as go-yaml v2 decodes JSON and
//! then emits it (injection.md §10) — map keys in go-yaml's order, block style with lists not
//! indented under their key, scalar styles chosen as go-yaml's encoder and libyaml's emitter
//! choose them, long scalars folded at width 80. Pure: text in, text out; never prints.

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// The emitter's preferred line width (go-yaml's `best_width`).
const WIDTH: usize = 80;
/// go-yaml's indentation step (`best_indent`).
const INDENT: usize = 2;
/// Keys longer than this (in bytes) are written in the explicit `? key` form.
const SIMPLE_KEY_MAX: usize = 128;

/// `yaml.Marshal` of `v` (never fails; ends with a newline).
pub fn marshal(v: &Value) -> String {
    let mut e = Emitter { out: String::new(), column: 0, whitespace: true, indention: true };
    match v {
        Value::Object(m) if !m.is_empty() => e.mapping(m, 0),
        Value::Array(a) if !a.is_empty() => e.sequence(a, 0),
        other => e.node(other, INDENT, false),
    }
    if e.column != 0 || e.out.is_empty() {
        e.out.push('\n');
    }
    e.out
}

/// go-yaml v2's order of two string map keys (`keyList.Less`): rune by rune; two letters by
/// code point, a non-letter before a letter, two non-letters by the numeric value of the digit
/// runs starting there (then the shorter run, then the code point); a prefix first.
pub fn key_order(a: &str, b: &str) -> Ordering {
    if key_less(a, b) {
        Ordering::Less
    } else if key_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

fn key_less(a: &str, b: &str) -> bool {
    let (mut ai, mut bi) = (a.chars(), b.chars());
    // Whether the digit run that ends just before the current rune holds a non-zero digit.
    let mut nonzero_run = false;
    loop {
        let (ca, cb) = match (ai.clone().next(), bi.clone().next()) {
            (Some(x), Some(y)) => (x, y),
            _ => return a.chars().count() < b.chars().count(),
        };
        if ca == cb {
            if is_digit(ca) {
                nonzero_run |= ca != '0';
            } else {
                nonzero_run = false;
            }
            ai.next();
            bi.next();
            continue;
        }
        let (al, bl) = (is_letter(ca), is_letter(cb));
        if al && bl {
            return ca < cb;
        }
        if al || bl {
            return bl;
        }
        let seed = i64::from(nonzero_run && (ca == '0' || cb == '0'));
        let run = |it: std::str::Chars| {
            let mut n = seed;
            let mut len = 0usize;
            for c in it.take_while(|c| is_digit(*c)) {
                n = n.wrapping_mul(10).wrapping_add(c as i64 - '0' as i64);
                len += 1;
            }
            (n, len)
        };
        let ((an, alen), (bn, blen)) = (run(ai), run(bi));
        if an != bn {
            return an < bn;
        }
        if alen != blen {
            return alen < blen;
        }
        return ca < cb;
    }
}

/// True when go-yaml would write `s` quoted because, plain, it would read back as another
/// type: null/bool words, ints (any base, `_`), floats, timestamps, base-60 numbers.
pub fn resolves_to_non_string(s: &str) -> bool {
    const WORDS: [&str; 35] = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no", "No", "NO",
        "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null", "NULL", ".nan", ".NaN",
        ".NAN", ".inf", ".Inf", ".INF", "-.inf", "-.Inf",
    ];
    const MORE_WORDS: [&str; 4] = ["-.INF", "+.inf", "+.Inf", "+.INF"];
    if WORDS.contains(&s) || MORE_WORDS.contains(&s) {
        return true;
    }
    if is_base60_float(s) {
        return true;
    }
    match s.as_bytes()[0] {
        b'.' => s.parse::<f64>().is_ok_and(f64::is_finite),
        b'+' | b'-' | b'0'..=b'9' => {
            if is_timestamp(s) {
                return true;
            }
            let plain = s.replace('_', "");
            go_int(&plain) || (is_yaml_float(&plain) && plain.parse::<f64>().is_ok_and(f64::is_finite))
        }
        _ => false,
    }
}

/// Go's `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds.
fn go_int(s: &str) -> bool {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if let Some(r) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        (16, r)
    } else if let Some(r) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
        (8, r)
    } else if let Some(r) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
        (2, r)
    } else if body.len() > 1 && body.starts_with('0') {
        (8, &body[1..])
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return false;
    }
    match u64::from_str_radix(digits, radix) {
        Ok(n) if neg => n <= 1 << 63,
        Ok(_) => true,
        Err(_) => false,
    }
}

/// go-yaml's float syntax: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
fn is_yaml_float(s: &str) -> bool {
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    let mant_ok = match mant.split_once('.') {
        Some(("", frac)) => digits(frac),
        Some((int, frac)) => digits(int) && (frac.is_empty() || digits(frac)),
        None => digits(mant),
    };
    let exp_ok = exp.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mant_ok && exp_ok
}

/// go-yaml's base-60 float check: `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?`.
fn is_base60_float(s: &str) -> bool {
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (t, frac) = match t.split_once('.') {
        Some((a, f)) => (a, Some(f)),
        None => (t, None),
    };
    if frac.is_some_and(|f| !f.bytes().all(|b| b.is_ascii_digit() || b == b'_')) {
        return false;
    }
    let mut parts = t.split(':');
    let head = parts.next().unwrap_or("");
    if !head.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || !head.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    {
        return false;
    }
    let mut sexagesimal = 0;
    for p in parts {
        let ok = match p.as_bytes() {
            [d] => d.is_ascii_digit(),
            [a, b] => (b'0'..=b'5').contains(a) && b.is_ascii_digit(),
            _ => false,
        };
        if !ok {
            return false;
        }
        sexagesimal += 1;
    }
    sexagesimal > 0
}

/// go-yaml's timestamp forms (`2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00` with `T` or `t`,
/// `2006-1-2 15:4:5.999999999`), parsed as Go's `time.Parse` would accept them.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let year: i64 = s[..4].parse().unwrap_or(0);
    let mut rest = &b[5..];
    let Some(month) = take_num(&mut rest).filter(|m| (1..=12).contains(m)) else { return false };
    if rest.first() != Some(&b'-') {
        return false;
    }
    rest = &rest[1..];
    let Some(day) = take_num(&mut rest) else { return false };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month as usize - 1];
    if day < 1 || day > days {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let with_zone = matches!(rest[0], b'T' | b't');
    if !with_zone && rest[0] != b' ' {
        return false;
    }
    rest = &rest[1..];
    for (i, limit) in [24, 60, 60].into_iter().enumerate() {
        if i > 0 {
            if rest.first() != Some(&b':') {
                return false;
            }
            rest = &rest[1..];
        }
        if take_num(&mut rest).is_none_or(|n| n >= limit) {
            return false;
        }
    }
    if rest.len() >= 2 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit() {
        rest = &rest[1..];
        while rest.first().is_some_and(u8::is_ascii_digit) {
            rest = &rest[1..];
        }
    }
    if !with_zone {
        return rest.is_empty();
    }
    match rest {
        [b'Z'] => true,
        [sign, h1, h2, b':', m1, m2] => {
            matches!(sign, b'+' | b'-')
                && [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit())
                && (h1 - b'0') * 10 + (h2 - b'0') <= 24
                && (m1 - b'0') * 10 + (m2 - b'0') <= 60
        }
        _ => false,
    }
}

/// One or two digits (Go's `getnum` without the fixed-width flag).
fn take_num(rest: &mut &[u8]) -> Option<i64> {
    let d0 = *rest.first().filter(|d| d.is_ascii_digit())?;
    match rest.get(1).filter(|d| d.is_ascii_digit()) {
        Some(d1) => {
            *rest = &rest[2..];
            Some(i64::from(d0 - b'0') * 10 + i64::from(d1 - b'0'))
        }
        None => {
            *rest = &rest[1..];
            Some(i64::from(d0 - b'0'))
        }
    }
}

/// A JSON number as go-yaml writes the number it decodes from JSON: integers (int64, then
/// uint64) as integers, other values in Go's shortest `%g` form.
pub fn number(n: &serde_json::Number) -> String {
    if !n.is_f64() {
        return n.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.fract() == 0.0 {
        if f >= -(2f64.powi(63)) && f < 2f64.powi(63) {
            return (f as i64).to_string();
        }
        if f >= 0.0 && f < 2f64.powi(64) {
            return (f as u64).to_string();
        }
    }
    go_g(f)
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`.
fn go_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf".into() } else { "-.inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        let (d0, tail) = digits.split_at(1);
        let dot = if tail.is_empty() { String::new() } else { format!(".{tail}") };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{d0}{dot}e{esign}{:02}", exp.abs());
    }
    if exp < 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

/// What libyaml's scalar analysis finds in a string.
struct Analysis {
    multiline: bool,
    block_plain: bool,
    single_allowed: bool,
    block_allowed: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// libyaml's printable set (unicode output): `\n`, ASCII 0x20–0x7E, U+00A0–U+D7FF and
/// U+E000–U+FFFD except the BOM.
fn is_printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        && c != '\u{feff}'
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis { multiline: false, block_plain: true, single_allowed: true, block_allowed: false };
    }
    let mut block_indicators = s.starts_with("---") || s.starts_with("...");
    let (mut line_breaks, mut special) = (false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    for (i, c) in s.char_indices() {
        let after = i + c.len_utf8();
        let next = s[after..].chars().next();
        let followed_by_whitespace = next.is_none_or(|n| n == ' ' || n == '\t');
        let last = after == s.len();
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@'
                | '`' => block_indicators = true,
                '?' | ':' | '-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match c {
                ':' if followed_by_whitespace => block_indicators = true,
                '#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }
        if !is_printable(c) {
            special = true;
        }
        if c == ' ' {
            leading_space |= i == 0;
            trailing_space |= last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            leading_break |= i == 0;
            trailing_break |= last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = matches!(c, ' ' | '\t') || is_break(c);
    }
    let mut a =
        Analysis { multiline: line_breaks, block_plain: true, single_allowed: true, block_allowed: true };
    if leading_space || leading_break || trailing_space || trailing_break || line_breaks || block_indicators {
        a.block_plain = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.block_plain = false;
        a.single_allowed = false;
    }
    if space_break || special {
        a.block_plain = false;
        a.single_allowed = false;
        a.block_allowed = false;
    }
    a
}

/// The style go-yaml's encoder asks for and libyaml's emitter then settles on.
fn string_style(s: &str, a: &Analysis, simple_key: bool) -> Style {
    let mut style = if s.contains('\n') {
        Style::Literal
    } else if resolves_to_non_string(s) {
        Style::Double
    } else {
        Style::Plain
    };
    if simple_key && a.multiline {
        style = Style::Double;
    }
    if style == Style::Plain && !a.block_plain {
        style = Style::Single;
    }
    if style == Style::Single && !a.single_allowed {
        style = Style::Double;
    }
    if style == Style::Literal && (!a.block_allowed || simple_key) {
        style = Style::Double;
    }
    style
}

/// The writer's state, as libyaml keeps it: the column, and whether the last thing written was
/// whitespace / indentation only.
struct Emitter {
    out: String,
    column: usize,
    whitespace: bool,
    indention: bool,
}

impl Emitter {
    #[inline]
    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    #[inline]
    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// A line break written from the scalar's text (other break characters are kept as is).
    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_indent(&mut self, indent: usize) {
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn indicator(&mut self, text: &str, need_whitespace: bool, is_whitespace: bool, is_indention: bool) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in text.chars() {
            self.put(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn mapping(&mut self, m: &Map<String, Value>, indent: usize) {
        let mut entries: Vec<(&String, &Value)> = m.iter().collect();
        entries.sort_unstable_by(|a, b| key_order(a.0, b.0));
        for (k, v) in entries {
            self.write_indent(indent);
            let simple = k.len() <= SIMPLE_KEY_MAX && !k.chars().any(is_break);
            if simple {
                self.string(k, indent + INDENT, true);
                self.indicator(":", false, false, false);
            } else {
                self.indicator("?", true, false, true);
                self.string(k, indent + INDENT, false);
                self.write_indent(indent);
                self.indicator(":", true, false, true);
            }
            self.value(v, indent, true);
        }
    }

    fn sequence(&mut self, a: &[Value], indent: usize) {
        for v in a {
            self.write_indent(indent);
            self.indicator("-", true, false, true);
            self.value(v, indent, false);
        }
    }

    /// A value after `key:` or `- ` of a collection at `indent`.
    fn value(&mut self, v: &Value, indent: usize, in_mapping: bool) {
        match v {
            Value::Object(m) if !m.is_empty() => self.mapping(m, indent + INDENT),
            Value::Array(a) if !a.is_empty() => {
                let indentless = in_mapping && !self.indention;
                self.sequence(a, if indentless { indent } else { indent + INDENT });
            }
            other => self.node(other, indent + INDENT, false),
        }
    }

    /// A scalar or empty collection whose continuation lines go at `indent`.
    fn node(&mut self, v: &Value, indent: usize, simple_key: bool) {
        match v {
            Value::Null => self.plain("null", indent, false),
            Value::Bool(b) => self.plain(if *b { "true" } else { "false" }, indent, false),
            Value::Number(n) => self.plain(&number(n), indent, false),
            Value::String(s) => self.string(s, indent, simple_key),
            Value::Object(_) => {
                self.indicator("{", true, true, false);
                self.indicator("}", false, false, false);
            }
            Value::Array(_) => {
                self.indicator("[", true, true, false);
                self.indicator("]", false, false, false);
            }
        }
    }

    fn string(&mut self, s: &str, indent: usize, simple_key: bool) {
        let a = analyze(s);
        match string_style(s, &a, simple_key) {
            Style::Plain => self.plain(s, indent, !simple_key),
            Style::Single => self.single_quoted(s, indent, !simple_key),
            Style::Double => self.double_quoted(s, indent, !simple_key),
            Style::Literal => self.literal(s, indent),
        }
    }

    fn plain(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        // Without a space there is nowhere to fold: the text goes out whole (most scalars).
        if !s.contains(' ') {
            self.out.push_str(s);
            self.column += s.chars().count();
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                let next_space = chars.peek() == Some(&' ');
                if allow_breaks && !spaces && self.column > WIDTH && !next_space {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn single_quoted(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.indicator("'", true, false, false);
        let chars: Vec<char> = s.chars().collect();
        let (mut spaces, mut breaks) = (false, false);
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let inner = i > 0 && i + 1 < chars.len();
                let next_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks && !spaces && self.column > WIDTH && inner && !next_space {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn double_quoted(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.indicator("\"", true, false, false);
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if !is_printable(c) || c == '\u{feff}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{7}' => self.put('a'),
                    '\u{8}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{b}' => self.put('v'),
                    '\u{c}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1b}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{a0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    _ => {
                        let v = c as u32;
                        let (letter, width) = match v {
                            0..=0xff => ('x', 2),
                            0x100..=0xffff => ('u', 4),
                            _ => ('U', 8),
                        };
                        self.put(letter);
                        for k in (0..width).rev() {
                            let digit = (v >> (k * 4)) & 0xf;
                            self.put(char::from_digit(digit, 16).unwrap_or('0').to_ascii_uppercase());
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                let inner = i > 0 && i + 1 < chars.len();
                if allow_breaks && !spaces && self.column > WIDTH && inner {
                    self.write_indent(indent);
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn literal(&mut self, s: &str, indent: usize) {
        self.indicator("|", true, false, false);
        let first = s.chars().next();
        if first.is_some_and(|c| c == ' ' || is_break(c)) {
            self.indicator(&INDENT.to_string(), false, false, false);
        }
        let mut rev = s.chars().rev();
        let chomp = match (rev.next(), rev.next()) {
            (None, _) => Some('-'),
            (Some(l), _) if !is_break(l) => Some('-'),
            (Some(_), None) => Some('+'),
            (Some(_), Some(p)) if is_break(p) => Some('+'),
            _ => None,
        };
        if let Some(c) = chomp {
            self.indicator(&c.to_string(), false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for c in s.chars() {
            if is_break(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                    breaks = false;
                }
                self.put(c);
                self.indention = false;
            }
        }
    }
}

#[cfg(test)]
mod tests;
