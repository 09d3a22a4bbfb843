//! One file per command: take resolved settings, call the domain modules, hand results to
//! `output`. The dispatch below is the one place parsed flags become settings (through
//! `settings/`) and the one place an alias (`manifest install`) is routed. No printing here, and
//! no command module imports another (a test holds it).

mod analyze;
mod completion;
mod dashboard;
mod install;
mod manifest;
mod namespace;
mod kube_inject;
mod profile;
mod tag;
mod uninstall;
mod validate;
mod verify;
mod version;
mod waypoint;

use crate::cli::manifest::{ManifestArgs, ManifestCommand};
use crate::cli::profile::{ProfileArgs, ProfileCommand, ProfileListArgs};
use crate::cli::{Cli, Command};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::settings::dashboard::DashboardSettings;
use crate::settings::{
    self, AnalyzeSettings, ClusterSettings, GenerateSettings, InstallMode, InstallSettings, KubeInjectSettings,
    ProfileDiffSettings,
    ProfileDumpSettings, UninstallSettings, VerifySettings,
};

/// Resolves the settings of a parsed command line and runs its command.
pub async fn run(cli: Cli, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let Cli { global, command } = cli;
    let global = ClusterSettings::resolve(global);
    match command {
        Command::Analyze(args) => analyze::run(&global, AnalyzeSettings::resolve(args)?, printer).await,
        Command::Validate(args) => validate::run(&global, args, printer),
        Command::Version(args) => version::run(&global, args, printer).await,
        Command::Completion(args) => completion::run(args, printer),
        Command::Namespace(args) => namespace::run(&global, args, printer).await,
        Command::Manifest(ManifestArgs { command: ManifestCommand::Generate(args) }) => {
            manifest::generate(&global, GenerateSettings::resolve(args)?, printer).await
        }
        Command::Install(args)
        | Command::Manifest(ManifestArgs { command: ManifestCommand::Install(args) }) => {
            install::run(&global, InstallSettings::resolve(args, InstallMode::Install)?, printer).await
        }
        Command::Upgrade(args) => {
            install::run(&global, InstallSettings::resolve(args, InstallMode::Upgrade)?, printer).await
        }
        Command::KubeInject(args) => kube_inject::run(&global, KubeInjectSettings::resolve(*args), printer).await,
        Command::Uninstall(args) => uninstall::run(&global, UninstallSettings::resolve(args), printer).await,
        Command::VerifyInstall(args) => verify::run(&global, VerifySettings::resolve(args)?, printer).await,
        Command::Profile(ProfileArgs { command }) => match command {
            ProfileCommand::List(ProfileListArgs { manifests }) => {
                profile::list(settings::manifests_dir(manifests), printer)
            }
            ProfileCommand::Dump(args) => profile::dump(ProfileDumpSettings::resolve(args)?, printer),
            ProfileCommand::Diff(args) => profile::diff(ProfileDiffSettings::resolve(args), printer),
        },
        Command::Tag(args) => tag::run(&global, args, printer).await,
        Command::Waypoint(args) => waypoint::run(&global, args, printer).await,
        Command::Dashboard(args) => dashboard::run(&global, DashboardSettings::resolve(args)?, printer).await,
    }
}

#[cfg(test)]
mod tests {
    /// Every command module, read from the source tree.
    fn command_sources() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if name != "mod" && path.extension().is_some_and(|e| e == "rs") {
                out.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
        out
    }

    #[test]
    fn no_command_imports_another() {
        let sources = command_sources();
        assert!(sources.len() >= 10, "expected the command modules, found {}", sources.len());
        let names: Vec<&str> = sources.iter().map(|(n, _)| n.as_str()).collect();
        for (name, text) in &sources {
            for other in names.iter().filter(|o| *o != name) {
                for pattern in [format!("super::{other}"), format!("commands::{other}")] {
                    assert!(
                        !text.contains(&pattern),
                        "src/commands/{name}.rs uses `{pattern}`: move the shared step to its pipeline module"
                    );
                }
            }
            let outside_tests = text.replace("use super::*;", "");
            assert!(
                !outside_tests.contains("super::"),
                "src/commands/{name}.rs reaches into commands/mod.rs; take settings instead"
            );
            assert!(!text.contains("clap::"), "src/commands/{name}.rs uses clap");
        }
    }
}
