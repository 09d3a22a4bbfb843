//! Everything that talks to Kubernetes: the client built from kubeconfig/context, retries,
//! error translation, and the operations commands ask for (namespace labels, control-plane
//! versions, …). It never prints; results go back to `commands/` for `output/`.

pub mod addons;
pub mod apply;
pub mod client;
pub mod configmap;
pub mod credentials;
pub mod discovery;
pub mod errors;
pub mod lifecycle;
pub mod namespace;
pub mod objects;
pub mod pods;
pub mod portforward;
pub mod prune;
pub mod readiness;
pub mod remote;
pub mod retry;
pub mod snapshot;
pub mod tag;
pub mod uninstall;
pub mod verify;
pub mod version;
pub mod waypoint;

pub use client::{Cluster, ConnectOptions, connect};
