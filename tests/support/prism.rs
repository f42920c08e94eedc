//! Prism, the OpenAPI mock server, serving Seam's official OpenAPI document
//! on 127.0.0.1, and a recording proxy in front of it that keeps Prism's
//! verdict on exactly what the client sent.
//!
//! One Prism per test binary and mode, started on first use through
//! `peers/supervise.mjs`, which stops it when the test binary exits (its stdin,
//! a pipe held in a static here, then reaches EOF). The peers come from
//! `scripts/install-peers`, which `scripts/test` runs: when they are missing
//! the tests fail, they are never skipped.

#![allow(dead_code)]

use std::fmt;
use std::fs::{self, File};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use super::server::{Action, Recorded, Reply, TestServer};

/// How long Prism may take to answer HTTP once started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
/// How many ports to try when Prism cannot bind the one it was given.
const BIND_ATTEMPTS: usize = 4;
/// How long the proxy waits for Prism's answer to one request.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(10);
/// The response header in which Prism reports what breaks the spec.
const VIOLATIONS_HEADER: &str = "sl-violations";

/// A running Prism; lives until the test binary exits.
pub struct Prism {
    url: String,
    log: PathBuf,
    /// The supervisor process; never waited for, it goes with us.
    _supervisor: Child,
    /// The supervisor's stdin: it stops Prism when this pipe closes, which
    /// happens when the test binary exits, however it exits.
    _lifeline: ChildStdin,
}

impl Prism {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The file holding Prism's output.
    pub fn log(&self) -> &Path {
        &self.log
    }
}

/// Whether Prism answers with the document's examples or makes up responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Responses are the document's examples (or built from its schemas).
    Static,
    /// `-d`: random responses valid against the document's schemas.
    Dynamic,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Static => "static",
            Mode::Dynamic => "dynamic",
        }
    }
}

/// The Prism of this test binary answering with the document's examples.
/// Started on first call; panics, on every call, if it cannot be started.
pub fn prism() -> &'static Prism {
    static PRISM: OnceLock<Result<Prism, String>> = OnceLock::new();
    shared(&PRISM, Mode::Static)
}

/// The Prism of this test binary making up random schema-valid responses
/// (`prism mock -d`). Started on first call; panics, on every call, if it
/// cannot be started.
pub fn prism_dynamic() -> &'static Prism {
    static PRISM: OnceLock<Result<Prism, String>> = OnceLock::new();
    shared(&PRISM, Mode::Dynamic)
}

