//! Shell completion on clap_complete's dynamic engine: `completion <shell>` prints a short
//! registration script that calls `istioctl` back on every TAB (with `ISTIOCTL_COMPLETE` set),
//! and [`complete_from_env`] answers those calls from the command tree, with the cluster-backed
//! candidates of `crate::candidates` attached to the flags here. Wiring only; no look-ups here.

use clap::ValueHint;
use clap_complete::engine::{
    ArgValueCandidates, ArgValueCompleter, CompletionCandidate, PathCompleter, ValueCompleter,
};
use clap_complete::env::{Bash, CompleteEnv, EnvCompleter, Fish, Powershell, Zsh};

use super::{NoDescriptions, Shell};
use crate::candidates::{self, Typed};

/// Set by the registration scripts when the shell asks for candidates (value: the shell).
pub const VAR: &str = "ISTIOCTL_COMPLETE";
/// The same, for scripts generated with `--no-descriptions` (candidates carry no help text).
pub const VAR_PLAIN: &str = "ISTIOCTL_COMPLETE_PLAIN";

/// Flags whose value is a file or directory (they are plain strings to the parser).
const PATH_FLAGS: &[&str] = &[
    "filename",
    "kubeconfig",
    "manifests",
    "meshConfigFile",
    "injectConfigFile",
    "valuesFile",
    "operatorFileName",
    "cert-dir",
];

/// The registration script for one shell; `--no-descriptions` makes the completions it asks
/// for come without help text.
pub fn script(shell: Shell) -> String {
    let (target, NoDescriptions { no_descriptions }): (&dyn EnvCompleter, _) = match shell {
        Shell::Bash(o) => (&Bash, o),
        Shell::Zsh(o) => (&Zsh, o),
        Shell::Fish(o) => (&Fish, o),
        Shell::Powershell(o) => (&Powershell, o),
    };
    let var = if no_descriptions { VAR_PLAIN } else { VAR };
    let mut buf = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = target.write_registration(var, "istioctl", "istioctl", "istioctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Answers a completion request when the registration script made this call (`ISTIOCTL_COMPLETE`
/// or `ISTIOCTL_COMPLETE_PLAIN` set): writes the candidates to stdout and returns the exit code.
/// `None` for an ordinary run. A failed request prints nothing and exits 1.
pub fn complete_from_env() -> Option<i32> {
    // An ordinary run pays two environment look-ups, nothing more.
    if std::env::var_os(VAR).is_none() && std::env::var_os(VAR_PLAIN).is_none() {
        return None;
    }
    let cwd = std::env::current_dir().ok();
    for (var, plain) in [(VAR, false), (VAR_PLAIN, true)] {
        let factory = move || {
            let cmd = dynamic(super::command());
            if plain { strip_help(cmd) } else { cmd }
        };
        match CompleteEnv::with_factory(factory).var(var).try_complete(std::env::args_os(), cwd.as_deref()) {
            Ok(true) => return Some(0),
            Ok(false) => {}
            Err(_) => return Some(1),
        }
    }
    None
}

/// The command tree with the dynamic candidates attached: `-n`, `--context`, `-r`, `--set`,
/// path flags everywhere; tags on `tag remove`, waypoints on `waypoint delete` and `--name`,
/// profiles on `profile dump|diff`, namespaces on `namespace enable|disable|waypoint`.
pub fn dynamic(cmd: clap::Command) -> clap::Command {
    attach(cmd, String::new())
}

/// Attaches candidates to the args of `cmd`, found at `path` (the subcommand names below the
/// root, space-separated), and below it.
fn attach(cmd: clap::Command, path: String) -> clap::Command {
    let here = path.clone();
    let cmd = cmd.mut_args(move |a| {
        let by_long = match a.get_long() {
            Some("namespace") => Some(listed(candidates::namespaces)),
            Some("context" | "remote-contexts") => Some(listed(candidates::contexts)),
            Some("revision") => Some(listed(candidates::revisions)),
            Some("name") if here.starts_with("waypoint") || here == "namespace waypoint" => {
                Some(listed(candidates::waypoints))
            }
            Some("set") => {
                return a.add(ArgValueCompleter::new(|current: &std::ffi::OsStr| {
                    let typed = Typed::from_request();
                    candidates::set_values(&current.to_string_lossy(), &typed)
                        .into_iter()
                        .map(CompletionCandidate::new)
                        .collect::<Vec<_>>()
                }));
            }
            Some(long) if PATH_FLAGS.contains(&long) && a.get_value_hint() == ValueHint::Unknown => {
                return a.value_hint(ValueHint::AnyPath);
            }
            _ => None,
        };
        let by_position = match (here.as_str(), a.get_id().as_str()) {
            ("tag remove", "tag") => Some(listed(candidates::tags)),
            ("waypoint delete", "names") => Some(listed(candidates::waypoints)),
            ("profile dump", "profile") => Some(listed(candidates::profiles)),
            ("namespace enable" | "namespace disable", "namespaces")
            | ("namespace waypoint", "namespace") => Some(listed(candidates::namespaces)),
            ("profile diff", "a" | "b") => {
                // A profile name or an IstioOperator file.
                return a.add(ArgValueCompleter::new(|current: &std::ffi::OsStr| {
                    let text = current.to_string_lossy();
                    let mut out: Vec<CompletionCandidate> = candidates::profiles(&Typed::from_request())
                        .into_iter()
                        .filter(|p| p.starts_with(text.as_ref()))
                        .map(CompletionCandidate::new)
                        .collect();
                    out.extend(PathCompleter::any().complete(current));
                    out
                }));
            }
            ("analyze", "files") => return a.value_hint(ValueHint::AnyPath),
            _ => None,
        };
        match by_long.or(by_position) {
            Some(c) => a.add(c),
            None => a,
        }
    });
    cmd.mut_subcommands(move |sub| {
        let below =
            if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
        attach(sub, below)
    })
}

/// Candidates from a look-up over the words typed so far (the engine filters by prefix).
fn listed(lookup: fn(&Typed) -> Vec<String>) -> ArgValueCandidates {
    ArgValueCandidates::new(move || {
        lookup(&Typed::from_request()).into_iter().map(CompletionCandidate::new).collect()
    })
}

fn strip_help(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .about(None::<&str>)
        .long_about(None::<&str>)
        .mut_args(|a| a.help(None::<&str>).long_help(None::<&str>));
    cmd.mut_subcommands(strip_help)
}
