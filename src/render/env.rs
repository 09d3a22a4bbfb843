//! The minijinja environment the chart templates run in: strict undefined, plus the helm/sprig-like
//! helpers the templates use (toYaml with sorted keys, indent/nindent, Go-truthy `default`, quote,
//! required, hasKey, dig, merge, trunc…). It only builds the environment; loading templates and
//! turning rendered text into objects is `render`'s job.

use minijinja::value::{Rest, Serde, Value};
use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior};
use serde_json::Value as Json;

use super::yaml;

fn to_json(v: &Value) -> Result<Json, Error> {
    serde_json::to_value(v).map_err(|e| Error::new(ErrorKind::BadSerialization, e.to_string()))
}

fn from_json(v: &Json) -> Value {
    Value::from(Serde(v))
}

/// Go template truthiness: nil, false, 0, "" and empty collections are false.
fn truthy(v: &Value) -> bool {
    !v.is_undefined() && !v.is_none() && v.is_true()
}

fn to_yaml(v: &Value) -> Result<String, Error> {
    if v.is_undefined() || v.is_none() {
        return Ok("null".into());
    }
    Ok(yaml::to_yaml(&to_json(v)?).trim_end_matches('\n').to_string())
}

fn indent_lines(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    s.split('\n').map(|l| format!("{pad}{l}")).collect::<Vec<_>>().join("\n")
}

fn go_string(v: &Value) -> String {
    if v.is_none() || v.is_undefined() {
        return String::new();
    }
    match v.as_str() {
        Some(s) => s.to_string(),
        None => match to_json(v) {
            Ok(Json::Number(n)) => yaml::number(&n),
            Ok(Json::Bool(b)) => b.to_string(),
            Ok(other) => other.to_string(),
            Err(_) => v.to_string(),
        },
    }
}

/// Walks `obj` along `path` (dotted keys, or several key arguments); none when any step is absent.
fn dig(obj: Value, keys: Rest<String>) -> Result<Value, Error> {
    let mut cur = obj;
    for key in keys.iter().flat_map(|k| k.split('.')) {
        if cur.is_undefined() || cur.is_none() {
            return Ok(Value::from(()));
        }
        cur = match cur.get_attr(key) {
            Ok(v) if !v.is_undefined() => v,
            _ => return Ok(Value::from(())),
        };
    }
    Ok(if cur.is_undefined() { Value::from(()) } else { cur })
}

