//! `extensions.istio.io` TrafficExtension: the typed spec (a Wasm module or inline Lua, where
//! and when it runs) and its rules TE-1..TE-12, reusing the Wasm module block and its checks. Must not
//! print, fetch a module, or touch a cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::Int32;
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef};
use crate::api::rules::check_policy_targets;
use crate::api::selectors::{PolicyTargetReference, WorkloadSelector};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

use super::wasm_module::{FailStrategy, PluginType, TrafficSelector, VmConfig, check_match};
use super::{EXTENSIONS_GROUP, EXTENSIONS_VERSIONS};

proto_enum!(pub ExtensionPhase { UNSPECIFIED, AUTHN, AUTHZ, STATS });

/// The largest inline Lua program accepted (64 KiB).
pub const MAX_LUA_BYTES: usize = 65536;

/// A Wasm module or inline Lua code added to the traffic processing of the selected proxies.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend(
    "oneOf" = [{"required": ["wasm"]}, {"required": ["lua"]}],
    "x-kubernetes-validations" = [
        {
            "message": "at most one of selector and targetRefs may be set",
            "rule": "(has(self.selector) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1"
        },
        {
            "message": "exactly one of wasm and lua must be set",
            "rule": "(has(self.wasm) ? 1 : 0) + (has(self.lua) ? 1 : 0) == 1"
        }
    ]
))]
pub struct TrafficExtensionSpec {
    /// Workloads the configuration applies to, chosen by their pod labels. Leave empty to cover the whole namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    /// Resources the configuration is attached to; a list form of `targetRef`.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
    #[schemars(length(max = 16))]
    pub target_refs: Option<Vec<PolicyTargetReference>>,
    /// Where in the filter chain the extension runs: AUTHN, AUTHZ or STATS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<ExtensionPhase>,
    /// Order among extensions of the same phase; higher runs first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Int32>,
    /// Traffic the extension applies to; all traffic when empty.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<Vec<TrafficSelector>>,
    /// A WebAssembly module (exclusive with `lua`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm: Option<WasmConfig>,
    /// Inline Lua code (exclusive with `wasm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lua: Option<LuaConfig>,
}

super::wasm_module::wasm_module_spec! {
    plain;
    /// A WebAssembly module and how to run it.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct WasmConfig {
        /// HTTP or NETWORK filter.
        #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
        pub type_: Option<PluginType>,
        /// What to do when the module fails to load or crashes: FAIL_CLOSE, FAIL_OPEN or FAIL_RELOAD.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "fail_strategy")]
        pub fail_strategy: Option<FailStrategy>,
        /// Settings of the Wasm virtual machine.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "vm_config")]
        pub vm_config: Option<VmConfig>,
    }
}

/// Inline Lua code.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LuaConfig {
    /// The Lua source, at most 64 KiB.
    #[serde(skip_serializing_if = "Option::is_none", alias = "inline_code")]
    #[schemars(required, length(max = 65536))]
    pub inline_code: Option<String>,
}

pub static KIND: KindDef = KindDef::of::<TrafficExtensionSpec>(
    EXTENSIONS_GROUP,
    "TrafficExtension",
    "trafficextensions",
    &[],
    EXTENSIONS_VERSIONS,
    &[AGE_COLUMN],
);

