//! Go text/template's built-in functions (and, or, not, len, index, slice, eq, ne, lt, le,
//! gt, ge, print, printf, println, html, js, urlquery, call) with Go's comparison kinds,
//! nil rules and error texts. Owns their bodies only; `and`/`or` short-circuit in `exec`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::fmt::{sprint, sprintf, sprintln};
use crate::func::Function;
use crate::value::{Type, Value};

/// The parameter type of Go's builtins (`reflect.Value`): anything passes, missing included.
pub(crate) static REFLECT: LazyLock<Type> = LazyLock::new(|| Type::named("reflect.Value"));

pub(crate) fn is_reflect(t: &Type) -> bool {
    matches!(t, Type::Named(n) if &**n == "reflect.Value")
}

static BUILTINS: LazyLock<HashMap<&'static str, Function>> = LazyLock::new(|| {
    let r = || REFLECT.clone();
    let mut m = HashMap::new();
    let unused = |_: &[Value]| -> Result<Value, String> { Ok(Value::Missing) };
    m.insert("and", Function::new(&[r()], Some(r()), unused));
    m.insert("or", Function::new(&[r()], Some(r()), unused));
    m.insert("not", Function::new(&[r()], None, |a| Ok(Value::Bool(!a[0].truth()))));
    m.insert("len", Function::new(&[r()], None, |a| length(&a[0])));
    m.insert("index", Function::new(&[r()], Some(r()), |a| index(&a[0], &a[1..])));
    m.insert("slice", Function::new(&[r()], Some(r()), |a| slice(&a[0], &a[1..])));
    m.insert("eq", Function::new(&[r()], Some(r()), |a| eq(&a[0], &a[1..]).map(Value::Bool)));
    m.insert("ne", Function::new(&[r(), r()], None, |a| eq(&a[0], &a[1..2]).map(|b| Value::Bool(!b))));
    m.insert("lt", Function::new(&[r(), r()], None, |a| lt(&a[0], &a[1]).map(Value::Bool)));
    m.insert("le", Function::new(&[r(), r()], None, |a| le(&a[0], &a[1]).map(Value::Bool)));
    m.insert("gt", Function::new(&[r(), r()], None, |a| le(&a[0], &a[1]).map(|b| Value::Bool(!b))));
    m.insert("ge", Function::new(&[r(), r()], None, |a| lt(&a[0], &a[1]).map(|b| Value::Bool(!b))));
    m.insert("print", Function::variadic(|a| Ok(Value::from(sprint(a)))));
    m.insert("println", Function::variadic(|a| Ok(Value::from(sprintln(a)))));
    m.insert(
        "printf",
        Function::new(&[Type::String], Some(Type::Interface), |a| {
            Ok(Value::from(sprintf(a[0].as_str().unwrap_or_default(), &a[1..])))
        }),
    );
    m.insert("html", Function::variadic(|a| Ok(Value::from(html_escape(&eval_args(a))))));
    m.insert("js", Function::variadic(|a| Ok(Value::from(js_escape(&eval_args(a))))));
    m.insert("urlquery", Function::variadic(|a| Ok(Value::from(query_escape(&eval_args(a))))));
    m.insert(
        "call",
        Function::new(&[r()], Some(r()), |a| Err(format!("non-function of type {}", type_or_nil(&a[0])))),
    );
    m
});

/// A built-in by name.
pub(crate) fn lookup(name: &str) -> Option<Function> {
    BUILTINS.get(name).cloned()
}

fn type_or_nil(v: &Value) -> String {
    v.type_name()
}

/// Go's `indirectInterface`: a nil interface is no value.
fn indirect_interface(v: &Value) -> &Value {
    if matches!(v, Value::Nil) { &Value::Missing } else { v }
}

fn length(v: &Value) -> Result<Value, String> {
    match v {
        Value::Missing => Err("reflect: call of reflect.Value.Type on zero Value".into()),
        Value::Nil => Err("len of nil pointer".into()),
        Value::Object(o) if o.is_nil() => Err("len of nil pointer".into()),
        Value::Stringer(s) => match &s.base {
            Value::String(st) => Ok(Value::Int(st.len() as i64)),
            _ => Err(format!("len of type {}", s.type_name)),
        },
        other => match other.len() {
            Some(n) => Ok(Value::Int(n as i64)),
            None => Err(format!("len of type {}", other.type_name())),
        },
    }
}

