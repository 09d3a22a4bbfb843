//! Unified diffs on stdout (`profile diff`): plain text, or coloured on a terminal when colour
//! is allowed. It compares the two texts it is given and decides nothing else.

use std::io;

use similar::{ChangeTag, TextDiff};

use super::Printer;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// The unified diff of `old` → `new` (3 lines of context), optionally with ANSI colours.
pub fn unified(old: &str, new: &str, old_name: &str, new_name: &str, color: bool) -> String {
    let diff = TextDiff::from_lines(old, new);
    let mut out = format!("--- {old_name}\n+++ {new_name}\n");
    for group in diff.grouped_ops(3) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let (o, n) = (first.old_range().start, first.new_range().start);
        let (ol, nl) = (last.old_range().end - o, last.new_range().end - n);
        let header = format!("@@ -{},{ol} +{},{nl} @@", o + 1, n + 1);
        out.push_str(&paint(&header, CYAN, color));
        out.push('\n');
        for op in &group {
            for change in diff.iter_changes(op) {
                let (sign, colour) = match change.tag() {
                    ChangeTag::Delete => ('-', Some(RED)),
                    ChangeTag::Insert => ('+', Some(GREEN)),
                    ChangeTag::Equal => (' ', None),
                };
                let mut line = format!("{sign}{}", change.value().trim_end_matches('\n'));
                if let Some(c) = colour {
                    line = paint(&line, c, color);
                }
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

fn paint(text: &str, colour: &str, on: bool) -> String {
    if on { format!("{colour}{text}{RESET}") } else { text.to_string() }
}

impl Printer {
    /// A unified diff to stdout, coloured only on a terminal that allows colour.
    pub fn diff(&mut self, old: &str, new: &str, old_name: &str, new_name: &str) -> io::Result<()> {
        let text = unified(old, new, old_name, new_name, self.stdout_color());
        self.out(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_coloured() {
        let plain = unified("a\nb\nc\n", "a\nB\nc\n", "x", "y", false);
        assert_eq!(plain, "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        let col = unified("a\n", "b\n", "x", "y", true);
        assert!(col.contains("\x1b[31m-a\x1b[0m") && col.contains("\x1b[32m+b\x1b[0m"), "{col:?}");
        assert_eq!(unified("same\n", "same\n", "x", "y", false), "--- x\n+++ y\n");
    }
}
