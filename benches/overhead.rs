//! What `seamapi` costs over hand-written ureq + serde, per call.
//!
//! `cargo bench --bench overhead` starts a canned HTTP/1.1 server of its own
//! on 127.0.0.1 (`tiny_http`: it parses requests and keeps connections
//! alive; four threads call `recv()`) and, in one run, measures per call the
//! wall time and the calling thread's CPU time (`/proc/thread-self/schedstat`;
//! the server runs on other threads) of:
//!
//! - `POST /access_grants/create`: `CreateAccessGrant::send` against raw
//!   ureq (one `Agent`, the same headers, `serde_json::to_vec` of the same
//!   request, a typed decode of the same `AccessGrant` from the envelope),
//!   on a realistic ~1.5 KB grant;
//! - `GET /access_grants/list` returning 500 such grants (~0.8 MB): the same
//!   pair;
//! - the create again through `http://localhost`, a host name as in every
//!   call to connect.getseam.com (no target: ureq looks the host up before
//!   every request, seamapi only when it opens a connection);
//! - `client.paginate(ListAccessGrants::new().limit(500)).items()` over 2,000
//!   then 10,000 items, each walk in a fresh process (a subcommand of this
//!   binary, with a server of its own that generates each page when asked),
//!   comparing the peak RSS (`VmHWM`) of the two.
//!
//! The contenders are interleaved batch by batch (raw, seamapi, then
//! seamapi, raw, …), each round with fresh clients, and the client thread is
//! pinned to CPU 0 and the server's threads to CPU 1 (`taskset`), so that
//! both meet the same machine. A contender's figure is the median over the
//! rounds of its batches' time per call; the verdict uses the median of the
//! per-round ratios. A raw-against-raw duel shows the noise floor.
//!
//! Subcommands (for profiling, e.g. under `valgrind --tool=callgrind`):
//! `only create|list raw|seamapi COUNT` runs one contender COUNT times;
//! `walk ITEMS` walks ITEMS grants in pages of 500 and prints its memory.
#![forbid(unsafe_code)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Write as _;
use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use seamapi::access_grants::{
    AccessGrant, AccessMethodRequest, CreateAccessGrant, ListAccessGrants,
};
use seamapi::{
    Client, Nullable, PageResponse as _, Pagination, SDK_NAME, SDK_VERSION, Timestamp, Uuid,
};
use serde::Deserialize;

/// Rounds per scenario (each runs one batch of each contender) and calls
/// per batch: many short rounds, so that load from elsewhere on the machine
/// hits both contenders alike.
const CREATE_ROUNDS: usize = 151;
const CREATE_CALLS: usize = 100;
const LIST_ROUNDS: usize = 31;
/// Rounds of the create through a host name (no target: fewer suffice).
const NAMED_ROUNDS: usize = 31;
const LIST_CALLS: usize = 8;
/// Untimed calls on each round's fresh contenders.
const WARMUP_CALLS: usize = 3;
/// Grants in the list reply and in each page of the walk.
const PAGE: usize = 500;
/// The walks compared for memory.
const WALKS: [usize; 2] = [2_000, 10_000];

const API_KEY: &str = "seam_bench_0123456789abcdef";

const CREATE_TARGET: f64 = 1.05;
const LIST_TARGET: f64 = 1.10;
/// The 20-page walk may peak at most this much above the 4-page walk.
const WALK_TOLERANCE: f64 = 1.10;

// ---------------------------------------------------------------------------
// Bodies

/// A deterministic UUID for grant `i`, slot `k`.
fn uuid(i: usize, k: u32) -> String {
    format!("{i:08x}-9dad-41d1-80b4-{k:012x}")
}

