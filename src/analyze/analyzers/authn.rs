//! `authn.BlockedCIDRsAnalyzer` (IST0175): RequestAuthentications exist but istiod (a
//! Deployment labelled `app=istiod`) has no `BLOCKED_CIDRS_IN_JWKS_URIS`, so JWKS fetches are
//! unrestricted.

use crate::analyze::resource::{items, str_at};
use crate::analyze::{Analyzer, Arg, Context, Report, kinds};

pub const BLOCKED_CIDRS: Analyzer = Analyzer {
    name: "authn.BlockedCIDRsAnalyzer",
    description: "Checks that BLOCKED_CIDRS_IN_JWKS_URIS is configured on istiod when RequestAuthentication resources exist",
    inputs: &[kinds::REQUEST_AUTHENTICATION, kinds::DEPLOYMENT],
    run: blocked_cidrs,
};

/// Up to five names, then `, and N more`.
fn shortlist(names: &[String]) -> String {
    if names.len() <= 5 {
        names.join(", ")
    } else {
        format!("{}, and {} more", names[..5].join(", "), names.len() - 5)
    }
}

fn blocked_cidrs(cx: &Context<'_>, report: &mut Report) {
    let ras: Vec<String> =
        cx.set.of_kind(kinds::REQUEST_AUTHENTICATION).map(|(_, r)| r.full_name()).collect();
    if ras.is_empty() {
        return;
    }
    for (id, d) in cx.set.of_kind(kinds::DEPLOYMENT) {
        if d.labels().get("app").is_none_or(|v| v != "istiod") {
            continue;
        }
        let configured = items(&d.spec()["template"]["spec"], "containers").any(|c| {
            items(c, "env")
                .any(|e| str_at(e, "name") == "BLOCKED_CIDRS_IN_JWKS_URIS" && !str_at(e, "value").is_empty())
        });
        if !configured {
            report.add("IST0175", id, vec![Arg::Int(ras.len() as i64), shortlist(&ras).into()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    const ISTIOD: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: istiod, namespace: istio-system, labels: {app: istiod}}\nspec:\n  template:\n    spec:\n      containers:\n      - name: discovery\n        env: [{name: PILOT_X, value: '1'}]\n";
    const RA: &str = "---\napiVersion: security.istio.io/v1\nkind: RequestAuthentication\nmetadata: {name: jwt, namespace: ns1}\nspec: {}\n";

    #[test]
    fn blocked_cidrs_table() {
        let unconfigured = format!("{ISTIOD}{RA}");
        let configured = format!(
            "{}{RA}",
            ISTIOD.replace("PILOT_X, value: '1'", "BLOCKED_CIDRS_IN_JWKS_URIS, value: 10.0.0.0/8")
        );
        testing::table(
            BLOCKED_CIDRS,
            &[
                ("unrestricted", &unconfigured, &[("IST0175", "Deployment istio-system/istiod")]),
                ("configured", &configured, &[]),
                ("no request authentication", ISTIOD, &[]),
            ],
        );
        let names: Vec<String> = (0..7).map(|i| format!("ns/r{i}")).collect();
        assert_eq!(shortlist(&names), "ns/r0, ns/r1, ns/r2, ns/r3, ns/r4, and 2 more");
    }
}
