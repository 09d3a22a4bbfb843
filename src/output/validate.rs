//! Presentation of a `validate` report, shaped as upstream prints it (all on stderr): notices,
//! per-input warning blocks or `"<path>" is valid` / `validation succeed`, then the
//! `Error: N errors occurred:` list. Each finding names the object (`Kind/ns/name`), the field
//! path and the file with the document's line. It decides nothing about what is valid.

use std::io;

use super::Printer;
use crate::api::document::{Input, InputError};
use crate::api::rules::go_quote;
use crate::validate::{Entry, Report};

/// The text of one bullet: `Kind/ns/name: <path>: <message> (<file>:<line>)`, or upstream's
/// wording for unreadable inputs and undecodable documents.
pub fn entry_text(entry: &Entry) -> String {
    match entry {
        Entry::Finding {
            object,
            path,
            message,
            source,
            line,
        } => {
            let file = if source == "-" { "<stdin>" } else { source };
            format!(
                "{}/{}/{}: {path}: {message} ({file}:{line})",
                object.kind, object.namespace, object.name
            )
        }
        Entry::Decode { source, error } => format!("failed to decode file {source}:  {error}"),
        Entry::Input(InputError::Stat { path, cause }) => {
            format!("cannot stat file {}: {cause}", go_quote(path))
        }
        Entry::Input(InputError::Read { path, cause }) => {
            format!("cannot read file {}: {cause}", go_quote(path))
        }
        Entry::Input(InputError::Walk { cause }) => cause.clone(),
    }
}

fn bullets(entries: &[Entry]) -> String {
    entries
        .iter()
        .map(|e| format!("\t* {}\n", entry_text(e)))
        .collect()
}

/// Each input once, at its first position, with the warnings of its last reading (upstream
/// keeps results in a map keyed by path, so a path given twice is listed once).
fn unique_inputs(report: &Report) -> Vec<(&Input, &[Entry])> {
    let mut out: Vec<(&Input, &[Entry])> = Vec::new();
    for r in &report.inputs {
        match out.iter_mut().find(|(i, _)| **i == r.input) {
            Some(slot) => slot.1 = &r.warnings,
            None => out.push((&r.input, &r.warnings)),
        }
    }
    out
}

/// The whole report as upstream lays it out on stderr.
pub fn render(report: &Report) -> String {
    let mut s = String::new();
    for d in &report.empty_dirs {
        s.push_str(&format!("no .yaml, .yml or .json files found in {}\n", go_quote(d)));
    }
    for n in &report.notices {
        s.push_str(n);
        s.push('\n');
    }
    let failed = report.has_errors();
    for (input, warnings) in unique_inputs(report) {
        match input {
            Input::Stdin => {
                if !warnings.is_empty() {
                    s.push('\n');
                    s.push_str(&bullets(warnings));
                } else if !failed {
                    s.push_str("validation succeed\n");
                }
                // Upstream stops listing inputs after stdin.
                break;
            }
            Input::File(path) => {
                if !warnings.is_empty() {
                    s.push_str(&format!("{} has warnings: \n", go_quote(path)));
                    s.push_str(&bullets(warnings));
                    s.push('\n');
                } else if !failed {
                    s.push_str(&format!("{} is valid\n", go_quote(path)));
                }
            }
        }
    }
    if failed {
        let n = report.errors.len();
        let head = if n == 1 {
            "1 error occurred:".to_string()
        } else {
            format!("{n} errors occurred:")
        };
        s.push_str(&format!("Error: {head}\n"));
        s.push_str(&bullets(&report.errors));
        s.push_str("\n\n");
    }
    s
}

