//! The `--set` path language: `a.b\.c[0].d[name:x]=value`, with upstream's value typing
//! (int → float → bool → string, except the paths upstream always keeps as strings). It parses
//! flags and writes into a JSON tree; it knows nothing about profiles or schemas.

use serde_json::{Map, Value};

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A map key (dots unescaped).
    Key(String),
    /// `[N]`: a list index; `None` for an index that can only append (negative).
    Index(Option<usize>),
    /// `[key:value]`: the first list element whose `key` is the string `value`.
    Select(String, String),
}

/// Paths (under `spec.`) whose values are never re-typed.
const ALWAYS_STRING: &[&str] = &[
    "spec.tag",
    "spec.values.global.tag",
    "spec.compatibilityVersion",
    "spec.values.compatibilityVersion",
    "spec.meshConfig.defaultConfig.proxyMetadata.",
    "spec.values.meshConfig.defaultConfig.proxyMetadata.",
];

/// Splits a flag on its **first** `=` (1.30.3 splits on every `=`; see docs/render.md) and trims
/// both sides. A flag without `=` sets the empty string.
pub fn split_flag(flag: &str) -> (String, String) {
    match flag.split_once('=') {
        Some((p, v)) => (p.trim().to_string(), v.trim().to_string()),
        None => (flag.trim().to_string(), String::new()),
    }
}

/// The most segments a `--set` path may have. IstioOperator paths are at most a few dozen
/// deep; a limit keeps a pathological path (`a.a.a…` thousands deep) from building a tree whose
/// recursive handling would overflow the stack.
pub const MAX_PATH_SEGMENTS: usize = 100;

/// Parses a dotted path into segments. `\.` is a literal dot; `name[expr]` and `name.[expr]`
/// are the same; repeated `/` collapse as in upstream's path cleaning.
pub fn parse_path(path: &str) -> Result<Vec<Seg>, String> {
    let mut cleaned = String::with_capacity(path.len());
    for c in path.chars() {
        if c == '/' && cleaned.ends_with('/') {
            continue;
        }
        cleaned.push(c);
    }
    let cleaned = cleaned.trim_matches('.').trim_end_matches('/');
    if cleaned.is_empty() {
        return Err("empty path".into());
    }
    // Split on unescaped dots.
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = cleaned.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                cur.push('.');
                chars.next();
            }
            '.' => parts.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    parts.push(cur);
    if parts.len() > MAX_PATH_SEGMENTS {
        return Err(format!("the path has {} segments; at most {MAX_PATH_SEGMENTS} are allowed", parts.len()));
    }
    let mut segs = Vec::new();
    for part in parts {
        if part.is_empty() {
            return Err(format!("empty segment in path {path:?}"));
        }
        let (name, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part.as_str(), ""),
        };
        if !name.is_empty() {
            segs.push(Seg::Key(name.to_string()));
        }
        let mut rest = rest;
        while !rest.is_empty() {
            let Some(inner_end) = rest.find(']').filter(|_| rest.starts_with('[')) else {
                return Err(format!("bad bracket expression {rest:?} in path {path:?}"));
            };
            segs.push(parse_bracket(&rest[1..inner_end], path)?);
            rest = &rest[inner_end + 1..];
        }
        if segs.len() > MAX_PATH_SEGMENTS {
            return Err(format!("the path has more than {MAX_PATH_SEGMENTS} segments"));
        }
    }
    Ok(segs)
}

fn parse_bracket(expr: &str, path: &str) -> Result<Seg, String> {
    if let Some((k, v)) = expr.split_once(':') {
        if k.is_empty() {
            return Err(format!("selector [{expr}] in path {path:?} needs a key (use [key:value])"));
        }
        return Ok(Seg::Select(k.to_string(), v.to_string()));
    }
    match expr.trim().parse::<i64>() {
        Ok(n) if n >= 0 => Ok(Seg::Index(Some(n as usize))),
        Ok(_) => Ok(Seg::Index(None)),
        Err(_) => Err(format!("bad list index [{expr}] in path {path:?} (use [N] or [key:value])")),
    }
}

