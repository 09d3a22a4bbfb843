//! The kube-sim process a benchmark measures: started from the built binary with a temporary
//! kubeconfig, its URL read from the first stdout line, its peak memory read from /proc, stopped
//! with SIGTERM when dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct SimProcess {
    pub url: String,
    child: Child,
    _dir: tempfile::TempDir,
}

impl SimProcess {
    pub fn start(extra_args: &[&str]) -> SimProcess {
        let dir = tempfile::tempdir().unwrap();
        let kc = dir.path().join("kubeconfig");
        let mut child = Command::new(env!("CARGO_BIN_EXE_kube-sim"))
            .args(["--kubeconfig", kc.to_str().unwrap()])
            .args(extra_args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start kube-sim");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().strip_prefix("listening on ").expect("listening line").to_string();
        SimProcess { url, child, _dir: dir }
    }

    pub fn client(&self) -> kube::Client {
        kube::Client::try_from(kube::Config::new(self.url.parse().unwrap())).unwrap()
    }

    /// Peak resident memory (VmHWM) in KiB.
    pub fn peak_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap_or("");
        line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0)
    }
}

impl Drop for SimProcess {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
    }
}
