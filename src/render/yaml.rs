//! Text encodings of rendered values: a YAML emitter in the style Kubernetes' Go tooling uses
//! (sorted keys, lists not indented under their key, literal blocks for multi-line
//! strings, strings that YAML 1.1 would read as another type quoted) and Go's `toPrettyJson`.
//! Pure functions over `serde_json::Value`; it never prints.

use serde_json::Value;

/// YAML for one value as Go's `yaml.Marshal` writes it (map keys sorted). Ends with a newline.
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => write_map(&mut out, m, 0),
        Value::Array(a) if !a.is_empty() => write_list(&mut out, a, 0),
        other => {
            out.push_str(&scalar(other, 0));
            out.push('\n');
        }
    }
    out
}

fn pad(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push(' ');
    }
}

fn write_map(out: &mut String, m: &serde_json::Map<String, Value>, ind: usize) {
    let mut entries: Vec<(&String, &Value)> = m.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut first = true;
    for (k, v) in entries {
        if !first {
            pad(out, ind);
        }
        first = false;
        out.push_str(&quote_str(k));
        out.push(':');
        write_after_key(out, v, ind, ind + 2);
    }
}

/// Writes a value that follows `key:` (or `- `): nested collections on following lines.
fn write_after_key(out: &mut String, v: &Value, ind: usize, child: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            pad(out, child);
            write_map(out, m, child);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            pad(out, ind);
            write_list(out, a, ind);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other, child));
            out.push('\n');
        }
    }
}

fn write_list(out: &mut String, a: &[Value], ind: usize) {
    let mut first = true;
    for v in a {
        if !first {
            pad(out, ind);
        }
        first = false;
        out.push('-');
        match v {
            Value::Object(m) if !m.is_empty() => {
                out.push(' ');
                write_map(out, m, ind + 2);
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push(' ');
                write_list(out, inner, ind + 2);
            }
            other => {
                out.push(' ');
                out.push_str(&scalar(other, ind + 2));
                out.push('\n');
            }
        }
    }
}

fn scalar(v: &Value, ind: usize) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n),
        Value::String(s) => {
            if s.contains('\n') && !s.chars().any(|c| c.is_control() && c != '\n') {
                literal(s, ind)
            } else {
                quote_str(s)
            }
        }
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
    }
}

/// Numbers as Go prints float64 values that hold integers: without a fraction.
pub fn number(n: &serde_json::Number) -> String {
    if let Some(f) = n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0 && f.abs() < 1e15) {
        return format!("{}", f as i64);
    }
    n.to_string()
}

fn literal(s: &str, ind: usize) -> String {
    let trailing = s.len() - s.trim_end_matches('\n').len();
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let lead = if s.starts_with(' ') { "2" } else { "" };
    let mut out = format!("|{lead}{chomp}");
    let body = if trailing == 1 { &s[..s.len() - 1] } else if trailing == 0 { s } else { &s[..s.len() - 1] };
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            for _ in 0..ind {
                out.push(' ');
            }
            out.push_str(line);
        }
    }
    out
}

/// True when a plain scalar with this text would not read back as this string under YAML 1.1
/// (booleans like `on`/`yes`, nulls, numbers including octal/sexagesimal forms).
pub fn resolves_to_non_string(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", ".inf", ".Inf", ".INF",
        "-.inf", "-.Inf", "-.INF", "+.inf", ".nan", ".NaN", ".NAN",
    ];
    if s.is_empty() || WORDS.contains(&s) {
        return true;
    }
    let t = s.strip_prefix(['-', '+']).unwrap_or(s);
    if t.is_empty() {
        return false;
    }
    let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit() || c == '_');
    if digits(t) {
        return true;
    }
    if let Some(h) = t.strip_prefix("0x") {
        return !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit() || c == '_');
    }
    if let Some(b) = t.strip_prefix("0b") {
        return !b.is_empty() && b.chars().all(|c| c == '0' || c == '1' || c == '_');
    }
    if t.contains(':') && t.split(':').all(digits) {
        return true;
    }
    // floats: [digits][.digits][e[+-]digits]
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mant_ok = match mant.split_once('.') {
        Some((a, b)) => (a.is_empty() || digits(a)) && (b.is_empty() || digits(b)) && !(a.is_empty() && b.is_empty()),
        None => digits(mant),
    };
    let exp_ok = match exp {
        None => mant.contains('.'),
        Some(e) => {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            digits(e)
        }
    };
    mant_ok && exp_ok
}

