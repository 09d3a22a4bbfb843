//! Text for `istioctl tag`: the list table (upstream's columns, tabwriter padding 1) and the
//! result lines of set/remove.

use super::Printer;
use crate::cluster::tag::TagInfo;

/// `TAG REVISION NAMESPACES`, namespaces comma-joined.
pub fn table(rows: &[TagInfo]) -> String {
    let cells: Vec<Vec<String>> =
        rows.iter().map(|r| vec![r.tag.clone(), r.revision.clone(), r.namespaces.join(",")]).collect();
    super::table::render(&["TAG", "REVISION", "NAMESPACES"], &cells, 1)
}

/// What `tag list` prints in a table when there is nothing to list.
pub const NONE_FOUND: &str = "No Istio revision tags found.";

/// The line `tag set` prints after applying.
pub fn created(printer: &mut Printer, tag: &str, revision: &str) -> std::io::Result<()> {
    printer.line(&format!(
        "Revision tag {tag:?} created, referencing control plane revision {revision:?}. To enable injection using this\nrevision tag, use 'kubectl label namespace <NAMESPACE> istio.io/rev={tag}'"
    ))
}

/// The question after the conflicts of a new tag.
pub const APPLY_ANYWAY: &str = "Apply anyways? [y/N]";

/// Webhook conflicts (IST0139) the new tag would cause.
pub fn conflicts(printer: &mut Printer, conflicts: &[String]) -> std::io::Result<()> {
    printer.note("creating tag would conflict, pass --skip-confirmation to proceed:")?;
    for c in conflicts {
        printer.note(c)?;
    }
    Ok(())
}

/// The default tag took over from the untagged default revision's injector.
pub fn deactivated(printer: &mut Printer, webhook: &str) -> std::io::Result<()> {
    printer.note(&format!(
        "deactivated the untagged default-revision injector MutatingWebhookConfiguration {webhook}"
    ))
}

/// A declined `tag remove`.
pub fn aborted(printer: &mut Printer) -> std::io::Result<()> {
    printer.line("Aborting operation.")
}

/// The objects `tag remove` deleted, then the closing line.
pub fn removed(printer: &mut Printer, tag: &str, objects: &[String]) -> std::io::Result<()> {
    for o in objects {
        printer.note(&format!("removed {o}"))?;
    }
    printer.line(&format!("Revision tag {tag} removed"))
}

/// The question `tag remove` asks when namespaces still use the tag.
pub fn remove_question(tag: &str, namespaces: &[String]) -> String {
    format!(
        "Caution, found {} namespace(s) still injected by tag {tag:?}: {}\nProceed with operation? [y/N]",
        namespaces.len(),
        namespaces.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_shape() {
        let rows = vec![
            TagInfo {
                tag: "default".into(),
                revision: "1-30-3".into(),
                namespaces: vec!["a".into(), "b".into()],
            },
            TagInfo { tag: "".into(), revision: "canary".into(), namespaces: vec![] },
        ];
        assert_eq!(table(&rows), "TAG     REVISION NAMESPACES\ndefault 1-30-3   a,b\n        canary\n");
    }
}