/// Types a `--set` value the way upstream does for the full path `spec.<path>`.
pub fn type_value(full_path: &str, raw: &str) -> Value {
    if ALWAYS_STRING.iter().any(|p| full_path == p.trim_end_matches('.') || full_path.starts_with(p)) {
        return Value::String(raw.to_string());
    }
    if is_go_int(raw)
        && let Ok(n) = raw.parse::<i64>()
    {
        return Value::from(n);
    }
    if let Ok(f) = raw.parse::<f64>()
        && f.is_finite()
        && !raw.eq_ignore_ascii_case("infinity")
        && let Some(n) = serde_json::Number::from_f64(f)
    {
        return Value::Number(n);
    }
    match raw {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => return Value::Bool(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => return Value::Bool(false),
        _ => {}
    }
    Value::String(raw.replace("\\,", ","))
}

fn is_go_int(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Renders a path for messages.
pub fn display_path(segs: &[Seg]) -> String {
    let mut s = String::new();
    for seg in segs {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&k.replace('.', "\\."));
            }
            Seg::Index(Some(n)) => s.push_str(&format!("[{n}]")),
            Seg::Index(None) => s.push_str("[-1]"),
            Seg::Select(k, v) => s.push_str(&format!("[{k}:{v}]")),
        }
    }
    s
}

/// Writes `value` at `segs` inside `tree`, creating maps (and lists before a bracket) on the way.
pub fn set(tree: &mut Value, segs: &[Seg], value: Value) -> Result<(), String> {
    let Some((last, parents)) = segs.split_last() else { return Err("empty path".into()) };
    let mut node = tree;
    for (i, seg) in parents.iter().enumerate() {
        let next_is_list = matches!(segs[i + 1], Seg::Index(_) | Seg::Select(..));
        let fresh = || if next_is_list { Value::Array(Vec::new()) } else { Value::Object(Map::new()) };
        node = step(node, seg, &segs[..=i], Some(fresh))?;
        if node.is_null() {
            *node = fresh();
        }
    }
    match last {
        Seg::Key(k) => {
            as_object(node, segs)?.insert(k.clone(), value);
        }
        Seg::Index(idx) => {
            let list = as_array(node, segs)?;
            match idx {
                Some(n) if *n < list.len() => list[*n] = value,
                _ => list.push(value),
            }
        }
        Seg::Select(..) => {
            let slot = step(node, last, segs, None::<fn() -> Value>)?;
            *slot = value;
        }
    }
    Ok(())
}

/// Reads the value at `segs`, if present (selectors pick the matching element).
pub fn get<'a>(tree: &'a Value, segs: &[Seg]) -> Option<&'a Value> {
    let mut node = tree;
    for seg in segs {
        node = match seg {
            Seg::Key(k) => node.as_object()?.get(k)?,
            Seg::Index(Some(n)) => node.as_array()?.get(*n)?,
            Seg::Index(None) => return None,
            Seg::Select(k, v) => node.as_array()?.iter().find(|e| selector_matches(e, k, v))?,
        };
    }
    Some(node)
}

fn selector_matches(e: &Value, k: &str, v: &str) -> bool {
    e.get(k).and_then(Value::as_str) == Some(v)
}

fn step<'a>(
    node: &'a mut Value,
    seg: &Seg,
    upto: &[Seg],
    fresh: Option<impl Fn() -> Value>,
) -> Result<&'a mut Value, String> {
    match seg {
        Seg::Key(k) => {
            let obj = as_object(node, upto)?;
            Ok(obj.entry(k.clone()).or_insert_with(|| fresh.as_ref().map(|f| f()).unwrap_or(Value::Null)))
        }
        Seg::Index(idx) => {
            let list = as_array(node, upto)?;
            match idx {
                Some(n) if *n < list.len() => Ok(&mut list[*n]),
                _ => {
                    list.push(fresh.as_ref().map(|f| f()).unwrap_or(Value::Null));
                    Ok(list.last_mut().unwrap())
                }
            }
        }
        Seg::Select(k, v) => {
            let list = as_array(node, upto)?;
            list.iter_mut()
                .find(|e| selector_matches(e, k, v))
                .ok_or_else(|| format!("element [{k}:{v}] not found"))
        }
    }
}

