//! `extensions.istio.io` WasmPlugin: the typed spec and its rules WP-1..WP-18, and the Wasm
//! module pieces TrafficExtension's `wasm` reuses (VM config, traffic selectors, the URL, sha256,
//! pull secret, plugin name, env and match checks). Must not print, fetch a module, or touch a
//! cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::{Int32, Struct, UInt32};
use crate::api::path::Path;
use crate::api::registry::{KindDef, Version};
use crate::api::security::request_authentication::go_url;
use crate::api::security::{AGE_COLUMN, check_policy_targets};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub PullPolicy { UNSPECIFIED_POLICY, IfNotPresent, Always });
proto_enum!(pub PluginPhase { UNSPECIFIED_PHASE, AUTHN, AUTHZ, STATS });
proto_enum!(pub PluginType { UNSPECIFIED_PLUGIN_TYPE, HTTP, NETWORK });
proto_enum!(pub FailStrategy { FAIL_CLOSE, FAIL_OPEN, FAIL_RELOAD });
proto_enum!(pub EnvValueSource { INLINE, HOST });
proto_enum!(pub TrafficMode { UNDEFINED, CLIENT, SERVER, CLIENT_AND_SERVER });

pub const EXTENSIONS_GROUP: &str = "extensions.istio.io";
pub const EXTENSIONS_VERSIONS: &[Version] = &[Version { name: "v1alpha1", served: true, storage: true }];

crate::api::security::targeted_spec! {
    /// A WebAssembly module that extends the proxies of the selected workloads.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct WasmPluginSpec {
        /// Where the module comes from: `oci://` image, `http(s)://` or `file://` address.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(required, extend("x-kubernetes-validations" = [{
            "message": "url must use one of the schemes file, http, https or oci (or none)",
            "rule": "isURL(self) ? (url(self).getScheme() in ['', 'file', 'http', 'https', 'oci']) : (isURL('http://' + self) && url('http://' + self).getScheme() in ['', 'file', 'http', 'https', 'oci'])"
        }]))]
        pub url: Option<String>,
        /// Expected SHA-256 checksum of the module (64 lower-case hex digits).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sha256: Option<String>,
        /// When to pull an OCI image: IfNotPresent or Always.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_pull_policy")]
        pub image_pull_policy: Option<PullPolicy>,
        /// Secret (in the same namespace) with credentials for the OCI registry.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_pull_secret")]
        #[schemars(length(max = 253))]
        pub image_pull_secret: Option<String>,
        /// Public key used to verify module signatures.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "verification_key")]
        pub verification_key: Option<String>,
        /// Configuration passed to the module, as free-form JSON/YAML.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_config")]
        pub plugin_config: Option<Struct>,
        /// Name the module's plugin is registered under.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_name")]
        #[schemars(length(max = 256))]
        pub plugin_name: Option<String>,
        /// Where in the filter chain the plugin runs: AUTHN, AUTHZ or STATS.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phase: Option<PluginPhase>,
        /// Order among plugins of the same phase; higher runs first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<Int32>,
        /// Settings of the Wasm virtual machine.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "vm_config")]
        pub vm_config: Option<VmConfig>,
        /// Traffic the plugin applies to; all traffic when empty.
        #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
        pub match_: Option<Vec<TrafficSelector>>,
        /// HTTP or NETWORK filter.
        #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
        pub type_: Option<PluginType>,
        /// What to do when the module fails to load or crashes: FAIL_CLOSE, FAIL_OPEN or FAIL_RELOAD.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "fail_strategy")]
        pub fail_strategy: Option<FailStrategy>,
    }
}

/// Settings of the Wasm virtual machine.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VmConfig {
    /// Environment variables for the VM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub env: Option<Vec<EnvVar>>,
}

/// An environment variable of the VM.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [{
    "message": "value may only be set when valueFrom is INLINE",
    "rule": "(has(self.valueFrom) && self.valueFrom == 'HOST') ? !has(self.value) : true"
}]))]
pub struct EnvVar {
    /// Variable name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub name: Option<String>,
    /// INLINE (the default, use `value`) or HOST (copy the proxy's own variable).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "value_from")]
    pub value_from: Option<EnvValueSource>,
    /// The value, for INLINE variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub value: Option<String>,
}

/// Selects traffic by side and port.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrafficSelector {
    /// Which side of the traffic: CLIENT, SERVER or CLIENT_AND_SERVER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<TrafficMode>,
    /// Ports the traffic must use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<PortSelector>>,
}

