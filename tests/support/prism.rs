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

use std::ffi::OsString;
use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use super::peer::{self, Launch, Peer};
use super::server::{Action, Recorded, Reply, TestServer};

/// How long Prism may take to answer HTTP once started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
/// How long the proxy waits for Prism's answer to one request.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(10);
/// The response header in which Prism reports what breaks the spec.
const VIOLATIONS_HEADER: &str = "sl-violations";

/// A running Prism; lives until the test binary exits.
pub struct Prism {
    /// The supervised Prism process, stopped when the test binary exits.
    peer: Peer,
}

impl Prism {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        self.peer.url()
    }

    /// The file holding Prism's output.
    pub fn log(&self) -> &Path {
        self.peer.log()
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
    peer::once(&PRISM, || start(Mode::Static))
}

/// The Prism of this test binary making up random schema-valid responses
/// (`prism mock -d`). Started on first call; panics, on every call, if it
/// cannot be started.
pub fn prism_dynamic() -> &'static Prism {
    static PRISM: OnceLock<Result<Prism, String>> = OnceLock::new();
    peer::once(&PRISM, || start(Mode::Dynamic))
}

/// Starts Prism on a free port (another if it loses the one it was given)
/// and waits until it answers.
fn start(mode: Mode) -> Result<Prism, String> {
    let peers = peer::peers_dir();
    let prism_bin = peers.join("node_modules/.bin/prism");
    let spec = peers.join("openapi.json");
    let title = format!("Prism ({} mode)", mode.name());
    let log_name = format!("prism-{}", mode.name());
    let launch = Launch {
        title: &title,
        name: "Prism",
        installs: "Prism and Seam's OpenAPI document under peers/",
        log_name: &log_name,
        needed: &[prism_bin.clone(), spec.clone()],
        ready_verb: "answer",
        ready_gerund: "answering",
        timeout: STARTUP_TIMEOUT,
    };
    let command = |port: u16| {
        let mut args: Vec<OsString> = vec![prism_bin.clone().into()];
        args.extend(["mock", "-h", "127.0.0.1", "-p"].map(OsString::from));
        args.push(port.to_string().into());
        if mode == Mode::Dynamic {
            args.push("-d".into());
        }
        args.push(spec.clone().into());
        args
    };
    // Prism announces the port it listens on: only then can an answer on it
    // be trusted to be Prism's and not another server's that took the port
    // first (Prism then exits, unable to bind).
    let agent = agent(Duration::from_secs(2));
    let ready = |url: &str, output: &str| {
        let listening = format!("Prism is listening on {url}");
        Ok((output.contains(&listening) && agent.get(url).call().is_ok()).then_some(()))
    };
    let (peer, ()) = peer::start(&launch, command, ready)?;
    Ok(Prism { peer })
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
        Proxy::to_url(prism.url())
    }

    /// A proxy in front of any HTTP server (e.g. Seam's fake), to record
    /// exactly what the client sent and what came back.
    pub fn to_url(target: &str) -> Proxy {
        let target = target.to_owned();
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

/// Response headers that belong to one connection, not to the answer: the
/// test server writes its own `content-length`.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "content-length",
    "transfer-encoding",
    "date",
];

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
    // Forward the body as it came: none for a request that had none (a
    // `()` body), `content-length: 0` for an empty one (an empty slice: a
    // `()` body on a POST would be announced as chunked).
    let mut response = if request.body.is_empty() && request.header("content-length").is_none() {
        agent.run(builder.body(())?)?
    } else if request.body.is_empty() {
        agent.run(builder.body(&[][..])?)?
    } else {
        agent.run(builder.body(request.body.clone())?)?
    };
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    };
    let violations = header(VIOLATIONS_HEADER);
    // Every end-to-end header goes back to the client (content-type,
    // sl-violations, seam-request-id, retry-after, ...).
    let headers = response
        .headers()
        .iter()
        .filter(|(name, _)| !HOP_BY_HOP.contains(&name.as_str()))
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_vec()?;

    let reply = Reply {
        status,
        headers,
        body: body.clone(),
    };
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
