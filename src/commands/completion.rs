//! `istioctl completion <shell>`: prints the script `cli::completion` generates from the
//! command tree.

use crate::cli::CompletionArgs;
use crate::error::ExitStatus;
use crate::output::Printer;

pub fn run(args: CompletionArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    printer.out(&crate::cli::completion::script(args.shell))?;
    Ok(ExitStatus::Success)
}