/// A port.
// `type.istio.io` PortSelector: unlike the networking one, `number` is required and bounded.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PortSelector {
    /// Port number (1-65535).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, range(min = 1, max = 65535))]
    pub number: Option<UInt32>,
}

pub static KIND: KindDef =
    KindDef::of::<WasmPluginSpec>(EXTENSIONS_GROUP, "WasmPlugin", "wasmplugins", &[], EXTENSIONS_VERSIONS, &[AGE_COLUMN]);

/// The module fields WasmPlugin and TrafficExtension's `wasm` share, borrowed for the checks.
pub(crate) struct WasmModule<'a> {
    pub url: Option<&'a str>,
    pub sha256: Option<&'a str>,
    pub image_pull_secret: Option<&'a str>,
    pub plugin_name: Option<&'a str>,
    pub vm_config: Option<&'a VmConfig>,
}

impl WasmModule<'_> {
    /// WP-5..WP-15 (TE-7..TE-11), each recorded at its field under `at`.
    pub(crate) fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Err(e) = check_url(self.url.unwrap_or("")) {
            cx.error(&at.field("url"), e);
        }
        if let Err(e) = check_sha256(self.sha256.unwrap_or("")) {
            cx.error(&at.field("sha256"), e);
        }
        // WP-10
        if self.image_pull_secret.unwrap_or("").len() > 253 {
            cx.error(&at.field("imagePullSecret"), "imagePullSecret field must be less than 253 characters long");
        }
        // WP-11: the message says 255, the limit is 256.
        if self.plugin_name.unwrap_or("").len() > 256 {
            cx.error(&at.field("pluginName"), "pluginName field must be less than 255 characters long");
        }
        if let Some((k, e)) = check_env(self.vm_config) {
            let vm = at.field("vmConfig");
            let env = vm.field("env");
            cx.error(&env.index(k), e);
        }
    }
}

/// WP-5..WP-7: upstream's strict URL parse (as a request URI, else with `http://` in front) and
/// scheme list.
pub(crate) fn check_url(url: &str) -> Result<(), String> {
    if url.is_empty() {
        return Err("url field needs to be set".into());
    }
    let strict = |raw: &str| go_url::parse(raw).map_err(|e| format!("failed to strict parse url: {e}"));
    let u = match go_url::parse_request_uri(url) {
        Ok(u) => strict(url).map(|_| u)?,
        Err(first) => {
            let prefixed = format!("http://{url}");
            let u = go_url::parse_request_uri(&prefixed).map_err(|_| format!("failed to parse url: {first}"))?;
            strict(&prefixed)?;
            u
        }
    };
    if !matches!(u.scheme.as_str(), "" | "file" | "http" | "https" | "oci") {
        return Err(format!("url contains unsupported scheme: {}", u.scheme));
    }
    Ok(())
}

/// WP-8, WP-9.
pub(crate) fn check_sha256(sha: &str) -> Result<(), String> {
    if sha.is_empty() {
        return Ok(());
    }
    if sha.len() != 64 {
        return Err("sha256 field must be 64 characters long".into());
    }
    if !sha.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err("sha256 field must match [a-f0-9]{64} pattern".into());
    }
    Ok(())
}

/// WP-12..WP-15: the first bad `vmConfig.env[]` entry (index, message).
pub(crate) fn check_env(vm: Option<&VmConfig>) -> Option<(usize, String)> {
    let mut seen = std::collections::BTreeSet::new();
    for (k, env) in vm?.env.as_deref().unwrap_or_default().iter().enumerate() {
        let name = env.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Some((k, "spec.vmConfig.env invalid".into()));
        }
        if name.len() > 256 {
            return Some((k, "env.name field must be less than 255 characters long".into()));
        }
        if !seen.insert(name) {
            return Some((k, "duplicate env".into()));
        }
        let inline = env.value_from.is_none_or(|v| v.number() == 0);
        if !inline && !env.value.as_deref().unwrap_or("").is_empty() {
            return Some((k, "value may only be set when valueFrom is INLINE".into()));
        }
    }
    None
}

/// WP-16..WP-18 (TE-12): the first out-of-range `match[i].ports[j].number`.
pub(crate) fn check_match(list: Option<&[TrafficSelector]>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (i, m) in list.unwrap_or_default().iter().enumerate() {
        for (j, p) in m.ports.as_deref().unwrap_or_default().iter().enumerate() {
            let n = p.number.map_or(0, |n| n.0);
            if n == 0 || n > 65535 {
                let mi = at.index(i);
                let ports = mi.field("ports");
                let pj = ports.index(j);
                cx.error(&pj.field("number"), format!("spec.Match[{i}].Ports[{j}] is out of range: {n}"));
                return;
            }
        }
    }
}