/// Go's `indexArg`.
fn index_arg(index: &Value, cap: usize) -> Result<usize, String> {
    let x: i128 = match indirect_interface(index) {
        Value::Int(i) => *i as i128,
        Value::Uint(u) => *u as i128,
        Value::Stringer(s) if s.base.as_int().is_some() => s.base.as_int().unwrap_or(0) as i128,
        Value::Missing => return Err("cannot index slice/array with nil".into()),
        other => return Err(format!("cannot index slice/array with type {}", other.type_name())),
    };
    if x < 0 || x > cap as i128 {
        return Err(format!("index out of range: {x}"));
    }
    Ok(x as usize)
}

fn index(item: &Value, indexes: &[Value]) -> Result<Value, String> {
    let mut item = indirect_interface(item).clone();
    if item.is_missing() {
        return Err("index of untyped nil".into());
    }
    for index in indexes {
        let index = indirect_interface(index);
        if matches!(item, Value::Nil | Value::Missing) || matches!(&item, Value::Object(o) if o.is_nil()) {
            return Err("index of nil pointer".into());
        }
        item = match &item {
            Value::List(l) => {
                let items = l.items.as_deref().unwrap_or(&[]);
                let x = index_arg(index, items.len())?;
                items.get(x).cloned().ok_or("reflect: slice index out of range")?
            }
            Value::String(s) => {
                let x = index_arg(index, s.len())?;
                Value::Uint(*s.as_bytes().get(x).ok_or("reflect: string index out of range")? as u64)
            }
            Value::Map(m) => {
                let key = match index {
                    Value::String(k) => k.clone(),
                    Value::Missing => return Err("value is nil; should be of type string".into()),
                    other => return Err(format!("value has type {}; should be string", other.type_name())),
                };
                match m.entries.as_ref().and_then(|e| e.get(&*key)) {
                    Some(v) => v.clone(),
                    None => m.elem.zero(),
                }
            }
            other => return Err(format!("can't index item of type {}", other.type_name())),
        };
    }
    Ok(item)
}

fn slice(item: &Value, indexes: &[Value]) -> Result<Value, String> {
    let item = indirect_interface(item);
    if item.is_missing() {
        return Err("slice of untyped nil".into());
    }
    if indexes.len() > 3 {
        return Err(format!("too many slice indexes: {}", indexes.len()));
    }
    let len = match item {
        Value::String(s) => {
            if indexes.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            s.len()
        }
        Value::List(l) => l.items.as_ref().map_or(0, Vec::len),
        other => return Err(format!("can't slice item of type {}", other.type_name())),
    };
    let mut idx = [0, len, len];
    for (i, index) in indexes.iter().enumerate() {
        idx[i] = index_arg(index, len)?;
    }
    if idx[0] > idx[1] {
        return Err(format!("invalid slice index: {} > {}", idx[0], idx[1]));
    }
    if indexes.len() == 3 && idx[1] > idx[2] {
        return Err(format!("invalid slice index: {} > {}", idx[1], idx[2]));
    }
    Ok(match item {
        Value::String(s) => Value::from(String::from_utf8_lossy(&s.as_bytes()[idx[0]..idx[1]]).into_owned()),
        Value::List(l) => {
            let items = l.items.as_deref().unwrap_or(&[]);
            Value::typed_list(l.elem.clone(), items[idx[0]..idx[1]].iter().cloned())
        }
        _ => Value::Missing,
    })
}

/// Go's basic kinds for comparison; `Other` covers maps, slices, structs and no value.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Bool,
    Int,
    Uint,
    Float,
    String,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) => Kind::Int,
        Value::Uint(_) => Kind::Uint,
        Value::Float(_) => Kind::Float,
        Value::String(_) => Kind::String,
        Value::Stringer(s) => kind(&s.base),
        _ => Kind::Other,
    }
}

fn base(v: &Value) -> &Value {
    match v {
        Value::Stringer(s) => &s.base,
        other => other,
    }
}

fn int_of(v: &Value) -> i64 {
    match base(v) {
        Value::Int(i) => *i,
        _ => 0,
    }
}

