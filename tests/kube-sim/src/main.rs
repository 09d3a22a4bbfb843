//! The `kube-sim` command: parse flags, start the simulator, print `listening on <URL>` as the
//! first stdout line, serve until SIGINT/SIGTERM.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

const USAGE: &str = "usage: kube-sim --kubeconfig FILE [--port N] [--tls] [--token T] [--nodes N] [--ready-after MS] [--fault-rate F] [--seed S] [--no-aggregated-discovery] [--deny RESOURCE]...";

fn parse() -> Result<(kube_sim::Options, PathBuf), String> {
    let mut opts = kube_sim::Options::default();
    let mut kubeconfig = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| args.next()).ok_or_else(|| format!("{name} needs a value"));
        let num = |name: &str, v: String| v.parse::<u64>().map_err(|_| format!("{name}: not a number: {v}"));
        match flag.as_str() {
            "--kubeconfig" => kubeconfig = Some(PathBuf::from(value("--kubeconfig")?)),
            "--port" => opts.port = num("--port", value("--port")?)? as u16,
            "--tls" => opts.tls = true,
            "--token" => opts.token = Some(value("--token")?),
            "--nodes" => opts.nodes = num("--nodes", value("--nodes")?)? as usize,
            "--ready-after" => opts.ready_after = Duration::from_millis(num("--ready-after", value("--ready-after")?)?),
            "--fault-rate" => {
                let v = value("--fault-rate")?;
                opts.fault_rate = v.parse::<f64>().ok().filter(|f| (0.0..=1.0).contains(f)).ok_or_else(|| format!("--fault-rate: expected 0..1, got {v}"))?;
            }
            "--seed" => opts.seed = num("--seed", value("--seed")?)?,
            "--no-aggregated-discovery" => opts.aggregated_discovery = false,
            "--deny" => opts.deny.push(value("--deny")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let kubeconfig = kubeconfig.ok_or("--kubeconfig is required")?;
    Ok((opts, kubeconfig))
}

fn main() {
    let (opts, kubeconfig) = match parse() {
        Ok(x) => x,
        Err(e) => {
            if e.is_empty() {
                println!("{USAGE}");
                return;
            }
            eprintln!("kube-sim: {e}\n{USAGE}");
            std::process::exit(64);
        }
    };
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("tokio runtime");
    // Register the signal handlers before the URL is announced, so a prompt SIGTERM is caught.
    let (mut term, mut int) = {
        let _guard = rt.enter();
        use tokio::signal::unix::{SignalKind, signal};
        (signal(SignalKind::terminate()).expect("SIGTERM handler"), signal(SignalKind::interrupt()).expect("SIGINT handler"))
    };
    let result = rt.block_on(kube_sim::run_until(
        opts,
        &kubeconfig,
        |url| {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "listening on {url}");
            let _ = out.flush();
        },
        async move {
            tokio::select! {
                _ = term.recv() => {},
                _ = int.recv() => {},
            }
        },
    ));
    if let Err(e) = result {
        eprintln!("kube-sim: {e}");
        std::process::exit(1);
    }
}
