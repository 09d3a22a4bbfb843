//! `security.istio.io` AuthorizationPolicy: the typed spec (every CRD field, strict decoding,
//! camelCase or proto snake_case names) and its rules AP-1..AP-30. Errors carry upstream's
//! "invalid policy <name>.<ns>:" prefix; warnings do not. Must not print or touch a cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::rules;
use crate::api::validation::{Ctx, Level, Validate};
use crate::proto_enum;

use super::{SECURITY_GROUP, SECURITY_VERSIONS};

proto_enum!(pub Action { ALLOW, DENY, AUDIT, CUSTOM });

crate::api::selectors::targeted_spec! {
    /// Access control for workloads: which requests to allow, deny or audit, or to hand to an
    /// external authorizer.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    #[schemars(extend("oneOf" = [
        {"not": {"anyOf": [{"required": ["provider"]}]}},
        {"required": ["provider"]}
    ]))]
    pub struct AuthorizationPolicySpec {
        /// Conditions a request is matched against; the action applies when any rule matches.
        /// With no rules, ALLOW matches nothing and DENY is rejected.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(length(max = 512))]
        pub rules: Option<Vec<Rule>>,
        /// What to do with a matching request: ALLOW (the default), DENY, AUDIT or CUSTOM
        /// (delegate the decision to the `provider`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub action: Option<Action>,
        /// The external authorizer a CUSTOM policy hands requests to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<ExtensionProvider>,
    }
}

/// An external authorizer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtensionProvider {
    /// Name of an extension provider declared in the mesh configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One set of match conditions: origin, operation and extra conditions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Where the request comes from; any entry may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 512))]
    pub from: Option<Vec<RuleFrom>>,
    /// What the request asks for; any entry may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Vec<RuleTo>>,
    /// Further conditions on request attributes; all must hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Vec<Condition>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleFrom {
    /// Properties of the request's origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleTo {
    /// Properties of the requested operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<Operation>,
}

/// Properties of the request's origin; every field given must match.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [{
    "message": "serviceAccounts and notServiceAccounts cannot be combined with principals or namespaces",
    "rule": "(has(self.serviceAccounts) || has(self.notServiceAccounts)) ? !(has(self.principals) || has(self.notPrincipals) || has(self.namespaces) || has(self.notNamespaces)) : true"
}]))]
pub struct Source {
    /// Peer identities (mTLS, `<trust-domain>/ns/<ns>/sa/<sa>`) to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principals: Option<Vec<String>>,
    /// Peer identities that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_principals")]
    pub not_principals: Option<Vec<String>>,
    /// Request identities from a validated JWT (`<iss>/<sub>`) to match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "request_principals")]
    pub request_principals: Option<Vec<String>>,
    /// Request identities that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_request_principals")]
    pub not_request_principals: Option<Vec<String>>,
    /// Namespaces of the calling workload (taken from its peer certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespaces: Option<Vec<String>>,
    /// Namespaces that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_namespaces")]
    pub not_namespaces: Option<Vec<String>>,
    /// Service accounts of the caller, as `<sa>` or `<ns>/<sa>`; cannot be combined with
    /// principals or namespaces.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "service_accounts")]
    #[schemars(length(max = 16), inner(length(max = 320)))]
    pub service_accounts: Option<Vec<String>>,
    /// Service accounts that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_service_accounts")]
    #[schemars(length(max = 16), inner(length(max = 320)))]
    pub not_service_accounts: Option<Vec<String>>,
    /// Source IP addresses or CIDR ranges of the connection.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ip_blocks")]
    pub ip_blocks: Option<Vec<String>>,
    /// Source IPs or ranges that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_ip_blocks")]
    pub not_ip_blocks: Option<Vec<String>>,
    /// Original client IPs or ranges (from X-Forwarded-For or the PROXY protocol).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "remote_ip_blocks")]
    pub remote_ip_blocks: Option<Vec<String>>,
    /// Original client IPs or ranges that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_remote_ip_blocks")]
    pub not_remote_ip_blocks: Option<Vec<String>>,
    /// Trust domains of the caller's identity; `*` may open or close a value.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "trust_domains")]
    pub trust_domains: Option<Vec<String>>,
    /// Trust domains that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_trust_domains")]
    pub not_trust_domains: Option<Vec<String>>,
}

/// Properties of the requested operation; every field given must match.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Operation {
    /// Host names (HTTP Host/authority) to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<String>>,
    /// Host names that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_hosts")]
    pub not_hosts: Option<Vec<String>>,
    /// Destination ports, as decimal strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<String>>,
    /// Destination ports that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_ports")]
    pub not_ports: Option<Vec<String>>,
    /// HTTP methods (or gRPC `POST`) to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<String>>,
    /// HTTP methods that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_methods")]
    pub not_methods: Option<Vec<String>>,
    /// Request paths; prefix/suffix `*` and `{*}`/`{**}` path templates are supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paths: Option<Vec<String>>,
    /// Request paths that must not match.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_paths")]
    pub not_paths: Option<Vec<String>>,
}

/// A condition on one request attribute.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Condition {
    /// The attribute to test, such as `request.headers[x-id]` or `source.ip`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub key: Option<String>,
    /// Values the attribute may take; any may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Values the attribute must not take.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "not_values")]
    pub not_values: Option<Vec<String>>,
}

pub static KIND: KindDef = KindDef::of::<AuthorizationPolicySpec>(
    SECURITY_GROUP,
    "AuthorizationPolicy",
    "authorizationpolicies",
    &["ap"],
    SECURITY_VERSIONS,
    &[
        PrinterColumn {
            name: "Action",
            type_: "string",
            json_path: ".spec.action",
            description: "What the policy does when it matches: ALLOW, DENY, AUDIT or CUSTOM.",
        },
        AGE_COLUMN,
    ],
);