/// One realistic access grant (~1.5 KB): a PIN code, an error, a warning,
/// a pending mutation, microsecond timestamps.
fn grant_json(out: &mut String, i: usize) {
    let id = |k| uuid(i, k);
    let t = "2025-06-16T16:54:17.946606Z";
    let e = "2025-06-18T16:54:17.946606Z";
    write!(
        out,
        r#"{{"access_grant_id":"{g}","access_grant_key":"booking-{i:06}","access_method_ids":["{m1}"],"created_at":"{t}","display_name":"Guest access {i:06}","ends_at":"{e}","errors":[{{"created_at":"{t}","error_code":"cannot_create_requested_access_methods","message":"A PIN code could not be created.","missing_device_ids":["{d2}"]}}],"location_ids":[],"name":"Guest access {i:06}","pending_mutations":[{{"access_method_ids":["{m1}"],"created_at":"{t}","from":{{"ends_at":"{e}","starts_at":"{t}"}},"message":"Access times are changing.","mutation_code":"updating_access_times","to":{{"ends_at":"2025-06-19T16:54:17.946606Z","starts_at":"{t}"}}}}],"requested_access_methods":[{{"code":"4821","created_access_method_ids":["{m1}"],"created_at":"{t}","display_name":"PIN Code","mode":"code"}}],"reservation_key":"res-{i:06}","space_ids":["{s}"],"starts_at":"{t}","user_identity_id":"{u}","warnings":[{{"created_at":"{t}","device_id":"{d1}","message":"The requested code was taken.","new_code":"4822","original_code":"4821","warning_code":"requested_code_unavailable"}}],"workspace_id":"{w}"}}"#,
        g = id(1),
        m1 = id(2),
        d1 = id(5),
        d2 = id(6),
        s = id(7),
        u = uuid(0, 8),
        w = uuid(0, 9),
    )
    .unwrap();
}

