//! The Wasm module block WasmPlugin and TrafficExtension's `wasm` share: the module fields
//! (declared once, by `wasm_module_spec!`), the VM config, traffic selectors, and their checks
//! (URL, sha256, pull secret, plugin name, env, match ports: WP-5..WP-18, TE-7..TE-12).
//! Must not print, fetch a module, or touch a cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::validation::Ctx;
use crate::go::url as go_url;
use crate::proto_enum;

proto_enum!(pub PullPolicy { UNSPECIFIED_POLICY, IfNotPresent, Always });
proto_enum!(pub PluginType { UNSPECIFIED_PLUGIN_TYPE, HTTP, NETWORK });
proto_enum!(pub FailStrategy { FAIL_CLOSE, FAIL_OPEN, FAIL_RELOAD });
proto_enum!(pub EnvValueSource { INLINE, HOST });
proto_enum!(pub TrafficMode { UNDEFINED, CLIENT, SERVER, CLIENT_AND_SERVER });

/// Declares a spec struct carrying a Wasm module: upstream's seven module fields (`url`,
/// `sha256`, `imagePullPolicy`, `imagePullSecret`, `verificationKey`, `pluginConfig`,
/// `pluginName`, in that order) first, then the struct's own fields (which must include
/// `vm_config`), plus `module()` borrowing them for [`WasmModule::check`]. `targeted` puts the
/// policy head of `targeted_spec!` before them; `plain` does not.
///
/// A macro rather than a `#[serde(flatten)]` member: flatten turns off `deny_unknown_fields`
/// and hides the fields from the per-path CRD inventory check; the macro keeps the struct flat.
macro_rules! wasm_module_spec {
    (@emit plain { $($t:tt)* }) => { $($t)* };
    (@emit targeted { $($t:tt)* }) => { $crate::api::selectors::targeted_spec! { $($t)* } };
    ($mode:ident; $(#[$attr:meta])* pub struct $name:ident { $($rest:tt)* }) => {
        $crate::api::extensions::wasm_module::wasm_module_spec!(@emit $mode {
            $(#[$attr])*
            pub struct $name {
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
                pub image_pull_policy: Option<$crate::api::extensions::wasm_module::PullPolicy>,
                /// Secret (in the same namespace) with credentials for the OCI registry.
                #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_pull_secret")]
                #[schemars(length(max = 253))]
                pub image_pull_secret: Option<String>,
                /// Public key used to verify module signatures.
                #[serde(default, skip_serializing_if = "Option::is_none", alias = "verification_key")]
                pub verification_key: Option<String>,
                /// Configuration passed to the module, as free-form JSON/YAML.
                #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_config")]
                pub plugin_config: Option<$crate::api::common::Struct>,
                /// Name the module's plugin is registered under.
                #[serde(default, skip_serializing_if = "Option::is_none", alias = "plugin_name")]
                #[schemars(length(max = 256))]
                pub plugin_name: Option<String>,
                $($rest)*
            }
        });

        impl $name {
            /// The module fields, borrowed for the shared checks.
            pub(crate) fn module(&self) -> $crate::api::extensions::wasm_module::WasmModule<'_> {
                $crate::api::extensions::wasm_module::WasmModule {
                    url: self.url.as_deref(),
                    sha256: self.sha256.as_deref(),
                    image_pull_secret: self.image_pull_secret.as_deref(),
                    plugin_name: self.plugin_name.as_deref(),
                    vm_config: self.vm_config.as_ref(),
                }
            }
        }
    };
}
pub(crate) use wasm_module_spec;

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
            cx.error(
                &at.field("imagePullSecret"),
                "imagePullSecret field must be less than 253 characters long",
            );
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
            let u =
                go_url::parse_request_uri(&prefixed).map_err(|_| format!("failed to parse url: {first}"))?;
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
