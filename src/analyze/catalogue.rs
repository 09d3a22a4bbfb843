//! The message catalogue of 1.30.3 (code, name, level, template) as data (`messages.tsv`, one
//! line per message, read once), and the Go `fmt` rendering of a template with its arguments
//! (`%s`, `%v`, `%q`, `%d`). It knows nothing about resources or analyzers, and never prints.

use std::sync::OnceLock;

use super::Level;

/// One message type of upstream's `messages.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageType {
    /// `IST0101` …
    pub code: &'static str,
    /// `ReferencedResourceNotFound` …
    pub name: &'static str,
    pub level: Level,
    /// Go format string (`Referenced %s not found: %q`).
    pub template: &'static str,
}

const DATA: &str = include_str!("messages.tsv");

/// Every message type, sorted by code.
pub fn all() -> &'static [MessageType] {
    static ALL: OnceLock<Vec<MessageType>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<MessageType> = DATA
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let mut f = l.splitn(4, '\t');
                let code = f.next().unwrap_or_default();
                let name = f.next().unwrap_or_default();
                let level = Level::parse(f.next().unwrap_or_default()).unwrap_or(Level::Error);
                let template = f.next().unwrap_or_default();
                MessageType { code, name, level, template }
            })
            .collect();
        v.sort_by(|a, b| a.code.cmp(b.code));
        v
    })
}

/// The message type with this code. Analyzers only ask for codes that exist (a test checks
/// every code they name), so an unknown code is a programming error reported as IST0001.
pub fn get(code: &str) -> &'static MessageType {
    let all = all();
    match all.binary_search_by(|m| m.code.cmp(code)) {
        Ok(i) => &all[i],
        Err(_) => &all[0],
    }
}

/// Whether `code` is a known message code (`-S` warns about unknown ones).
pub fn exists(code: &str) -> bool {
    all().binary_search_by(|m| m.code.cmp(code)).is_ok()
}

/// One template argument, typed as upstream's Go value so `%v` and `%q` render alike.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    Str(String),
    Int(i64),
    /// `[]string`: `%v` → `[a b]`, `%q` → `["a" "b"]`.
    Strs(Vec<String>),
    /// `[]int`: `%v` → `[80 443]`.
    Ints(Vec<i64>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Int(n)
    }
}
impl From<Vec<String>> for Arg {
    fn from(v: Vec<String>) -> Arg {
        Arg::Strs(v)
    }
}
impl From<Vec<i64>> for Arg {
    fn from(v: Vec<i64>) -> Arg {
        Arg::Ints(v)
    }
}

fn render_v(a: &Arg) -> String {
    match a {
        Arg::Str(s) => s.clone(),
        Arg::Int(n) => n.to_string(),
        Arg::Strs(v) => format!("[{}]", v.join(" ")),
        Arg::Ints(v) => format!("[{}]", v.iter().map(i64::to_string).collect::<Vec<_>>().join(" ")),
    }
}

fn render_q(a: &Arg) -> String {
    use crate::go::go_quote;
    match a {
        Arg::Str(s) => go_quote(s),
        Arg::Int(n) => format!("'{}'", char::from_u32(*n as u32).unwrap_or('\u{fffd}')),
        Arg::Strs(v) => format!("[{}]", v.iter().map(|s| go_quote(s)).collect::<Vec<_>>().join(" ")),
        Arg::Ints(v) => render_v(&Arg::Ints(v.clone())),
    }
}

/// Go `Sprintf(template, args...)` for the verbs the catalogue uses. Missing arguments render
/// as Go does (`%!s(MISSING)`); extra ones are appended as `%!(EXTRA …)`.
pub fn sprintf(template: &str, args: &[Arg]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut next = args.iter();
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(verb @ ('s' | 'v' | 'q' | 'd')) => match next.next() {
                Some(a) if verb == 'q' => out.push_str(&render_q(a)),
                Some(a) => out.push_str(&render_v(a)),
                None => out.push_str(&format!("%!{verb}(MISSING)")),
            },
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    let extra: Vec<String> = next.map(render_v).collect();
    if !extra.is_empty() {
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_the_67_messages_of_1_30_3() {
        assert_eq!(all().len(), 67);
        assert!(!exists("IST0177"));
        let m = get("IST0101");
        assert_eq!((m.name, m.level), ("ReferencedResourceNotFound", Level::Error));
        assert_eq!(get("IST0131").level, Level::Info);
        assert_eq!(get("IST0002").level, Level::Warning);
        for m in all() {
            assert!(m.code.starts_with("IST") && m.code.len() == 7, "{m:?}");
            assert!(!m.name.is_empty() && !m.template.is_empty(), "{m:?}");
        }
    }

    #[test]
    fn go_verbs() {
        let t = get("IST0101").template;
        assert_eq!(sprintf(t, &["host".into(), "a\"b".into()]), "Referenced host not found: \"a\\\"b\"");
        assert_eq!(
            sprintf(
                "%v %q %d %v %%",
                &[
                    Arg::Strs(vec!["a".into(), "b".into()]),
                    Arg::Strs(vec!["c".into()]),
                    Arg::Int(7),
                    Arg::Ints(vec![80, 443])
                ]
            ),
            "[a b] [\"c\"] 7 [80 443] %"
        );
        assert_eq!(sprintf("%s and %s", &["x".into()]), "x and %!s(MISSING)");
        assert_eq!(sprintf("none", &["x".into()]), "none%!(EXTRA x)");
    }
}
