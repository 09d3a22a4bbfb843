//! Go's `fmt` for the values templates print: `%v` of every value kind (floats in the
//! shortest form with Go's exponent rule, maps sorted, `<nil>`), `Sprint`/`Sprintln` spacing,
//! and `Sprintf` with the verbs that occur (v s d t q x X o b c e E f F g G %) and their
//! flags, width and precision. Owns no template logic.

use std::fmt::Write;

use crate::value::Value;

/// One value as a template action prints it: `%v`, with no value as `<no value>` and a
/// pointer to a struct shown as the struct (Go's `printableValue` dereferences it).
pub fn sprint_value(v: &Value) -> String {
    let mut out = String::new();
    write_v(&mut out, v, At::Action);
    out
}

/// Appends one value as a template action prints it (see [`sprint_value`]).
pub(crate) fn write_action(out: &mut String, v: &Value) {
    write_v(out, v, At::Action);
}

/// Where a value is printed: what no value and a pointer to a struct look like.
#[derive(Clone, Copy, PartialEq)]
enum At {
    /// The result of an action: `<no value>`, pointers dereferenced.
    Action,
    /// An operand of `fmt`: `<nil>`, a pointer to a struct as `&{…}`.
    Operand,
}

/// A float64 as Go's `%v` prints it: the shortest digits that round-trip, in exponent form
/// (at least two exponent digits) when the decimal exponent is < -4 or >= 6: `15020`, `1e+06`.
pub fn format_float_v(f: f64) -> String {
    format_g(f, None, false)
}

/// Go's `time.Duration.String`.
pub fn duration_string(d: i64) -> String {
    if d == 0 {
        return "0s".into();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if u < 1_000 {
        let _ = write!(out, "{u}ns");
    } else if u < 1_000_000 {
        out.push_str(&fraction(u, 3));
        out.push_str("µs");
    } else if u < 1_000_000_000 {
        out.push_str(&fraction(u, 6));
        out.push_str("ms");
    } else {
        let secs = u / 1_000_000_000;
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        let sec = fraction(s * 1_000_000_000 + u % 1_000_000_000, 9);
        if h > 0 {
            let _ = write!(out, "{h}h{m}m{sec}s");
        } else if m > 0 {
            let _ = write!(out, "{m}m{sec}s");
        } else {
            let _ = write!(out, "{sec}s");
        }
    }
    out
}

/// `u / 10^digits` with its fraction, trailing zeros dropped (`1500, 3` → `1.5`).
fn fraction(u: u64, digits: u32) -> String {
    let scale = 10u64.pow(digits);
    let (int, frac) = (u / scale, u % scale);
    if frac == 0 {
        return int.to_string();
    }
    let f = format!("{frac:0width$}", width = digits as usize);
    format!("{int}.{}", f.trim_end_matches('0'))
}

/// Writes the `%v` form of `v`: scalars directly, the rest through `format_one`.
fn write_v(out: &mut String, v: &Value, at: At) {
    match v {
        Value::Missing if at == At::Action => out.push_str("<no value>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Uint(u) => {
            let _ = write!(out, "{u}");
        }
        Value::Float(f) => out.push_str(&format_float_v(*f)),
        Value::String(s) => out.push_str(s),
        Value::Stringer(s) => out.push_str(&s.text),
        // An action prints a pointer to a struct as the struct itself.
        Value::Object(o) if at == At::Action && !o.is_nil() && o.string().is_none() => {
            out.push('{');
            for (i, (_, item)) in o.fields().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, 'v', &Spec::default(), item);
            }
            out.push('}');
        }
        other => format_one(out, 'v', &Spec::default(), other),
    }
}

/// Whether Go's `Sprint` treats the operand as a string (no spaces added next to it).
fn is_string_kind(v: &Value) -> bool {
    matches!(v, Value::String(_)) || matches!(v, Value::Stringer(s) if matches!(s.base, Value::String(_)))
}

/// `fmt.Sprint`: operands concatenated, a space between two operands when neither is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = is_string_kind(a);
        if i > 0 && !is_string && !prev_string {
            out.push(' ');
        }
        write_v(&mut out, &nil_for_missing(a), At::Operand);
        prev_string = is_string;
    }
    out
}

