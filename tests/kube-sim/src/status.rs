//! Kubernetes `Status` error objects: the one error type every handler returns.
//! Owns reason/code/message/details shapes (spec §2); must not decide *when* an error happens.

use serde_json::{Value, json};

use crate::kinds::ResourceType;

/// An API error that renders as a `Status` body with the same HTTP code.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: u16,
    pub reason: &'static str,
    pub message: String,
    pub details: Option<Value>,
    pub retry_after: Option<u32>,
}

/// One `details.causes[]` entry.
pub struct Cause {
    pub reason: &'static str,
    pub field: String,
    pub message: String,
}

impl Cause {
    pub fn new(reason: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Cause { reason, field: field.into(), message: message.into() }
    }
}

fn details(rt_group: &str, resource: &str, name: &str) -> Value {
    let mut d = json!({"name": name});
    if !rt_group.is_empty() {
        d["group"] = json!(rt_group);
    }
    d["kind"] = json!(resource);
    d
}

impl ApiError {
    pub fn new(code: u16, reason: &'static str, message: impl Into<String>) -> Self {
        ApiError { code, reason, message: message.into(), details: None, retry_after: None }
    }

    pub fn not_found(rt: &ResourceType, name: &str) -> Self {
        ApiError {
            details: Some(details(&rt.group, &rt.plural, name)),
            ..Self::new(404, "NotFound", format!("{} \"{}\" not found", rt.qualified(), name))
        }
    }

    pub fn namespace_not_found(ns: &str) -> Self {
        ApiError {
            details: Some(json!({"name": ns, "kind": "namespaces"})),
            ..Self::new(404, "NotFound", format!("namespaces \"{ns}\" not found"))
        }
    }

    /// 404 for an unknown path under /api or /apis.
    pub fn no_resource() -> Self {
        ApiError { details: Some(json!({})), ..Self::new(404, "NotFound", "the server could not find the requested resource") }
    }

    pub fn already_exists(rt: &ResourceType, name: &str) -> Self {
        ApiError {
            details: Some(details(&rt.group, &rt.plural, name)),
            ..Self::new(409, "AlreadyExists", format!("{} \"{}\" already exists", rt.qualified(), name))
        }
    }

    pub fn conflict(rt: &ResourceType, name: &str, why: &str) -> Self {
        ApiError {
            details: Some(details(&rt.group, &rt.plural, name)),
            ..Self::new(409, "Conflict", format!("Operation cannot be fulfilled on {} \"{}\": {}", rt.qualified(), name, why))
        }
    }

    pub fn stale(rt: &ResourceType, name: &str) -> Self {
        Self::conflict(
            rt,
            name,
            "the object has been modified; please apply your changes to the latest version and try again",
        )
    }

    /// 422 Invalid on a kind (details.kind is the Kind here, not the resource).
    pub fn invalid(kind: &str, group: &str, name: &str, causes: Vec<Cause>) -> Self {
        let qualified = if group.is_empty() { kind.to_string() } else { format!("{kind}.{group}") };
        let texts: Vec<String> = causes.iter().map(|c| format!("{}: {}", c.field, c.message)).collect();
        let mut d = json!({"name": name});
        if !group.is_empty() {
            d["group"] = json!(group);
        }
        d["kind"] = json!(kind);
        d["causes"] = causes_json(&causes);
        ApiError {
            details: Some(d),
            ..Self::new(422, "Invalid", format!("{qualified} \"{name}\" is invalid: {}", texts.join(", ")))
        }
    }

    pub fn invalid_rt(rt: &ResourceType, name: &str, causes: Vec<Cause>) -> Self {
        Self::invalid(&rt.kind, &rt.group, name, causes)
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(400, "BadRequest", message)
    }

    pub fn forbidden(rt: &ResourceType, name: &str, why: &str, causes: Vec<Cause>) -> Self {
        let mut d = details(&rt.group, &rt.plural, name);
        if !causes.is_empty() {
            d["causes"] = causes_json(&causes);
        }
        ApiError {
            details: Some(d),
            ..Self::new(403, "Forbidden", format!("{} \"{}\" is forbidden: {}", rt.qualified(), name, why))
        }
    }

    pub fn method_not_allowed(rt: &ResourceType, action: &str) -> Self {
        let mut d = json!({});
        if !rt.group.is_empty() {
            d["group"] = json!(rt.group);
        }
        d["kind"] = json!(rt.plural);
        ApiError {
            details: Some(d),
            ..Self::new(405, "MethodNotAllowed", format!("{action} is not supported on resources of kind \"{}\"", rt.qualified()))
        }
    }

    pub fn unsupported_media(got: &str, accepted: &[&str]) -> Self {
        Self::new(415, "UnsupportedMediaType", format!("the body of the request was in an unknown format - accepted media types include: {} (got {got:?})", accepted.join(", ")))
    }

    pub fn gone(message: impl Into<String>) -> Self {
        Self::new(410, "Expired", message)
    }

    pub fn unauthorized() -> Self {
        Self::new(401, "Unauthorized", "Unauthorized")
    }

    pub fn internal(message: impl Into<String>) -> Self {
        let m = message.into();
        ApiError { details: Some(json!({"causes": [{"message": m.clone()}]})), ..Self::new(500, "InternalError", format!("Internal error occurred: {m}")) }
    }

    pub fn with_retry_after(mut self, secs: u32) -> Self {
        self.retry_after = Some(secs);
        let d = self.details.get_or_insert_with(|| json!({}));
        d["retryAfterSeconds"] = json!(secs);
        self
    }

    /// The `Status` object clients decode.
    pub fn to_status(&self) -> Value {
        let mut s = json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": self.message, "reason": self.reason});
        if let Some(d) = &self.details {
            s["details"] = d.clone();
        }
        s["code"] = json!(self.code);
        s
    }
}

fn causes_json(causes: &[Cause]) -> Value {
    Value::Array(causes.iter().map(|c| json!({"reason": c.reason, "message": c.message, "field": c.field})).collect())
}

/// A Success Status returned by deletes of most kinds.
pub fn success_status(rt: &ResourceType, name: &str, uid: &str) -> Value {
    let mut d = details(&rt.group, &rt.plural, name);
    d["uid"] = json!(uid);
    json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "details": d})
}

pub type ApiResult<T> = Result<T, ApiError>;
