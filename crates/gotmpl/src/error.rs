//! The engine's error: a parse error (`template: NAME:LINE: msg`) or an execution error
//! (`template: NAME:LINE:COL: executing "TMPL" at <NODE>: msg`), worded as Go's
//! text/template words them. Owns only the formatting; positions are computed by the parser
//! and executor.

use std::fmt;

/// What went wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text does not parse (or calls an undefined function).
    Parse,
    /// Execution failed at a node.
    Exec,
    /// A failure tied to no node (e.g. an unknown template name given to `execute_template`).
    Other,
}

/// An error with Go's wording. `Display` gives the whole text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// The parse name of the template text (the name given to `Template::new`).
    pub template: String,
    /// 1-based line.
    pub line: usize,
    /// 0-based byte column (execution errors only), as Go counts it.
    pub col: Option<usize>,
    /// The template being executed (a `define` name inside a `template` call).
    pub executing: String,
    /// The node as Go prints it (its `String()` form).
    pub node: String,
    /// The message proper, e.g. `error calling index: index out of range: 3`.
    pub message: String,
}

impl Error {
    pub(crate) fn parse(template: &str, line: usize, message: String) -> Error {
        Error {
            kind: ErrorKind::Parse,
            template: template.into(),
            line,
            col: None,
            executing: String::new(),
            node: String::new(),
            message,
        }
    }

    pub(crate) fn other(template: &str, message: String) -> Error {
        Error { kind: ErrorKind::Other, ..Error::parse(template, 0, message) }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Parse => write!(f, "template: {}:{}: {}", self.template, self.line, self.message),
            ErrorKind::Exec => write!(
                f,
                "template: {}:{}:{}: executing \"{}\" at <{}>: {}",
                self.template,
                self.line,
                self.col.unwrap_or(0),
                self.executing,
                self.node,
                self.message
            ),
            ErrorKind::Other => write!(f, "template: {}", self.message),
        }
    }
}

impl std::error::Error for Error {}
