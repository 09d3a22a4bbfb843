//! `k8sgateway.*`: policy selectors that land on Gateway-API gateway pods, where only
//! `targetRef` works (IST0166), and Gateway-API CRDs whose bundle version is below what 1.30.3
//! needs (IST0176).

use std::cmp::Ordering;

use crate::analyze::labels::{LabelMap, LabelSet};
use crate::analyze::resource::string_map;
use crate::analyze::{Analyzer, Context, Report, kinds};

pub const SELECTOR: Analyzer = Analyzer {
    name: "k8sgateway.SelectorAnalyzer",
    description: "Check that selectors are effective for Kubernetes gateway",
    inputs: &[
        kinds::AUTHORIZATION_POLICY,
        kinds::REQUEST_AUTHENTICATION,
        kinds::TELEMETRY,
        kinds::WASM_PLUGIN,
        kinds::POD,
    ],
    run: selector,
};

const GATEWAY_NAME: &str = "gateway.networking.k8s.io/gateway-name";

fn selector(cx: &Context<'_>, report: &mut Report) {
    // Gateway pods by namespace, found once (not per policy).
    let mut gateway_pods: crate::hash::HashMap<&str, Vec<LabelMap<'_>>> = Default::default();
    for (_, p) in cx.set.of_kind(kinds::POD).filter(|(_, p)| p.labels().contains_key(GATEWAY_NAME)) {
        gateway_pods.entry(p.namespace).or_default().push(p.labels());
    }
    for kind in &SELECTOR.inputs[..4] {
        for (id, r) in cx.set.of_kind(*kind) {
            let spec = r.spec();
            if !spec["targetRef"].is_null() || spec["selector"].is_null() {
                continue;
            }
            let sel = string_map(&spec["selector"]["matchLabels"]);
            let here = gateway_pods.get(r.namespace).map_or(&[][..], Vec::as_slice);
            for pod in here.iter().filter(|l| l.has_all(&sel)) {
                report.add("IST0166", id, vec![pod.get(GATEWAY_NAME).unwrap_or_default().into()]);
            }
        }
    }
}

pub const CRD_VERSION: Analyzer = Analyzer {
    name: "k8sgateway.CRDVersionAnalyzer",
    description: "Checks Gateway API CRDs are at the minimum version required by this Istio version",
    inputs: &[kinds::CRD],
    run: crd_version,
};

/// The minimum bundle versions of 1.30.3, by CRD name.
const MINIMUM: [(&str, (u64, u64, u64)); 3] = [
    ("grpcroutes.gateway.networking.k8s.io", (1, 1, 0)),
    ("backendtlspolicies.gateway.networking.k8s.io", (1, 4, 0)),
    ("tlsroutes.gateway.networking.k8s.io", (1, 5, 0)),
];

/// A lenient semantic version (`v` prefix allowed, missing minor/patch are 0), as the semver
/// library upstream uses reads it: the numbers, and the text form it prints.
fn semver(s: &str) -> Option<((u64, u64, u64), String)> {
    let s = s.strip_prefix('v').unwrap_or(s);
    let (core, meta) = s.split_once('+').map_or((s, None), |(c, m)| (c, Some(m)));
    let (core, pre) = core.split_once('-').map_or((core, None), |(c, p)| (c, Some(p)));
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u64>().ok());
    let v = (n(0)?, n(1)?, n(2)?);
    let valid_ident = |x: &str| {
        !x.is_empty()
            && x.split('.')
                .all(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    if pre.is_some_and(|p| !valid_ident(p)) || meta.is_some_and(|m| !valid_ident(m)) {
        return None;
    }
    let mut text = format!("{}.{}.{}", v.0, v.1, v.2);
    if let Some(p) = pre {
        text.push_str(&format!("-{p}"));
    }
    if let Some(m) = meta {
        text.push_str(&format!("+{m}"));
    }
    Some((v, text))
}

fn crd_version(cx: &Context<'_>, report: &mut Report) {
    for (id, crd) in cx.set.of_kind(kinds::CRD) {
        let Some((_, min)) = MINIMUM.iter().find(|(n, _)| *n == crd.name) else { continue };
        let Some(bundle) = crd.annotations().get("gateway.networking.k8s.io/bundle-version") else { continue };
        let Some((installed, text)) = semver(bundle) else { continue };
        if installed.cmp(min) == Ordering::Less {
            let min_text = format!("{}.{}.{}", min.0, min.1, min.2);
            report.add("IST0176", id, vec![crd.name.into(), text.into(), min_text.into()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn selector_table() {
        let pods = "apiVersion: v1\nkind: Pod\nmetadata: {name: gw, namespace: ns1, labels: {gateway.networking.k8s.io/gateway-name: web, app: gw}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: app, namespace: ns1, labels: {app: app}}\n";
        let policy = |kind: &str, spec: &str| {
            format!(
                "{pods}---\napiVersion: security.istio.io/v1\nkind: {kind}\nmetadata: {{name: p, namespace: ns1}}\nspec: {spec}\n"
            )
        };
        let hit = policy("AuthorizationPolicy", "{selector: {matchLabels: {app: gw}}}");
        let ra = policy("RequestAuthentication", "{selector: {matchLabels: {app: gw}}}");
        let target_ref = policy(
            "AuthorizationPolicy",
            "{targetRef: {kind: Gateway, group: gateway.networking.k8s.io, name: web}}",
        );
        let other_pod = policy("AuthorizationPolicy", "{selector: {matchLabels: {app: app}}}");
        testing::table(
            SELECTOR,
            &[
                ("selector on a gateway pod", &hit, &[("IST0166", "AuthorizationPolicy ns1/p")]),
                ("request authentication", &ra, &[("IST0166", "RequestAuthentication ns1/p")]),
                ("targetRef", &target_ref, &[]),
                ("selector on a plain pod", &other_pod, &[]),
            ],
        );
    }

    #[test]
    fn crd_version_table() {
        let crd = |name: &str, v: &str| {
            format!(
                "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {{name: {name}, annotations: {{gateway.networking.k8s.io/bundle-version: '{v}'}}}}\nspec: {{}}\n"
            )
        };
        let old = crd("tlsroutes.gateway.networking.k8s.io", "v1.4.1");
        let pre = crd("tlsroutes.gateway.networking.k8s.io", "v1.5.0-rc.1");
        let other = crd("httproutes.gateway.networking.k8s.io", "v0.1.0");
        let garbage = crd("grpcroutes.gateway.networking.k8s.io", "latest");
        testing::table(
            CRD_VERSION,
            &[
                (
                    "below minimum",
                    &old,
                    &[("IST0176", "CustomResourceDefinition tlsroutes.gateway.networking.k8s.io")],
                ),
                ("prerelease of the minimum", &pre, &[]),
                ("no minimum for the kind", &other, &[]),
                ("unparsable version", &garbage, &[]),
            ],
        );
        let m = testing::messages(CRD_VERSION, &old, "");
        assert!(m[0].text.contains("\"1.4.1\" but Istio requires at least \"1.5.0\""), "{}", m[0].text);
        assert_eq!(semver("v1.2").unwrap().1, "1.2.0");
    }
}
