//! Exit statuses (upstream's sysexits values) and the typed error that carries one to `main`.
//! Commands return `anyhow::Error`; wrapping a cause in [`Failure`] picks a non-default exit code.
//! This module decides codes only; printing the report is `output`'s job.

use std::fmt;

/// The process exit status, with upstream istioctl's numeric values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: success, including upstream's "soft" outcomes.
    Success,
    /// 1: any error a command returns.
    Failure,
    /// 64: command-line usage error (unknown flag, bad value, unknown command).
    Usage,
    /// 65: input data could not be read or parsed (analyze).
    DataErr,
    /// 79: analyze found messages at or above `--failure-threshold`.
    AnalyzeIssues,
}

impl ExitStatus {
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 64,
            ExitStatus::DataErr => 65,
            ExitStatus::AnalyzeIssues => 79,
        }
    }
}

/// An error that already knows its exit status. Anything else maps to [`ExitStatus::Failure`].
#[derive(Debug)]
pub struct Failure {
    pub status: ExitStatus,
    pub error: anyhow::Error,
}

impl Failure {
    pub fn new(status: ExitStatus, error: impl Into<anyhow::Error>) -> Self {
        Failure { status, error: error.into() }
    }
    /// A usage error (exit 64) with the given message.
    pub fn usage(msg: impl fmt::Display) -> Self {
        Failure::new(ExitStatus::Usage, anyhow::anyhow!("{msg}"))
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.source()
    }
}

/// The exit status an error asks for: the innermost [`Failure`] in its chain wins, else 1.
pub fn status_of(err: &anyhow::Error) -> ExitStatus {
    if let Some(f) = err.downcast_ref::<Failure>() {
        return f.status;
    }
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.status;
        }
    }
    ExitStatus::Failure
}

/// The exit status of a command line the parser stopped: help and `--version` are 0; a missing
/// required flag or argument and mutually exclusive flags are 1, as upstream checks those in the
/// command (cobra's required-flag and `Args` checks, §0.4); every other parse error (unknown
/// flag or command, a value the parser rejects) is 64.
pub fn clap_status(kind: clap::error::ErrorKind) -> ExitStatus {
    use clap::error::ErrorKind;
    match kind {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            ExitStatus::Success
        }
        ErrorKind::MissingRequiredArgument | ErrorKind::ArgumentConflict => ExitStatus::Failure,
        _ => ExitStatus::Usage,
    }
}

/// The chain a report shows: the error and its causes, down to the first Kubernetes API error,
/// whose one line already says what matters (its kube source is kept for code, not for people).
pub fn reported_chain(err: &anyhow::Error) -> Vec<&(dyn std::error::Error + 'static)> {
    let mut shown = Vec::new();
    for cause in err.chain() {
        shown.push(cause);
        if cause.is::<crate::cluster::errors::Error>() {
            break;
        }
    }
    shown
}

/// True when the error chain holds a broken pipe: the reader went away, which is not a failure.
/// (A broken connection to the API server, below a cluster error, is a failure.)
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    reported_chain(err).into_iter().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_stops_at_the_cluster_error() {
        use crate::cluster::errors::{Error, Op};
        let status = kube::core::Status { code: 500, message: "boom".into(), ..Default::default() };
        let op = Op { verb: "list", resource: "pods", namespace: None };
        let err = Error::from_kube(kube::Error::Api(Box::new(status)), op, "https://k");
        let err = anyhow::Error::from(err).context("reading the pods");
        assert!(err.chain().count() > 2, "the kube error stays below");
        let shown: Vec<String> = reported_chain(&err).iter().map(|c| c.to_string()).collect();
        assert_eq!(shown, ["reading the pods", "list pods failed: boom (500 )"]);
    }

    #[test]
    fn codes_match_upstream() {
        assert_eq!(ExitStatus::Usage.code(), 64);
        assert_eq!(ExitStatus::DataErr.code(), 65);
        assert_eq!(ExitStatus::AnalyzeIssues.code(), 79);
    }

    #[test]
    fn status_found_through_context() {
        let e: anyhow::Error = Failure::usage("bad flag").into();
        let e = e.context("while parsing");
        assert_eq!(status_of(&e), ExitStatus::Usage);
        assert_eq!(status_of(&anyhow::anyhow!("plain")), ExitStatus::Failure);
    }
}
