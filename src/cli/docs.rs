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
    out
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