fn create_body() -> Vec<u8> {
    let mut out = String::from(r#"{"access_grant":"#);
    grant_json(&mut out, 1);
    out.push_str(r#","ok":true}"#);
    out.into_bytes()
}

/// A page of `count` grants starting at `first`, with its pagination.
fn list_body(first: usize, count: usize, next_cursor: Option<&str>) -> Vec<u8> {
    let mut out = String::with_capacity(count * 1500 + 200);
    out.push_str(r#"{"access_grants":["#);
    for i in first..first + count {
        if i > first {
            out.push(',');
        }
        grant_json(&mut out, i);
    }
    out.push_str(r#"],"pagination":"#);
    match next_cursor {
        Some(cursor) => write!(
            out,
            r#"{{"has_next_page":true,"next_page_cursor":"{cursor}","next_page_url":null}}"#
        )
        .unwrap(),
        None => {
            out.push_str(r#"{"has_next_page":false,"next_page_cursor":null,"next_page_url":null}"#)
        }
    }
    out.push_str(r#","ok":true}"#);
    out.into_bytes()
}

// ---------------------------------------------------------------------------
// The server

struct Server {
    url: String,
    requests: Arc<AtomicU64>,
    connections: Arc<Mutex<HashSet<SocketAddr>>>,
}

/// The head of a 200 JSON reply of `len` bytes.
fn head(len: usize) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nseam-request-id: req_bench\r\nContent-Length: {len}\r\n\r\n"
    )
    .into_bytes()
}

/// A whole 200 reply, head and body.
fn reply(body: &[u8]) -> Arc<[u8]> {
    let mut out = head(body.len());
    out.extend_from_slice(body);
    out.into()
}

/// Starts the canned server: `threads` threads calling `recv()`.
/// `/access_grants/create` gets the create reply; `/access_grants/list`
/// without `limit` gets the prebuilt list of 500; with it, a page of the walk
/// over `walk_items` grants, generated per request.
///
/// tiny_http parses the requests and keeps the connections alive; each
/// reply is written whole, in one `write`, through `Request::into_writer`:
/// its own `Response` writes the head and a body over 1 KiB in two, and as
/// it leaves Nagle's algorithm on, the second waits for the client's
/// delayed ACK (40 ms) — a stall of the test server, not of either client.
fn start_server(threads: usize, walk_items: usize) -> Server {
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
    let port = server.server_addr().to_ip().expect("an IP address").port();
    let create = reply(&create_body());
    // Only the main run needs the prebuilt list.
    let list = if walk_items == 0 {
        reply(&list_body(0, PAGE, None))
    } else {
        Arc::from(&b""[..])
    };
    let not_found: Arc<[u8]> =
        Arc::from(&b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"[..]);
    let requests = Arc::new(AtomicU64::new(0));
    let connections = Arc::new(Mutex::new(HashSet::new()));
    for _ in 0..threads {
        let server = Arc::clone(&server);
        let (create, list, not_found) = (
            Arc::clone(&create),
            Arc::clone(&list),
            Arc::clone(&not_found),
        );
        let (requests, connections) = (Arc::clone(&requests), Arc::clone(&connections));
        std::thread::spawn(move || {
            let mut sink = Vec::new();
            while let Ok(mut request) = server.recv() {
                requests.fetch_add(1, Ordering::Relaxed);
                if let Some(addr) = request.remote_addr() {
                    connections.lock().unwrap().insert(*addr);
                }
                sink.clear();
                let _ = request.as_reader().read_to_end(&mut sink);
                let url = request.url();
                let page = if url.starts_with("/access_grants/list") {
                    walk_page(url, walk_items)
                } else {
                    None
                };
                let canned = if url.starts_with("/access_grants/create") {
                    &create
                } else if url.starts_with("/access_grants/list") {
                    &list
                } else {
                    &not_found
                };
                let mut writer = request.into_writer();
                let _ = match page {
                    // A generated page: the server holds one at a time.
                    Some(body) => writer
                        .write_all(&head(body.len()))
                        .and_then(|()| writer.write_all(&body)),
                    None => writer.write_all(canned),
                }
                .and_then(|()| writer.flush());
            }
        });
    }
    Server {
        url: format!("http://127.0.0.1:{port}"),
        requests,
        connections,
    }
}

/// The page a paginated list request asks for, if it is one: the cursor is
/// the index of the page's first grant.
fn walk_page(url: &str, total: usize) -> Option<Vec<u8>> {
    let query = url.split_once('?')?.1;
    let mut limit = None;
    let mut first = 0;
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("limit", v)) => limit = v.parse::<usize>().ok(),
            Some(("page_cursor", v)) => first = v.trim_start_matches("c").parse().ok()?,
            _ => {}
        }
    }
    let limit = limit?;
    let count = limit.min(total.saturating_sub(first));
    let next = first + count;
    let cursor = (next < total).then(|| format!("c{next}"));
    Some(list_body(first, count, cursor.as_deref()))
}

// ---------------------------------------------------------------------------
// The contenders

#[derive(Deserialize)]
struct Envelope {
    access_grant: AccessGrant,
}

#[derive(Deserialize)]
struct ListEnvelope {
    access_grants: Vec<AccessGrant>,
    #[allow(dead_code)]
    pagination: Pagination,
}

/// Hand-written ureq: one agent, the SDK's headers, serde.
struct Raw {
    agent: ureq::Agent,
    create_url: String,
    list_url: String,
    authorization: String,
}

impl Raw {
    fn new(base: &str) -> Raw {
        let agent = ureq::Agent::config_builder()
            .user_agent(format!("{SDK_NAME}/{SDK_VERSION}"))
            .build()
            .into();
        Raw {
            agent,
            create_url: format!("{base}/access_grants/create"),
            list_url: format!("{base}/access_grants/list"),
            authorization: format!("Bearer {API_KEY}"),
        }
    }

    fn create(&self, request: &CreateAccessGrant) -> AccessGrant {
        let body = serde_json::to_vec(request).unwrap();
        let mut response = self
            .agent
            .post(&self.create_url)
            .header("authorization", &self.authorization)
            .header("seam-sdk-name", SDK_NAME)
            .header("seam-sdk-version", SDK_VERSION)
            .header("content-type", "application/json")
            .send(&body[..])
            .unwrap();
        let bytes = response.body_mut().read_to_vec().unwrap();
        serde_json::from_slice::<Envelope>(&bytes)
            .unwrap()
            .access_grant
    }

    fn list(&self) -> Vec<AccessGrant> {
        let mut response = self
            .agent
            .get(&self.list_url)
            .header("authorization", &self.authorization)
            .header("seam-sdk-name", SDK_NAME)
            .header("seam-sdk-version", SDK_VERSION)
            .header("content-type", "application/json")
            .call()
            .unwrap();
        let bytes = response.body_mut().read_to_vec().unwrap();
        serde_json::from_slice::<ListEnvelope>(&bytes)
            .unwrap()
            .access_grants
    }
}

fn sdk_client(base: &str) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .endpoint(base)
        .build()
        .expect("a client")
}

fn create_request() -> CreateAccessGrant {
    let ts = |s: &str| s.parse::<Timestamp>().unwrap();
    let id = |s: &str| s.parse::<Uuid>().unwrap();
    CreateAccessGrant::new(
        id("e3d736c1-540d-4d10-83e5-9a4e135453b4"),
        [
            AccessMethodRequest::pin_code("4821"),
            AccessMethodRequest::mobile_key(),
        ],
    )
    .device_ids([
        id("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        id("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
    ])
    .space_ids([id("6ba7b813-9dad-11d1-80b4-00c04fd430c8")])
    .name(Nullable::Value("Guest access".to_owned()))
    .reservation_key("res-000001")
    .starts_at(ts("2025-06-16T16:54:17.946606Z"))
    .ends_at(Nullable::Value(ts("2025-06-18T16:54:17.946606Z")))
}

// ---------------------------------------------------------------------------
// Measuring

/// Nanoseconds this thread has spent on a CPU.
fn thread_cpu_ns() -> u64 {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat")
        .expect("/proc/thread-self/schedstat");
    text.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a schedstat figure")
}

#[derive(Default)]
struct Samples {
    wall: Vec<f64>,
    cpu: Vec<f64>,
}

impl Samples {
    fn batch(&mut self, calls: usize, mut call: impl FnMut()) {
        let cpu = thread_cpu_ns();
        let wall = Instant::now();
        for _ in 0..calls {
            call();
        }
        let wall = wall.elapsed().as_nanos() as f64;
        let cpu = (thread_cpu_ns() - cpu) as f64;
        self.wall.push(wall / calls as f64);
        self.cpu.push(cpu / calls as f64);
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// Runs two contenders round-robin, `rounds` batches of `calls` each, the
/// order flipped every round. Each round starts from fresh contenders (new
/// agents, so new connections, warmed by a few calls): whatever a connection
/// happens to cost on this machine is then drawn anew each round rather
/// than once for the whole run.
fn duel<A, B>(
    rounds: usize,
    calls: usize,
    mut make_a: impl FnMut() -> A,
    mut call_a: impl FnMut(&A),
    mut make_b: impl FnMut() -> B,
    mut call_b: impl FnMut(&B),
) -> (Samples, Samples) {
    let (mut sa, mut sb) = (Samples::default(), Samples::default());
    for round in 0..rounds {
        let (a, b) = if round % 2 == 0 {
            let a = make_a();
            (a, make_b())
        } else {
            let b = make_b();
            (make_a(), b)
        };
        let (a, b) = (&a, &b);
        for _ in 0..WARMUP_CALLS {
            call_a(a);
            call_b(b);
        }
        if round % 2 == 0 {
            sa.batch(calls, || call_a(a));
            sb.batch(calls, || call_b(b));
        } else {
            sb.batch(calls, || call_b(b));
            sa.batch(calls, || call_a(a));
        }
    }
    (sa, sb)
}

fn verdict(ok: bool) -> &'static str {
    if ok { "PASS" } else { "MISS" }
}

/// Prints one scenario's table; returns whether both ratios meet `target`
/// (always true without one).
///
/// The verdict uses the median of the per-round ratios (each seamapi batch
/// over the raw batch of the same round), which cancels load that drifts
/// between rounds; the ratio of the two medians is shown beside it.
fn report(title: &str, raw: &Samples, sdk: &Samples, target: Option<f64>) -> bool {
    let (rw, rc) = (median(&raw.wall), median(&raw.cpu));
    let (sw, sc) = (median(&sdk.wall), median(&sdk.cpu));
    let paired =
        |s: &[f64], r: &[f64]| median(&s.iter().zip(r).map(|(s, r)| s / r).collect::<Vec<_>>());
    let (wall_ratio, cpu_ratio) = (paired(&sdk.wall, &raw.wall), paired(&sdk.cpu, &raw.cpu));
    println!("\n{title}");
    println!("  {:<22} {:>14} {:>14}", "", "wall ns/call", "cpu ns/call");
    println!("  {:<22} {:>14.0} {:>14.0}", "raw ureq", rw, rc);
    println!("  {:<22} {:>14.0} {:>14.0}", "seamapi", sw, sc);
    println!(
        "  {:<22} {:>13.3}x {:>13.3}x",
        "ratio of the medians",
        sw / rw,
        sc / rc
    );
    let verdicts = target.map_or(String::new(), |target| {
        format!(
            "   target <= {target:.2}x: wall {}, cpu {}",
            verdict(wall_ratio <= target),
            verdict(cpu_ratio <= target)
        )
    });
    println!(
        "  {:<22} {:>13.3}x {:>13.3}x{verdicts}",
        "median per-round ratio", wall_ratio, cpu_ratio,
    );
    target.is_none_or(|target| wall_ratio <= target && cpu_ratio <= target)
}

/// Prints the raw-against-raw control row.
fn control(a: &Samples, b: &Samples) {
    let paired =
        |x: &[f64], y: &[f64]| median(&x.iter().zip(y).map(|(x, y)| x / y).collect::<Vec<_>>());
    println!(
        "  {:<22} {:>13.3}x {:>13.3}x   (raw against raw: the noise floor)",
        "control",
        paired(&b.wall, &a.wall),
        paired(&b.cpu, &a.cpu)
    );
}

/// Pins the calling thread to one CPU with `taskset` (threads it spawns
/// afterwards inherit that). Returns whether it worked.
fn pin_this_thread(cpu: usize) -> bool {
    let Ok(link) = std::fs::read_link("/proc/thread-self") else {
        return false;
    };
    let Some(tid) = link.file_name().and_then(|t| t.to_str()).map(str::to_owned) else {
        return false;
    };
    Command::new("taskset")
        .args(["-p", "-c", &cpu.to_string(), &tid])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("a /proc/self/status figure")
}

/// `walk ITEMS`: in this fresh process, walks ITEMS grants in pages of 500
/// and prints `pages items base_rss_kb max_rss_kb hwm_kb`.
fn walk(items: usize) {
    let server = start_server(2, items);
    let client = sdk_client(&server.url);
    let base = status_kb("VmRSS");
    let mut max_rss = base;
    let mut seen = 0;
    for grant in client
        .paginate(ListAccessGrants::new().limit(PAGE as u32))
        .items()
    {
        let grant = grant.expect("a grant");
        black_box(&grant);
        if seen % PAGE == 0 {
            // The first item of a page: the page is decoded and held.
            max_rss = max_rss.max(status_kb("VmRSS"));
        }
        seen += 1;
    }
    assert_eq!(seen, items, "the walk saw every item");
    let hwm = status_kb("VmHWM");
    println!("{} {seen} {base} {max_rss} {hwm}", seen.div_ceil(PAGE));
}

/// `only SCENARIO CONTENDER COUNT`: one contender, for a profiler.
fn only(scenario: &str, contender: &str, count: usize) {
    let server = start_server(2, 0);
    let raw = Raw::new(&server.url);
    let client = sdk_client(&server.url);
    let request = create_request();
    let list = ListAccessGrants::new();
    let cpu = thread_cpu_ns();
    let wall = Instant::now();
    for _ in 0..count {
        match (scenario, contender) {
            ("create", "raw") => drop(black_box(raw.create(&request))),
            ("create", "seamapi") => {
                drop(black_box(request.send(&client).unwrap()));
            }
            ("list", "raw") => drop(black_box(raw.list())),
            ("list", "seamapi") => drop(black_box(list.send(&client).unwrap())),
            _ => panic!("usage: only create|list raw|seamapi COUNT"),
        }
    }
    eprintln!(
        "{scenario} {contender}: {:.0} ns/call wall, {:.0} ns/call cpu",
        wall.elapsed().as_nanos() as f64 / count as f64,
        (thread_cpu_ns() - cpu) as f64 / count as f64
    );
}

fn main() {
    // `cargo bench` passes `--bench`; any other flag is ignored too.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["walk", items] => return walk(items.parse().expect("ITEMS")),
        ["only", scenario, contender, count] => {
            return only(scenario, contender, count.parse().expect("COUNT"));
        }
        [] => {}
        _ => panic!("usage: overhead [walk ITEMS | only create|list raw|seamapi COUNT]"),
    }

    let started = Instant::now();
    // The server's threads on CPU 1 (they inherit the affinity of the
    // thread that starts them), the client, this thread, on CPU 0: both
    // contenders then meet the same placement every call.
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let pinned = pin_this_thread(1);
    let server = start_server(4, 0);
    let pinned = pin_this_thread(0) && pinned;
    let raw = Raw::new(&server.url);
    let client = sdk_client(&server.url);
    let request = create_request();
    let list = ListAccessGrants::new();

    // Same request, same answer: the contenders do the same work.
    let sdk_grant = request.send(&client).unwrap();
    assert_eq!(raw.create(&request), sdk_grant);
    let sdk_list = list.send(&client).unwrap().into_page().items;
    assert_eq!(raw.list(), sdk_list);
    assert_eq!(sdk_list.len(), PAGE);
    let create_bytes = create_body().len();
    let list_bytes = list_body(0, PAGE, None).len();
    drop((sdk_grant, sdk_list));

    println!(
        "seamapi overhead: raw ureq and seamapi interleaved batch by batch; medians over the rounds"
    );
    println!(
        "{cpus} CPUs; {}",
        if pinned {
            "client thread on CPU 0, server threads on CPU 1 (taskset)"
        } else {
            "not pinned (taskset failed): expect more noise"
        }
    );

    let url = server.url.as_str();
    let (r, s) = duel(
        CREATE_ROUNDS,
        CREATE_CALLS,
        || Raw::new(url),
        |raw| drop(black_box(raw.create(&request))),
        || sdk_client(url),
        |client| drop(black_box(request.send(client).unwrap())),
    );
    let create_ok = report(
        &format!(
            "POST /access_grants/create ({create_bytes} B reply, {CREATE_ROUNDS} rounds x {CREATE_CALLS} calls)"
        ),
        &r,
        &s,
        Some(CREATE_TARGET),
    );
    // The same duel between two raw contenders: how far apart this machine
    // puts two identical clients, i.e. the resolution of the figures above.
    let (r1, r2) = duel(
        CREATE_ROUNDS,
        CREATE_CALLS,
        || Raw::new(url),
        |raw| drop(black_box(raw.create(&request))),
        || Raw::new(url),
        |raw| drop(black_box(raw.create(&request))),
    );
    control(&r1, &r2);

    let (r, s) = duel(
        LIST_ROUNDS,
        LIST_CALLS,
        || Raw::new(url),
        |raw| drop(black_box(raw.list())),
        || sdk_client(url),
        |client| drop(black_box(list.send(client).unwrap())),
    );
    let list_ok = report(
        &format!(
            "GET /access_grants/list, {PAGE} grants ({list_bytes} B reply, {LIST_ROUNDS} rounds x {LIST_CALLS} calls)"
        ),
        &r,
        &s,
        Some(LIST_TARGET),
    );

    // The same create through a host name, as every call to
    // connect.getseam.com goes: ureq looks the host up before each request;
    // seamapi only when it opens a connection. No target: a comparison.
    let named = server.url.replace("127.0.0.1", "localhost");
    let named = named.as_str();
    let (r, s) = duel(
        NAMED_ROUNDS,
        CREATE_CALLS,
        || Raw::new(named),
        |raw| drop(black_box(raw.create(&request))),
        || sdk_client(named),
        |client| drop(black_box(request.send(client).unwrap())),
    );
    report(
        &format!(
            "POST /access_grants/create via http://localhost ({NAMED_ROUNDS} rounds x {CREATE_CALLS} calls; \
             a host name is looked up per request by ureq, per connection by seamapi)"
        ),
        &r,
        &s,
        None,
    );

    let requests = server.requests.load(Ordering::Relaxed);
    let connections = server.connections.lock().unwrap().len();
    println!(
        "\nkeep-alive: the server saw {requests} requests over {connections} TCP connections \
         (a fresh client per contender per round, so one connection each)"
    );

    // Pagination memory: each walk in a fresh process, so that VmHWM is the
    // walk's own peak.
    println!(
        "\npaginate(ListAccessGrants::new().limit({PAGE})).items(), each walk in a fresh process"
    );
    println!(
        "  {:>6} {:>6} {:>16} {:>18} {:>14} {:>10}",
        "items", "pages", "RSS before (KiB)", "max RSS/page (KiB)", "VmHWM (KiB)", "time (ms)"
    );
    let exe = std::env::current_exe().expect("this binary");
    let mut peaks = Vec::new();
    for items in WALKS {
        let walk_started = Instant::now();
        let output = Command::new(&exe)
            .args(["walk", &items.to_string()])
            .output()
            .expect("run the walk");
        let elapsed = walk_started.elapsed();
        assert!(
            output.status.success(),
            "walk {items} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8(output.stdout).unwrap();
        let f: Vec<u64> = text
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect();
        let [pages, seen, base, max_rss, hwm] = f[..] else {
            panic!("unexpected walk output: {text}");
        };
        assert_eq!(seen as usize, items);
        println!(
            "  {items:>6} {pages:>6} {base:>16} {max_rss:>18} {hwm:>14} {:>10}",
            elapsed.as_millis()
        );
        peaks.push(hwm);
    }
    let growth = peaks[1] as f64 / peaks[0] as f64;
    let walk_ok = growth <= WALK_TOLERANCE;
    println!(
        "  peak {} pages / {} pages: {growth:.3}x   target <= {WALK_TOLERANCE:.2}x: {}",
        WALKS[1] / PAGE,
        WALKS[0] / PAGE,
        verdict(walk_ok)
    );

    println!(
        "\noverall: {}  ({:.1} s)",
        verdict(create_ok && list_ok && walk_ok),
        started.elapsed().as_secs_f64()
    );
    // The server threads stay blocked in recv(): the process ends here.
}
