//! Retries, deadlines and hostile replies, against a fault-injecting server
//! of our own on 127.0.0.1. Every test asserts the server's own count of what
//! it received.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use seamapi::access_grants::{AccessMethodRequest, CreateAccessGrant, ListAccessGrants};
use seamapi::error::TransportErrorKind;
use seamapi::resources::{AccessGrantWarning, AccessMode};
use seamapi::{Client, Error, RetryPolicy, Uuid};
use serde_json::json;
use support::server::{Action, Recorded, Reply, TestServer};

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .build()
        .unwrap()
}

fn create() -> CreateAccessGrant {
    CreateAccessGrant::new(Uuid::nil(), [AccessMethodRequest::pin()])
}

fn list() -> ListAccessGrants {
    ListAccessGrants::new()
}

/// A valid access grant, as Seam sends it.
fn grant_json() -> serde_json::Value {
    json!({
        "access_grant_id": "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b",
        "access_method_ids": [],
        "created_at": "2025-06-16T16:54:17.946606Z",
        "display_name": "My Access Grant",
        "ends_at": null,
        "errors": [],
        "location_ids": [],
        "name": null,
        "pending_mutations": [],
        "requested_access_methods": [],
        "space_ids": [],
        "starts_at": "2025-06-16T16:54:17.946606Z",
        "user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
        "warnings": [],
        "workspace_id": "750fc0bc-4450-4356-8d9f-18c6a3a6b2c7"
    })
}

fn grant_list_json() -> serde_json::Value {
    json!({"access_grants": [grant_json()], "pagination": {"has_next_page": false,
        "next_page_cursor": null, "next_page_url": null}, "ok": true})
}

/// A handler answering the n-th request (from 0) with `answers[n]`, and
/// the last one after that.
fn in_turn(answers: Vec<Action>) -> impl Fn(&Recorded) -> Action + Send + Sync {
    let count = AtomicUsize::new(0);
    move |_| {
        let n = count.fetch_add(1, Ordering::SeqCst);
        answers[n.min(answers.len() - 1)].clone()
    }
}

