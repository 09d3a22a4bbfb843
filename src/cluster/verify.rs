//! `verify-install`'s comparison: every object of a plan looked up in the cluster, and a
//! finding for each one missing, drifted in the fields the installer sets, or not ready.
//! Read-only; never prints (the table is `output::verify`'s).

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
}

impl Status {
    /// The word in the STATUS column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Missing => "missing",
            Status::Drifted => "drifted",
            Status::Unready => "unready",
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
    Ok(Verification { checked: objects.len(), findings })
}
