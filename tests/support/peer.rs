//! Starting a test peer, a server from `peers/` on 127.0.0.1, so that it
//! dies with the test binary: it runs under `peers/supervise.mjs`, whose
//! stdin is a pipe held by the returned [`Peer`], kept in a static until the
//! test binary exits (however it exits), when the pipe reaches EOF and the
//! supervisor stops the peer. Its output goes to a log file whose last lines
//! the panic message shows when it cannot be started.

#![allow(dead_code)]

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// How many ports to try when a peer cannot bind the one it was given.
pub const BIND_ATTEMPTS: usize = 4;

/// A running peer; lives until the test binary exits.
pub struct Peer {
    url: String,
    log: PathBuf,
    /// The supervisor process; never waited for, it goes with us.
    _supervisor: Child,
    /// The supervisor's stdin: it stops the peer when this pipe closes, which
    /// happens when the test binary exits, however it exits.
    _lifeline: ChildStdin,
}

impl Peer {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The file holding the peer's output.
    pub fn log(&self) -> &Path {
        &self.log
    }
}

/// What to start, and the words to name it in messages.
pub struct Launch<'a> {
    /// Who, at the start of the panic message: `Prism (static mode)`.
    pub title: &'a str,
    /// Who, within messages: `Prism` ("Prism exited", "Prism's output").
    pub name: &'a str,
    /// What `scripts/test` installs for it, for the panic message.
    pub installs: &'a str,
    /// The log file is `<test binary>-<log_name>.log` in the target's tmp dir.
    pub log_name: &'a str,
    /// Files it needs (the supervisor is always checked, after these).
    pub needed: &'a [PathBuf],
    /// What it does once ready, as a verb ("answer") and a gerund
    /// ("answering"), for the timeout and early-exit messages.
    pub ready_verb: &'a str,
    pub ready_gerund: &'a str,
    /// How long it may take to become ready.
    pub timeout: Duration,
}

/// The peers' directory, `peers/` at the root of the package.
pub fn peers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("peers")
}

/// The value `start` left in `cell`, starting it on first call; panics, on
/// every call, with the message of a failed start, so that after a failure
/// every test fails at once with the same message instead of retrying.
#[track_caller]
pub fn once<T>(
    cell: &'static OnceLock<Result<T, String>>,
    start: impl FnOnce() -> Result<T, String>,
) -> &'static T {
    match cell.get_or_init(start) {
        Ok(value) => value,
        Err(message) => panic!("{message}"),
    }
}

/// Starts a peer on a free 127.0.0.1 port, trying another port if it loses
/// the one it was given to another process (`EADDRINUSE` in its output).
///
/// `command(port)` is the program and arguments to run under the supervisor,
/// from `peers/`. `ready(url, output)` is asked, about every 100 ms, with
/// everything the peer has written so far, whether it is ready: `Ok(Some)`
/// ends the wait, `Err` gives up.
pub fn start<T>(
    launch: &Launch<'_>,
    command: impl Fn(u16) -> Vec<OsString>,
    mut ready: impl FnMut(&str, &str) -> Result<Option<T>, String>,
) -> Result<(Peer, T), String> {
    let peers = peers_dir();
    let supervise = peers.join("supervise.mjs");
    for needed in launch.needed.iter().chain([&supervise]) {
        if !needed.exists() {
            return Err(format!(
                "the test peers are not installed: {} is missing; \
                 run `scripts/test` (which runs `scripts/install-peers`)",
                needed.display()
            ));
        }
    }
    let exe = std::env::current_exe().ok();
    let binary = exe
        .as_deref()
        .and_then(Path::file_stem)
        .and_then(|s| s.to_str())
        .unwrap_or("tests");
    let log =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{binary}-{}.log", launch.log_name));

    let mut failures = Vec::new();
    for _ in 0..BIND_ATTEMPTS {
        match attempt(launch, &peers, &supervise, &log, &command, &mut ready) {
            Ok(started) => return Ok(started),
            Err(Failure::PortTaken(port)) => failures.push(format!("port {port} was taken")),
            Err(Failure::Fatal(reason)) => {
                return Err(startup_error(launch, &reason, &failures, &log));
            }
        }
    }
    Err(startup_error(
        launch,
        "no port could be bound",
        &failures,
        &log,
    ))
}