fn list(v: &Option<Vec<String>>) -> &[String] {
    v.as_deref().unwrap_or_default()
}

fn set(v: &Option<Vec<String>>) -> bool {
    !list(v).is_empty()
}

fn action_text(a: Option<Action>) -> String {
    let a = a.unwrap_or(Action::ALLOW).resolve();
    a.name().map(str::to_string).unwrap_or_else(|| a.number().to_string())
}

impl AuthorizationPolicySpec {
    fn rules_list(&self) -> &[Rule] {
        self.rules.as_deref().unwrap_or_default()
    }

    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // AP-1..AP-4: selector / targetRef / targetRefs.
        rules::check_policy_targets(&self.selector, self.target_ref.as_ref(), self.target_refs.as_deref(), at, cx);

        let action = self.action.unwrap_or(Action::ALLOW).resolve();
        let rules_at = at.field("rules");
        if action == Action::CUSTOM {
            if self.rules_list().is_empty() {
                // AP-5
                cx.error(
                    &rules_at,
                    "CUSTOM action without `rules` is meaningless as it will never be triggered, \
                     add an empty rule `{}` if you want it be triggered for every request",
                );
            } else if self.provider.as_ref().and_then(|p| p.name.as_deref()).unwrap_or("").is_empty() {
                // AP-6
                let p = at.field("provider");
                cx.error(&p.field("name"), "`provider.name` must not be empty");
            }
            // AP-7, AP-9 (AP-8 is unreachable: null `when` entries decode as empty conditions).
            for (i, rule) in self.rules_list().iter().enumerate() {
                let r = rules_at.index(i);
                let from_at = r.field("from");
                for (j, from) in rule.from.as_deref().unwrap_or_default().iter().enumerate() {
                    let Some(src) = &from.source else { continue };
                    let f = from_at.index(j);
                    let s = f.field("source");
                    for (name, json, present) in custom_unsupported_sources(src) {
                        if present {
                            cx.error(&s.field(json), format!("From.{name} is currently not supported with CUSTOM action"));
                        }
                    }
                }
                let when_at = r.field("when");
                for (j, cond) in rule.when.as_deref().unwrap_or_default().iter().enumerate() {
                    let key = cond.key.as_deref().unwrap_or("");
                    let unsupported = matches!(
                        key,
                        "source.namespace" | "source.serviceAccount" | "source.trustDomain" | "source.principal"
                    ) || key.starts_with("request.auth.");
                    if unsupported {
                        let w = when_at.index(j);
                        cx.error(&w.field("key"), format!("{key} is currently not supported with CUSTOM action"));
                    }
                }
            }
        }
        // AP-10
        if self.provider.is_some() && action != Action::CUSTOM {
            cx.error(
                &at.field("provider"),
                format!("`provider` must not be with non CUSTOM action, found {}", action_text(self.action)),
            );
        }
        // AP-11
        if action == Action::DENY && self.rules_list().is_empty() {
            cx.error(
                &rules_at,
                "DENY action without `rules` is meaningless as it will never be triggered, \
                 add an empty rule `{}` if you want it be triggered for every request",
            );
        }
        // AP-12/AP-13 are unreachable (null rules decode as `{}`, `from: []` as absent).
        for (i, rule) in self.rules_list().iter().enumerate() {
            rule.check(i, &rules_at.index(i), cx);
        }
        // AP-29
        if action == Action::DENY {
            for (i, rule) in self.rules_list().iter().enumerate() {
                if rule.is_http_only() {
                    cx.warn(
                        &rules_at.index(i),
                        "configured AuthorizationPolicy will deny all traffic to TCP ports under its scope due to \
                         the use of only HTTP attributes in a DENY rule; it is recommended to explicitly specify the port",
                    );
                }
            }
        }
    }
}

/// The source fields a CUSTOM policy may not use: (Go field name, JSON name, set?).
fn custom_unsupported_sources(src: &Source) -> [(&'static str, &'static str, bool); 10] {
    [
        ("Namespaces", "namespaces", set(&src.namespaces)),
        ("NotNamespaces", "notNamespaces", set(&src.not_namespaces)),
        ("ServiceAccounts", "serviceAccounts", set(&src.service_accounts)),
        ("NotServiceAccounts", "notServiceAccounts", set(&src.not_service_accounts)),
        ("TrustDomains", "trustDomains", set(&src.trust_domains)),
        ("NotTrustDomains", "notTrustDomains", set(&src.not_trust_domains)),
        ("Principals", "principals", set(&src.principals)),
        ("NotPrincipals", "notPrincipals", set(&src.not_principals)),
        ("RequestPrincipals", "requestPrincipals", set(&src.request_principals)),
        ("NotRequestPrincipals", "notRequestPrincipals", set(&src.not_request_principals)),
    ]
}

impl Rule {
    fn check(&self, i: usize, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let from_at = at.field("from");
        for (j, from) in self.from.as_deref().unwrap_or_default().iter().enumerate() {
            let f = from_at.index(j);
            match &from.source {
                // AP-14
                None => cx.error(&f.field("source"), format!("`from.source` must not be nil, found at rule {i}")),
                Some(src) => src.check(i, &f.field("source"), cx),
            }
        }
        let to_at = at.field("to");
        for (j, to) in self.to.as_deref().unwrap_or_default().iter().enumerate() {
            let t = to_at.index(j);
            match &to.operation {
                // AP-21
                None => cx.error(&t.field("operation"), format!("`to.operation` must not be nil, found at rule {i}")),
                Some(op) => op.check(i, &t.field("operation"), cx),
            }
        }
        let when_at = at.field("when");
        for (j, cond) in self.when.as_deref().unwrap_or_default().iter().enumerate() {
            cond.check(&when_at.index(j), cx);
        }
    }

