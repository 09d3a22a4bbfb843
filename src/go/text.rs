//! Go's wording of composite texts upstream prints: `%v` of a string list, hashicorp
//! multierror lists, `encoding/json`'s HTML escaping, and `os` error causes. Formatting only.

/// Go's `%v` of a sorted string list: `[a b c]`.
pub fn go_list(items: &std::collections::BTreeSet<&str>) -> String {
    format!("[{}]", items.iter().copied().collect::<Vec<_>>().join(" "))
}

/// Go's `hashicorp/go-multierror` text for a list of errors.
pub fn go_multierror(messages: &[String]) -> String {
    let head = if messages.len() == 1 {
        "1 error occurred:".to_string()
    } else {
        format!("{} errors occurred:", messages.len())
    };
    let items: String = messages.iter().map(|m| format!("\n\t* {m}")).collect();
    format!("{head}{items}\n\n")
}

/// Go's `encoding/json` HTML escaping applied to already-encoded JSON text.
pub fn go_json_escape(s: &str) -> String {
    if !s.contains(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        return s.to_string();
    }
    s.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Go's wording for an OS error (`no such file or directory`, `permission denied`, …).
pub fn go_os_error(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "no such file or directory".into(),
        K::PermissionDenied => "permission denied".into(),
        K::IsADirectory => "is a directory".into(),
        K::NotADirectory => "not a directory".into(),
        K::InvalidData => "invalid UTF-8 in input".into(),
        _ => {
            let s = err.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
                None => s,
            }
        }
    }
}