fn uint_of(v: &Value) -> u64 {
    match base(v) {
        Value::Uint(u) => *u,
        _ => 0,
    }
}

fn is_nil_like(v: &Value) -> bool {
    v.is_missing() || v.is_nil()
}

fn eq(a1: &Value, rest: &[Value]) -> Result<bool, String> {
    let a1 = indirect_interface(a1);
    if rest.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = kind(a1);
    for a in rest {
        let a = indirect_interface(a);
        let k2 = kind(a);
        let truth = if k1 != k2 {
            match (k1, k2) {
                (Kind::Int, Kind::Uint) => int_of(a1) >= 0 && int_of(a1) as u64 == uint_of(a),
                (Kind::Uint, Kind::Int) => int_of(a) >= 0 && uint_of(a1) == int_of(a) as u64,
                _ => {
                    if !a1.is_missing() && !a.is_missing() {
                        return Err("incompatible types for comparison".into());
                    }
                    false
                }
            }
        } else {
            match k1 {
                Kind::Bool => matches!((base(a1), base(a)), (Value::Bool(x), Value::Bool(y)) if x == y),
                Kind::Int => int_of(a1) == int_of(a),
                Kind::Uint => uint_of(a1) == uint_of(a),
                Kind::Float => matches!((base(a1), base(a)), (Value::Float(x), Value::Float(y)) if x == y),
                Kind::String => matches!((base(a1), base(a)), (Value::String(x), Value::String(y)) if x == y),
                Kind::Other => {
                    if is_nil_like(a1) || is_nil_like(a) {
                        is_nil_like(a1) == is_nil_like(a)
                    } else {
                        match (a1, a) {
                            (Value::Object(x), Value::Object(y)) => std::sync::Arc::ptr_eq(x, y),
                            _ => {
                                return Err(format!(
                                    "non-comparable type {}: {}",
                                    sprintf("%s", std::slice::from_ref(a)),
                                    a.type_name()
                                ));
                            }
                        }
                    }
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lt(a1: &Value, a2: &Value) -> Result<bool, String> {
    let a1 = indirect_interface(a1);
    let a2 = indirect_interface(a2);
    let (k1, k2) = (kind(a1), kind(a2));
    if k1 == Kind::Other || k2 == Kind::Other {
        return Err("invalid type for comparison".into());
    }
    if k1 != k2 {
        return match (k1, k2) {
            (Kind::Int, Kind::Uint) => Ok(int_of(a1) < 0 || (int_of(a1) as u64) < uint_of(a2)),
            (Kind::Uint, Kind::Int) => Ok(int_of(a2) >= 0 && uint_of(a1) < int_of(a2) as u64),
            _ => Err("incompatible types for comparison".into()),
        };
    }
    Ok(match k1 {
        Kind::Bool | Kind::Other => return Err("invalid type for comparison".into()),
        Kind::Int => int_of(a1) < int_of(a2),
        Kind::Uint => uint_of(a1) < uint_of(a2),
        Kind::Float => matches!((base(a1), base(a2)), (Value::Float(x), Value::Float(y)) if x < y),
        Kind::String => matches!((base(a1), base(a2)), (Value::String(x), Value::String(y)) if x < y),
    })
}

fn le(a1: &Value, a2: &Value) -> Result<bool, String> {
    if lt(a1, a2)? {
        return Ok(true);
    }
    eq(a1, std::slice::from_ref(a2))
}

/// The single string argument, or `fmt.Sprint` of the printable forms (`html`, `js`,
/// `urlquery`).
fn eval_args(args: &[Value]) -> String {
    if let [Value::String(s)] = args {
        return s.to_string();
    }
    let printable: Vec<Value> = args
        .iter()
        .map(|a| if matches!(a, Value::Nil | Value::Missing) { Value::from("<no value>") } else { a.clone() })
        .collect();
    sprint(&printable)
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\0' => out.push('\u{FFFD}'),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn js_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c if crate::fmt::is_printable(c) => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", c as u32)),
        }
    }
    out
}

fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::from(v)
    }

    #[test]
    fn eq_follows_go_kinds() {
        assert_eq!(eq(&Value::Int(1), &[Value::Int(2), Value::Int(1)]), Ok(true));
        assert_eq!(eq(&Value::Int(1), &[Value::Uint(1)]), Ok(true));
        assert_eq!(eq(&Value::Float(1.0), &[Value::Int(1)]), Err("incompatible types for comparison".into()));
        assert_eq!(eq(&Value::Missing, &[s("a")]), Ok(false));
        assert_eq!(eq(&Value::Nil, &[s("a")]), Ok(false));
        assert_eq!(eq(&Value::Missing, &[Value::Missing]), Ok(true));
        assert_eq!(eq(&Value::Missing, &[Value::nil_map(Type::String)]), Ok(true));
        assert_eq!(eq(&s("a"), &[]), Err("missing argument for comparison".into()));
        assert_eq!(eq(&Value::enumeration("M", 1, "X"), &[Value::Int(1)]), Ok(true));
        assert_eq!(
            eq(&Value::enumeration("M", 1, "X"), &[s("X")]),
            Err("incompatible types for comparison".into())
        );
    }

    #[test]
    fn ordering_follows_go_kinds() {
        assert_eq!(lt(&Value::Int(1), &Value::Int(2)), Ok(true));
        assert_eq!(lt(&s("b"), &s("a")), Ok(false));
        assert_eq!(le(&Value::Float(2.0), &Value::Float(2.0)), Ok(true));
        assert_eq!(lt(&Value::Bool(true), &Value::Bool(false)), Err("invalid type for comparison".into()));
        assert_eq!(lt(&Value::Missing, &Value::Int(1)), Err("invalid type for comparison".into()));
        assert_eq!(lt(&Value::Int(1), &Value::Float(1.0)), Err("incompatible types for comparison".into()));
        assert_eq!(lt(&Value::Int(-1), &Value::Uint(0)), Ok(true));
    }

    #[test]
    fn index_and_len_follow_go() {
        let m = Value::str_map([("a", "1")]);
        assert_eq!(index(&m, &[s("a")]).unwrap().as_str(), Some("1"));
        assert_eq!(index(&m, &[s("zz")]).unwrap().as_str(), Some(""));
        assert_eq!(index(&Value::nil_map(Type::String), &[s("a")]).unwrap().as_str(), Some(""));
        assert!(matches!(index(&Value::map([("a", Value::Int(1))]), &[s("b")]), Ok(Value::Nil)));
        assert_eq!(index(&Value::Missing, &[s("a")]).unwrap_err(), "index of untyped nil");
        let l = Value::list([s("x"), s("y")]);
        assert_eq!(index(&l, &[Value::Int(1)]).unwrap().as_str(), Some("y"));
        assert_eq!(index(&l, &[Value::Int(3)]).unwrap_err(), "index out of range: 3");
        assert_eq!(index(&l, &[s("a")]).unwrap_err(), "cannot index slice/array with type string");
        assert_eq!(index(&m, &[Value::Int(1)]).unwrap_err(), "value has type int; should be string");
        assert_eq!(
            index(&Value::map([("a", Value::Nil)]), &[s("a"), s("b")]).unwrap_err(),
            "index of nil pointer"
        );
        assert_eq!(index(&Value::Int(1), &[Value::Int(0)]).unwrap_err(), "can't index item of type int");
        assert_eq!(length(&l).unwrap().as_int(), Some(2));
        assert_eq!(length(&Value::nil_list(Type::Interface)).unwrap().as_int(), Some(0));
        assert_eq!(length(&Value::Nil).unwrap_err(), "len of nil pointer");
        assert!(length(&Value::Missing).is_err());
        assert_eq!(length(&Value::Int(3)).unwrap_err(), "len of type int");
    }

    #[test]
    fn slices_and_escapes() {
        assert_eq!(slice(&s("hello"), &[Value::Int(1), Value::Int(3)]).unwrap().as_str(), Some("el"));
        assert_eq!(
            slice(&s("hello"), &[Value::Int(3), Value::Int(1)]).unwrap_err(),
            "invalid slice index: 3 > 1"
        );
        assert_eq!(html_escape("<a href=\"x\">&'"), "&lt;a href=&#34;x&#34;&gt;&amp;&#39;");
        assert_eq!(js_escape("a'b<\n"), "a\\'b\\u003C\\u000A");
        assert_eq!(query_escape("a b&c/d"), "a+b%26c%2Fd");
    }
}
