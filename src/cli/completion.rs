//! Shell completion scripts generated from the command tree by clap_complete (bash, zsh, fish,
//! powershell), with or without the help text. Pure text; `commands::completion` prints it.

use super::{NoDescriptions, Shell};

/// The completion script for one shell; `--no-descriptions` generates from a tree whose
/// commands and flags carry no help text.
pub fn script(shell: Shell) -> String {
    use clap_complete::Shell as S;
    let (target, NoDescriptions { no_descriptions }) = match shell {
        Shell::Bash(o) => (S::Bash, o),
        Shell::Zsh(o) => (S::Zsh, o),
        Shell::Fish(o) => (S::Fish, o),
        Shell::Powershell(o) => (S::PowerShell, o),
    };
    let mut cmd = super::command();
    if no_descriptions {
        cmd = strip_help(cmd);
    }
    let mut buf = Vec::new();
    clap_complete::generate(target, &mut cmd, "istioctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn strip_help(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .about(None::<&str>)
        .long_about(None::<&str>)
        .mut_args(|a| a.help(None::<&str>).long_help(None::<&str>));
    cmd.mut_subcommands(strip_help)
}
