//! Where Go's YAML reader (go-yaml v2, behind upstream's sigs.k8s.io/yaml) and YAML 1.2 read
//! the same text differently, and the rewrite that makes serde-saphyr read it as Go does. Today
//! one rule: inside a flow collection Go ends a plain scalar only at `: ` (or `:` at the end of
//! the line) and at `,` `[` `]` `{` `}`, so `[1.2.3.4, 001:db8::]` holds two strings, while
//! YAML 1.2 reads the `:` before `]` as a key indicator. Such scalars are single-quoted before
//! the full parser sees the text. Text in, text out: nothing here decodes or reports errors.

use std::borrow::Cow;

/// `text` with every flow-context plain scalar that ends in `:` right before a flow indicator
/// quoted (Go reads the `:` as part of the scalar); borrowed unchanged when there is none.
pub fn go_flow_scalars(text: &str) -> Cow<'_, str> {
    if !text.contains(':') || !text.contains(['[', '{']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut changed = false;
    let mut depth = 0usize;
    // A quoted scalar left open at the end of the previous line.
    let mut open_quote: Option<u8> = None;
    // Inside a block scalar: lines indented more than this belong to it.
    let mut block_scalar: Option<usize> = None;
    for line in crate::lines::lines_inclusive(text) {
        let body = crate::lines::skip_spaces(line);
        let indent = line.len() - body.len();
        if let Some(parent) = block_scalar {
            if body.trim().is_empty() || indent > parent {
                out.push_str(line);
                continue;
            }
            block_scalar = None;
        }
        let b = line.as_bytes();
        let mut i = 0;
        if let Some(q) = open_quote {
            match close_quote(b, 0, q) {
                Some(_) if depth == 0 => {
                    open_quote = None;
                    out.push_str(line);
                    continue;
                }
                Some(end) => {
                    open_quote = None;
                    i = end;
                }
                None => {
                    out.push_str(line);
                    continue;
                }
            }
        }
        if depth == 0 && i == 0 {
            // Block context: only a value that starts with `[` or `{` opens a flow collection.
            let Some(start) = value_start(b, indent) else {
                out.push_str(line);
                continue;
            };
            match b[start] {
                b'[' | b'{' => i = start,
                b'|' | b'>' => {
                    block_scalar = Some(indent);
                    out.push_str(line);
                    continue;
                }
                q @ (b'"' | b'\'') => {
                    if close_quote(b, start + 1, q).is_none() {
                        open_quote = Some(q);
                    }
                    out.push_str(line);
                    continue;
                }
                _ => {
                    out.push_str(line);
                    continue;
                }
            }
        }
        out.push_str(&line[..i]);
        while i < b.len() {
            let c = b[i];
            match c {
                b'[' | b'{' => {
                    depth += 1;
                    out.push(c as char);
                    i += 1;
                }
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    out.push(c as char);
                    i += 1;
                    if depth == 0 {
                        out.push_str(&line[i..]);
                        break;
                    }
                }
                b',' | b':' | b' ' | b'\t' | b'\r' | b'\n' => {
                    out.push(c as char);
                    i += 1;
                }
                b'#' if i == 0 || matches!(b[i - 1], b' ' | b'\t') => {
                    out.push_str(&line[i..]);
                    break;
                }
                b'"' | b'\'' => {
                    let end = close_quote(b, i + 1, c);
                    let stop = end.unwrap_or(b.len());
                    out.push_str(&line[i..stop]);
                    if end.is_none() {
                        open_quote = Some(c);
                    }
                    i = stop;
                }
                _ => {
                    let end = plain_end(b, i);
                    let token = line[i..end].trim_end_matches([' ', '\t']);
                    let next = b.get(end).copied();
                    if depth > 0
                        && token.ends_with(':')
                        && matches!(next, Some(b',' | b']' | b'}'))
                        && end == i + token.len()
                    {
                        out.push('\'');
                        out.push_str(&token.replace('\'', "''"));
                        out.push('\'');
                        changed = true;
                    } else if end > i {
                        out.push_str(&line[i..end]);
                    } else {
                        // Never stall: copy one character.
                        let ch = line[i..].chars().next().unwrap_or(' ');
                        out.push(ch);
                        i += ch.len_utf8().max(1);
                        continue;
                    }
                    i = end;
                }
            }
        }
    }
    if changed { Cow::Owned(out) } else { Cow::Borrowed(text) }
}

