//! Plain column tables in the layout of Go's `text/tabwriter` with space padding, which upstream
//! uses for every table: no borders, no colour, each column as wide as its widest cell plus the
//! command's padding, the last column unpadded, trailing spaces trimmed. Built with comfy-table
//! (borders and separators off); scripts parse these, so the layout is exact for ASCII cells.

use comfy_table::{ContentArrangement, Table, presets::NOTHING};

/// Renders rows under a header, each column padded to its widest cell plus `padding` spaces.
/// The last column is never padded; rows may be shorter than the header.
pub fn render(header: &[&str], rows: &[Vec<String>], padding: usize) -> String {
    let mut table = Table::new();
    table
        .load_preset(NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.to_vec());
    for row in rows {
        table.add_row(row.iter().take(header.len()).cloned().collect::<Vec<_>>());
    }
    let last = header.len().saturating_sub(1);
    let pad = u16::try_from(padding).unwrap_or(u16::MAX);
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i == last { 0 } else { pad }));
    }
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pads_columns_like_tabwriter() {
        let t = super::render(
            &["NAME", "REVISION"],
            &[vec!["default".into(), "1-30".into()], vec!["x".into(), "".into()]],
            3,
        );
        assert_eq!(t, "NAME      REVISION\ndefault   1-30\nx\n");
    }

    #[test]
    fn short_rows_empty_cells_and_padding_one() {
        let t = super::render(
            &["TAG", "REVISION", "NAMESPACES"],
            &[vec!["".into(), "canary".into()], vec!["default".into(), "1-30-3".into(), "a,b".into()]],
            1,
        );
        assert_eq!(t, "TAG     REVISION NAMESPACES\n        canary\ndefault 1-30-3   a,b\n");
    }

    #[test]
    fn empty_table_is_the_header() {
        assert_eq!(super::render(&["NAME", "STATUS"], &[], 5), "NAME     STATUS\n");
    }
}
