//! Text of `profile list` and `profile diff`: upstream 1.23's heading and four-space indented
//! names, and the verdict line above a diff.

use super::Printer;

/// `profile list`.
pub fn list(printer: &mut Printer, names: &[String]) -> std::io::Result<()> {
    if names.is_empty() {
        return printer.line("No profiles available.");
    }
    printer.line("Istio configuration profiles:")?;
    for n in names {
        printer.line(&format!("    {n}"))?;
    }
    Ok(())
}

/// `profile diff` when both sides are equal.
pub fn identical(printer: &mut Printer) -> std::io::Result<()> {
    printer.line("Profiles are identical")
}

/// `profile diff` when they are not: the heading, then the diff of the two YAML texts.
pub fn different(printer: &mut Printer, a: &str, b: &str, name_a: &str, name_b: &str) -> std::io::Result<()> {
    printer.line("The difference between profiles:")?;
    printer.diff(a, b, name_a, name_b)
}
