//! Text of `uninstall`: the list of objects to remove (with why each is there), the dry-run
//! and confirmation lines, and one line per removed object.

use super::Printer;
use crate::cluster::apply::Key;
use crate::cluster::uninstall::{Reason, Target};

/// Nothing matched the selection.
pub fn nothing(printer: &mut Printer) -> std::io::Result<()> {
    printer.line("No resources will be pruned from the cluster. Please double check the input configs")
}

/// `--purge` with `--revision` or `--filename`.
pub fn purge_ignores_selection(printer: &mut Printer) -> std::io::Result<()> {
    printer.warn("--purge removes every Istio revision and ignores --revision and --filename")
}

/// The objects about to be removed.
pub fn targets(printer: &mut Printer, targets: &[Target]) -> std::io::Result<()> {
    printer.line(&format!("The following {} objects will be removed:", targets.len()))?;
    for t in targets {
        let why = match t.reason {
            Reason::Tag => " (revision tag)",
            Reason::Waypoint => " (waypoint)",
            Reason::Component => "",
        };
        printer.line(&format!("  {}{why}", t.key))?;
    }
    Ok(())
}

/// `--dry-run`: the list above was all.
pub fn dry_run(printer: &mut Printer) -> std::io::Result<()> {
    printer.line("Dry run: nothing was removed.")
}

/// Why nothing was removed when a confirmation is needed and stdin is not a terminal.
pub const NO_TERMINAL: &str = "not uninstalling: confirmation needed but stdin is not a terminal; pass -y (--skip-confirmation) to remove the objects listed above";

/// The confirmation question.
pub fn question(purge: bool) -> &'static str {
    if purge {
        "All Istio resources will be pruned from the cluster. Proceed? (y/N)"
    } else {
        "Gateways will be removed. Proceed? (y/N)"
    }
}

/// The removed objects, then the closing line.
pub fn removed(printer: &mut Printer, removed: &[Key]) -> std::io::Result<()> {
    for k in removed {
        printer.line(&format!("  Removed {k}."))?;
    }
    Ok(())
}

/// Everything was removed.
pub fn complete(printer: &mut Printer) -> std::io::Result<()> {
    printer.note("✔ Uninstall complete")
}
