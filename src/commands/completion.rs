//! `istioctl completion <shell>`: the shell script clap_complete generates from the command tree.

use crate::cli::{CompletionArgs, Shell};
use crate::error::ExitStatus;
use crate::output::Printer;

pub fn run(args: CompletionArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    printer.out(&script(args.shell))?;
    Ok(ExitStatus::Success)
}

/// The completion script for one shell; `--no-descriptions` generates from a tree whose
/// commands and flags carry no help text.
pub fn script(shell: Shell) -> String {
    use clap_complete::Shell as S;
    let (target, opts) = match shell {
        Shell::Bash(o) => (S::Bash, o),
        Shell::Zsh(o) => (S::Zsh, o),
        Shell::Fish(o) => (S::Fish, o),
        Shell::Powershell(o) => (S::PowerShell, o),
    };
    let mut cmd = crate::cli::command();
    if opts.no_descriptions {
        cmd = strip_help(cmd);
    }
    let mut buf = Vec::new();
    clap_complete::generate(target, &mut cmd, "istioctl", &mut buf);
    String::from_utf8(buf).expect("clap_complete writes UTF-8")
}

fn strip_help(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.about(None::<&str>).long_about(None::<&str>).mut_args(|a| a.help(None::<&str>).long_help(None::<&str>));
    cmd.mut_subcommands(strip_help)
}
