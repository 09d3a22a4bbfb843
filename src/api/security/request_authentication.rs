//! `security.istio.io` RequestAuthentication: the typed spec (JWT rules) and its rules
//! RA-1..RA-15, plus the Go `net/url` parsing and JWK Set checks those rules (and WasmPlugin's
//! URL rules) need. Must not print, touch a cluster, or fetch a JWKS.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::common::Duration;
use crate::api::path::Path;
use crate::api::registry::KindDef;
use crate::api::rules;
use crate::api::validation::{Ctx, Validate};
use crate::go::url as go_url;

use super::{SECURITY_GROUP, SECURITY_VERSIONS};

crate::api::selectors::targeted_spec! {
    /// Which JSON Web Tokens the selected workloads accept on requests.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct RequestAuthenticationSpec {
        /// How to find and validate JSON Web Tokens on requests; a token must satisfy one rule.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "jwt_rules")]
        #[schemars(length(max = 4096))]
        pub jwt_rules: Option<Vec<JwtRule>>,
    }
}

/// One way of finding and validating a JSON Web Token.
// The proto name `jwks_uri` decodes into `jwksUri` (when both are given the camelCase one wins,
// as upstream's decoder reads them; see `registry::normalize`); the CRD lists it as a property of
// its own (added by `add_snake_jwks_uri`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(
    transform = add_snake_jwks_uri,
    extend("x-kubernetes-validations" = [{
        "message": "at most one of jwksUri, jwks_uri and jwks may be set",
        "rule": "(has(self.jwksUri) ? 1 : 0) + (has(self.jwks_uri) ? 1 : 0) + (has(self.jwks) ? 1 : 0) <= 1"
    }])
)]
pub struct JwtRule {
    /// The token issuer (`iss` claim) this rule accepts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Accepted `aud` values; empty means the service name is expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audiences: Option<Vec<String>>,
    /// HTTP(S) address of the issuer's public key set.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "jwks_uri")]
    #[schemars(
        length(max = 2048),
        extend("x-kubernetes-validations" = [{
            "message": "the key set address must be an http or https URL",
            "rule": "url(self).getScheme() in ['http', 'https']"
        }])
    )]
    pub jwks_uri: Option<String>,
    /// The issuer's public key set, inline as JSON (instead of `jwksUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks: Option<String>,
    /// Headers to read the token from (default: `Authorization: Bearer`).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "from_headers")]
    pub from_headers: Option<Vec<JwtHeader>>,
    /// Query parameters to read the token from (default: `access_token`).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "from_params")]
    pub from_params: Option<Vec<String>>,
    /// Cookies to read the token from.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "from_cookies")]
    pub from_cookies: Option<Vec<String>>,
    /// Header to write the validated token payload to, base64-encoded.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "output_payload_to_header")]
    pub output_payload_to_header: Option<String>,
    /// Keep the original token on the request sent upstream.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "forward_original_token")]
    pub forward_original_token: Option<bool>,
    /// Copy claims of the validated token into request headers.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "output_claim_to_headers")]
    pub output_claim_to_headers: Option<Vec<ClaimToHeader>>,
    /// Claims whose string values hold several space-separated entries.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "space_delimited_claims")]
    #[schemars(length(max = 64))]
    pub space_delimited_claims: Option<Vec<String>>,
    /// How long to wait when fetching the key set (at least 1ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-kubernetes-validations" = [{
        "message": "the timeout must be at least 1ms",
        "rule": "duration(self) >= duration('1ms')"
    }]))]
    pub timeout: Option<Duration>,
}

fn add_snake_jwks_uri(schema: &mut schemars::Schema) {
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut)
        && let Some(camel) = props.get("jwksUri").cloned()
    {
        props.insert("jwks_uri".to_string(), camel);
    }
}

/// A header that carries the token.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JwtHeader {
    /// Header name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    /// Text before the token in the header value, such as `Bearer `.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

