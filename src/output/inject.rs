//! kube-inject's stderr: the skip warnings, after one blank line, as upstream prints them.

use std::io;

use super::Printer;

/// Each warning already ends in a newline; upstream adds another after each.
pub fn warnings(printer: &mut Printer, warnings: &[String]) -> io::Result<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    printer.note("")?;
    for w in warnings {
        printer.note(w)?;
    }
    Ok(())
}
