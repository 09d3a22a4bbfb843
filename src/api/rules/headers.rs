//! Header names and values (H-HDR-*): match names, set/remove names, Envoy's
//! header-value format grammar, CORS, strict and probe header names. Nothing here prints.

use crate::api::path::Path;
use crate::api::validation::Ctx;
use crate::go::go_quote;

/// H-HDR-TOKEN: one or more RFC 7230 token characters.
pub fn is_header_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The JWT-claim routing form of a header match name: `@request.auth.claims.<x>` or
/// `@request.auth.claims[<x>]` (lower-cased comparison).
pub fn is_jwt_claim_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("@request.auth.claims") else {
        return false;
    };
    (rest.len() > 1 && rest.starts_with('.'))
        || (rest.len() > 2 && rest.starts_with('[') && rest.ends_with(']'))
}

/// H-HDR-MATCHNAME (VS `headers` / `withoutHeaders` keys).
pub fn header_match_name(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
        return;
    }
    if is_jwt_claim_header(name)
        || matches!(name, ":method" | ":scheme" | ":authority" | ":path" | ":status")
        || is_header_token(name)
    {
        return;
    }
    cx.error(at, format!("header name {} is not a valid header name", go_quote(name)));
}

/// H-HDR-SETREQ (names in `headers.request.add` / `.set`): `host` and `:authority` allowed.
pub fn header_name_set_request(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name.starts_with(':') && !name.eq_ignore_ascii_case(":authority") {
        cx.error(at, format!("invalid header {}: header cannot have \":\" prefix", go_quote(name)));
    }
}

/// H-HDR-OTHER (names in `headers.request.remove`, `headers.response.*`).
pub fn header_name_other(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name.eq_ignore_ascii_case("host") {
        cx.error(at, "cannot set Host header");
    } else if name.starts_with(':') {
        cx.error(at, format!("invalid header {}: header cannot have \":\" prefix", go_quote(name)));
    }
}

/// H-HDR-VALUE: no control bytes except TAB, and a valid Envoy header format string.
pub fn check_header_value(value: &str) -> Result<(), String> {
    if value.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(format!("invalid header value: {}", go_quote(value)));
    }
    check_envoy_format(value).map_err(|e| format!("header value configuration: {e}"))
}

/// Envoy's header-value formatter grammar: `%%`, `%VAR%`, `%VAR(arg)%`, `%VAR(["a","b"])%`.
fn check_envoy_format(v: &str) -> Result<(), String> {
    let b = v.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        if i + 1 == n {
            return Err(format!("Invalid header configuration. Un-escaped % at position {i}"));
        }
        if b[i + 1] == b'%' {
            i += 2;
            continue;
        }
        let start = i;
        let unterminated =
            || format!("Invalid header configuration. Un-terminated variable expression '{}'", &v[start..]);
        let mut j = i + 1;
        while j < n && b[j] != b'%' && b[j] != b'(' {
            j += 1;
        }
        if j == n {
            return Err(unterminated());
        }
        if b[j] == b'(' {
            j += 1;
            let skip_ws = |mut k: usize| {
                while k < n && b[k] == b' ' {
                    k += 1;
                }
                k
            };
            j = skip_ws(j);
            if j < n && b[j] == b'[' {
                // JSON-style list of strings.
                j = skip_ws(j + 1);
                loop {
                    if j >= n {
                        return Err(unterminated());
                    }
                    if b[j] != b'"' {
                        return Err(format!(
                            "Invalid header configuration. Expected a string in the parameter list of '{}'",
                            &v[start..]
                        ));
                    }
                    j += 1;
                    while j < n && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    if j >= n {
                        return Err(unterminated());
                    }
                    j = skip_ws(j + 1);
                    match b.get(j) {
                        Some(b',') => j = skip_ws(j + 1),
                        Some(b']') => {
                            j = skip_ws(j + 1);
                            break;
                        }
                        None => return Err(unterminated()),
                        Some(_) => {
                            return Err(format!(
                                "Invalid header configuration. Unexpected character in the parameter list of '{}'",
                                &v[start..]
                            ));
                        }
                    }
                }
                if j >= n {
                    return Err(unterminated());
                }
                if b[j] != b')' {
                    return Err(format!(
                        "Invalid header configuration. Unexpected character in the parameter list of '{}'",
                        &v[start..]
                    ));
                }
            } else {
                while j < n && b[j] != b')' {
                    j += 1;
                }
                if j >= n {
                    return Err(unterminated());
                }
            }
            j += 1; // past ')'
            if j >= n || b[j] != b'%' {
                if j >= n {
                    return Err(unterminated());
                }
                return Err(format!(
                    "Invalid header configuration. Expect '%' after the parameters of '{}'",
                    &v[start..]
                ));
            }
        }
        i = j + 1;
    }
    Ok(())
}

/// H-HDR-VALUE, recorded at `at`.
pub fn header_value(value: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_header_value(value) {
        cx.error(at, e);
    }
}

/// H-HDR-CORS (CORS allow/expose header names): non-empty; `*` or H-HDR-TOKEN.
pub fn cors_header(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name != "*" && !is_header_token(name) {
        cx.error(at, format!("header name {} is not a valid header name", go_quote(name)));
    }
}

/// H-HDR-STRICT (RequestAuthentication `outputClaimToHeaders[].header`): `^[-_A-Za-z0-9]+$`.
pub fn is_strict_header_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// H-HDR-PROBE (WorkloadGroup probe header names): `^[-A-Za-z0-9]+$`.
pub fn is_probe_header_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
