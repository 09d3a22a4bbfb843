//! `istioctl dashboard <addon>` (aliases `dash`, `d`): clap types only. The shared flags
//! (`-p/--port`, `--address`, `--browser`) are persistent on `dashboard` as upstream's are; each
//! addon carries its own remote-port flag with upstream's default.

use clap::{Args, Subcommand};

/// `istioctl dashboard`
#[derive(Debug, Args)]
#[command(subcommand_value_name = "ADDON")]
pub struct DashboardArgs {
    #[command(flatten)]
    pub forward: ForwardFlags,
    #[command(subcommand)]
    pub addon: Option<DashboardCommand>,
    /// An addon name that is not known (reported as upstream does)
    #[arg(hide = true, value_name = "ADDON")]
    pub unknown: Option<String>,
}

/// Flags every dashboard takes.
#[derive(Debug, Args, Clone)]
pub struct ForwardFlags {
    /// Local port to listen on (0: the remote port when free, else any free port)
    #[arg(
        short = 'p',
        long,
        global = true,
        default_value_t = 0,
        value_name = "PORT",
        allow_negative_numbers = true
    )]
    pub port: i64,
    /// Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)
    #[arg(long, global = true, default_value = "localhost", value_name = "ADDRESS")]
    pub address: String,
    /// Open a browser; --browser=false only prints the URL
    #[arg(long, global = true, num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true)]
    pub browser: bool,
}

macro_rules! ui_args {
    ($name:ident, $port:literal) => {
        #[derive(Debug, Args)]
        pub struct $name {
            /// The component dashboard UI port.
            #[arg(long = "ui-port", default_value_t = $port, value_name = "PORT", allow_negative_numbers = true)]
            pub ui_port: i64,
        }
    };
}

ui_args!(KialiArgs, 20001);
ui_args!(PrometheusArgs, 9090);
ui_args!(GrafanaArgs, 3000);
ui_args!(JaegerArgs, 16686);
ui_args!(ZipkinArgs, 9411);
ui_args!(SkywalkingArgs, 8080);

/// A pod named on the command line, or a label selector.
#[derive(Debug, Args)]
pub struct PodFlags {
    /// The pod: [<type>/]<name>[.<namespace>]
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// Label selector
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
}

/// An istiod pod: by name, selector, or revision.
#[derive(Debug, Args)]
pub struct IstiodFlags {
    #[command(flatten)]
    pub pod: PodFlags,
    /// Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
}

/// `proxy` / `envoy`: a pod by name or by selector.
#[derive(Debug, Args)]
pub struct ProxyArgs {
    #[command(flatten)]
    pub pod: PodFlags,
    /// The component dashboard UI port.
    #[arg(long = "ui-port", default_value_t = 15000, value_name = "PORT", allow_negative_numbers = true)]
    pub ui_port: i64,
}

/// `controlz`: an istiod pod by name, selector or revision.
#[derive(Debug, Args)]
pub struct ControlzArgs {
    #[command(flatten)]
    pub istiod: IstiodFlags,
    /// ControlZ port
    #[arg(long = "ctrlz_port", default_value_t = 9876, value_name = "PORT", allow_negative_numbers = true)]
    pub ctrlz_port: i64,
}

#[derive(Debug, Subcommand)]
pub enum DashboardCommand {
    /// Open Kiali web UI
    #[command(after_help = "Examples:\n  istioctl dashboard kiali\n  istioctl dashboard kiali -n istio-system -p 20002 --browser=false")]
    Kiali(KialiArgs),
    /// Open Prometheus web UI
    #[command(after_help = "Examples:\n  istioctl dashboard prometheus\n  istioctl d prometheus --address 0.0.0.0")]
    Prometheus(PrometheusArgs),
    /// Open Grafana web UI
    #[command(after_help = "Examples:\n  istioctl dashboard grafana\n  istioctl dashboard grafana -p 3001")]
    Grafana(GrafanaArgs),
    /// Open Jaeger web UI
    #[command(after_help = "Examples:\n  istioctl dashboard jaeger")]
    Jaeger(JaegerArgs),
    /// Open Zipkin web UI
    #[command(after_help = "Examples:\n  istioctl dashboard zipkin")]
    Zipkin(ZipkinArgs),
    /// Open SkyWalking UI
    #[command(after_help = "Examples:\n  istioctl dashboard skywalking")]
    Skywalking(SkywalkingArgs),
    /// Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)
    #[command(after_help = "Examples:\n  istioctl dashboard proxy productpage-123-456.default\n  istioctl dashboard proxy deployment/productpage-v1 -n default")]
    Proxy(ProxyArgs),
    /// Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)
    #[command(after_help = "Examples:\n  istioctl dashboard envoy productpage-123-456.default")]
    Envoy(ProxyArgs),
    /// Open ControlZ web UI of an istiod pod
    #[command(after_help = "Examples:\n  istioctl dashboard controlz deployment/istiod.istio-system\n  istioctl dashboard controlz --revision canary")]
    Controlz(ControlzArgs),
    /// Open the debug web UI of an istiod pod
    #[command(name = "istiod-debug")]
    #[command(after_help = "Examples:\n  istioctl dashboard istiod-debug deployment/istiod.istio-system")]
    IstiodDebug(IstiodFlags),
}
