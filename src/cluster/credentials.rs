//! Credentials handled as kubectl handles them, and never shown: a malformed kubeconfig is
//! reported by file and line only (the parser's message can quote a token or key), a server URL
//! has its password masked (`***`), and tokens are trimmed like kubectl before they become an
//! HTTP header; one that still cannot be sent is an error naming the kubeconfig field.

use kube::config::Kubeconfig;
use secrecy::{ExposeSecret, SecretString};

/// The error for a kubeconfig that could not be read: the file, and the line and column when
/// the parser gave them; never the parser's text, which may quote the file's content.
pub fn read_error(what: &str, err: &kube::config::KubeconfigError) -> anyhow::Error {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return anyhow::anyhow!("reading kubeconfig {what}: {}", crate::go::go_os_error(io));
        }
        cause = e.source();
    }
    let text = err.to_string();
    match line_column(&text) {
        Some((line, column)) => {
            anyhow::anyhow!(
                "kubeconfig {what} is malformed at line {line}, column {column}: fix the YAML there"
            )
        }
        None => anyhow::anyhow!("kubeconfig {what} is not a valid kubeconfig"),
    }
}

/// `line N column M` (or `line N, column M`) in a parser message.
fn line_column(text: &str) -> Option<(u64, u64)> {
    let at = text.find("line ")?;
    let mut nums = text[at + 5..].split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
    let line = nums.next()?.parse().ok()?;
    let column = text[at..].contains("column").then(|| nums.next()?.parse().ok()).flatten().unwrap_or(1);
    Some((line, column))
}

/// A URL with the password of its user info replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else { return url.to_string() };
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else { return url.to_string() };
    let Some(colon) = rest[..at].find(':') else { return url.to_string() };
    format!("{}{}:***{}", &url[..scheme_end], &rest[..colon], &rest[at..])
}

/// True when `value` can be sent as an HTTP header value (visible ASCII, spaces and tabs, or
/// bytes ≥ 0x80); control characters such as an inner line break cannot.
pub fn header_safe(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f))
}

/// Trims every user's token and reads a `tokenFile` into a trimmed token, as kubectl does;
/// refuses the selected user's token when it still cannot be sent, naming the field.
pub fn normalize(kc: &mut Kubeconfig, context: Option<&str>) -> anyhow::Result<()> {
    let context = context.map(str::to_string).or(kc.current_context.clone());
    let selected_user = kc
        .contexts
        .iter()
        .find(|c| Some(&c.name) == context.as_ref())
        .and_then(|c| c.context.as_ref())
        .and_then(|c| c.user.clone());
    for named in &mut kc.auth_infos {
        let Some(user) = named.auth_info.as_mut() else { continue };
        let mut field = "token";
        if user.token.is_none()
            && let Some(path) = user.token_file.clone()
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            user.token = Some(SecretString::from(text));
            user.token_file = None;
            field = "tokenFile";
        }
        let Some(token) = &user.token else { continue };
        let trimmed = token.expose_secret().trim().to_string();
        if !header_safe(&trimmed) && selected_user.as_deref() == Some(named.name.as_str()) {
            anyhow::bail!(
                "kubeconfig users[{:?}].user.{field}: the token contains a line break or control character, which an HTTP header cannot carry",
                named.name
            );
        }
        user.token = Some(SecretString::from(trimmed));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked() {
        assert_eq!(redact_url("https://admin:hunter2@10.0.0.1:6443/"), "https://admin:***@10.0.0.1:6443/");
        assert_eq!(redact_url("https://admin@10.0.0.1"), "https://admin@10.0.0.1");
        assert_eq!(redact_url("https://10.0.0.1/a@b"), "https://10.0.0.1/a@b");
        assert_eq!(redact_url("https://u:p@ss@h/"), "https://u:***@h/");
    }

    #[test]
    fn parser_positions() {
        assert_eq!(line_column("error: line 12 column 9: illegal"), Some((12, 9)));
        assert_eq!(line_column("at line 3, column 4"), Some((3, 4)));
        assert_eq!(line_column("no position"), None);
    }

    #[test]
    fn tokens_are_trimmed_and_checked() {
        let yaml = "apiVersion: v1\nkind: Config\ncurrent-context: x\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user:\n    token: |\n      abc\n- name: bad\n  user:\n    token: \"a\\nb\"\n";
        let mut kc = Kubeconfig::from_yaml(yaml).unwrap();
        normalize(&mut kc, None).unwrap();
        let token = kc.auth_infos[0].auth_info.as_ref().unwrap().token.as_ref().unwrap();
        assert_eq!(token.expose_secret(), "abc");
        let err = normalize(&mut kc, Some("x")).map(|_| ());
        assert!(err.is_ok(), "an unselected user's bad token is not an error");
        kc.contexts[0].context.as_mut().unwrap().user = Some("bad".into());
        let err = normalize(&mut kc, None).unwrap_err().to_string();
        assert!(err.contains("users[\"bad\"].user.token") && !err.contains("a\nb"), "{err}");
    }
}
