//! kube-sim's integration tests: one binary, one module per area. Each test starts its own
//! simulator in-process on 127.0.0.1:0 and talks to it over HTTP (raw requests for wire shapes,
//! kube-rs for client fidelity, kubectl when it is on PATH).

#[path = "sim/support.rs"]
mod support;

#[path = "sim/api.rs"]
mod api;
#[path = "sim/apply.rs"]
mod apply;
#[path = "sim/cli.rs"]
mod cli;
#[path = "sim/kubectl.rs"]
mod kubectl;
#[path = "sim/lifecycle.rs"]
mod lifecycle;
#[path = "sim/portforward.rs"]
mod portforward;
#[path = "sim/watch.rs"]
mod watch;
#[path = "sim/workloads.rs"]
mod workloads;
