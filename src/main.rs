//! Entry point: parse the command line, run the command on a tokio runtime, exit with
//! upstream's status codes. Everything else lives in the library.

use istioctl::output::Printer;

/// mimalloc: loading and analyzing allocate millions of small objects from several threads,
/// where glibc's allocator spent about 40 % of `analyze`'s time (measured with perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // One TLS crypto provider for the whole process (kube's client uses rustls).
    let _ = rustls::crypto::ring::default_provider().install_default();
    // A shell asking for completions (the scripts `istioctl completion` prints) is answered here.
    if let Some(code) = istioctl::cli::completion::complete_from_env() {
        std::process::exit(code);
    }
    let mut printer = Printer::terminal();
    let cli = match istioctl::cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            let status = printer.clap_error(&e);
            std::process::exit(status.code());
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let status = runtime.block_on(istioctl::run(cli, &mut printer));
    let _ = printer.flush();
    drop(runtime);
    std::process::exit(status.code());
}
