//! `verify-install`'s comparison: every object of a plan looked up in the cluster, and a
//! finding for each one missing, drifted in the fields the installer sets, or not ready.
//! Then what makes the mesh work beyond the rendered objects: the default revision tag's
//! webhooks and an active injector for the revision. Read-only; never prints (the table is
//! `output::verify`'s).

use super::Cluster;
use super::apply::{self, Key};
use super::discovery::Discovery;
use super::lifecycle::Plan;
use super::readiness;

/// What is wrong with one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Missing,
    Drifted,
    Unready,
    /// An injector that exists but injects nowhere (every webhook deactivated).
    Inactive,
}

impl Status {
    /// The word in the STATUS column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Missing => "missing",
            Status::Drifted => "drifted",
            Status::Unready => "unready",
            Status::Inactive => "inactive",
        }
    }
}

/// One finding: the object, what is wrong and the detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub key: Key,
    pub status: Status,
    pub detail: String,
}

/// The outcome of a comparison: how many objects were checked and what was found.
#[derive(Debug, Clone)]
pub struct Verification {
    pub checked: usize,
    pub findings: Vec<Finding>,
}

/// How many drifted fields a finding names before "and N more".
const DRIFT_SHOWN: usize = 5;

/// Compares the plan with the cluster.
pub async fn compare(cluster: &Cluster, plan: &Plan) -> anyhow::Result<Verification> {
    let mut plan = plan.clone();
    if plan.manage_default_tag && plan.owner.revision.is_empty() {
        plan.deactivate_own_injector();
    }
    let disc = Discovery::new();
    let objects: Vec<&serde_json::Value> = plan.objects().collect();
    let live = futures::future::try_join_all(objects.iter().map(|o| {
        let av = o["apiVersion"].as_str().unwrap_or_default().to_string();
        let key = Key::of(o);
        let disc = &disc;
        async move { apply::get(cluster, disc, &av, &key).await }
    }))
    .await?;
    let mut findings = Vec::new();
    for (want, got) in objects.iter().zip(live) {
        let key = Key::of(want);
        let Some(got) = got else {
            findings.push(Finding {
                key,
                status: Status::Missing,
                detail: "not found in the cluster".into(),
            });
            continue;
        };
        let drift = apply::drifted_fields(want, &got);
        if !drift.is_empty() {
            let mut detail = drift.iter().take(DRIFT_SHOWN).cloned().collect::<Vec<_>>().join(", ");
            if drift.len() > DRIFT_SHOWN {
                detail.push_str(&format!(" and {} more", drift.len() - DRIFT_SHOWN));
            }
            findings.push(Finding { key: key.clone(), status: Status::Drifted, detail });
        }
        if !readiness::is_ready(&got) {
            let why = readiness::workload_reason(cluster, &got).await.unwrap_or_else(|| "not ready".into());
            findings.push(Finding { key, status: Status::Unready, detail: why });
        }
    }
    let mesh = mesh_checks(cluster, &disc, &plan).await?;
    findings.extend(mesh.findings);
    Ok(Verification { checked: objects.len() + mesh.checked, findings })
}

const ADMISSION: &str = "admissionregistration.k8s.io/v1";

fn webhook_key(kind: &str, name: &str) -> Key {
    Key { kind: kind.into(), namespace: String::new(), name: name.into() }
}

/// The checks the rendered objects do not cover. When install manages the default tag, its
/// injector `istio-revision-tag-default` and validator `istiod-default-validator` must exist
/// (install writes them, for a revision only when no default tag exists, so they exist after any
/// complete install). Some injector webhook of the plan's revision (the chart's or a tag's)
/// must still be active, else sidecar injection is off.
async fn mesh_checks(cluster: &Cluster, disc: &Discovery, plan: &Plan) -> anyhow::Result<Verification> {
    let mut v = Verification { checked: 0, findings: Vec::new() };
    let rev = plan.owner.rev().to_string();
    // Without an injector in the plan (no Pilot), install writes no tag either.
    let Some(own) = plan.objects().find(|o| super::lifecycle::is_canonical_injector(o, &rev)) else {
        return Ok(v);
    };
    if plan.manage_default_tag {
        for (kind, name, role) in [
            (
                "MutatingWebhookConfiguration",
                "istio-revision-tag-default",
                "the default revision tag's injector",
            ),
            (
                "ValidatingWebhookConfiguration",
                "istiod-default-validator",
                "the default revision's validator",
            ),
        ] {
            v.checked += 1;
            let key = webhook_key(kind, name);
            if apply::get(cluster, disc, ADMISSION, &key).await?.is_none() {
                let detail = format!("{role}: not found in the cluster");
                v.findings.push(Finding { key, status: Status::Missing, detail });
            }
        }
    }
    v.checked += 1;
    let selector = format!("{}={rev}", apply::REV);
    let injectors = apply::list(cluster, disc, ADMISSION, "MutatingWebhookConfiguration", &selector).await?;
    let injectors: Vec<_> =
        injectors.iter().filter(|m| m["webhooks"].as_array().is_some_and(|w| !w.is_empty())).collect();
    if !injectors.iter().any(|m| super::tag::is_active(m)) {
        let key = Key::of(own);
        let detail = if injectors.is_empty() {
            format!("no sidecar injector webhook of revision {rev} in the cluster: injection is off")
        } else {
            let names: Vec<&str> = injectors.iter().filter_map(|m| m["metadata"]["name"].as_str()).collect();
            format!(
                "no active sidecar injector of revision {rev}: {} deactivated (never-match): injection is off",
                names.join(", ")
            )
        };
        v.findings.push(Finding { key, status: Status::Inactive, detail });
    }
    Ok(v)
}