/// Why one attempt to start a peer failed.
enum Failure {
    /// The peer could not listen on this port: try another.
    PortTaken(u16),
    /// Anything else: give up.
    Fatal(String),
}

/// Starts the peer once on a port free a moment ago and waits until it is
/// ready.
fn attempt<T>(
    launch: &Launch<'_>,
    peers: &Path,
    supervise: &Path,
    log: &Path,
    command: &impl Fn(u16) -> Vec<OsString>,
    ready: &mut impl FnMut(&str, &str) -> Result<Option<T>, String>,
) -> Result<(Peer, T), Failure> {
    let port =
        free_port().map_err(|e| Failure::Fatal(format!("no free port on 127.0.0.1: {e}")))?;
    let url = format!("http://127.0.0.1:{port}");
    let output = File::create(log)
        .map_err(|e| Failure::Fatal(format!("cannot create {}: {e}", log.display())))?;
    let errors = output
        .try_clone()
        .map_err(|e| Failure::Fatal(format!("cannot share {}: {e}", log.display())))?;

    let mut supervisor = Command::new("node")
        .arg(supervise)
        .args(command(port))
        .current_dir(peers)
        .stdin(Stdio::piped())
        .stdout(output)
        .stderr(errors)
        .spawn()
        .map_err(|e| Failure::Fatal(format!("cannot run `node` (is Node.js installed?): {e}")))?;
    let lifeline = supervisor.stdin.take().expect("stdin is piped");
    // Closing its stdin makes the supervisor stop the peer.
    let stop = |mut supervisor: Child, lifeline: ChildStdin| {
        drop(lifeline);
        let _ = supervisor.wait();
    };

    let deadline = Instant::now() + launch.timeout;
    loop {
        if let Ok(Some(status)) = supervisor.try_wait() {
            let output = fs::read_to_string(log).unwrap_or_default();
            return Err(if output.contains("EADDRINUSE") {
                Failure::PortTaken(port)
            } else {
                Failure::Fatal(format!(
                    "{} exited ({status}) before {}",
                    launch.name, launch.ready_gerund
                ))
            });
        }
        let output = fs::read_to_string(log).unwrap_or_default();
        match ready(&url, &output) {
            Ok(Some(value)) => {
                let peer = Peer {
                    url,
                    log: log.to_owned(),
                    _supervisor: supervisor,
                    _lifeline: lifeline,
                };
                return Ok((peer, value));
            }
            Ok(None) => {}
            Err(reason) => {
                stop(supervisor, lifeline);
                return Err(Failure::Fatal(reason));
            }
        }
        if Instant::now() >= deadline {
            stop(supervisor, lifeline);
            return Err(Failure::Fatal(format!(
                "{} did not {} on {url} within {} s",
                launch.name,
                launch.ready_verb,
                launch.timeout.as_secs()
            )));
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// A port that was free on 127.0.0.1 a moment ago.
pub fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The last `count` lines of `log` (empty if it cannot be read).
pub fn log_tail(log: &Path, count: usize) -> String {
    let mut output = String::new();
    if let Ok(mut file) = File::open(log) {
        let _ = file.read_to_string(&mut output);
    }
    let lines: Vec<&str> = output.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

/// The panic message for a peer that would not start: what failed, what to
/// do, and the end of its output.
fn startup_error(launch: &Launch<'_>, reason: &str, failures: &[String], log: &Path) -> String {
    let tail = log_tail(log, 30);
    let earlier = if failures.is_empty() {
        String::new()
    } else {
        format!(" (earlier attempts: {})", failures.join(", "))
    };
    format!(
        "{} could not be started: {reason}{earlier}.\n\
         Run `scripts/test`, which installs the test peers ({}) before \
         running the tests.\n\
         Last lines of {}'s output ({}):\n{tail}",
        launch.title,
        launch.installs,
        launch.name,
        log.display()
    )
}
