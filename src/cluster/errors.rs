//! Kubernetes API failures as one typed [`Error`]: unreachable server (URL + hint), TLS, 401,
//! 403 (which verb on which resource was denied), not served, not found, conflict, timeout and
//! other API Status answers, each keeping the kube error as its source and displaying as one
//! short, actionable line. The only place that reads HTTP status codes; `Cluster::call` maps
//! every failed call through [`Error::from_kube`].

use kube::Error as KubeError;

/// What was being done, for the message: e.g. `("list", "pods", Some("istio-system"))`.
#[derive(Debug, Clone, Copy)]
pub struct Op<'a> {
    pub verb: &'a str,
    pub resource: &'a str,
    pub namespace: Option<&'a str>,
}

/// True for errors worth retrying: 429, 5xx, and dropped connections. A refused connection or
/// a TLS/auth failure is not: nothing is listening, and asking again only delays the error.
pub fn is_transient(err: &KubeError) -> bool {
    match err {
        KubeError::Api(s) => s.code == 429 || (500..600).contains(&s.code),
        KubeError::HyperError(_) | KubeError::Service(_) => {
            !matches!(
                io_kind(err),
                Some(std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::AddrNotAvailable)
            ) && !root_cause(err).to_lowercase().contains("certificate")
        }
        _ => false,
    }
}

/// The kind of the first I/O error in the chain, if any.
fn io_kind(err: &KubeError) -> Option<std::io::ErrorKind> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        cur = e.source();
    }
    None
}

/// The innermost cause's text (e.g. "Connection refused (os error 111)").
fn root_cause(err: &KubeError) -> String {
    let mut cur: &(dyn std::error::Error + 'static) = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// True when the server could not be reached at all (as opposed to answering with an error).
fn is_unreachable(err: &KubeError) -> bool {
    matches!(err, KubeError::HyperError(_) | KubeError::Service(_))
}

/// `pods in namespace "x"`, or the resource alone when cluster-scoped.
fn scope(resource: &str, namespace: &Option<String>) -> String {
    match namespace {
        Some(ns) => format!("{resource} in namespace {ns:?}"),
        None => resource.to_string(),
    }
}

const REACH_HINT: &str = "check that the cluster is running and that --kubeconfig/--context point at it";

/// A failed Kubernetes API call. `Display` is the one line users see; the kube error stays the
/// source (the top-level report stops at this error, whose text already says what matters).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing answered at the server's address.
    #[error("cannot reach the Kubernetes API server at {server}: {cause}; {REACH_HINT}")]
    Unreachable { server: String, cause: String, source: KubeError },
    /// The connection or the answer took longer than the client timeout.
    #[error("cannot reach the Kubernetes API server at {server}: timed out: {cause}; {REACH_HINT}")]
    Timeout { server: String, cause: String, source: KubeError },
    /// The server's certificate did not verify.
    #[error(
        "TLS verification of the API server at {server} failed: {cause}; check the certificate-authority of the cluster in your kubeconfig"
    )]
    Tls { server: String, cause: String, source: KubeError },
    /// 401: the credentials were rejected.
    #[error(
        "the API server at {server} rejected our credentials (401 Unauthorized): check the user or token of your kube context"
    )]
    Unauthorized { server: String, source: KubeError },
    /// 403: RBAC denied this verb on this resource.
    #[error("permission denied: cannot {verb} {} (403 Forbidden: {message})", scope(.resource, .namespace))]
    Forbidden {
        verb: String,
        resource: String,
        namespace: Option<String>,
        message: String,
        source: KubeError,
    },
    /// 404 on a collection or API group: the server does not serve the resource.
    #[error("{resource} not found: {message}")]
    NotServed { resource: String, message: String, source: KubeError },
    /// 404 on one object.
    #[error("{resource} not found: {message}")]
    NotFound { resource: String, message: String, source: KubeError },
    /// 409: the object already exists, or changed under us.
    #[error("{verb} {} failed: {message} (409 {reason})", scope(.resource, .namespace))]
    Conflict {
        verb: String,
        resource: String,
        namespace: Option<String>,
        message: String,
        reason: String,
        source: KubeError,
    },
    /// Any other API Status answer.
    #[error("{verb} {} failed: {message} ({code} {reason})", scope(.resource, .namespace))]
    Api {
        verb: String,
        resource: String,
        namespace: Option<String>,
        code: u16,
        message: String,
        reason: String,
        source: KubeError,
    },
    /// A failure that is none of the above (decoding, auth plugins, …).
    #[error("{verb} {} failed: {source}", scope(.resource, .namespace))]
    Other { verb: String, resource: String, namespace: Option<String>, source: KubeError },
}

