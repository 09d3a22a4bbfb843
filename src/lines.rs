//! Line splitting for the hot loops of loading and rendering (`analyze` reads hundreds of
//! megabytes line by line, three times over; a render splits 0.6 MB of CRDs): [`lines`] is
//! `str::lines` and [`lines_inclusive`] `split_inclusive('\n')`, with the newlines found by
//! memchr's vector search instead of a byte-at-a-time scan per line; [`skip_spaces`] measures
//! indentation. Nothing here parses or prints.

/// The lines of `text` exactly as `str::lines` gives them: split at `\n`, a `\r` right before
/// it dropped, no empty line after a final newline.
pub fn lines(text: &str) -> Lines<'_> {
    Lines { text, pos: 0, newlines: memchr::memchr_iter(b'\n', text.as_bytes()) }
}

/// The iterator [`lines`] returns; [`Lines::offset`] tells where the next line starts.
pub struct Lines<'a> {
    text: &'a str,
    pos: usize,
    newlines: memchr::Memchr<'a>,
}

impl<'a> Lines<'a> {
    /// The byte offset in the text of the line the next call returns (the text's length at
    /// the end).
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let start = self.pos;
        match self.newlines.next() {
            Some(end) => {
                self.pos = end + 1;
                let line = &self.text[start..end];
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None if start < self.text.len() => {
                self.pos = self.text.len();
                Some(&self.text[start..])
            }
            None => None,
        }
    }
}

/// The lines of `text` with their `\n` kept, exactly as `text.split_inclusive('\n')`.
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut lines = lines(text);
    std::iter::from_fn(move || {
        let start = lines.offset();
        lines.next()?;
        Some(&text[start..lines.offset()])
    })
}

/// `text` without its leading spaces (`trim_start_matches(' ')`, as a plain byte loop the
/// compiler inlines at every optimization level).
#[inline]
pub fn skip_spaces(text: &str) -> &str {
    let n = text.bytes().take_while(|&b| b == b' ').count();
    &text[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_str_lines_and_split_inclusive() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\rb\n",
            "\r\n",
            "x\n\ny\n\n",
            "é\nü\r\n日本\n",
            "  key: value\n  - item\n# comment\n---\nnext: 1",
        ] {
            let ours: Vec<&str> = lines(text).collect();
            let std: Vec<&str> = text.lines().collect();
            assert_eq!(ours, std, "{text:?}");
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?} inclusive");
        }
    }

    #[test]
    fn skip_spaces_is_trim_start_of_spaces() {
        for text in ["", " ", "  a ", "a", " \tb", "   日本"] {
            assert_eq!(skip_spaces(text), text.trim_start_matches(' '));
        }
    }

    #[test]
    fn offsets_point_at_line_starts() {
        let text = "ab\r\ncd\n\nef";
        let mut it = lines(text);
        let mut starts = vec![it.offset()];
        while it.next().is_some() {
            starts.push(it.offset());
        }
        assert_eq!(starts, [0, 4, 7, 8, 10]);
    }
}