    /// AP-29: a DENY rule that only uses HTTP attributes never matches TCP traffic: it has a
    /// source but no operation and none of its sources names a TCP-level field, or it has an
    /// operation and none of its operations names ports.
    fn is_http_only(&self) -> bool {
        let sources: Vec<&Source> = self.from.iter().flatten().filter_map(|f| f.source.as_ref()).collect();
        let operations: Vec<&Operation> = self.to.iter().flatten().filter_map(|t| t.operation.as_ref()).collect();
        let tcp_in_from = sources.iter().any(|s| {
            [
                &s.principals,
                &s.not_principals,
                &s.ip_blocks,
                &s.not_ip_blocks,
                &s.namespaces,
                &s.not_namespaces,
                &s.remote_ip_blocks,
                &s.not_remote_ip_blocks,
                &s.service_accounts,
                &s.not_service_accounts,
            ]
            .iter()
            .any(|v| set(v))
        });
        let tcp_in_to = operations.iter().any(|o| set(&o.ports) || set(&o.not_ports));
        (!sources.is_empty() && operations.is_empty() && !tcp_in_from) || (!operations.is_empty() && !tcp_in_to)
    }
}

impl Source {
    fn check(&self, i: usize, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // AP-16
        let any = [
            &self.principals,
            &self.request_principals,
            &self.namespaces,
            &self.ip_blocks,
            &self.remote_ip_blocks,
            &self.service_accounts,
            &self.trust_domains,
            &self.not_principals,
            &self.not_request_principals,
            &self.not_namespaces,
            &self.not_ip_blocks,
            &self.not_remote_ip_blocks,
            &self.not_service_accounts,
            &self.not_trust_domains,
        ]
        .iter()
        .any(|v| set(v));
        if !any {
            cx.error(at, format!("`from.source` must not be empty, found at rule {i}"));
        }
        // AP-17
        for (json, v) in [
            ("ipBlocks", &self.ip_blocks),
            ("notIpBlocks", &self.not_ip_blocks),
            ("remoteIpBlocks", &self.remote_ip_blocks),
            ("notRemoteIpBlocks", &self.not_remote_ip_blocks),
        ] {
            rules::ip_blocks(list(v), &at.field(json), cx);
        }
        // AP-18
        for (name, json, v) in [
            ("Principals", "principals", &self.principals),
            ("RequestPrincipals", "requestPrincipals", &self.request_principals),
            ("Namespaces", "namespaces", &self.namespaces),
            ("IpBlocks", "ipBlocks", &self.ip_blocks),
            ("RemoteIpBlocks", "remoteIpBlocks", &self.remote_ip_blocks),
            ("NotPrincipals", "notPrincipals", &self.not_principals),
            ("NotRequestPrincipals", "notRequestPrincipals", &self.not_request_principals),
            ("NotNamespaces", "notNamespaces", &self.not_namespaces),
            ("NotIpBlocks", "notIpBlocks", &self.not_ip_blocks),
            ("NotRemoteIpBlocks", "notRemoteIpBlocks", &self.not_remote_ip_blocks),
        ] {
            check_empty_values(name, list(v), &at.field(json), cx);
        }
        // AP-15
        let sa = set(&self.service_accounts) || set(&self.not_service_accounts);
        let other = set(&self.principals)
            || set(&self.not_principals)
            || set(&self.namespaces)
            || set(&self.not_namespaces);
        if sa && other {
            cx.error(at, "cannot set serviceAccounts with namespaces or principals");
        }
        // AP-19
        for (json, v) in [("serviceAccounts", &self.service_accounts), ("notServiceAccounts", &self.not_service_accounts)] {
            if let Err(e) = service_accounts(list(v)) {
                cx.error(&at.field(json), e);
            }
        }
        // AP-20
        for (json, v) in [("trustDomains", &self.trust_domains), ("notTrustDomains", &self.not_trust_domains)] {
            if let Err(e) = trust_domains(list(v), true) {
                cx.error(&at.field(json), e);
            }
        }
    }
}

impl Operation {
    fn check(&self, i: usize, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // AP-22
        let any = [
            &self.ports,
            &self.methods,
            &self.paths,
            &self.hosts,
            &self.not_ports,
            &self.not_methods,
            &self.not_paths,
            &self.not_hosts,
        ]
        .iter()
        .any(|v| set(v));
        if !any {
            cx.error(at, format!("`to.operation` must not be empty, found at rule {i}"));
        }
        // AP-23: every bad port is reported.
        for (json, v) in [("ports", &self.ports), ("notPorts", &self.not_ports)] {
            let field = at.field(json);
            for (k, p) in list(v).iter().enumerate() {
                if let Err(e) = port(p) {
                    cx.error(&field.index(k), e);
                }
            }
        }
        // AP-24
        for (name, json, v) in [
            ("Ports", "ports", &self.ports),
            ("Methods", "methods", &self.methods),
            ("Paths", "paths", &self.paths),
            ("Hosts", "hosts", &self.hosts),
            ("NotPorts", "notPorts", &self.not_ports),
            ("NotMethods", "notMethods", &self.not_methods),
            ("NotPaths", "notPaths", &self.not_paths),
            ("NotHosts", "notHosts", &self.not_hosts),
        ] {
            check_empty_values(name, list(v), &at.field(json), cx);
        }
        // AP-25
        for (name, json, v) in [("Paths", "paths", &self.paths), ("NotPaths", "notPaths", &self.not_paths)] {
            if let Err(e) = path_templates(name, list(v)) {
                cx.error(&at.field(json), e);
            }
        }
    }
}

