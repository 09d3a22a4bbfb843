//! `auth.AuthorizationPoliciesAnalyzer`: policies that select no in-mesh (or ambient) pod
//! (IST0127), and `rules[].from[].source.namespaces`/`notNamespaces` entries naming no
//! Namespace (IST0101). The root namespace comes from the mesh config.

use std::collections::BTreeMap;

use super::util;
use crate::analyze::labels::LabelMap;
use crate::analyze::resource::{items, string_map, string_pairs};
use crate::analyze::{Analyzer, Context, Report, kinds};

pub const AUTHORIZATION_POLICIES: Analyzer = Analyzer {
    name: "auth.AuthorizationPoliciesAnalyzer",
    description: "Checks the validity of authorization policies",
    inputs: &[kinds::MESH_CONFIG, kinds::AUTHORIZATION_POLICY, kinds::NAMESPACE, kinds::POD],
    run: authorization_policies,
};

/// Upstream's namespace pattern: `*`, `*suffix`, `prefix*`, else case-insensitive equality.
fn namespace_match(ns: &str, exp: &str) -> bool {
    if exp == "*" {
        return true;
    }
    if let Some(suffix) = exp.strip_prefix('*') {
        return ns.ends_with(suffix);
    }
    if let Some(prefix) = exp.strip_suffix('*') {
        return ns.starts_with(prefix);
    }
    ns.eq_ignore_ascii_case(exp)
}

/// `s` in ASCII lower case, copied only when it has an upper-case letter.
fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) { s.to_ascii_lowercase().into() } else { s.into() }
}

fn authorization_policies(cx: &Context<'_>, report: &mut Report) {
    // Labels of in-mesh or ambient pods: all of them, and by namespace.
    let mut by_ns: BTreeMap<&str, Vec<LabelMap<'_>>> = BTreeMap::new();
    for (_, p) in cx.set.of_kind(kinds::POD) {
        if util::pod_in_mesh(cx, p) || util::pod_ambient(p) {
            by_ns.entry(p.namespace).or_default().push(p.labels());
        }
    }
    // Built on first use: only policies of the root namespace with a selector look at all pods.
    let everywhere = std::cell::OnceCell::new();
    let everywhere = || everywhere.get_or_init(|| util::LabelIndex::new(by_ns.values().flatten().map(LabelMap::iter)));
    let pods: BTreeMap<&str, util::LabelIndex<'_>> =
        by_ns.iter().map(|(ns, list)| (*ns, util::LabelIndex::new(list.iter().map(LabelMap::iter)))).collect();
    let empty = util::LabelIndex::default();
    let namespaces: Vec<&str> = cx.set.of_kind(kinds::NAMESPACE).map(|(_, n)| n.name).collect();
    // Names without a `*` match case-insensitively: look them up, don't scan.
    let exact: crate::hash::HashSet<String> =
        namespaces.iter().map(|n| n.to_ascii_lowercase()).collect();
    let root = cx.mesh.root_namespace();
    for (id, ap) in cx.set.of_kind(kinds::AUTHORIZATION_POLICY) {
        let spec = ap.spec();
        // `selector.matchLabels` as pairs (string values, as upstream's map keeps them); the
        // map is made only for a finding's text.
        let selector: Option<Vec<(&str, &str)>> =
            (!spec["selector"].is_null()).then(|| string_pairs(&spec["selector"]["matchLabels"]).collect());
        let unmatched = || vec![util::selector_string(&string_map(&spec["selector"]["matchLabels"])).into()];
        let here = pods.get(ap.namespace).unwrap_or(&empty);
        match &selector {
            Some(sel) if ap.namespace == root => {
                if !everywhere().any(sel) {
                    report.add("IST0127", id, unmatched());
                }
            }
            None if ap.namespace == root => {}
            None => {
                if !here.any(&[]) {
                    report.add("IST0127", id, vec!["".into()]);
                }
            }
            Some(sel) => {
                if !here.any(sel) {
                    report.add("IST0127", id, unmatched());
                }
            }
        }
        for (i, rule) in items(spec, "rules").enumerate() {
            for (j, from) in items(rule, "from").enumerate() {
                let source = &from["source"];
                let listed: Vec<(usize, &str)> = items(source, "namespaces")
                    .chain(items(source, "notNamespaces"))
                    .filter_map(|v| v.as_str())
                    .enumerate()
                    .collect();
                let plain = items(source, "namespaces").count();
                for (k, exp) in listed {
                    let known = if exp.contains('*') {
                        namespaces.iter().any(|ns| namespace_match(ns, exp))
                    } else {
                        exact.contains(&*lowercase(exp))
                    };
                    if !known {
                        let k = if k >= plain { k - plain } else { k };
                        report
                            .add("IST0101", id, vec!["namespace".into(), exp.into()])
                            .at(format!("spec.rules[{i}].from[{j}].source.namespaces[{k}]"));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    const PODS: &str = "apiVersion: v1\nkind: Namespace\nmetadata: {name: ns1, labels: {istio-injection: enabled}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns1, labels: {app: web}}\nspec: {containers: [{name: app}]}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n";

    fn ap(ns: &str, name: &str, spec: &str) -> String {
        format!(
            "---\napiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {{name: {name}, namespace: {ns}}}\nspec: {spec}\n"
        )
    }

    #[test]
    fn authorization_policies_table() {
        let unmatched = format!("{PODS}{}", ap("ns1", "a", "{selector: {matchLabels: {app: db}}}"));
        let empty_ns = format!("{PODS}{}", ap("empty", "b", "{}"));
        let root_unmatched =
            format!("{PODS}{}", ap("istio-system", "c", "{selector: {matchLabels: {app: db}}}"));
        let bad_ns = format!(
            "{PODS}{}",
            ap(
                "ns1",
                "d",
                "{rules: [{from: [{source: {namespaces: [ns1, 'em*', ghost], notNamespaces: [nope]}}]}]}"
            )
        );
        let fine = format!(
            "{PODS}{}{}{}",
            ap("ns1", "e", "{selector: {matchLabels: {app: web}}}"),
            ap("istio-system", "f", "{}"),
            ap("istio-system", "g", "{selector: {matchLabels: {app: web}}}")
        );
        testing::table(
            AUTHORIZATION_POLICIES,
            &[
                ("selector matches no pod", &unmatched, &[("IST0127", "AuthorizationPolicy ns1/a")]),
                ("namespace without pods", &empty_ns, &[("IST0127", "AuthorizationPolicy empty/b")]),
                (
                    "root namespace selector",
                    &root_unmatched,
                    &[("IST0127", "AuthorizationPolicy istio-system/c")],
                ),
                (
                    "unknown namespaces",
                    &bad_ns,
                    &[("IST0101", "AuthorizationPolicy ns1/d"), ("IST0101", "AuthorizationPolicy ns1/d")],
                ),
                ("matching", &fine, &[]),
            ],
        );
        assert!(
            namespace_match("prod-a", "prod-*")
                && namespace_match("a-prod", "*-prod")
                && namespace_match("NS", "ns")
        );
    }
}