/// A claim copied into a request header.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimToHeader {
    /// Header to set (letters, digits, `-` and `_`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub header: Option<String>,
    /// Claim whose value is copied.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub claim: Option<String>,
}

pub static KIND: KindDef = KindDef::of::<RequestAuthenticationSpec>(
    SECURITY_GROUP,
    "RequestAuthentication",
    "requestauthentications",
    &["ra"],
    SECURITY_VERSIONS,
    &[],
);

impl Validate for RequestAuthenticationSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // RA-1..RA-4
        rules::check_policy_targets(&self.selector, self.target_ref.as_ref(), self.target_refs.as_deref(), at, cx);
        let rules_at = at.field("jwtRules");
        for (i, rule) in self.jwt_rules.as_deref().unwrap_or_default().iter().enumerate() {
            rule.check(&rules_at.index(i), cx);
        }
    }
}

fn strs(v: &Option<Vec<String>>) -> &[String] {
    v.as_deref().unwrap_or_default()
}

impl JwtRule {
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // RA-5
        let aud = at.field("audiences");
        for (k, a) in strs(&self.audiences).iter().enumerate() {
            if a.is_empty() {
                cx.error(&aud.index(k), "audience must be non-empty string");
            }
        }
        let issuer = self.issuer.as_deref().unwrap_or("");
        let jwks_uri = self.jwks_uri.as_deref().unwrap_or("");
        // RA-6
        if issuer.is_empty() && jwks_uri.is_empty() {
            cx.error(at, "issuer or jwksUri must be non-empty");
        }
        // RA-7
        if !jwks_uri.is_empty()
            && let Err(e) = parse_jwks_uri(jwks_uri)
        {
            cx.error(&at.field("jwksUri"), e);
        }
        // RA-8, RA-15
        if let Some(jwks) = self.jwks.as_deref().filter(|s| !s.is_empty()) {
            let jat = at.field("jwks");
            match parse_jwks(jwks) {
                Err(e) => cx.error(&jat, format!("jwks parse error: {e}")),
                Ok(private) => {
                    for n in private {
                        cx.warn(&jat, format!("jwks key at index {n} contains private key material"));
                    }
                }
            }
        }
        // RA-9
        let fh = at.field("fromHeaders");
        for (k, h) in self.from_headers.as_deref().unwrap_or_default().iter().enumerate() {
            if h.name.as_deref().unwrap_or("").is_empty() {
                let e = fh.index(k);
                cx.error(&e.field("name"), "location header name must be non-empty string");
            }
        }
        // RA-10, RA-11
        let fp = at.field("fromParams");
        for (k, p) in strs(&self.from_params).iter().enumerate() {
            if p.is_empty() {
                cx.error(&fp.index(k), "location query must be non-empty string");
            }
        }
        let fc = at.field("fromCookies");
        for (k, c) in strs(&self.from_cookies).iter().enumerate() {
            if c.is_empty() {
                cx.error(&fc.index(k), "cookie name must be non-empty string");
            }
        }
        // RA-12, RA-13
        let oc = at.field("outputClaimToHeaders");
        for (k, o) in self.output_claim_to_headers.as_deref().unwrap_or_default().iter().enumerate() {
            let e = oc.index(k);
            let header = o.header.as_deref().unwrap_or("");
            if o.claim.as_deref().unwrap_or("").is_empty() || header.is_empty() {
                cx.error(&e, "outputClaimToHeaders header and claim value must be non-empty string");
                continue;
            }
            if !rules::is_strict_header_name(header) {
                cx.error(&e.field("header"), format!("header name {header} is not a valid header name"));
            }
        }
        // RA-14
        if let Some(t) = &self.timeout {
            rules::duration(t, &at.field("timeout"), cx);
        }
    }
}

/// RA-7: upstream's `ParseJwksURI` — a Go-parsable URL with scheme http or https.
fn parse_jwks_uri(uri: &str) -> Result<(), String> {
    let u = go_url::parse(uri)?;
    if u.scheme != "http" && u.scheme != "https" {
        return Err(format!("URI scheme {:?} is not supported", u.scheme));
    }
    if let Some(port) = u.port()
        && port.parse::<i64>().is_err()
    {
        return Err(format!("strconv.Atoi: parsing {port:?}: value out of range"));
    }
    Ok(())
}