impl Condition {
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let key = self.key.as_deref().unwrap_or("");
        let key_at = at.field("key");
        if key.is_empty() {
            // AP-26
            cx.error(&key_at, "`key` must not be empty");
            return;
        }
        if !set(&self.values) && !set(&self.not_values) {
            // AP-27
            cx.error(at, format!("at least one of `values` or `notValues` must be set for key {key}"));
            return;
        }
        // AP-28: both lists are checked, so a bad key is reported twice.
        if let Err(e) = validate_attribute(key, list(&self.values)) {
            cx.error(&key_at, format!("invalid `value` for `key` {key}: {e}"));
        }
        if let Err(e) = validate_attribute(key, list(&self.not_values)) {
            cx.error(&key_at, format!("invalid `notValue` for `key` {key}: {e}"));
        }
    }
}

/// AP-18/AP-24: the first empty string of a list.
fn check_empty_values(name: &str, values: &[String], at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Some(k) = values.iter().position(String::is_empty) {
        cx.error(&at.index(k), format!("empty value not allowed, found in {name}"));
    }
}

/// AP-19: `serviceAccounts` values (`sa` or `ns/sa`); the first problem only.
fn service_accounts(values: &[String]) -> Result<(), String> {
    if values.len() > 16 {
        return Err(format!("the number of service accounts must not exceed 16, found {}", values.len()));
    }
    for v in values {
        if v.is_empty() {
            return Err("service account must not be empty".into());
        }
        if v.contains('*') {
            return Err(format!("wildcard is not supported in service account: {v}"));
        }
        if v.matches('/').count() > 1 {
            return Err(format!("service account {v} must be in the format of <serviceaccount> or <namespace>/<serviceaccount>"));
        }
        if v.len() > 320 {
            return Err(format!("service account {v} exceeds the maximum length of 320 characters"));
        }
        if let Some((ns, sa)) = v.split_once('/')
            && (ns.is_empty() || sa.is_empty())
        {
            return Err(format!("namespace and service account in {v} must not be empty"));
        }
    }
    Ok(())
}

/// AP-20: `trustDomains` values; `check_slash` is false for the `source.trustDomain` condition.
fn trust_domains(values: &[String], check_slash: bool) -> Result<(), String> {
    for v in values {
        if v.is_empty() {
            return Err("trust domain must not be empty".into());
        }
        let stars = v.matches('*').count();
        if stars > 1 {
            return Err(format!("wildcard is only supported once in trust domain: {v}"));
        }
        if stars == 1 && v != "*" && !v.starts_with('*') && !v.ends_with('*') {
            return Err(format!("wildcard is only supported as prefix or suffix in trust domain: {v}"));
        }
        if check_slash && v.contains('/') {
            return Err(format!("trust domain {v} must not contain '/'"));
        }
    }
    Ok(())
}

/// AP-23: a port is decimal digits only (Go `strconv.ParseUint`) and at most 65535.
fn port(v: &str) -> Result<(), String> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad port ({v}): strconv.ParseUint: parsing {v:?}: invalid syntax"));
    }
    match v.parse::<u32>() {
        Err(_) => Err(format!("bad port ({v}): strconv.ParseUint: parsing {v:?}: value out of range")),
        Ok(p) if p > 65535 => Err(format!("bad port ({v}): <nil>")),
        Ok(_) => Ok(()),
    }
}

/// AP-23 over a list (for `destination.port` conditions): all bad ports, joined.
fn ports(values: &[String]) -> Result<(), String> {
    let errors: Vec<String> = values.iter().filter_map(|v| port(v).err()).collect();
    if errors.is_empty() { Ok(()) } else { Err(errors.join("; ")) }
}

/// AP-25: `{*}` / `{**}` path templates.
fn path_templates(name: &str, paths: &[String]) -> Result<(), String> {
    for p in paths {
        let template = p.contains("{*}") || p.contains("{**}");
        let mut seen_any = false;
        for seg in p.trim_matches('/').split('/') {
            let op = seg == "{*}" || seg == "{**}";
            if op && seen_any {
                return Err(format!("invalid or unsupported path {p}, found in {name}. {{**}} is not the last operator"));
            }
            if op {
                seen_any |= seg == "{**}";
                continue;
            }
            if seg.contains('{') || seg.contains('}') {
                return Err(format!(
                    "invalid or unsupported path {p}, found in {name}. Contains '{{' or '}}' beyond a supported path operator"
                ));
            }
            if template && !is_path_literal(seg) {
                return Err(format!("invalid or unsupported path {p}, found in {name}. Bad characters in path segment {seg:?}"));
            }
        }
    }
    Ok(())
}

/// `^[A-Za-z0-9-._~%!$&'()+,;:@=]+$`
fn is_path_literal(seg: &str) -> bool {
    !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%!$&'()+,;:@=".contains(&b))
}

/// AP-28: the values of a `when` condition, by key.
fn validate_attribute(key: &str, values: &[String]) -> Result<(), String> {
    if values.iter().any(String::is_empty) {
        return Err(format!("empty value not allowed, found in {key}"));
    }
    let map_key = |key: &str| -> Result<(), String> {
        match key.find('[') {
            Some(open) if open >= 1 && key.ends_with(']') && key.len() - open > 2 => Ok(()),
            _ => Err(format!("bad key ({key}): should have format a[b]")),
        }
    };
    if key.starts_with("request.headers")
        || key.starts_with("request.auth.claims")
        || key.starts_with("experimental.envoy.filters.")
    {
        return map_key(key);
    }
    if key.starts_with("destination.labels") {
        return Err(format!("attribute {key} is no longer supported, replaced by the workload selector"));
    }
    match key {
        "source.ip" | "remote.ip" | "destination.ip" => {
            let errors = rules::ip_block_errors(values);
            if errors.is_empty() { Ok(()) } else { Err(errors.join("; ")) }
        }
        "source.serviceAccount" => service_accounts(values),
        "source.trustDomain" => trust_domains(values, false),
        "destination.port" => ports(values),
        "source.namespace" | "source.principal" | "request.auth.principal" | "request.auth.audiences"
        | "request.auth.presenter" | "connection.sni" => Ok(()),
        "destination.namespace" => {
            Err(format!("attribute {key} is no longer supported, replaced by the metadata.namespace"))
        }
        "destination.name" | "destination.user" => {
            Err(format!("deprecated attribute {key}: only supported in v1alpha1"))
        }
        _ => Err(format!("unknown attribute: {key}")),
    }
}