fn plain_ok(s: &str) -> bool {
    if s.is_empty() || s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    let first = s.chars().next().unwrap();
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        // `-x`, `?x`, `:x` are plain when followed by a non-space, but Go quotes `-` forms only
        // when ambiguous; keep it simple and safe.
        if !(matches!(first, '-' | '?' | ':') && s.len() > 1 && !s[1..].starts_with(' ')) {
            return false;
        }
        if first == '-' && s.starts_with("---") {
            return false;
        }
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if s.chars().any(|c| c.is_control() || c == '\u{feff}') {
        return false;
    }
    true
}

/// A string as a YAML scalar: plain when safe, double-quoted when YAML 1.1 would read it as
/// another type (Go's choice), single-quoted when it holds indicator characters.
pub fn quote_str(s: &str) -> String {
    if resolves_to_non_string(s) {
        return serde_json::to_string(s).unwrap();
    }
    if plain_ok(s) {
        return s.to_string();
    }
    if s.chars().any(|c| c.is_control()) {
        return serde_json::to_string(s).unwrap();
    }
    format!("'{}'", s.replace('\'', "''"))
}

/// Go's `toPrettyJson`: two-space indent, `<`, `>` and `&` escaped as `\u003c` and friends.
pub fn pretty_json(v: &Value) -> String {
    let s = serde_json::to_string_pretty(&go_numbers(v)).unwrap_or_default();
    crate::go::go_json_escape(&s)
}

/// Floats that hold integers become integers, as Go's encoder prints float64 values.
fn go_numbers(v: &Value) -> Value {
    match v {
        Value::Number(n) if n.is_f64() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => Value::from(f as i64),
            _ => v.clone(),
        },
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), go_numbers(x))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(go_numbers).collect()),
        other => other.clone(),
    }
}

/// A copy of the value with every map's keys in sorted order (Go's map iteration order).
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(keys.into_iter().map(|k| (k.clone(), sorted(&m[k]))).collect())
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn block_style_like_go() {
        let v = json!({"d": [{"f": "15014", "e": "on"}], "a": {"c": [], "b": [1, "x"]}, "g": null, "h": {}});
        assert_eq!(
            to_yaml(&v),
            "a:\n  b:\n  - 1\n  - x\n  c: []\nd:\n- e: \"on\"\n  f: \"15014\"\ng: null\nh: {}\n"
        );
    }

    #[test]
    fn yaml11_words_and_numbers_are_quoted() {
        for s in ["yes", "NO", "off", "1.5", "0x1F", "1e3", "12:30", "", "~", "-1"] {
            assert!(resolves_to_non_string(s), "{s}");
        }
        for s in ["istio", "1.2.3", "v1", "15014m", "2048Mi", "a:b"] {
            assert!(!resolves_to_non_string(s), "{s}");
        }
        assert_eq!(quote_str("*"), "'*'");
        assert_eq!(quote_str("a: b"), "'a: b'");
    }

    #[test]
    fn multiline_strings_are_literal_blocks() {
        let v = json!({"k": "a\nb\n", "l": "x\ny"});
        assert_eq!(to_yaml(&v), "k: |\n  a\n  b\nl: |-\n  x\n  y\n");
        let back: Value = serde_saphyr::from_str(&to_yaml(&v)).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn floats_holding_integers_print_as_integers() {
        assert_eq!(to_yaml(&json!({"a": 100.0, "b": 0.5})), "a: 100\nb: 0.5\n");
    }

    #[test]
    fn pretty_json_escapes_html_like_go() {
        assert_eq!(pretty_json(&json!({"a": "<&>"})), "{\n  \"a\": \"\\u003c\\u0026\\u003e\"\n}");
    }
}
