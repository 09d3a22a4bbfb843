//! Opening a URL in the user's browser without waiting for it: `$BROWSER` first (a list of
//! commands separated like PATH; `%s` marks where the URL goes, else it is appended), then the
//! platform opener (`xdg-open`, `open`, `rundll32`). On a machine without a display it does not
//! try. It never prints; the caller reports the [`Launch`] outcome.

use std::process::{Command, Stdio};

/// What happened when asked to open a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// This command was started (not waited for).
    Started(String),
    /// Nothing was tried: the reason there is no display.
    NoDisplay(&'static str),
    /// Every candidate failed to start: the last error.
    Failed(String),
}

/// Reads one environment variable (tests pass their own).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

fn set(env: Env<'_>, name: &str) -> bool {
    env(name).is_some_and(|v| !v.is_empty())
}

/// Why a browser cannot be shown here, if so: an SSH session, or Linux/BSD without X11 or Wayland.
pub fn no_display(env: Env<'_>, os: &str) -> Option<&'static str> {
    if set(env, "SSH_CONNECTION") || set(env, "SSH_CLIENT") || set(env, "SSH_TTY") {
        return Some("this is an SSH session");
    }
    let unix_desktop = !matches!(os, "macos" | "windows" | "ios" | "android");
    if unix_desktop && !set(env, "DISPLAY") && !set(env, "WAYLAND_DISPLAY") {
        return Some("neither DISPLAY nor WAYLAND_DISPLAY is set");
    }
    None
}

/// The commands to try, in order, each as program + arguments with the URL in place.
pub fn candidates(env: Env<'_>, os: &str, url: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let sep = if os == "windows" { ';' } else { ':' };
    for entry in env("BROWSER").unwrap_or_default().split(sep).map(str::trim).filter(|e| !e.is_empty()) {
        let mut argv: Vec<String> = entry.split_whitespace().map(|w| w.replace("%s", url)).collect();
        if !entry.contains("%s") {
            argv.push(url.to_string());
        }
        out.push(argv);
    }
    let platform: Vec<String> = match os {
        "macos" => vec!["open".into(), url.into()],
        "windows" => vec!["rundll32".into(), "url.dll,FileProtocolHandler".into(), url.into()],
        _ => vec!["xdg-open".into(), url.into()],
    };
    out.push(platform);
    out
}

/// Opens `url` with the first candidate that starts, detached from our stdio; a background
/// thread reaps it so it never lingers as a zombie, and our exit does not stop it.
pub fn open(url: &str) -> Launch {
    let env = |k: &str| std::env::var(k).ok();
    open_with(&env, std::env::consts::OS, url)
}

pub fn open_with(env: Env<'_>, os: &str, url: &str) -> Launch {
    if let Some(why) = no_display(env, os) {
        return Launch::NoDisplay(why);
    }
    let mut last = String::from("no browser command");
    for argv in candidates(env, os, url) {
        let child = Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match child {
            Ok(mut c) => {
                std::thread::spawn(move || c.wait());
                return Launch::Started(argv.join(" "));
            }
            Err(e) => last = format!("{}: {e}", argv[0]),
        }
    }
    Launch::Failed(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn browser_variable_comes_first_with_url_placement() {
        let e = env(&[("BROWSER", "firefox --new-tab:my-open %s now")]);
        let c = candidates(&e, "linux", "http://localhost:1");
        assert_eq!(c[0], vec!["firefox", "--new-tab", "http://localhost:1"]);
        assert_eq!(c[1], vec!["my-open", "http://localhost:1", "now"]);
        assert_eq!(c[2], vec!["xdg-open", "http://localhost:1"]);
        assert_eq!(candidates(&env(&[]), "macos", "u")[0], vec!["open", "u"]);
    }

    #[test]
    fn headless_linux_and_ssh_do_not_launch() {
        assert!(no_display(&env(&[]), "linux").is_some());
        assert!(no_display(&env(&[("DISPLAY", ":0")]), "linux").is_none());
        assert!(no_display(&env(&[("WAYLAND_DISPLAY", "wayland-0")]), "linux").is_none());
        assert!(no_display(&env(&[("DISPLAY", ":0"), ("SSH_CONNECTION", "1 2 3 4")]), "linux").is_some());
        assert!(no_display(&env(&[]), "macos").is_none());
        assert_eq!(
            open_with(&env(&[("BROWSER", "/bin/true")]), "linux", "u"),
            Launch::NoDisplay("neither DISPLAY nor WAYLAND_DISPLAY is set")
        );
    }

    #[test]
    fn a_missing_program_falls_through_to_the_next() {
        let e = env(&[("DISPLAY", ":0"), ("BROWSER", "/nonexistent/browser:/bin/true")]);
        assert_eq!(open_with(&e, "linux", "http://x"), Launch::Started("/bin/true http://x".into()));
    }
}