/// `fmt.Sprintln`: operands separated by spaces, then a newline.
pub fn sprintln(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_v(&mut out, &nil_for_missing(a), At::Operand);
    }
    out.push('\n');
    out
}

/// Arguments of Go's print functions are `interface {}`: a missing value arrives as nil.
fn nil_for_missing(v: &Value) -> Value {
    if v.is_missing() { Value::Nil } else { v.clone() }
}

/// `strconv.Quote`: a double-quoted Go string literal; printable Unicode is kept.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `unicode.IsPrint` good for text: not a control, not an unassigned
/// private-use or format character, and the only space allowed is U+0020.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    !(matches!(u, 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb)
        || (0xe000..=0xf8ff).contains(&u)
        || (0xd800..=0xdfff).contains(&u))
}

/// Go's `%g`: `prec` significant digits (None = the shortest round-trip digits). Exponent
/// form when the exponent is < -4 or >= the precision (6 for the shortest form).
fn format_g(f: f64, prec: Option<usize>, sharp: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Digits and decimal exponent of the (rounded) value.
    let sci = match prec {
        None => format!("{f:e}"),
        Some(p) => format!("{:.*e}", p.max(1) - 1, f),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let mut digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    if !sharp {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let nd = digits.len() as i32;
    // strconv: the shortest form decides with precision 6; an explicit precision p uses p,
    // lowered to the digit count when all digits are in the integer part.
    let eprec = match prec {
        None => 6,
        Some(p) => {
            let mut e = p.max(1) as i32;
            if e > nd && nd > exp {
                e = nd;
            }
            e
        }
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

/// `%e` with a precision: `d.ddddde±XX`.
fn format_e(f: f64, prec: usize, upper: bool) -> String {
    if !f.is_finite() {
        return format_g(f, None, false);
    }
    let sci = format!("{:.*e}", prec, f);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!("{mant}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Flags, width and precision of one verb.
#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

impl Spec {
    /// Pads `s` to the width; `numeric` allows zero padding after the sign.
    fn pad(&self, s: String, numeric: bool) -> String {
        let Some(w) = self.width else { return s };
        let len = s.chars().count();
        if len >= w {
            return s;
        }
        let fill = w - len;
        if self.minus {
            return s + &" ".repeat(fill);
        }
        if self.zero && numeric {
            let (sign, rest) = match s.chars().next() {
                Some(c @ ('-' | '+' | ' ')) => (c.to_string(), s[1..].to_string()),
                _ => (String::new(), s),
            };
            return sign + &"0".repeat(fill) + &rest;
        }
        " ".repeat(fill) + &s
    }

    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// Widths and precisions above this are refused, as Go's `fmt` refuses them.
const TOO_LARGE: u64 = 1_000_000;

/// `fmt.Sprintf` for template values.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let bytes = format.as_bytes();
    let mut i = 0;
    let mut argn = 0;
    let mut reordered = false;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i] != b'%' {
            i += 1;
        }
        out.push_str(&format[start..i]);
        if i >= bytes.len() {
            break;
        }
        i += 1; // '%'
        let mut spec = Spec::default();
        while i < bytes.len() {
            match bytes[i] {
                b'-' => spec.minus = true,
                b'+' => spec.plus = true,
                b'#' => spec.sharp = true,
                b' ' => spec.space = true,
                b'0' => spec.zero = !spec.minus,
                _ => break,
            }
            i += 1;
        }
        // Width.
        if i < bytes.len() && bytes[i] == b'*' {
            i += 1;
            if let Some(n) = args.get(argn).and_then(Value::as_int).filter(|n| n.unsigned_abs() <= TOO_LARGE)
            {
                if n < 0 {
                    spec.minus = true;
                }
                spec.width = Some(n.unsigned_abs() as usize);
            } else {
                out.push_str("%!(BADWIDTH)");
            }
            argn += 1;
        } else {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                match format[s..i].parse::<usize>() {
                    Ok(w) if w as u64 <= TOO_LARGE => spec.width = Some(w),
                    // Go's parser gives up on the rest of the format.
                    _ => {
                        out.push_str("%!(NOVERB)");
                        break;
                    }
                }
            }
        }
        // Precision.
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
            if i < bytes.len() && bytes[i] == b'*' {
                i += 1;
                match args.get(argn).and_then(Value::as_int) {
                    Some(n) if n >= 0 && n as u64 <= TOO_LARGE => spec.prec = Some(n as usize),
                    _ => out.push_str("%!(BADPREC)"),
                }
                argn += 1;
            } else {
                let s = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                match format[s..i].parse::<usize>() {
                    Ok(p) if p as u64 <= TOO_LARGE => spec.prec = Some(p),
                    Err(_) if i == s => spec.prec = Some(0),
                    _ => {
                        out.push_str("%!(NOVERB)");
                        break;
                    }
                }
            }
        }
        // An explicit argument index `[n]` just before the verb.
        if format[i..].starts_with('[')
            && let Some(close) = format[i..].find(']')
            && let Ok(n) = format[i + 1..i + close].parse::<usize>()
            && n >= 1
        {
            argn = n - 1;
            reordered = true;
            i += close + 1;
        }
        let Some(verb) = format[i..].chars().next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        i += verb.len_utf8();
        if verb == '%' {
            out.push('%');
            continue;
        }
        if verb == 'T' {
            let t = match args.get(argn) {
                None => {
                    out.push_str("%!T(MISSING)");
                    continue;
                }
                Some(Value::Missing | Value::Nil) => "<nil>".to_string(),
                Some(v) => v.type_name(),
            };
            argn += 1;
            out.push_str(&spec.pad(t, false));
            continue;
        }
        let Some(arg) = args.get(argn) else {
            let _ = write!(out, "%!{verb}(MISSING)");
            continue;
        };
        argn += 1;
        format_one(&mut out, verb, &spec, &nil_for_missing(arg));
    }
    if !reordered && argn < args.len() {
        out.push_str("%!(EXTRA ");
        for (k, a) in args[argn..].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            let a = nil_for_missing(a);
            if matches!(a, Value::Nil) {
                out.push_str("<nil>");
            } else {
                let _ = write!(out, "{}={}", a.type_name(), sprint_value(&a));
            }
        }
        out.push(')');
    }
    out
}

/// Go's `%!verb(type=value)` for a verb that does not fit the operand.
fn bad_verb(out: &mut String, verb: char, v: &Value) {
    if matches!(v, Value::Nil) {
        let _ = write!(out, "%!{verb}(<nil>)");
    } else {
        let _ = write!(out, "%!{verb}({}={})", v.type_name(), sprint_value(v));
    }
}

fn format_one(out: &mut String, verb: char, spec: &Spec, v: &Value) {
    // Stringers print through String() for %v %s %q (and %x %X on the text).
    let text_of_stringer = match v {
        Value::Stringer(s) => Some(s.text.clone()),
        Value::Object(o) => o.string(),
        _ => None,
    };
    if let Some(text) = &text_of_stringer
        && matches!(verb, 'v' | 's' | 'q' | 'x' | 'X')
    {
        return format_one(out, verb, spec, &Value::from(text.as_str()));
    }
    match v {
        Value::Stringer(s) => format_one(out, verb, spec, &s.base),
        Value::Missing | Value::Nil => {
            if verb == 'v' {
                out.push_str(&spec.pad("<nil>".into(), false));
            } else {
                bad_verb(out, verb, v);
            }
        }
        Value::Bool(b) => match verb {
            'v' | 't' => out.push_str(&spec.pad(b.to_string(), false)),
            _ => bad_verb(out, verb, v),
        },
        Value::Int(n) => format_int(out, verb, spec, *n < 0, n.unsigned_abs(), v),
        Value::Uint(n) => format_int(out, verb, spec, false, *n, v),
        Value::Float(f) => format_float(out, verb, spec, *f, v),
        Value::String(s) => format_str(out, verb, spec, s, v),
        // Go applies the verb to each element (and map key).
        Value::List(l) => {
            out.push('[');
            for (i, item) in l.items.iter().flatten().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, verb, spec, item);
            }
            out.push(']');
        }
        Value::Map(m) => {
            out.push_str("map[");
            for (i, (k, item)) in m.entries.iter().flatten().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, verb, spec, &Value::from(k.as_str()));
                out.push(':');
                format_one(out, verb, spec, item);
            }
            out.push(']');
        }
        Value::Object(o) => {
            if o.is_nil() {
                out.push_str(&spec.pad("<nil>".into(), false));
                return;
            }
            if o.type_name().starts_with('*') {
                out.push('&');
            }
            out.push('{');
            for (i, (_, item)) in o.fields().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, verb, spec, item);
            }
            out.push('}');
        }
    }
}