fn as_object<'a>(node: &'a mut Value, upto: &[Seg]) -> Result<&'a mut Map<String, Value>, String> {
    if node.is_null() {
        *node = Value::Object(Map::new());
    }
    let kind = kind_of(node);
    node.as_object_mut().ok_or_else(|| format!("{} is {kind}, not a map", where_(upto)))
}

fn as_array<'a>(node: &'a mut Value, upto: &[Seg]) -> Result<&'a mut Vec<Value>, String> {
    if node.is_null() {
        *node = Value::Array(Vec::new());
    }
    let kind = kind_of(node);
    node.as_array_mut().ok_or_else(|| format!("{} is {kind}, not a list", where_(upto)))
}

fn where_(upto: &[Seg]) -> String {
    let parent = &upto[..upto.len().saturating_sub(1)];
    if parent.is_empty() { "the root".into() } else { display_path(parent) }
}

/// A short name for a JSON value's type, for messages.
pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// Parses one `--set` flag and applies it under `spec` of `iop`.
pub fn apply_flag(iop: &mut Value, flag: &str) -> Result<(), String> {
    let (path, raw) = split_flag(flag);
    let segs = parse_path(&path)?;
    let full = format!("spec.{path}");
    let value = type_value(&full, &raw);
    let mut all = vec![Seg::Key("spec".into())];
    all.extend(segs);
    set(iop, &all, value)
}

