//! The generic Sprig v3 functions the injection templates call (default, empty, coalesce,
//! ternary, quote, squote, trunc, trim, trimSuffix, trimPrefix, lower, upper, toLower,
//! contains, hasPrefix, hasSuffix, replace, list, append/push, first, last, join, dict, dig,
//! hasKey, toString, toJson, indent, nindent) with Sprig's semantics and Go's signatures, panics
//! included (they surface as `error calling …`). Istio-specific functions are the caller's.

use crate::fmt::{quote, sprint_value};
use crate::func::{FuncMap, Function};
use crate::value::{Type, Value};

/// The functions, ready to extend.
pub(crate) fn funcs() -> FuncMap {
    let s = || Type::String;
    let any = || Type::Interface;
    let mut m = FuncMap::new();
    m.insert(
        "default",
        Function::new(&[any()], Some(any()), |a| {
            Ok(match a.get(1) {
                Some(g) if !g.is_empty() => g.clone(),
                _ => a[0].clone(),
            })
        }),
    );
    m.insert("empty", Function::new(&[any()], None, |a| Ok(Value::Bool(a[0].is_empty()))));
    m.insert(
        "coalesce",
        Function::variadic(|a| Ok(a.iter().find(|v| !v.is_empty()).cloned().unwrap_or(Value::Nil))),
    );
    m.insert(
        "ternary",
        Function::new(&[any(), any(), Type::Bool], None, |a| {
            Ok(if matches!(a[2], Value::Bool(true)) { a[0].clone() } else { a[1].clone() })
        }),
    );
    m.insert(
        "quote",
        Function::variadic(|a| {
            let parts: Vec<String> = a.iter().filter(|v| !is_nil(v)).map(|v| quote(&strval(v))).collect();
            Ok(Value::from(parts.join(" ")))
        }),
    );
    m.insert(
        "squote",
        Function::variadic(|a| {
            let parts: Vec<String> =
                a.iter().filter(|v| !is_nil(v)).map(|v| format!("'{}'", strval(v))).collect();
            Ok(Value::from(parts.join(" ")))
        }),
    );
    m.insert(
        "trunc",
        Function::new(&[Type::Int, s()], None, |a| Ok(Value::from(trunc(int(&a[0]), text(&a[1]))))),
    );
    m.insert("trim", Function::new(&[s()], None, |a| Ok(Value::from(text(&a[0]).trim_matches(is_go_space)))));
    m.insert(
        "trimSuffix",
        Function::new(&[s(), s()], None, |a| {
            let (suf, v) = (text(&a[0]), text(&a[1]));
            Ok(Value::from(v.strip_suffix(suf).unwrap_or(v)))
        }),
    );
    m.insert(
        "trimPrefix",
        Function::new(&[s(), s()], None, |a| {
            let (pre, v) = (text(&a[0]), text(&a[1]));
            Ok(Value::from(v.strip_prefix(pre).unwrap_or(v)))
        }),
    );
    m.insert("lower", Function::new(&[s()], None, |a| Ok(Value::from(text(&a[0]).to_lowercase()))));
    m.insert("toLower", Function::new(&[s()], None, |a| Ok(Value::from(text(&a[0]).to_lowercase()))));
    m.insert("upper", Function::new(&[s()], None, |a| Ok(Value::from(text(&a[0]).to_uppercase()))));
    m.insert(
        "contains",
        Function::new(&[s(), s()], None, |a| Ok(Value::Bool(text(&a[1]).contains(text(&a[0]))))),
    );
    m.insert(
        "hasPrefix",
        Function::new(&[s(), s()], None, |a| Ok(Value::Bool(text(&a[1]).starts_with(text(&a[0]))))),
    );
    m.insert(
        "hasSuffix",
        Function::new(&[s(), s()], None, |a| Ok(Value::Bool(text(&a[1]).ends_with(text(&a[0]))))),
    );
    m.insert(
        "replace",
        Function::new(&[s(), s(), s()], None, |a| {
            Ok(Value::from(text(&a[2]).replace(text(&a[0]), text(&a[1]))))
        }),
    );
    m.insert("list", Function::variadic(|a| Ok(Value::list(a.iter().map(nil_for_missing)))));
    let push = Function::new(&[any(), any()], None, |a| {
        let items = items_of(&a[0], "Cannot push on type")?;
        Ok(Value::list(items.into_iter().chain(std::iter::once(nil_for_missing(&a[1])))))
    });
    m.insert("append", push.clone());
    m.insert("push", push);
    m.insert(
        "first",
        Function::new(&[any()], None, |a| {
            Ok(items_of(&a[0], "Cannot find first on type")?.first().cloned().unwrap_or(Value::Nil))
        }),
    );
    m.insert(
        "last",
        Function::new(&[any()], None, |a| {
            Ok(items_of(&a[0], "Cannot find last on type")?.last().cloned().unwrap_or(Value::Nil))
        }),
    );
    m.insert(
        "join",
        Function::new(&[s(), any()], None, |a| Ok(Value::from(strslice(&a[1]).join(text(&a[0]))))),
    );
    m.insert(
        "dict",
        Function::variadic(|a| {
            let mut entries = Vec::new();
            for pair in a.chunks(2) {
                let v = pair.get(1).map(nil_for_missing).unwrap_or_else(|| Value::from(""));
                entries.push((strval(&pair[0]), v));
            }
            Ok(Value::map(entries))
        }),
    );
    m.insert("dig", Function::variadic(dig));
    m.insert(
        "hasKey",
        Function::new(&[Type::named("map[string]interface {}"), s()], None, |a| {
            Ok(Value::Bool(a[0].as_map().is_some_and(|m| m.contains_key(text(&a[1])))))
        }),
    );
    m.insert("toString", Function::new(&[any()], None, |a| Ok(Value::from(strval(&a[0])))));
    m.insert("toJson", Function::new(&[any()], None, |a| Ok(Value::from(to_json(&a[0])))));
    m.insert(
        "indent",
        Function::new(&[Type::Int, s()], None, |a| Ok(Value::from(indent(int(&a[0]), text(&a[1]))))),
    );
    m.insert(
        "nindent",
        Function::new(&[Type::Int, s()], None, |a| {
            Ok(Value::from(format!("\n{}", indent(int(&a[0]), text(&a[1])))))
        }),
    );
    m
}

