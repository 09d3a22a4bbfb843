//! `istioctl validate`: read the given files, check every document, report as upstream does.

use crate::cli::{Global, ValidateArgs};
use crate::error::{ExitStatus, Failure};
use crate::output::Printer;

pub fn run(_global: &Global, args: ValidateArgs, _printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    if args.filename.is_empty() {
        return Err(Failure::usage("--filename is required: give the files or directories to validate with -f").into());
    }
    anyhow::bail!("validate: not implemented yet")
}