impl Validate for TrafficExtensionSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // TE-1
        if self.wasm.is_some() == self.lua.is_some() {
            cx.error(at, "exactly one of wasm or lua must be set");
        }
        // TE-2..TE-4 (no singular targetRef on this kind)
        check_policy_targets(&self.selector, None, self.target_refs.as_deref(), at, cx);
        if let Some(lua) = &self.lua {
            let code = lua.inline_code.as_deref().unwrap_or("");
            let l = at.field("lua");
            let c = l.field("inlineCode");
            if code.is_empty() {
                // TE-5
                cx.error(&c, "lua.inlineCode must be set");
            } else if code.len() > MAX_LUA_BYTES {
                // TE-6
                cx.error(&c, format!("lua.inlineCode exceeds maximum size of 64KB ({} bytes)", code.len()));
            }
        }
        if let Some(w) = &self.wasm {
            // TE-7..TE-11
            w.module().check(&at.field("wasm"), cx);
        }
        // TE-12
        check_match(self.match_.as_deref(), &at.field("match"), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH_WASM: &str = r#"
targetRefs:
- {group: gateway.networking.k8s.io, kind: Gateway, name: gw}
phase: AUTHZ
priority: 100
match:
- mode: CLIENT_AND_SERVER
  ports: [{number: 9080}]
wasm:
  url: oci://ghcr.io/acme/filter:1.0
  sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  imagePullPolicy: Always
  imagePullSecret: s
  verificationKey: k
  pluginConfig: {a: [1, 2], b: {c: d}}
  pluginName: p
  type: NETWORK
  failStrategy: FAIL_CLOSE
  vmConfig:
    env: [{name: E, valueFrom: INLINE, value: v}]
"#;

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, RICH_WASM);
        assert_roundtrip(&KIND, "selector: {matchLabels: {app: a}}\nphase: UNSPECIFIED\nlua: {inlineCode: 'function envoy_on_request(h) end'}");
        let v = (KIND.roundtrip)(&yaml(
            "lua: {inline_code: x}\ntarget_refs: [{kind: Service, name: s}]\nwasm: {url: u, image_pull_policy: IfNotPresent, image_pull_secret: s, verification_key: k, plugin_config: {}, plugin_name: pn, fail_strategy: FAIL_OPEN, vm_config: {env: [{name: a, value_from: HOST}]}}",
        ))
        .unwrap();
        assert_eq!(v["lua"]["inlineCode"], "x");
        assert_eq!(v["wasm"]["vmConfig"]["env"][0]["valueFrom"], "HOST");
        assert_eq!(v["targetRefs"][0]["name"], "s");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        assert_decode_error(&KIND, "lua: {inlineCode: x, source: y}", "spec.lua.source", "unknown field");
        // TrafficExtension has no singular targetRef.
        let f = check(&KIND, "lua: {inlineCode: x}\ntargetRef: {kind: Service, name: s}");
        assert_eq!(f[0].path, "spec.targetRef", "{f:?}");
        let f = check(&KIND, "lua: {inlineCode: x}\nphase: UNSPECIFIED_PHASE");
        assert!(f[0].message.contains("unknown value"), "{f:?}");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn lua_size_limit() {
        // TE-6: 65536 bytes pass, one more fails.
        let lua = |n: usize| format!("lua: {{inlineCode: {}}}", "x".repeat(n));
        let f = check(&KIND, &lua(MAX_LUA_BYTES + 1));
        assert!(f.iter().any(|f| f.path == "spec.lua.inlineCode" && f.message.contains("exceeds maximum size of 64KB")), "{f:?}");
        assert!(check(&KIND, &lua(MAX_LUA_BYTES)).is_empty());
        // TE-10: wasm.pluginName over 256.
        let name = |n: usize| format!("wasm: {{url: u, pluginName: {}}}", "p".repeat(n));
        let f = check(&KIND, &name(257));
        assert!(f.iter().any(|f| f.path == "spec.wasm.pluginName"), "{f:?}");
        assert!(check(&KIND, &name(256)).is_empty());
        // TE-9: wasm.imagePullSecret over 253.
        let secret = |n: usize| format!("wasm: {{url: u, imagePullSecret: {}}}", "s".repeat(n));
        let f = check(&KIND, &secret(254));
        assert!(f.iter().any(|f| f.path == "spec.wasm.imagePullSecret"), "{f:?}");
        assert!(check(&KIND, &secret(253)).is_empty());
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("TE-1", "lua: {inlineCode: 'function envoy_on_request(h) end'}\nwasm: {url: 'oci://ghcr.io/acme/filter:1.0'}", E, "spec", "exactly one of wasm or lua must be set"),
            fires("TE-1", "{}", E, "spec", "exactly one of wasm or lua"),
            passes("TE-1", "wasm: {url: 'oci://r/f:1'}"),
            fires("TE-2", "lua: {inlineCode: x}\nselector: {matchLabels: {a: b}}\ntargetRefs: [{kind: Service, name: s}]", E, "spec", "only one of"),
            passes("TE-2", "lua: {inlineCode: x}\nselector: {matchLabels: {a: b}}\ntargetRefs: []"),
            fires("TE-3", "lua: {inlineCode: x}\nselector: {matchLabels: {'': b}}", E, "spec.selector.matchLabels[]", "empty key"),
            fires("TE-3", "lua: {inlineCode: x}\nselector: {}", W, "spec.selector", "without labels"),
            passes("TE-3", "lua: {inlineCode: x}\nselector: {matchLabels: {a: b}}"),
            fires("TE-4", "lua: {inlineCode: x}\ntargetRefs: [{kind: Service, name: s, namespace: o}]", E, "spec.targetRefs[0].namespace", "cross namespace"),
            passes("TE-4", "lua: {inlineCode: x}\ntargetRefs: [{kind: ServiceEntry, group: networking.istio.io, name: s}]"),
            fires("TE-5", "lua: {inlineCode: ''}", E, "spec.lua.inlineCode", "must be set"),
            fires("TE-5", "lua: {}", E, "spec.lua.inlineCode", "must be set"),
            passes("TE-5", "lua: {inlineCode: 'x'}"),
            fires("TE-7", "wasm: {url: ''}", E, "spec.wasm.url", "url field needs to be set"),
            fires("TE-7", "wasm: {url: 'ftp://h/f'}", E, "spec.wasm.url", "unsupported scheme: ftp"),
            fires("TE-7", "wasm: {url: 'http://h/%zz'}", E, "spec.wasm.url", "failed to parse url"),
            passes("TE-7", "wasm: {url: '/local/f.wasm'}"),
            fires("TE-8", "wasm: {url: u, sha256: abc}", E, "spec.wasm.sha256", "64 characters"),
            fires("TE-8", "wasm: {url: u, sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg}", E, "spec.wasm.sha256", "[a-f0-9]{64}"),
            passes("TE-8", "wasm: {url: u, sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef}"),
            fires("TE-11", "wasm: {url: u, vmConfig: {env: [{name: a}, {name: a}]}}", E, "spec.wasm.vmConfig.env[1]", "duplicate env"),
            fires("TE-11", "wasm: {url: u, vmConfig: {env: [{name: a, valueFrom: HOST, value: v}]}}", E, "spec.wasm.vmConfig.env[0]", "only be set when valueFrom is INLINE"),
            fires("TE-11", "wasm: {url: u, vmConfig: {env: [{value: v}]}}", E, "spec.wasm.vmConfig.env[0]", "env invalid"),
            passes("TE-11", "wasm: {url: u, vmConfig: {env: [{name: a}, {name: b, valueFrom: HOST}]}}"),
            fires("TE-12", "lua: {inlineCode: x}\nmatch: [{ports: [{number: 70000}]}]", E, "spec.match[0].ports[0].number", "spec.Match[0].Ports[0] is out of range: 70000"),
            passes("TE-12", "lua: {inlineCode: x}\nmatch: [{mode: SERVER, ports: [{number: 8080}]}]"),
        ];
        run_cases(&KIND, &cases);
        assert_rule_coverage(&cases, &["TE-1", "TE-2", "TE-3", "TE-4", "TE-5", "TE-7", "TE-8", "TE-11", "TE-12"]);
    }
}