fn format_int(out: &mut String, verb: char, spec: &Spec, neg: bool, mag: u64, v: &Value) {
    let body = match verb {
        'v' | 'd' => mag.to_string(),
        'x' => format!("{}{mag:x}", if spec.sharp { "0x" } else { "" }),
        'X' => format!("{}{mag:X}", if spec.sharp { "0X" } else { "" }),
        'o' => format!("{}{mag:o}", if spec.sharp { "0" } else { "" }),
        'O' => format!("0o{mag:o}"),
        'b' => format!("{mag:b}"),
        'c' => {
            let c = char::from_u32(mag as u32).unwrap_or('\u{fffd}');
            out.push_str(&spec.pad(c.to_string(), false));
            return;
        }
        'q' => {
            let c = char::from_u32(mag as u32).unwrap_or('\u{fffd}');
            // strconv.QuoteRune: the rune's Go escape, with `'` escaped and `"` kept.
            let q = match c {
                '\'' => "'\\''".to_string(),
                '"' => "'\"'".to_string(),
                c => {
                    let quoted = quote(&c.to_string());
                    format!("'{}'", &quoted[1..quoted.len() - 1])
                }
            };
            out.push_str(&spec.pad(q, false));
            return;
        }
        'U' => format!("U+{mag:04X}"),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            bad_verb(out, verb, v);
            return;
        }
        _ => {
            bad_verb(out, verb, v);
            return;
        }
    };
    // Precision on integers: minimum digits.
    let body = match spec.prec {
        Some(p) if body.len() < p => "0".repeat(p - body.len()) + &body,
        _ => body,
    };
    let s = format!("{}{body}", spec.sign(neg));
    let zero_ok = spec.prec.is_none();
    out.push_str(&Spec { zero: spec.zero && zero_ok, ..*spec }.pad(s, true));
}