/// RA-8: parses an inline JWK or JWK Set (RFC 7517); returns the indices of keys holding private
/// material (RA-15). A single key counts as index 0.
pub(crate) fn parse_jwks(text: &str) -> Result<Vec<usize>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("failed to unmarshal JSON: {e}"))?;
    let Value::Object(obj) = &v else { return Err("invalid JWK: not a JSON object".into()) };
    let keys: Vec<&Value> = match obj.get("keys") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(_) => return Err("invalid JWK set: \"keys\" must be an array".into()),
        None => vec![&v],
    };
    let mut private = Vec::new();
    for (i, k) in keys.into_iter().enumerate() {
        if check_jwk(k).map_err(|e| format!("failed to parse key at index {i}: {e}"))? {
            private.push(i);
        }
    }
    Ok(private)
}

/// One JWK: `kty` known, its required members present as base64url strings. Returns whether it
/// holds private key material.
fn check_jwk(k: &Value) -> Result<bool, String> {
    let Value::Object(m) = k else { return Err("key is not a JSON object".into()) };
    let kty = match m.get("kty") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err("\"kty\" must be a string".into()),
        None => return Err("required field \"kty\" is missing".into()),
    };
    let required: &[&str] = match kty {
        "RSA" => &["n", "e"],
        "EC" => &["crv", "x", "y"],
        "OKP" => &["crv", "x"],
        "oct" => &["k"],
        other => return Err(format!("invalid key type from JSON ({other})")),
    };
    for f in required {
        match m.get(*f) {
            Some(Value::String(_)) => {}
            _ => return Err(format!("required field {f:?} is missing for {kty} key")),
        }
    }
    for (name, val) in m {
        let binary = matches!(name.as_str(), "n" | "e" | "x" | "y" | "d" | "p" | "q" | "dp" | "dq" | "qi" | "k");
        if binary {
            match val {
                Value::String(s) if is_base64url(s) => {}
                _ => return Err(format!("failed to decode field {name:?}: not base64url")),
            }
        }
    }
    Ok(kty == "oct" || m.contains_key("d"))
}