/// Starts Prism once and keeps the outcome, so that after a failure every
/// test fails at once with the same message instead of retrying.
fn shared(cell: &'static OnceLock<Result<Prism, String>>, mode: Mode) -> &'static Prism {
    match cell.get_or_init(|| start(mode)) {
        Ok(prism) => prism,
        Err(message) => panic!("{message}"),
    }
}

/// Starts Prism on a free port, trying another port if it loses the one it
/// was given to another process.
fn start(mode: Mode) -> Result<Prism, String> {
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("peers");
    let prism_bin = peers.join("node_modules/.bin/prism");
    let spec = peers.join("openapi.json");
    let supervise = peers.join("supervise.mjs");
    for needed in [&prism_bin, &spec, &supervise] {
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
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{binary}-prism-{}.log", mode.name()));

    let mut failures = Vec::new();
    for _ in 0..BIND_ATTEMPTS {
        match attempt(mode, &peers, &supervise, &prism_bin, &spec, &log) {
            Ok(prism) => return Ok(prism),
            Err(Failure::PortTaken(port)) => failures.push(format!("port {port} was taken")),
            Err(Failure::Fatal(reason)) => {
                return Err(startup_error(mode, &reason, &failures, &log));
            }
        }
    }
    Err(startup_error(
        mode,
        "no port could be bound",
        &failures,
        &log,
    ))
}

/// Why one attempt to start Prism failed.
enum Failure {
    /// Prism could not listen on this port: try another.
    PortTaken(u16),
    /// Anything else: give up.
    Fatal(String),
}

/// Starts Prism once on a port free a moment ago and waits until it answers.
fn attempt(
    mode: Mode,
    peers: &Path,
    supervise: &Path,
    prism_bin: &Path,
    spec: &Path,
    log: &Path,
) -> Result<Prism, Failure> {
    let port =
        free_port().map_err(|e| Failure::Fatal(format!("no free port on 127.0.0.1: {e}")))?;
    let url = format!("http://127.0.0.1:{port}");
    let output = File::create(log)
        .map_err(|e| Failure::Fatal(format!("cannot create {}: {e}", log.display())))?;
    let errors = output
        .try_clone()
        .map_err(|e| Failure::Fatal(format!("cannot share {}: {e}", log.display())))?;

    let mut command = Command::new("node");
    command.arg(supervise).arg(prism_bin).args([
        "mock",
        "-h",
        "127.0.0.1",
        "-p",
        &port.to_string(),
    ]);
    if mode == Mode::Dynamic {
        command.arg("-d");
    }
    command
        .arg(spec)
        .current_dir(peers)
        .stdin(Stdio::piped())
        .stdout(output)
        .stderr(errors);
    let mut supervisor = command
        .spawn()
        .map_err(|e| Failure::Fatal(format!("cannot run `node` (is Node.js installed?): {e}")))?;
    let lifeline = supervisor.stdin.take().expect("stdin is piped");

    // Prism announces the port it listens on: only then can an answer on it
    // be trusted to be Prism's and not another server's that took the port
    // first (Prism then exits, unable to bind).
    let listening = format!("Prism is listening on {url}");
    let deadline = Instant::now() + STARTUP_TIMEOUT;
    let agent = agent(Duration::from_secs(2));
    loop {
        if let Ok(Some(status)) = supervisor.try_wait() {
            let output = fs::read_to_string(log).unwrap_or_default();
            return Err(if output.contains("EADDRINUSE") {
                Failure::PortTaken(port)
            } else {
                Failure::Fatal(format!("Prism exited ({status}) before answering"))
            });
        }
        if fs::read_to_string(log).is_ok_and(|output| output.contains(&listening))
            && agent.get(&url).call().is_ok()
        {
            return Ok(Prism {
                url,
                log: log.to_owned(),
                _supervisor: supervisor,
                _lifeline: lifeline,
            });
        }
        if Instant::now() >= deadline {
            // Closing its stdin makes the supervisor stop Prism.
            drop(lifeline);
            let _ = supervisor.wait();
            return Err(Failure::Fatal(format!(
                "Prism did not answer on {url} within {} s",
                STARTUP_TIMEOUT.as_secs()
            )));
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// A port that was free on 127.0.0.1 a moment ago.
fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The panic message for a Prism that would not start: what failed, what to
/// do, and the end of Prism's output.
fn startup_error(mode: Mode, reason: &str, failures: &[String], log: &Path) -> String {
    let mut output = String::new();
    if let Ok(mut file) = File::open(log) {
        let _ = file.read_to_string(&mut output);
    }
    let lines: Vec<&str> = output.lines().collect();
    let tail = lines[lines.len().saturating_sub(30)..].join("\n");
    let earlier = if failures.is_empty() {
        String::new()
    } else {
        format!(" (earlier attempts: {})", failures.join(", "))
    };
    format!(
        "Prism ({} mode) could not be started: {reason}{earlier}.\n\
         Run `scripts/test`, which installs the test peers (Prism and Seam's \
         OpenAPI document under peers/) before running the tests.\n\
         Last lines of Prism's output ({}):\n{tail}",
        mode.name(),
        log.display()
    )
}

/// An HTTP client that reads error statuses as answers.
fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .build()
        .new_agent()
}

/// One thing Prism found wrong, from its `sl-violations` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Where: `["request", "body", "user_identity_id"]`,
    /// `["request", "query", "limit"]`, or `["response", ...]` when Prism's
    /// own answer breaks the document (not the client's fault).
    pub location: Vec<String>,
    /// `Error` or `Warning`.
    pub severity: String,
    /// The failed check: `required`, `format`, `type`, `401`...
    pub code: String,
    /// Prism's explanation, naming the field.
    pub message: String,
}

impl Violation {
    /// Whether this is about what the client sent.
    pub fn is_request(&self) -> bool {
        self.location.first().is_some_and(|l| l == "request")
    }

    fn made_up(location: &[&str], code: &str, message: String) -> Violation {
        Violation {
            location: location.iter().map(|l| (*l).to_owned()).collect(),
            severity: "Error".into(),
            code: code.into(),
            message,
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{} {}]: {}",
            self.location.join("."),
            self.severity,
            self.code,
            self.message
        )
    }
}

/// Parses an `sl-violations` header leniently: any JSON value where a
/// string is expected is taken as its text.
fn parse_violations(header: &str) -> Vec<Violation> {
    fn text(value: Option<&serde_json::Value>) -> String {
        match value {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        }
    }
    match serde_json::from_str::<serde_json::Value>(header) {
        Ok(serde_json::Value::Array(items)) => items
            .iter()
            .map(|item| Violation {
                location: item
                    .get("location")
                    .and_then(serde_json::Value::as_array)
                    .map(|l| l.iter().map(|v| text(Some(v))).collect())
                    .unwrap_or_default(),
                severity: text(item.get("severity")),
                code: text(item.get("code")),
                message: text(item.get("message")),
            })
            .collect(),
        _ => vec![Violation::made_up(
            &["proxy"],
            "unreadable_violations",
            format!("cannot read Prism's {VIOLATIONS_HEADER} header: {header}"),
        )],
    }
}

/// One request through the proxy and Prism's answer to it.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The request exactly as the client sent it.
    pub request: Recorded,
    /// Prism's status (502 if Prism gave no answer).
    pub status: u16,
    /// Everything Prism found wrong, with the request or with its own answer.
    pub violations: Vec<Violation>,
    /// Prism's body (empty when Prism rejects the request).
    pub body: Vec<u8>,
}

/// A recording HTTP server on 127.0.0.1 that forwards every request to
/// Prism and answers with Prism's answer, keeping both.
pub struct Proxy {
    server: TestServer,
    log: Arc<Mutex<Vec<Exchange>>>,
}

impl Proxy {
    /// A proxy in front of `prism`.
    pub fn to(prism: &Prism) -> Proxy {
        let target = prism.url().to_owned();
        let agent = agent(FORWARD_TIMEOUT);
        let log = Arc::new(Mutex::new(Vec::new()));
        let server = {
            let log = Arc::clone(&log);
            TestServer::start(move |request| {
                let (exchange, reply) = forward(&agent, &target, request);
                log.lock().unwrap().push(exchange);
                Action::Reply(reply)
            })
        };
        Proxy { server, log }
    }

    /// `http://127.0.0.1:PORT`: the endpoint to give the client.
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Every exchange so far, in order.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.log.lock().unwrap().clone()
    }

    /// Every violation Prism found in a request, with that request.
    pub fn request_violations(&self) -> Vec<(Recorded, Violation)> {
        self.exchanges()
            .into_iter()
            .flat_map(|exchange| {
                let request = exchange.request;
                exchange
                    .violations
                    .into_iter()
                    .filter(Violation::is_request)
                    .map(move |violation| (request.clone(), violation))
            })
            .collect()
    }

    /// Panics if Prism found anything wrong with a request, showing each
    /// violation under its request; also if Prism could not be asked
    /// (location `proxy`), or if no request came through at all.
    pub fn assert_no_request_violations(&self) {
        let exchanges = self.exchanges();
        assert!(
            !exchanges.is_empty(),
            "no request came through the Prism proxy at {}",
            self.url()
        );
        let mut report = String::new();
        for exchange in &exchanges {
            let found: Vec<&Violation> = exchange
                .violations
                .iter()
                .filter(|v| v.is_request() || v.location.first().is_some_and(|l| l == "proxy"))
                .collect();
            if found.is_empty() {
                continue;
            }
            let request = &exchange.request;
            let query = request
                .query
                .as_deref()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            report.push_str(&format!(
                "\n{} {}{} -> {}\n  body: {}\n",
                request.method,
                request.path,
                query,
                exchange.status,
                String::from_utf8_lossy(&request.body)
            ));
            for violation in found {
                report.push_str(&format!("  - {violation}\n"));
            }
        }
        assert!(
            report.is_empty(),
            "Prism found requests that break Seam's OpenAPI document:{report}"
        );
    }
}

