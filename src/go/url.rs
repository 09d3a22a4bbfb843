//! A port of the parts of Go's `net/url` the rules depend on: `Parse` and `ParseRequestURI`
//! with their error cases (control bytes, missing scheme, bad ports, bad escapes, bad hosts). Parsing only.

/// The parsed parts rules look at.
#[derive(Debug, Default, PartialEq)]
pub struct Url {
    /// Lower-cased, as Go stores it.
    pub scheme: String,
    pub host: String,
    pub path: String,
}

impl Url {
    /// Go's `URL.Port()`: the digits after the host's last `:` (outside brackets).
    pub fn port(&self) -> Option<&str> {
        let h = match self.host.rfind(']') {
            Some(i) => &self.host[i + 1..],
            None => &self.host,
        };
        h.rfind(':').map(|i| &h[i + 1..]).filter(|p| !p.is_empty())
    }
}

/// `url.Parse`.
pub fn parse(raw: &str) -> Result<Url, String> {
    let (u, frag) = match raw.split_once('#') {
        Some((u, f)) => (u, Some(f)),
        None => (raw, None),
    };
    let url = parse_inner(u, false).map_err(|e| format!("parse {raw:?}: {e}"))?;
    if let Some(f) = frag {
        unescape(f).map_err(|e| format!("parse {raw:?}: {e}"))?;
    }
    Ok(url)
}

/// `url.ParseRequestURI`: an absolute URL or an absolute path; no fragment handling.
pub fn parse_request_uri(raw: &str) -> Result<Url, String> {
    parse_inner(raw, true).map_err(|e| format!("parse {raw:?}: {e}"))
}

fn parse_inner(raw: &str, via_request: bool) -> Result<Url, String> {
    if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    if raw.is_empty() && via_request {
        return Err("empty url".into());
    }
    let mut url = Url::default();
    if raw == "*" {
        url.path = "*".into();
        return Ok(url);
    }
    let (scheme, rest) = scheme(raw)?;
    url.scheme = scheme.to_ascii_lowercase();
    let rest = if rest.ends_with('?') && rest.matches('?').count() == 1 {
        &rest[..rest.len() - 1]
    } else {
        rest.split_once('?').map_or(rest, |(r, _)| r)
    };
    if !rest.starts_with('/') {
        if !url.scheme.is_empty() {
            return Ok(url); // opaque
        }
        if via_request {
            return Err("invalid URI for request".into());
        }
        if rest.split('/').next().is_some_and(|seg| seg.contains(':')) {
            return Err("first path segment in URL cannot contain colon".into());
        }
    }
    let mut path = rest;
    if (!url.scheme.is_empty() || !via_request && !rest.starts_with("///")) && rest.starts_with("//") {
        let after = &rest[2..];
        let (authority, p) = match after.find('/') {
            Some(i) => (&after[..i], &after[i..]),
            None => (after, ""),
        };
        url.host = authority_host(authority)?;
        path = p;
    }
    url.path = unescape(path)?;
    Ok(url)
}

fn scheme(raw: &str) -> Result<(&str, &str), String> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i > 0 => {}
            b':' if i == 0 => return Err("missing protocol scheme".into()),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

fn authority_host(authority: &str) -> Result<String, String> {
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let host = parse_host(host)?;
    if let Some(u) = userinfo {
        let ok = u.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&b));
        if !ok {
            return Err("net/url: invalid userinfo".into());
        }
        unescape(u)?;
    }
    Ok(host)
}

fn valid_optional_port(p: &str) -> bool {
    p.is_empty() || (p.starts_with(':') && p[1..].bytes().all(|b| b.is_ascii_digit()))
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(i) = host.rfind(']') else { return Err("missing ']' in host".into()) };
        let colon_port = &host[i + 1..];
        if !valid_optional_port(colon_port) {
            return Err(format!("invalid port {colon_port:?} after host"));
        }
    } else if let Some(i) = host.rfind(':') {
        let colon_port = &host[i..];
        if !valid_optional_port(colon_port) {
            return Err(format!("invalid port {colon_port:?} after host"));
        }
    }
    for b in host.bytes() {
        let ok = b >= 0x80 || b.is_ascii_alphanumeric() || b"-_.~!$&'()*+,;=:[]<>\"%".contains(&b);
        if !ok {
            return Err(format!("invalid character {:?} in host name", (b as char).to_string()));
        }
    }
    unescape(host)
}

/// Percent-decoding validity (Go's `unescape`): every `%` starts a two-hex-digit escape.
fn unescape(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let ok = i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit();
            if !ok {
                let end = (i + 3).min(b.len());
                return Err(format!("invalid URL escape {:?}", String::from_utf8_lossy(&b[i..end])));
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_url_parsing() {
        assert_eq!(parse("HTTPS://h:8443/p").unwrap().scheme, "https");
        assert_eq!(parse("https://h:8443/p").unwrap().port(), Some("8443"));
        assert_eq!(parse("https://[::1]:80/").unwrap().port(), Some("80"));
        assert!(parse("https://h:port/").unwrap_err().contains("invalid port"));
        assert!(parse("://x").unwrap_err().contains("missing protocol scheme"));
        assert!(parse("a b:c").unwrap_err().contains("first path segment"));
        assert!(parse("http://a\u{1}b").unwrap_err().contains("control character"));
        assert!(parse("http://h/%zz").unwrap_err().contains("invalid URL escape"));
        assert!(parse("http://a b/").unwrap_err().contains("invalid character"));
        assert!(parse_request_uri("ghcr.io/x/y:1").unwrap_err().contains("invalid URI for request"));
        assert_eq!(parse_request_uri("/opt/x.wasm").unwrap().scheme, "");
        assert_eq!(parse("mailto:a@b").unwrap().scheme, "mailto");
    }
}