impl Error {
    /// Classifies a failed call made while doing `op` against `server`.
    pub fn from_kube(err: KubeError, op: Op<'_>, server: &str) -> Error {
        let server = server.to_string();
        let (verb, resource, namespace) =
            (op.verb.to_string(), op.resource.to_string(), op.namespace.map(str::to_string));
        let status = match &err {
            KubeError::Api(s) => Some((s.code, s.message.clone(), s.reason.clone())),
            _ => None,
        };
        match status {
            Some((401, _, _)) => Error::Unauthorized { server, source: err },
            Some((403, message, _)) => Error::Forbidden { verb, resource, namespace, message, source: err },
            Some((404, message, _)) if matches!(op.verb, "list" | "watch" | "discover") => {
                Error::NotServed { resource, message, source: err }
            }
            Some((404, message, _)) => Error::NotFound { resource, message, source: err },
            Some((409, message, reason)) => {
                Error::Conflict { verb, resource, namespace, message, reason, source: err }
            }
            Some((code, message, reason)) => {
                Error::Api { verb, resource, namespace, code, message, reason, source: err }
            }
            None if is_unreachable(&err) => {
                let cause = root_cause(&err);
                let lower = cause.to_lowercase();
                if lower.contains("certificate") {
                    Error::Tls { server, cause, source: err }
                } else if lower.contains("timed out") || lower.contains("elapsed") {
                    Error::Timeout { server, cause, source: err }
                } else {
                    Error::Unreachable { server, cause, source: err }
                }
            }
            None => Error::Other { verb, resource, namespace, source: err },
        }
    }

    /// The object or the resource is not there (404 either way).
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound { .. } | Error::NotServed { .. })
    }
}

/// The bare text of a failure: an API Status as `message (code reason)`, else the error itself
/// (for one line about a connection among many, where the server is already named).
pub fn status_text(err: &KubeError) -> String {
    match err {
        KubeError::Api(s) => format!("{} ({} {})", s.message, s.code, s.reason),
        other => other.to_string(),
    }
}

/// One clear error for a failed call against `server` (the typed [`Error`], as anyhow).
pub fn describe(err: KubeError, op: Op<'_>, server: &str) -> anyhow::Error {
    Error::from_kube(err, op, server).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(code: u16, message: &str, reason: &str) -> KubeError {
        KubeError::Api(Box::new(kube::core::Status {
            code,
            message: message.into(),
            reason: reason.into(),
            ..Default::default()
        }))
    }

    const LIST_PODS: Op<'static> = Op { verb: "list", resource: "pods", namespace: Some("apps") };
    const GET_NS: Op<'static> = Op { verb: "get", resource: "namespaces", namespace: None };

    #[test]
    fn status_codes_become_variants_with_the_same_words() {
        let e = Error::from_kube(api(403, "no", "Forbidden"), LIST_PODS, "https://k");
        assert!(
            matches!(&e, Error::Forbidden { verb, resource, namespace: Some(ns), .. } if verb == "list" && resource == "pods" && ns == "apps")
        );
        assert_eq!(
            e.to_string(),
            "permission denied: cannot list pods in namespace \"apps\" (403 Forbidden: no)"
        );
        let e = Error::from_kube(api(401, "", ""), GET_NS, "https://k");
        assert!(matches!(e, Error::Unauthorized { .. }));
        assert!(
            e.to_string()
                .starts_with("the API server at https://k rejected our credentials (401 Unauthorized)")
        );
        let e = Error::from_kube(api(404, "gone", "NotFound"), GET_NS, "https://k");
        assert!(matches!(e, Error::NotFound { .. }) && e.is_not_found());
        assert_eq!(e.to_string(), "namespaces not found: gone");
        let e = Error::from_kube(api(404, "gone", "NotFound"), LIST_PODS, "https://k");
        assert!(matches!(e, Error::NotServed { .. }) && e.is_not_found());
        let e = Error::from_kube(api(409, "exists", "AlreadyExists"), GET_NS, "https://k");
        assert!(matches!(e, Error::Conflict { .. }));
        assert_eq!(e.to_string(), "get namespaces failed: exists (409 AlreadyExists)");
        let e = Error::from_kube(api(422, "bad", "Invalid"), LIST_PODS, "https://k");
        assert!(matches!(e, Error::Api { code: 422, .. }));
        assert_eq!(e.to_string(), "list pods in namespace \"apps\" failed: bad (422 Invalid)");
    }

    #[test]
    fn the_kube_error_stays_the_source() {
        let e = Error::from_kube(api(500, "boom", "InternalError"), LIST_PODS, "https://k");
        let source = std::error::Error::source(&e).expect("source kept");
        assert!(source.to_string().contains("boom"), "{source}");
    }
}
