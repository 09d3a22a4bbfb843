//! Entry point: parse the command line, run the command on a tokio runtime, exit with
//! upstream's status codes. Everything else lives in the library.

use istioctl::output::Printer;

/// mimalloc: loading and analyzing allocate millions of small objects from several threads,
/// where glibc's allocator spent about 40 % of `analyze`'s time (measured with perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its number in the (v3) `mimalloc.h` that the locked
/// libmimalloc-sys builds; the Rust bindings do not name it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // Freed memory goes back to the system after 1 ms instead of mimalloc's 1 s: loading frees
    // large temporary trees, and returning them promptly keeps `analyze`'s peak RSS about 30 MB
    // lower on a 20 MB input (measured), with speed within the noise.
    // SAFETY: sets a plain integer option, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
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
    small_pages();
    // One thread: the commands wait on the network, not the CPU (analyze and kube-inject run
    // their own threads), and worker threads cost a command's start-up about 0.3 ms (measured).
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    let status = runtime.block_on(istioctl::run(cli, &mut printer));
    let _ = printer.flush();
    drop(runtime);
    std::process::exit(status.code());
}

/// Transparent huge pages (mimalloc asks for them) are turned off for the process; pages
/// already mapped keep their size, later faults take 4 KiB. On the few megabytes most commands
/// use they double peak RSS (a demo render: 18 -> 36 MiB, against a 30 MiB target). On analyze's
/// gigabyte heaps the kernel's huge-page faults and compaction cost more than the faults they
/// save: a 200 MB analyze took 10.5 s with them and 9.0 s without (system time 4.2-5.0 s ->
/// 2.0 s), while 20 MB analyze, validate and kube-inject stayed within the noise (alternating
/// runs, 2-core VM, kernel 6.18, THP `madvise`).
fn small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with integer arguments only; it changes this process's paging policy.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