fn format_float(out: &mut String, verb: char, spec: &Spec, f: f64, v: &Value) {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let body = match verb {
        'v' => format_g(a, spec.prec, spec.sharp),
        'g' => format_g(a, spec.prec, spec.sharp),
        'G' => format_g(a, spec.prec, spec.sharp).to_uppercase(),
        'e' => format_e(a, spec.prec.unwrap_or(6), false),
        'E' => format_e(a, spec.prec.unwrap_or(6), true),
        'f' | 'F' => {
            if a.is_finite() {
                format!("{:.*}", spec.prec.unwrap_or(6), a)
            } else {
                format_g(a, None, false)
            }
        }
        _ => {
            bad_verb(out, verb, v);
            return;
        }
    };
    let s = if f.is_nan() { "NaN".to_string() } else { format!("{}{body}", spec.sign(neg)) };
    let numeric = f.is_finite();
    out.push_str(&spec.pad(s, numeric));
}

fn format_str(out: &mut String, verb: char, spec: &Spec, s: &str, v: &Value) {
    let s = match spec.prec {
        Some(p) if matches!(verb, 'v' | 's' | 'q') => s.chars().take(p).collect::<String>(),
        _ => s.to_string(),
    };
    let body = match verb {
        'v' | 's' => s,
        'q' => {
            if spec.sharp && !s.contains('`') {
                format!("`{s}`")
            } else {
                quote(&s)
            }
        }
        'x' => hex(&s, false, spec),
        'X' => hex(&s, true, spec),
        _ => {
            bad_verb(out, verb, v);
            return;
        }
    };
    out.push_str(&spec.pad(body, false));
}