fn is_go_space(c: char) -> bool {
    c.is_whitespace()
}

fn is_nil(v: &Value) -> bool {
    matches!(v, Value::Nil | Value::Missing)
}

fn nil_for_missing(v: &Value) -> Value {
    if v.is_missing() { Value::Nil } else { v.clone() }
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn int(v: &Value) -> i64 {
    v.as_int().unwrap_or(0)
}

/// Sprig's `strval`: strings as is, Stringers through String, the rest with `%v`.
pub(crate) fn strval(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Missing => "<nil>".into(),
        other => sprint_value(other),
    }
}

/// Sprig's `strslice`: list elements as strings with nils skipped, a non-list as one string,
/// nil as nothing.
fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::List(l) => l.items.iter().flatten().filter(|x| !is_nil(x)).map(strval).collect(),
        Value::Nil | Value::Missing => Vec::new(),
        other => vec![strval(other)],
    }
}

/// Elements of a slice, or Sprig's error (a nil list panics in Go with a nil dereference).
fn items_of(v: &Value, what: &str) -> Result<Vec<Value>, String> {
    match v {
        Value::List(l) => Ok(l.items.clone().unwrap_or_default()),
        Value::Nil | Value::Missing => {
            Err("runtime error: invalid memory address or nil pointer dereference".into())
        }
        other => Err(format!("{what} {}", go_kind(other))),
    }
}

/// `reflect.Kind` names, as Sprig's errors print them.
fn go_kind(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Uint(_) => "uint",
        Value::Float(_) => "float64",
        Value::String(_) => "string",
        Value::List(_) => "slice",
        Value::Map(_) => "map",
        Value::Object(o) => {
            if o.type_name().starts_with('*') {
                "ptr"
            } else {
                "struct"
            }
        }
        Value::Stringer(s) => go_kind(&s.base),
        Value::Nil | Value::Missing => "invalid",
    }
}

fn trunc(c: i64, s: &str) -> String {
    let len = s.len() as i64;
    let bytes = s.as_bytes();
    if c < 0 && len + c > 0 {
        return String::from_utf8_lossy(&bytes[(len + c) as usize..]).into_owned();
    }
    if c >= 0 && len > c {
        return String::from_utf8_lossy(&bytes[..c as usize]).into_owned();
    }
    s.to_string()
}

fn indent(n: i64, s: &str) -> String {
    let pad = " ".repeat(n.max(0) as usize);
    format!("{pad}{}", s.replace('\n', &format!("\n{pad}")))
}

/// Sprig's `dig KEY… DEFAULT MAP`.
fn dig(a: &[Value]) -> Result<Value, String> {
    if a.len() < 3 {
        return Err("dig needs at least three arguments".into());
    }
    let mut cur = a[a.len() - 1].clone();
    let def = a[a.len() - 2].clone();
    let keys = &a[..a.len() - 2];
    for k in keys {
        if k.as_str().is_none() {
            return Err(format!("interface conversion: interface {{}} is {}, not string", iface_type(k)));
        }
    }
    for (i, k) in keys.iter().enumerate() {
        let map = match &cur {
            Value::Map(m) if matches!(m.elem, Type::Interface) => m.entries.clone().unwrap_or_default(),
            other => {
                return Err(format!(
                    "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                    iface_type(other)
                ));
            }
        };
        match map.get(text(k)) {
            None => return Ok(def),
            Some(step) => {
                if i == keys.len() - 1 {
                    return Ok(step.clone());
                }
                cur = step.clone();
            }
        }
    }
    Ok(def)
}

