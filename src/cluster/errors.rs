//! Turns kube errors into one short, actionable line: unreachable server (URL + hint), 401,
//! 403 (which verb on which resource was denied), timeouts, and API Status messages.

use kube::Error;

/// What was being done, for the message: e.g. `("list", "pods", Some("istio-system"))`.
#[derive(Debug, Clone, Copy)]
pub struct Op<'a> {
    pub verb: &'a str,
    pub resource: &'a str,
    pub namespace: Option<&'a str>,
}

/// True for errors worth retrying: 429, 5xx, and dropped connections. A refused connection or
/// a TLS/auth failure is not: nothing is listening, and asking again only delays the error.
pub fn is_transient(err: &Error) -> bool {
    match err {
        Error::Api(s) => s.code == 429 || (500..600).contains(&s.code),
        Error::HyperError(_) | Error::Service(_) => !matches!(
            io_kind(err),
            Some(std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::AddrNotAvailable)
        ) && !root_cause(err).to_lowercase().contains("certificate"),
        _ => false,
    }
}

/// The kind of the first I/O error in the chain, if any.
fn io_kind(err: &Error) -> Option<std::io::ErrorKind> {
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
fn root_cause(err: &Error) -> String {
    let mut cur: &(dyn std::error::Error + 'static) = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// True when the server could not be reached at all (as opposed to answering with an error).
pub fn is_unreachable(err: &Error) -> bool {
    matches!(err, Error::HyperError(_) | Error::Service(_))
}

/// One clear error for a failed call against `server`.
pub fn describe(err: Error, op: Op<'_>, server: &str) -> anyhow::Error {
    let scope = match op.namespace {
        Some(ns) => format!("{} in namespace {ns:?}", op.resource),
        None => op.resource.to_string(),
    };
    match &err {
        Error::Api(s) if s.code == 401 => anyhow::anyhow!(
            "the API server at {server} rejected our credentials (401 Unauthorized): check the user or token of your kube context"
        ),
        Error::Api(s) if s.code == 403 => anyhow::anyhow!(
            "permission denied: cannot {} {scope} (403 Forbidden: {})",
            op.verb,
            s.message
        ),
        Error::Api(s) if s.code == 404 => anyhow::anyhow!("{} not found: {}", op.resource, s.message),
        Error::Api(s) => anyhow::anyhow!("{} {scope} failed: {} ({} {})", op.verb, s.message, s.code, s.reason),
        e if is_unreachable(e) && root_cause(e).to_lowercase().contains("certificate") => anyhow::anyhow!(
            "TLS verification of the API server at {server} failed: {}; check the certificate-authority of the cluster in your kubeconfig",
            root_cause(e)
        ),
        e if is_unreachable(e) => {
            let cause = root_cause(e);
            let timed_out = cause.to_lowercase().contains("timed out") || cause.to_lowercase().contains("elapsed");
            anyhow::anyhow!(
                "cannot reach the Kubernetes API server at {server}: {}{cause}; check that the cluster is running and that --kubeconfig/--context point at it",
                if timed_out { "timed out: " } else { "" }
            )
        }
        _ => anyhow::anyhow!("{} {scope} failed: {err}", op.verb),
    }
}
