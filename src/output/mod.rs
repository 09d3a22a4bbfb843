//! The only module that prints. Commands hand results here: raw text and manifests to stdout,
//! `-o json|yaml` documents, tables, and diagnostics/progress to stderr. It knows whether each
//! stream is a terminal and whether colour is allowed (NO_COLOR, TERM=dumb); no other module
//! may write to stdout or stderr.

// The one allowance of the print lints (Cargo.toml `[lints]`, clippy.toml).
#![allow(clippy::print_stdout, clippy::print_stderr, clippy::disallowed_methods)]

pub mod analyze;
pub mod dashboard;
pub mod diff;
pub mod inject;
pub mod install;
pub mod namespaces;
pub mod profile;
pub mod progress;
pub mod prompt;
pub mod table;
pub mod tag;
pub mod uninstall;
pub mod validate;
pub mod verify;
pub mod version;
pub mod waypoint;

use std::io::{self, BufRead, IsTerminal, Write};

use serde::Serialize;

/// Structured output formats shared by the commands that take `-o`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Yaml,
}

/// What `-o/--output` asks for; each command accepts a subset (the parser in `cli::values` says
/// which).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Upstream's plain column table.
    Table,
    Json,
    Yaml,
    /// One `--set` flag per leaf value (`profile dump`).
    Flags,
}

impl OutputFormat {
    /// The name `-o` takes.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Yaml => "yaml",
            OutputFormat::Flags => "flags",
        }
    }

    /// The structured document format, for JSON and YAML.
    pub fn document(self) -> Option<Format> {
        match self {
            OutputFormat::Json => Some(Format::Json),
            OutputFormat::Yaml => Some(Format::Yaml),
            OutputFormat::Table | OutputFormat::Flags => None,
        }
    }
}

/// Owns stdout and stderr for the whole run.
pub struct Printer {
    out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
    /// Where confirmation answers come from (stdin, or a script in tests).
    input: Box<dyn BufRead + Send>,
    stdin_tty: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    color: bool,
}

impl Printer {
    /// The process's real streams, with terminal and colour detection.
    pub fn terminal() -> Self {
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        let color_allowed = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var("TERM").map(|t| t != "dumb").unwrap_or(true);
        Printer {
            out: Box::new(io::stdout()),
            err: Box::new(io::stderr()),
            input: Box::new(io::BufReader::new(io::stdin())),
            stdin_tty: io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty,
            color: color_allowed,
        }
    }

    /// Streams given by the caller (tests, in-process benchmarks); never a terminal, and no
    /// answers to prompts unless [`Printer::with_input`] gives some.
    pub fn to_writers(out: Box<dyn Write + Send>, err: Box<dyn Write + Send>) -> Self {
        Printer {
            out,
            err,
            input: Box::new(io::empty()),
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            color: false,
        }
    }

    /// Answers for [`Printer::confirm`]; `interactive` says whether they count as a terminal
    /// (commands that refuse to prompt without one check [`Printer::can_prompt`]).
    pub fn with_input(mut self, input: Box<dyn BufRead + Send>, interactive: bool) -> Self {
        self.input = input;
        self.stdin_tty = interactive;
        self
    }

    /// True when a confirmation can be asked (stdin is a terminal).
    pub fn can_prompt(&self) -> bool {
        self.stdin_tty
    }

    pub fn stdout_is_tty(&self) -> bool {
        self.stdout_tty
    }
    pub fn stderr_is_tty(&self) -> bool {
        self.stderr_tty
    }
    /// Colour on stdout: only on a terminal and when NO_COLOR/TERM allow it.
    pub fn stdout_color(&self) -> bool {
        self.color && self.stdout_tty
    }