impl Validate for AuthorizationPolicySpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let mut found = cx.scope(|cx| self.check(at, cx));
        let prefix = format!("invalid policy {}.{}: ", cx.meta.name, cx.meta.namespace);
        for f in found.iter_mut().filter(|f| f.level == Level::Error) {
            f.message.insert_str(0, &prefix);
        }
        cx.absorb(found, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH: &str = r#"
selector:
  matchLabels: {app: httpbin, version: v1}
action: DENY
rules:
- from:
  - source:
      principals: ["cluster.local/ns/default/sa/sleep"]
      notPrincipals: ["x"]
      requestPrincipals: ["iss/sub"]
      notRequestPrincipals: ["iss/bad"]
      namespaces: [default]
      notNamespaces: [prod]
      ipBlocks: ["10.0.0.0/8", "1.2.3.4"]
      notIpBlocks: ["10.1.0.0/16"]
      remoteIpBlocks: ["192.168.0.0/16"]
      notRemoteIpBlocks: ["192.168.1.1"]
      trustDomains: ["td1", "*.example.com"]
      notTrustDomains: ["bad.td"]
  - source:
      serviceAccounts: ["ns1/sa1", "sa2"]
      notServiceAccounts: ["ns2/sa3"]
  to:
  - operation:
      hosts: [example.com]
      notHosts: [other.com]
      ports: ["8080"]
      notPorts: ["9090"]
      methods: [GET]
      notMethods: [DELETE]
      paths: ["/api/{*}/x"]
      notPaths: ["/admin"]
  when:
  - key: request.headers[x-token]
    values: ["a"]
    notValues: ["b"]
"#;

    #[test]
    fn roundtrip_keeps_what_was_written() {
        assert_roundtrip(&KIND, RICH);
        assert_roundtrip(&KIND, "targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: gw}]\naction: CUSTOM\nprovider: {name: ext}\nrules: [{}]");
        assert_roundtrip(&KIND, "targetRef: {kind: Service, name: svc, namespace: ''}\naction: 2\nrules: []");
    }

    #[test]
    fn snake_case_names_decode() {
        let v = (KIND.roundtrip)(&yaml(
            "target_refs: [{kind: Service, name: a}]\nrules:\n- from: [{source: {not_principals: [a], request_principals: [b], ip_blocks: [1.1.1.1], remote_ip_blocks: [2.2.2.2], not_remote_ip_blocks: [3.3.3.3], not_ip_blocks: [4.4.4.4], service_accounts: [s], not_service_accounts: [t], trust_domains: [td], not_trust_domains: [nt], not_namespaces: [nn], not_request_principals: [r]}}]\n  to: [{operation: {not_hosts: [h], not_ports: ['1'], not_methods: [m], not_paths: [/p]}}]\n  when: [{key: source.ip, not_values: [1.1.1.1]}]",
        ))
        .unwrap();
        let src = &v["rules"][0]["from"][0]["source"];
        assert_eq!(src["notPrincipals"][0], "a");
        assert_eq!(src["notRemoteIpBlocks"][0], "3.3.3.3");
        assert_eq!(v["rules"][0]["when"][0]["notValues"][0], "1.1.1.1");
        assert_eq!(v["targetRefs"][0]["name"], "a");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        let f = check(&KIND, "rules:\n- from:\n  - source: {principal: [a]}");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].level, E);
        assert_eq!(f[0].path, "spec.rules[0].from[0].source.principal");
        assert!(f[0].message.contains("unknown field"), "{}", f[0].message);
        let f = check(&KIND, "action: MAYBE");
        assert!(f[0].message.contains("unknown value"), "{f:?}");
        let f = check(&KIND, "rules: [{}]\nrule: []");
        assert_eq!(f[0].path, "spec.rule");
        // Both spellings of one field: no error, the camelCase value is the one decoded.
        assert!(check(&KIND, "targetRefs: []\ntarget_refs: []").is_empty());
        let f = check(&KIND, "targetRefs: [{kind: Foo, name: a}]\ntarget_refs: [{kind: Service, name: a}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, "spec.targetRefs[0]");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn errors_carry_the_policy_prefix_and_warnings_do_not() {
        let f = check(&KIND, "action: DENY\nrules: [{to: [{operation: {methods: [GET]}}]}]\nselector: {}");
        let w: Vec<_> = f.iter().filter(|f| f.level == W).collect();
        assert_eq!(w.len(), 2, "{f:?}");
        assert!(w.iter().all(|f| !f.message.starts_with("invalid policy")));
        let f = check(&KIND, "action: DENY");
        assert_eq!(f[0].message.split(':').next(), Some("invalid policy p.ns"));
    }

    #[test]
    fn a_bad_when_key_is_reported_twice() {
        let f = check(&KIND, "rules: [{when: [{key: request.foo, values: [x]}]}]");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|f| f.path == "spec.rules[0].when[0].key" && f.message.contains("unknown attribute: request.foo")));
        assert!(f[0].message.contains("`value`") && f[1].message.contains("`notValue`"));
    }

    /// AP-30 (H-META-2/3) runs in the validate driver before the kind's rules, as upstream's
    /// metadata wrapper does; this checks it through the driver for this kind.
    #[test]
    fn dry_run_annotation() {
        use crate::validate::istio::check_kind;
        let doc = |action: &str, value: &str| {
            let text = format!(
                "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {{name: p, namespace: ns}}\nspec: {{action: {action}, rules: [{{}}]}}"
            );
            let v = yaml(&text);
            let m = meta(&[("istio.io/dry-run", value)]);
            check_kind(&KIND, v.as_object().unwrap(), &m)
        };
        let path = "metadata.annotations[istio.io/dry-run]";
        // H-META-2: only ALLOW and DENY may be dry-run; nothing else is reported then.
        let f = doc("CUSTOM", "true");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, path);
        assert!(f[0].message.contains("ALLOW/DENY") && f[0].message.contains("CUSTOM"), "{}", f[0].message);
        // H-META-3: the value must be a Go boolean.
        let f = doc("DENY", "yes");
        assert_eq!((f.len(), f[0].path.as_str()), (1, path), "{f:?}");
        // Passing: boolean values on ALLOW / DENY policies.
        for (action, v) in [("ALLOW", "true"), ("DENY", "F"), ("0", "0"), ("1", "False")] {
            assert!(doc(action, v).is_empty(), "{action} {v}");
        }
    }

    #[test]
    fn unreachable_null_checks_stay_silent() {
        // AP-12: a null rule decodes as `{}` (a rule matching everything), no error.
        assert!(check(&KIND, "rules: [null]").is_empty());
        // AP-13: `from: []` is the same as no `from`.
        assert!(check(&KIND, "rules: [{from: []}]").is_empty());
        // AP-8: a null `when` under CUSTOM is an empty condition, caught by AP-26 instead.
        let f = check(&KIND, "action: CUSTOM\nprovider: {name: p}\nrules: [{when: [null]}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("`key` must not be empty"), "{f:?}");
    }

    fn cases() -> Vec<Case> {
        vec![
            fires("AP-1", "selector: {matchLabels: {a: b}}\ntargetRef: {kind: Service, name: s}", E, "spec", "only one of targetRefs or workloadSelector"),
            passes("AP-1", "targetRefs: [{kind: Service, name: s}]"),
            fires("AP-2", "selector: {matchLabels: {'': b}}", E, "spec.selector.matchLabels[]", "empty key"),
            fires("AP-2", "selector: {}", W, "spec.selector", "without labels"),
            passes("AP-2", "selector: {matchLabels: {app: a}}"),
            fires("AP-3", "targetRef: {kind: Pod, name: s}", E, "spec.targetRef", "targetRef must be to one of"),
            passes("AP-3", "targetRef: {kind: ServiceEntry, group: networking.istio.io, name: s}"),
            fires("AP-4", "targetRefs: [{kind: Service, name: s, namespace: other}]", E, "spec.targetRefs[0].namespace", "cross namespace"),
            passes("AP-4", "targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: g}]"),
            fires("AP-5", "action: CUSTOM\nprovider: {name: p}", E, "spec.rules", "CUSTOM action without `rules` is meaningless"),
            fires("AP-5", "action: CUSTOM\nprovider: {name: p}\nrules: []", E, "spec.rules", "CUSTOM action without"),
            passes("AP-5", "action: CUSTOM\nprovider: {name: p}\nrules: [{}]"),
            fires("AP-6", "action: CUSTOM\nrules: [{}]", E, "spec.provider.name", "`provider.name` must not be empty"),
            fires("AP-6", "action: CUSTOM\nrules: [{}]\nprovider: {name: ''}", E, "spec.provider.name", "must not be empty"),
            passes("AP-6", "action: 3\nrules: [{}]\nprovider: {name: ext}"),
            fires("AP-7", "action: CUSTOM\nprovider: {name: p}\nrules: [{from: [{source: {requestPrincipals: [a]}}]}]", E, "spec.rules[0].from[0].source.requestPrincipals", "From.RequestPrincipals is currently not supported with CUSTOM action"),
            fires("AP-7", "action: CUSTOM\nprovider: {name: p}\nrules: [{from: [{source: {notTrustDomains: [a]}}]}]", E, "spec.rules[0].from[0].source.notTrustDomains", "From.NotTrustDomains"),
            passes("AP-7", "action: CUSTOM\nprovider: {name: p}\nrules: [{from: [{source: {ipBlocks: [1.2.3.4], remoteIpBlocks: [10.0.0.0/8]}}]}]"),
            fires("AP-9", "action: CUSTOM\nprovider: {name: p}\nrules: [{when: [{key: 'request.auth.claims[iss]', values: [a]}]}]", E, "spec.rules[0].when[0].key", "request.auth.claims[iss] is currently not supported with CUSTOM action"),
            fires("AP-9", "action: CUSTOM\nprovider: {name: p}\nrules: [{when: [{key: source.serviceAccount, values: [a]}]}]", E, "spec.rules[0].when[0].key", "source.serviceAccount is currently not supported"),
            passes("AP-9", "action: CUSTOM\nprovider: {name: p}\nrules: [{when: [{key: 'request.headers[x]', values: [a]}]}]"),
            fires("AP-10", "action: DENY\nprovider: {name: p}\nrules: [{from: [{source: {principals: [a]}}]}]", E, "spec.provider", "`provider` must not be with non CUSTOM action, found DENY"),
            fires("AP-10", "provider: {}\nrules: [{}]", E, "spec.provider", "found ALLOW"),
            passes("AP-10", "action: CUSTOM\nprovider: {name: p}\nrules: [{to: [{operation: {paths: [/x]}}]}]"),
            fires("AP-11", "action: DENY", E, "spec.rules", "DENY action without `rules` is meaningless"),
            fires("AP-11", "action: DENY\nrules: []", E, "spec.rules", "DENY action without"),
            passes("AP-11", "action: AUDIT"),
            passes("AP-11", "{}"),
            fires("AP-14", "rules: [{from: [{}]}]", E, "spec.rules[0].from[0].source", "`from.source` must not be nil, found at rule 0"),
            fires("AP-14", "rules: [{}, {from: [null]}]", E, "spec.rules[1].from[0].source", "found at rule 1"),
            passes("AP-14", "rules: [{from: [{source: {namespaces: [a]}}]}]"),
            fires("AP-15", "rules: [{from: [{source: {serviceAccounts: [a], principals: [b]}}]}]", E, "spec.rules[0].from[0].source", "cannot set serviceAccounts with namespaces or principals"),
            fires("AP-15", "rules: [{from: [{source: {notServiceAccounts: [a], notNamespaces: [b]}}]}]", E, "spec.rules[0].from[0].source", "cannot set serviceAccounts"),
            passes("AP-15", "rules: [{from: [{source: {serviceAccounts: [a], requestPrincipals: [b], ipBlocks: [1.1.1.1]}}]}]"),
            fires("AP-16", "rules: [{from: [{source: {}}]}]", E, "spec.rules[0].from[0].source", "`from.source` must not be empty"),
            fires("AP-16", "rules: [{from: [{source: {principals: []}}]}]", E, "spec.rules[0].from[0].source", "must not be empty"),
            passes("AP-16", "rules: [{from: [{source: {notTrustDomains: [x.com]}}]}]"),
            fires("AP-17", "rules: [{from: [{source: {ipBlocks: [1.2.3.4, 300.1.1.1]}}]}]", E, "spec.rules[0].from[0].source.ipBlocks[1]", "bad IP address"),
            fires("AP-17", "rules: [{from: [{source: {notRemoteIpBlocks: [10.0.0.0/33]}}]}]", E, "spec.rules[0].from[0].source.notRemoteIpBlocks[0]", "bad CIDR range"),
            passes("AP-17", "rules: [{from: [{source: {remoteIpBlocks: ['::1', 'fe80::/10'], notIpBlocks: [10.1.2.3/16]}}]}]"),
            fires("AP-18", "rules: [{from: [{source: {principals: [a, '']}}]}]", E, "spec.rules[0].from[0].source.principals[1]", "empty value not allowed, found in Principals"),
            fires("AP-18", "rules: [{from: [{source: {notNamespaces: ['']}}]}]", E, "spec.rules[0].from[0].source.notNamespaces[0]", "found in NotNamespaces"),
            passes("AP-18", "rules: [{from: [{source: {principals: ['*'], notNamespaces: [x]}}]}]"),
            fires("AP-19", "rules: [{from: [{source: {serviceAccounts: ['ns/*']}}]}]", E, "spec.rules[0].from[0].source.serviceAccounts", "wildcard"),
            fires("AP-19", "rules: [{from: [{source: {serviceAccounts: ['a/b/c']}}]}]", E, "spec.rules[0].from[0].source.serviceAccounts", "<namespace>/<serviceaccount>"),
            fires("AP-19", "rules: [{from: [{source: {notServiceAccounts: ['ns/']}}]}]", E, "spec.rules[0].from[0].source.notServiceAccounts", "must not be empty"),
            fires("AP-19", "rules: [{from: [{source: {serviceAccounts: ['']}}]}]", E, "spec.rules[0].from[0].source.serviceAccounts", "must not be empty"),
            fires("AP-19", "rules: [{from: [{source: {serviceAccounts: [s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14,s15,s16,s17]}}]}]", E, "spec.rules[0].from[0].source.serviceAccounts", "exceed 16"),
            passes("AP-19", "rules: [{from: [{source: {serviceAccounts: [ns/sa, sa2], notServiceAccounts: [x]}}]}]"),
            fires("AP-20", "rules: [{from: [{source: {trustDomains: ['a*b']}}]}]", E, "spec.rules[0].from[0].source.trustDomains", "prefix or suffix"),
            fires("AP-20", "rules: [{from: [{source: {trustDomains: ['*a*']}}]}]", E, "spec.rules[0].from[0].source.trustDomains", "only supported once"),
            fires("AP-20", "rules: [{from: [{source: {notTrustDomains: ['a/b']}}]}]", E, "spec.rules[0].from[0].source.notTrustDomains", "must not contain '/'"),
            fires("AP-20", "rules: [{from: [{source: {trustDomains: ['']}}]}]", E, "spec.rules[0].from[0].source.trustDomains", "must not be empty"),
            passes("AP-20", "rules: [{from: [{source: {trustDomains: ['*', '*.td', 'td.*', td]}}]}]"),
            fires("AP-21", "rules: [{to: [{}]}]", E, "spec.rules[0].to[0].operation", "`to.operation` must not be nil"),
            passes("AP-21", "rules: [{to: [{operation: {hosts: [a]}}]}]"),
            fires("AP-22", "rules: [{to: [{operation: {}}]}]", E, "spec.rules[0].to[0].operation", "`to.operation` must not be empty"),
            passes("AP-22", "rules: [{to: [{operation: {notMethods: [GET]}}]}]"),
            fires("AP-23", "rules: [{to: [{operation: {ports: ['80', 'http']}}]}]", E, "spec.rules[0].to[0].operation.ports[1]", "bad port (http)"),
            fires("AP-23", "rules: [{to: [{operation: {notPorts: ['65536']}}]}]", E, "spec.rules[0].to[0].operation.notPorts[0]", "bad port (65536)"),
            fires("AP-23", "rules: [{to: [{operation: {ports: ['+80']}}]}]", E, "spec.rules[0].to[0].operation.ports[0]", "invalid syntax"),
            passes("AP-23", "rules: [{to: [{operation: {ports: ['0', '65535']}}]}]"),
            fires("AP-24", "rules: [{to: [{operation: {methods: [GET, '']}}]}]", E, "spec.rules[0].to[0].operation.methods[1]", "empty value not allowed, found in Methods"),
            fires("AP-24", "rules: [{to: [{operation: {ports: ['']}}]}]", E, "spec.rules[0].to[0].operation.ports[0]", "found in Ports"),
            passes("AP-24", "rules: [{to: [{operation: {methods: ['*'], notHosts: [h]}}]}]"),
            fires("AP-25", "rules: [{to: [{operation: {paths: ['/a/{**}/b/{*}']}}]}]", E, "spec.rules[0].to[0].operation.paths", "{**} is not the last operator"),
            fires("AP-25", "rules: [{to: [{operation: {notPaths: ['/a/{id}']}}]}]", E, "spec.rules[0].to[0].operation.notPaths", "'{'"),
            fires("AP-25", "rules: [{to: [{operation: {paths: ['/a//{*}']}}]}]", E, "spec.rules[0].to[0].operation.paths", "Bad characters"),
            fires("AP-25", "rules: [{to: [{operation: {paths: ['/a/b^c/{*}']}}]}]", E, "spec.rules[0].to[0].operation.paths", "Bad characters"),
            passes("AP-25", "rules: [{to: [{operation: {paths: ['/a/{*}/b/{**}', '/x//y', '/a^b', '/v1/{*}/x.json']}}]}]"),
            fires("AP-26", "rules: [{when: [{key: '', values: [a]}]}]", E, "spec.rules[0].when[0].key", "`key` must not be empty"),
            passes("AP-26", "rules: [{when: [{key: source.namespace, values: [a]}]}]"),
            fires("AP-27", "rules: [{when: [{key: source.namespace}]}]", E, "spec.rules[0].when[0]", "at least one of `values` or `notValues`"),
            fires("AP-27", "rules: [{when: [{key: source.namespace, values: []}]}]", E, "spec.rules[0].when[0]", "at least one of"),
            passes("AP-27", "rules: [{when: [{key: source.namespace, notValues: [a]}]}]"),
            fires("AP-28", "rules: [{when: [{key: request.headers, values: [a]}]}]", E, "spec.rules[0].when[0].key", "should have format a[b]"),
            fires("AP-28", "rules: [{when: [{key: 'request.auth.claims[]', values: [a]}]}]", E, "spec.rules[0].when[0].key", "should have format a[b]"),
            fires("AP-28", "rules: [{when: [{key: source.ip, values: [1.1.1.1, bad]}]}]", E, "spec.rules[0].when[0].key", "bad IP address"),
            fires("AP-28", "rules: [{when: [{key: destination.port, notValues: ['x']}]}]", E, "spec.rules[0].when[0].key", "invalid `notValue` for `key` destination.port"),
            fires("AP-28", "rules: [{when: [{key: source.serviceAccount, values: ['a/b/c']}]}]", E, "spec.rules[0].when[0].key", "<namespace>/<serviceaccount>"),
            fires("AP-28", "rules: [{when: [{key: source.trustDomain, values: ['a*b']}]}]", E, "spec.rules[0].when[0].key", "prefix or suffix"),
            fires("AP-28", "rules: [{when: [{key: destination.namespace, values: [a]}]}]", E, "spec.rules[0].when[0].key", "replaced by the metadata.namespace"),
            fires("AP-28", "rules: [{when: [{key: 'destination.labels[app]', values: [a]}]}]", E, "spec.rules[0].when[0].key", "replaced by the workload selector"),
            fires("AP-28", "rules: [{when: [{key: destination.user, values: [a]}]}]", E, "spec.rules[0].when[0].key", "only supported in v1alpha1"),
            fires("AP-28", "rules: [{when: [{key: connection.sni, values: ['']}]}]", E, "spec.rules[0].when[0].key", "empty value"),
            fires("AP-28", "rules: [{when: [{key: request.foo, values: [x]}]}]", E, "spec.rules[0].when[0].key", "unknown attribute: request.foo"),
            passes("AP-28", "rules: [{when: [{key: 'request.headers[x]', values: [a]}, {key: 'experimental.envoy.filters.a[b]', values: [c]}, {key: source.ip, values: [10.0.0.0/8]}, {key: remote.ip, notValues: ['::1']}, {key: destination.port, values: ['443']}, {key: source.trustDomain, values: ['td.*']}, {key: request.auth.audiences, values: [aud]}, {key: source.serviceAccount, values: [ns/sa]}]}]"),
            fires("AP-29", "action: DENY\nrules: [{to: [{operation: {methods: [GET]}}]}]", W, "spec.rules[0]", "will deny all traffic to TCP ports"),
            fires("AP-29", "action: DENY\nrules: [{from: [{source: {requestPrincipals: ['*']}}]}]", W, "spec.rules[0]", "explicitly specify the port"),
            passes("AP-29", "action: DENY\nrules: [{from: [{source: {requestPrincipals: ['*']}}], to: [{operation: {ports: ['80'], methods: [GET]}}]}, {from: [{source: {principals: [a]}}]}]"),
            passes("AP-29", "rules: [{to: [{operation: {methods: [GET]}}]}]"),
            // One source with a TCP-level field is enough for the whole rule.
            passes("AP-29", "action: DENY\nrules: [{from: [{source: {requestPrincipals: ['*']}}, {source: {namespaces: [a]}}]}]"),
            passes("AP-29", "action: DENY\nrules: [{to: [{operation: {methods: [GET]}}, {operation: {ports: ['80']}}]}]"),
        ]
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = cases();
        run_cases(&KIND, &cases);
        let ids: Vec<String> = (1..=29).filter(|n| ![8, 12, 13].contains(n)).map(|n| format!("AP-{n}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert_rule_coverage(&cases, &ids);
    }
}