/// Where the value of a block line starts: after `- ` item markers and a `key:` (plain or
/// quoted key); `None` for a blank line, a comment or a directive.
fn value_start(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        match b.get(i) {
            None | Some(b'\n' | b'\r' | b'#' | b'%') => return None,
            Some(b'-') if matches!(b.get(i + 1), Some(b' ')) => {
                i += 1;
                while b.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    let first = b[i];
    if matches!(first, b'[' | b'{' | b'|' | b'>') {
        return Some(i);
    }
    // Past a `key:` when there is one on this line.
    let mut k = i;
    if first == b'"' || first == b'\'' {
        k = close_quote(b, i + 1, first)?;
    }
    while k < b.len() {
        match b[k] {
            b':' if matches!(b.get(k + 1), None | Some(b' ' | b'\n' | b'\r')) => {
                let mut v = k + 1;
                while b.get(v) == Some(&b' ') {
                    v += 1;
                }
                return match b.get(v) {
                    None | Some(b'\n' | b'\r' | b'#') => None,
                    Some(_) => Some(v),
                };
            }
            b'#' if k > 0 && b[k - 1] == b' ' => return None,
            _ => k += 1,
        }
    }
    Some(i)
}

/// The index just past a quoted scalar's closing quote, searching from `from`; `None` when it
/// does not close on this line.
fn close_quote(b: &[u8], mut from: usize, q: u8) -> Option<usize> {
    while from < b.len() {
        if q == b'"' && b[from] == b'\\' {
            from += 2;
            continue;
        }
        if b[from] == q {
            if q == b'\'' && b.get(from + 1) == Some(&b'\'') {
                from += 2;
                continue;
            }
            return Some(from + 1);
        }
        from += 1;
    }
    None
}

/// The end of a plain scalar starting at `i` in flow context, by Go's rule: a flow indicator,
/// `: ` / `:` at the end of the line, ` #`, or the end of the line.
fn plain_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b',' | b'[' | b']' | b'{' | b'}' | b'\n' | b'\r' => break,
            b':' if matches!(b.get(i + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r')) => break,
            b'#' if i > 0 && matches!(b[i - 1], b' ' | b'\t') => break,
            _ => i += 1,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colons_before_flow_indicators_stay_in_the_scalar() {
        assert_eq!(
            go_flow_scalars("addresses: [1.2.3.4, 001:db8::]\n"),
            "addresses: [1.2.3.4, '001:db8::']\n"
        );
        assert_eq!(go_flow_scalars("- {a: x:, b: [c:,d]}\n"), "- {a: 'x:', b: ['c:',d]}\n");
        assert_eq!(go_flow_scalars("k: [\n  'a:]',\n  fe80::,\n]\n"), "k: [\n  'a:]',\n  'fe80::',\n]\n");
    }

    #[test]
    fn everything_else_is_left_alone() {
        for t in [
            "a: [1, b: c, 'x:', \"y:\"]\n",
            "a: b:c\nd: [e: f]\n",
            "a: |\n  [x:]\nb: 1\n",
            "a: \"[x:]\n  y\"\nb: [z]\n",
            "a: [x] # [y:]\n",
            "url: http://h:80/[x:]\n",
        ] {
            assert!(matches!(go_flow_scalars(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn never_panics() {
        for t in ["[", "]:,", "- [\"\n", "a: ['\n", "{:}", "[a:,", "é: [ü:]", "[#:]"] {
            let _ = go_flow_scalars(t);
        }
    }
}