    /// Result text to stdout, exactly as given.
    pub fn out(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())
    }

    /// One result line to stdout.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())?;
        self.out.write_all(b"\n")
    }

    /// A large result written straight to stdout as it is produced (buffered, no copy held
    /// in memory), then a newline.
    pub fn stream(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let mut w = io::BufWriter::with_capacity(64 * 1024, &mut self.out);
        write(&mut w)?;
        w.write_all(b"\n")?;
        w.flush()
    }

    /// A structured document (`-o json` with 2-space indent, or `-o yaml`) to stdout.
    pub fn document<T: Serialize>(&mut self, format: Format, value: &T) -> io::Result<()> {
        let text = match format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
                s.push('\n');
                s
            }
            Format::Yaml => {
                let mut s = to_yaml(value).map_err(io::Error::other)?;
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                s
            }
        };
        self.out(&text)
    }

    /// JSON with a 4-space indent (upstream's `profile dump -o json`).
    pub fn json4<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(
            &mut buf,
            serde_json::ser::PrettyFormatter::with_indent(b"    "),
        );
        value.serialize(&mut ser).map_err(io::Error::other)?;
        buf.push(b'\n');
        self.out.write_all(&buf)
    }

    /// A diagnostic line to stderr (progress, notes, validation results).
    pub fn note(&mut self, text: &str) -> io::Result<()> {
        self.err.write_all(text.as_bytes())?;
        self.err.write_all(b"\n")
    }

    /// A warning line to stderr, prefixed as upstream does.
    pub fn warn(&mut self, text: &str) -> io::Result<()> {
        self.note(&format!("Warning: {text}"))
    }

    /// The top-level error report: `Error: <message>` then each distinct cause on its own line.
    pub fn error(&mut self, err: &anyhow::Error) {
        let mut text = format!("Error: {err}");
        let mut last = err.to_string();
        for cause in crate::error::reported_chain(err).into_iter().skip(1) {
            let c = cause.to_string();
            if !last.contains(&c) {
                text.push_str(&format!("\n  caused by: {c}"));
            }
            last = c;
        }
        let _ = self.note(&text);
    }

    /// The usage line of a subcommand (`path` below the root), on stderr, where upstream's
    /// `cmd.Println(cmd.UsageString())` puts it before some argument errors.
    pub fn usage(&mut self, path: &[&str]) -> io::Result<()> {
        let text = subcommand(path, |c| c.render_usage().to_string());
        self.note(&text)
    }

    /// The full help of a subcommand (`path` below the root), on stdout.
    pub fn help(&mut self, path: &[&str]) -> io::Result<()> {
        let text = subcommand(path, |c| c.render_help().to_string());
        self.out(&text)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()?;
        self.err.flush()
    }
}

/// Renders something of the subcommand at `path` of the built command tree.
fn subcommand(path: &[&str], render: impl Fn(&mut clap::Command) -> String) -> String {
    fn walk<'a>(cmd: &'a mut clap::Command, path: &[&str]) -> &'a mut clap::Command {
        match path.split_first() {
            Some((name, rest)) if cmd.find_subcommand(name).is_some() => {
                walk(cmd.find_subcommand_mut(name).expect("checked above"), rest)
            }
            _ => cmd,
        }
    }
    let mut root = crate::cli::command();
    root.build();
    render(walk(&mut root, path))
}

/// YAML text for any serializable value, block style, two-space indent.
pub fn to_yaml<T: Serialize>(value: &T) -> Result<String, serde_saphyr::SerializeError> {
    serde_saphyr::to_string(value)
}

impl Printer {
    /// Reports a command-line parse result that stopped the run: help and `--version` go to
    /// stdout with status 0; errors go to stderr with the status `error::clap_status` gives.
    pub fn clap_error(&mut self, e: &clap::Error) -> crate::error::ExitStatus {
        let rendered = if self.color && (self.stdout_tty || self.stderr_tty) {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        let status = crate::error::clap_status(e.kind());
        if status == crate::error::ExitStatus::Success {
            let _ = self.out(&rendered);
        } else {
            let _ = self.err.write_all(rendered.as_bytes());
        }
        let _ = self.flush();
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn json_document_is_one_pretty_document() {
        let out = Buf::default();
        let mut p = Printer::to_writers(Box::new(out.clone()), Box::new(Buf::default()));
        p.document(Format::Json, &serde_json::json!({"a": [1]})).unwrap();
        let s = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert_eq!(s, "{\n  \"a\": [\n    1\n  ]\n}\n");
    }

    #[test]
    fn error_report_lists_causes_once() {
        let err_buf = Buf::default();
        let mut p = Printer::to_writers(Box::new(Buf::default()), Box::new(err_buf.clone()));
        let e = anyhow::anyhow!("root cause").context("reading \"x.yaml\"");
        p.error(&e);
        let s = String::from_utf8(err_buf.0.lock().unwrap().clone()).unwrap();
        assert_eq!(s, "Error: reading \"x.yaml\"\n  caused by: root cause\n");
    }
}