fn hex(s: &str, upper: bool, spec: &Spec) -> String {
    let mut out = String::new();
    for (i, b) in s.bytes().enumerate() {
        if spec.space && i > 0 {
            out.push(' ');
        }
        if spec.sharp && (spec.space || i == 0) {
            out.push_str(if upper { "0X" } else { "0x" });
        }
        let _ = if upper { write!(out, "{b:02X}") } else { write!(out, "{b:02x}") };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_v() {
        for (f, want) in [
            (15020.0, "15020"),
            (0.5, "0.5"),
            (123456.0, "123456"),
            (1e6, "1e+06"),
            (1234567.0, "1.234567e+06"),
            (1e20, "1e+20"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (1.3, "1.3"),
            (0.0, "0"),
        ] {
            assert_eq!(format_float_v(f), want, "{f}");
        }
    }

    #[test]
    fn durations_print_as_go() {
        assert_eq!(duration_string(0), "0s");
        assert_eq!(duration_string(45_000_000_000), "45s");
        assert_eq!(duration_string(60_000_000_000), "1m0s");
        assert_eq!(duration_string(500_000_000), "500ms");
        assert_eq!(duration_string(1_500_000_000), "1.5s");
        assert_eq!(duration_string(3_723_000_000_000), "1h2m3s");
        assert_eq!(duration_string(1_500), "1.5µs");
        assert_eq!(duration_string(-2_000_000_000), "-2s");
    }

    #[test]
    fn sprintf_verbs() {
        let s = |v: &str| Value::from(v);
        assert_eq!(sprintf("%s=%d %t", &[s("a"), Value::Int(5), Value::Bool(true)]), "a=5 true");
        assert_eq!(sprintf("%q", &[s("a\"b\n")]), "\"a\\\"b\\n\"");
        assert_eq!(sprintf("%5d|%-4s|%05d", &[Value::Int(42), s("x"), Value::Int(-42)]), "   42|x   |-0042");
        assert_eq!(sprintf("%x %X %o", &[Value::Int(255), s("hi"), Value::Int(8)]), "ff 6869 10");
        assert_eq!(
            sprintf("%.2f %e %g", &[Value::Float(1.23456), Value::Float(1234.5), Value::Float(1e6)]),
            "1.23 1.234500e+03 1e+06"
        );
        assert_eq!(sprintf("%v %v", &[Value::Float(1e6), Value::Nil]), "1e+06 <nil>");
        assert_eq!(sprintf("%d", &[s("x")]), "%!d(string=x)");
        assert_eq!(sprintf("%d %d", &[Value::Int(1)]), "1 %!d(MISSING)");
        assert_eq!(sprintf("%d", &[Value::Int(1), s("x")]), "1%!(EXTRA string=x)");
        assert_eq!(sprintf("100%%", &[]), "100%");
        assert_eq!(
            sprintf("%99999999999d|%.99999999999f", &[Value::Int(1), Value::Float(1.0)]),
            "%!(NOVERB)%!(EXTRA int=1, float64=1)"
        );
        assert_eq!(
            sprintf(
                "%*d|%.*f",
                &[Value::Int(99999999), Value::Int(2), Value::Int(99999999), Value::Float(1.5)]
            ),
            "%!(BADWIDTH)2|%!(BADPREC)1.500000"
        );
        assert_eq!(sprintf("%.3g|%g", &[Value::Float(1.23456), Value::Float(100000.0)]), "1.23|100000");
        assert_eq!(sprintf("%s", &[Value::enumeration("T", 1, "REDIRECT")]), "REDIRECT");
        assert_eq!(
            sprintf("%q %q %q %q", &[Value::Int(65), Value::Int(39), Value::Int(34), Value::Int(10)]),
            "'A' '\\'' '\"' '\\n'"
        );
        assert_eq!(sprintf("%d", &[Value::enumeration("T", 1, "REDIRECT")]), "1");
    }

    #[test]
    fn compound_values_print_as_go() {
        let m = Value::map([("b", Value::Int(2)), ("a", Value::list([Value::from("x"), Value::Nil]))]);
        assert_eq!(sprint_value(&m), "map[a:[x <nil>] b:2]");
        assert_eq!(sprint_value(&Value::nil_map(crate::Type::String)), "map[]");
        assert_eq!(sprint(&[Value::Int(1), Value::Int(2), s("a"), Value::Int(3)]), "1 2a3");
        assert_eq!(sprintln(&[Value::Int(1), s("a")]), "1 a\n");
        fn s(v: &str) -> Value {
            Value::from(v)
        }
    }
}
