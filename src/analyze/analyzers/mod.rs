//! The registry: every analyzer of 1.30.3, one line each (keep it that way — one line per
//! analyzer merges cleanly), and the analyzers themselves, one file per upstream family.
//! Each file holds `pub const` [`Analyzer`]s and their table tests; none prints or reads files.

pub mod annotations;
pub mod authn;
pub mod authz;
pub mod conditions;
pub mod deployment;
pub mod deprecation;
pub mod destinationrule;
pub mod envoyfilter;
pub mod externalcontrolplane;
pub mod k8sgateway;
pub mod schema;
pub mod util;

use super::Analyzer;

/// Every registered analyzer: the hand-written ones, then one schema analyzer per Istio kind.
pub fn registry() -> Vec<Analyzer> {
    let mut all = vec![
        super::webhook::ANALYZER,
        annotations::K8S,
        authn::BLOCKED_CIDRS,
        authz::AUTHORIZATION_POLICIES,
        conditions::CONDITIONS,
        deployment::APPLICATION_UID,
        deployment::MULTI_SERVICE,
        deprecation::DEPRECATION,
        destinationrule::CA_CERTIFICATE,
        destinationrule::SUBSET_SELECT_POD,
        envoyfilter::ENVOY_PATCH,
        externalcontrolplane::EXTERNAL_CONTROL_PLANE,
        k8sgateway::CRD_VERSION,
        k8sgateway::SELECTOR,
    ];
    all.extend(super::checks::ALL.iter().map(|(a, _)| **a));
    all.extend(schema::all());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_described() {
        let all = registry();
        let mut names: Vec<&str> = all.iter().map(|a| a.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len());
        assert!(all.iter().all(|a| !a.description.is_empty() && !a.inputs.is_empty()));
    }
}