/// Request headers not forwarded: the connection's own, and
/// `accept-encoding`, so that the body comes back as it is to be replied.
const NOT_FORWARDED: [&str; 5] = [
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "accept-encoding",
];

/// Asks Prism about `request`: the exchange to keep and the reply to give.
fn forward(agent: &ureq::Agent, target: &str, request: &Recorded) -> (Exchange, Reply) {
    // Prism never answers a body that is not JSON (the connection hangs):
    // answer for it.
    let json_or_unknown = request
        .header("content-type")
        .is_none_or(|t| t.contains("json"));
    if json_or_unknown
        && !request.body.is_empty()
        && let Err(e) = serde_json::from_slice::<serde_json::Value>(&request.body)
    {
        let violation = Violation::made_up(
            &["request", "body"],
            "invalid_json",
            format!("Request body is not JSON ({e}); Prism would not answer"),
        );
        return made_up(request, 400, violation);
    }
    match ask(agent, target, request) {
        Ok(answer) => answer,
        Err(e) => {
            let violation = Violation::made_up(
                &["proxy"],
                "no_answer",
                format!("Prism gave no answer: {e}"),
            );
            made_up(request, 502, violation)
        }
    }
}

/// Sends `request` to Prism and reads its answer.
fn ask(
    agent: &ureq::Agent,
    target: &str,
    request: &Recorded,
) -> Result<(Exchange, Reply), ureq::Error> {
    let mut uri = format!("{target}{}", request.path);
    if let Some(query) = &request.query {
        uri.push('?');
        uri.push_str(query);
    }
    let mut builder = ureq::http::Request::builder()
        .method(request.method.as_str())
        .uri(uri);
    for (name, value) in &request.headers {
        if !NOT_FORWARDED.contains(&name.as_str()) {
            builder = builder.header(name, value);
        }
    }
    // With a body of `()` nothing is sent, not even `content-length: 0`.
    let mut response = if request.body.is_empty() {
        agent.run(builder.body(())?)?
    } else {
        agent.run(builder.body(request.body.clone())?)?
    };
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    };
    let content_type = header("content-type");
    let violations = header(VIOLATIONS_HEADER);
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_vec()?;

    let mut reply = Reply {
        status,
        headers: Vec::new(),
        body: body.clone(),
    };
    if let Some(content_type) = content_type {
        reply = reply.header("content-type", &content_type);
    }
    if let Some(violations) = &violations {
        reply = reply.header(VIOLATIONS_HEADER, violations);
    }
    let exchange = Exchange {
        request: request.clone(),
        status,
        violations: violations
            .as_deref()
            .map(parse_violations)
            .unwrap_or_default(),
        body,
    };
    Ok((exchange, reply))
}

/// An answer of the proxy's own, with one violation, as Prism would give it.
fn made_up(request: &Recorded, status: u16, violation: Violation) -> (Exchange, Reply) {
    let header = serde_json::json!([{
        "location": violation.location,
        "severity": violation.severity,
        "code": violation.code,
        "message": violation.message,
    }])
    .to_string();
    let reply = Reply {
        status,
        headers: vec![(VIOLATIONS_HEADER.into(), header)],
        body: Vec::new(),
    };
    let exchange = Exchange {
        request: request.clone(),
        status,
        violations: vec![violation],
        body: Vec::new(),
    };
    (exchange, reply)
}
