//! Regexes and string matches (H-REGEX, H-STRMATCH): the RE2 check itself is Go's
//! acceptance in `crate::go`; this adds upstream's size limit, wording and the match forms.

use crate::api::path::Path;
use crate::api::validation::Ctx;
use crate::go::check_go_regex;
use crate::go::go_quote;

/// H-REGEX: ≤ 1024 bytes and RE2-valid; `location` is upstream's quoted place name (`uri`,
/// `headers`, …).
pub fn check_regex(re: &str, location: &str) -> Result<(), String> {
    if re.len() > 1024 {
        return Err(format!("{}: regex is too large, max length allowed is 1024", go_quote(location)));
    }
    check_go_regex(re).map_err(|e| {
        format!(
            "{}: {e}; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)",
            go_quote(location)
        )
    })
}

/// H-REGEX, recorded at `at`.
pub fn regex(re: &str, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_regex(re, location) {
        cx.error(at, e);
    }
}

/// A `StringMatch` value as the rules see it (the kinds own the typed message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrMatch<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Regex(&'a str),
}

/// H-STRMATCH at location `location`: `prefix: ""` and `regex: ""` are errors, a regex must pass
/// H-REGEX; `at` is the StringMatch's path (findings go to `at.prefix` / `at.regex`).
pub fn string_match(m: StrMatch<'_>, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    match m {
        StrMatch::Exact(_) => {}
        StrMatch::Prefix("") => cx.error(
            &at.field("prefix"),
            format!("{}: prefix string match should not be empty", go_quote(location)),
        ),
        StrMatch::Prefix(_) => {}
        StrMatch::Regex(_) => string_match_regex(m, location, at, cx),
    }
}

/// H-STRMATCH-RE (uri): only the regex part is checked.
pub fn string_match_regex(m: StrMatch<'_>, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let StrMatch::Regex(re) = m {
        let p = at.field("regex");
        if re.is_empty() {
            cx.error(&p, format!("{}: regex string match should not be empty", go_quote(location)));
        } else {
            regex(re, location, &p, cx);
        }
    }
}