fn transport_error(err: &Error) -> &seamapi::error::TransportError {
    match err {
        Error::Transport(e) => e,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[test]
fn a_post_reset_after_the_request_was_read_is_never_replayed() {
    let server = TestServer::start(|_| Action::Reset);
    let err = create().send(&client(&server)).unwrap_err();
    assert_eq!(server.requests().len(), 1, "exactly one request seen");
    let e = transport_error(&err);
    assert!(e.may_have_been_sent);
    assert!(err.may_have_been_sent());
    assert!(
        err.to_string().contains("may have been sent and applied"),
        "{err}"
    );
}

#[test]
fn a_get_reset_is_retried_twice_then_fails() {
    let server = TestServer::start(|_| Action::Reset);
    let err = list().send(&client(&server)).unwrap_err();
    assert_eq!(
        server.requests().len(),
        3,
        "the first attempt and two retries"
    );
    assert!(transport_error(&err).may_have_been_sent);
    // Backoff: about 200 ms, then about 400 ms (±20 %).
    let at: Vec<Instant> = server.requests().iter().map(|r| r.at).collect();
    let first = at[1] - at[0];
    let second = at[2] - at[1];
    assert!(
        first >= Duration::from_millis(160) && first < Duration::from_millis(400),
        "{first:?}"
    );
    assert!(
        second >= Duration::from_millis(320) && second < Duration::from_millis(700),
        "{second:?}"
    );
}

#[test]
fn a_get_503_then_200_succeeds_on_the_second_attempt() {
    let server = TestServer::start(in_turn(vec![
        Action::Reply(Reply::raw(503, "text/plain", "busy")),
        Action::Reply(Reply::json(200, grant_list_json())),
    ]));
    let list = list().send(&client(&server)).unwrap();
    assert_eq!(list.access_grants.len(), 1);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_post_503_is_not_retried() {
    let server = TestServer::start(|_| Action::Reply(Reply::raw(503, "text/plain", "busy")));
    let err = create().send(&client(&server)).unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn retry_after_is_honoured() {
    let server = TestServer::start(in_turn(vec![
        Action::Reply(
            Reply::json(
                429,
                json!({"error": {"type": "rate_limited", "message": "Slow down"}}),
            )
            .header("retry-after", "1"),
        ),
        Action::Reply(Reply::json(200, grant_list_json())),
    ]));
    list().send(&client(&server)).unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let waited = requests[1].at - requests[0].at;
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    assert!(waited < Duration::from_millis(1600), "waited {waited:?}");
}

#[test]
fn retries_can_be_turned_off_or_raised_per_client_and_per_call() {
    let server = TestServer::start(|_| {
        Action::Reply(Reply::raw(502, "text/html", "<html>bad gateway</html>"))
    });
    let client = client(&server);
    let fast = RetryPolicy::new(4).base_delay(Duration::from_millis(10));
    assert!(
        client
            .with_retry(RetryPolicy::none())
            .call(&list())
            .is_err()
    );
    assert_eq!(server.requests().len(), 1);
    assert!(client.with_retry(fast).call(&list()).is_err());
    assert_eq!(server.requests().len(), 1 + 5);
    // The original client keeps its own policy.
    assert_eq!(client.retry_policy(), RetryPolicy::default());
    let configured = Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .retry(RetryPolicy::new(1).base_delay(Duration::from_millis(10)))
        .build()
        .unwrap();
    assert!(configured.call(&list()).is_err());
    assert_eq!(server.requests().len(), 6 + 2);
}

#[test]
fn a_server_that_never_answers_cannot_hold_a_call_past_its_deadline() {
    let server = TestServer::start(|_| Action::Hang);
    let client = Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .timeout(Duration::from_millis(300))
        .deadline(Duration::from_secs(1))
        .build()
        .unwrap();

    // GET: retried after each timeout, until the deadline.
    let started = Instant::now();
    let err = list().send(&client).unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(
        transport_error(&err).kind,
        TransportErrorKind::Timeout,
        "{err}"
    );
    assert!(elapsed < Duration::from_millis(1300), "{elapsed:?}");
    assert!(server.requests().len() >= 2, "retried at least once");

    // POST: one attempt only.
    let before = server.requests().len();
    let started = Instant::now();
    let err = create().send(&client).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(600),
        "{:?}",
        started.elapsed()
    );
    assert!(transport_error(&err).may_have_been_sent);
    assert_eq!(server.requests().len(), before + 1);

    // The deadline cuts a long attempt short.
    let started = Instant::now();
    let err = client
        .with_timeout(Duration::from_secs(30))
        .with_deadline(Duration::from_millis(500))
        .call(&create())
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(transport_error(&err).kind, TransportErrorKind::Timeout);
    assert!(
        elapsed >= Duration::from_millis(450) && elapsed < Duration::from_millis(800),
        "{elapsed:?}"
    );
}

#[test]
fn a_slow_loris_server_cannot_hold_a_call_past_the_timeout() {
    let server = TestServer::start(|_| Action::Trickle(Duration::from_millis(50)));
    let client = Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = create().send(&client).unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(
        transport_error(&err).kind,
        TransportErrorKind::Timeout,
        "{err}"
    );
    assert!(elapsed < Duration::from_millis(900), "{elapsed:?}");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_body_over_the_limit_is_an_error_not_a_memory_spike() {
    let huge = vec![b' '; 12 * 1024 * 1024];
    let server = TestServer::start(move |_| {
        Action::Reply(Reply::raw(200, "application/json", huge.clone()))
    });
    let err = create().send(&client(&server)).unwrap_err();
    let e = transport_error(&err);
    assert_eq!(e.kind, TransportErrorKind::BodyTooLarge);
    assert!(
        err.to_string()
            .contains("larger than the limit of 10485760 bytes"),
        "{err}"
    );
    assert_eq!(server.requests().len(), 1);

    // The limit is configurable.
    let small = Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let err = small.call(&create()).unwrap_err();
    assert!(err.to_string().contains("limit of 1024 bytes"), "{err}");
}

#[test]
fn connection_refused_on_a_post_is_retried_since_nothing_was_sent() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::builder()
        .api_key("seam_test_key")
        .endpoint(format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    // Nobody listens yet: the first attempt is refused; the server comes up
    // during the first backoff.
    let starter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        TestServer::start_on(port, |_| {
            Action::Reply(Reply::json(
                200,
                json!({"access_grant": grant_json(), "ok": true}),
            ))
        })
    });
    let grant = create().send(&client).unwrap();
    let server = starter.join().unwrap();
    assert_eq!(grant.display_name, "My Access Grant");
    assert_eq!(
        server.requests().len(),
        1,
        "the one attempt that could be sent"
    );

    // With nobody ever listening: every attempt refused, and the error says
    // nothing was sent.
    drop(server);
    let err = client
        .with_retry(RetryPolicy::new(2).base_delay(Duration::from_millis(10)))
        .call(&create())
        .unwrap_err();
    let e = transport_error(&err);
    assert_eq!(e.kind, TransportErrorKind::Connect, "{err}");
    assert!(!e.may_have_been_sent);
    assert!(
        err.to_string().contains("the request was not sent"),
        "{err}"
    );
}

fn create_against(reply: Reply) -> Result<seamapi::access_grants::AccessGrant, Error> {
    let server = TestServer::start(move |_| Action::Reply(reply.clone()));
    create().send(&client(&server))
}

#[test]
fn hostile_replies_give_the_right_error_kind_never_a_panic() {
    let err = create_against(Reply::raw(
        502,
        "text/html",
        "<html><h1>502 Bad Gateway</h1></html>",
    ))
    .unwrap_err();
    assert!(
        matches!(&err, Error::Http(e) if e.status == 502 && e.snippet.contains("502 Bad Gateway")),
        "{err:?}"
    );

    let err = create_against(Reply::raw(
        200,
        "application/json",
        r#"{"access_grant": {"access_grant_id": "ef83"#,
    ))
    .unwrap_err();
    assert!(
        matches!(&err, Error::Decode(e) if e.path.starts_with("access_grant")),
        "{err:?}"
    );

    let err = create_against(Reply::raw(200, "application/json", "null")).unwrap_err();
    assert!(
        matches!(&err, Error::Decode(e) if e.message.contains("invalid type: null")),
        "{err:?}"
    );

    let err = create_against(Reply::raw(200, "application/json", "")).unwrap_err();
    assert!(matches!(&err, Error::Decode(_)), "{err:?}");

    let mut wrong = grant_json();
    wrong["starts_at"] = json!(12);
    let err = create_against(Reply::json(200, json!({"access_grant": wrong}))).unwrap_err();
    assert!(
        matches!(&err, Error::Decode(e) if e.path == "access_grant.starts_at"),
        "{err:?}"
    );

    let mut bad_uuid = grant_json();
    bad_uuid["workspace_id"] = json!("not-a-uuid");
    let err = create_against(Reply::json(200, json!({"access_grant": bad_uuid}))).unwrap_err();
    assert!(
        matches!(&err, Error::Decode(e) if e.path == "access_grant.workspace_id"),
        "{err:?}"
    );

    // Error bodies of the wrong shape are unexpected HTTP, with the status.
    let err = create_against(Reply::json(500, json!({"error": "boom"}))).unwrap_err();
    assert!(matches!(&err, Error::Http(e) if e.status == 500), "{err:?}");
    let err = create_against(Reply::json(
        400,
        json!({"error": {"type": 7, "message": []}}),
    ))
    .unwrap_err();
    assert!(matches!(&err, Error::Http(e) if e.status == 400), "{err:?}");
}

#[test]
fn unknown_fields_tags_and_values_decode_forward_compatibly() {
    let mut grant = grant_json();
    grant["brand_new_field"] = json!({"nested": [1, 2, 3]});
    grant["requested_access_methods"] = json!([{
        "mode": "retina_scan", "display_name": "Eye", "created_at": "2025-06-16T16:54:17.946606Z",
        "created_access_method_ids": [], "future": true
    }]);
    grant["warnings"] = json!([
        {"warning_code": "being_deleted", "message": "Going", "created_at": "2025-06-16T16:54:17.946606Z", "extra": 1},
        {"warning_code": "moon_phase_wrong", "message": "Later", "created_at": "2025-06-16T16:54:17.946606Z", "phase": "waxing"}
    ]);
    let grant = create_against(Reply::json(
        200,
        json!({"access_grant": grant, "ok": true, "surprise": null}),
    ))
    .unwrap();
    assert_eq!(
        grant.requested_access_methods[0].mode,
        AccessMode::Other("retina_scan".into())
    );
    assert!(
        matches!(&grant.warnings[0], AccessGrantWarning::BeingDeleted(w) if w.message == "Going")
    );
    let AccessGrantWarning::Other(unknown) = &grant.warnings[1] else {
        panic!("{:?}", grant.warnings[1])
    };
    assert_eq!(unknown.tag, "moon_phase_wrong");
    assert_eq!(unknown.fields["phase"], "waxing");
    assert_eq!(grant.warnings[1].message(), "Later");
    assert_eq!(grant.created_at.to_string(), "2025-06-16T16:54:17.946606Z");
}

#[test]
fn each_attempt_is_logged_without_secrets() {
    let logs = support::logs::captured();
    let server = TestServer::start(in_turn(vec![
        Action::Reply(Reply::raw(503, "text/plain", "busy").header("seam-request-id", "req_a")),
        Action::Reset,
        Action::Reply(Reply::json(200, grant_list_json()).header("seam-request-id", "req_c")),
    ]));
    let client = Client::builder()
        .api_key("seam_secret_key_in_logs")
        .endpoint(server.url())
        .build()
        .unwrap();
    /// An endpoint of this test alone, so that other tests' lines do not mix in.
    #[seamapi::seam_endpoint(GET, "/logging/probe", response = serde_json::Value)]
    struct Probe {
        token_like: &'static str,
    }
    Probe {
        token_like: "not-logged",
    }
    .send(&client)
    .unwrap();
    assert_eq!(server.requests().len(), 3);
    let lines = logs.matching("seamapi", "GET /logging/probe");
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(
        lines[0].starts_with("DEBUG seamapi: GET /logging/probe -> 503 (attempt 1, "),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with("request id req_a)"), "{}", lines[0]);
    assert!(
        lines[1].contains("-> connection broke") && lines[1].contains("(attempt 2, "),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("-> 200 (attempt 3, ") && lines[2].ends_with("request id req_c)"),
        "{}",
        lines[2]
    );
    // No line of any crate (ureq's included) holds the key; ours hold no
    // query either.
    for line in logs.lines() {
        assert!(!line.contains("seam_secret_key_in_logs"), "{line}");
    }
    for line in logs.matching("seamapi", "") {
        assert!(!line.contains("not-logged"), "no query is logged: {line}");
    }
}