/// Deep merge: maps merge recursively, everything else from `over` replaces `base`.
pub fn deep_merge(base: &mut Json, over: &Json) {
    match (base, over) {
        (Json::Object(b), Json::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(bv) if bv.is_object() && v.is_object() => deep_merge(bv, v),
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

thread_local! {
    static VERBATIM: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

const VERBATIM_MARK: &str = "\u{1}verbatim:";

/// Stores a large string aside and returns a short quoted token in its place, so the rendered
/// YAML stays small to parse; [`restore_verbatim`] puts the strings back after parsing.
fn verbatim(s: String) -> String {
    VERBATIM.with(|v| {
        let mut v = v.borrow_mut();
        v.push(s);
        serde_json::to_string(&format!("{VERBATIM_MARK}{}", v.len() - 1)).unwrap_or_default()
    })
}

/// Replaces the tokens [`verbatim`] left in parsed objects with the stored strings.
pub fn restore_verbatim(v: &mut Json) {
    match v {
        Json::String(s) => {
            let index = s.strip_prefix(VERBATIM_MARK).and_then(|n| n.parse::<usize>().ok());
            if let Some(text) = index.and_then(|i| VERBATIM.with(|t| t.borrow().get(i).cloned())) {
                *s = text;
            }
        }
        Json::Array(a) => a.iter_mut().for_each(restore_verbatim),
        Json::Object(m) => m.values_mut().for_each(restore_verbatim),
        _ => {}
    }
}

/// Forgets the strings stored by [`verbatim`] (call before each template run).
pub fn clear_verbatim() {
    VERBATIM.with(|v| v.borrow_mut().clear());
}

/// Builds the environment with every helper registered; templates are added by the caller.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .expect("static syntax config");
    env.set_syntax(syntax);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.add_filter("toyaml", |v: Value| to_yaml(&v));
    env.add_filter("tojson", |v: Value| -> Result<String, Error> { Ok(crate::go::go_json_escape(&to_json(&v)?.to_string())) });
    env.add_filter("prettyjson", |v: Value| -> Result<String, Error> { Ok(yaml::pretty_json(&yaml::sorted(&to_json(&v)?))) });
    env.add_filter("indent", |s: Value, n: usize| indent_lines(&go_string(&s), n));
    env.add_filter("nindent", |s: Value, n: usize| format!("\n{}", indent_lines(&go_string(&s), n)));
    env.add_filter("quote", |v: Value| serde_json::to_string(&go_string(&v)).unwrap_or_default());
    env.add_filter("str", |v: Value| go_string(&v));
    env.add_filter("default", |v: Value, d: Value| if truthy(&v) { v } else { d });
    env.add_filter("required", |v: Value, msg: String| -> Result<Value, Error> {
        if truthy(&v) { Ok(v) } else { Err(Error::new(ErrorKind::InvalidOperation, msg)) }
    });
    env.add_filter("trunc", |s: Value, n: usize| go_string(&s).chars().take(n).collect::<String>());
    env.add_filter("trimsuffix", |s: Value, suf: String| {
        let s = go_string(&s);
        s.strip_suffix(suf.as_str()).map(str::to_string).unwrap_or(s)
    });
    env.add_filter("kv", |m: Value, n: usize| -> Result<String, Error> {
        let Json::Object(map) = to_json(&m)? else { return Ok(String::new()) };
        let pad = " ".repeat(n);
        Ok(map.iter().map(|(k, v)| format!("{pad}{}: {}", Json::String(k.clone()), v)).collect::<Vec<_>>().join("\n"))
    });
    env.add_filter("verbatim", |s: Value| verbatim(go_string(&s)));
    env.add_filter("truthy", |v: Value| truthy(&v));
    env.add_test("truthy", |v: Value| truthy(&v));
    env.add_function("hasKey", |m: Value, k: String| m.get_attr(&k).map(|v| !v.is_undefined()).unwrap_or(false));
    env.add_function("dig", dig);
    env.add_function("coalesce", |args: Rest<Value>| args.iter().find(|v| truthy(v)).cloned().unwrap_or(Value::from(())));
    env.add_function("ternary", |a: Value, b: Value, c: Value| if truthy(&c) { a } else { b });
    env.add_function("merge", |args: Rest<Value>| -> Result<Value, Error> {
        let mut acc = Json::Object(Default::default());
        for a in args.iter().filter(|a| !a.is_none() && !a.is_undefined()) {
            deep_merge(&mut acc, &to_json(a)?);
        }
        Ok(from_json(&acc))
    });
    env.add_function("fail", |msg: String| -> Result<Value, Error> { Err(Error::new(ErrorKind::InvalidOperation, msg)) });
    env.add_function("regex_match", |re: String, s: String| -> Result<bool, Error> {
        regex::Regex::new(&re)
            .map(|r| r.is_match(&s))
            .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
    });
    env
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    fn render(src: &str, values: Json) -> String {
        let env = environment();
        env.render_str(src, context! { v => Value::from(Serde(&values)) }).unwrap()
    }

    #[test]
    fn go_truthiness_and_default() {
        let v = serde_json::json!({"e": {}, "z": 0, "s": "", "x": "a"});
        assert_eq!(render("{{ v.e | default('d') }}{{ v.z | default(1) }}{{ v.s | default('S') }}{{ v.x | default('n') }}", v), "d1Sa");
    }

    #[test]
    fn toyaml_sorts_and_indents() {
        let v = serde_json::json!({"r": {"b": 1, "a": ["x"]}});
        assert_eq!(render("k:{{ v.r | toyaml | nindent(2) }}", v), "k:\n  a:\n  - x\n  b: 1");
    }

    #[test]
    fn strict_undefined_errors_but_dig_and_haskey_do_not() {
        let env = environment();
        let ctx = context! { v => Value::from(Serde(&serde_json::json!({"a": {"b": 2}}))) };
        assert!(env.render_str("{{ v.missing }}", ctx.clone()).is_err());
        assert_eq!(env.render_str("{{ dig(v, 'a.b') }}/{{ dig(v, 'a.c') is none | str }}/{{ hasKey(v.a, 'b') | str }}", ctx).unwrap(), "2/true/true");
    }

    #[test]
    fn verbatim_strings_round_trip_through_yaml() {
        clear_verbatim();
        let env = environment();
        let ctx = context! { v => Value::from(Serde(&serde_json::json!({"s": "a: b\n'\"x"}))) };
        let text = env.render_str("k: {{ v.s | verbatim }}", ctx).unwrap();
        assert!(!text.contains("a: b"));
        let mut parsed: Json = serde_saphyr::from_str(&text).unwrap();
        restore_verbatim(&mut parsed);
        assert_eq!(parsed["k"], "a: b\n'\"x");
    }

    #[test]
    fn quote_and_required() {
        let env = environment();
        let ctx = context! { v => Value::from(Serde(&serde_json::json!({"n": 15014, "s": ""}))) };
        assert_eq!(env.render_str("{{ v.n | quote }}", ctx.clone()).unwrap(), "\"15014\"");
        let err = env.render_str("{{ v.s | required('s is required') }}", ctx).unwrap_err();
        assert!(err.to_string().contains("s is required"));
    }
}
