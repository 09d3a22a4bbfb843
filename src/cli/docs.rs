//! `docs/cli.md`, generated from the clap tree so the reference can never drift from the
//! parser; a test fails when the committed file is stale.

use clap::Command;

/// Markdown reference for every visible command, depth first, in declaration order.
pub fn markdown(root: &Command) -> String {
    let mut out = String::from(
        "# istioctl command reference\n\n\
         Generated from the command-line definition (`ISTIOCTL_BLESS=1 cargo test` rewrites it);\n\
         do not edit by hand.\n",
    );
    let mut root = root.clone();
    root.build();
    write_command(&mut out, &root, &[], &[]);
    write_exit_paths(&mut out);
    out
}

/// One way `istioctl` ends, with upstream's exit status (spec §0.4). A test runs every row
/// that needs no cluster (`offline`) and checks the status.
#[derive(Debug, Clone, Copy)]
pub struct ExitPath {
    pub args: &'static [&'static str],
    pub code: i32,
    pub what: &'static str,
}

/// Every exit path, by status. Rows run offline: no kubeconfig exists in the test's HOME.
pub const EXIT_PATHS: &[ExitPath] = &[
    ExitPath { args: &["--help"], code: 0, what: "help (also `-h` on any command)" },
    ExitPath { args: &["version", "--remote=false"], code: 0, what: "success" },
    ExitPath { args: &["profile", "diff", "default", "default"], code: 0, what: "`profile diff`: identical" },
    ExitPath {
        args: &["version", "-o", "json"],
        code: 0,
        what: "`version` when the cluster cannot be asked (client part printed, note on stderr)",
    },
    ExitPath {
        args: &["profile", "diff", "default", "demo"],
        code: 1,
        what: "`profile diff`: the profiles differ",
    },
    ExitPath { args: &["manifest", "generate", "--set", "profile=nosuch"], code: 1, what: "unknown profile" },
    ExitPath {
        args: &["manifest", "generate", "-f", "/nonexistent/iop.yaml"],
        code: 1,
        what: "unreadable `-f` file",
    },
    ExitPath {
        args: &["manifest", "generate", "--set", "values.pilot.autoscaleEnabled=maybe"],
        code: 1,
        what: "invalid IstioOperator (wrong type, unknown field)",
    },
    ExitPath { args: &["manifest", "generate", "--set", "foo"], code: 1, what: "`--set` without `=`" },
    ExitPath {
        args: &["manifest", "generate", "-f", "-", "-f", "/nonexistent/iop.yaml"],
        code: 1,
        what: "`-f -` (stdin) not last",
    },
    ExitPath {
        args: &["install", "-r", "Bad_Rev", "-y"],
        code: 1,
        what: "install: revision not a DNS-1123 label",
    },
    ExitPath {
        args: &["install", "-y", "--kubeconfig", "/nonexistent/kubeconfig"],
        code: 1,
        what: "unreadable kubeconfig or unreachable cluster (any cluster command)",
    },
    ExitPath {
        args: &["uninstall"],
        code: 1,
        what: "uninstall without `--revision`, `--filename` or `--purge`",
    },
    ExitPath { args: &["validate"], code: 1, what: "validate without `-f`" },
    ExitPath {
        args: &["validate", "-f", "/nonexistent/config.yaml"],
        code: 1,
        what: "validate: an input is invalid or unreadable",
    },
    ExitPath {
        args: &["tag", "set", "prod"],
        code: 1,
        what: "a required flag is missing (`required flag(s) \"revision\" not set` upstream)",
    },
    ExitPath {
        args: &["namespace", "waypoint", "apps", "--name", "w", "--none"],
        code: 1,
        what: "mutually exclusive flags",
    },
    ExitPath {
        args: &["waypoint", "generate", "--name", "none"],
        code: 1,
        what: "a flag value the command refuses (reserved waypoint name)",
    },
    ExitPath { args: &["--no-such-flag"], code: 64, what: "unknown flag" },
    ExitPath { args: &["no-such-command"], code: 64, what: "unknown command" },
    ExitPath {
        args: &["validate", "config.yaml"],
        code: 64,
        what: "an argument to a command that takes none (`unknown command` upstream)",
    },
    ExitPath {
        args: &["version", "--kubeclient-timeout", "soon"],
        code: 64,
        what: "a flag value the parser rejects: duration",
    },
    ExitPath {
        args: &["install", "--readiness-timeout", "-5s"],
        code: 64,
        what: "a flag value the parser rejects: negative duration",
    },
    ExitPath {
        args: &["tag", "list", "-o", "xml"],
        code: 64,
        what: "a flag value the parser rejects: output format",
    },
];

fn write_exit_paths(out: &mut String) {
    out.push_str(
        "\n## Exit status\n\nUpstream's values (0 success, 1 any failure a command returns, 64 a command line the \
         parser rejects; 65 and 79 belong to `analyze`, not yet here). A broken pipe on stdout exits 0.\n\n\
         | status | when | example |\n|---|---|---|\n",
    );
    for p in EXIT_PATHS {
        out.push_str(&format!("| {} | {} | `istioctl {}` |\n", p.code, p.what, p.args.join(" ")));
    }
}

/// `inherited`: ids of the global flags an ancestor already documents (shown once, where declared).
fn write_command(out: &mut String, cmd: &Command, parents: &[&str], inherited: &[String]) {
    let mut path: Vec<&str> = parents.to_vec();
    path.push(cmd.get_name());
    let full = path.join(" ");
    out.push_str(&format!("\n## `{full}`\n\n"));
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        out.push_str(&format!("{about}\n\n"));
    }
    let aliases: Vec<&str> = cmd.get_visible_aliases().collect();
    if !aliases.is_empty() {
        out.push_str(&format!("Aliases: {}\n\n", aliases.join(", ")));
    }
    let usage = cmd.clone().render_usage().to_string();
    out.push_str(&format!("```\n{}\n```\n", usage.trim_start_matches("Usage: ")));
    let args: Vec<_> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && a.get_id() != "help" && !inherited.iter().any(|i| i == a.get_id().as_str()))
        .collect();
    let mut below: Vec<String> = inherited.to_vec();
    below.extend(cmd.get_arguments().filter(|a| a.is_global_set()).map(|a| a.get_id().to_string()));
    if !args.is_empty() {
        out.push_str("\n| flag | meaning | default |\n|---|---|---|\n");
        for a in args {
            let mut name = String::new();
            if let Some(s) = a.get_short() {
                name.push_str(&format!("-{s}, "));
            }
            match a.get_long() {
                Some(l) => name.push_str(&format!("--{l}")),
                None => name.push_str(&format!("<{}>", a.get_id())),
            }
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let defaults: Vec<String> =
                a.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
            out.push_str(&format!("| `{name}` | {help} | {} |\n", defaults.join(",")));
        }
    }
    if let Some(after) = cmd.get_after_help() {
        out.push_str(&format!("\n{after}\n"));
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        write_command(out, sub, &path, &below);
    }
}
