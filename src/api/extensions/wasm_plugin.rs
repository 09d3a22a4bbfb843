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
use crate::api::selectors::{PolicyTargetReference, WorkloadSelector};
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

/// WasmPlugin `spec`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WasmPluginSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_ref")]
    pub target_ref: Option<PolicyTargetReference>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
    #[schemars(length(max = 16))]
    pub target_refs: Option<Vec<PolicyTargetReference>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_pull_policy")]
    pub image_pull_policy: Option<PullPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_pull_secret")]
    #[schemars(length(max = 253))]
    pub image_pull_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "verification_key")]
    pub verification_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_config")]
    pub plugin_config: Option<Struct>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_name")]
    #[schemars(length(max = 256))]
    pub plugin_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<PluginPhase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "vm_config")]
    pub vm_config: Option<VmConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<Vec<TrafficSelector>>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub type_: Option<PluginType>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "fail_strategy")]
    pub fail_strategy: Option<FailStrategy>,
}

/// `vmConfig`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VmConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub env: Option<Vec<EnvVar>>,
}

/// `vmConfig.env[]`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EnvVar {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "value_from")]
    pub value_from: Option<EnvValueSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub value: Option<String>,
}

/// `match[]`: traffic mode and ports.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrafficSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<TrafficMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<PortSelector>>,
}

/// `type.istio.io` PortSelector: `{number}` (required, 1..65535 in the schema).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PortSelector {
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
    let parsed = match go_url::parse_request_uri(url) {
        Ok(u) => go_url::parse(url).map(|_| u),
        Err(first) => {
            let prefixed = format!("http://{url}");
            match go_url::parse_request_uri(&prefixed) {
                Ok(u) => go_url::parse(&prefixed).map(|_| u),
                Err(_) => Err(first),
            }
        }
    };
    let u = parsed.map_err(|e| format!("failed to parse url: failed to parse url: {e}"))?;
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
            return Some((k, format!("duplicate env: {name}")));
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