fn is_base64url(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len() - body.len() <= 2
        && body.len() % 4 != 1
        && body.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH: &str = r#"
targetRefs:
- {group: gateway.networking.k8s.io, kind: Gateway, name: gw}
jwtRules:
- issuer: https://issuer.example.com
  audiences: [a, b]
  jwksUri: https://issuer.example.com/jwks.json
  fromHeaders:
  - {name: x-jwt, prefix: "Bearer "}
  fromParams: [token]
  fromCookies: [session]
  outputPayloadToHeader: x-payload
  forwardOriginalToken: true
  outputClaimToHeaders:
  - {header: x-sub, claim: sub}
  spaceDelimitedClaims: [scope]
  timeout: 5s
- issuer: other
  jwks: '{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}'
"#;

    const RSA_PUBLIC: &str = r#"{"kty":"RSA","e":"AQAB","n":"xGOr-H7A-PWG3z"}"#;

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, RICH);
        let v = (KIND.roundtrip)(&yaml(
            "jwt_rules:\n- jwks_uri: https://x/j\n  from_headers: [{name: a}]\n  from_params: [p]\n  from_cookies: [c]\n  output_payload_to_header: h\n  forward_original_token: false\n  output_claim_to_headers: [{header: h, claim: c}]\n  space_delimited_claims: [s]\ntarget_ref: {kind: Service, name: s}",
        ))
        .unwrap();
        assert_eq!(v["jwtRules"][0]["jwksUri"], "https://x/j");
        assert_eq!(v["jwtRules"][0]["spaceDelimitedClaims"][0], "s");
        assert_eq!(v["targetRef"]["name"], "s");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        assert_decode_error(&KIND, "jwtRules: [{issuer: a, jwksURI: x}]", "spec.jwtRules[0].jwksURI", "unknown field");
        // Both spellings of jwksUri: no error, the camelCase value wins (the snake_case one,
        // unparseable here, is never checked).
        let both = yaml("jwtRules: [{jwks_uri: 'ftp://[', jwksUri: 'https://a/j'}]");
        assert!((KIND.check_spec)(&both, &Default::default()).is_empty());
        assert!(!check(&KIND, "jwtRules: [{jwks_uri: 'ftp://['}]").is_empty(), "alone it is checked");
        assert_eq!((KIND.roundtrip)(&both).unwrap(), yaml("jwtRules: [{jwksUri: 'https://a/j'}]"));
        let f = check(&KIND, "jwtRules: [{issuer: a, timeout: 5}]");
        assert_eq!(f[0].path, "spec.jwtRules[0].timeout", "{f:?}");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn jwks_parsing() {
        assert_eq!(parse_jwks(RSA_PUBLIC), Ok(vec![]));
        assert_eq!(parse_jwks(r#"{"keys":[{"kty":"oct","k":"c2VjcmV0"},{"kty":"RSA","e":"AQAB","n":"xy","d":"ab"}]}"#), Ok(vec![0, 1]));
        assert!(parse_jwks("not json").is_err());
        assert!(parse_jwks(r#"{"kty":"XYZ"}"#).is_err());
        assert!(parse_jwks(r#"{"kty":"RSA","e":"AQAB"}"#).is_err());
        assert!(parse_jwks(r#"{"kty":"EC","crv":"P-256","x":"a*b","y":"c"}"#).is_err());
        assert!(parse_jwks(r#"{"keys":{}}"#).is_err());
        assert!(parse_jwks("[]").is_err());
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("RA-1", "selector: {matchLabels: {a: b}}\ntargetRefs: [{kind: Service, name: s}]", E, "spec", "only one of"),
            passes("RA-1", "selector: {matchLabels: {a: b}}\ntargetRefs: []"),
            fires("RA-2", "selector: {matchLabels: {'a*': b}}", E, "spec.selector.matchLabels[a*]", "wildcard"),
            fires("RA-2", "selector: {matchLabels: {}}", W, "spec.selector", "without labels"),
            passes("RA-2", "selector: {matchLabels: {a: b}}"),
            fires("RA-3", "targetRef: {kind: Service, name: ''}", E, "spec.targetRef.name", "name must be set"),
            passes("RA-3", "targetRef: {kind: Service, group: '', name: s}"),
            fires("RA-4", "targetRefs: [{kind: Service, name: s}, {kind: Deployment, group: apps, name: d}]", E, "spec.targetRefs[1]", "apps/Deployment"),
            passes("RA-4", "targetRefs: [{kind: GatewayClass, group: gateway.networking.k8s.io, name: c}]"),
            fires("RA-5", "jwtRules: [{issuer: i, audiences: [a, '']}]", E, "spec.jwtRules[0].audiences[1]", "audience must be non-empty string"),
            passes("RA-5", "jwtRules: [{issuer: i, audiences: [a]}]"),
            fires("RA-6", "jwtRules: [{audiences: [a]}]", E, "spec.jwtRules[0]", "issuer or jwksUri must be non-empty"),
            fires("RA-6", "jwtRules: [{issuer: '', jwks: '{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"xy\"}'}]", E, "spec.jwtRules[0]", "issuer or jwksUri"),
            passes("RA-6", "jwtRules: [{jwksUri: 'http://x/j'}]"),
            fires("RA-7", "jwtRules: [{issuer: i, jwksUri: 'ftp://issuer.example.com/jwks.json'}]", E, "spec.jwtRules[0].jwksUri", "URI scheme \"ftp\" is not supported"),
            fires("RA-7", "jwtRules: [{issuer: i, jwksUri: 'https://h:port/j'}]", E, "spec.jwtRules[0].jwksUri", "invalid port"),
            fires("RA-7", "jwtRules: [{issuer: i, jwksUri: 'issuer.example.com/jwks'}]", E, "spec.jwtRules[0].jwksUri", "URI scheme \"\" is not supported"),
            passes("RA-7", "jwtRules: [{issuer: i, jwksUri: 'HTTPS://issuer.example.com:8443/jwks.json'}]"),
            fires("RA-8", "jwtRules: [{issuer: i, jwks: 'garbage'}]", E, "spec.jwtRules[0].jwks", "jwks parse error"),
            fires("RA-8", "jwtRules: [{issuer: i, jwks: '{\"keys\":[{\"kty\":\"RSA\"}]}'}]", E, "spec.jwtRules[0].jwks", "jwks parse error"),
            passes("RA-8", "jwtRules: [{issuer: i, jwks: '{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"xy\"}]}'}]"),
            fires("RA-9", "jwtRules: [{issuer: i, fromHeaders: [{name: ''}]}]", E, "spec.jwtRules[0].fromHeaders[0].name", "location header name must be non-empty string"),
            fires("RA-9", "jwtRules: [{issuer: i, fromHeaders: [{prefix: x}]}]", E, "spec.jwtRules[0].fromHeaders[0].name", "non-empty"),
            passes("RA-9", "jwtRules: [{issuer: i, fromHeaders: [{name: x-jwt}]}]"),
            fires("RA-10", "jwtRules: [{issuer: i, fromParams: ['']}]", E, "spec.jwtRules[0].fromParams[0]", "location query must be non-empty string"),
            passes("RA-10", "jwtRules: [{issuer: i, fromParams: [t]}]"),
            fires("RA-11", "jwtRules: [{issuer: i, fromCookies: [c, '']}]", E, "spec.jwtRules[0].fromCookies[1]", "cookie name must be non-empty string"),
            passes("RA-11", "jwtRules: [{issuer: i, fromCookies: [c]}]"),
            fires("RA-12", "jwtRules: [{issuer: i, outputClaimToHeaders: [{header: h, claim: ''}]}]", E, "spec.jwtRules[0].outputClaimToHeaders[0]", "header and claim value must be non-empty"),
            fires("RA-12", "jwtRules: [{issuer: i, outputClaimToHeaders: [{claim: c}]}]", E, "spec.jwtRules[0].outputClaimToHeaders[0]", "non-empty"),
            passes("RA-12", "jwtRules: [{issuer: i, outputClaimToHeaders: [{header: x-a_B9, claim: c}]}]"),
            fires("RA-13", "jwtRules: [{issuer: i, outputClaimToHeaders: [{header: 'x:y', claim: c}]}]", E, "spec.jwtRules[0].outputClaimToHeaders[0].header", "is not a valid header name"),
            passes("RA-13", "jwtRules: [{issuer: i, outputClaimToHeaders: [{header: X-Claim, claim: c}]}]"),
            fires("RA-14", "jwtRules: [{issuer: i, timeout: 500us}]", E, "spec.jwtRules[0].timeout", "greater than 1ms"),
            fires("RA-14", "jwtRules: [{issuer: i, timeout: 1.5ms}]", E, "spec.jwtRules[0].timeout", "ms precision"),
            passes("RA-14", "jwtRules: [{issuer: i, timeout: 1ms}]"),
            fires("RA-15", "jwtRules: [{issuer: i, jwks: '{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"xy\"},{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}'}]", W, "spec.jwtRules[0].jwks", "jwks key at index 1 contains private key material"),
            fires("RA-15", "jwtRules: [{issuer: i, jwks: '{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"ab\",\"y\":\"cd\",\"d\":\"ef\"}'}]", W, "spec.jwtRules[0].jwks", "index 0"),
            passes("RA-15", "jwtRules: [{issuer: i, jwks: '{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"ab\"}'}]"),
        ];
        run_cases(&KIND, &cases);
        let ids: Vec<String> = (1..=15).map(|n| format!("RA-{n}")).collect();
        assert_rule_coverage(&cases, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    }
}
