//! `envoyfilter.EnvoyPatchAnalyzer`: patch operations that are ignored or fragile — ADD or
//! REMOVE on route configurations/HTTP routes (IST0153/IST0154), REPLACE where it is not
//! supported (IST0152), and relative operations without a priority (IST0151, or IST0155 when an
//! earlier patch of the same filter name pinned a proxyVersion).

use crate::analyze::node::Node;

use crate::analyze::resource::{items, str_at};
use crate::analyze::{Analyzer, Context, Report, kinds};

pub const ENVOY_PATCH: Analyzer = Analyzer {
    name: "envoyfilter.EnvoyPatchAnalyzer",
    description: "Checks an envoyFilters ",
    inputs: &[kinds::ENVOY_FILTER],
    run: envoy_patch,
};

/// The filter name a patch is known by: `patch.value.name` (rendered as protobuf text of the
/// Node, so a string `x` is `string_value:"x"`), else the listener filter the patch matches
/// (only when the value has fields at all).
fn instance_name(patch: &Node) -> String {
    let Some(fields) = patch["patch"]["value"].as_object().filter(|f| !f.is_empty()) else {
        return String::new();
    };
    match fields.get("name") {
        Some(Node::String(s)) => format!("string_value:{}", crate::go::go_quote(s)),
        Some(Node::Number(n)) => format!("number_value:{n}"),
        Some(Node::Bool(b)) => format!("bool_value:{b}"),
        Some(Node::Null) => "null_value:NULL_VALUE".into(),
        Some(other) => other.to_string(),
        None => str_at(&patch["match"]["listener"]["filterChain"]["filter"], "name").to_string(),
    }
}

fn envoy_patch(cx: &Context<'_>, report: &mut Report) {
    // Filter names of earlier patches that set a proxyVersion (kept across EnvoyFilters).
    let mut pinned: Vec<String> = Vec::new();
    for (id, ef) in cx.set.of_kind(kinds::ENVOY_FILTER) {
        let spec = ef.spec();
        let priority = spec["priority"].as_i64().unwrap_or(0);
        for (i, p) in items(spec, "configPatches").enumerate() {
            if p["patch"].is_null() {
                break;
            }
            let name = instance_name(p);
            let apply_to = str_at(p, "applyTo");
            let route = matches!(apply_to, "ROUTE_CONFIGURATION" | "HTTP_ROUTE");
            let anchor = format!("spec.configPatches[{i}].patch.value");
            let mut relative = false;
            match str_at(&p["patch"], "operation") {
                "ADD" if route => {
                    report.add("IST0153", id, vec![]).at(anchor.clone());
                }
                "REMOVE" if route => {
                    report.add("IST0154", id, vec![]).at(anchor.clone());
                }
                "REMOVE" => relative = true,
                "REPLACE" if !matches!(apply_to, "NETWORK_FILTER" | "HTTP_FILTER" | "VIRTUAL_HOST") => {
                    report.add("IST0152", id, vec![]).at(anchor.clone());
                }
                "REPLACE" | "INSERT_BEFORE" | "INSERT_AFTER" => relative = true,
                _ => {}
            }
            if relative && priority == 0 {
                let code = if pinned.contains(&name) { "IST0155" } else { "IST0151" };
                report.add(code, id, vec![]).at(anchor);
            }
            if !str_at(&p["match"]["proxy"], "proxyVersion").is_empty() {
                pinned.push(name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    fn ef(name: &str, priority: i32, patches: &str) -> String {
        format!(
            "---\napiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata: {{name: {name}, namespace: ns1}}\nspec:\n  priority: {priority}\n  configPatches: {patches}\n"
        )
    }

    #[test]
    fn envoy_patch_table() {
        let add_route = ef("a", 0, "[{applyTo: HTTP_ROUTE, patch: {operation: ADD, value: {name: r}}}]");
        let remove_route = ef("b", 0, "[{applyTo: ROUTE_CONFIGURATION, patch: {operation: REMOVE}}]");
        let replace_cluster =
            ef("c", 0, "[{applyTo: CLUSTER, patch: {operation: REPLACE, value: {name: c}}}]");
        let relative =
            ef("d", 0, "[{applyTo: HTTP_FILTER, patch: {operation: INSERT_BEFORE, value: {name: f}}}]");
        let with_version = format!(
            "{}{}",
            ef(
                "e1",
                0,
                "[{applyTo: HTTP_FILTER, match: {proxy: {proxyVersion: '^1\\.2.*'}}, patch: {operation: INSERT_FIRST, value: {name: f}}}]"
            ),
            ef("e2", 0, "[{applyTo: HTTP_FILTER, patch: {operation: INSERT_AFTER, value: {name: f}}}]")
        );
        let prioritized =
            ef("f", 10, "[{applyTo: HTTP_FILTER, patch: {operation: INSERT_BEFORE, value: {name: f}}}]");
        let absolute = ef(
            "g",
            0,
            "[{applyTo: HTTP_FILTER, patch: {operation: INSERT_FIRST, value: {name: f}}}, {applyTo: CLUSTER, patch: {operation: MERGE, value: {}}}]",
        );
        testing::table(
            ENVOY_PATCH,
            &[
                ("add route", &add_route, &[("IST0153", "EnvoyFilter ns1/a")]),
                ("remove route", &remove_route, &[("IST0154", "EnvoyFilter ns1/b")]),
                ("replace cluster", &replace_cluster, &[("IST0152", "EnvoyFilter ns1/c")]),
                ("relative without priority", &relative, &[("IST0151", "EnvoyFilter ns1/d")]),
                (
                    "relative after a pinned proxy version",
                    &with_version,
                    &[("IST0155", "EnvoyFilter ns1/e2")],
                ),
                ("priority set", &prioritized, &[]),
                ("absolute operations", &absolute, &[]),
            ],
        );
    }
}