/// Writes the report to stderr.
pub fn report(printer: &mut Printer, report: &Report) -> io::Result<()> {
    let text = render(report);
    match text.strip_suffix('\n') {
        Some(body) => printer.note(body),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::document::DecodeError;
    use crate::validate::{InputReport, ObjectRef};

    fn finding(kind: &str, message: &str) -> Entry {
        Entry::Finding {
            object: ObjectRef {
                kind: kind.into(),
                namespace: String::new(),
                name: "n".into(),
            },
            path: "spec.x".into(),
            message: message.into(),
            source: "a.yaml".into(),
            line: 3,
        }
    }

    #[test]
    fn valid_files_and_warnings() {
        let r = Report {
            empty_dirs: vec![],
            notices: vec!["deployment notice".into()],
            inputs: vec![
                InputReport {
                    input: Input::File("a.yaml".into()),
                    warnings: vec![finding("Gateway", "w")],
                },
                InputReport {
                    input: Input::File("b.yaml".into()),
                    warnings: vec![],
                },
            ],
            errors: vec![],
        };
        assert_eq!(
            render(&r),
            "deployment notice\n\"a.yaml\" has warnings: \n\t* Gateway//n: spec.x: w (a.yaml:3)\n\n\"b.yaml\" is valid\n"
        );
    }

    #[test]
    fn errors_list_after_warning_blocks() {
        let r = Report {
            empty_dirs: vec![],
            notices: vec![],
            inputs: vec![
                InputReport {
                    input: Input::File("b.yaml".into()),
                    warnings: vec![],
                },
                InputReport {
                    input: Input::File("a.yaml".into()),
                    warnings: vec![finding("Gateway", "w")],
                },
            ],
            errors: vec![
                finding("VirtualService", "bad"),
                Entry::Decode {
                    source: "c.yaml".into(),
                    error: DecodeError {
                        line: 4,
                        message: "oops".into(),
                    },
                },
                Entry::Input(InputError::Stat {
                    path: "d".into(),
                    cause: "stat d: no such file or directory".into(),
                }),
            ],
        };
        assert_eq!(
            render(&r),
            "\"a.yaml\" has warnings: \n\t* Gateway//n: spec.x: w (a.yaml:3)\n\n\
             Error: 3 errors occurred:\n\
             \t* VirtualService//n: spec.x: bad (a.yaml:3)\n\
             \t* failed to decode file c.yaml:  yaml: line 4: oops\n\
             \t* cannot stat file \"d\": stat d: no such file or directory\n\n\n"
        );
    }

    #[test]
    fn a_path_given_twice_is_listed_once() {
        let r = Report {
            empty_dirs: vec![],
            notices: vec![],
            inputs: vec![
                InputReport {
                    input: Input::File("a.yaml".into()),
                    warnings: vec![],
                },
                InputReport {
                    input: Input::File("b.yaml".into()),
                    warnings: vec![],
                },
                InputReport {
                    input: Input::File("a.yaml".into()),
                    warnings: vec![],
                },
            ],
            errors: vec![],
        };
        assert_eq!(render(&r), "\"a.yaml\" is valid\n\"b.yaml\" is valid\n");
    }

    #[test]
    fn stdin_ends_the_input_listing() {
        let ok = Report {
            empty_dirs: vec![],
            notices: vec![],
            inputs: vec![
                InputReport {
                    input: Input::Stdin,
                    warnings: vec![],
                },
                InputReport {
                    input: Input::File("b.yaml".into()),
                    warnings: vec![],
                },
            ],
            errors: vec![],
        };
        assert_eq!(render(&ok), "validation succeed\n");
        let warn = Report {
            empty_dirs: vec![],
            notices: vec![],
            inputs: vec![InputReport {
                input: Input::Stdin,
                warnings: vec![finding("Gateway", "w")],
            }],
            errors: vec![finding("Sidecar", "e")],
        };
        assert_eq!(
            render(&warn),
            "\n\t* Gateway//n: spec.x: w (a.yaml:3)\nError: 1 error occurred:\n\t* Sidecar//n: spec.x: e (a.yaml:3)\n\n\n"
        );
    }
}