/// The `--set` flags that rebuild `tree` under `prefix`: one `path=value` per leaf, sorted;
/// strings quoted, list items as `[i]`, dots in keys escaped. Empty maps and lists are skipped.
pub fn to_flags(tree: &Value, prefix: &str) -> Vec<String> {
    fn walk(v: &Value, path: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let key = k.replace('.', "\\.");
                    walk(x, if path.is_empty() { key } else { format!("{path}.{key}") }, out);
                }
            }
            Value::Array(l) => {
                for (i, x) in l.iter().enumerate() {
                    walk(x, format!("{path}[{i}]"), out);
                }
            }
            Value::String(s) => out.push(format!("{path}={}", Value::String(s.clone()))),
            other => out.push(format!("{path}={other}")),
        }
    }
    let mut out = Vec::new();
    walk(tree, prefix.to_string(), &mut out);
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flags_round_trip_through_the_parser() {
        let tree = json!({"spec": {"hub": "h", "components": {"pilot": {"enabled": true}}, "values": {"a.b": {"n": 3}, "l": [{"x": 1.5}]}}});
        let flags = to_flags(&tree["spec"], "");
        assert_eq!(flags, vec!["components.pilot.enabled=true", "hub=\"h\"", r"values.a\.b.n=3", "values.l[0].x=1.5"]);
        assert_eq!(to_flags(&json!({"enabled": false}), "components.base"), vec!["components.base.enabled=false"]);
    }

    fn k(s: &str) -> Seg {
        Seg::Key(s.into())
    }

    #[test]
    fn splits_on_first_equals_and_trims() {
        assert_eq!(split_flag(" a.b = c=d "), ("a.b".into(), "c=d".into()));
        assert_eq!(split_flag("profile"), ("profile".into(), "".into()));
    }

    #[test]
    fn escaped_dots_brackets_and_selectors() {
        assert_eq!(
            parse_path(r"values.sidecarInjectorWebhook.injectedAnnotations.container\.apparmor\.security/istio-proxy").unwrap(),
            vec![k("values"), k("sidecarInjectorWebhook"), k("injectedAnnotations"), k("container.apparmor.security/istio-proxy")]
        );
        assert_eq!(parse_path("a.b[0].c").unwrap(), parse_path("a.b.[0].c").unwrap());
        assert_eq!(
            parse_path("components.ingressGateways[name:x].enabled").unwrap(),
            vec![k("components"), k("ingressGateways"), Seg::Select("name".into(), "x".into()), k("enabled")]
        );
        assert_eq!(parse_path("a[-1]").unwrap(), vec![k("a"), Seg::Index(None)]);
        assert_eq!(parse_path("a//b").unwrap(), vec![k("a/b")]);
    }

    #[test]
    fn bad_paths_are_errors() {
        assert!(parse_path("a[x]").unwrap_err().contains("bad list index"));
        assert!(parse_path("a[0").unwrap_err().contains("bad bracket"));
        assert!(parse_path("a[:v]").unwrap_err().contains("needs a key"));
        assert!(parse_path("a..b").unwrap_err().contains("empty segment"));
        assert!(parse_path("").is_err());
    }

    #[test]
    fn typing_follows_upstream_order() {
        assert_eq!(type_value("spec.x", "3"), json!(3));
        assert_eq!(type_value("spec.x", "-3"), json!(-3));
        assert_eq!(type_value("spec.x", "1.5"), json!(1.5));
        assert_eq!(type_value("spec.x", "1e3"), json!(1000.0));
        assert_eq!(type_value("spec.x", "true"), json!(true));
        assert_eq!(type_value("spec.x", "T"), json!(true));
        assert_eq!(type_value("spec.x", "False"), json!(false));
        assert_eq!(type_value("spec.x", "null"), json!("null"));
        assert_eq!(type_value("spec.x", "inf"), json!("inf"));
        assert_eq!(type_value("spec.x", r"a\,b,c"), json!("a,b,c"));
        assert_eq!(type_value("spec.x", "172.30.0.0/16,172.21.0.0/16"), json!("172.30.0.0/16,172.21.0.0/16"));
        assert_eq!(type_value("spec.tag", "1.30"), json!("1.30"));
        assert_eq!(type_value("spec.values.global.tag", "7"), json!("7"));
        assert_eq!(type_value("spec.values.compatibilityVersion", "1.28"), json!("1.28"));
        assert_eq!(type_value("spec.meshConfig.defaultConfig.proxyMetadata.FOO", "true"), json!("true"));
        assert_eq!(type_value("spec.hub", "1"), json!(1));
    }

    #[test]
    fn set_creates_maps_lists_and_appends() {
        let mut t = json!({});
        apply_flag(&mut t, "values.global.proxy.resources.requests.cpu=100m").unwrap();
        apply_flag(&mut t, "components.ingressGateways[0].name=gw").unwrap();
        apply_flag(&mut t, "components.ingressGateways[5].name=second").unwrap();
        apply_flag(&mut t, "components.ingressGateways[name:gw].k8s.replicaCount=2").unwrap();
        assert_eq!(t["spec"]["values"]["global"]["proxy"]["resources"]["requests"]["cpu"], "100m");
        assert_eq!(t["spec"]["components"]["ingressGateways"], json!([{"name": "gw", "k8s": {"replicaCount": 2}}, {"name": "second"}]));
    }

    #[test]
    fn selector_errors_and_scalars_in_the_way() {
        let mut t = json!({"spec": {"components": {"ingressGateways": [{"name": "a"}]}, "hub": "x"}});
        let e = apply_flag(&mut t, "components.ingressGateways[name:b].enabled=false").unwrap_err();
        assert_eq!(e, "element [name:b] not found");
        let e = apply_flag(&mut t, "hub.x=1").unwrap_err();
        assert!(e.contains("is a string, not a map"), "{e}");
    }

    #[test]
    fn get_uses_the_matching_element() {
        let t = json!({"l": [{"name": "a", "v": 1}, {"name": "b", "v": 2}]});
        let segs = parse_path("l[name:b].v").unwrap();
        assert_eq!(get(&t, &segs), Some(&json!(2)));
    }
}
