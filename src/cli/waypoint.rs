//! `istioctl waypoint generate|apply|list|status|delete`: clap types only. `--name` is shared by
//! every subcommand, as upstream's persistent flag.

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::values;
use crate::output::OutputFormat;

/// `istioctl waypoint`
#[derive(Debug, Args)]
pub struct WaypointArgs {
    /// Name of the waypoint
    #[arg(long, global = true, default_value = "waypoint", value_name = "NAME")]
    pub name: String,
    #[command(subcommand)]
    pub command: WaypointCommand,
}

/// Traffic a waypoint handles (label istio.io/waypoint-for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrafficType {
    All,
    None,
    Service,
    Workload,
}

impl TrafficType {
    pub fn as_str(self) -> &'static str {
        match self {
            TrafficType::All => "all",
            TrafficType::None => "none",
            TrafficType::Service => "service",
            TrafficType::Workload => "workload",
        }
    }
}

/// What both `generate` and `apply` take.
#[derive(Debug, Args)]
pub struct GatewayFlags {
    /// Traffic the waypoint handles (unset: istiod decides, effectively service)
    #[arg(long = "for", value_enum, value_name = "TYPE")]
    pub traffic: Option<TrafficType>,
    /// Control-plane revision of the waypoint (label istio.io/rev)
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
}

/// `--waypoint-timeout`, shared by `apply --wait` and `status`.
#[derive(Debug, Args)]
pub struct WaypointTimeout {
    /// How long --wait waits (Go duration)
    #[arg(
        long = "waypoint-timeout",
        default_value = "1m30s",
        value_name = "DURATION",
        value_parser = values::go_duration,
        allow_hyphen_values = true
    )]
    pub waypoint_timeout: Duration,
}

#[derive(Debug, Subcommand)]
pub enum WaypointCommand {
    /// Print a waypoint Gateway to stdout (no cluster needed)
    #[command(
        after_help = "Examples:\n  istioctl waypoint generate -n bookinfo\n  istioctl waypoint generate --name reviews-waypoint --for service -n bookinfo"
    )]
    Generate(GatewayFlags),
    /// Apply a waypoint Gateway to the cluster
    #[command(
        after_help = "Examples:\n  istioctl waypoint apply -n bookinfo --enroll-namespace --wait\n  istioctl waypoint apply --name reviews-waypoint --for workload -r canary"
    )]
    Apply {
        #[command(flatten)]
        gateway: GatewayFlags,
        /// Also label the namespace istio.io/use-waypoint=<name>
        #[arg(long = "enroll-namespace")]
        enroll_namespace: bool,
        /// Replace an existing istio.io/use-waypoint label on the namespace
        #[arg(long)]
        overwrite: bool,
        /// Wait until the Gateway is Programmed
        #[arg(short = 'w', long)]
        wait: bool,
        #[command(flatten)]
        timeout: WaypointTimeout,
    },
    /// List waypoints
    #[command(
        after_help = "Examples:\n  istioctl waypoint list -n bookinfo\n  istioctl waypoint list -A -o yaml"
    )]
    List {
        /// All namespaces
        #[arg(short = 'A', long = "all-namespaces")]
        all_namespaces: bool,
        /// Output format
        #[arg(short = 'o', long, value_parser = values::LIST_FORMATS, default_value = "table")]
        output: OutputFormat,
    },
    /// Show each waypoint's Programmed condition (waits for it unless --wait=false)
    #[command(
        after_help = "Examples:\n  istioctl waypoint status -n bookinfo\n  istioctl waypoint status -A --wait=false"
    )]
    Status {
        /// All namespaces
        #[arg(short = 'A', long = "all-namespaces")]
        all_namespaces: bool,
        /// Wait until every waypoint is Programmed; --wait=false shows the current state
        #[arg(short = 'w', long, num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true)]
        wait: bool,
        #[command(flatten)]
        timeout: WaypointTimeout,
    },
    /// Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them
    #[command(
        after_help = "Examples:\n  istioctl waypoint delete waypoint -n bookinfo\n  istioctl waypoint delete --all -n bookinfo\n  istioctl waypoint delete -r canary -n bookinfo"
    )]
    Delete {
        /// Waypoint names
        #[arg(value_name = "NAME", conflicts_with_all = ["all", "revision"])]
        names: Vec<String>,
        /// Every waypoint in the namespace
        #[arg(long, conflicts_with = "revision")]
        all: bool,
        /// The waypoints of this revision (label istio.io/rev)
        #[arg(short = 'r', long)]
        revision: Option<String>,
    },
}