impl Validate for WasmPluginSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // WP-1..WP-4
        check_policy_targets(&self.selector, self.target_ref.as_ref(), self.target_refs.as_deref(), at, cx);
        WasmModule {
            url: self.url.as_deref(),
            sha256: self.sha256.as_deref(),
            image_pull_secret: self.image_pull_secret.as_deref(),
            plugin_name: self.plugin_name.as_deref(),
            vm_config: self.vm_config.as_ref(),
        }
        .check(at, cx);
        check_match(self.match_.as_deref(), &at.field("match"), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH: &str = r#"
selector: {matchLabels: {app: web}}
url: oci://ghcr.io/acme/filter:1.0
sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
imagePullPolicy: IfNotPresent
imagePullSecret: pull-secret
verificationKey: key
pluginConfig:
  nested: {list: [1, "two", {three: 3}], flag: true}
  name: x
pluginName: my-plugin
phase: AUTHN
priority: -10
vmConfig:
  env:
  - {name: A, value: "1"}
  - {name: POD_NAME, valueFrom: HOST}
match:
- mode: SERVER
  ports: [{number: 8080}, {number: 443}]
type: HTTP
failStrategy: FAIL_OPEN
"#;

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, RICH);
        assert_roundtrip(&KIND, "url: /opt/f.wasm\npriority: 5\nphase: 7\nmatch: [{ports: [{number: 80}]}]");
        let v = (KIND.roundtrip)(&yaml("url: f\npriority: '5'\nmatch: [{ports: [{number: '80'}]}]")).unwrap();
        assert_eq!((v["priority"].as_i64(), v["match"][0]["ports"][0]["number"].as_i64()), (Some(5), Some(80)));
        let v = (KIND.roundtrip)(&yaml(
            "url: f\nimage_pull_policy: Always\nimage_pull_secret: s\nverification_key: k\nplugin_config: {a: 1}\nplugin_name: pn\nvm_config: {env: [{name: a, value_from: INLINE}]}\nfail_strategy: FAIL_RELOAD\ntarget_ref: {kind: Service, name: s}",
        ))
        .unwrap();
        assert_eq!(v["imagePullPolicy"], "Always");
        assert_eq!(v["vmConfig"]["env"][0]["valueFrom"], "INLINE");
        assert_eq!(v["pluginConfig"]["a"], 1);
        assert_eq!(v["failStrategy"], "FAIL_RELOAD");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        assert_decode_error(&KIND, "url: f\nvmConfig: {env: [{name: a, valueFROM: HOST}]}", "spec.vmConfig.env[0].valueFROM", "unknown field");
        // pluginConfig is free-form.
        assert!(check(&KIND, "url: f\npluginConfig: {anything: {goes: [1]}}").is_empty());
        let f = check(&KIND, "url: f\npriority: 3000000000");
        assert_eq!(f[0].path, "spec.priority", "{f:?}");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn url_checks() {
        for ok in ["oci://ghcr.io/x/y:1", "ghcr.io/x/y:1", "/opt/x.wasm", "file:///opt/x.wasm", "HTTPS://h/x", "http://h:port/x"] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        assert!(check_url("ftp://h/x").unwrap_err().contains("unsupported scheme: ftp"));
        assert!(check_url("http://h/%zz").unwrap_err().contains("failed to parse url"));
        // As in Go, `host:port/path` parses as scheme `host` with an opaque part.
        assert!(check_url("localhost:5000/f").unwrap_err().contains("unsupported scheme: localhost"));
        assert!(check_url("a b").unwrap_err().contains("failed to parse url"));
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("WP-1", "url: f\nselector: {matchLabels: {a: b}}\ntargetRefs: [{kind: Service, name: s}]", E, "spec", "only one of"),
            passes("WP-1", "url: f\ntargetRefs: [{kind: Service, name: s}]"),
            fires("WP-2", "url: f\nselector: {matchLabels: {a: '*'}}", E, "spec.selector.matchLabels[a]", "wildcard"),
            fires("WP-2", "url: f\nselector: {}", W, "spec.selector", "without labels"),
            passes("WP-2", "url: f\nselector: {matchLabels: {a: b}}"),
            fires("WP-3", "url: f\ntargetRef: {kind: Service}", E, "spec.targetRef.name", "name must be set"),
            passes("WP-3", "url: f\ntargetRef: {kind: Service, name: s}"),
            fires("WP-4", "url: f\ntargetRefs: [{kind: Gateway, name: s}]", E, "spec.targetRefs[0]", "core/Gateway"),
            passes("WP-4", "url: f\ntargetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: s}]"),
            fires("WP-5", "{}", E, "spec.url", "url field needs to be set"),
            fires("WP-5", "url: ''", E, "spec.url", "url field needs to be set"),
            passes("WP-5", "url: oci://r/f:1"),
            fires("WP-6", "url: 'http://h/%zz'", E, "spec.url", "failed to parse url"),
            fires("WP-6", "url: 'a b'", E, "spec.url", "failed to parse url"),
            passes("WP-6", "url: 'ghcr.io/acme/f:1'"),
            fires("WP-7", "url: 'ftp://h/f'", E, "spec.url", "url contains unsupported scheme: ftp"),
            passes("WP-7", "url: 'File:///f.wasm'"),
            fires("WP-8", "url: f\nsha256: abc", E, "spec.sha256", "sha256 field must be 64 characters long"),
            passes("WP-8", "url: f\nsha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
            fires("WP-9", "url: f\nsha256: 0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", E, "spec.sha256", "[a-f0-9]{64}"),
            passes("WP-9", "url: f\nsha256: ''"),
            fires("WP-12", "url: f\nvmConfig: {env: [{name: a}, {value: x}]}", E, "spec.vmConfig.env[1]", "spec.vmConfig.env invalid"),
            passes("WP-12", "url: f\nvmConfig: {env: [{name: a}]}"),
            fires("WP-14", "url: f\nvmConfig: {env: [{name: a}, {name: b}, {name: a}]}", E, "spec.vmConfig.env[2]", "duplicate env"),
            passes("WP-14", "url: f\nvmConfig: {env: [{name: a}, {name: A}]}"),
            fires("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: HOST, value: x}]}", E, "spec.vmConfig.env[0]", "value may only be set when valueFrom is INLINE"),
            fires("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: 7, value: x}]}", E, "spec.vmConfig.env[0]", "INLINE"),
            passes("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: INLINE, value: x}, {name: b, valueFrom: HOST}]}"),
            fires("WP-18", "url: f\nmatch: [{ports: [{number: 80}]}, {ports: [{number: 0}]}]", E, "spec.match[1].ports[0].number", "spec.Match[1].Ports[0] is out of range: 0"),
            fires("WP-18", "url: f\nmatch: [{ports: [{}]}]", E, "spec.match[0].ports[0].number", "out of range"),
            fires("WP-18", "url: f\nmatch: [{ports: [{number: 65536}]}]", E, "spec.match[0].ports[0].number", "65536"),
            passes("WP-18", "url: f\nmatch: [{mode: CLIENT, ports: [{number: 1}, {number: 65535}]}]"),
        ];
        run_cases(&KIND, &cases);
        assert_rule_coverage(
            &cases,
            &["WP-1", "WP-2", "WP-3", "WP-4", "WP-5", "WP-6", "WP-7", "WP-8", "WP-9", "WP-12", "WP-14", "WP-15", "WP-18"],
        );
    }

    #[test]
    fn long_names_are_checked_by_length() {
        let at = |n: usize| format!("url: f\npluginName: {}", "p".repeat(n));
        // WP-10: 253 passes, 254 fails.
        let secret = |n: usize| format!("url: f\nimagePullSecret: {}", "s".repeat(n));
        let f = check(&KIND, &secret(254));
        assert!(f.iter().any(|f| f.path == "spec.imagePullSecret" && f.message.contains("253")), "{f:?}");
        assert!(check(&KIND, &secret(253)).is_empty());
        // WP-11: 256 passes (the message says 255), 257 fails.
        let f = check(&KIND, &at(257));
        assert!(f.iter().any(|f| f.path == "spec.pluginName" && f.message.contains("less than 255")), "{f:?}");
        assert!(check(&KIND, &at(256)).is_empty());
        // WP-13: env names up to 256.
        let env = |n: usize| format!("url: f\nvmConfig: {{env: [{{name: {}}}]}}", "e".repeat(n));
        let f = check(&KIND, &env(257));
        assert!(f.iter().any(|f| f.path == "spec.vmConfig.env[0]" && f.message.contains("env.name")), "{f:?}");
        assert!(check(&KIND, &env(256)).is_empty());
        // WP-16/WP-17 are unreachable: null match entries and ports decode as empty messages,
        // and an empty port then fails WP-18.
        let f = check(&KIND, "url: f\nmatch: [null, {ports: [null]}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, "spec.match[1].ports[0].number");
    }
}
