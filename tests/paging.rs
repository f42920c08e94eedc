//! Pagination and action attempts against Seam's fake server.

mod support;

use std::time::{Duration, Instant};

use seamapi::devices::ListDevices;
use seamapi::locks::{LockDoor, UnlockDoor};
use seamapi::{ActionAttemptStatus, ActionType, WaitOptions};
use seamapi::{Client, Error, Uuid, seam_endpoint};
use support::fake::{FakeSeed, fake};
use support::prism::Proxy;
use support::server::{Action, Reply, TestServer};

fn seed() -> &'static FakeSeed {
    fake().seed()
}

fn all_device_ids() -> Vec<Uuid> {
    seed()
        .device_ids
        .iter()
        .map(|s| s.parse().unwrap())
        .collect()
}

fn client_via(proxy: &Proxy) -> Client {
    Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(proxy.url())
        .build()
        .unwrap()
}

fn by_two() -> ListDevices {
    ListDevices::new().limit(2)
}

#[test]
fn pages_are_walked_by_cursor() {
    let proxy = Proxy::to_url(fake().url());
    let client = client_via(&proxy);
    let pages: Vec<_> = client.paginate(by_two()).collect::<Result<_, _>>().unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, [2, 2, 2, 2, 1]);
    let ids: Vec<Uuid> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|d| d.device_id))
        .collect();
    assert_eq!(ids, all_device_ids());
    assert!(pages[..4].iter().all(|p| p.pagination.has_next_page));
    assert!(!pages[4].pagination.has_next_page);

    // devices/list goes by POST (its filters include objects): the cursor
    // travels in the body, exactly as the previous page gave it.
    let requests: Vec<_> = proxy.exchanges().into_iter().map(|x| x.request).collect();
    assert_eq!(requests.len(), 5);
    assert_eq!(requests[0].json(), serde_json::json!({"limit": 2}));
    for (request, page) in requests[1..].iter().zip(&pages) {
        let cursor = page.pagination.next_page_cursor.as_deref().unwrap();
        assert_eq!(request.method, "POST");
        assert_eq!(
            request.json(),
            serde_json::json!({"limit": 2, "page_cursor": cursor})
        );
    }
}

#[test]
fn items_are_fetched_lazily_one_page_at_a_time() {
    let proxy = Proxy::to_url(fake().url());
    let client = client_via(&proxy);
    let mut items = client.paginate(by_two()).items();
    assert_eq!(proxy.exchanges().len(), 0, "nothing before iterating");
    let first_three: Vec<Uuid> = items
        .by_ref()
        .take(3)
        .map(|d| d.unwrap().device_id)
        .collect();
    assert_eq!(first_three, all_device_ids()[..3]);
    assert_eq!(proxy.exchanges().len(), 2, "two pages read for three items");
    let rest: Vec<Uuid> = items.map(|d| d.unwrap().device_id).collect();
    assert_eq!(rest, all_device_ids()[3..]);
    assert_eq!(proxy.exchanges().len(), 5);
}

#[test]
fn a_saved_cursor_resumes_the_walk() {
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    let mut pages = client.paginate(by_two());
    assert_eq!(pages.cursor(), None, "before the first page");
    let first: Vec<Uuid> = (0..2)
        .flat_map(|_| pages.next().unwrap().unwrap().items)
        .map(|d| d.device_id)
        .collect();
    let saved = pages.cursor().unwrap().to_owned();
    drop(pages);

    // Later, perhaps in another process: the same request, from the cursor.
    let rest: Vec<Uuid> = client
        .paginate(by_two())
        .resume_from(saved)
        .items()
        .map(|d| d.unwrap().device_id)
        .collect();
    assert_eq!([first, rest].concat(), all_device_ids());
}

#[test]
fn an_error_mid_way_is_yielded_once_and_ends_the_walk() {
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    let mut pages = client.paginate(by_two());
    pages.next().unwrap().unwrap();
    let cursor = pages.cursor().unwrap().to_owned();

    // The cursor of a walk with `limit=2`, on a request with `limit=3`.
    let mut items = client
        .paginate(ListDevices::new().limit(3))
        .resume_from(cursor)
        .items();
    let err = items.next().unwrap().unwrap_err();
    assert_eq!(err.code(), Some("mismatched_page_parameters"), "{err:?}");
    assert_eq!(err.status(), Some(400));
    assert!(items.next().is_none(), "the walk ends after the error");
    assert!(items.next().is_none());
}

#[test]
fn two_paginators_on_two_threads_at_once() {
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    let walks: Vec<_> = (0..2)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || {
                client
                    .paginate(by_two())
                    .items()
                    .map(|d| d.map(|d| d.device_id))
                    .collect::<Result<Vec<_>, _>>()
            })
        })
        .collect();
    for walk in walks {
        assert_eq!(walk.join().unwrap().unwrap(), all_device_ids());
    }
}

fn fast_wait() -> WaitOptions {
    WaitOptions::default().poll_interval(Duration::from_millis(100))
}

fn lock() -> Uuid {
    all_device_ids()[0]
}