fn iface_type(v: &Value) -> String {
    if is_nil(v) { "nil".into() } else { v.type_name() }
}

/// Go's `json.Marshal` text (maps sorted, `<>&` and U+2028/9 escaped); "" on error as Sprig
/// ignores it.
pub(crate) fn to_json(v: &Value) -> String {
    let Ok(j) = v.to_json() else { return String::new() };
    let s = serde_json::to_string(&j).unwrap_or_default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: &[Value]) -> Result<Value, String> {
        funcs().get(name).unwrap().call(args)
    }

    fn s(v: &str) -> Value {
        Value::from(v)
    }

    #[test]
    fn default_uses_sprig_emptiness() {
        assert_eq!(call("default", &[s("d"), s("")]).unwrap().as_str(), Some("d"));
        assert_eq!(call("default", &[s("d"), Value::Int(0)]).unwrap().as_str(), Some("d"));
        assert_eq!(call("default", &[s("d"), Value::list([])]).unwrap().as_str(), Some("d"));
        assert_eq!(call("default", &[s("d"), Value::Nil]).unwrap().as_str(), Some("d"));
        assert_eq!(call("default", &[s("d")]).unwrap().as_str(), Some("d"));
        assert_eq!(call("default", &[s("d"), Value::Int(1337)]).unwrap().as_int(), Some(1337));
        let st = Value::from(crate::Struct::new("T"));
        assert!(matches!(call("default", &[s("d"), st]).unwrap(), Value::Object(_)));
    }

    #[test]
    fn strings_functions() {
        assert_eq!(
            call("quote", &[s("a\"b"), Value::Nil, Value::Int(15001)]).unwrap().as_str(),
            Some("\"a\\\"b\" \"15001\"")
        );
        assert_eq!(call("quote", &[Value::Nil]).unwrap().as_str(), Some(""));
        assert_eq!(call("trunc", &[Value::Int(3), s("abcdef")]).unwrap().as_str(), Some("abc"));
        assert_eq!(call("trunc", &[Value::Int(-2), s("abcdef")]).unwrap().as_str(), Some("ef"));
        assert_eq!(call("trunc", &[Value::Int(10), s("abc")]).unwrap().as_str(), Some("abc"));
        assert_eq!(call("trimSuffix", &[s("-x"), s("a-x-x")]).unwrap().as_str(), Some("a-x"));
        assert_eq!(call("nindent", &[Value::Int(2), s("a\nb")]).unwrap().as_str(), Some("\n  a\n  b"));
        assert!(call("contains", &[s("b"), s("abc")]).unwrap().truth());
        assert_eq!(call("toLower", &[s("AbC")]).unwrap().as_str(), Some("abc"));
    }

    #[test]
    fn list_functions() {
        let l = call("list", &[s("a"), Value::Missing, Value::Int(1)]).unwrap();
        assert_eq!(sprint_value(&l), "[a <nil> 1]");
        let l2 = call("append", &[l.clone(), s("z")]).unwrap();
        assert_eq!(l2.len(), Some(4));
        assert_eq!(l.len(), Some(3), "append makes a new list");
        assert_eq!(call("append", &[s("x"), s("z")]).unwrap_err(), "Cannot push on type string");
        assert_eq!(call("join", &[s(","), l]).unwrap().as_str(), Some("a,1"));
        assert_eq!(call("join", &[s(","), s("solo")]).unwrap().as_str(), Some("solo"));
        assert_eq!(call("join", &[s(","), Value::Nil]).unwrap().as_str(), Some(""));
        assert!(call("first", &[Value::list([])]).unwrap().is_nil());
    }

    #[test]
    fn dig_and_dict() {
        let m = Value::from(serde_json::json!({"a": {"b": 1}}));
        assert_eq!(call("dig", &[s("a"), s("b"), s("d"), m.clone()]).unwrap().as_int(), None);
        assert_eq!(sprint_value(&call("dig", &[s("a"), s("b"), s("d"), m.clone()]).unwrap()), "1");
        assert_eq!(call("dig", &[s("a"), s("x"), s("d"), m.clone()]).unwrap().as_str(), Some("d"));
        assert!(
            call("dig", &[s("a"), s("b"), s("c"), s("d"), m]).unwrap_err().contains("interface conversion")
        );
        let d = call("dict", &[s("k"), Value::Int(1), s("odd")]).unwrap();
        assert_eq!(sprint_value(&d), "map[k:1 odd:]");
        assert_eq!(to_json(&d), r#"{"k":1,"odd":""}"#);
        assert_eq!(to_json(&s("<&>")), r#""\u003c\u0026\u003e""#);
    }
}
