//! Label and field selectors as list, watch and deletecollection use them (spec §4.2).
//! Parsing errors become 400 BadRequest; must not know about storage.

use serde_json::Value;

use crate::kinds::{ResourceType, is_label_key, is_label_value};
use crate::status::{ApiError, ApiResult};

#[derive(Debug, Clone, PartialEq)]
enum Req {
    Eq(String, String),
    Ne(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

#[derive(Debug, Clone, Default)]
pub struct Selector {
    labels: Vec<Req>,
    fields: Vec<(String, bool, String)>,
}

fn split_top(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out.into_iter().map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect()
}

fn bad_label(sel: &str, why: &str) -> ApiError {
    ApiError::bad_request(format!("unable to parse requirement: {why} (selector {sel:?})"))
}

fn check_key(sel: &str, k: &str) -> ApiResult<String> {
    if !is_label_key(k) {
        return Err(bad_label(sel, &format!("invalid label key \"{k}\"")));
    }
    Ok(k.to_string())
}

fn check_value(sel: &str, v: &str) -> ApiResult<String> {
    if !is_label_value(v) {
        return Err(bad_label(sel, &format!("invalid label value: \"{v}\"")));
    }
    Ok(v.to_string())
}

fn parse_label_req(sel: &str, r: &str) -> ApiResult<Req> {
    if let Some(k) = r.strip_prefix('!') {
        return Ok(Req::NotExists(check_key(sel, k.trim())?));
    }
    for (op, ne) in [("!=", true), ("==", false), ("=", false)] {
        if let Some((k, v)) = r.split_once(op) {
            let (k, v) = (check_key(sel, k.trim())?, check_value(sel, v.trim())?);
            return Ok(if ne { Req::Ne(k, v) } else { Req::Eq(k, v) });
        }
    }
    let words: Vec<&str> = r.splitn(2, char::is_whitespace).collect();
    if words.len() == 2 {
        let rest = words[1].trim();
        let (neg, list) = if let Some(l) = rest.strip_prefix("notin") {
            (true, l)
        } else if let Some(l) = rest.strip_prefix("in") {
            (false, l)
        } else {
            return Err(bad_label(sel, &format!("found '{rest}', expected: in, notin, =, ==, !=")));
        };
        let list = list.trim();
        let inner = list
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(')'))
            .ok_or_else(|| bad_label(sel, "expected a parenthesised value list"))?;
        let vals = inner.split(',').map(|v| check_value(sel, v.trim())).collect::<ApiResult<Vec<_>>>()?;
        let k = check_key(sel, words[0])?;
        return Ok(if neg { Req::NotIn(k, vals) } else { Req::In(k, vals) });
    }
    Ok(Req::Exists(check_key(sel, r)?))
}

/// Fields a kind supports in field selectors beyond metadata.name/namespace.
fn extra_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "Pod" => &["spec.nodeName", "status.phase", "status.podIP", "spec.serviceAccountName", "spec.restartPolicy", "spec.schedulerName"],
        "Event" => &["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "type", "source"],
        "Secret" => &["type"],
        "Namespace" => &["status.phase"],
        "Node" => &["spec.unschedulable"],
        _ => &[],
    }
}

impl Selector {
    pub fn parse(rt: &ResourceType, label: Option<&str>, field: Option<&str>) -> ApiResult<Selector> {
        let mut s = Selector::default();
        if let Some(l) = label {
            for r in split_top(l) {
                s.labels.push(parse_label_req(l, &r)?);
            }
        }
        if let Some(f) = field {
            for r in split_top(f) {
                let (k, ne, v) = if let Some((k, v)) = r.split_once("!=") {
                    (k, true, v)
                } else if let Some((k, v)) = r.split_once("==") {
                    (k, false, v)
                } else if let Some((k, v)) = r.split_once('=') {
                    (k, false, v)
                } else {
                    return Err(ApiError::bad_request(format!("invalid field selector: {r:?}: expected an operator")));
                };
                let k = k.trim();
                if k != "metadata.name" && k != "metadata.namespace" && !extra_fields(&rt.kind).contains(&k) {
                    return Err(ApiError::bad_request(format!("field label not supported: {k}")));
                }
                s.fields.push((k.to_string(), ne, v.trim().to_string()));
            }
        }
        Ok(s)
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.fields.is_empty()
    }

    pub fn matches(&self, obj: &Value) -> bool {
        let labels = obj.pointer("/metadata/labels");
        let label = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        let labels_ok = self.labels.iter().all(|r| match r {
            Req::Eq(k, v) => label(k) == Some(v.as_str()),
            Req::Ne(k, v) => label(k) != Some(v.as_str()),
            Req::In(k, vs) => label(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Req::NotIn(k, vs) => label(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Req::Exists(k) => label(k).is_some(),
            Req::NotExists(k) => label(k).is_none(),
        });
        labels_ok
            && self.fields.iter().all(|(k, ne, v)| {
                let ptr = format!("/{}", k.replace('.', "/"));
                let got = match obj.pointer(&ptr) {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Bool(b)) => b.to_string(),
                    Some(Value::Null) | None => String::new(),
                    Some(other) => other.to_string(),
                };
                (got == *v) != *ne
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::builtins;
    use serde_json::json;

    fn cm() -> std::sync::Arc<ResourceType> {
        builtins().into_iter().find(|r| r.kind == "ConfigMap").unwrap()
    }

    #[test]
    fn full_label_grammar() {
        let o = json!({"metadata":{"name":"n","namespace":"ns","labels":{"app":"a","tier":"web"}}});
        let none = json!({"metadata":{"name":"m"}});
        let t = |sel: &str, obj: &Value| Selector::parse(&cm(), Some(sel), None).unwrap().matches(obj);
        assert!(t("app=a", &o) && t("app==a", &o) && t("app!=b", &o) && t("app!=b", &none));
        assert!(t("tier in (web, db)", &o) && !t("tier in (db)", &o) && t("tier notin (db)", &none));
        assert!(t("app", &o) && !t("app", &none) && t("!app", &none) && !t("!app", &o));
        assert!(t("app=a,tier in (web)", &o) && !t("app=a,tier=db", &o));
        for bad in ["app in web", "-x=1", "app=a b", "a==b==c"] {
            assert_eq!(Selector::parse(&cm(), Some(bad), None).unwrap_err().code, 400, "{bad}");
        }
    }

    #[test]
    fn field_selectors() {
        let o = json!({"metadata":{"name":"n","namespace":"ns"}});
        let t = |sel: &str| Selector::parse(&cm(), None, Some(sel)).unwrap().matches(&o);
        assert!(t("metadata.name=n") && t("metadata.namespace==ns") && t("metadata.name!=x") && !t("metadata.name=x,metadata.namespace=ns"));
        let e = Selector::parse(&cm(), None, Some("spec.foo=1")).unwrap_err();
        assert_eq!((e.code, e.message.as_str()), (400, "field label not supported: spec.foo"));
    }
}
