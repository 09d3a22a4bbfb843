//! The typed Istio config model: one serde + schemars type per kind and version, the rules
//! `validate` enforces beside each type, and the registry the CRD generator and `validate`
//! read. This module never talks to a cluster and never prints.

pub mod common;
pub mod document;
pub mod crd;
pub mod extensions;
pub mod line_index;
pub mod meshconfig;
#[cfg(test)]
pub(crate) mod inventory_check;
pub mod networking;
pub mod path;
pub mod registry;
pub mod rules;
pub mod schema;
pub mod security;
pub mod selectors;
pub mod telemetry;
pub mod validation;
pub mod value_de;
pub mod xds;
pub mod yaml_compat;
pub mod yaml_fast;
