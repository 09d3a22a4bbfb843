//! Plain column tables in the style of Go's `text/tabwriter` (space padding), which upstream
//! uses for every table; scripts parse these, so no borders and no colour.

/// Renders rows under a header, each column padded to its widest cell plus `padding` spaces.
/// The last column is never padded.
pub fn render(header: &[&str], rows: &[Vec<String>], padding: usize) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut push_row = |cells: &mut dyn Iterator<Item = &str>| {
        let mut line = String::new();
        for (i, cell) in cells.enumerate() {
            line.push_str(cell);
            if i + 1 < cols {
                let pad = widths[i] - cell.chars().count() + padding;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    push_row(&mut header.iter().copied());
    for row in rows {
        push_row(&mut row.iter().map(String::as_str));
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
}
