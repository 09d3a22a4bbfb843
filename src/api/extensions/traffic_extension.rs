//! `extensions.istio.io` TrafficExtension: the typed spec (a Wasm module or inline Lua, where
//! and when it runs) and its rules TE-1..TE-12, reusing WasmPlugin's module checks. Must not
//! print, fetch a module, or touch a cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::{Int32, Struct};
use crate::api::path::Path;
use crate::api::registry::KindDef;
use crate::api::security::{AGE_COLUMN, check_policy_targets};
use crate::api::selectors::{PolicyTargetReference, WorkloadSelector};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

use super::wasm_plugin::{
    EXTENSIONS_GROUP, EXTENSIONS_VERSIONS, FailStrategy, PluginType, PullPolicy, TrafficSelector, VmConfig,
    WasmModule, check_match,
};

proto_enum!(pub ExtensionPhase { UNSPECIFIED, AUTHN, AUTHZ, STATS });

/// The largest inline Lua program accepted (64 KiB).
pub const MAX_LUA_BYTES: usize = 65536;

/// TrafficExtension `spec`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("oneOf" = [{"required": ["wasm"]}, {"required": ["lua"]}]))]
pub struct TrafficExtensionSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
    #[schemars(length(max = 16))]
    pub target_refs: Option<Vec<PolicyTargetReference>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<ExtensionPhase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<Vec<TrafficSelector>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm: Option<WasmConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lua: Option<LuaConfig>,
}

/// `wasm`: the module and how to run it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WasmConfig {
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
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub type_: Option<PluginType>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "fail_strategy")]
    pub fail_strategy: Option<FailStrategy>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "vm_config")]
    pub vm_config: Option<VmConfig>,
}

/// `lua`: inline Lua code.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LuaConfig {
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
            WasmModule {
                url: w.url.as_deref(),
                sha256: w.sha256.as_deref(),
                image_pull_secret: w.image_pull_secret.as_deref(),
                plugin_name: w.plugin_name.as_deref(),
                vm_config: w.vm_config.as_ref(),
            }
            .check(&at.field("wasm"), cx);
        }
        // TE-12
        check_match(self.match_.as_deref(), &at.field("match"), cx);
    }
}