#[test]
fn unlocking_waits_for_success() {
    let proxy = Proxy::to_url(fake().url());
    let client = client_via(&proxy).with_wait(fast_wait());
    let attempt = UnlockDoor::new(lock()).send(&client).unwrap();
    assert_eq!(attempt.action_type, ActionType::UnlockDoor);
    assert!(
        matches!(attempt.status, ActionAttemptStatus::Success { .. }),
        "{attempt:?}"
    );

    let requests: Vec<_> = proxy.exchanges().into_iter().map(|x| x.request).collect();
    assert_eq!(requests.len(), 2, "the action, then one poll");
    assert_eq!(
        (requests[0].method.as_str(), requests[0].path.as_str()),
        ("POST", "/locks/unlock_door")
    );
    assert_eq!(
        (requests[1].method.as_str(), requests[1].path.as_str()),
        ("GET", "/action_attempts/get")
    );
    assert_eq!(
        requests[1].query.as_deref(),
        Some(&*format!("action_attempt_id={}", attempt.action_attempt_id))
    );

    // Without waiting: the first response as it is.
    let attempt = client
        .with_wait(WaitOptions::no_wait())
        .call(&LockDoor::new(lock()))
        .unwrap();
    assert_eq!(attempt.status, ActionAttemptStatus::Pending);
    assert_eq!(attempt.action_type, ActionType::LockDoor);
}

#[test]
fn an_attempt_resolved_in_the_first_response_is_not_polled() {
    let server = TestServer::start(|_| {
        Action::Reply(Reply::json(
            200,
            serde_json::json!({"action_attempt": {"action_attempt_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
                "action_type": "UNLOCK_DOOR", "status": "success", "result": {}, "error": null}, "ok": true}),
        ))
    });
    let client = Client::builder()
        .api_key("seam_k")
        .endpoint(server.url())
        .build()
        .unwrap();
    let attempt = UnlockDoor::new(Uuid::nil()).send(&client).unwrap();
    assert!(attempt.is_resolved());
    assert_eq!(server.requests().len(), 1);
}

/// The fake's own route to set an attempt's status.
#[seam_endpoint(POST, "/_fake/update_action_attempt")]
struct SetAttempt {
    action_attempt_id: Uuid,
    status: &'static str,
    error: Option<serde_json::Value>,
}

fn started_attempt(client: &Client) -> seamapi::ActionAttempt {
    client
        .with_wait(WaitOptions::no_wait())
        .call(&UnlockDoor::new(lock()))
        .unwrap()
}

#[test]
fn a_failed_attempt_is_a_failed_error_carrying_the_attempt() {
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    let attempt = started_attempt(&client);
    SetAttempt {
        action_attempt_id: attempt.action_attempt_id,
        status: "error",
        error: Some(serde_json::json!({"type": "lock_jammed", "message": "The bolt is jammed"})),
    }
    .send(&client)
    .unwrap();
    let err = client
        .with_wait(fast_wait())
        .wait_for_action_attempt(&attempt)
        .unwrap_err();
    let Error::ActionAttemptFailed(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.error_type, "lock_jammed");
    assert_eq!(e.message, "The bolt is jammed");
    assert_eq!(e.attempt.action_attempt_id, attempt.action_attempt_id);
    assert_eq!(err.code(), Some("lock_jammed"));
    assert_eq!(
        err.to_string(),
        format!(
            "action attempt {} (UNLOCK_DOOR) failed: lock_jammed: The bolt is jammed",
            attempt.action_attempt_id
        )
    );
}

#[test]
fn a_never_ending_attempt_times_out_and_polling_stops_at_the_deadline() {
    let proxy = Proxy::to_url(fake().url());
    let client = client_via(&proxy);
    let attempt = started_attempt(&client);
    SetAttempt {
        action_attempt_id: attempt.action_attempt_id,
        status: "pending",
        error: None,
    }
    .send(&client)
    .unwrap();
    let before = proxy.exchanges().len();

    let wait = WaitOptions::default()
        .timeout(Duration::from_secs(1))
        .poll_interval(Duration::from_millis(200));
    let started = Instant::now();
    let err = client
        .with_wait(wait)
        .wait_for_action_attempt(&attempt)
        .unwrap_err();
    let elapsed = started.elapsed();
    let Error::ActionAttemptTimedOut(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        e.attempt.status,
        ActionAttemptStatus::Pending,
        "the last attempt seen"
    );
    assert_eq!(e.timeout, Duration::from_secs(1));
    assert!(
        elapsed >= Duration::from_secs(1) && elapsed < Duration::from_millis(1400),
        "{elapsed:?}"
    );

    let polls = proxy.exchanges().len() - before;
    assert!((4..=6).contains(&polls), "{polls} polls in 1 s at 200 ms");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        proxy.exchanges().len() - before,
        polls,
        "no poll after the deadline"
    );
    assert!(
        err.to_string()
            .contains("was still pending after waiting 1s"),
        "{err}"
    );
}

#[test]
fn a_zero_poll_interval_is_invalid_before_any_request() {
    let server = TestServer::start(|_| panic!("nothing may be sent"));
    let bad = WaitOptions::default().poll_interval(Duration::ZERO);
    let err = Client::builder()
        .api_key("seam_k")
        .endpoint(server.url())
        .wait_for_action_attempts(bad)
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidOptions { .. }), "{err:?}");
    let client = Client::builder()
        .api_key("seam_k")
        .endpoint(server.url())
        .build()
        .unwrap();
    let err = client
        .with_wait(bad)
        .call(&UnlockDoor::new(Uuid::nil()))
        .unwrap_err();
    assert!(err.to_string().contains("polling interval"), "{err}");
    assert_eq!(server.connections(), 0);
}
