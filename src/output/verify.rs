//! Text of `verify-install` (and `install --verify`): the success line, or the table of
//! missing / drifted / unready objects (tabwriter padding 3) and the error that follows it.

use super::Printer;
use crate::cluster::verify::Verification;

/// Prints the outcome; an error when anything was found.
pub fn report(printer: &mut Printer, v: &Verification) -> anyhow::Result<()> {
    if v.findings.is_empty() {
        printer.line(&format!(
            "✔ {} objects checked: Istio is installed and verified successfully",
            v.checked
        ))?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = v
        .findings
        .iter()
        .map(|f| {
            vec![
                f.key.kind.clone(),
                f.key.name.clone(),
                f.key.namespace.clone(),
                f.status.as_str().into(),
                f.detail.clone(),
            ]
        })
        .collect();
    printer.out(&super::table::render(&["KIND", "NAME", "NAMESPACE", "STATUS", "DETAIL"], &rows, 3))?;
    anyhow::bail!(
        "Istio installation failed: {} of {} objects missing, drifted or unready",
        v.findings.len(),
        v.checked
    )
}
